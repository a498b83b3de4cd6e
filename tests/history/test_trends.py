"""Weekly pain numbers and the trend summary, with exact numbers: ISO weeks across year ends, DST days,
local dates that differ from UTC, gaps, meaningful change at its exact thresholds."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rugtimer.history import Activity, HistoryStore, HurtEvent, PlanChange, SessionRecord
from rugtimer.history.trends import (
    WeekStats,
    is_meaningful_improvement,
    load_weekly_stats,
    summarize,
    weekly_stats,
)
from rugtimer.model.records import SessionStatus, SetRecord
from tests.history.history_helpers import one_set

AMS = ZoneInfo("Europe/Amsterdam")

TARGET = (3, 4)  # the start plan's days a week (plan.toml)


def session(
    when: datetime,
    before: int | None = 5,
    after: int | None = None,
    status: SessionStatus = "completed",
) -> SessionRecord:
    ended = None if status == "running" else when + timedelta(minutes=20)
    return SessionRecord(
        started_at=when, ended_at=ended, status=status, plan_week=1, pain_before=before, pain_after=after
    )


def on(
    day: date, hour: int = 19, minute: int = 0, before: int | None = 5, after: int | None = None
) -> SessionRecord:
    return session(datetime.combine(day, time(hour, minute), tzinfo=AMS), before, after)


def sets_of(sessions: list[SessionRecord]) -> list[SetRecord]:
    """One completed set per session: each counts for adherence."""
    return [one_set(s.id, s.started_at) for s in sessions]


def weekly(sessions: list[SessionRecord], *args, **kwargs) -> list[WeekStats]:
    """``weekly_stats`` of sessions in which exercises were done."""
    return weekly_stats(sessions, *args, sets=sets_of(sessions), **kwargs)


def labels(weeks: list[WeekStats]) -> list[str]:
    return [w.label for w in weeks]


# --- ISO weeks of the local date --------------------------------------------------------------------------


def test_iso_weeks_across_year_ends() -> None:
    weeks = weekly([on(date(2020, 12, 31)), on(date(2021, 1, 3)), on(date(2021, 1, 4))])
    assert labels(weeks) == ["2020-W53", "2021-W01"]
    assert [(w.iso_year, w.iso_week, w.first_date, w.sessions) for w in weeks] == [
        (2020, 53, date(2020, 12, 28), 2),
        (2021, 1, date(2021, 1, 4), 1),
    ]
    (week,) = weekly([on(date(2024, 12, 30))])
    assert (week.label, week.first_date, week.iso_year) == ("2025-W01", date(2024, 12, 30), 2025)


@pytest.mark.parametrize("day", [date(2025, 3, 30), date(2025, 10, 26)])
def test_late_session_on_a_dst_day_stays_on_its_day_and_week(day: date) -> None:
    late = on(day, 23, 30, before=7)  # a Sunday: the next day starts a new ISO week
    assert late.started_at.date() == day
    (week,) = weekly([late])
    assert week.first_date == day - timedelta(days=6)
    assert week.label == f"2025-W{day.isocalendar().week:02d}"
    assert (week.sessions, week.pain_before_mean) == (1, 7.0)


def test_the_local_date_wins_over_the_utc_date() -> None:
    monday = date(2025, 11, 3)
    early = on(monday, 0, 30, before=4)  # 00:30 CET on Monday = 23:30 UTC on Sunday
    assert early.started_at.astimezone(UTC).date() == monday - timedelta(days=1)
    sunday = on(monday - timedelta(days=1), 12, 0, before=8)
    weeks = weekly([early, sunday])
    assert labels(weeks) == ["2025-W44", "2025-W45"]
    assert [(w.sessions, w.pain_before_mean) for w in weeks] == [(1, 8.0), (1, 4.0)]


def test_offset_read_back_from_the_store_keeps_the_local_week(store: HistoryStore) -> None:
    sessions = [
        on(date(2025, 10, 26), 23, 30, before=6),
        session(datetime(2025, 11, 3, 0, 30, tzinfo=timezone(timedelta(hours=1))), before=2),
    ]
    for record in sessions:
        store.add_session(record)
    for record in sets_of(sessions):
        store.record_set(record)
    assert labels(load_weekly_stats(store)) == ["2025-W43", "2025-W44", "2025-W45"]
    assert [w.sessions for w in load_weekly_stats(store)] == [1, 0, 1]


# --- the numbers of a week ------------------------------------------------------------------------------


def test_week_numbers_exact() -> None:
    monday = date(2026, 11, 23)
    sessions = [
        on(monday, before=6, after=4),
        on(monday + timedelta(days=2), before=3, after=None),
        on(monday + timedelta(days=4), before=None, after=2),  # counts, but has no before-rating
        session(datetime.combine(monday, time(8), tzinfo=AMS), before=10, status="running"),  # left out
    ]
    hurts = [HurtEvent(at=datetime.combine(monday, time(19, 10), tzinfo=AMS))]
    plans = [
        PlanChange(at=datetime.combine(monday, time(18), tzinfo=AMS), exercise="bird_dog", change="more_reps")
    ]
    walks = [
        Activity(date=monday, kind="walking", minutes=30),
        Activity(date=monday, kind="cycling", minutes=25),
    ]
    (week,) = weekly(sessions, hurts, plans, walks)
    assert week == WeekStats(
        iso_year=2026,
        iso_week=48,
        first_date=monday,
        sessions=3,
        exercise_days=3,
        rated_sessions=2,
        pain_before_mean=4.5,
        pain_before_min=3,
        pain_before_max=6,
        pain_after_mean=3.0,
        hurt_events=1,
        plan_changes=1,
        activity_minutes=55,
    )
    assert week.last_date == date(2026, 11, 29)


def test_three_sessions_on_one_day_are_one_day_and_an_empty_session_counts_nowhere() -> None:
    monday = date(2026, 11, 23)
    three = [on(monday, 8), on(monday, 12), on(monday, 19)]
    empty = on(monday + timedelta(days=1), before=3)  # stopped before the first set completed
    (week,) = weekly_stats([*three, empty], sets=sets_of(three))
    assert (week.exercise_days, week.sessions, week.rated_sessions) == (1, 3, 4)
    summary = summarize([week], today=monday + timedelta(days=2), target=TARGET)
    assert (summary.days_last_4_weeks, summary.on_target) == (1, False)


@pytest.mark.parametrize("status", ["completed", "stopped", "interrupted"])
def test_every_finished_status_counts(status: SessionStatus) -> None:
    (week,) = weekly([session(datetime(2026, 11, 23, 19, tzinfo=AMS), before=4, status=status)])
    assert (week.sessions, week.pain_before_mean) == (1, 4.0)


def test_gaps_stay_gaps() -> None:
    weeks = weekly([on(date(2026, 1, 5), before=5), on(date(2026, 1, 26), before=3)])
    assert labels(weeks) == ["2026-W02", "2026-W03", "2026-W04", "2026-W05"]
    for gap in weeks[1:3]:
        assert gap.sessions == 0
        assert (
            gap.pain_before_mean is gap.pain_before_min is gap.pain_before_max is gap.pain_after_mean is None
        )


def test_bounds_fix_the_range_and_drop_what_is_outside() -> None:
    sessions = [on(date(2026, 1, 1)), on(date(2026, 1, 14)), on(date(2026, 3, 1))]
    weeks = weekly(sessions, start=date(2026, 1, 5), end=date(2026, 2, 4))
    assert labels(weeks) == ["2026-W02", "2026-W03", "2026-W04", "2026-W05", "2026-W06"]
    assert [w.sessions for w in weeks] == [0, 1, 0, 0, 0]
    assert weekly([]) == []
    assert weekly([], end=date(2026, 1, 1)) == []
    assert len(weekly([], start=date(2026, 1, 1), end=date(2026, 1, 31))) == 5


day_strategy = st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 12, 31))
offsets = st.sampled_from([timezone(timedelta(hours=h)) for h in (-10, -5, 0, 1, 2, 9, 14)])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(day_strategy, st.integers(0, 23), offsets, st.one_of(st.none(), st.integers(0, 10))),
        max_size=40,
    )
)
def test_random_sessions_add_up(data: list[tuple[date, int, timezone, int | None]]) -> None:
    sessions = [session(datetime.combine(d, time(h), tzinfo=tz), before=p) for d, h, tz, p in data]
    weeks = weekly(sessions)
    assert sum(w.sessions for w in weeks) == len(sessions)
    assert sum(w.rated_sessions for w in weeks) == sum(p is not None for *_, p in data)
    assert all((b.first_date - a.first_date).days == 7 for a, b in itertools.pairwise(weeks))
    for w in weeks:
        assert w.first_date.weekday() == 0
        assert w.first_date.isocalendar()[:2] == (w.iso_year, w.iso_week)
        if w.pain_before_mean is None:
            assert w.pain_before_min is None and w.pain_before_max is None
        else:
            assert w.pain_before_min is not None and w.pain_before_max is not None
            assert w.pain_before_min <= w.pain_before_mean <= w.pain_before_max
    for d, _h, _tz, _p in data:  # each local date lands in the week that holds it
        assert any(w.first_date <= d <= w.last_date and w.sessions for w in weeks)


statuses = st.sampled_from(["completed", "stopped", "interrupted", "running"])
pains = st.one_of(st.none(), st.integers(0, 10))


@settings(max_examples=40, deadline=None)
@given(
    sessions=st.lists(
        st.tuples(day_strategy, st.integers(0, 23), offsets, pains, pains, statuses), max_size=30
    ),
    others=st.lists(st.tuples(day_strategy, st.integers(0, 23), offsets, st.integers(1, 90)), max_size=15),
    bounds=st.one_of(st.none(), st.tuples(day_strategy, day_strategy).map(sorted)),
)
def test_the_store_groups_weeks_in_sql_exactly_like_the_records(
    tmp_path_factory, sessions, others, bounds
) -> None:
    """load_weekly_stats (grouped by SQLite) equals weekly_stats (record by record), bounds included."""
    from rugtimer.paths import Paths

    records = [
        session(datetime.combine(d, time(h), tzinfo=tz), before, after, status)
        for d, h, tz, before, after, status in sessions
    ]
    hurts = [HurtEvent(at=datetime.combine(d, time(h), tzinfo=tz)) for d, h, tz, _m in others]
    changes = [
        PlanChange(at=datetime.combine(d, time(h), tzinfo=tz), exercise="glute_bridge", change="reps")
        for d, h, tz, _m in others[::2]
    ]
    walks = [Activity(date=d, kind="walking", minutes=m) for d, _h, _tz, m in others[1::2]]
    done = sets_of([r for i, r in enumerate(records) if i % 3 != 1])  # every third session stays empty
    start, end = bounds if bounds else (None, None)
    with HistoryStore.open(Paths(tmp_path_factory.mktemp("weeks"))) as store:
        for record in records:
            store.add_session(record)
        for done_set in done:
            store.record_set(done_set)
        for hurt in hurts:
            store.record_hurt(hurt)
        for change in changes:
            store.add_plan_change(change)
        for walk in walks:
            store.add_activity(walk)
        from_sql = load_weekly_stats(store, start=start, end=end)
    assert from_sql == weekly_stats(records, hurts, changes, walks, sets=done, start=start, end=end)


# --- the summary ----------------------------------------------------------------------------------------


def weeks_with(
    means: list[float | None], first: date = date(2026, 1, 5), sessions: int = 3
) -> list[WeekStats]:
    return [
        WeekStats(
            iso_year=(first + timedelta(weeks=i)).isocalendar().year,
            iso_week=(first + timedelta(weeks=i)).isocalendar().week,
            first_date=first + timedelta(weeks=i),
            sessions=sessions if m is not None else 0,
            exercise_days=sessions if m is not None else 0,
            rated_sessions=sessions if m is not None else 0,
            pain_before_mean=m,
        )
        for i, m in enumerate(means)
    ]


def test_change_from_the_first_two_to_the_last_two_rated_weeks() -> None:
    summary = summarize(weeks_with([6, None, 7, 5, None, 4, 3]), today=date(2026, 2, 20), target=TARGET)
    assert (summary.baseline, summary.current, summary.window_weeks) == (6.5, 3.5, 2)
    assert summary.change_points == -3.0
    assert summary.change_percent == pytest.approx(-300 / 6.5)
    assert summary.meaningful_improvement
    assert (summary.weeks_logged, summary.span_weeks) == (5, 7)
    assert not summary.suggest_physio


@pytest.mark.parametrize(
    ("baseline", "current", "meaningful"),
    [
        (8, 6, True),  # exactly 2 points (25 %)
        (8.5, 6.75, False),  # 1.75 points, 20.6 %: just below both
        (5, 3.5, True),  # exactly 30 % (1.5 points)
        (5, 3.75, False),  # 25 %: just below
        (10, 8.5, False),  # 1.5 points, 15 %
        (3, 3, False),
        (4, 6, False),  # worse
        (0, 0, False),
    ],
)
def test_meaningful_change_thresholds(baseline: float, current: float, meaningful: bool) -> None:
    assert is_meaningful_improvement(baseline, current) is meaningful
    summary = summarize(
        weeks_with([baseline, baseline, current, current]), today=date(2026, 2, 1), target=TARGET
    )
    assert (summary.baseline, summary.current) == (baseline, current)
    assert summary.meaningful_improvement is meaningful


def rated_weeks(*ratings: tuple[int, ...]) -> list[WeekStats]:
    """Real weekly_stats from sessions with these pain-before ratings, one tuple per week from 2026-W02."""
    monday = date(2026, 1, 5)
    return weekly(
        [
            on(monday + timedelta(weeks=w, days=i), before=p)
            for w, week in enumerate(ratings)
            for i, p in enumerate(week)
        ]
    )


def test_exactly_thirty_percent_from_whole_ratings_despite_float_rounding() -> None:
    # means 7/3 and 13/3 -> baseline 10/3; then 7/3 twice: exactly 30 % (1 point), which plain floats miss
    exact = summarize(
        rated_weeks((2, 2, 3), (4, 4, 5), (2, 2, 3), (2, 2, 3)), today=date(2026, 2, 1), target=TARGET
    )
    assert exact.baseline is not None and exact.current is not None
    assert exact.baseline - exact.current < 0.3 * exact.baseline  # the float trap is real
    assert exact.meaningful_improvement
    below = summarize(
        rated_weeks((2, 2, 3), (4, 4, 5), (2, 3, 3), (2, 2, 3)), today=date(2026, 2, 1), target=TARGET
    )
    assert below.change_percent == pytest.approx(-25.0)
    assert not below.meaningful_improvement


def test_few_weeks_shrink_the_windows() -> None:
    one = summarize(weeks_with([5]), today=date(2026, 1, 6), target=TARGET)
    assert (one.window_weeks, one.baseline, one.change_points, one.meaningful_improvement) == (
        0,
        None,
        None,
        False,
    )
    three = summarize(weeks_with([6, 5, 4]), today=date(2026, 1, 20), target=TARGET)
    assert (three.window_weeks, three.baseline, three.current) == (1, 6, 4)
    assert summarize([], today=date(2026, 1, 1), target=TARGET).span_weeks == 0


def test_suggest_physio_after_six_weeks_without_improvement() -> None:
    assert not summarize(
        weeks_with([5, 5, 5, 5, 5]), today=date(2026, 2, 1), target=TARGET
    ).suggest_physio  # 5 weeks
    six = summarize(weeks_with([5, 5, 5, 5, 5, 5]), today=date(2026, 2, 15), target=TARGET)
    assert (six.span_weeks, six.meaningful_improvement, six.suggest_physio) == (6, False, True)
    gappy = summarize(weeks_with([5, None, None, None, None, 5]), today=date(2026, 2, 15), target=TARGET)
    assert (gappy.span_weeks, gappy.weeks_logged, gappy.suggest_physio) == (6, 2, True)
    better = summarize(weeks_with([6, 6, 5, 5, 4, 4]), today=date(2026, 2, 15), target=TARGET)
    assert (better.meaningful_improvement, better.suggest_physio) == (True, False)


def test_adherence_counts_the_last_four_iso_weeks_up_to_today() -> None:
    weeks = weeks_with([5] * 6, sessions=4)  # W02..W07 2026, 4 sessions each
    today = date(2026, 2, 11)  # a Wednesday in W07
    summary = summarize(weeks, today=today, target=TARGET)
    assert (summary.days_last_4_weeks, summary.days_per_week, summary.on_target) == (16, 4.0, True)
    later = summarize(
        weeks, today=date(2026, 2, 25), target=TARGET
    )  # W09: W06, W07 count, W08 and W09 are empty
    assert (later.days_last_4_weeks, later.days_per_week, later.on_target) == (8, 2.0, False)
    assert summarize(weeks_with([5] * 4, sessions=3), today=date(2026, 1, 26), target=TARGET).on_target
