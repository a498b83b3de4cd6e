"""Plausibility limits: the edge values, and no overflow at the ends of datetime's range."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from rugtimer.model.limits import date_problem, future_problem, instant_problem, text_problem

PLUS_ONE = timezone(timedelta(hours=1))
MINUS_ONE = timezone(timedelta(hours=-1))


def test_instants_outside_2000_to_2099_are_refused_without_overflow() -> None:
    assert instant_problem(datetime(1, 1, 1, 0, 30, tzinfo=PLUS_ONE))
    assert instant_problem(datetime(9999, 12, 31, 23, 30, tzinfo=MINUS_ONE))
    assert instant_problem(datetime(1999, 12, 31, 23, 59, tzinfo=UTC))
    assert instant_problem(datetime(2000, 1, 1, 0, 30, tzinfo=PLUS_ONE))  # 1999-12-31 in UTC
    assert instant_problem(datetime(2000, 1, 1, tzinfo=UTC)) is None
    assert instant_problem(datetime(2099, 12, 31, 23, 0, tzinfo=UTC)) is None
    assert instant_problem(datetime(2100, 1, 1, tzinfo=UTC))


def test_dates_and_the_future_seen_from_now() -> None:
    assert date_problem(date(1, 1, 1)) and date_problem(date(2100, 1, 1))
    assert date_problem(date(2026, 12, 2)) is None
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    assert future_problem(now + timedelta(hours=23), now) is None
    assert future_problem(now + timedelta(days=1, seconds=1), now)
    assert future_problem(date(2026, 12, 3), now) is None
    assert future_problem(date(2026, 12, 4), now)


def test_text_problems() -> None:
    assert text_problem("Bruggetje ✓ — é") is None
    assert "NUL" in (text_problem("a\x00b") or "")
    assert "not valid Unicode" in (text_problem("a\ud800") or "")
    assert "at most 5" in (text_problem("abcdef", 5) or "")
