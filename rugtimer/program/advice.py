"""The help and safety advice (alarm signals, when to see a physiotherapist, the program rules, questions,
the ball size), in Dutch and English, read from ``resources/advice.toml``.

The texts live in a data file, not in the code, so a physiotherapist can review them in one place; the loader
checks every entry exists in both languages, so a missing translation fails a test instead of a screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rugtimer.program.exercises import parse_toml
from rugtimer.program.texts import Text, read_text
from rugtimer.program.validation import Checker

ADVICE_FORMAT = "rugtimer-advice"
ADVICE_FILE = "advice.toml"
SIZE_FIELD = "{size}"


@dataclass(frozen=True)
class Item:
    """One entry of a list (an alarm signal, a reason to see the physiotherapist)."""

    id: str
    text: Text


@dataclass(frozen=True)
class Rule:
    """One rule of the program: a short title and what it means."""

    id: str
    title: Text
    text: Text


@dataclass(frozen=True)
class Question:
    id: str
    question: Text
    answer: Text


@dataclass(frozen=True)
class Welcome:
    heading: Text
    text: Text


@dataclass(frozen=True)
class AlarmAdvice:
    """When to call the GP: a calming line, the signs, out-of-hours care, and "this app does not diagnose"."""

    heading: Text
    calm: Text
    intro: Text
    signs: tuple[Item, ...]
    after_hours: Text
    not_a_diagnosis: Text


@dataclass(frozen=True)
class PhysioAdvice:
    heading: Text
    intro: Text
    reasons: tuple[Item, ...]
    app_suggests: Text


@dataclass(frozen=True)
class ProgramAdvice:
    heading: Text
    intro: Text
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Faq:
    heading: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class BallAdvice:
    heading: Text
    intro: Text
    result: Text
    """A template with ``{size}`` for the ball diameter in cm."""
    near_limit: Text
    sitting_check: Text
    anti_burst: Text

    def result_text(self, size_cm: int, language: str) -> str:
        return self.result.get(language).replace(SIZE_FIELD, str(size_cm))


@dataclass(frozen=True)
class Advice:
    welcome: Welcome
    alarm: AlarmAdvice
    physio: PhysioAdvice
    program: ProgramAdvice
    faq: Faq
    ball: BallAdvice


TextFields = dict[str, Text | None]


def _texts(check: Checker, table: Mapping[str, Any], path: str, keys: tuple[str, ...]) -> TextFields:
    return {key: read_text(check, table, key, f"{path}.{key}") for key in keys}


def _done(fields: TextFields) -> dict[str, Text]:
    """After ``raise_if_failed`` every reader returned a Text (a None would have recorded a problem)."""
    return {key: text for key, text in fields.items() if text is not None}


def _entries(
    check: Checker, parent: Mapping[str, Any], key: str, path: str, text_keys: tuple[str, ...]
) -> list[tuple[str, TextFields]]:
    """An array of tables (at least one), each with a unique ``id`` and the bilingual ``text_keys``."""
    entries: list[tuple[str, TextFields]] = []
    seen: set[str] = set()
    where_list = f"{path}.{key}"
    if key not in parent:
        check.fail(where_list, "missing (required): expected at least one entry")
        return entries
    tables = check.table_list(parent, key, where_list)
    if parent[key] == []:
        check.fail(where_list, "expected at least one entry, got an empty list")
    for index, table in enumerate(tables):
        where = f"{where_list}[{index}]"
        entry_id = check.identifier(table, "id", f"{where}.id")
        texts = _texts(check, table, where, text_keys)
        if entry_id is not None and entry_id in seen:
            check.fail(f"{where}.id", f'duplicate id "{entry_id}"')
        elif entry_id is not None:
            seen.add(entry_id)
            entries.append((entry_id, texts))
    return entries


def _section(check: Checker, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    return check.table(data, key, key) or {}


def advice_from_data(data: Mapping[str, Any], file: str) -> Advice:
    """Build the advice from parsed TOML; raises ProgramError listing every problem."""
    check = Checker(file)
    if not check.header(data, ADVICE_FORMAT, 1):
        check.raise_if_failed()

    table = _section(check, data, "welcome")
    welcome = _texts(check, table, "welcome", ("heading", "text"))

    table = _section(check, data, "alarm")
    alarm = _texts(check, table, "alarm", ("heading", "calm", "intro", "after_hours", "not_a_diagnosis"))
    signs = _entries(check, table, "sign", "alarm", ("text",))

    table = _section(check, data, "physio")
    physio = _texts(check, table, "physio", ("heading", "intro", "app_suggests"))
    reasons = _entries(check, table, "reason", "physio", ("text",))

    table = _section(check, data, "program")
    program = _texts(check, table, "program", ("heading", "intro"))
    rules = _entries(check, table, "rule", "program", ("title", "text"))

    table = _section(check, data, "faq")
    faq = _texts(check, table, "faq", ("heading",))
    questions = _entries(check, table, "question", "faq", ("question", "answer"))

    table = _section(check, data, "ball")
    keys = ("heading", "intro", "result", "near_limit", "sitting_check", "anti_burst")
    ball = _texts(check, table, "ball", keys)
    result = ball["result"]
    for language in ("nl", "en") if result is not None else ():
        if SIZE_FIELD not in result.get(language):
            check.fail(f"ball.result.{language}", f"expected a text with {SIZE_FIELD} for the ball size")

    check.raise_if_failed()
    return Advice(
        welcome=Welcome(**_done(welcome)),
        alarm=AlarmAdvice(**_done(alarm), signs=tuple(Item(i, **_done(t)) for i, t in signs)),
        physio=PhysioAdvice(**_done(physio), reasons=tuple(Item(i, **_done(t)) for i, t in reasons)),
        program=ProgramAdvice(**_done(program), rules=tuple(Rule(i, **_done(t)) for i, t in rules)),
        faq=Faq(**_done(faq), questions=tuple(Question(i, **_done(t)) for i, t in questions)),
        ball=BallAdvice(**_done(ball)),
    )


def parse_advice(raw: bytes, file: str = ADVICE_FILE) -> Advice:
    return advice_from_data(parse_toml(raw, file), file)


@cache
def load_advice() -> Advice:
    """The shipped advice (read once; the help page and the welcome dialog share it)."""
    raw = (resources.files("rugtimer") / "resources" / ADVICE_FILE).read_bytes()
    return parse_advice(raw, ADVICE_FILE)
