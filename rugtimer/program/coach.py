"""The coach: the source's rules for building up, applied to the person's own history. Qt-free, pure.

The rules (from the source, see FACTS.md):
- 3–4 sessions a week; change **one thing a week** (a few more reps, a bit more, or a harder variant);
- the after-pain rule: stiffness until the next day is fine; worse for more than 24 h → **one step back**;
- sharp pain ("this hurts") → make that exercise lighter.

Everything here takes plain records and returns suggestions; the UI asks, the store records the answer.
Plan weeks are ISO weeks (Monday to Sunday, local date): week 1 is the week the person began.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final, Literal

from rugtimer.model.records import (
    COUNTED_STATUSES,
    CoachAnswer,
    HurtEvent,
    PainEntry,
    SessionRecord,
    exercise_days,
)
from rugtimer.model.weeks import monday_of
from rugtimer.program.exercises import Exercise, Kind, Range
from rugtimer.program.plan import Dose
from rugtimer.program.program import Program

CoachKind = Literal["progression", "after_pain", "this_hurts"]

REPS_STEP: Final = 2  # "a few more reps": 8 → 10 → 12
TIMED_STEP_S: Final = 5  # 20 → 25 → 30 s; 45 → 50 → 55 → 60 s
CONTINUOUS_STEP_S: Final = 30  # 1 → 1.5 → 2 min
AFTER_PAIN_WINDOW: Final = timedelta(hours=24)  # the source's after-pain rule: worse for more than 24 h
NEXT_DAY_CHECK_DAYS: Final = 7  # after a week nobody remembers how the day after felt
REVERT_WITHIN_DAYS: Final = 28  # "the previous dosage" only while the last build-up step is recent

# Why there is no weekly suggestion (the UI explains it in words).
WeeklyReason = Literal[
    "suggested",
    "start_weeks",
    "already_answered",
    "changed_this_week",
    "few_days",
    "after_pain",
    "hurt",
    "too_hard",
    "top_reached",
]


def plan_week(plan_start: date, today: date) -> int:
    """1 in the ISO week the person began, 2 the week after, and so on (never below 1)."""
    return max(1, (monday_of(today) - monday_of(plan_start)).days // 7 + 1)


# --- one step up or down for one exercise ---------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """A new dose and the one variable that changed: "reps", "sets", "seconds" or "variant"."""

    dose: Dose
    change: str


def _amount_field(exercise: Exercise) -> tuple[str, Range | None, int]:
    if exercise.kind is Kind.REPS:
        return "reps", exercise.dosage.reps, REPS_STEP
    if exercise.kind is Kind.TIMED:
        return "seconds", exercise.dosage.seconds, TIMED_STEP_S
    return "seconds", exercise.dosage.seconds, CONTINUOUS_STEP_S


def _harder_ladder(exercise: Exercise) -> list[str | None]:
    """Variant ids from easiest to hardest, with None for the standard way in the middle."""
    return [
        *(v.id for v in exercise.variants_at("easier")),
        None,
        *(v.id for v in exercise.variants_at("harder")),
    ]


def _variant_index(exercise: Exercise, variant: str | None) -> int:
    ladder = _harder_ladder(exercise)
    return ladder.index(variant) if variant in ladder else ladder.index(None)


def step_up(dose: Dose, exercise: Exercise) -> Step | None:
    """One step harder: from an easier variant back to the standard one; else a few more reps (or
    seconds) within the range; else one more set; else the next harder variant, starting again at the low
    end of the range. None at the top of everything."""
    ladder = _harder_ladder(exercise)
    position = _variant_index(exercise, dose.variant)
    if position < ladder.index(None):
        return Step(replace(dose, variant=ladder[position + 1]), "variant")
    name, amount_range, step = _amount_field(exercise)
    amount = getattr(dose, name)
    if amount_range is not None and amount is not None and amount < amount_range.high:
        return Step(replace(dose, **{name: min(amount_range.high, amount + step)}), name)
    if exercise.kind is not Kind.CONTINUOUS and dose.sets < exercise.dosage.sets.high:
        return Step(replace(dose, sets=dose.sets + 1), "sets")
    if position + 1 < len(ladder):
        low = amount_range.low if amount_range is not None else amount
        return Step(replace(dose, variant=ladder[position + 1], **{name: low}), "variant")
    return None


def step_down(dose: Dose, exercise: Exercise, *, prefer_easier_variant: bool = False) -> Step | None:
    """One step lighter: off a harder variant first; then fewer reps (or seconds), then one set fewer,
    then the easier variant. With ``prefer_easier_variant`` (sharp pain) the easier variant comes before
    fewer reps, since doing the movement differently often helps more than doing less of it."""
    ladder = _harder_ladder(exercise)
    position = _variant_index(exercise, dose.variant)
    standard = ladder.index(None)
    if position > standard:
        return Step(replace(dose, variant=ladder[position - 1]), "variant")
    if prefer_easier_variant and position == standard and standard > 0:
        return Step(replace(dose, variant=ladder[standard - 1]), "variant")
    name, amount_range, step = _amount_field(exercise)
    amount = getattr(dose, name)
    if amount_range is not None and amount is not None and amount > amount_range.low:
        return Step(replace(dose, **{name: max(amount_range.low, amount - step)}), name)
    if exercise.kind is not Kind.CONTINUOUS and dose.sets > exercise.dosage.sets.low:
        return Step(replace(dose, sets=dose.sets - 1), "sets")
    if position > 0:
        return Step(replace(dose, variant=ladder[position - 1]), "variant")
    return None


# --- suggestions ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """Change ``exercise`` from ``before`` to ``after`` (one variable, ``change``), for ``kind``."""

    kind: CoachKind
    exercise: str
    before: Dose
    after: Dose
    change: str

    @property
    def from_value(self) -> str:
        return _value_text(self.before, self.change)

    @property
    def to_value(self) -> str:
        return _value_text(self.after, self.change)

    def apply(self, program: Program) -> Program:
        return program.with_dose(self.after)


def _value_text(dose: Dose, change: str) -> str:
    value = getattr(dose, change)
    return "" if value is None else str(value)


@dataclass(frozen=True)
class ProgramVersion:
    """A stored program version as the coach sees it: when, why, and the parsed program."""

    at: datetime
    reason: str
    program: Program


@dataclass(frozen=True)
class CoachFacts:
    """What the coach looks at: today, the program and the recent history (the last few weeks is enough).

    ``next_day_checks`` are the pain entries with context "next_day_check"; ``versions`` oldest first.
    """

    today: date
    plan_start: date
    program: Program
    sessions: Sequence[SessionRecord] = ()
    done_sessions: frozenset[str] = frozenset()  # ids of sessions with at least one completed set
    hurts: Sequence[HurtEvent] = ()
    next_day_checks: Sequence[PainEntry] = ()
    answers: Sequence[CoachAnswer] = ()
    versions: Sequence[ProgramVersion] = ()

    @property
    def plan_week(self) -> int:
        return plan_week(self.plan_start, self.today)


@dataclass(frozen=True)
class WeeklyOutcome:
    """The weekly suggestion, or why there is none this week (and the facts behind it, for the words)."""

    reason: WeeklyReason
    suggestion: Suggestion | None = None
    days_last_week: int = 0  # exercise days (model.records.exercise_days)


def _in_week(day: date, monday: date) -> bool:
    return monday <= day <= monday + timedelta(days=6)


def weekly_suggestion(
    facts: CoachFacts, exercises: Mapping[str, Exercise], days_per_week: Range
) -> WeeklyOutcome:
    """From plan week 2 on, once a week: when last week went well, one step up for one exercise.

    "Went well": at least ``days_per_week.low`` exercise days, no "worse for more than 24 h" answer (last week
    or this week so far), no "this hurts", and no session rated too hard. The exercise rotates: the first
    in program order after the one suggested last time that can still go up.
    """
    this_monday = monday_of(facts.today)
    last_monday = this_monday - timedelta(days=7)
    last_week = [
        s
        for s in facts.sessions
        if s.status in COUNTED_STATUSES and _in_week(s.started_at.date(), last_monday)
    ]
    count = len(exercise_days(last_week, facts.done_sessions))
    if facts.plan_week < 2:
        return WeeklyOutcome("start_weeks", days_last_week=count)
    if any(a.kind == "progression" and a.at.date() >= this_monday for a in facts.answers):
        return WeeklyOutcome("already_answered", days_last_week=count)
    if any(v.at.date() >= this_monday for v in facts.versions):
        return WeeklyOutcome("changed_this_week", days_last_week=count)
    if count < days_per_week.low:
        return WeeklyOutcome("few_days", days_last_week=count)
    if any(e.response == "worse_over_24h" and e.at.date() >= last_monday for e in facts.next_day_checks):
        return WeeklyOutcome("after_pain", days_last_week=count)
    if any(_in_week(h.at.date(), last_monday) for h in facts.hurts):
        return WeeklyOutcome("hurt", days_last_week=count)
    if any(s.rating == "too_hard" for s in last_week):
        return WeeklyOutcome("too_hard", days_last_week=count)
    suggestion = _next_progression(facts, exercises)
    if suggestion is None:
        return WeeklyOutcome("top_reached", days_last_week=count)
    return WeeklyOutcome("suggested", suggestion, count)


def _next_progression(facts: CoachFacts, exercises: Mapping[str, Exercise]) -> Suggestion | None:
    doses = [d for d in facts.program.doses if d.exercise in exercises]
    if not doses:
        return None
    previous = [a.exercise for a in facts.answers if a.kind == "progression"]
    ids = [d.exercise for d in doses]
    start = (ids.index(previous[-1]) + 1) if previous and previous[-1] in ids else 0
    for offset in range(len(doses)):
        dose = doses[(start + offset) % len(doses)]
        step = step_up(dose, exercises[dose.exercise])
        if step is not None:
            return Suggestion("progression", dose.exercise, dose, step.dose, step.change)
    return None


# --- the after-pain rule --------------------------------------------------------------------------------


def next_day_check_due(facts: CoachFacts, now: datetime) -> SessionRecord | None:
    """The session to ask about ("how did your back respond in the 24 h after?"), if any.

    The newest session in which exercises were done, once 24 hours have passed since it ended (before that,
    "worse for more than 24 hours" cannot be known yet), within a week, with no next-day answer since. Only
    the newest is ever asked about: when the next session starts sooner, that one's answer covers both.
    """
    done = [
        s
        for s in facts.sessions
        if s.status in COUNTED_STATUSES and s.id in facts.done_sessions and s.started_at <= now
    ]
    if not done:
        return None
    last = max(done, key=lambda s: s.started_at)
    ended = last.ended_at or last.started_at
    if now - ended < AFTER_PAIN_WINDOW or (now - ended).days > NEXT_DAY_CHECK_DAYS:
        return None
    if any(e.at >= ended for e in facts.next_day_checks):
        return None
    return last


def after_pain_step_back(facts: CoachFacts, exercises: Mapping[str, Exercise]) -> Suggestion | None:
    """Worse for more than 24 h: one step back.

    The previous dosage when the last build-up step is recent (undo exactly that step); otherwise one step
    lighter for the last exercise in the program that can still go down (the later exercises of each set
    are the strength exercises, which load the back most).
    """
    undo = _undo_last_progression(facts)
    if undo is not None:
        return undo
    for dose in reversed(facts.program.doses):
        exercise = exercises.get(dose.exercise)
        if exercise is None:
            continue
        step = step_down(dose, exercise)
        if step is not None:
            return Suggestion("after_pain", dose.exercise, dose, step.dose, step.change)
    return None


def _undo_last_progression(facts: CoachFacts) -> Suggestion | None:
    versions = list(facts.versions)
    for index in range(len(versions) - 1, 0, -1):
        version = versions[index]
        if version.reason != "progression":
            continue
        if (facts.today - version.at.date()).days > REVERT_WITHIN_DAYS:
            return None
        before_program = versions[index - 1].program
        for dose in version.program.doses:
            old = before_program.dose_for(dose.exercise)
            current = facts.program.dose_for(dose.exercise)
            if old is None or old == dose or current != dose:
                continue  # not the changed exercise, or changed again since
            change = next(
                f for f in ("variant", "sets", "reps", "seconds") if getattr(old, f) != getattr(dose, f)
            )
            return Suggestion("after_pain", dose.exercise, dose, old, change)
        return None
    return None


# --- "this hurts" ---------------------------------------------------------------------------------------


def hurt_step_backs(
    program: Program, hurt_exercises: Sequence[str], exercises: Mapping[str, Exercise]
) -> list[Suggestion]:
    """Sharp pain during an exercise: next time it starts at the easier variant or a lower dose.

    One suggestion per exercise that hurt (in program order), none for an exercise at its lightest.
    """
    suggestions = []
    for dose in program.doses:
        if dose.exercise not in hurt_exercises or dose.exercise not in exercises:
            continue
        step = step_down(dose, exercises[dose.exercise], prefer_easier_variant=True)
        if step is not None:
            suggestions.append(Suggestion("this_hurts", dose.exercise, dose, step.dose, step.change))
    return suggestions
