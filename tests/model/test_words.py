"""The core's words come from the one catalogue the widgets use: English in the code, Dutch in the .ts."""

from __future__ import annotations

import ast
from pathlib import Path

import rugtimer
from rugtimer.model.words import Text, dutch_catalogue, number, translate

PACKAGE = Path(rugtimer.__file__).parent


def test_a_phrase_reads_english_from_the_code_and_dutch_from_the_catalogue() -> None:
    phrase = translate("ReportContent", "Current program")
    assert phrase.get("en") == "Current program"
    assert phrase.get("nl") == "Huidig programma"
    assert translate("Nowhere", "Not in the catalogue").get("nl") == "Not in the catalogue"


def test_the_catalogue_holds_widget_and_core_words_alike() -> None:
    catalogue = dutch_catalogue()
    assert catalogue[("TrendWords", "On target.")] == "Op schema."
    assert ("TrendsView", "In words") in catalogue  # a widget's self.tr() string, same file


def test_numbers_are_written_as_each_language_writes_them() -> None:
    assert number(2.5, 1, "nl") == "2,5"
    assert number(2.5, 1, "en") == "2.5"
    assert number(-1.25, 1, "nl", sign=True) == "−1,2"
    assert number(3, 0, "en", sign=True) == "+3"


def test_data_texts_keep_both_languages() -> None:
    assert Text("Bruggetje", "Glute bridge").get("nl") == "Bruggetje"
    assert Text("Bruggetje", "Glute bridge").get("en") == "Glute bridge"


def test_no_code_writes_its_own_dutch_and_english_pair() -> None:
    """One mechanism for code strings: translate(). Text(nl, en) is only built by the data readers."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "resources" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Text"
                and any(
                    isinstance(arg, ast.Constant) for arg in [*node.args, *(k.value for k in node.keywords)]
                )
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
