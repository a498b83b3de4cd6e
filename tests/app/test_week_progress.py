"""This week's count: the exercise days of the local ISO week (a finished session with a completed set),
nothing from the week before or after; three sessions on one day are one day, an empty session none."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from rugtimer.app.week_progress import week_progress
from rugtimer.history import HistoryStore
from rugtimer.model.records import Activity
from rugtimer.program.library import load_library
from tests.history.history_helpers import one_set

TZ = timezone(timedelta(hours=1))


def done_session(store: HistoryStore, started: datetime, status: str = "completed", sets: int = 1) -> None:
    session = store.begin_session(started, plan_week=1)
    for number in range(1, sets + 1):
        store.record_set(one_set(session.id, started + timedelta(minutes=number), number))
    store.finish_session(session.id, started + timedelta(minutes=20), status)  # type: ignore[arg-type]


def test_the_week_counts_exercise_days_of_its_iso_week_only(store: HistoryStore) -> None:
    wednesday = date(2026, 11, 25)
    for day, status in (
        (22, "completed"),
        (23, "stopped"),
        (24, "completed"),
        (25, "interrupted"),
        (30, "completed"),
    ):
        done_session(store, datetime(2026, 11, day, 18, tzinfo=TZ), status)
    store.begin_session(datetime(2026, 11, 25, 19, tzinfo=TZ), plan_week=1)  # still running: not counted
    store.add_activity(Activity(date=wednesday, kind="walking", minutes=30))
    week = week_progress(store, load_library(), wednesday)
    assert week.done == 3  # Monday 23rd to Wednesday 25th; Sunday 22nd and Monday 30th are other weeks
    assert week.activities.minutes_per_day[2] == 30 and week.target == load_library().plan.days_per_week


def test_three_sessions_on_one_day_count_as_one_day_and_an_empty_one_as_none(store: HistoryStore) -> None:
    monday = datetime(2026, 11, 23, 8, tzinfo=TZ)
    for hours in (0, 4, 10):
        done_session(store, monday + timedelta(hours=hours))
    done_session(store, monday + timedelta(days=1), status="stopped", sets=0)  # nothing completed
    assert week_progress(store, load_library(), date(2026, 11, 25)).done == 1
