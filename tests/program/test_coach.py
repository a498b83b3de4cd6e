"""The coach's rules over scripted weeks: build-up, the after-pain rule, "this hurts", missed weeks, the top."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.model.records import CoachAnswer, HurtEvent, PainEntry, SessionRecord
from rugtimer.program.coach import (
    CoachFacts,
    ProgramVersion,
    after_pain_step_back,
    hurt_step_backs,
    next_day_check_due,
    plan_week,
    step_down,
    step_up,
    weekly_suggestion,
)
from rugtimer.program.exercises import Range
from rugtimer.program.library import Library, load_library
from rugtimer.program.plan import Dose
from rugtimer.program.program import Program, start_program

TZ = timezone(timedelta(hours=1))
START = date(2026, 11, 2)  # a Monday: plan week 1 is 2–8 November
DAYS = Range(3, 4)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def at(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=TZ)


def session(day: date, rating: str | None = "good", status: str = "completed") -> SessionRecord:
    return SessionRecord(
        started_at=at(day),
        ended_at=at(day, 19),
        status=status,
        plan_week=1,
        rating=rating,  # type: ignore[arg-type]
    )


def week_of_sessions(monday: date, count: int, **kwargs) -> list[SessionRecord]:
    return [session(monday + timedelta(days=2 * i), **kwargs) for i in range(count)]


def floor(library: Library) -> Program:
    return start_program(library.plan, "floor", library.exercises)


def facts(library: Library, today: date, **kwargs) -> CoachFacts:
    """Facts in which every session had exercises done, unless ``done_sessions`` says otherwise."""
    kwargs.setdefault("program", floor(library))
    kwargs.setdefault("done_sessions", frozenset(s.id for s in kwargs.get("sessions", ())))
    return CoachFacts(today=today, plan_start=START, **kwargs)


# --- plan weeks ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "today", "week"),
    [
        (date(2026, 11, 2), date(2026, 11, 2), 1),
        (date(2026, 11, 2), date(2026, 11, 8), 1),  # Sunday: still week 1
        (date(2026, 11, 2), date(2026, 11, 9), 2),
        (date(2026, 11, 8), date(2026, 11, 9), 2),  # began on a Sunday: Monday is week 2
        (date(2026, 11, 2), date(2027, 1, 4), 10),  # across the new year (ISO weeks)
        (date(2026, 11, 9), date(2026, 11, 2), 1),  # a clock set back never gives week 0
    ],
)
def test_plan_weeks_are_iso_weeks_since_the_start(start: date, today: date, week: int) -> None:
    assert plan_week(start, today) == week


# --- steps ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exercise", "dose", "expected", "change"),
    [
        ("glute_bridge", Dose("glute_bridge", 2, reps=10), Dose("glute_bridge", 2, reps=12), "reps"),
        ("glute_bridge", Dose("glute_bridge", 2, reps=11), Dose("glute_bridge", 2, reps=12), "reps"),
        ("glute_bridge", Dose("glute_bridge", 2, reps=12), Dose("glute_bridge", 3, reps=12), "sets"),
        # the top of the range: the harder variant, starting again at the low end
        (
            "glute_bridge",
            Dose("glute_bridge", 3, reps=12),
            Dose("glute_bridge", 3, reps=8, variant="single_leg"),
            "variant",
        ),
        (
            "glute_bridge",
            Dose("glute_bridge", 3, reps=12, variant="smaller_lift"),
            Dose("glute_bridge", 3, reps=12),
            "variant",
        ),
        (
            "seated_micro_moves",
            Dose("seated_micro_moves", 2, seconds=45),
            Dose("seated_micro_moves", 2, seconds=50),
            "seconds",
        ),
        (
            "ball_plank_light",
            Dose("ball_plank_light", 2, seconds=28),
            Dose("ball_plank_light", 2, seconds=30),
            "seconds",
        ),
        ("knee_rocking", Dose("knee_rocking", 1, seconds=60), Dose("knee_rocking", 1, seconds=90), "seconds"),
        (
            "bird_dog",
            Dose("bird_dog", 3, reps=10),
            Dose("bird_dog", 3, reps=6, variant="arm_and_leg"),
            "variant",
        ),
    ],
)
def test_one_step_up_changes_one_variable(library, exercise, dose, expected, change) -> None:
    step = step_up(dose, library.exercise(exercise))
    assert step is not None
    assert (step.dose, step.change) == (expected, change)


def test_the_hardest_variant_at_the_top_of_every_range_has_no_step_up(library: Library) -> None:
    top = Dose("glute_bridge", 3, reps=12, variant="feet_on_step")
    assert step_up(top, library.exercise("glute_bridge")) is None


@pytest.mark.parametrize(
    ("dose", "prefer_easier", "expected", "change"),
    [
        (Dose("glute_bridge", 2, reps=12), False, Dose("glute_bridge", 2, reps=10), "reps"),
        (
            Dose("glute_bridge", 2, reps=12),
            True,
            Dose("glute_bridge", 2, reps=12, variant="smaller_lift"),
            "variant",
        ),
        (Dose("glute_bridge", 3, reps=8), False, Dose("glute_bridge", 2, reps=8), "sets"),
        (
            Dose("glute_bridge", 2, reps=8),
            False,
            Dose("glute_bridge", 2, reps=8, variant="smaller_lift"),
            "variant",
        ),
        (
            Dose("glute_bridge", 3, reps=8, variant="single_leg"),
            True,
            Dose("glute_bridge", 3, reps=8),
            "variant",
        ),
    ],
)
def test_one_step_down(library, dose, prefer_easier, expected, change) -> None:
    step = step_down(dose, library.exercise("glute_bridge"), prefer_easier_variant=prefer_easier)
    assert step is not None
    assert (step.dose, step.change) == (expected, change)


def test_the_lightest_dose_has_no_step_down(library: Library) -> None:
    lightest = Dose("glute_bridge", 2, reps=8, variant="smaller_lift")
    assert step_down(lightest, library.exercise("glute_bridge")) is None


@given(data=st.data())
def test_steps_stay_within_the_exercise_range_and_up_then_down_is_a_round_trip(data: st.DataObject) -> None:
    library = load_library()
    exercise = data.draw(st.sampled_from(list(library.exercises.values())))
    dosage = exercise.dosage
    sets = (
        data.draw(st.integers(dosage.sets.low, dosage.sets.high))
        if exercise.kind.value != "continuous"
        else 1
    )
    amount_range = dosage.reps or dosage.seconds
    assert amount_range is not None
    amount = data.draw(st.integers(amount_range.low, amount_range.high))
    variant = data.draw(st.sampled_from([None, *(v.id for v in exercise.variants)]))
    dose = Dose(
        exercise.id, sets, **({"reps": amount} if dosage.reps else {"seconds": amount}), variant=variant
    )
    for step in (step_up(dose, exercise), step_down(dose, exercise)):
        if step is None:
            continue
        new = step.dose
        changed = [f for f in ("sets", "reps", "seconds", "variant") if getattr(new, f) != getattr(dose, f)]
        assert step.change in changed
        assert new.sets in dosage.sets or exercise.kind.value == "continuous"
        assert (new.reps or new.seconds) in amount_range


# --- the weekly suggestion over scripted weeks ------------------------------------------------------------


def test_no_suggestion_in_the_first_week(library: Library) -> None:
    outcome = weekly_suggestion(facts(library, START + timedelta(days=5)), library.exercises, DAYS)
    assert outcome.reason == "start_weeks" and outcome.suggestion is None


def test_a_good_first_week_gives_one_step_for_the_first_exercise_that_can_go_up(library: Library) -> None:
    outcome = weekly_suggestion(
        facts(library, date(2026, 11, 9), sessions=week_of_sessions(START, 3)), library.exercises, DAYS
    )
    assert outcome.reason == "suggested" and outcome.days_last_week == 3
    suggestion = outcome.suggestion
    assert suggestion is not None
    assert (suggestion.exercise, suggestion.change, suggestion.from_value, suggestion.to_value) == (
        "knee_rocking",
        "seconds",
        "60",
        "90",
    )
    assert suggestion.apply(floor(library)).dose_for("knee_rocking") == Dose("knee_rocking", 1, seconds=90)


def test_three_sessions_on_one_day_and_empty_sessions_do_not_make_a_good_week(library: Library) -> None:
    one_day = [session(START), session(START), session(START)]
    outcome = weekly_suggestion(facts(library, date(2026, 11, 9), sessions=one_day), library.exercises, DAYS)
    assert (outcome.reason, outcome.days_last_week) == ("few_days", 1)
    three = week_of_sessions(START, 3)
    empty = facts(library, date(2026, 11, 9), sessions=three, done_sessions=frozenset({three[0].id}))
    assert weekly_suggestion(empty, library.exercises, DAYS).days_last_week == 1


@pytest.mark.parametrize(
    ("scenario", "reason"),
    [
        ("two_sessions", "few_days"),
        ("missed_week", "few_days"),
        ("worse_next_day", "after_pain"),
        ("worse_next_day_this_week", "after_pain"),
        ("hurt", "hurt"),
        ("too_hard", "too_hard"),
        ("declined_this_week", "already_answered"),
        ("changed_this_week", "changed_this_week"),
    ],
)
def test_a_week_that_did_not_go_well_gives_no_suggestion(
    library: Library, scenario: str, reason: str
) -> None:
    today = date(2026, 11, 16)  # Monday of plan week 3; last week is 9–15 November
    last_monday = date(2026, 11, 9)
    sessions = week_of_sessions(last_monday, 3)
    extra: dict = {}
    if scenario == "two_sessions":
        sessions = week_of_sessions(last_monday, 2)
    elif scenario == "missed_week":
        sessions = week_of_sessions(START, 4)  # plenty the week before, none last week
    elif scenario == "worse_next_day":
        extra["next_day_checks"] = [
            PainEntry(
                at=at(last_monday + timedelta(days=1), 9),
                pain=6,
                context="next_day_check",
                response="worse_over_24h",
            )
        ]
    elif scenario == "worse_next_day_this_week":
        extra["next_day_checks"] = [
            PainEntry(at=at(today, 8), pain=6, context="next_day_check", response="worse_over_24h")
        ]
    elif scenario == "hurt":
        extra["hurts"] = [HurtEvent(at=at(last_monday + timedelta(days=2)), exercise="bird_dog")]
    elif scenario == "too_hard":
        sessions[1] = replace(sessions[1], rating="too_hard")
    elif scenario == "declined_this_week":
        extra["answers"] = [
            CoachAnswer(
                at=at(today, 9),
                kind="progression",
                exercise="knee_rocking",
                change="seconds",
                answer="declined",
            )
        ]
    elif scenario == "changed_this_week":
        extra["versions"] = [ProgramVersion(at(today, 9), "my_program", floor(library))]
    outcome = weekly_suggestion(facts(library, today, sessions=sessions, **extra), library.exercises, DAYS)
    assert (outcome.reason, outcome.suggestion) == (reason, None)


def test_stiffness_gone_within_a_day_still_counts_as_a_good_week(library: Library) -> None:
    last_monday = date(2026, 11, 9)
    checks = [
        PainEntry(
            at=at(last_monday + timedelta(days=1), 9),
            pain=3,
            context="next_day_check",
            response="stiff_gone_within_day",
        )
    ]
    outcome = weekly_suggestion(
        facts(library, date(2026, 11, 16), sessions=week_of_sessions(last_monday, 4), next_day_checks=checks),
        library.exercises,
        DAYS,
    )
    assert outcome.reason == "suggested"


def test_the_exercise_rotates_after_the_last_suggestion_even_a_declined_one(library: Library) -> None:
    today = date(2026, 11, 16)
    answers = [
        CoachAnswer(
            at=at(date(2026, 11, 9)),
            kind="progression",
            exercise="knee_rocking",
            change="seconds",
            answer="declined",
        )
    ]
    outcome = weekly_suggestion(
        facts(library, today, sessions=week_of_sessions(date(2026, 11, 9), 3), answers=answers),
        library.exercises,
        DAYS,
    )
    assert outcome.suggestion is not None and outcome.suggestion.exercise == "seated_micro_moves"


def test_an_exercise_at_its_top_is_skipped_and_everything_at_the_top_says_so(library: Library) -> None:
    today = date(2026, 11, 16)
    sessions = week_of_sessions(date(2026, 11, 9), 3)
    program = Program(
        (
            Dose("knee_rocking", 1, seconds=120, variant=None),
            Dose("glute_bridge", 2, reps=10),
        )
    )
    knee = library.exercise("knee_rocking")
    top_knee = Dose(
        "knee_rocking",
        1,
        seconds=120,
        variant=knee.variants_at("harder")[-1].id if knee.variants_at("harder") else None,
    )
    program = Program((top_knee, Dose("glute_bridge", 2, reps=10)))
    outcome = weekly_suggestion(
        facts(library, today, sessions=sessions, program=program), library.exercises, DAYS
    )
    assert outcome.suggestion is not None and outcome.suggestion.exercise == "glute_bridge"

    top = Program((top_knee, Dose("glute_bridge", 3, reps=12, variant="feet_on_step")))
    outcome = weekly_suggestion(
        facts(library, today, sessions=sessions, program=top), library.exercises, DAYS
    )
    assert (outcome.reason, outcome.suggestion) == ("top_reached", None)


def test_six_good_weeks_build_up_one_exercise_a_week(library: Library) -> None:
    """Accept every suggestion for six weeks: six changes, each one variable of one exercise."""
    program = floor(library)
    answers: list[CoachAnswer] = []
    sessions: list[SessionRecord] = []
    changed: list[tuple[str, str]] = []
    for week in range(1, 7):
        monday = START + timedelta(weeks=week)
        sessions += week_of_sessions(monday - timedelta(days=7), 3)
        outcome = weekly_suggestion(
            facts(library, monday, sessions=sessions, answers=answers, program=program),
            library.exercises,
            DAYS,
        )
        assert outcome.suggestion is not None, week
        s = outcome.suggestion
        answers.append(
            CoachAnswer(
                at=at(monday, 8), kind="progression", exercise=s.exercise, change=s.change, answer="accepted"
            )
        )
        program = s.apply(program)
        changed.append((s.exercise, s.change))
    assert [e for e, _ in changed] == [
        "knee_rocking",
        "seated_micro_moves",
        "glute_bridge",
        "bird_dog",
        "knee_rocking",
        "seated_micro_moves",
    ]
    assert program.dose_for("glute_bridge") == Dose("glute_bridge", 2, reps=12)
    assert program.dose_for("knee_rocking") == Dose("knee_rocking", 1, seconds=120)


# --- the after-pain rule --------------------------------------------------------------------------------


def test_the_next_day_check_waits_24_hours_after_the_session(library: Library) -> None:
    tuesday = session(date(2026, 11, 10))  # 18:00-19:00

    def due(now: datetime, **kwargs) -> SessionRecord | None:
        kwargs.setdefault("sessions", [tuesday])
        return next_day_check_due(facts(library, now.date(), **kwargs), now)

    assert due(at(date(2026, 11, 10), 23)) is None  # same evening
    assert due(datetime(2026, 11, 11, 9, tzinfo=TZ)) is None  # the next morning, across midnight: 14 h
    assert due(datetime(2026, 11, 11, 18, 59, tzinfo=TZ)) is None  # one minute short of 24 h
    assert due(datetime(2026, 11, 11, 19, 0, tzinfo=TZ)) == tuesday  # 24 h after it ended
    assert due(at(date(2026, 11, 18), 20)) is None  # more than a week ago: nobody remembers
    answered = PainEntry(
        at=at(date(2026, 11, 11), 20), pain=2, context="next_day_check", response="better_or_same"
    )
    assert due(at(date(2026, 11, 12)), next_day_checks=[answered]) is None
    stopped = session(date(2026, 11, 10), status="stopped")
    assert due(at(date(2026, 11, 12)), sessions=[stopped]) == stopped
    assert due(at(date(2026, 11, 12)), sessions=[stopped], done_sessions=frozenset()) is None  # nothing done


def test_a_newer_session_takes_over_the_check(library: Library) -> None:
    tuesday, wednesday = session(date(2026, 11, 10)), session(date(2026, 11, 11))
    now = at(date(2026, 11, 11), 20)  # tuesday's 24 h are over, but wednesday's session came since
    assert next_day_check_due(facts(library, now.date(), sessions=[tuesday, wednesday]), now) is None
    later = at(date(2026, 11, 12), 20)
    assert next_day_check_due(facts(library, later.date(), sessions=[tuesday, wednesday]), later) == wednesday


def test_worse_for_more_than_a_day_undoes_a_recent_build_up_step(library: Library) -> None:
    start = floor(library)
    raised = start.with_dose(Dose("glute_bridge", 2, reps=12))
    versions = [
        ProgramVersion(at(START), "start", start),
        ProgramVersion(at(date(2026, 11, 9), 8), "progression", raised),
    ]
    step = after_pain_step_back(
        facts(library, date(2026, 11, 12), program=raised, versions=versions), library.exercises
    )
    assert step is not None
    assert (step.kind, step.exercise, step.change, step.after) == (
        "after_pain",
        "glute_bridge",
        "reps",
        Dose("glute_bridge", 2, reps=10),
    )


def test_an_old_build_up_step_is_not_undone_but_the_last_exercise_goes_one_step_lighter(
    library: Library,
) -> None:
    start = floor(library)
    raised = start.with_dose(Dose("glute_bridge", 2, reps=12))
    versions = [
        ProgramVersion(at(START), "start", start),
        ProgramVersion(at(START + timedelta(days=1)), "progression", raised),
    ]
    step = after_pain_step_back(
        facts(library, START + timedelta(days=60), program=raised, versions=versions), library.exercises
    )
    assert step is not None
    assert (step.exercise, step.change, step.after) == (
        "bird_dog",
        "variant",
        Dose("bird_dog", 2, reps=6, variant="arm_only"),
    )


def test_a_harder_variant_step_is_undone_as_a_whole(library: Library) -> None:
    before = floor(library).with_dose(Dose("glute_bridge", 3, reps=12))
    after = before.with_dose(Dose("glute_bridge", 3, reps=8, variant="single_leg"))
    versions = [
        ProgramVersion(at(START), "my_program", before),
        ProgramVersion(at(date(2026, 11, 9)), "progression", after),
    ]
    step = after_pain_step_back(
        facts(library, date(2026, 11, 10), program=after, versions=versions), library.exercises
    )
    assert step is not None and step.after == Dose("glute_bridge", 3, reps=12) and step.change == "variant"


# --- "this hurts" ----------------------------------------------------------------------------------------


def test_this_hurts_makes_only_that_exercise_lighter_next_time(library: Library) -> None:
    program = floor(library)
    [step] = hurt_step_backs(program, ["glute_bridge"], library.exercises)
    assert (step.kind, step.after) == ("this_hurts", Dose("glute_bridge", 2, reps=10, variant="smaller_lift"))
    lighter = step.apply(program)
    assert [d for d in lighter.doses if d.exercise != "glute_bridge"] == [
        d for d in program.doses if d.exercise != "glute_bridge"
    ]
    # Already on the easier variant: fewer reps next.
    [again] = hurt_step_backs(lighter, ["glute_bridge"], library.exercises)
    assert again.after == Dose("glute_bridge", 2, reps=8, variant="smaller_lift")
    assert hurt_step_backs(program, ["not_in_program"], library.exercises) == []
