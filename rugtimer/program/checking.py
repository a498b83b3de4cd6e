"""Check program files a physiotherapist wrote: one summary line per good file, every problem of bad ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rugtimer.program.exercises import EXERCISE_FORMAT, Exercise, Kind, exercise_from_data, parse_toml
from rugtimer.program.library import REFERENCES_FORMAT, load_library, references_from_data
from rugtimer.program.plan import PLAN_FORMAT, Plan, plan_from_data
from rugtimer.program.validation import Problem, ProgramError

MAX_FILE_BYTES = 1_000_000


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


def _read(path: Path) -> bytes:
    if path.is_dir():
        raise ProgramError([Problem(str(path), "", "is a folder; expected a TOML file")])
    if not path.is_file():
        raise ProgramError([Problem(str(path), "", "no such file")])
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ProgramError(
            [
                Problem(
                    str(path),
                    "",
                    f"too large ({path.stat().st_size} bytes); expected at most {MAX_FILE_BYTES}",
                )
            ]
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ProgramError([Problem(str(path), "", f"cannot be read: {exc.strerror}")]) from None


def check_files(paths: Sequence[Path]) -> list[FileReport]:
    """Validate each file; plans are checked against the shipped exercises plus the exercises given here."""
    parsed: list[tuple[str, dict | None, ProgramError | None]] = []
    for path in paths:
        try:
            parsed.append((str(path), parse_toml(_read(path), str(path)), None))
        except ProgramError as exc:
            parsed.append((str(path), None, exc))
    exercises: dict[str, Exercise] = dict(_shipped_exercises())
    reports: dict[str, FileReport] = {}
    plans: list[tuple[str, dict]] = []
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
            elif fmt == REFERENCES_FORMAT:
                refs = references_from_data(data, name)
                reports[name] = FileReport(name, f"references: {len(refs)} entries", ())
            else:
                expected = f'"{EXERCISE_FORMAT}", "{PLAN_FORMAT}" or "{REFERENCES_FORMAT}"'
                raise ProgramError([Problem(name, "format", f"expected {expected}, got {fmt!r}")])
        except ProgramError as exc:
            reports[name] = FileReport(name, None, exc.problems)
    for name, data in plans:
        try:
            reports[name] = FileReport(name, summarize_plan(plan_from_data(data, name, exercises)), ())
        except ProgramError as exc:
            reports[name] = FileReport(name, None, exc.problems)
    return [reports[name] for name, _, _ in parsed]


def _shipped_exercises() -> Mapping[str, Exercise]:
    try:
        return load_library().exercises
    except ProgramError:
        return {}
