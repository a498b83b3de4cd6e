"""The core's words in Dutch and English, from the one catalogue the widgets use too.

Code strings are written in English inside ``translate("Context", "English text")``. Their Dutch lives in
``resources/translations/rugtimer_nl.ts`` beside every widget's words: ``pyside6-lupdate`` finds these calls
just as it finds ``self.tr(...)``, and ``packaging/update_translations.py --set`` fills in the Dutch. The
widgets read the compiled ``.qm`` through Qt; the core may not import Qt, so it reads the ``.ts`` itself, once,
the first time a Dutch text is asked for (English needs no file at all, so ``rugtimer --help`` and an English
start do not pay for it).

Exercise texts are data, not code: both languages sit in the TOML files and arrive as :class:`Text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

LANGUAGES = ("nl", "en")
CATALOGUE = ("resources", "translations", "rugtimer_nl.ts")


class Words(Protocol):
    """Anything that reads in both languages: a phrase from the catalogue or a text from a data file."""

    def get(self, language: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Text:
    """One text from a data file, in both languages."""

    nl: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.nl


@dataclass(frozen=True, slots=True)
class Phrase:
    """One code string: its English source and the context the catalogue files it under."""

    context: str
    source: str

    def get(self, language: str) -> str:
        if language == "en":
            return self.source
        return dutch_catalogue().get((self.context, self.source)) or self.source


def translate(context: str, source: str) -> Phrase:
    """A phrase of the core. Both arguments must be string literals, or lupdate cannot find them."""
    return Phrase(context, source)


@cache
def dutch_catalogue() -> dict[tuple[str, str], str]:
    """(context, English) → Dutch, for every finished translation in the .ts (about 6 ms, once)."""
    import xml.etree.ElementTree as ET
    from importlib import resources

    path = resources.files("rugtimer").joinpath(*CATALOGUE)
    root = ET.fromstring(path.read_bytes())
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def number(value: float, digits: int = 1, language: str = "en", *, sign: bool = False) -> str:
    """A decimal as people write it: "2,5" in Dutch, "2.5" in English, a real minus sign "−"."""
    text = f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"
    text = text.replace("-", "−")
    return text.replace(".", ",") if language == "nl" else text


__all__ = ["LANGUAGES", "Phrase", "Text", "Words", "dutch_catalogue", "number", "translate"]
