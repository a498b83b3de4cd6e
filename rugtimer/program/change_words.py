"""Plan changes in words, Dutch and English: the codes the history stores, as people read them.

The history stores codes ("reps", "progression") so a change reads in the language of whoever looks at it
(the person, or a physiotherapist reading the report in English). Unknown codes (a newer RugTimer, an
older demo) are shown as they are, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Protocol

from rugtimer.model.words import Phrase, translate
from rugtimer.program.exercises import Exercise

CHANGE_WORDS: Final[Mapping[str, Phrase]] = {
    "reps": translate("ChangeWords", "repetitions"),
    "sets": translate("ChangeWords", "sets"),
    "seconds": translate("ChangeWords", "seconds"),
    "variant": translate("ChangeWords", "variant"),
    "added": translate("ChangeWords", "added"),
    "removed": translate("ChangeWords", "left out"),
    "rest_seconds": translate("ChangeWords", "rest between sets (s)"),
    # written by earlier demo histories
    "more_reps": translate("ChangeWords", "more repetitions"),
    "step_back": translate("ChangeWords", "step back"),
}

REASON_WORDS: Final[Mapping[str, Phrase]] = {
    "start": translate("ChangeWords", "start plan chosen"),
    "progression": translate("ChangeWords", "build-up after a good week"),
    "after_pain": translate("ChangeWords", "step back: worse for more than 24 hours"),
    "this_hurts": translate("ChangeWords", "lighter after pain during the exercise"),
    "my_program": translate("ChangeWords", "changed by you"),
    "imported": translate("ChangeWords", "program from a file"),
}

STANDARD_VARIANT: Final = translate("ChangeWords", "standard")
PROGRAM_WIDE_NAME: Final = translate("ChangeWords", "Program")


def change_word(code: str, language: str) -> str:
    text = CHANGE_WORDS.get(code)
    return text.get(language) if text is not None else code


def reason_word(code: str, language: str) -> str:
    text = REASON_WORDS.get(code)
    return text.get(language) if text is not None else code


def value_words(value: str | None, change: str, exercise: Exercise | None, language: str) -> str:
    """A stored from/to value in words: variant ids become names, "" the standard variant."""
    if value is None:
        return "–"
    if change == "variant":
        if not value:
            return STANDARD_VARIANT.get(language)
        variant = exercise.variant(value) if exercise is not None else None
        return variant.name.get(language) if variant is not None else value
    return value


def exercise_words(exercise_id: str, exercises: Mapping[str, Exercise], language: str) -> str:
    exercise = exercises.get(exercise_id)
    if exercise is not None:
        return exercise.name.get(language)
    return PROGRAM_WIDE_NAME.get(language) if exercise_id == "program" else exercise_id


class ChangeLike(Protocol):
    """A plan change, a coach answer or a suggestion: one variable of one exercise, from → to."""

    @property
    def exercise(self) -> str: ...
    @property
    def change(self) -> str: ...
    @property
    def from_value(self) -> str | None: ...
    @property
    def to_value(self) -> str | None: ...


def describe_change(item: ChangeLike, exercises: Mapping[str, Exercise], language: str) -> str:
    """E.g. "Bruggetje: herhalingen 10 → 12" / "Glute bridge: variant standard → Single-leg bridge"."""
    exercise = exercises.get(item.exercise)
    name = exercise_words(item.exercise, exercises, language)
    what = change_word(item.change, language)
    if item.from_value is None and item.to_value is None:
        return f"{name}: {what}"
    before = value_words(item.from_value, item.change, exercise, language)
    after = value_words(item.to_value, item.change, exercise, language)
    return f"{name}: {what} {before} → {after}"
