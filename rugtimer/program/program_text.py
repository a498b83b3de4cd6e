"""The current program as plain text, Dutch or English: for ``rugtimer plan`` and for people who want it
on paper beside the mat."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rugtimer.model.words import translate
from rugtimer.program.exercises import Exercise
from rugtimer.program.library import Library
from rugtimer.program.plan import Dose
from rugtimer.program.program import Program

_WORDS = {
    "title": translate("ProgramText", "RugTimer: my program"),
    "week": translate("ProgramText", "Week {week} of your plan (began on {start})"),
    "not_chosen": translate(
        "ProgramText", "Not chosen yet: this is the start plan. Start RugTimer to choose your set."
    ),
    "days": translate("ProgramText", "{days} days a week"),
    "rest": translate("ProgramText", "rest between sets: {seconds} s"),
    "floor": translate("ProgramText", "Without a ball (mat and chair)"),
    "ball": translate("ProgramText", "With the ball"),
    "variant": translate("ProgramText", "variant: {name}"),
    "activity": translate(
        "ProgramText", "Besides: {minutes} min of walking or cycling at an easy pace, {times}× a week."
    ),
    "rules": translate(
        "ProgramText",
        "Sharp pain: stop or make it lighter. A day of stiffness is fine; worse for more than 24 hours: one step back.",
    ),
}


def dose_text(dose: Dose, exercise: Exercise, language: str) -> str:
    """E.g. "2 × 10, tempo 2-2-2 · variant: Small bridge"."""
    text = dose.describe(exercise, language)
    variant = exercise.variant(dose.variant) if dose.variant else None
    if variant is not None:
        text += " · " + word("variant", language).format(name=variant.name.get(language))
    return text


def exercise_done_text(
    exercise: Exercise | None, exercise_id: str, variant_id: str | None, language: str
) -> str:
    """What a stored set names: "Bruggetje · variant: Kleine brug", the exercise alone without a variant, and
    the stored ids as they are when this RugTimer does not know them (an older or newer library)."""
    if exercise is None:
        return exercise_id if variant_id is None else f"{exercise_id} · {variant_id}"
    name = exercise.name.get(language)
    if variant_id is None:
        return name
    variant = exercise.variant(variant_id)
    shown = variant.name.get(language) if variant is not None else variant_id
    return f"{name} · " + word("variant", language).format(name=shown)


def word(key: str, language: str) -> str:
    return _WORDS[key].get(language)


def program_lines(
    program: Program,
    library: Library,
    language: str,
    *,
    plan_week: int,
    plan_start: date | None,
    rest_seconds: int,
    chosen: bool = True,
) -> list[str]:
    """Heading, the exercises per group with dose and variant, the rest, the walking advice, the rules."""
    lines = [word("title", language)]
    if plan_start is not None:
        lines.append(word("week", language).format(week=plan_week, start=plan_start.isoformat()))
    if not chosen:
        lines.append(word("not_chosen", language))
    rest = program.rest_seconds if program.rest_seconds is not None else rest_seconds
    lines.append(
        word("days", language).format(days=library.plan.days_per_week)
        + " · "
        + word("rest", language).format(seconds=rest)
    )
    for group in ("floor", "ball"):
        rows = _rows(program, library, language, group)
        if rows:
            lines += ["", word(group, language), *rows]
    activity = library.plan.activity
    if activity is not None:
        lines += [
            "",
            word("activity", language).format(minutes=activity.minutes, times=activity.times_per_week),
        ]
    lines += [word("rules", language)]
    return lines


def program_rows(program: Program, library: Library, language: str) -> list[tuple[str, str, str, str]]:
    """(group, label, name, dose with variant) per exercise of the program, in program order: the rows of
    ``rugtimer plan`` and of the report's current program."""
    rows = []
    for dose in program.doses:
        exercise = library.exercises.get(dose.exercise)
        if exercise is not None:
            rows.append(
                (
                    exercise.group,
                    exercise.label,
                    exercise.name.get(language),
                    dose_text(dose, exercise, language),
                )
            )
    return rows


def _rows(program: Program, library: Library, language: str, group: str) -> Sequence[str]:
    return [
        f"  {label}  {name:<34} {dose}".rstrip()
        for in_group, label, name, dose in program_rows(program, library, language)
        if in_group == group
    ]
