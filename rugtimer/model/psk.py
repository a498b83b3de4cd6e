"""The PSK (Patiënt Specifieke Klachten, "Patient-Specific Complaints"): the person's own 3–5 activities,
each scored weekly 0–10 for how hard it was in the past week (0 = no difficulty, 10 = impossible; the same
direction as the pain NRS). Facts, sources and what could not be verified: docs/psk.md.

Qt-free and store-free: the records, their limits, the weekly mean and the change between two weeks. No
verdict on a change: no source we could reach gives a meaningful change for the PSK, so RugTimer only shows
the difference. Not the PSFS (Stratford 1995), which scores the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

from rugtimer.model.errors import InvalidRecordError
from rugtimer.model.limits import date_problem
from rugtimer.model.records import _flag, _set_instant, _uuid, check_int, check_text, new_id
from rugtimer.model.weeks import monday_of

MIN_ACTIVITIES: Final = 3
MAX_ACTIVITIES: Final = 5
"""The manual's 3 to 5 activities (meetinstrumentenzorg.nl)."""
LOWEST: Final = 0
HIGHEST: Final = 10
"""The 11-point NRS: 0 = no difficulty, 10 = impossible."""
MAX_TEXT_CHARS: Final = 120
"""An activity in the person's own words: "sitting through a one-hour meeting", not a paragraph."""


@dataclass(frozen=True, kw_only=True)
class PskActivity:
    """One chosen activity. Changing it ends this one (``ended_at``) and starts a new one at the same
    ``position``, so the old scores keep meaning what they meant."""

    text: str
    position: int
    created_at: datetime
    ended_at: datetime | None = None
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        check_text(self.text, "text", required=True, limit=MAX_TEXT_CHARS)
        object.__setattr__(self, "text", self.text.strip())
        check_int(self.position, "position", 1, MAX_ACTIVITIES)
        _set_instant(self, "created_at")
        if self.ended_at is not None:
            _set_instant(self, "ended_at")
            if self.ended_at < self.created_at:
                raise InvalidRecordError("ended_at is before created_at.", "ended_at")
        _flag(self.is_demo, "is_demo")

    def active_in(self, week: date) -> bool:
        """Whether the activity existed during the ISO week starting ``week`` (a Monday)."""
        started = monday_of(self.created_at.date()) <= week
        return started and (self.ended_at is None or week <= monday_of(self.ended_at.date()))


@dataclass(frozen=True, kw_only=True)
class PskScore:
    """One activity's score for one ISO week (``week`` is its Monday); ``score`` None: skipped that week."""

    activity_id: str
    week: date
    score: int | None
    at: datetime
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _uuid(self.activity_id, "activity_id")
        if type(self.week) is not date:
            raise InvalidRecordError(f"week must be a date; got {self.week!r}.", "week")
        problem = date_problem(self.week)
        if problem:
            raise InvalidRecordError(f"week: {problem}.", "week")
        if self.week.weekday() != 0:
            raise InvalidRecordError(f"week must be a Monday; got {self.week.isoformat()}.", "week")
        check_int(self.score, "score", LOWEST, HIGHEST, optional=True)
        _set_instant(self, "at")
        _flag(self.is_demo, "is_demo")


def week_of(at: datetime) -> date:
    """The ISO week (its Monday) a score entered at ``at`` belongs to: the *local* date's week, so an entry
    at 00:30 on a Monday after a DST change is in the new week, whatever the UTC date."""
    return monday_of(at.date())


def week_label(week: date) -> str:
    """ISO 8601 week text: 2026-12-28 → "2026-W53", 2027-01-04 → "2027-W01"."""
    year, number, _ = week.isocalendar()
    return f"{year}-W{number:02d}"


def selection_problem(texts: Sequence[str]) -> str | None:
    """Why these activity texts cannot be the person's PSK selection (count, empty, too long, twice), or None."""
    cleaned = [t.strip() for t in texts]
    if not MIN_ACTIVITIES <= len(cleaned) <= MAX_ACTIVITIES:
        return f"choose {MIN_ACTIVITIES} to {MAX_ACTIVITIES} activities; got {len(cleaned)}"
    for text in cleaned:
        if not text:
            return "an activity is empty"
        if len(text) > MAX_TEXT_CHARS:
            return f"an activity is longer than {MAX_TEXT_CHARS} characters"
    if len({t.casefold() for t in cleaned}) != len(cleaned):
        return "an activity is listed twice"
    return None


def latest_per_activity(scores: Iterable[PskScore]) -> dict[tuple[str, date], PskScore]:
    """The score that counts for each (activity, week): the newest entry (a re-score replaces the first)."""
    chosen: dict[tuple[str, date], PskScore] = {}
    for score in scores:
        key = (score.activity_id, score.week)
        if key not in chosen or (score.at, score.id) > (chosen[key].at, chosen[key].id):
            chosen[key] = score
    return chosen


def mean(values: Iterable[int | None]) -> float | None:
    """The mean of the scored values (a skipped one does not count), or None when none was scored."""
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored) if scored else None


@dataclass(frozen=True)
class PskWeek:
    """One ISO week: each activity's score (None: skipped) and their mean."""

    week: date
    scores: dict[str, int | None]
    mean: float | None


def weekly(scores: Iterable[PskScore]) -> list[PskWeek]:
    """Every week with at least one entry, oldest first."""
    by_week: dict[date, dict[str, int | None]] = {}
    for (activity_id, week), score in sorted(latest_per_activity(scores).items(), key=lambda kv: kv[0][1]):
        by_week.setdefault(week, {})[activity_id] = score.score
    return [PskWeek(week, values, mean(values.values())) for week, values in sorted(by_week.items())]


@dataclass(frozen=True)
class PskChange:
    """The mean from one scored week to another, without a verdict. ``difference`` < 0: easier now."""

    first_week: date
    last_week: date
    first: float
    last: float

    @property
    def difference(self) -> float:
        return self.last - self.first


def change(weeks: Sequence[PskWeek]) -> PskChange | None:
    """From the first to the last week with a mean; None with fewer than two such weeks."""
    scored = [w for w in weeks if w.mean is not None]
    if len(scored) < 2:
        return None
    first, last = scored[0], scored[-1]
    return PskChange(first.week, last.week, first.mean, last.mean)  # type: ignore[arg-type]


def check_in_due(today: date, activities: Iterable[PskActivity], scores: Iterable[PskScore]) -> bool:
    """The weekly check-in is due when activities are chosen and this ISO week has no entry (a score or a
    skip) for any of them yet. Asked on the first session of the week, never in the way of starting it."""
    active = {a.id for a in activities if a.ended_at is None}
    if not active:
        return False
    week = monday_of(today)
    return not any(s.week == week and s.activity_id in active for s in scores)


def previous_scores(week: date, scores: Iterable[PskScore]) -> dict[str, int]:
    """Each activity's most recent score before ``week`` (shown while scoring, as the manual allows)."""
    newest: dict[str, tuple[date, int]] = {}
    for (activity_id, when), score in latest_per_activity(scores).items():
        if (
            when < week
            and score.score is not None
            and (activity_id not in newest or when > newest[activity_id][0])
        ):
            newest[activity_id] = (when, score.score)
    return {activity_id: value for activity_id, (_, value) in newest.items()}
