"""Plausibility limits for everything RugTimer stores or reads, and the checks that apply them.

One home for each limit: the records validate with these, the importer reports with these, and the dialogs
set their ranges from these, so a value a dialog accepts is always one the importer accepts again.
The limits are generous for a person and tight for a typo or a hostile file: a set of ``1e308`` seconds or an
activity in the year 1 would otherwise turn a trend table into a hundred thousand empty weeks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Final

EARLIEST_DATE: Final = date(2000, 1, 1)
"""Nothing RugTimer stores is older: the app did not exist, and neither did a history to import."""
EARLIEST_INSTANT: Final = datetime(2000, 1, 1, tzinfo=UTC)
LATEST_YEAR: Final = 2099
"""A record's own bound, without a clock: far enough for any real use, and far from ``datetime``'s year 9999
(where a negative offset overflows)."""
LATEST_DATE: Final = date(LATEST_YEAR, 12, 31)
FUTURE_MARGIN: Final = timedelta(days=1)
"""How far past "now" a record from outside (an import) may lie: a laptop's clock a few hours off, or a time
zone ahead of ours. Checked where a clock is at hand (the importer), not in the records themselves, so records
stay plain values and tests of next year's weeks do not depend on today's date."""

MAX_NOTE_CHARS: Final = 10_000
"""Notes, reasons and other free text a person types."""
MAX_SHORT_CHARS: Final = 200
"""Exercise ids, plan-change kinds and values, reason codes: words, not prose."""
MAX_PROGRAM_CHARS: Final = 100_000
"""A program version's TOML text: a few hundred characters per exercise, with room for long comments."""

MAX_TOML_BYTES: Final = 1_000_000
"""A program file is a few hundred bytes, the whole exercise library some tens of kB: bigger is a mistake."""
MAX_SETTINGS_BYTES: Final = 64 * 1024
"""The settings file holds a dozen short lines."""
MAX_EXPORT_BYTES: Final = 50 * 1024 * 1024
"""A history export: ~40 years of daily sessions is under 30 MB."""

MAX_PLAN_WEEK: Final = 10_000
MAX_SET_NUMBER: Final = 10_000
MAX_REPS: Final = 10_000
MAX_SET_SECONDS: Final = 3 * 60 * 60
"""Three hours of holding or timed work in one set is far past any exercise; a bigger number is an error."""
MIN_ACTIVITY_MINUTES: Final = 1
MAX_ACTIVITY_MINUTES: Final = 600
"""Ten hours: more than any easy walk or ride in one entry."""

MAX_NESTING: Final = 32
"""No RugTimer file nests deeper than 5 levels; a document nested deeper is refused before it is used."""


def instant_problem(value: datetime) -> str | None:
    """Why an aware ``value`` can never be a RugTimer record's time (before 2000, after 2099), or None.

    The year is looked at first, so a year-1 time with a positive offset never reaches UTC arithmetic, which
    would overflow.
    """
    if not EARLIEST_DATE.year <= value.year <= LATEST_YEAR or value < EARLIEST_INSTANT:
        return f"{value.isoformat()} is not between {EARLIEST_DATE.isoformat()} and {LATEST_YEAR}-12-31"
    return None


def date_problem(value: date) -> str | None:
    """Why a local date can never be a RugTimer record's date, or None."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return f"{value.isoformat()} is not between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"
    return None


def future_problem(value: datetime | date, now: datetime) -> str | None:
    """Why ``value`` is too far in the future for data from outside, seen from ``now`` (aware), or None."""
    latest = now + FUTURE_MARGIN
    too_late = value > latest if isinstance(value, datetime) else value > latest.date()
    return f"{value.isoformat()} is in the future (after {latest.date().isoformat()})" if too_late else None


def text_problem(value: str, limit: int = MAX_NOTE_CHARS) -> str | None:
    """Why ``value`` cannot be stored as text (too long, a NUL, a lone surrogate), or None.

    A NUL cuts a text short in C code and in many viewers; a lone surrogate cannot be written as UTF-8, so
    SQLite, an export and a PDF would all fail on it later.
    """
    if len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} are allowed"
    if "\x00" in value:
        return "contains a NUL character (\\u0000)"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains a character that is not valid Unicode (position {exc.start + 1})"
    return None
