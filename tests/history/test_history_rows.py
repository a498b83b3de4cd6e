"""The rows of the history list, made without Qt: order, what was done, and counts per session."""

from __future__ import annotations

from datetime import date

from rugtimer.app.demo import fill_demo
from rugtimer.history import HistoryStore
from rugtimer.history.history_rows import SessionRow, session_rows
from rugtimer.model.records import HurtEvent, SessionRecord, SetRecord
from tests.history.history_helpers import at


def _session(store: HistoryStore, day: int, hour: int = 19, **fields: object) -> SessionRecord:
    record = SessionRecord(
        started_at=at(day, hour), ended_at=at(day, hour, 30), status="completed", plan_week=1, **fields
    )
    store.add_session(record)
    return record


def _set(store: HistoryStore, session: SessionRecord, exercise: str, number: int, minute: int) -> SetRecord:
    record = SetRecord(
        session_id=session.id,
        exercise=exercise,
        set_number=number,
        completed_at=session.started_at.replace(minute=minute),
        reps=10,
    )
    store.record_set(record)
    return record


def test_an_empty_history_has_no_rows(store: HistoryStore) -> None:
    assert session_rows(store) == []


def test_rows_are_newest_first_with_exercises_in_the_order_first_done(store: HistoryStore) -> None:
    older = _session(store, 2, pain_before=4, pain_after=2, rating="good", note="stiff")
    newer = _session(store, 5, hour=8)
    same_day_later = _session(store, 5, hour=21)
    _set(store, older, "glute_bridge", 1, 5)
    _set(store, older, "bird_dog", 1, 10)
    _set(store, older, "glute_bridge", 2, 15)  # done again: listed once, where it was first done
    _set(store, newer, "knee_rocking", 1, 3)
    store.record_hurt(HurtEvent(at=at(2, 19, 12), exercise="bird_dog", session_id=older.id))
    store.record_hurt(HurtEvent(at=at(2, 20, 0)))  # outside a session: belongs to no row

    rows = session_rows(store)

    assert [row.id for row in rows] == [same_day_later.id, newer.id, older.id]
    assert rows[2] == SessionRow(
        session=older, exercises=("glute_bridge", "bird_dog"), set_count=3, hurt_count=1
    )
    assert (rows[2].pain_before, rows[2].pain_after, rows[2].rating, rows[2].note) == (4, 2, "good", "stiff")
    assert rows[1].exercises == ("knee_rocking",)
    assert rows[0].exercises == () and rows[0].set_count == 0 and rows[0].hurt_count == 0


def test_demo_history_rows_add_up_to_the_stored_sets(store: HistoryStore) -> None:
    counts = fill_demo(store, 8, today=date(2026, 11, 25))
    rows = session_rows(store)
    assert len(rows) == counts.sessions == store.session_count()
    assert sum(row.set_count for row in rows) == counts.sets
    assert sum(row.hurt_count for row in rows) == counts.hurt_events
    assert all(row.is_demo for row in rows)
    starts = [row.started_at for row in rows]
    assert starts == sorted(starts, reverse=True)
    sample = rows[len(rows) // 2]
    assert sample.set_count == len(store.sets_for(sample.id))
