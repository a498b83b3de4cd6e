"""The plan: which exercises, at what dose, how often; read from ``plan.toml`` and checked against the library."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rugtimer.program.exercises import Exercise, Kind, Range, Sides, parse_toml
from rugtimer.program.texts import Text, read_text
from rugtimer.program.validation import Checker

PLAN_FORMAT = "rugtimer-plan"
PLAN_VERSION = 1


@dataclass(frozen=True)
class Dose:
    """A concrete dose of one exercise: what the timer runs.

    ``reps`` is per side for exercises with sides; ``seconds`` is per set (timed) or in total (continuous).
    """

    exercise: str
    sets: int
    reps: int | None = None
    seconds: int | None = None
    variant: str | None = None

    def describe(self, exercise: Exercise, language: str = "nl") -> str:
        """E.g. "2 × 10, tempo 2-2-2", "2 × 6 per side", "2 × 45 s", "1 min"."""
        per_side = (
            {"nl": " per kant", "en": " per side"}[language]
            if exercise.dosage.sides is not Sides.NONE
            else ""
        )
        if exercise.kind is Kind.REPS:
            text = f"{self.sets} × {self.reps}{per_side}"
            if exercise.tempo is not None:
                text += f", tempo {exercise.tempo}"
            return text
        seconds = self.seconds or 0
        if seconds >= 60 and seconds % 60 == 0:
            amount = f"{seconds // 60} min"
        elif seconds >= 90 and seconds % 30 == 0:  # 1.5 min reads better than 90 s
            amount = f"{seconds / 60:.1f} min".replace(".", "," if language == "nl" else ".")
        else:
            amount = f"{seconds} s"
        if exercise.kind is Kind.CONTINUOUS:
            return amount
        return f"{self.sets} × {amount}{per_side}"


@dataclass(frozen=True)
class Activity:
    kinds: tuple[str, ...]
    minutes: Range
    times_per_week: int


@dataclass(frozen=True)
class Plan:
    id: str
    days_per_week: Range
    activity: Activity | None
    week1: tuple[Dose, ...]
    progression_advice: Text

    def dose_for(self, exercise_id: str) -> Dose | None:
        return next((dose for dose in self.week1 if dose.exercise == exercise_id), None)

    @property
    def weekly_target(self) -> tuple[int, int]:
        """Sessions a week, lowest and highest (``days_per_week``): the one target Today, the coach, the
        trends and the report count against."""
        return (self.days_per_week.low, self.days_per_week.high)


def check_dose(check: Checker, path: str, dose: Dose, exercise: Exercise) -> None:
    """Record a problem for every number of ``dose`` outside ``exercise``'s range, or a wrong field.

    A field already reported (there but not a whole number, say) is not reported again: its value in
    ``dose`` is a stand-in.
    """
    ranges = exercise.dosage

    def fail(key: str, message: str) -> None:
        if not check.has_problem(f"{path}.{key}"):
            check.fail(f"{path}.{key}", message)

    if dose.sets not in ranges.sets:
        fail("sets", f"expected {ranges.sets} sets for {exercise.id}, got {dose.sets}")
    if exercise.kind is Kind.REPS:
        if dose.reps is None:
            fail("reps", f"missing: {exercise.id} is counted in repetitions ({ranges.reps})")
        elif ranges.reps is not None and dose.reps not in ranges.reps:
            fail("reps", f"expected {ranges.reps} repetitions for {exercise.id}, got {dose.reps}")
        if dose.seconds is not None:
            fail("seconds", f"{exercise.id} is counted in repetitions; remove seconds")
    else:
        if dose.seconds is None:
            fail("seconds", f"missing: {exercise.id} is timed ({ranges.seconds} s)")
        elif ranges.seconds is not None and dose.seconds not in ranges.seconds:
            fail("seconds", f"expected {ranges.seconds} seconds for {exercise.id}, got {dose.seconds}")
        if dose.reps is not None:
            fail("reps", f"{exercise.id} is timed; remove reps")
    if dose.variant is not None and exercise.variant(dose.variant) is None:
        known = ", ".join(v.id for v in exercise.variants) or "none"
        fail("variant", f'unknown variant "{dose.variant}" of {exercise.id} (known: {known})')


def read_dose(
    check: Checker,
    table: Mapping[str, Any],
    path: str,
    exercises: Mapping[str, Exercise],
    *,
    id_key: str = "exercise",
) -> Dose | None:
    """One dose table: the exercise id, sets, reps or seconds, and an optional variant, checked against
    the exercise's range. Shared by the start plan (``exercise = ...``) and program files (``id = ...``)."""
    exercise_id = check.identifier(table, id_key, f"{path}.{id_key}")
    sets = check.integer(table, "sets", f"{path}.sets", minimum=1, required=False)
    reps = check.integer(table, "reps", f"{path}.reps", minimum=1, required=False)
    seconds = check.integer(table, "seconds", f"{path}.seconds", minimum=1, required=False)
    variant = check.identifier(table, "variant", f"{path}.variant", required=False)
    known = {id_key, "sets", "reps", "seconds", "variant"}
    for key in table:
        if key not in known:
            check.fail(f"{path}.{key}", f"unknown field; expected one of {', '.join(sorted(known))}")
    if exercise_id is None:
        return None
    exercise = exercises.get(exercise_id)
    if exercise is None:
        check.fail(
            f"{path}.{id_key}", f'unknown exercise id "{exercise_id}" (known: {", ".join(sorted(exercises))})'
        )
        return None
    if sets is None and exercise.kind is not Kind.CONTINUOUS and not check.has_problem(f"{path}.sets"):
        check.fail(f"{path}.sets", "missing (required)")
    unread = any(check.has_problem(f"{path}.{key}") for key in ("sets", "reps", "seconds", "variant"))
    dose = Dose(exercise_id, sets if sets is not None else 1, reps, seconds, variant)
    check_dose(check, path, dose, exercise)  # the fields that were read, so every problem is named at once
    return None if unread else dose


def named_exercise(table: Mapping[str, Any], id_key: str, exercises: Mapping[str, Exercise]) -> str | None:
    """The known exercise a dose table names, also when the rest of the table is wrong, so a second table
    for the same exercise is reported as such whatever else is wrong with either."""
    value = table.get(id_key)
    name = value.strip() if isinstance(value, str) else None
    return name if name in exercises else None


def plan_from_data(data: Mapping[str, Any], file: str, exercises: Mapping[str, Exercise]) -> Plan:
    check = Checker(file)
    if not check.header(data, PLAN_FORMAT, PLAN_VERSION):
        check.raise_if_failed()
    plan_id = check.identifier(data, "id", "id")
    days = check.int_range(data, "days_per_week", "days_per_week")
    if days is not None and days[1] > 7:
        check.fail("days_per_week", f"expected at most 7 days a week, got {days[1]}")
    activity = None
    activity_table = check.table(data, "activity", "activity", required=False)
    if activity_table is not None:
        kinds = check.string_list(activity_table, "kinds", "activity.kinds")
        minutes = check.int_range(activity_table, "minutes", "activity.minutes")
        times = check.integer(activity_table, "times_per_week", "activity.times_per_week", minimum=1)
        if kinds and minutes and times:
            activity = Activity(kinds, Range(*minutes), times)
    doses: list[Dose] = []
    seen: set[str] = set()
    for index, table in enumerate(check.table_list(data, "week1", "week1")):
        dose = read_dose(check, table, f"week1[{index}]", exercises)
        exercise_id = dose.exercise if dose is not None else named_exercise(table, "exercise", exercises)
        if exercise_id is not None and exercise_id in seen:
            check.fail(
                f"week1[{index}].exercise", f'"{exercise_id}" appears twice; expected each exercise once'
            )
        elif exercise_id is not None:
            seen.add(exercise_id)
            if dose is not None:
                doses.append(dose)
    if "week1" in data and not check.table_list(data, "week1", "week1"):
        check.fail("week1", "expected at least one exercise")
    progression = check.table(data, "progression", "progression")
    advice = (
        read_text(check, progression, "advice", "progression.advice") if progression is not None else None
    )
    check.raise_if_failed()
    return Plan(plan_id, Range(*days), activity, tuple(doses), advice)  # type: ignore[arg-type, misc]


def load_plan(raw: bytes, file: str, exercises: Mapping[str, Exercise]) -> Plan:
    return plan_from_data(parse_toml(raw, file), file, exercises)
