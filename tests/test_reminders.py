"""Reminders: the next reminder across DST changes, and an .ics file any calendar can import."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.reminders import (
    MAX_LINE_OCTETS,
    CalendarWriteError,
    ReminderSchedule,
    calendar_text,
    calendar_uid,
    clock_from_ns,
    escape_text,
    fold_line,
    format_time,
    format_weekdays,
    local_moment,
    milliseconds_until,
    next_reminder,
    parse_time,
    parse_weekdays,
    seconds_until,
    unescape_text,
    unfold,
    write_calendar,
)

AMS = ZoneInfo("Europe/Amsterdam")
MON_WED_FRI = ReminderSchedule(frozenset({0, 2, 4}), time(18, 0))
STAMP = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)


# --- the schedule and its settings text


def test_a_schedule_needs_valid_days_and_a_local_time() -> None:
    with pytest.raises(ValueError):
        ReminderSchedule(frozenset(), time(18))
    with pytest.raises(ValueError):
        ReminderSchedule(frozenset({7}), time(18))
    with pytest.raises(ValueError):
        ReminderSchedule(frozenset({1}), time(18, tzinfo=UTC))
    assert ReminderSchedule({1, 3}, time(8)).weekdays == frozenset({1, 3})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "days"), [("", set()), ("0,2,4", {0, 2, 4}), (" 6 , 0", {0, 6}), ("3", {3})]
)
def test_weekday_text_parses(text: str, days: set[int]) -> None:
    assert parse_weekdays(text) == frozenset(days)


@pytest.mark.parametrize("text", ["7", "-1", "mo", "1,,2", "1;2", "1.5"])
def test_bad_weekday_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_weekdays(text)


@given(st.frozensets(st.integers(0, 6)))
def test_weekday_text_round_trips(days: frozenset[int]) -> None:
    assert parse_weekdays(format_weekdays(days)) == days


@pytest.mark.parametrize("text", ["24:00", "18", "18:5", "18:60", "a:bc", "", "-1:00", "18:00:00"])
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


def test_times_parse_and_format() -> None:
    assert parse_time("7:05") == time(7, 5)
    assert parse_time("23:59") == time(23, 59)
    assert format_time(time(7, 5)) == "07:05"


# --- the next reminder


def test_next_reminder_is_later_today_or_the_next_chosen_day() -> None:
    monday_noon = datetime(2026, 3, 16, 12, 0, tzinfo=AMS)
    assert next_reminder(MON_WED_FRI, monday_noon) == datetime(2026, 3, 16, 18, 0, tzinfo=AMS)
    monday_six = datetime(2026, 3, 16, 18, 0, tzinfo=AMS)  # strictly after: not this very moment
    assert next_reminder(MON_WED_FRI, monday_six) == datetime(2026, 3, 18, 18, 0, tzinfo=AMS)
    friday_evening = datetime(2026, 3, 20, 19, 0, tzinfo=AMS)
    assert next_reminder(MON_WED_FRI, friday_evening) == datetime(2026, 3, 23, 18, 0, tzinfo=AMS)


def test_one_weekday_comes_back_after_a_week() -> None:
    only_tuesday = ReminderSchedule(frozenset({1}), time(9, 0))
    tuesday_ten = datetime(2026, 3, 17, 10, 0, tzinfo=AMS)
    assert next_reminder(only_tuesday, tuesday_ten) == datetime(2026, 3, 24, 9, 0, tzinfo=AMS)


def test_no_schedule_means_no_reminder_and_naive_times_are_refused() -> None:
    assert next_reminder(None, datetime(2026, 3, 16, tzinfo=AMS)) is None
    with pytest.raises(ValueError):
        next_reminder(MON_WED_FRI, datetime(2026, 3, 16, 12, 0))


def test_spring_forward_keeps_the_wall_clock_time() -> None:
    """Last Sunday of March 2026 (29th): 02:00 → 03:00. Sat 19:00 to Sun 18:00 is 22 real hours."""
    sunday = ReminderSchedule(frozenset({6}), time(18, 0))
    saturday = datetime(2026, 3, 28, 19, 0, tzinfo=AMS)
    due = next_reminder(sunday, saturday)
    assert due is not None
    assert (due.hour, due.minute, due.utcoffset()) == (18, 0, timedelta(hours=2))
    assert seconds_until(due, saturday) == 22 * 3600  # 23 hours on the clock, one skipped
    assert due.astimezone(UTC) == datetime(2026, 3, 29, 16, 0, tzinfo=UTC)


def test_fall_back_keeps_the_wall_clock_time() -> None:
    """Last Sunday of October 2026 (25th): 03:00 → 02:00. Sat 19:00 to Sun 18:00 is 24 real hours."""
    sunday = ReminderSchedule(frozenset({6}), time(18, 0))
    saturday = datetime(2026, 10, 24, 19, 0, tzinfo=AMS)
    due = next_reminder(sunday, saturday)
    assert due is not None
    assert (due.hour, due.utcoffset()) == (18, timedelta(hours=1))
    assert seconds_until(due, saturday) == 24 * 3600  # 23 hours on the clock, one doubled


def test_a_time_in_the_skipped_hour_moves_forward_and_a_doubled_hour_counts_once() -> None:
    gap = local_moment(date(2026, 3, 29), time(2, 30), AMS)
    assert (gap.hour, gap.minute, gap.utcoffset()) == (3, 30, timedelta(hours=2))
    twice = ReminderSchedule(frozenset({6}), time(2, 30))
    first = next_reminder(twice, datetime(2026, 10, 25, 1, 0, tzinfo=AMS))
    assert first is not None and first.utcoffset() == timedelta(hours=2)  # the first 02:30 (summer time)
    # After the first 02:30 has passed, the second 02:30 (an hour later, winter time) is NOT a new reminder.
    just_after = (first.astimezone(UTC) + timedelta(minutes=1)).astimezone(AMS)
    again = next_reminder(twice, just_after)
    assert again is not None and again.date() == date(2026, 11, 1)


def test_the_zone_argument_overrides_a_fixed_offset_now() -> None:
    """datetime.now().astimezone() gives a fixed +01:00 that does not know the March change; tz= fixes that."""
    fixed = datetime(2026, 3, 28, 19, 0, tzinfo=timezone(timedelta(hours=1)))
    sunday = ReminderSchedule(frozenset({6}), time(18, 0))
    naive_guess = next_reminder(sunday, fixed)
    right = next_reminder(sunday, fixed, tz=AMS)
    assert naive_guess is not None and right is not None
    assert seconds_until(naive_guess, right) == 3600  # the fixed offset would remind an hour late
    assert right.astimezone(UTC) == datetime(2026, 3, 29, 16, 0, tzinfo=UTC)


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(AMS)),
    st.frozensets(st.integers(0, 6), min_size=1),
    st.times(),
)
def test_the_next_reminder_is_soon_after_now_on_a_chosen_day(
    now: datetime, days: frozenset[int], at: time
) -> None:
    due = next_reminder(ReminderSchedule(days, at.replace(microsecond=0)), now)
    assert due is not None
    assert 0 < seconds_until(due, now) <= 7 * 24 * 3600 + 3600
    assert due.weekday() in days


def test_waits_are_whole_milliseconds_rounded_up_and_capped() -> None:
    now = datetime(2026, 3, 16, 12, 0, tzinfo=AMS)
    assert milliseconds_until(now + timedelta(microseconds=1), now, 3_600_000) == 1
    assert milliseconds_until(now + timedelta(hours=5), now, 3_600_000) == 3_600_000
    assert milliseconds_until(now - timedelta(hours=1), now, 3_600_000) == 0


def test_clock_from_ns_gives_an_aware_now() -> None:
    now = clock_from_ns(lambda: 1_774_000_000 * 10**9, AMS)()
    assert now.tzinfo is AMS and now == datetime.fromtimestamp(1_774_000_000, UTC)


# --- text escaping and line folding


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t")))
def test_escaping_round_trips(text: str) -> None:
    escaped = escape_text(text)
    assert "\n" not in escaped and "\r" not in escaped
    assert unescape_text(escaped) == text


@given(st.text())
def test_escaped_text_holds_no_bare_specials_or_control_characters(text: str) -> None:
    escaped = escape_text(text)
    assert not any(ord(c) < 0x20 and c != "\t" for c in escaped)
    unescaped_specials = escaped.replace("\\\\", "").replace("\\;", "").replace("\\,", "").replace("\\n", "")
    assert not any(c in unescaped_specials for c in ";,\\")


@pytest.mark.parametrize(("raw", "escaped"), [("a,b;c\\d\ne", "a\\,b\\;c\\\\d\\ne"), ("x\r\ny", "x\\ny")])
def test_escaping_examples(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"))))
def test_folding_round_trips_and_keeps_lines_within_75_octets(text: str) -> None:
    line = "DESCRIPTION:" + escape_text(text)
    folded = fold_line(line)
    assert unfold(folded) == line
    for physical in folded.split("\r\n"):
        assert len(physical.encode("utf-8")) <= MAX_LINE_OCTETS
        physical.encode("utf-8").decode("utf-8")  # never a split character


def test_folding_does_not_split_multi_octet_characters() -> None:
    line = "SUMMARY:" + "é" * 100 + "😀" * 30
    pieces = fold_line(line).split("\r\n")
    assert len(pieces) > 2
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


# --- the calendar file (checked without a parser)


def content_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return unfold(text).split("\r\n")[:-1]


def property_names(lines: list[str], component: str) -> list[list[str]]:
    """For each ``component`` block, the property names directly inside it."""
    found: list[list[str]] = []
    stack: list[str] = []
    for line in lines:
        name = line.split(":", 1)[0].split(";", 1)[0]
        value = line.split(":", 1)[1] if ":" in line else ""
        if name == "BEGIN":
            stack.append(value)
            if value == component:
                found.append([])
        elif name == "END":
            assert stack and stack.pop() == value, f"unbalanced END:{value}"
        elif stack and stack[-1] == component:
            found[-1].append(name)
    assert stack == [], f"not closed: {stack}"
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_calendar_file_is_well_formed(language: str) -> None:
    text = calendar_text(MON_WED_FRI, language, date(2026, 3, 19), "seed", stamp=STAMP)
    raw = text.encode("utf-8")
    assert raw.count(b"\n") == raw.count(b"\r\n") and raw.count(b"\r") == raw.count(b"\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = content_lines(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    (calendar,) = property_names(lines, "VCALENDAR")
    assert {"PRODID", "VERSION", "CALSCALE"} <= set(calendar)
    assert "VERSION:2.0" in lines and "CALSCALE:GREGORIAN" in lines
    (event,) = property_names(lines, "VEVENT")
    assert {"UID", "DTSTAMP", "DTSTART", "DURATION", "RRULE", "SUMMARY", "DESCRIPTION"} <= set(event)
    assert all(event.count(name) == 1 for name in event)
    (alarm,) = property_names(lines, "VALARM")
    assert {"ACTION", "TRIGGER", "DESCRIPTION"} <= set(alarm)
    assert "ACTION:DISPLAY" in lines and "TRIGGER;RELATED=START:PT0S" in lines


def test_the_event_repeats_weekly_at_a_floating_local_time() -> None:
    lines = content_lines(calendar_text(MON_WED_FRI, "nl", date(2026, 3, 19), "seed", stamp=STAMP))
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR" in lines
    assert "DTSTART:20260320T180000" in lines  # Thursday the 19th → first chosen day is Friday the 20th
    assert "DTSTAMP:20260320T093000Z" in lines
    assert "DURATION:PT30M" in lines
    assert not any(line.startswith("BEGIN:VTIMEZONE") or "TZID" in line for line in lines)


def test_the_texts_follow_the_language_and_are_escaped() -> None:
    dutch = content_lines(calendar_text(MON_WED_FRI, "nl", date(2026, 3, 19), "seed", stamp=STAMP))
    english = content_lines(calendar_text(MON_WED_FRI, "en", date(2026, 3, 19), "seed", stamp=STAMP))
    assert "SUMMARY:Rugoefeningen (RugTimer)" in dutch
    assert "SUMMARY:Back exercises (RugTimer)" in english
    (description,) = [line for line in dutch if line.startswith("DESCRIPTION:") and "24" in line]
    body = unescape_text(description.removeprefix("DESCRIPTION:"))
    assert "3 tot 4 dagen per week" in body and "24 uur" in body and "\n" in body
    assert "\\," in description  # the comma in the Dutch text is escaped


def test_uids_are_stable_per_seed() -> None:
    first = calendar_text(MON_WED_FRI, "nl", date(2026, 3, 19), "seed-a", stamp=STAMP)
    other_days = ReminderSchedule(frozenset({1}), time(7, 30))
    again = calendar_text(other_days, "en", date(2027, 1, 1), "seed-a", stamp=STAMP)
    uid = f"UID:{calendar_uid('seed-a')}"
    assert uid in content_lines(first) and uid in content_lines(again)
    assert calendar_uid("seed-a") != calendar_uid("seed-b")
    assert calendar_uid("seed-a").endswith("@rugtimer")


@given(st.frozensets(st.integers(0, 6), min_size=1), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_dtstart_is_always_an_occurrence_of_the_rule(days: frozenset[int], start: date) -> None:
    lines = content_lines(calendar_text(ReminderSchedule(days, time(18)), "nl", start, "s", stamp=STAMP))
    (dtstart,) = [line for line in lines if line.startswith("DTSTART:")]
    first = datetime.strptime(dtstart.removeprefix("DTSTART:"), "%Y%m%dT%H%M%S").date()
    assert first.weekday() in days and 0 <= (first - start).days < 7


# --- writing the file


def test_write_calendar_writes_the_exact_bytes(tmp_path: Path) -> None:
    text = calendar_text(MON_WED_FRI, "nl", date(2026, 3, 19), "seed", stamp=STAMP)
    path = tmp_path / "herinneringen.ics"
    path.write_text("old", encoding="utf-8")
    write_calendar(path, text)
    assert path.read_bytes() == text.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["herinneringen.ics"]  # no temp file left


def test_write_calendar_names_the_path_on_failure(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "x.ics"
    with pytest.raises(CalendarWriteError) as caught:
        write_calendar(missing, "BEGIN:VCALENDAR\r\n")
    assert caught.value.path == missing
    assert str(missing) in str(caught.value) and caught.value.reason


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.ics"
    path.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(CalendarWriteError, match="No space left"):
        write_calendar(path, "new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ics"]
