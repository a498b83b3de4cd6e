"""Exercise reminders on chosen weekdays: when the next one is due, and the same plan as an .ics calendar file.

Qt-free. Two ways to be reminded, both built from one ``ReminderSchedule``:
- while RugTimer runs, the tray asks ``next_reminder`` when to pop up next;
- for people who want their own calendar to remind them, ``calendar_text`` writes an iCalendar (RFC 5545)
  file they can import anywhere.

Time zones: ``next_reminder`` works in the time zone of ``now`` (or the ``tz`` you pass). Give it a real
zone (``ZoneInfo``, see ``local_zone``): a fixed offset such as ``datetime.now().astimezone()`` returns does
not know daylight saving time, so a reminder past a clock change would be an hour off (the tray re-computes
at least hourly, which hides most of that, but a real zone is right the first time).
"""

from __future__ import annotations

import contextlib
import math
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rugtimer.atomic_file import write_atomically
from rugtimer.model.words import translate

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # iCalendar BYDAY codes, 0 = Monday
SESSION_MINUTES = 30
MAX_LINE_OCTETS = 75
PRODID = "-//RugTimer//RugTimer reminders//EN"
_UID_NAMESPACE = uuid.UUID("6f1d3c2e-6a57-4d0e-9c1b-52756754696d")

SUMMARY = translate("Reminders", "Back exercises (RugTimer)")
DESCRIPTION = translate(
    "Reminders",
    "Time for your short RugTimer session, calm and at your own pace. Aim for 3 to 4 days a week.\nAfter-pain: a little stiffness until the next day is fine; if it is still worse after 24 hours, take one step back.",
)
ALARM_TEXT = translate("Reminders", "Time for your back exercises")


@dataclass(frozen=True)
class ReminderSchedule:
    """Remind on these weekdays (0 = Monday … 6 = Sunday) at this local wall-clock time."""

    weekdays: frozenset[int]
    at: time

    def __post_init__(self) -> None:
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        if not self.weekdays:
            raise ValueError("a reminder schedule needs at least one weekday")
        if not all(isinstance(d, int) and 0 <= d <= 6 for d in self.weekdays):
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), got {sorted(self.weekdays)}")
        if self.at.tzinfo is not None:
            raise ValueError("the reminder time is a local wall-clock time, without a time zone")


# --- settings text <-> values ("0,2,4" and "18:00": the settings file stores only simple values)


def parse_weekdays(text: str) -> frozenset[int]:
    """ "0,2,4" -> {0, 2, 4}; "" -> empty. Raises ValueError for anything else."""
    if not text.strip():
        return frozenset()
    days = [int(part) for part in text.split(",")]  # int() accepts surrounding spaces
    if any(not 0 <= d <= 6 for d in days):
        raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), got {text!r}")
    return frozenset(days)


def format_weekdays(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def parse_time(text: str) -> time:
    """ "18:00" -> time(18, 0). Raises ValueError for anything but HH:MM within the day."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        raise ValueError(f"expected a time as HH:MM, got {text!r}")
    return time(int(hours), int(minutes))  # ValueError past 23:59


def format_time(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


# --- when


def local_zone() -> tzinfo:
    """The system's named time zone (knows DST) when it can be found, else today's fixed offset."""
    names = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        target = os.readlink("/etc/localtime")
        names.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    with contextlib.suppress(OSError, UnicodeDecodeError):
        names.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in names:
        if name and not name.startswith("/"):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or UTC


def clock_from_ns(clock_ns: Callable[[], int], zone: tzinfo) -> Callable[[], datetime]:
    """An aware ``now()`` from a nanosecond wall clock such as ``time.time_ns`` (or a test's fake)."""
    return lambda: datetime.fromtimestamp(clock_ns() / 1e9, zone)


def local_moment(day: date, at: time, zone: tzinfo) -> datetime:
    """``day`` at wall-clock ``at`` in ``zone``, as a real instant.

    On the spring-forward day a time inside the skipped hour (02:30 in Amsterdam) becomes the same moment
    an hour later on the new clock (03:30); on the fall-back day a time that happens twice counts once, at
    its first occurrence.
    """
    naive = datetime.combine(day, at)
    return naive.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def next_reminder(
    schedule: ReminderSchedule | None, now: datetime, tz: tzinfo | None = None
) -> datetime | None:
    """The first reminder strictly after ``now`` (aware), in ``tz`` or else ``now``'s own zone; None: no schedule."""
    if schedule is None:
        return None
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("next_reminder needs an aware datetime (with a time zone)")
    zone = tz or now.tzinfo
    assert zone is not None
    today = now.astimezone(zone).date()
    for offset in range(8):  # today … the same weekday next week
        day = today + timedelta(days=offset)
        if day.weekday() in schedule.weekdays:
            candidate = local_moment(day, schedule.at, zone)
            if is_after(candidate, now):
                return candidate
    raise AssertionError("unreachable: a weekly schedule has a day within eight days")


def is_after(later: datetime, earlier: datetime) -> bool:
    """Compare as instants. (Python compares two datetimes with the same tzinfo by wall-clock time alone.)"""
    return later.astimezone(UTC) > earlier.astimezone(UTC)


def seconds_until(moment: datetime, now: datetime) -> float:
    """Real seconds from ``now`` to ``moment`` (negative when past), right across a DST change."""
    return (moment.astimezone(UTC) - now.astimezone(UTC)).total_seconds()


def milliseconds_until(moment: datetime, now: datetime, cap_ms: int) -> int:
    """Whole milliseconds to wait (rounded up so a timer never fires early), between 0 and ``cap_ms``."""
    return max(0, min(cap_ms, math.ceil(seconds_until(moment, now) * 1000)))


# --- the calendar file


def escape_text(text: str) -> str:
    """RFC 5545 TEXT: escape backslash, semicolon, comma and newline; drop other control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for char in text:
        if char in "\\;,":
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t" or (ord(char) >= 0x20 and ord(char) != 0x7F):
            out.append(char)
    return "".join(out)


def unescape_text(text: str) -> str:
    out = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append("\n" if following in ("n", "N") else following)
        else:
            out.append(char)
    return "".join(out)


def fold_line(line: str) -> str:
    """Fold one content line into physical lines of at most 75 octets, never splitting a UTF-8 character."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1  # continuation lines start with a space
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def unfold(text: str) -> str:
    """Undo folding: a line break followed by one space or tab joins the lines."""
    return text.replace("\r\n ", "").replace("\r\n\t", "")


def _utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def first_day(schedule: ReminderSchedule, start: date) -> date:
    """The first chosen weekday on or after ``start`` (DTSTART must be an occurrence of its RRULE)."""
    return next(
        start + timedelta(days=n)
        for n in range(7)
        if (start + timedelta(days=n)).weekday() in schedule.weekdays
    )


def calendar_uid(uid_seed: str) -> str:
    """Stable per installation: exporting again updates the same series in calendars that honour UIDs."""
    return f"{uuid.uuid5(_UID_NAMESPACE, uid_seed)}@rugtimer"


def calendar_text(
    schedule: ReminderSchedule,
    language: str,
    start: date,
    uid_seed: str,
    *,
    stamp: datetime | None = None,
) -> str:
    """The schedule as an iCalendar file: one weekly repeating event with an alarm at its start.

    One VEVENT with ``RRULE:FREQ=WEEKLY;BYDAY=…`` rather than one per weekday: the calendar shows a single
    series the user can change or delete in one go, with one UID to update on a new export.
    DTSTART is a floating local time (no TZID): 18:00 stays 18:00 through DST changes and when travelling,
    which is what "remind me at six" means; it also needs no VTIMEZONE block.
    ``stamp`` is the DTSTAMP (now, in UTC, unless a test gives one).
    """
    moment = stamp or datetime.now(UTC)
    begin = datetime.combine(first_day(schedule, start), schedule.at)
    days = ",".join(DAY_CODES[d] for d in sorted(schedule.weekdays))
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{calendar_uid(uid_seed)}",
        f"DTSTAMP:{_utc_stamp(moment)}",
        f"LAST-MODIFIED:{_utc_stamp(moment)}",
        f"DTSTART:{begin.strftime('%Y%m%dT%H%M%S')}",
        f"DURATION:PT{SESSION_MINUTES}M",
        f"RRULE:FREQ=WEEKLY;BYDAY={days}",
        f"SUMMARY:{escape_text(SUMMARY.get(language))}",
        f"DESCRIPTION:{escape_text(DESCRIPTION.get(language))}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:PT0S",
        f"DESCRIPTION:{escape_text(ALARM_TEXT.get(language))}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold_line(line) + "\r\n" for line in lines)


class CalendarWriteError(Exception):
    """The calendar file could not be written; ``path`` and ``reason`` say where and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Could not save the calendar file {path}: {reason}")
        self.path = path
        self.reason = reason


def write_calendar(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 bytes (its CRLFs untouched), all or nothing: temp file + fsync + rename."""
    path = Path(path)
    try:
        write_atomically(path, text.encode("utf-8"), 0o644)
    except OSError as exc:
        raise CalendarWriteError(path, exc.strerror or str(exc)) from exc
