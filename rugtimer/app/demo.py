"""A plausible, clearly marked demo history, so a new user can preview every screen (and for screenshots and
benchmarks). Qt-free.

Everything it writes has ``is_demo=True`` (sets belong to their demo session) and sessions carry the note
"demo". The same seed, number of weeks and ``today`` give the same content (dates, pains, sets, notes), but
every record gets a fresh random id, like a real user's: two demo folders then merge by ``rugtimer import``
as two laptops do, instead of colliding on shared ids. So a second run into the same store adds a second
demo; ``rugtimer demo`` refuses a folder that already holds one. It never touches a history that holds real
records.

The program follows the app's own model: the floor start plan is chosen on the first day, and every few
weeks the coach suggests a few more (or, now and then, fewer) repetitions and the person accepts, stored as
the app stores it (coach answer, new program version, plan change with the codes the UI translates). The
sets of every session are the doses of the program in use, so the history, the program and the report agree.

The PSK ("What you want to do again", docs/psk.md): four activities chosen after the first week, scored at
the first session of every later week, slowly easier with noise, now and then a week skipped. They come
from a generator of their own (seeded from ``seed``), so adding them left every other record of a seed as
it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from rugtimer.history.errors import HistoryError
from rugtimer.history.psk_store import PskStore
from rugtimer.history.store import HistoryStore
from rugtimer.model.limits import EARLIEST_DATE
from rugtimer.model.psk import PskScore, week_of
from rugtimer.model.records import (
    Activity,
    ActivityKind,
    CoachAnswer,
    CoachKind,
    HurtEvent,
    PlanChange,
    ProgramRecord,
    Rating,
    SessionRecord,
    SessionStatus,
    SetRecord,
    new_id,
)
from rugtimer.model.weeks import monday_of
from rugtimer.program.coach import REPS_STEP
from rugtimer.program.exercises import Sides
from rugtimer.program.library import Library, load_library
from rugtimer.program.program import Program, program_to_toml, start_program

MAX_WEEKS: Final = 1300  # 25 years; a record may not begin before 2000-01-01 (model.limits) anyway
DEMO_NOTE: Final = "demo"
_TZ_NAME: Final = "Europe/Amsterdam"  # real DST changes, so the demo exercises the local-date rules
_START_TIME: Final = time(6, 45)  # the start plan is chosen before the first session (the earliest is 07:00)
_STEP_BACK_CHANCE: Final = 0.2  # of a week with a change: worse for more than 24 h, one step back
_START_PAIN: Final = 6.0
_END_PAIN: Final = 3.0
# Plausible local start times: mornings, lunch, evenings, and now and then late (23:xx).
_START_TIMES: Final = (
    (7, 0),
    (7, 30),
    (8, 15),
    (12, 30),
    (17, 45),
    (19, 0),
    (19, 30),
    (20, 15),
    (21, 0),
    (23, 30),
)


# The person's own words, in the language of the demo; (start, end) difficulty 0-10 over the whole demo.
_PSK_TEXTS: Final = {
    "nl": ("Sokken aantrekken", "Een vergadering uitzitten", "Mijn kind optillen", "Half uur tuinieren"),
    "en": ("Putting on socks", "Sitting through a meeting", "Lifting my child", "Half an hour of gardening"),
}
_PSK_COURSE: Final = ((7.0, 3.0), (6.0, 3.5), (8.0, 4.5), (7.0, 5.0))
_PSK_SKIP_CHANCE: Final = 0.08


class DemoRefused(HistoryError):  # noqa: N818 - the name the brief and the UI use
    """The history already holds real records; the demo would mix with them, so nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            "This data folder already holds a real history; the demo history is only for an empty folder. "
            "Nothing was changed."
        )


@dataclass(frozen=True, slots=True)
class DemoCounts:
    """What ``fill_demo`` wrote."""

    sessions: int = 0
    interrupted: int = 0
    stopped: int = 0
    sets: int = 0
    hurt_events: int = 0
    plan_changes: int = 0
    activities: int = 0
    programs: int = 0
    coach_answers: int = 0
    psk_scores: int = 0
    first_date: date | None = None
    last_date: date | None = None


@dataclass
class _Counter:
    sessions: int = 0
    interrupted: int = 0
    stopped: int = 0
    sets: int = 0
    hurt_events: int = 0
    plan_changes: int = 0
    activities: int = 0
    programs: int = 0
    coach_answers: int = 0
    psk_scores: int = 0
    first_date: date | None = None
    last_date: date | None = None


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


def demo_start(weeks: int, today: date) -> date:
    """The Monday a demo of ``weeks`` weeks ending yesterday begins; ValueError when the number of weeks is
    outside 1..MAX_WEEKS or the demo would begin before 2000 (no record may: ``model.limits``)."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be from 1 to {MAX_WEEKS}; got {weeks}.")
    first_monday = monday_of(today - timedelta(days=1)) - timedelta(weeks=weeks - 1)
    if first_monday <= EARLIEST_DATE:  # its first record (the start plan) is dated before that Monday
        raise ValueError(
            f"{weeks} weeks before {today} would begin on {first_monday}, before {EARLIEST_DATE}; choose fewer."
        )
    return first_monday


def fill_demo(
    store: HistoryStore,
    weeks: int,
    *,
    today: date,
    seed: int = 7,
    library: Library | None = None,
    language: str = "nl",
) -> DemoCounts:
    """Write ``weeks`` ISO weeks of demo history ending yesterday (nothing lies in the future), in one batch.

    The last week is the ISO week of yesterday (partly filled when that is mid-week). Raises DemoRefused
    when the store holds real history, ValueError for a number of weeks outside 1..MAX_WEEKS. ``library``
    defaults to the shipped exercise library (pass one to save loading it again). ``language`` ("nl" or
    "en") is the language the demo person writes their PSK activities in.
    """
    first_monday = demo_start(weeks, today)
    if store.has_real_history():
        raise DemoRefused
    last_day = today - timedelta(days=1)
    writer = _Writer(store, random.Random(seed), library or load_library())
    rng = writer.rng
    first_days: list[datetime] = []
    with store.batch():
        writer.start(datetime.combine(first_monday, _START_TIME, tzinfo=writer.tz))
        for index in range(weeks):
            monday = first_monday + timedelta(weeks=index)
            progress = index / (weeks - 1) if weeks > 1 else 0.0
            week_pain = _START_PAIN + (_END_PAIN - _START_PAIN) * progress + rng.gauss(0, 0.6)
            days = [monday + timedelta(days=d) for d in range(7) if monday + timedelta(days=d) <= last_day]
            wanted = min(len(days), rng.randint(2, 5))
            # Like the app's coach: the week's change is asked and answered right before its first session,
            # and a step up only follows a good week (docs: at least 3 sessions, nothing hurt or too hard).
            # A change the coach held back waits for the next good week.
            writer.change_due = bool(index and index % 4 == 0 and rng.random() < 0.8) or writer.change_due
            writer.step_up_allowed = writer.had_a_good_week()
            writer.week_sessions, writer.week_troubled = 0, False
            for number, day in enumerate(sorted(rng.sample(days, wanted))):
                started = writer.session(day, week_pain, plan_week=index + 1)
                if number == 0:
                    first_days.append(started)
            writer.activities(days)
        writer.psk(first_days, random.Random(f"psk-{seed}"), language)
    return DemoCounts(**vars(writer.counter))


class _Writer:
    """Makes and stores the demo records; all content comes from the one seeded generator, ids do not."""

    def __init__(self, store: HistoryStore, rng: random.Random, library: Library) -> None:
        self.store = store
        self.rng = rng
        self.library = library
        self.tz = ZoneInfo(_TZ_NAME)
        self.counter = _Counter()
        self.program = start_program(library.plan, "floor", library.exercises)
        self.plan = self._sets_of(self.program)
        self.change_due = False  # set by the week loop; the week's first session makes the change
        self.step_up_allowed = False  # last week was a good week: the coach may suggest a step up
        self.step_back: bool | None = None  # whether the change that is due is a step back (once drawn)
        self.week_sessions = 0  # sessions done this week, and whether one hurt or felt too hard
        self.week_troubled = False

    def new_id(self) -> str:
        """A uuid4 (``new_id``, as every real record gets), never from the seed: the seed means the content,
        and seeded ids would be the same in every demo folder, so two demos could not be merged by import. It
        still draws (and drops) the 128 bits an id used to take from the seeded generator, so a seed gives the
        same content as when ids came from it (screenshots and benchmarks made with it still match)."""
        self.rng.getrandbits(128)
        return new_id()

    def _sets_of(self, program: Program) -> list[tuple[str, int, str | None, int | None, float | None]]:
        """(exercise, set number, side, reps, seconds) of one whole session of ``program``, in order."""
        plan: list[tuple[str, int, str | None, int | None, float | None]] = []
        for dose in program.doses:
            exercise = self.library.exercises[dose.exercise]
            sides = (None,) if exercise.dosage.sides is Sides.NONE else ("left", "right")
            seconds = None if dose.seconds is None else float(dose.seconds)
            plan += [
                (dose.exercise, n, side, dose.reps, seconds)
                for n in range(1, dose.sets + 1)
                for side in sides
            ]
        return plan

    def _program_record(self, at: datetime, reason: str) -> ProgramRecord:
        text = program_to_toml(self.program, self.library.exercises, comment=DEMO_NOTE)
        return ProgramRecord(id=self.new_id(), at=at, program=text, reason=reason, is_demo=True)

    def start(self, at: datetime) -> None:
        """The floor start plan, chosen on the first day, before the first session."""
        self.counter.programs += self.store.save_program(self._program_record(at, "start"))

    def session(self, day: date, week_pain: float, *, plan_week: int) -> datetime:
        """One session with its sets; some end early (interrupted or stopped), a few with "this hurts".
        Returns when it started."""
        rng, store, counter = self.rng, self.store, self.counter
        hour, minute = rng.choice(_START_TIMES)
        started = datetime.combine(day, time(hour, minute), tzinfo=self.tz)
        if self.change_due:
            self.change_due = not self.plan_change(started - timedelta(minutes=2))
        roll = rng.random()
        status: SessionStatus = "interrupted" if roll < 0.07 else "stopped" if roll < 0.10 else "completed"
        pain_before = _clamp(week_pain + rng.gauss(0, 0.9))
        session_id = self.new_id()
        at = started + timedelta(seconds=rng.randint(60, 120))
        plan = self.plan
        if status != "completed":
            plan = plan[: rng.randint(1, len(plan) - 1)]
        sets = []
        for exercise, number, side, count, seconds in plan:
            at += timedelta(seconds=(seconds or 4.0 * (count or 1)) + rng.randint(20, 50))
            sets.append(
                SetRecord(
                    id=self.new_id(),
                    session_id=session_id,
                    exercise=exercise,
                    set_number=number,
                    side=side,  # type: ignore[arg-type]
                    reps=count,
                    seconds=seconds,
                    completed_at=at,
                )
            )
        hurt = rng.random() < (0.25 if status == "stopped" else 0.03)
        pain_after: int | None = _clamp(
            pain_before + rng.choice((-2, -1, -1, 0, 0, 0, 1)) + (1 if hurt else 0)
        )
        rating: Rating | None = rng.choices(("too_easy", "good", "too_hard"), weights=(2, 7, 1))[0]
        if status == "interrupted" and rng.random() < 0.5:
            pain_after, rating = None, None  # closed later without the after-rating
        record = SessionRecord(
            id=session_id,
            started_at=started,
            ended_at=at + timedelta(seconds=rng.randint(10, 40)),
            status=status,
            plan_week=plan_week,
            pain_before=pain_before,
            pain_after=pain_after,
            rating=rating,
            note=DEMO_NOTE,
            is_demo=True,
        )
        counter.sessions += store.add_session(record)
        self.week_sessions += 1  # every demo session has a completed set, so each is an exercise day
        self.week_troubled = self.week_troubled or hurt or rating == "too_hard"
        counter.interrupted += status == "interrupted"
        counter.stopped += status == "stopped"
        for s in sets:
            counter.sets += store.record_set(s)
        if hurt:
            counter.hurt_events += store.record_hurt(
                HurtEvent(
                    id=self.new_id(),
                    at=sets[-1].completed_at,
                    exercise=sets[-1].exercise,
                    session_id=session_id,
                    note=DEMO_NOTE,
                    is_demo=True,
                )
            )
        counter.first_date = min(counter.first_date or day, day)
        counter.last_date = max(counter.last_date or day, day)
        return started

    def psk(self, first_sessions: list[datetime], rng: random.Random, language: str) -> None:
        """The PSK: chosen at the first session of the second week (Today offers it after the first week),
        then scored right before the first session of each week; slowly easier, with noise."""
        if len(first_sessions) < 2:
            return
        texts = _PSK_TEXTS.get(language, _PSK_TEXTS["nl"])
        table = PskStore(self.store)
        chosen_at = first_sessions[1] - timedelta(minutes=3)
        activities = table.choose(texts, chosen_at, is_demo=True)
        scored = first_sessions[1:]
        skip = False
        for index, started in enumerate(scored):
            progress = index / (len(scored) - 1) if len(scored) > 1 else 0.0
            skip = index > 0 and not skip and rng.random() < _PSK_SKIP_CHANCE  # never two weeks in a row
            at = started - timedelta(minutes=1)
            scores = [
                PskScore(
                    activity_id=activity.id,
                    week=week_of(at),
                    score=None if skip else _clamp(begin + (end - begin) * progress + rng.gauss(0, 0.7)),
                    at=at,
                    is_demo=True,
                )
                for activity, (begin, end) in zip(activities, _PSK_COURSE, strict=True)
            ]
            table.record_week(scores)
            self.counter.psk_scores += len(scores)

    def activities(self, days: list[date]) -> None:
        """Walking (often) and cycling (now and then), 20-45 minutes at an easy pace."""
        for day in days:
            roll = self.rng.random()
            if roll < 0.12:
                kind: ActivityKind = "cycling"
            elif roll < 0.45:
                kind = "walking"
            else:
                continue
            minutes = self.rng.choice((20, 25, 30, 30, 35, 45))
            self.counter.activities += self.store.add_activity(
                Activity(id=self.new_id(), date=day, kind=kind, minutes=minutes, is_demo=True)
            )

    def had_a_good_week(self) -> bool:
        """The coach's "went well" (``program.coach.weekly_suggestion``) for the demo's week: enough exercise
        days, nothing hurt, no session too hard. The demo makes no next-day answers, so that rule is moot."""
        return self.week_sessions >= self.library.plan.days_per_week.low and not self.week_troubled

    def plan_change(self, at: datetime) -> bool:
        """The coach's suggestion, accepted: mostly a few more reps ("progression", within the exercise's
        range, and only after a good week), now and then a few fewer ("after_pain": worse for more than 24 h).
        Stored like the app does:
        the answer, the new program version and its plan change. Nothing when no exercise can move (at the
        top of every range the coach has no build-up step left to suggest). False when the coach holds the
        program this week (a step up after a week that did not go well), so the change waits."""
        rng = self.rng
        if self.step_back is None:  # drawn once per change, so one that waits stays what it was
            self.step_back = rng.random() < _STEP_BACK_CHANCE
        step_back = self.step_back
        if not step_back and not self.step_up_allowed:
            return False  # after a week that hurt, felt too hard or had too few sessions
        self.step_back = None
        movable = []
        for dose in self.program.doses:
            reps = self.library.exercises[dose.exercise].dosage.reps
            if (
                dose.reps is not None
                and reps is not None
                and (dose.reps > reps.low if step_back else dose.reps < reps.high)
            ):
                movable.append((dose, dose.reps, reps.low, reps.high))
        if not movable:
            return True
        dose, old, low, high = rng.choice(movable)
        new = max(low, old - REPS_STEP) if step_back else min(high, old + REPS_STEP)
        kind: CoachKind = "after_pain" if step_back else "progression"
        self.program = self.program.with_dose(replace(dose, reps=new))
        self.plan = self._sets_of(self.program)
        answer = CoachAnswer(
            id=self.new_id(),
            at=at,
            kind=kind,
            exercise=dose.exercise,
            change="reps",
            from_value=str(old),
            to_value=str(new),
            answer="accepted",
            is_demo=True,
        )
        change = PlanChange(
            id=self.new_id(),
            at=at,
            exercise=dose.exercise,
            change="reps",
            from_value=str(old),
            to_value=str(new),
            reason=kind,
            is_demo=True,
        )
        self.counter.coach_answers += self.store.add_coach_answer(answer)
        if self.store.save_program(self._program_record(at, kind), (change,)):
            self.counter.programs += 1
            self.counter.plan_changes += 1
        return True
