"""The store API on a real database file: sessions, sets, events, readers, idempotency."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from rugtimer.history import (
    Activity,
    HistoryStore,
    HurtEvent,
    IdConflictError,
    InvalidRecordError,
    NotFoundError,
    PainEntry,
    PlanChange,
    SessionRecord,
    SetRecord,
)
from rugtimer.history.errors import HistoryError
from rugtimer.paths import Paths
from tests.history.history_helpers import CEST, at, fill, raw


def test_a_set_is_committed_before_record_set_returns(store: HistoryStore, paths: Paths) -> None:
    session = store.begin_session(at(3), plan_week=2, pain_before=4)
    record = SetRecord(
        session_id=session.id, exercise="bird_dog", set_number=1, side="left", reps=8, completed_at=at(3)
    )
    assert store.record_set(record) is True
    # Another connection (another process would be the same) sees it at once: it was committed.
    conn = raw(paths.database)
    assert conn.execute("SELECT exercise, reps, side FROM sets WHERE id = ?", (record.id,)).fetchone() == (
        "bird_dog",
        8,
        "left",
    )
    assert conn.execute("SELECT status FROM sessions").fetchone() == ("running",)
    conn.close()


def test_pragmas_that_keep_a_commit_through_power_loss(store: HistoryStore) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x5267546D


def test_saving_the_same_set_again_stores_it_once(store: HistoryStore) -> None:
    session = store.begin_session(at(3), plan_week=1)
    record = SetRecord(session_id=session.id, exercise="bridge", set_number=1, reps=10, completed_at=at(3))
    assert store.record_set(record) is True
    assert store.record_set(record) is False
    assert store.sets_for(session.id) == [record]


def test_a_different_record_under_an_existing_id_is_a_conflict(store: HistoryStore) -> None:
    session = store.begin_session(at(3), plan_week=1)
    record = SetRecord(session_id=session.id, exercise="bridge", set_number=1, reps=10, completed_at=at(3))
    store.record_set(record)
    changed = SetRecord(**{**record.__dict__, "reps": 11})
    with pytest.raises(IdConflictError):
        store.record_set(changed)
    assert store.sets_for(session.id) == [record]


def test_a_set_of_an_unknown_session_is_refused(store: HistoryStore) -> None:
    record = SetRecord(
        session_id="00000000-0000-4000-8000-000000000001", exercise="x", set_number=1, completed_at=at(1)
    )
    with pytest.raises(NotFoundError):
        store.record_set(record)
    assert store.sets_between() == []


def test_session_lifecycle(store: HistoryStore) -> None:
    session = store.begin_session(at(5, 9), plan_week=3, pain_before=5)
    assert session.status == "running" and session.ended_at is None
    done = store.finish_session(
        session.id, at(5, 9, 40), "completed", pain_after=3, rating="too_easy", note="ok"
    )
    assert (done.status, done.ended_at, done.pain_after, done.rating, done.note) == (
        "completed",
        at(5, 9, 40),
        3,
        "too_easy",
        "ok",
    )
    updated = store.update_session(session.id, pain_after=None, note="edited")
    assert updated.pain_after is None and updated.note == "edited" and updated.rating == "too_easy"
    assert store.get_session(session.id) == updated
    assert store.session_count() == 1


def test_finish_and_update_validate_and_name_unknown_sessions(store: HistoryStore) -> None:
    session = store.begin_session(at(5), plan_week=1)
    with pytest.raises(InvalidRecordError):
        store.finish_session(session.id, at(5, 20), "running")
    with pytest.raises(InvalidRecordError):
        store.update_session(session.id, pain_before=12)
    with pytest.raises(NotFoundError):
        store.finish_session("00000000-0000-4000-8000-000000000009", at(5, 20), "stopped")
    with pytest.raises(NotFoundError):
        store.update_session("00000000-0000-4000-8000-000000000009", note="x")
    assert store.get_session(session.id) == session


def test_deleting_a_session_deletes_its_sets_and_hurt_events(store: HistoryStore) -> None:
    [first, *_] = fill(store, sessions=2, sets=3)
    store.record_hurt(HurtEvent(at=at(2, 19, 5), session_id=first.session_id, exercise="glute_bridge"))
    loose = HurtEvent(at=at(9, 8))
    store.record_hurt(loose)
    assert store.delete_session(first.session_id) is True
    assert store.delete_session(first.session_id) is False
    assert store.sets_for(first.session_id) == []
    assert store.hurt_events() == [loose]
    assert len(store.sets_between()) == 3
    assert store.check() == []


def test_running_sessions_become_interrupted_at_their_last_set(store: HistoryStore) -> None:
    with_sets = store.begin_session(at(7, 18), plan_week=1, pain_before=2)
    for n, minute in ((1, 5), (2, 9)):
        store.record_set(
            SetRecord(session_id=with_sets.id, exercise="x", set_number=n, completed_at=at(7, 18, minute))
        )
    empty = store.begin_session(at(8, 18), plan_week=1)
    finished = store.begin_session(at(9, 18), plan_week=1)
    store.finish_session(finished.id, at(9, 18, 30), "completed")

    found = {s.id: s for s in store.mark_running_as_interrupted()}
    assert set(found) == {with_sets.id, empty.id}
    assert found[with_sets.id].status == "interrupted" and found[with_sets.id].ended_at == at(7, 18, 9)
    assert found[empty.id].ended_at == at(8, 18)
    assert len(store.sets_for(with_sets.id)) == 2
    assert store.mark_running_as_interrupted() == []
    # The UI can then add the pain-after rating.
    assert store.update_session(empty.id, pain_after=4).pain_after == 4


def test_readers_filter_by_local_date_and_order(store: HistoryStore) -> None:
    fill(store, sessions=3, sets=2, first_day=2)  # 2, 3, 4 November
    got = store.sessions(date(2026, 11, 3), date(2026, 11, 4))
    assert [s.started_at.day for s in got] == [4, 3]  # newest first
    assert [s.started_at.day for s in store.sessions()] == [4, 3, 2]
    assert [s.completed_at.day for s in store.sets_between(end=date(2026, 11, 3))] == [2, 2, 3, 3]
    assert store.sets_between(start=date(2026, 12, 1)) == []
    with pytest.raises(InvalidRecordError):
        store.sessions(start="2026-11-03")  # type: ignore[arg-type]


def test_local_date_not_utc_date_decides_the_day(store: HistoryStore) -> None:
    # 00:30 CEST on 1 October is still 30 September in UTC; it belongs to 1 October.
    session = store.begin_session(at(1, 0, 30, CEST, month=10), plan_week=1)
    assert store.sessions(date(2026, 10, 1), date(2026, 10, 1)) == [session]
    assert store.sessions(date(2026, 9, 30), date(2026, 9, 30)) == []


def test_events_entries_activities_and_plan_changes_round_trip(store: HistoryStore) -> None:
    session = store.begin_session(at(10), plan_week=1)
    hurt = HurtEvent(at=at(10, 19, 4), session_id=session.id, exercise="bird_dog", note="sharp")
    pains = [
        PainEntry(at=at(11, 9), pain=3, context="next_day_check", response="worse_over_24h"),
        PainEntry(at=at(12, 20), pain=2, note="after a walk"),
    ]
    walk = Activity(date=date(2026, 11, 11), kind="walking", minutes=30)
    change = PlanChange(
        at=at(14, 10), exercise="bird_dog", change="step_back", from_value="12", to_value="10"
    )
    assert store.record_hurt(hurt) and not store.record_hurt(hurt)
    for entry in pains:
        assert store.add_pain_entry(entry)
    assert store.add_activity(walk) and not store.add_activity(walk)
    assert store.add_plan_change(change)
    assert store.hurt_events(session_id=session.id) == [hurt]
    assert store.hurt_events(date(2026, 11, 11)) == []
    assert store.pain_entries() == pains
    assert store.pain_entries(date(2026, 11, 12)) == pains[1:]
    assert store.activities(date(2026, 11, 11), date(2026, 11, 11)) == [walk]
    assert store.plan_changes() == [change]


def test_demo_records_are_not_real_history(store: HistoryStore) -> None:
    assert store.has_real_history() is False
    demo = SessionRecord(started_at=at(1), ended_at=at(1, 20), status="completed", plan_week=1, is_demo=True)
    store.add_session(demo)
    store.add_activity(Activity(date=date(2026, 11, 1), kind="cycling", minutes=20, is_demo=True))
    assert store.has_real_history() is False
    store.add_pain_entry(PainEntry(at=at(2), pain=1))
    assert store.has_real_history() is True


def test_a_batch_is_all_or_nothing(store: HistoryStore) -> None:
    session = store.begin_session(at(1), plan_week=1)
    good = SetRecord(session_id=session.id, exercise="x", set_number=1, completed_at=at(1))
    with pytest.raises(RuntimeError), store.batch():
        store.record_set(good)
        raise RuntimeError("import found a bad row")
    assert store.sets_for(session.id) == []
    with store.batch():
        store.record_set(good)
        with pytest.raises(HistoryError):
            store.backup_now()
    assert store.sets_for(session.id) == [good]


def test_change_marker_moves_with_every_write_only(store: HistoryStore) -> None:
    first = store.last_change_marker()
    session = store.begin_session(at(1), plan_week=1)
    second = store.last_change_marker()
    assert second != first
    store.sessions()
    assert store.last_change_marker() == second
    store.update_session(session.id, note="x")
    assert store.last_change_marker() != second


def test_check_reports_broken_references(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=1, sets=1)
    assert store.check() == []
    store.close()
    conn = sqlite3.connect(paths.database)  # foreign keys are off on a plain connection
    conn.execute("DELETE FROM sessions")
    conn.commit()
    conn.close()
    with HistoryStore.open(paths) as reopened:
        problems = reopened.check()
    assert len(problems) == 1 and "sets row" in problems[0] and "sessions" in problems[0]


def test_database_constraints_hold_even_without_the_dataclasses(store: HistoryStore) -> None:
    # An importer or a future bug going around the records still meets the CHECKs.
    conn = store._conn
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO pain_entries (id, at, at_utc, at_date, pain, context) "
            "VALUES ('00000000-0000-4000-8000-000000000001', 'x', '2026-01-01T00:00:00.000Z', "
            "'2026-01-01', 11, 'manual')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO sessions (id, started_at, started_utc, started_date, status, plan_week) "
            "VALUES ('00000000-0000-4000-8000-000000000001', 'x', '2026-01-01T00:00:00.000Z', '2026-01-01', "
            "'completed', 1)"
        )


def test_a_data_folder_with_spaces_and_uri_characters_works(tmp_path: Path) -> None:
    """macOS puts data in "Application Support"; read-only opens go through a file: URI."""
    odd = Paths(tmp_path / "Application Support #1 ?é%20")
    with HistoryStore.open(odd) as store:
        fill(store, sessions=1, sets=1)
        store.backup_now()
    with HistoryStore.open(odd) as store:
        assert store.session_count() == 1 and store.check() == []
