"""This week so far, for Today and the reminders: the days that count, the target, walking and cycling.

"How many times this week" is counted in exercise days (``model.records.exercise_days``, applied by
``HistoryStore.exercise_days``), the same rule the coach, Progress, the report and ``rugtimer trends`` use.
Qt-free; the clock is the caller's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rugtimer.history.store import HistoryStore
from rugtimer.model.weeks import monday_of
from rugtimer.program.activity_week import ActivityWeek, summarize_activity_week
from rugtimer.program.exercises import Range
from rugtimer.program.library import Library


@dataclass(frozen=True)
class WeekProgress:
    """``done`` exercise days of the ISO week of ``today`` towards ``target`` (the plan's days a week)."""

    today: date
    done: int
    target: Range
    activities: ActivityWeek


def days_this_week(store: HistoryStore, today: date) -> int:
    """Exercise days of ``today``'s ISO week, which count towards the target (raises HistoryError)."""
    monday = monday_of(today)
    return len(store.exercise_days(monday, monday + timedelta(days=6)))


def week_progress(store: HistoryStore, library: Library, today: date) -> WeekProgress:
    """Everything Today shows about this week (raises HistoryError)."""
    monday = monday_of(today)
    activities = store.activities(monday, monday + timedelta(days=6))
    return WeekProgress(
        today,
        days_this_week(store, today),
        library.plan.days_per_week,
        summarize_activity_week(activities, monday, library.plan.activity),
    )
