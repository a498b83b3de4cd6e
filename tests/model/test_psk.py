"""The PSK core: limits, the weekly mean, the change between weeks, ISO weeks (DST, week 53), due check-ins."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from rugtimer.model import psk
from rugtimer.model.errors import InvalidRecordError
from rugtimer.model.psk import PskActivity, PskScore
from rugtimer.model.records import new_id

AMS = ZoneInfo("Europe/Amsterdam")
T0 = datetime(2026, 11, 2, 19, 0, tzinfo=UTC)


def activity(position: int = 1, text: str = "Sokken aantrekken", **kw: object) -> PskActivity:
    return PskActivity(text=text, position=position, created_at=kw.pop("created_at", T0), **kw)  # type: ignore[arg-type]


def score(activity_id: str, week: date, value: int | None, at: datetime | None = None) -> PskScore:
    return PskScore(
        activity_id=activity_id,
        week=week,
        score=value,
        at=at or datetime.combine(week, datetime.min.time(), UTC),
    )


@pytest.mark.parametrize(
    ("texts", "problem"),
    [
        (["socks", "meeting", "child"], None),
        (["socks", "meeting", "child", "garden", "car"], None),
        (["socks", "meeting"], "choose 3 to 5 activities; got 2"),
        (["a", "b", "c", "d", "e", "f"], "choose 3 to 5 activities; got 6"),
        (["socks", " ", "child"], "an activity is empty"),
        (["socks", "x" * 121, "child"], "an activity is longer than 120 characters"),
        (["Socks", "socks ", "child"], "an activity is listed twice"),
    ],
)
def test_selection_rules(texts: list[str], problem: str | None) -> None:
    assert psk.selection_problem(texts) == problem


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 121}, "text"),
        ({"text": "a\x00b"}, "text"),
        ({"position": 0}, "position"),
        ({"position": 6}, "position"),
        ({"created_at": datetime(2026, 1, 1)}, "created_at"),  # naive
        ({"ended_at": T0 - timedelta(days=1)}, "ended_at"),
        ({"id": "not-a-uuid"}, "id"),
    ],
)
def test_activity_limits(fields: dict[str, object], bad: str) -> None:
    values: dict[str, object] = {"text": "Sokken", "position": 1, "created_at": T0, **fields}
    with pytest.raises(InvalidRecordError) as info:
        PskActivity(**values)  # type: ignore[arg-type]
    assert info.value.field == bad


@pytest.mark.parametrize(
    ("value", "week", "ok"),
    [
        (0, date(2026, 11, 2), True),
        (10, date(2026, 11, 2), True),
        (None, date(2026, 11, 2), True),  # skipped
        (-1, date(2026, 11, 2), False),
        (11, date(2026, 11, 2), False),
        (5, date(2026, 11, 3), False),  # not a Monday
        (5, date(1999, 12, 27), False),  # before 2000
    ],
)
def test_score_limits(value: int | None, week: date, ok: bool) -> None:
    make = lambda: PskScore(activity_id=new_id(), week=week, score=value, at=T0)  # noqa: E731
    if ok:
        assert make().score == value
    else:
        with pytest.raises(InvalidRecordError):
            make()


@pytest.mark.parametrize(
    ("at", "week", "label"),
    [
        # DST ends 2026-10-25 03:00 in Amsterdam: 00:30 local on Monday 26 Oct is Sunday 23:30 UTC.
        (datetime(2026, 10, 26, 0, 30, tzinfo=AMS), date(2026, 10, 26), "2026-W44"),
        (datetime(2026, 10, 25, 23, 59, tzinfo=AMS), date(2026, 10, 19), "2026-W43"),
        # DST starts 2026-03-29: Sunday late evening stays in its week.
        (datetime(2026, 3, 29, 23, 30, tzinfo=AMS), date(2026, 3, 23), "2026-W13"),
        (datetime(2026, 3, 30, 0, 10, tzinfo=AMS), date(2026, 3, 30), "2026-W14"),
        # Week 53: 2026 has one (Dec 28 – Jan 3), 2020 too; 2021-01-03 is still 2020-W53.
        (datetime(2026, 12, 31, 12, 0, tzinfo=AMS), date(2026, 12, 28), "2026-W53"),
        (datetime(2027, 1, 3, 20, 0, tzinfo=AMS), date(2026, 12, 28), "2026-W53"),
        (datetime(2027, 1, 4, 8, 0, tzinfo=AMS), date(2027, 1, 4), "2027-W01"),
        (datetime(2021, 1, 3, 8, 0, tzinfo=timezone(timedelta(hours=-5))), date(2020, 12, 28), "2020-W53"),
        (datetime(2025, 12, 29, 8, 0, tzinfo=UTC), date(2025, 12, 29), "2026-W01"),
    ],
)
def test_the_week_is_the_local_dates_iso_week(at: datetime, week: date, label: str) -> None:
    assert psk.week_of(at) == week
    assert psk.week_label(week) == label


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([7, 5, 6], 6.0),
        ([7, None, 5], 6.0),  # a skipped activity does not count
        ([None, None, None], None),
        ([], None),
        ([0, 10, 5, 5, 5], 5.0),
    ],
)
def test_the_mean_of_a_week(values: list[int | None], expected: float | None) -> None:
    assert psk.mean(values) == expected


W1, W2, W3 = date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)


@pytest.mark.parametrize(
    ("entries", "first_week", "last_week", "difference"),
    [
        ([(W1, [8, 6, 7]), (W2, [7, 6, 5]), (W3, [5, 4, 3])], W1, W3, -3.0),  # easier: lower
        ([(W1, [3, 3, 3]), (W3, [5, 5, 5])], W1, W3, 2.0),  # harder
        ([(W1, [None, None, None]), (W2, [6, 6, 6]), (W3, [6, 5, 4])], W2, W3, -1.0),  # skipped week ignored
        ([(W1, [5, 5, 5])], None, None, None),  # one week: no change yet
    ],
)
def test_the_change_between_weeks(
    entries: list[tuple[date, list[int | None]]],
    first_week: date | None,
    last_week: date | None,
    difference: float | None,
) -> None:
    acts = [activity(i + 1, f"a{i}") for i in range(3)]
    scores = [score(a.id, week, v) for week, values in entries for a, v in zip(acts, values, strict=True)]
    found = psk.change(psk.weekly(scores))
    if difference is None:
        assert found is None
    else:
        assert found is not None
        assert (found.first_week, found.last_week, found.difference) == (first_week, last_week, difference)


def test_a_rescore_in_the_same_week_replaces_the_first() -> None:
    a = activity()
    first = score(a.id, W1, 8, datetime(2026, 11, 2, 9, tzinfo=UTC))
    again = score(a.id, W1, 6, datetime(2026, 11, 3, 9, tzinfo=UTC))
    [week] = psk.weekly([again, first])
    assert week.scores == {a.id: 6}
    assert week.mean == 6.0


@pytest.mark.parametrize(
    ("today", "entries", "ended", "due"),
    [
        (date(2026, 11, 4), [], False, True),  # chosen, nothing this week
        (date(2026, 11, 4), [(W1, 5)], False, False),  # scored this week
        (date(2026, 11, 4), [(W1, None)], False, False),  # skipped this week: not asked again
        (date(2026, 11, 9), [(W1, 5)], False, True),  # a new week
        (date(2026, 11, 9), [], True, False),  # no active activity
    ],
)
def test_when_the_check_in_is_due(
    today: date, entries: list[tuple[date, int | None]], ended: bool, due: bool
) -> None:
    a = activity(ended_at=T0 + timedelta(days=1)) if ended else activity()
    assert psk.check_in_due(today, [a], [score(a.id, w, v) for w, v in entries]) is due


def test_previous_scores_are_the_newest_before_the_week() -> None:
    a, b = activity(1, "a"), activity(2, "b")
    scores = [
        score(a.id, W1, 8),
        score(a.id, W2, 6),
        score(b.id, W1, 4),
        score(b.id, W2, None),
        score(a.id, W3, 2),
    ]
    assert psk.previous_scores(W3, scores) == {a.id: 6, b.id: 4}


@pytest.mark.parametrize(
    ("created", "ended", "week", "active"),
    [
        (date(2026, 11, 4), None, W1, True),  # created mid-week: counts for that week
        (date(2026, 11, 4), None, date(2026, 10, 26), False),
        (date(2026, 11, 4), date(2026, 11, 10), W2, True),
        (date(2026, 11, 4), date(2026, 11, 10), W3, False),
    ],
)
def test_an_activity_is_active_from_its_week_to_its_end(
    created: date, ended: date | None, week: date, active: bool
) -> None:
    at = lambda d: datetime.combine(d, datetime.min.time(), UTC).replace(hour=12)  # noqa: E731
    a = activity(created_at=at(created), ended_at=at(ended) if ended else None)
    assert a.active_in(week) is active
