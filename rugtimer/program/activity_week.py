"""One ISO week of walking and cycling against the plan's target ("20–30 min, 3× a week"). Qt-free.

A day counts as an *active day* when the minutes of that local date, all entries together, reach the
lower end of the plan's minutes range (two walks of 10 minutes make one active day of 20). Going over the
upper end is fine: the range says what is enough, not a limit. Only the kinds the plan names count toward
the target; minutes of any other kind are kept apart (``other_minutes``) so nothing logged is lost from view.

Weeks run Monday..Sunday by local date, as ``date.isocalendar()`` numbers them (FACTS: ISO weeks).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from rugtimer.model.records import Activity
from rugtimer.model.weeks import monday_of
from rugtimer.program.exercises import Range
from rugtimer.program.plan import Activity as PlanActivity

DAYS_PER_WEEK: Final = 7
DEFAULT_TARGET: Final = PlanActivity(kinds=("walking", "cycling"), minutes=Range(20, 30), times_per_week=3)
"""The start plan's target, used when a plan has no [activity] table (the seed: 20–30 min, 3× a week)."""


@dataclass(frozen=True, slots=True)
class ActivityWeek:
    """Minutes per day (Monday first) of the counted kinds in one ISO week, and the target they meet."""

    monday: date
    minutes_per_day: tuple[int, ...]
    target_times: int
    target_minutes: Range
    kinds: tuple[str, ...]
    other_minutes: int = 0  # minutes of kinds the plan does not count (e.g. "other")

    def __post_init__(self) -> None:
        if self.monday.weekday() != 0:
            raise ValueError(f"an ISO week starts on a Monday, not on {self.monday:%A} {self.monday}")
        if len(self.minutes_per_day) != DAYS_PER_WEEK:
            raise ValueError(f"expected 7 days of minutes, got {len(self.minutes_per_day)}")

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=i) for i in range(DAYS_PER_WEEK))

    @property
    def label(self) -> str:
        """``YYYY-Www`` like the trends use."""
        iso = self.monday.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_per_day)

    def is_active(self, index: int) -> bool:
        """Day ``index`` (0 = Monday) reaches the lower end of the minutes range."""
        return self.minutes_per_day[index] >= self.target_minutes.low

    @property
    def active_days(self) -> int:
        return sum(1 for minutes in self.minutes_per_day if minutes >= self.target_minutes.low)

    @property
    def goal_reached(self) -> bool:
        return self.active_days >= self.target_times


def _target(plan_activity: PlanActivity | None) -> PlanActivity:
    return plan_activity if plan_activity is not None else DEFAULT_TARGET


def summarize_activity_week(
    activities: Iterable[Activity], monday: date, plan_activity: PlanActivity | None
) -> ActivityWeek:
    """The week starting ``monday`` (any day of the week is moved back to its Monday); entries on other
    dates are ignored, so a caller may pass a longer stretch of history."""
    monday = monday_of(monday)
    target = _target(plan_activity)
    counted = frozenset(target.kinds)
    minutes = [0] * DAYS_PER_WEEK
    other = 0
    first = monday.toordinal()
    for activity in activities:
        index = activity.date.toordinal() - first
        if not 0 <= index < DAYS_PER_WEEK:
            continue
        if activity.kind in counted:
            minutes[index] += activity.minutes
        else:
            other += activity.minutes
    return ActivityWeek(monday, tuple(minutes), target.times_per_week, target.minutes, target.kinds, other)


def summarize_activity_weeks(
    activities: Iterable[Activity], mondays: Sequence[date], plan_activity: PlanActivity | None
) -> list[ActivityWeek]:
    """``summarize_activity_week`` for each of ``mondays`` in one pass over the entries (for the report)."""
    wanted = {monday_of(monday) for monday in mondays}
    by_week: dict[date, list[Activity]] = {monday: [] for monday in wanted}
    for activity in activities:
        bucket = by_week.get(monday_of(activity.date))
        if bucket is not None:
            bucket.append(activity)
    return [summarize_activity_week(by_week[monday_of(m)], m, plan_activity) for m in mondays]


__all__ = ["DEFAULT_TARGET", "ActivityWeek", "summarize_activity_week", "summarize_activity_weeks"]
