"""This week's count: every finished session of the local ISO week, nothing from the week before or after."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from rugtimer.app.week_progress import week_progress
from rugtimer.history import HistoryStore
from rugtimer.model.records import Activity
from rugtimer.program.library import load_library

TZ = timezone(timedelta(hours=1))


def test_the_week_counts_finished_sessions_of_its_iso_week_only(store: HistoryStore) -> None:
    wednesday = date(2026, 11, 25)
    for day, status in (
        (22, "completed"),
        (23, "stopped"),
        (24, "completed"),
        (25, "interrupted"),
        (30, "completed"),
    ):
        started = datetime(2026, 11, day, 18, tzinfo=TZ)
        session = store.begin_session(started, plan_week=1)
        store.finish_session(session.id, started + timedelta(minutes=20), status)  # type: ignore[arg-type]
    store.begin_session(datetime(2026, 11, 25, 19, tzinfo=TZ), plan_week=1)  # still running: not counted
    store.add_activity(Activity(date=wednesday, kind="walking", minutes=30))
    week = week_progress(store, load_library(), wednesday)
    assert week.done == 3  # Monday 23rd to Wednesday 25th; Sunday 22nd and Monday 30th are other weeks
    assert week.activities.minutes_per_day[2] == 30 and week.target == load_library().plan.days_per_week
