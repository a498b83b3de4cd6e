"""The exercise library as data: dataclasses for an exercise and its dosage, loaded from validated TOML.

The files live in ``resources/exercises`` (shipped inside the package) and follow ``docs/program-format.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rugtimer.model.guarded_text import UnreadableText, decode_utf8
from rugtimer.model.guarded_text import parse_toml as guarded_toml
from rugtimer.model.limits import MAX_TOML_BYTES
from rugtimer.program.texts import Text, TextList, read_text, read_text_list
from rugtimer.program.validation import Checker, Problem, ProgramError

EXERCISE_FORMAT = "rugtimer-exercise"
EXERCISE_VERSION = 1

GROUPS = ("floor", "ball")
PURPOSES = ("relaxation", "mobility", "coordination", "strength")
EQUIPMENT = ("mat", "chair", "ball", "wall", "step", "table")
LEVELS = ("easier", "harder")


class Kind(StrEnum):
    """How an exercise is timed."""

    REPS = "reps"  # sets of repetitions, each up -> hold -> down
    TIMED = "timed"  # sets of a fixed number of seconds
    CONTINUOUS = "continuous"  # one block of calm movement


class Sides(StrEnum):
    """How an exercise uses left and right."""

    NONE = "none"
    ALTERNATE = "alternate"  # switch side every repetition (bird-dog)
    BLOCKS = "blocks"  # all repetitions on one side, a switch pause, then the other side


@dataclass(frozen=True)
class Range:
    """An inclusive range of whole numbers, as the source gives dosages ("8–12")."""

    low: int
    high: int

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.low <= value <= self.high

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


@dataclass(frozen=True)
class Tempo:
    """Seconds per phase of one repetition; ``first`` is "up" for a bridge and "down" for a squat."""

    up: int
    hold: int
    down: int
    first: str = "up"

    @property
    def rep_seconds(self) -> int:
        return self.up + self.hold + self.down

    def phases(self) -> tuple[tuple[str, int], ...]:
        """The phases of one repetition in order, without phases of zero seconds."""
        order = ("up", "hold", "down") if self.first == "up" else ("down", "hold", "up")
        return tuple((name, getattr(self, name)) for name in order if getattr(self, name) > 0)

    def __str__(self) -> str:
        return "-".join(str(seconds) for _, seconds in self.phases())


@dataclass(frozen=True)
class DosageRange:
    """The dosage the source allows; a plan picks concrete numbers inside it."""

    sets: Range
    reps: Range | None
    seconds: Range | None
    sides: Sides


@dataclass(frozen=True)
class Variant:
    id: str
    level: str
    name: Text
    description: Text


@dataclass(frozen=True)
class Exercise:
    id: str
    group: str
    label: str
    kind: Kind
    purpose: tuple[str, ...]
    equipment: tuple[str, ...]
    illustration: str
    references: tuple[str, ...]
    name: Text
    cue: Text
    steps: TextList
    why: Text
    safety: TextList
    dosage: DosageRange
    tempo: Tempo | None
    variants: tuple[Variant, ...]

    def variant(self, variant_id: str) -> Variant | None:
        return next((v for v in self.variants if v.id == variant_id), None)

    def variants_at(self, level: str) -> tuple[Variant, ...]:
        return tuple(v for v in self.variants if v.level == level)


def parse_toml(raw: bytes, file: str) -> dict[str, Any]:
    """Parse TOML bytes through the guarded reader; every way it can fail is a ProgramError naming the file."""
    try:
        text = decode_utf8(raw)
        if not text.strip():
            raise UnreadableText("the file is empty; expected a TOML document")
        return guarded_toml(text, max_chars=MAX_TOML_BYTES)
    except UnreadableText as exc:
        raise ProgramError([Problem(file, "", exc.message)]) from None


def _read_dosage(check: Checker, data: Mapping[str, Any], kind: Kind | None) -> DosageRange | None:
    table = check.table(data, "dosage", "dosage")
    if table is None:
        return None
    timed_or_reps = kind in (Kind.REPS, Kind.TIMED)
    sets = check.int_range(table, "sets", "dosage.sets", required=timed_or_reps)
    reps = check.int_range(table, "reps", "dosage.reps", required=kind is Kind.REPS)
    seconds = check.int_range(
        table, "seconds", "dosage.seconds", required=kind in (Kind.TIMED, Kind.CONTINUOUS)
    )
    sides = check.choice(table, "sides", "dosage.sides", [s.value for s in Sides], default=Sides.NONE.value)
    if kind is Kind.REPS and "seconds" in table:
        check.fail("dosage.seconds", "not used by kind reps (the tempo sets the seconds); remove it")
    if kind in (Kind.TIMED, Kind.CONTINUOUS) and "reps" in table:
        check.fail("dosage.reps", f"not used by kind {kind.value}; remove it")
    if kind is Kind.CONTINUOUS and sides not in (None, Sides.NONE.value):
        check.fail("dosage.sides", "a continuous exercise has no sides; expected none")
    if kind is Kind.CONTINUOUS and sets is None:
        sets = (1, 1)
    if sets is None or sides is None or kind is None:
        return None
    return DosageRange(
        sets=Range(*sets),
        reps=Range(*reps) if reps else None,
        seconds=Range(*seconds) if seconds else None,
        sides=Sides(sides),
    )


def _read_tempo(check: Checker, data: Mapping[str, Any], kind: Kind | None) -> Tempo | None:
    if kind is None:
        return None  # the kind itself is already reported
    if kind is not Kind.REPS:
        if "tempo" in data:
            check.fail("tempo", f"only exercises of kind reps have a tempo, this one is {kind.value}")
        return None
    table = check.table(data, "tempo", "tempo")
    if table is None:
        return None
    up = check.integer(table, "up", "tempo.up")
    hold = check.integer(table, "hold", "tempo.hold")
    down = check.integer(table, "down", "tempo.down")
    first = check.choice(table, "first", "tempo.first", ("up", "down"), default="up")
    if up is None or hold is None or down is None or first is None:
        return None
    if up + hold + down == 0:
        check.fail("tempo", "expected at least one phase longer than 0 seconds")
        return None
    return Tempo(up, hold, down, first)


def _read_variants(check: Checker, data: Mapping[str, Any]) -> tuple[Variant, ...]:
    variants: list[Variant] = []
    seen: set[str] = set()
    for index, table in enumerate(check.table_list(data, "variants", "variants", required=False)):
        path = f"variants[{index}]"
        vid = check.identifier(table, "id", f"{path}.id")
        level = check.choice(table, "level", f"{path}.level", LEVELS)
        name = read_text(check, table, "name", f"{path}.name")
        description = read_text(check, table, "description", f"{path}.description")
        if vid is not None and vid in seen:
            check.fail(f"{path}.id", f'duplicate variant id "{vid}"')
        if vid and level and name and description:
            seen.add(vid)
            variants.append(Variant(vid, level, name, description))
    return tuple(variants)


def exercise_from_data(data: Mapping[str, Any], file: str) -> Exercise:
    """Build an Exercise from parsed TOML, or raise ProgramError listing every problem."""
    check = Checker(file)
    if not check.header(data, EXERCISE_FORMAT, EXERCISE_VERSION):
        check.raise_if_failed()
    kind_text = check.choice(data, "kind", "kind", [k.value for k in Kind])
    kind = Kind(kind_text) if kind_text else None
    fields = {
        "id": check.identifier(data, "id", "id"),
        "group": check.choice(data, "group", "group", GROUPS),
        "label": check.string(data, "label", "label"),
        "purpose": check.string_list(data, "purpose", "purpose", PURPOSES),
        "equipment": check.string_list(data, "equipment", "equipment", EQUIPMENT),
        "illustration": check.string(data, "illustration", "illustration"),
        "references": check.string_list(data, "references", "references") if "references" in data else (),
        "name": read_text(check, data, "name", "name"),
        "cue": read_text(check, data, "cue", "cue"),
        "steps": read_text_list(check, data, "steps", "steps"),
        "why": read_text(check, data, "why", "why"),
        "safety": read_text_list(check, data, "safety", "safety"),
        "dosage": _read_dosage(check, data, kind),
        "tempo": _read_tempo(check, data, kind),
        "variants": _read_variants(check, data),
    }
    check.raise_if_failed()
    return Exercise(kind=kind, **fields)  # type: ignore[arg-type]


def load_exercise(raw: bytes, file: str) -> Exercise:
    return exercise_from_data(parse_toml(raw, file), file)
