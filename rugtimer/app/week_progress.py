"""This week so far, for Today and the reminders: the sessions that count, the target, walking and cycling.

One home for "how many times this week", so Today's dots, the reminder's line and (through the same
``COUNTED_STATUSES``) the coach and the trends count alike. Qt-free; the clock is the caller's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import COUNTED_STATUSES
from rugtimer.model.weeks import monday_of
from rugtimer.program.activity_week import ActivityWeek, summarize_activity_week
from rugtimer.program.exercises import Range
from rugtimer.program.library import Library


@dataclass(frozen=True)
class WeekProgress:
    """``done`` sessions of the ISO week of ``today`` towards ``target`` (the plan's days a week)."""

    today: date
    done: int
    target: Range
    activities: ActivityWeek


def sessions_this_week(store: HistoryStore, today: date) -> int:
    """Sessions of ``today``'s ISO week that count towards the target (raises HistoryError)."""
    monday = monday_of(today)
    sessions = store.sessions(monday, monday + timedelta(days=6))
    return sum(1 for s in sessions if s.status in COUNTED_STATUSES)


def week_progress(store: HistoryStore, library: Library, today: date) -> WeekProgress:
    """Everything Today shows about this week (raises HistoryError)."""
    monday = monday_of(today)
    activities = store.activities(monday, monday + timedelta(days=6))
    return WeekProgress(
        today,
        sessions_this_week(store, today),
        library.plan.days_per_week,
        summarize_activity_week(activities, monday, library.plan.activity),
    )
