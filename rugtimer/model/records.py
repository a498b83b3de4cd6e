"""The records the history store keeps: frozen dataclasses, validated when they are made.

Validating at construction makes a bad value fail where it is created (in the UI or an importer), not
later inside a transaction. Instants are timezone-aware ``datetime`` objects, truncated to whole
milliseconds so what is stored (``2026-11-25T19:00:00.250+01:00``) reads back equal to the record.

Every record has a UUID text id made when the record is made: the UI keeps an unsaved record and retries
with the very same object, so a set is never stored twice, and histories of two laptops merge by id.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Final, Literal, TypeVar

from rugtimer.model.errors import InvalidRecordError
from rugtimer.model.limits import (
    MAX_ACTIVITY_MINUTES,
    MAX_NOTE_CHARS,
    MAX_PLAN_WEEK,
    MAX_PROGRAM_CHARS,
    MAX_REPS,
    MAX_SET_NUMBER,
    MAX_SET_SECONDS,
    MAX_SHORT_CHARS,
    MIN_ACTIVITY_MINUTES,
    date_problem,
    instant_problem,
    text_problem,
)

SessionStatus = Literal["running", "completed", "interrupted", "stopped"]
Rating = Literal["too_easy", "good", "too_hard"]
Side = Literal["left", "right"]
PainContext = Literal["next_day_check", "manual"]
NextDayResponse = Literal["better_or_same", "stiff_gone_within_day", "worse_over_24h"]
ActivityKind = Literal["walking", "cycling", "other"]
CoachKind = Literal["progression", "after_pain", "this_hurts"]
CoachAnswerValue = Literal["accepted", "declined"]

_R = TypeVar("_R")

STATUSES: Final = ("running", "completed", "interrupted", "stopped")
FINISHED_STATUSES: Final = ("completed", "interrupted", "stopped")
COUNTED_STATUSES: Final = frozenset(FINISHED_STATUSES)
"""The sessions whose ratings count in the trends: every finished one (adherence: ``exercise_days``)."""
RATINGS: Final = ("too_easy", "good", "too_hard")
SIDES: Final = ("left", "right")
PAIN_CONTEXTS: Final = ("next_day_check", "manual")
NEXT_DAY_RESPONSES: Final = ("better_or_same", "stiff_gone_within_day", "worse_over_24h")
ACTIVITY_KINDS: Final = ("walking", "cycling", "other")
COACH_KINDS: Final = ("progression", "after_pain", "this_hurts")
COACH_ANSWERS: Final = ("accepted", "declined")


# The canonical text form str(uuid.UUID(...)) gives; a regex is ~5x faster than parsing every id read back.
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def new_id() -> str:
    """A random UUID as text: unique across laptops without coordination."""
    return str(uuid.uuid4())


# --- instants -------------------------------------------------------------------------------------------


def normalize_instant(value: object, name: str) -> datetime:
    """Check that ``value`` is an aware, plausible datetime (2000 .. now + 1 day) and truncate it to
    milliseconds (what is stored)."""
    if not isinstance(value, datetime):
        raise InvalidRecordError(f"{name} must be a datetime, not {type(value).__name__}.", name)
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidRecordError(
            f"{name} must be timezone-aware (e.g. datetime.now().astimezone()); "
            f"got naive {value.isoformat()}.",
            name,
        )
    problem = instant_problem(value)
    if problem:
        raise InvalidRecordError(f"{name}: {problem}.", name)
    return value.replace(microsecond=value.microsecond - value.microsecond % 1000)


def instant_columns(value: datetime) -> tuple[str, str, str]:
    """The three stored forms of one instant, derived in this one place.

    - local text with its UTC offset (what the user saw; exported as is),
    - a fixed-width UTC text that sorts chronologically (for ORDER BY),
    - the local date (for grouping by day and ISO week; an entry at 23:30 stays in its own day).
    """
    utc = value.astimezone(UTC)
    return (
        value.isoformat(timespec="milliseconds"),
        utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z",
        value.date().isoformat(),
    )


def parse_instant(text: str) -> datetime:
    """The stored local text back to an aware datetime (with its original offset)."""
    return datetime.fromisoformat(text)


def trusted(cls: type[_R], **fields: object) -> _R:
    """Build a record from a row the database already checked (its CHECK constraints mirror the
    validation), skipping ``__post_init__``: reading years of sets stays fast."""
    record = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(record, name, value)
    return record


# --- small validators -----------------------------------------------------------------------------------


def check_int(value: object, name: str, low: int, high: int | None = None, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if type(value) is not int:
        raise InvalidRecordError(f"{name} must be a whole number, not {value!r}.", name)
    if value < low or (high is not None and value > high):
        span = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise InvalidRecordError(f"{name} must be {span}; got {value}.", name)


def check_choice(value: object, name: str, choices: tuple[str, ...], *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if value not in choices:
        raise InvalidRecordError(f"{name} must be one of {', '.join(choices)}; got {value!r}.", name)


def check_text(
    value: object,
    name: str,
    *,
    required: bool = False,
    optional: bool = False,
    limit: int = MAX_NOTE_CHARS,
) -> None:
    """Text that can be stored and shown: within ``limit``, no NUL, valid Unicode (``limits.text_problem``)."""
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise InvalidRecordError(f"{name} must be text, not {type(value).__name__}.", name)
    if required and not value.strip():
        raise InvalidRecordError(f"{name} must not be empty.", name)
    problem = text_problem(value, limit)
    if problem:
        raise InvalidRecordError(f"{name} {problem}.", name)


def _uuid(value: object, name: str, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise InvalidRecordError(f"{name} must be a UUID text, not {type(value).__name__}.", name)
    if not _UUID_TEXT.match(value):
        raise InvalidRecordError(f"{name} must be a lowercase UUID like {new_id()}; got {value!r}.", name)


def _flag(value: object, name: str) -> None:
    if type(value) is not bool:
        raise InvalidRecordError(f"{name} must be True or False, not {value!r}.", name)


def _set_instant(record: object, name: str) -> None:
    object.__setattr__(record, name, normalize_instant(getattr(record, name), name))


# --- records --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class SessionRecord:
    """One exercise session. ``ended_at`` is None exactly while ``status`` is 'running'."""

    started_at: datetime
    plan_week: int
    status: SessionStatus = "running"
    ended_at: datetime | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    rating: Rating | None = None
    note: str = ""
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _set_instant(self, "started_at")
        check_int(self.plan_week, "plan_week", 1, MAX_PLAN_WEEK)
        check_choice(self.status, "status", STATUSES)
        if self.ended_at is not None:
            _set_instant(self, "ended_at")
            if self.ended_at < self.started_at:
                raise InvalidRecordError(
                    f"ended_at {self.ended_at.isoformat()} is before started_at "
                    f"{self.started_at.isoformat()}.",
                    "ended_at",
                )
        if (self.status == "running") != (self.ended_at is None):
            raise InvalidRecordError(
                "ended_at must be empty exactly while the session is running.", "ended_at"
            )
        check_int(self.pain_before, "pain_before", 0, 10, optional=True)
        check_int(self.pain_after, "pain_after", 0, 10, optional=True)
        check_choice(self.rating, "rating", RATINGS, optional=True)
        check_text(self.note, "note")
        _flag(self.is_demo, "is_demo")


@dataclass(frozen=True, kw_only=True)
class SetRecord:
    """One completed set, saved the moment it completes."""

    session_id: str
    exercise: str
    set_number: int
    completed_at: datetime
    side: Side | None = None
    reps: int | None = None
    seconds: float | None = None
    variant: str | None = None  # the variant done (an id from the exercise file); None: the exercise itself
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _uuid(self.session_id, "session_id")
        check_text(self.variant, "variant", optional=True, required=True, limit=MAX_SHORT_CHARS)
        check_text(self.exercise, "exercise", required=True, limit=MAX_SHORT_CHARS)
        check_int(self.set_number, "set_number", 1, MAX_SET_NUMBER)
        _set_instant(self, "completed_at")
        check_choice(self.side, "side", SIDES, optional=True)
        check_int(self.reps, "reps", 0, MAX_REPS, optional=True)
        if self.seconds is not None:
            if type(self.seconds) not in (int, float) or not 0 <= self.seconds <= MAX_SET_SECONDS:
                raise InvalidRecordError(
                    f"seconds must be a number from 0 to {MAX_SET_SECONDS:,}; got {self.seconds!r}.",
                    "seconds",
                )
            object.__setattr__(self, "seconds", float(self.seconds))


@dataclass(frozen=True, kw_only=True)
class HurtEvent:
    """ "This hurts" pressed, during a session (``session_id``) or outside one."""

    at: datetime
    exercise: str | None = None
    session_id: str | None = None
    note: str = ""
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _set_instant(self, "at")
        check_text(self.exercise, "exercise", optional=True, limit=MAX_SHORT_CHARS)
        _uuid(self.session_id, "session_id", optional=True)
        check_text(self.note, "note")
        _flag(self.is_demo, "is_demo")


@dataclass(frozen=True, kw_only=True)
class PainEntry:
    """A pain rating outside a session; ``response`` only for the next-day check."""

    at: datetime
    pain: int
    context: PainContext = "manual"
    note: str = ""
    response: NextDayResponse | None = None
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _set_instant(self, "at")
        check_int(self.pain, "pain", 0, 10)
        check_choice(self.context, "context", PAIN_CONTEXTS)
        check_text(self.note, "note")
        check_choice(self.response, "response", NEXT_DAY_RESPONSES, optional=True)
        if self.response is not None and self.context != "next_day_check":
            raise InvalidRecordError("response is only for a next_day_check pain entry.", "response")
        _flag(self.is_demo, "is_demo")


@dataclass(frozen=True, kw_only=True)
class Activity:
    """Minutes of walking, cycling or another activity on one local date."""

    date: date
    kind: ActivityKind
    minutes: int
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        if type(self.date) is not date:
            raise InvalidRecordError(f"date must be a date (not a datetime); got {self.date!r}.", "date")
        problem = date_problem(self.date)
        if problem:
            raise InvalidRecordError(f"date: {problem}.", "date")
        check_choice(self.kind, "kind", ACTIVITY_KINDS)
        check_int(self.minutes, "minutes", MIN_ACTIVITY_MINUTES, MAX_ACTIVITY_MINUTES)
        _flag(self.is_demo, "is_demo")


@dataclass(frozen=True, kw_only=True)
class PlanChange:
    """One change to the program (what, from, to, why, when)."""

    at: datetime
    exercise: str
    change: str
    from_value: str | None = None
    to_value: str | None = None
    reason: str = ""
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _set_instant(self, "at")
        check_text(self.exercise, "exercise", required=True, limit=MAX_SHORT_CHARS)
        check_text(self.change, "change", required=True, limit=MAX_SHORT_CHARS)
        check_text(self.from_value, "from_value", optional=True, limit=MAX_SHORT_CHARS)
        check_text(self.to_value, "to_value", optional=True, limit=MAX_SHORT_CHARS)
        check_text(self.reason, "reason")
        _flag(self.is_demo, "is_demo")


@dataclass(frozen=True, kw_only=True)
class ProgramRecord:
    """One version of the person's program: the text of a "rugtimer-program" file, and why it changed.

    The history keeps the text, not parsed doses, so an exercise a later version renames or drops never
    makes an old row unreadable; ``rugtimer.program.program`` parses and validates it.
    """

    at: datetime
    program: str
    reason: str
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _set_instant(self, "at")
        check_text(self.program, "program", required=True, limit=MAX_PROGRAM_CHARS)
        check_text(self.reason, "reason", required=True, limit=MAX_SHORT_CHARS)
        _flag(self.is_demo, "is_demo")


@dataclass(frozen=True, kw_only=True)
class CoachAnswer:
    """A suggestion of the coach (one variable of one exercise, from → to) and the person's answer."""

    at: datetime
    kind: CoachKind
    exercise: str
    change: str
    answer: CoachAnswerValue
    from_value: str | None = None
    to_value: str | None = None
    is_demo: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        _uuid(self.id, "id")
        _set_instant(self, "at")
        check_choice(self.kind, "kind", COACH_KINDS)
        check_text(self.exercise, "exercise", required=True, limit=MAX_SHORT_CHARS)
        check_text(self.change, "change", required=True, limit=MAX_SHORT_CHARS)
        check_choice(self.answer, "answer", COACH_ANSWERS)
        check_text(self.from_value, "from_value", optional=True, limit=MAX_SHORT_CHARS)
        check_text(self.to_value, "to_value", optional=True, limit=MAX_SHORT_CHARS)
        _flag(self.is_demo, "is_demo")


def exercise_days(sessions: Iterable[SessionRecord], done_session_ids: Container[str]) -> set[date]:
    """The adherence rule, after the source's "3 to 4 days a week": a day counts when a finished session that
    started on it (local date) has at least one completed set. Three sessions on one day are one day; a
    session without a completed set counts nowhere. ``HistoryStore`` applies the same rule in SQL."""
    return {
        s.started_at.date() for s in sessions if s.status in COUNTED_STATUSES and s.id in done_session_ids
    }
