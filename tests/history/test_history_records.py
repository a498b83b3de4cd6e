"""Records validate themselves; instants are stored one consistent way (local text, UTC key, local date)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.history import Activity, InvalidRecordError, PainEntry, SessionRecord, SetRecord, new_id
from rugtimer.model.records import instant_columns, normalize_instant, parse_instant
from tests.history.history_helpers import CET, at

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_naive_datetime_is_rejected_with_a_clear_message() -> None:
    with pytest.raises(InvalidRecordError, match="timezone-aware") as caught:
        SessionRecord(started_at=datetime(2026, 11, 25, 19, 0), plan_week=1)
    assert caught.value.field == "started_at"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: SessionRecord(started_at=at(1), plan_week=0), "plan_week"),
        (lambda: SessionRecord(started_at=at(1), plan_week=1, pain_before=11), "pain_before"),
        (lambda: SessionRecord(started_at=at(1), plan_week=1, pain_after=-1), "pain_after"),
        (lambda: SessionRecord(started_at=at(1), plan_week=1, pain_before=True), "pain_before"),
        (lambda: SessionRecord(started_at=at(1), plan_week=1, rating="meh"), "rating"),
        (lambda: SessionRecord(started_at=at(1), plan_week=1, status="completed"), "ended_at"),
        (lambda: SessionRecord(started_at=at(1), plan_week=1, ended_at=at(2)), "ended_at"),
        (lambda: SetRecord(session_id=new_id(), exercise="", set_number=1, completed_at=at(1)), "exercise"),
        (
            lambda: SetRecord(session_id=new_id(), exercise="x", set_number=0, completed_at=at(1)),
            "set_number",
        ),
        (
            lambda: SetRecord(session_id=new_id(), exercise="x", set_number=1, completed_at=at(1), side="up"),
            "side",
        ),
        (lambda: SetRecord(session_id="nope", exercise="x", set_number=1, completed_at=at(1)), "session_id"),
        (
            lambda: SetRecord(
                session_id=new_id(), exercise="x", set_number=1, completed_at=at(1), seconds=-1
            ),
            "seconds",
        ),
        (lambda: PainEntry(at=at(1), pain=3, response="better_or_same"), "response"),
        (lambda: PainEntry(at=at(1), pain=3, context="later"), "context"),
        (lambda: Activity(date=date(2026, 1, 1), kind="swimming", minutes=5), "kind"),
        (lambda: Activity(date=date(2026, 1, 1), kind="walking", minutes=0), "minutes"),
        (lambda: Activity(date=datetime(2026, 1, 1, tzinfo=UTC), kind="walking", minutes=5), "date"),
    ],
)
def test_bad_values_are_refused_where_the_record_is_made(make, field: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidRecordError) as caught:
        make()
    assert caught.value.field == field


def test_ids_are_fresh_uuids_and_instants_are_kept_to_the_millisecond() -> None:
    a = SetRecord(
        session_id=new_id(), exercise="x", set_number=1, completed_at=at(1).replace(microsecond=250_999)
    )
    b = SetRecord(session_id=a.session_id, exercise="x", set_number=1, completed_at=at(1))
    assert a.id != b.id and len(a.id) == 36
    assert a.completed_at.microsecond == 250_000
    assert a.seconds is None and isinstance(SetRecord(**{**a.__dict__, "seconds": 45}).seconds, float)


def test_stored_forms_match_the_documented_example() -> None:
    value = datetime(2026, 11, 25, 19, 0, 0, 250_000, tzinfo=CET)
    assert instant_columns(value) == (
        "2026-11-25T19:00:00.250+01:00",
        "2026-11-25T18:00:00.250Z",
        "2026-11-25",
    )


def test_late_evening_on_a_dst_day_stays_in_its_own_local_day_and_week() -> None:
    # Europe/Amsterdam leaves summer time on Sunday 2026-10-25; 23:30 that evening is still that day, W43.
    late = datetime(2026, 10, 25, 23, 30, tzinfo=AMSTERDAM)
    local, utc, day = instant_columns(late)
    assert local == "2026-10-25T23:30:00.000+01:00"
    assert utc == "2026-10-25T22:30:00.000Z"
    assert day == "2026-10-25" and date.fromisoformat(day).isocalendar()[:2] == (2026, 43)


offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
instants = st.datetimes(
    min_value=datetime(2000, 1, 2), max_value=datetime(2026, 6, 30), timezones=st.just(UTC) | offsets
)


@given(instants, instants)
def test_the_utc_key_sorts_like_time_and_the_local_text_round_trips(a: datetime, b: datetime) -> None:
    a, b = normalize_instant(a, "a"), normalize_instant(b, "b")
    (la, ua, da), (_, ub, _) = instant_columns(a), instant_columns(b)
    assert (ua < ub) == (a < b) and (ua == ub) == (a == b)
    back = parse_instant(la)
    assert back == a and back.utcoffset() == a.utcoffset()
    assert da == a.date().isoformat()
