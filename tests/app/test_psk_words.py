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
