"""The walking / cycling week: minutes per day, active days (≥ 20 min a day, entries added up), the 3× target."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.model.limits import MAX_ACTIVITY_MINUTES
from rugtimer.model.records import Activity
from rugtimer.program.activity_week import (
    DEFAULT_TARGET,
    ActivityWeek,
    summarize_activity_week,
    summarize_activity_weeks,
)
from rugtimer.program.exercises import Range
from rugtimer.program.library import load_library
from rugtimer.program.plan import Activity as PlanActivity

MONDAY = date(2026, 11, 23)  # 2026-W48
PLAN = PlanActivity(kinds=("walking", "cycling"), minutes=Range(20, 30), times_per_week=3)


def walk(day: int, minutes: int, kind: str = "walking", monday: date = MONDAY) -> Activity:
    return Activity(date=monday + timedelta(days=day), kind=kind, minutes=minutes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entries", "per_day", "active", "reached"),
    [
        pytest.param([], (0,) * 7, 0, False, id="nothing"),
        pytest.param([walk(0, 30), walk(2, 25), walk(4, 20)], (30, 0, 25, 0, 20, 0, 0), 3, True, id="3x-ok"),
        pytest.param([walk(0, 19), walk(1, 20)], (19, 20, 0, 0, 0, 0, 0), 1, False, id="19-is-not-enough"),
        pytest.param(
            [walk(3, 10), walk(3, 10, "cycling")], (0, 0, 0, 20, 0, 0, 0), 1, False, id="same-day-adds"
        ),
        pytest.param([walk(6, 90)], (0, 0, 0, 0, 0, 0, 90), 1, False, id="one-long-ride-is-one-day"),
        pytest.param(
            [walk(d, 45) for d in range(7)], (45,) * 7, 7, True, id="every-day-over-the-range-still-counts"
        ),
        pytest.param(
            [walk(-1, 30), walk(7, 30), walk(1, 30)], (0, 30, 0, 0, 0, 0, 0), 1, False, id="outside"
        ),
    ],
)
def test_week_summary(entries: list[Activity], per_day: tuple[int, ...], active: int, reached: bool) -> None:
    week = summarize_activity_week(entries, MONDAY, PLAN)
    assert week.minutes_per_day == per_day
    assert week.total_minutes == sum(per_day)
    assert week.active_days == active
    assert week.goal_reached is reached
    assert [week.is_active(i) for i in range(7)] == [m >= 20 for m in per_day]
    assert (week.target_times, week.target_minutes) == (3, Range(20, 30))


def test_kinds_the_plan_does_not_name_are_kept_apart() -> None:
    week = summarize_activity_week([walk(0, 40, "other"), walk(1, 20)], MONDAY, PLAN)
    assert week.minutes_per_day == (0, 20, 0, 0, 0, 0, 0)
    assert week.other_minutes == 40
    assert week.active_days == 1


def test_a_plan_that_counts_other_too() -> None:
    plan = PlanActivity(kinds=("walking", "cycling", "other"), minutes=Range(30, 45), times_per_week=2)
    week = summarize_activity_week([walk(0, 30, "other"), walk(1, 29)], MONDAY, plan)
    assert (week.active_days, week.other_minutes, week.goal_reached) == (1, 0, False)


def test_the_start_plan_is_the_target_and_a_plan_without_one_falls_back_to_it() -> None:
    assert load_library().plan.activity == DEFAULT_TARGET
    assert summarize_activity_week([], MONDAY, None).target_times == 3


@pytest.mark.parametrize(
    ("day", "monday", "label"),
    [
        (date(2020, 12, 31), date(2020, 12, 28), "2020-W53"),
        (date(2021, 1, 3), date(2020, 12, 28), "2020-W53"),
        (date(2021, 1, 4), date(2021, 1, 4), "2021-W01"),
        (date(2024, 12, 30), date(2024, 12, 30), "2025-W01"),
        (date(2026, 3, 29), date(2026, 3, 23), "2026-W13"),  # clocks change that Sunday; still its own week
    ],
)
def test_iso_weeks(day: date, monday: date, label: str) -> None:
    week = summarize_activity_week([Activity(date=day, kind="walking", minutes=25)], day, PLAN)
    assert week.monday == monday
    assert week.label == label
    assert week.days[0] == monday and week.days[-1] == monday + timedelta(days=6)
    assert week.minutes_per_day[day.weekday()] == 25


def test_a_week_must_start_on_a_monday() -> None:
    with pytest.raises(ValueError, match="Monday"):
        ActivityWeek(MONDAY + timedelta(days=1), (0,) * 7, 3, Range(20, 30), ("walking",))
    with pytest.raises(ValueError, match="7 days"):
        ActivityWeek(MONDAY, (0,) * 6, 3, Range(20, 30), ("walking",))


def test_many_weeks_in_one_pass_match_one_by_one() -> None:
    entries = [walk(d, 5 + 7 * (d % 6)) for d in range(-10, 20)]
    mondays = [MONDAY - timedelta(weeks=2), MONDAY, MONDAY + timedelta(weeks=1), MONDAY + timedelta(weeks=5)]
    assert summarize_activity_weeks(entries, mondays, PLAN) == [
        summarize_activity_week(entries, m, PLAN) for m in mondays
    ]


entry = st.builds(
    Activity,
    date=st.dates(min_value=MONDAY - timedelta(days=20), max_value=MONDAY + timedelta(days=20)),
    kind=st.sampled_from(("walking", "cycling", "other")),
    minutes=st.integers(min_value=1, max_value=MAX_ACTIVITY_MINUTES),
)


@given(st.lists(entry, max_size=40))
def test_totals_add_up_and_days_outside_the_week_are_ignored(entries: list[Activity]) -> None:
    week = summarize_activity_week(entries, MONDAY, PLAN)
    inside = [a for a in entries if MONDAY <= a.date <= MONDAY + timedelta(days=6)]
    assert week.total_minutes == sum(a.minutes for a in inside if a.kind != "other")
    assert week.other_minutes == sum(a.minutes for a in inside if a.kind == "other")
    for index, day in enumerate(week.days):
        assert week.minutes_per_day[index] == sum(
            a.minutes for a in inside if a.date == day and a.kind != "other"
        )
    assert 0 <= week.active_days <= 7
    assert week.goal_reached == (week.active_days >= 3)
    # order does not matter, and adding entries outside the week changes nothing
    outside = [a for a in entries if a not in inside]
    assert summarize_activity_week(list(reversed(inside)), MONDAY, PLAN) == week
    assert summarize_activity_week(inside + outside + outside, MONDAY, PLAN) == week
