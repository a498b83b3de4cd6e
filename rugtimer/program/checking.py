"""Check files a physiotherapist wrote: one summary line per good file, every problem of bad ones.

Exercise, plan and reference files (the library's formats) and program files (``rugtimer-program``, what
"My program" imports and exports) are told apart by their ``format``; plans and programs are checked
against the shipped exercises plus any exercise files given on the same command line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rugtimer.program.exercises import EXERCISE_FORMAT, Exercise, Kind, exercise_from_data
from rugtimer.program.library import REFERENCES_FORMAT, load_library, references_from_data
from rugtimer.program.plan import PLAN_FORMAT, Plan, plan_from_data
from rugtimer.program.program import PROGRAM_FORMAT, Program, program_from_data
from rugtimer.program.program_files import MAX_FILE_BYTES, other_format_problem, read_toml_file
from rugtimer.program.validation import Problem, ProgramError

__all__ = [
    "MAX_FILE_BYTES",
    "FileReport",
    "check_files",
    "summarize_exercise",
    "summarize_plan",
    "summarize_program",
]


@dataclass(frozen=True)
class FileReport:
    file: str
    summary: str | None
    problems: tuple[Problem, ...]


def summarize_exercise(exercise: Exercise) -> str:
    dosage = exercise.dosage
    if exercise.kind is Kind.REPS:
        amount = f"{dosage.sets} × {dosage.reps}"
        if exercise.tempo is not None:
            amount += f", tempo {exercise.tempo}"
    elif exercise.kind is Kind.TIMED:
        amount = f"{dosage.sets} × {dosage.seconds} s"
    else:
        amount = f"{dosage.seconds} s"
    if dosage.sides.value != "none":
        amount += f", sides {dosage.sides.value}"
    return f"exercise {exercise.id} ({exercise.name.nl} / {exercise.name.en}): {exercise.kind.value} {amount}, {len(exercise.variants)} variants"


def summarize_plan(plan: Plan) -> str:
    return f"plan {plan.id}: {len(plan.week1)} exercises in week 1, {plan.days_per_week} days a week"


def summarize_program(program: Program) -> str:
    """E.g. 'program "Week 3": 4 exercises, rest 30 s' (rest: "from the settings" when the file has none)."""
    name = f'"{" ".join(program.name.split())}"' if program.name else "(no name)"
    count = len(program.doses)
    exercises = f"{count} exercise" if count == 1 else f"{count} exercises"
    rest = "rest from the settings" if program.rest_seconds is None else f"rest {program.rest_seconds} s"
    return f"program {name}: {exercises} ({', '.join(program.exercise_ids())}), {rest}"


def check_files(paths: Sequence[Path]) -> list[FileReport]:
    """Validate each file; plans and programs are checked against the shipped exercises plus the exercises
    given here."""
    parsed: list[tuple[str, dict | None, ProgramError | None]] = []
    for path in paths:
        try:
            parsed.append((str(path), read_toml_file(path), None))
        except ProgramError as exc:
            parsed.append((str(path), None, exc))
    exercises: dict[str, Exercise] = dict(_shipped_exercises())
    reports: dict[str, FileReport] = {}
    plans: list[tuple[str, dict]] = []
    programs: list[tuple[str, dict]] = []
    for name, data, error in parsed:
        if error is not None or data is None:
            reports[name] = FileReport(name, None, error.problems if error else ())
            continue
        fmt = data.get("format")
        try:
            if fmt == EXERCISE_FORMAT:
                exercise = exercise_from_data(data, name)
                exercises[exercise.id] = exercise
                reports[name] = FileReport(name, summarize_exercise(exercise), ())
            elif fmt == PLAN_FORMAT:
                plans.append((name, data))
            elif fmt == PROGRAM_FORMAT:
                programs.append((name, data))
            elif fmt == REFERENCES_FORMAT:
                refs = references_from_data(data, name)
                reports[name] = FileReport(name, f"references: {len(refs)} entries", ())
            else:
                raise ProgramError([_unknown_format(data, name)])
        except ProgramError as exc:
            reports[name] = FileReport(name, None, exc.problems)
    for name, data in plans:
        try:
            reports[name] = FileReport(name, summarize_plan(plan_from_data(data, name, exercises)), ())
        except ProgramError as exc:
            reports[name] = FileReport(name, None, exc.problems)
    for name, data in programs:
        try:
            reports[name] = FileReport(name, summarize_program(program_from_data(data, name, exercises)), ())
        except ProgramError as exc:
            reports[name] = FileReport(name, None, exc.problems)
    return [reports[name] for name, _, _ in parsed]


def _unknown_format(data: dict, name: str) -> Problem:
    expected = f'"{EXERCISE_FORMAT}", "{PLAN_FORMAT}", "{REFERENCES_FORMAT}" or "{PROGRAM_FORMAT}"'
    known = other_format_problem(data, name, expected)  # e.g. a history export saved as TOML
    if known is not None:
        return known
    got = repr(data["format"]) if "format" in data else "nothing"
    return Problem(name, "format", f"expected {expected}, got {got}")


def _shipped_exercises() -> Mapping[str, Exercise]:
    try:
        return load_library().exercises
    except ProgramError:
        return {}
