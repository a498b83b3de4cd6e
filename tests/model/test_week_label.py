"""Week numbers as people read them: the ISO week, with its ISO year where weeks of two years meet."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rugtimer.model.weeks import monday_of, span_years, week_label


def test_a_week_alone_and_with_its_year() -> None:
    assert week_label(date(2026, 12, 8), "en", with_year=False) == "50"
    assert week_label(date(2026, 12, 8), "en", with_year=True) == "50 of 2026"
    assert week_label(date(2026, 12, 8), "nl", with_year=True) == "50 van 2026"


def test_the_year_is_the_iso_year() -> None:
    assert week_label(date(2021, 1, 3), "en", with_year=True) == "53 of 2020"
    assert week_label(date(2024, 12, 30), "nl", with_year=True) == "1 van 2025"
    assert not span_years(date(2020, 12, 28), date(2021, 1, 3))
    assert span_years(date(2021, 1, 3), date(2021, 1, 4))


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_of_a_week_has_its_mondays_label(day: date) -> None:
    assert week_label(day, "nl", with_year=True) == week_label(monday_of(day), "nl", with_year=True)
