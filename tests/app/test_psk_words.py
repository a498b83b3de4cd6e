"""The PSK in words: the mean's course without a verdict, in Dutch and English."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rugtimer.app.psk_words import PskSummary, change_sentence, table
from rugtimer.model import psk
from rugtimer.model.psk import PskActivity, PskScore

T0 = datetime(2026, 11, 2, 19, 0, tzinfo=UTC)
WEEKS = [date(2026, 11, 2) + timedelta(weeks=i) for i in range(3)]


def summary(per_week: list[list[int | None]]) -> PskSummary:
    acts = tuple(PskActivity(text=f"a{i}", position=i + 1, created_at=T0) for i in range(len(per_week[0])))
    scores = [
        PskScore(activity_id=a.id, week=week, score=v, at=T0)
        for week, values in zip(WEEKS, per_week, strict=False)
        for a, v in zip(acts, values, strict=True)
    ]
    weeks = tuple(psk.weekly(scores))
    return PskSummary(weeks, acts, psk.change(list(weeks)))


@pytest.mark.parametrize(
    ("per_week", "language", "expected"),
    [
        ([[8, 6, 7], [5, 4, 3]], "en", "Mean 7.0 in week 45, 4.0 in week 46: 3.0 lower (lower is easier)."),
        ([[3, 3, 3], [4, 5, 3]], "en", "Mean 3.0 in week 45, 4.0 in week 46: 1.0 higher (higher is harder)."),
        ([[3, 3, 3], [3, 3, 3]], "en", "Mean 3.0 in week 45 and 3.0 in week 46: the same."),
        ([[6, 5, 4]], "en", "Scored once so far (week 45), mean 5.0; the change shows from the second week."),
        ([[None, None, None]], "en", "No weekly scores in this period."),
    ],
)
def test_the_change_is_said_without_a_verdict(
    per_week: list[list[int | None]], language: str, expected: str
) -> None:
    text = change_sentence(summary(per_week), language)
    assert text == expected
    assert "meaningful" not in text


def test_the_table_has_each_activity_and_the_mean() -> None:
    headings, rows = table(summary([[8, 6, None], [5, 4, 3], [4, 4, 2]]), "nl")
    assert len(headings) == 4
    assert rows == (
        ("a0", "8", "4", "−4"),
        ("a1", "6", "4", "−2"),
        ("a2", "—", "2", "—"),  # skipped in the first week: no change for it
        (rows[-1][0], "7,0", "3,3", "−3,7"),
    )


def across_new_year(first: date, last: date) -> PskSummary:
    act = PskActivity(text="traplopen", position=1, created_at=T0)
    scores = [PskScore(activity_id=act.id, week=w, score=v, at=T0) for w, v in ((first, 7), (last, 4))]
    weeks = tuple(psk.weekly(scores))
    return PskSummary(weeks, (act,), psk.change(list(weeks)))


def test_weeks_of_two_years_are_named_with_their_year() -> None:
    """ "4,2 in week 51, 3,8 in week 50" read backwards to a reviewer: the year tells which week 50."""
    spanning = across_new_year(date(2025, 12, 15), date(2026, 12, 7))
    assert change_sentence(spanning, "en") == (
        "Mean 7.0 in week 51 of 2025, 4.0 in week 50 of 2026: 3.0 lower (lower is easier)."
    )
    assert "week 51 van 2025" in change_sentence(spanning, "nl")
    headings, _rows = table(spanning, "nl")
    assert headings[1:3] == ("Eerste (week 51 van 2025)", "Laatste (week 50 van 2026)")
    # ISO years, not calendar years: 2020-12-28 and 2021-01-03 are both in 2020-W53.
    same = across_new_year(date(2020, 11, 30), date(2020, 12, 28))
    assert change_sentence(same, "en").startswith("Mean 7.0 in week 49, 4.0 in week 53:")
