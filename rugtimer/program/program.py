"""A person's own program: which exercises, at what dose and variant, with how much rest.

The start plan gives the first program (the floor set, the ball set or both); from then on the coach, the
person ("My program") or a physiotherapist's file changes it. A program is stored and exchanged as a small
TOML file in the format ``rugtimer-program`` (``docs/program-format.md``), validated like every other
program file, so the file a physiotherapist writes and the one RugTimer exports are the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

from rugtimer.program.exercises import Exercise, Kind, parse_toml
from rugtimer.program.plan import Dose, Plan, named_exercise, read_dose
from rugtimer.program.validation import Checker

PROGRAM_FORMAT: Final = "rugtimer-program"
PROGRAM_VERSION: Final = 1
MAX_REST_SECONDS: Final = 600
MAX_NAME_CHARS: Final = 200

SetChoice = Literal["floor", "ball", "both"]
SET_CHOICES: Final = ("floor", "ball", "both")


@dataclass(frozen=True)
class Program:
    """The doses in the order they are done; ``rest_seconds`` None means "the rest from the settings"."""

    doses: tuple[Dose, ...]
    rest_seconds: int | None = None
    name: str = ""

    def dose_for(self, exercise_id: str) -> Dose | None:
        return next((dose for dose in self.doses if dose.exercise == exercise_id), None)

    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(dose.exercise for dose in self.doses)

    def with_dose(self, dose: Dose) -> Program:
        """This program with ``dose`` in place of the dose of the same exercise (added at the end if new)."""
        if self.dose_for(dose.exercise) is None:
            return replace(self, doses=(*self.doses, dose))
        return replace(self, doses=tuple(dose if d.exercise == dose.exercise else d for d in self.doses))


def start_program(plan: Plan, choice: SetChoice, exercises: Mapping[str, Exercise]) -> Program:
    """Week 1 of the start plan for the chosen set, in the library's order (floor first, then ball)."""
    if choice not in SET_CHOICES:
        raise ValueError(f"choice must be one of {', '.join(SET_CHOICES)}; got {choice!r}")
    groups = ("floor", "ball") if choice == "both" else (choice,)
    order = {exercise_id: index for index, exercise_id in enumerate(exercises)}
    doses = [d for d in plan.week1 if exercises[d.exercise].group in groups]
    doses.sort(key=lambda d: order.get(d.exercise, len(order)))
    return Program(tuple(doses))


def set_choice_of(program: Program, exercises: Mapping[str, Exercise]) -> SetChoice | None:
    """Which set the program holds: all floor, all ball, or both (None when it holds nothing)."""
    groups = {exercises[d.exercise].group for d in program.doses if d.exercise in exercises}
    if groups == {"floor"}:
        return "floor"
    if groups == {"ball"}:
        return "ball"
    return "both" if groups else None


# --- the file format ------------------------------------------------------------------------------------


def program_from_data(data: Mapping[str, Any], file: str, exercises: Mapping[str, Exercise]) -> Program:
    """Validate a parsed ``rugtimer-program`` file; every problem is named (file, field, expected)."""
    check = Checker(file)
    if not check.header(data, PROGRAM_FORMAT, PROGRAM_VERSION):
        check.raise_if_failed()
    name = ""
    if "name" in data:
        name = check.string(data, "name", "name") or ""
        if len(name) > MAX_NAME_CHARS:
            check.fail("name", f"expected at most {MAX_NAME_CHARS} characters, got {len(name)}")
    rest = check.integer(data, "rest_seconds", "rest_seconds", minimum=0, required=False)
    if rest is not None and rest > MAX_REST_SECONDS:
        check.fail("rest_seconds", f"expected at most {MAX_REST_SECONDS} seconds, got {rest}")
    doses: list[Dose] = []
    seen: set[str] = set()
    tables = check.table_list(data, "exercise", "exercise")
    for index, table in enumerate(tables):
        dose = read_dose(check, table, f"exercise[{index}]", exercises, id_key="id")
        # The id, also of a table whose amounts are wrong: a second table for it is a problem of its own.
        exercise_id = dose.exercise if dose is not None else named_exercise(table, "id", exercises)
        if exercise_id is None:
            continue
        if exercise_id in seen:
            check.fail(f"exercise[{index}].id", f'"{exercise_id}" appears twice; expected each exercise once')
            continue
        seen.add(exercise_id)
        if dose is not None:
            doses.append(dose)
    if "exercise" in data and not tables:
        check.fail("exercise", "expected at least one [[exercise]] table")
    check.raise_if_failed()
    return Program(tuple(doses), rest, name)


def load_program(raw: bytes, file: str, exercises: Mapping[str, Exercise]) -> Program:
    return program_from_data(parse_toml(raw, file), file, exercises)


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escaping, plus DEL, which TOML (unlike JSON) does not allow raw."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def program_to_toml(program: Program, exercises: Mapping[str, Exercise], comment: str = "") -> str:
    """The program as a ``rugtimer-program`` file, with each exercise's name as a comment for people."""
    lines = [f"# {line}".rstrip() for line in comment.splitlines()] if comment else []
    lines += [f'format = "{PROGRAM_FORMAT}"', f"version = {PROGRAM_VERSION}"]
    if program.name.strip():  # the reader strips the name too: write what reads back the same
        lines.append(f"name = {_toml_string(program.name.strip())}")
    if program.rest_seconds is not None:
        lines.append(f"rest_seconds = {program.rest_seconds}")
    for dose in program.doses:
        exercise = exercises.get(dose.exercise)
        lines.append("")
        if exercise is not None:
            lines.append(f"# {exercise.label}: {exercise.name.nl} / {exercise.name.en}")
        lines.append("[[exercise]]")
        lines.append(f"id = {_toml_string(dose.exercise)}")
        if exercise is None or exercise.kind is not Kind.CONTINUOUS:
            lines.append(f"sets = {dose.sets}")
        if dose.reps is not None:
            lines.append(f"reps = {dose.reps}")
        if dose.seconds is not None:
            lines.append(f"seconds = {dose.seconds}")
        if dose.variant is not None:
            lines.append(f"variant = {_toml_string(dose.variant)}")
    return "\n".join(lines) + "\n"


# --- what changed ---------------------------------------------------------------------------------------

PROGRAM_WIDE: Final = "program"
"""The ``exercise`` of a plan change that is about the whole program (the rest between sets)."""


@dataclass(frozen=True)
class DoseChange:
    """One variable of one exercise, from → to (text as stored in the history's plan changes).

    ``change`` is one of: added, removed, sets, reps, seconds, variant, rest_seconds. A variant of None is
    written as "" (the standard way of doing the exercise).
    """

    exercise: str
    change: str
    from_value: str | None
    to_value: str | None


def _text(value: int | str | None) -> str | None:
    return None if value is None else str(value)


def describe_dose_short(dose: Dose) -> str:
    """Language-neutral numbers for an added or removed exercise: "2x10", "2x45s", "60s"."""
    amount = f"{dose.reps}" if dose.reps is not None else f"{dose.seconds}s"
    text = amount if dose.reps is None and dose.sets == 1 else f"{dose.sets}x{amount}"
    return f"{text} {dose.variant}" if dose.variant else text


def program_changes(old: Program, new: Program) -> list[DoseChange]:
    """Every difference between two programs, one variable at a time, in the new program's order."""
    changes: list[DoseChange] = []
    for dose in new.doses:
        before = old.dose_for(dose.exercise)
        if before is None:
            changes.append(DoseChange(dose.exercise, "added", None, describe_dose_short(dose)))
            continue
        for field in ("sets", "reps", "seconds"):
            a, b = getattr(before, field), getattr(dose, field)
            if a != b:
                changes.append(DoseChange(dose.exercise, field, _text(a), _text(b)))
        if before.variant != dose.variant:
            changes.append(DoseChange(dose.exercise, "variant", before.variant or "", dose.variant or ""))
    for dose in old.doses:
        if new.dose_for(dose.exercise) is None:
            changes.append(DoseChange(dose.exercise, "removed", describe_dose_short(dose), None))
    if old.rest_seconds != new.rest_seconds:
        changes.append(
            DoseChange(PROGRAM_WIDE, "rest_seconds", _text(old.rest_seconds), _text(new.rest_seconds))
        )
    return changes


def programs_equal(a: Program, b: Program) -> bool:
    return not program_changes(a, b)


def known_doses(doses: Iterable[Dose], exercises: Mapping[str, Exercise]) -> tuple[Dose, ...]:
    return tuple(d for d in doses if d.exercise in exercises)
