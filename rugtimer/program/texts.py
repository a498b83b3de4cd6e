"""Bilingual texts from data files: every exercise and advice text exists in Dutch first and in English.

Code strings do not use these: they go through ``model.words.translate`` and the one catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rugtimer.model.words import LANGUAGES, Text
from rugtimer.program.validation import Checker, describe


@dataclass(frozen=True)
class TextList:
    """A list of texts (steps, safety notes) in both languages, the same length in each."""

    nl: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, language: str) -> tuple[str, ...]:
        return self.en if language == "en" else self.nl


def read_text(check: Checker, parent: Mapping[str, Any], key: str, path: str) -> Text | None:
    table = check.table(parent, key, path)
    if table is None:
        return None
    nl = check.string(table, "nl", f"{path}.nl")
    en = check.string(table, "en", f"{path}.en")
    return Text(nl, en) if nl is not None and en is not None else None


def read_text_list(check: Checker, parent: Mapping[str, Any], key: str, path: str) -> TextList | None:
    table = check.table(parent, key, path)
    if table is None:
        return None
    nl = check.string_list(table, "nl", f"{path}.nl")
    en = check.string_list(table, "en", f"{path}.en")
    if nl is None or en is None:
        return None
    if len(nl) != len(en):
        check.fail(path, f"expected as many Dutch as English entries, got {len(nl)} and {len(en)}")
        return None
    return TextList(nl, en)


__all__ = ["LANGUAGES", "Text", "TextList", "describe", "read_text", "read_text_list"]
