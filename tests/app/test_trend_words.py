"""The pain paragraph names where "the start" is: on Progress the graph may show only the last 8 weeks, and a
reviewer read "6.0 in the first two weeks" against a graph that began at 4.3."""

from __future__ import annotations

from datetime import date, timedelta

from rugtimer.app.trend_words import pain_words
from rugtimer.history.trends import WeekStats, summarize

FIRST = date(2025, 10, 20)  # ISO week 43 of 2025


def weeks(pains: list[float]) -> list[WeekStats]:
    out = []
    for i, pain in enumerate(pains):
        monday = FIRST + timedelta(weeks=i)
        iso = monday.isocalendar()
        out.append(
            WeekStats(iso.year, iso.week, monday, sessions=3, exercise_days=3, rated_sessions=3,
                      pain_before_mean=pain, pain_before_min=int(pain), pain_before_max=int(pain) + 1)
        )  # fmt: skip
    return out


def test_the_start_is_named_with_its_week_and_year() -> None:
    summary = summarize(weeks([6.0, 6.0, 5.0, 4.0, 3.0, 3.0]), FIRST + timedelta(weeks=6), target=(3, 4))
    assert summary.first_rated_week == FIRST
    assert "in the first two weeks with ratings (from week 43 of 2025)" in pain_words(summary, "en")
    assert "(vanaf week 43 van 2025)" in pain_words(summary, "nl")


def test_with_two_rated_weeks_the_first_is_named() -> None:
    summary = summarize(weeks([6.0, 5.0]), FIRST + timedelta(weeks=2), target=(3, 4))
    assert "in the first week with ratings (week 43 of 2025)" in pain_words(summary, "en")
