"""Dutch first: every user-visible string of the UI has a finished Dutch translation."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "rugtimer_nl.ts"
QM = TS.with_suffix(".qm")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name", ""), message.findtext("source", ""))] = message.find(
                "translation"
            )
    return found


def test_every_string_in_the_sources_is_in_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "rugtimer").rglob("*.py") if "resources" not in p.parts)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    missing = sorted(set(messages(fresh)) - set(messages(TS)))
    assert missing == [], "run packaging/update_translations.py and add the Dutch texts"


def test_every_translation_is_finished() -> None:
    unfinished = [
        key for key, t in messages(TS).items() if t is None or t.get("type") == "unfinished" or not t.text
    ]
    assert unfinished == []


def test_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    """The .qm is committed (so every wheel has it) and must be exactly what pyside6-lrelease makes of the .ts."""
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    advice = "run .venv/bin/python packaging/update_translations.py and commit resources/translations/*.qm"
    assert QM.is_file(), f"{QM.name} is missing: {advice}"
    assert QM.read_bytes() == fresh.read_bytes(), f"{QM.name} is stale: {advice}"


# --- what lupdate cannot see ------------------------------------------------------------------------------
# lupdate reads string literals in tr("...") and translate("Context", "...") calls; a call inside an f-string,
# or with a computed text, is silently left out of the catalogue, so the two tests above cannot see it and
# the Dutch screen shows English. These read the sources themselves, with ``ast``.

TRANSLATING = ("tr", "translate", "QT_TRANSLATE_NOOP")
COMPUTED_TEXT_ALLOWED = {
    # CuePlayer translates a problem text chosen at run time; each one is marked with
    # QT_TRANSLATE_NOOP("CuePlayer", ...) in ui/cues.py, which the checks below do see.
    ("ui/cue_stream.py", "CuePlayer"),
}


@dataclass(frozen=True)
class TrCall:
    """One translating call: where it is, the context lupdate files it under, its text (None: computed)."""

    where: str
    context: str
    source: str | None
    in_f_string: bool
    on_self: bool


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    """Collects every tr() / translate() / QT_TRANSLATE_NOOP() call of one module, with its context."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.classes: list[str] = []
        self.f_strings = 0
        self.calls: list[TrCall] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.f_strings += 1
        self.generic_visit(node)
        self.f_strings -= 1

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = node.args
        call = None
        if name == "tr" and args:
            on_self = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self"
            context = self.classes[-1] if self.classes else ""
            call = TrCall(self._where(node), context, _text(args[0]), self.f_strings > 0, on_self)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and _text(args[0]) is not None:
            context = _text(args[0]) or ""
            call = TrCall(self._where(node), context, _text(args[1]), self.f_strings > 0, True)
        if call is not None:
            self.calls.append(call)
        self.generic_visit(node)

    def _where(self, node: ast.AST) -> str:
        return f"{self.name}:{getattr(node, 'lineno', 0)}"


def translating_calls() -> list[TrCall]:
    calls = []
    package = ROOT / "rugtimer"
    for path in sorted(package.rglob("*.py")):
        if "resources" in path.parts:
            continue
        finder = _Finder(path.relative_to(package).as_posix())
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        calls += finder.calls
    return calls


def test_no_tr_call_sits_inside_an_f_string() -> None:
    """lupdate skips f-strings: ``f"{self.tr('Undo')} [Ctrl+Z]"`` stayed English on the Dutch History page.
    Give the tr() its own line: ``undo = self.tr("Undo")``, then ``f"{undo} ..."``."""
    assert [call.where for call in translating_calls() if call.in_f_string] == []


def test_every_translated_literal_is_in_the_catalogue() -> None:
    """Each tr() / translate() text, under the context lupdate gives it, has its message in the .ts."""
    known = set(messages(TS))
    missing = [
        f"{call.where}: {call.context} {call.source!r}"
        for call in translating_calls()
        if call.source is not None and (call.context, call.source) not in known
    ]
    assert missing == [], "run packaging/update_translations.py (and see the f-string test)"


def test_translated_texts_are_literals_called_on_self() -> None:
    """A computed text is invisible to lupdate, and ``other.tr()`` is filed under the wrong context."""
    odd = [
        call.where
        for call in translating_calls()
        if not call.on_self
        or (call.source is None and (call.where.partition(":")[0], call.context) not in COMPUTED_TEXT_ALLOWED)
    ]
    assert odd == []
