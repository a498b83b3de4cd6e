"""Pain trends: the weekly numbers behind the graph and ``rugtimer trends``, and the trend in words. No Qt, no SQL.

Everything is grouped by the ISO week of the LOCAL date (``date.isocalendar()``, never SQLite's ``%W``):
a session at 23:30 on a daylight-saving day, or at 00:30 on a Monday (still Sunday in UTC), belongs to the
day and week the person saw on the clock. The offset stored with each instant is that local time.

Adherence counts days, as the source's "3 to 4 days a week" does (``model.records.exercise_days``): a day
counts when a finished session that started on it has at least one completed set; three sessions on one day
are one day, and a session in which no set was completed counts nowhere. Pain numbers come from every
finished session that carries the rating (a rating before a session that was then stopped is still real).
A session still ``running`` is left out (one left by a crash becomes interrupted at the next start).

This module returns numbers and flags only; the UI and the command line put them into words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from rugtimer.history.psk_store import PskStore
from rugtimer.history.store import HistoryStore
from rugtimer.model import psk
from rugtimer.model.limits import EARLIEST_DATE, LATEST_DATE
from rugtimer.model.records import (
    COUNTED_STATUSES,
    Activity,
    HurtEvent,
    PlanChange,
    SessionRecord,
    SetRecord,
    exercise_days,
)
from rugtimer.model.weeks import monday_of

MEANINGFUL_POINTS: Final = 2.0  # FACTS: minimal important change on the 0-10 NRS ...
MEANINGFUL_FRACTION: Final = 0.30  # ... or 30 % of the baseline
ADHERENCE_WEEKS: Final = 4
PHYSIO_AFTER_WEEKS: Final = 6  # FACTS: see a physiotherapist when complaints last > 6-8 weeks
_EPS: Final = 1e-9  # means of whole numbers: exactly 2 points or 30 % must count despite float rounding


@dataclass(frozen=True, slots=True)
class WeekStats:
    """One ISO week. Pains are None (a gap, never a zero) when nothing was rated that week."""

    iso_year: int
    iso_week: int
    first_date: date  # the Monday
    sessions: int = 0  # finished sessions with at least one completed set
    exercise_days: int = 0  # days with such a session: what the weekly target counts
    rated_sessions: int = 0  # sessions with a pain-before rating
    pain_before_mean: float | None = None
    pain_before_min: int | None = None
    pain_before_max: int | None = None
    pain_after_mean: float | None = None
    hurt_events: int = 0
    plan_changes: int = 0
    activity_minutes: int = 0

    @property
    def label(self) -> str:
        """``YYYY-Www``, the ISO 8601 week notation scripts can sort and parse."""
        return f"{self.iso_year}-W{self.iso_week:02d}"

    @property
    def last_date(self) -> date:
        return self.first_date + timedelta(days=6)


def weekly_stats(
    sessions: Iterable[SessionRecord],
    hurts: Iterable[HurtEvent] = (),
    plan_changes: Iterable[PlanChange] = (),
    activities: Iterable[Activity] = (),
    *,
    sets: Iterable[SetRecord] = (),
    start: date | None = None,
    end: date | None = None,
) -> list[WeekStats]:
    """One entry per ISO week, oldest first, with empty weeks in between kept as gaps; ``sets`` are the
    completed sets that make a session count for adherence.

    The weeks run from the first to the last week with any record (session, "this hurts", plan change,
    activity). ``start``/``end`` (inclusive local dates) drop records outside them and, when given, fix that
    end of the range to the week of ``start``/``end`` (so "the last 12 weeks up to today" shows 12 weeks even
    when the last ones are empty). No record and no bound on a side gives an empty list.
    """
    lo = start.toordinal() if start is not None else None
    hi = end.toordinal() if end is not None else None

    def week_key(day: date) -> int | None:
        """The Monday's ordinal, or None when the day is outside the bounds. Ordinals keep this fast."""
        ordinal = day.toordinal()
        if (lo is not None and ordinal < lo) or (hi is not None and ordinal > hi):
            return None
        return ordinal - day.weekday()

    done_ids = {record.session_id for record in sets}
    counts: dict[int, int] = defaultdict(int)
    days: dict[int, set[date]] = defaultdict(set)
    befores: dict[int, list[int]] = defaultdict(list)
    afters: dict[int, list[int]] = defaultdict(list)
    hurt_counts: dict[int, int] = defaultdict(int)
    plan_counts: dict[int, int] = defaultdict(int)
    minutes: dict[int, int] = defaultdict(int)

    for s in sessions:
        if s.status not in COUNTED_STATUSES:
            continue
        key = week_key(s.started_at.date())  # .date() of an aware datetime: the local date of its offset
        if key is None:
            continue
        counts[key] += s.id in done_ids  # the week exists for any finished session, even an empty one
        days[key] |= exercise_days([s], done_ids)
        if s.pain_before is not None:
            befores[key].append(s.pain_before)
        if s.pain_after is not None:
            afters[key].append(s.pain_after)
    for h in hurts:
        key = week_key(h.at.date())
        if key is not None:
            hurt_counts[key] += 1
    for p in plan_changes:
        key = week_key(p.at.date())
        if key is not None:
            plan_counts[key] += 1
    for a in activities:
        key = week_key(a.date)
        if key is not None:
            minutes[key] += a.minutes

    per_session = {
        key: (
            counts[key],
            len(days[key]),
            len(befores.get(key, ())),
            sum(befores[key]) / len(befores[key]) if befores.get(key) else None,
            min(befores[key]) if befores.get(key) else None,
            max(befores[key]) if befores.get(key) else None,
            sum(afters[key]) / len(afters[key]) if afters.get(key) else None,
        )
        for key in counts
    }
    return _weeks(per_session, hurt_counts, plan_counts, minutes, start=start, end=end)


SessionTotals = tuple[int, int, int, "float | None", "int | None", "int | None", "float | None"]


def _weeks(
    sessions: Mapping[int, SessionTotals],
    hurts: Mapping[int, int],
    plans: Mapping[int, int],
    minutes: Mapping[int, int],
    *,
    start: date | None,
    end: date | None,
) -> list[WeekStats]:
    """Every week from the first to the last (or the bounds' weeks), gaps included, from per-week totals
    keyed by the Monday's ordinal: the one place that turns totals into ``WeekStats``."""
    keys = sessions.keys() | hurts.keys() | plans.keys() | minutes.keys()
    first = monday_of(start).toordinal() if start is not None else min(keys, default=None)
    last = monday_of(end).toordinal() if end is not None else max(keys, default=None)
    if first is None or last is None:
        return []
    empty: SessionTotals = (0, 0, 0, None, None, None, None)
    weeks = []
    for key in range(first, last + 1, 7):
        monday = date.fromordinal(key)
        iso = monday.isocalendar()
        count, days, rated, before_mean, before_min, before_max, after_mean = sessions.get(key, empty)
        weeks.append(
            WeekStats(
                iso_year=iso.year,
                iso_week=iso.week,
                first_date=monday,
                sessions=count,
                exercise_days=days,
                rated_sessions=rated,
                pain_before_mean=before_mean,
                pain_before_min=before_min,
                pain_before_max=before_max,
                pain_after_mean=after_mean,
                hurt_events=hurts.get(key, 0),
                plan_changes=plans.get(key, 0),
                activity_minutes=minutes.get(key, 0),
            )
        )
    return weeks


def load_weekly_stats(
    store: HistoryStore, *, start: date | None = None, end: date | None = None
) -> list[WeekStats]:
    """``weekly_stats`` over what the store holds between ``start`` and ``end`` (local dates, inclusive),
    grouped by SQLite (``HistoryStore.weekly_totals``) instead of record by record.

    Records outside the plausible years (an older RugTimer let an activity dated year 1 in) are left out,
    so they can never stretch the weeks into a hundred thousand empty ones.
    """
    plausible_start = max(start, EARLIEST_DATE) if start is not None else EARLIEST_DATE
    plausible_end = min(end, LATEST_DATE) if end is not None else LATEST_DATE
    totals = store.weekly_totals(plausible_start, plausible_end)
    return _weeks(
        totals.sessions,
        totals.hurt_events,
        totals.plan_changes,
        totals.activity_minutes,
        start=start,
        end=end,
    )


def load_weekly_psk(
    store: HistoryStore, *, start: date | None = None, end: date | None = None
) -> dict[date, psk.PskWeek]:
    """The PSK per ISO week (keyed by its Monday) in [start, end]: each activity's score and the mean.

    Only shown, never judged: no source gives a meaningful change for the PSK (docs/psk.md), so there is
    no verdict beside it, and the coach does not read it."""
    return {week.week: week for week in psk.weekly(PskStore(store).scores(start, end))}


@dataclass(frozen=True, slots=True)
class TrendSummary:
    """The trend in numbers; the UI words it.

    ``change_points`` is current minus baseline (negative = less pain); ``change_percent`` is that change
    relative to the baseline (None when the baseline is 0). None throughout when there is too little data.
    """

    weeks_logged: int  # weeks with at least one pain-before rating
    span_weeks: int  # first to last week with a rating, inclusive (0 when none)
    window_weeks: int  # how many rated weeks make the baseline and the current value (0, 1 or 2)
    baseline: float | None
    current: float | None
    change_points: float | None
    change_percent: float | None
    meaningful_improvement: bool
    days_last_4_weeks: int  # exercise days (``WeekStats.exercise_days``)
    days_per_week: float  # over the last 4 ISO weeks, the current one included
    on_target: bool  # days_per_week reaches the lower end of ``target``
    target: tuple[int, int]  # days a week the plan asks for (plan.toml's days_per_week: 3-4)
    activity_minutes_last_4_weeks: int
    suggest_physio: bool
    first_rated_week: date | None = None  # the Monday of the first week with a rating: where "the start" is


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def is_meaningful_improvement(baseline: float, current: float) -> bool:
    """FACTS: an improvement of at least 2 points or at least 30 % of the baseline (Ostelo et al. 2008)."""
    improvement = baseline - current
    if improvement <= 0:
        return False
    return improvement >= MEANINGFUL_POINTS - _EPS or improvement >= MEANINGFUL_FRACTION * baseline - _EPS


def summarize(weeks: list[WeekStats], today: date, *, target: tuple[int, int]) -> TrendSummary:
    """Baseline (first two rated weeks) against now (last two rated weeks), adherence against ``target`` (the
    plan's days a week, low and high), physio advice.

    With fewer than four rated weeks the two windows would overlap, so each shrinks to half the rated weeks
    (three weeks: the first against the last; one week: no change yet).
    """
    rated = [w for w in weeks if w.pain_before_mean is not None]
    window = min(2, len(rated) // 2)
    baseline = current = change = percent = None
    meaningful = False
    if window:
        baseline = _mean([w.pain_before_mean for w in rated[:window]])  # type: ignore[misc]
        current = _mean([w.pain_before_mean for w in rated[-window:]])  # type: ignore[misc]
        change = current - baseline
        percent = 100.0 * change / baseline if baseline else None
        meaningful = is_meaningful_improvement(baseline, current)
    span = (rated[-1].first_date - rated[0].first_date).days // 7 + 1 if rated else 0

    this_monday = monday_of(today)
    since = this_monday - timedelta(weeks=ADHERENCE_WEEKS - 1)
    recent = [w for w in weeks if since <= w.first_date <= this_monday]
    recent_days = sum(w.exercise_days for w in recent)
    per_week = recent_days / ADHERENCE_WEEKS
    return TrendSummary(
        weeks_logged=len(rated),
        span_weeks=span,
        window_weeks=window,
        baseline=baseline,
        current=current,
        change_points=change,
        change_percent=percent,
        meaningful_improvement=meaningful,
        days_last_4_weeks=recent_days,
        days_per_week=per_week,
        on_target=per_week >= target[0] - _EPS,
        target=target,
        activity_minutes_last_4_weeks=sum(w.activity_minutes for w in recent),
        suggest_physio=span >= PHYSIO_AFTER_WEEKS and not meaningful,
        first_rated_week=rated[0].first_date if rated else None,
    )
