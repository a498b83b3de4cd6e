"""Backups: through SQLite, verified, private, at most one a day when something changed, rotated to
exactly 7 daily / 4 weekly / 12 monthly, and restorable with the current history saved first."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.history import (
    HistoryStore,
    NewerDatabaseError,
    NotARugTimerDatabase,
    PainEntry,
    backups,
    recovery,
)
from rugtimer.history.errors import MissingFileError
from rugtimer.paths import Paths
from tests.history.history_helpers import at, fill, raw, sha256


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def promised(days: set[date]) -> set[date]:
    """The rotation promise, written out independently of the code: the newest backup of each of the 7
    latest days, the 4 latest ISO weeks and the 12 latest months that have a backup."""
    ordered = sorted(days, reverse=True)
    keep = set(ordered[:7])
    weeks = sorted({d.isocalendar()[:2] for d in days}, reverse=True)[:4]
    months = sorted({(d.year, d.month) for d in days}, reverse=True)[:12]
    keep |= {max(d for d in days if d.isocalendar()[:2] == w) for w in weeks}
    keep |= {max(d for d in days if (d.year, d.month) == m) for m in months}
    return keep


def regular_days(paths: Paths) -> set[date]:
    return {b.day for b in backups.list_backups(paths.backups) if b.kind == "regular"}


def test_a_backup_is_a_verified_private_copy_named_by_utc_date(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=2, sets=2)
    # 00:30 on the 26th in UTC+2 is still the 25th in UTC.
    path = store.backup_now(datetime(2026, 11, 26, 0, 30, tzinfo=timezone(timedelta(hours=2))))
    assert path.name == "history-2026-11-25.sqlite3"
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again after the copy
    assert backups.verify(path) == []
    assert path.stat().st_mode & 0o777 == 0o600
    conn = raw(path)
    assert conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 4
    conn.close()
    assert [p.name for p in paths.backups.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_at_most_one_backup_a_day_and_only_after_a_change(store: HistoryStore, paths: Paths) -> None:
    day = datetime(2026, 11, 1, 8, tzinfo=UTC)
    assert store.backup_if_due(day) is None  # an empty new history: nothing to keep
    fill(store, sessions=1, sets=1)
    first = store.backup_if_due(day)
    assert first is not None
    store.add_pain_entry(PainEntry(at=at(1, 20), pain=2))
    assert store.backup_if_due(day + timedelta(hours=10)) is None  # same UTC day
    assert store.backup_if_due(day + timedelta(days=1)) is not None  # the next day, after a change
    assert store.backup_if_due(day + timedelta(days=2)) is None  # nothing changed since
    assert regular_days(paths) == {date(2026, 11, 1), date(2026, 11, 2)}


def test_rotation_over_400_simulated_days_keeps_exactly_the_promised_set(
    store: HistoryStore, paths: Paths
) -> None:
    rnd = random.Random(400)
    start = date(2025, 12, 20)
    made: set[date] = set()
    for offset in range(400):
        today = start + timedelta(days=offset)
        if rnd.random() < 0.8:  # most days something is recorded; some days nothing (no backup)
            store.add_pain_entry(PainEntry(at=noon(today), pain=rnd.randint(0, 10)))
        before = store.last_change_marker()
        if store.backup_if_due(noon(today)) is not None:
            made.add(today)
        store.backup_if_due(noon(today) + timedelta(hours=5))  # a second try the same day does nothing
        assert store.last_change_marker() == before
        assert regular_days(paths) == promised(made), today
    kept = regular_days(paths)
    assert len(made) > 300 and 7 + 12 <= len(kept) <= 7 + 4 + 12
    assert all(backups.verify(b.path) == [] for b in backups.list_backups(paths.backups))


@given(st.sets(st.dates(min_value=date(2020, 1, 1), max_value=date(2022, 12, 31)), max_size=60))
def test_kept_days_is_the_promise_for_any_set_of_days(days: set[date]) -> None:
    assert backups.kept_days(days) == (promised(days) if days else set())
    # Rotating every day as backups arrive ends where rotating once at the end does.
    remaining: set[date] = set()
    for day in sorted(days):
        remaining = backups.kept_days(remaining | {day})
    assert remaining == backups.kept_days(days)


def test_safety_backups_stay_outside_the_rotation(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=1, sets=1)
    conn = store._conn
    for minute in range(backups.SAFETY_KEEP + 3):
        backups.safety_backup(
            conn, paths.backups, "before-restore", datetime(2026, 1, 1, 0, minute, tzinfo=UTC)
        )
    store.backup_now(datetime(2026, 1, 1, tzinfo=UTC))
    safety = [b for b in backups.list_backups(paths.backups) if b.kind == "safety"]
    assert len(safety) == backups.SAFETY_KEEP
    assert safety[0].path.name == "history-2026-01-01T001200Z-before-restore.sqlite3"
    assert regular_days(paths) == {date(2026, 1, 1)}


def test_restore_saves_the_current_history_first(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=2, sets=2)
    backup = store.backup_now(datetime(2026, 11, 20, tzinfo=UTC))
    later = fill(store, sessions=1, sets=3, first_day=21)
    store.close()

    result = recovery.restore(paths, backup, now=datetime(2026, 11, 25, 18, tzinfo=UTC))
    assert result.restored_from == backup and result.damaged_moved_to is None
    assert result.previous_saved_as is not None
    assert result.previous_saved_as.name == "history-2026-11-25T180000Z-before-restore.sqlite3"
    with HistoryStore.open(paths) as restored:
        assert len(restored.sets_between()) == 4 and restored.check() == []
    # The state just left is itself restorable.
    recovery.restore(paths, result.previous_saved_as)
    with HistoryStore.open(paths) as back:
        assert {s.id for s in later} <= {s.id for s in back.sets_between()}


def test_restore_refuses_bad_input_and_changes_nothing(
    store: HistoryStore, paths: Paths, tmp_path: Path
) -> None:
    fill(store, sessions=1, sets=1)
    store.close()
    digest = sha256(paths.database)

    with pytest.raises(MissingFileError):
        recovery.restore(paths, tmp_path / "nope.sqlite3")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    with pytest.raises(NotARugTimerDatabase):
        recovery.restore(paths, text)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotARugTimerDatabase):
        recovery.restore(paths, other)
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA application_id = {0x5267546D}")
    conn.execute("PRAGMA user_version = 5")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabaseError):
        recovery.restore(paths, newer)
    with pytest.raises(NotARugTimerDatabase):
        recovery.restore(paths, paths.database)  # the live file is not a backup of itself

    assert sha256(paths.database) == digest
    assert backups.list_backups(paths.backups) == []


def test_a_backup_that_does_not_verify_never_takes_a_backups_name(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=1, sets=1)
    good = store.backup_now(datetime(2026, 11, 25, tzinfo=UTC))
    before = sha256(good)
    target = paths.backups / "history-2026-11-25.sqlite3"
    # Simulate a failing VACUUM INTO (a closed connection): the old backup stays as it was.
    dead = sqlite3.connect(":memory:")
    dead.close()
    with pytest.raises(Exception):  # noqa: B017 - any failure will do
        backups.write_snapshot(dead, target)
    assert sha256(good) == before
    assert [p for p in paths.backups.iterdir() if p.name.startswith(".")] == []


def kept_backups(paths: Paths) -> list[Path]:
    return [b.path for b in backups.list_backups(paths.backups) if b.reason == backups.KEPT_REASON]


def delete_all_sessions(store: HistoryStore) -> None:
    for session in store.sessions():
        store.delete_session(session.id)


def test_a_much_smaller_history_never_replaces_todays_backup(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=5, sets=4)
    good = store.backup_now(noon(date(2026, 11, 25)))
    good_hash = sha256(good)
    delete_all_sessions(store)  # an emptied history (or an empty start after damage)
    renewed = store.backup_now(noon(date(2026, 11, 25)))
    [kept] = kept_backups(paths)
    assert sha256(kept) == good_hash and backups.verify(kept) == []
    assert renewed == good and backups.record_count_of(renewed) == 0
    # A history about as large as the backup renews it as before: no "kept" copy.
    fill(store, sessions=1, sets=1)
    store.backup_now(noon(date(2026, 11, 25)))
    assert len(kept_backups(paths)) == 1


def test_rotation_keeps_a_much_larger_backup_under_a_kept_name(store: HistoryStore, paths: Paths) -> None:
    fill(store, sessions=5, sets=4)
    first = date(2026, 1, 5)
    good_hash = sha256(store.backup_now(noon(first)))
    delete_all_sessions(store)
    for offset in range(1, 40):  # weeks of daily backups of the small history: rotation drops day one
        store.add_pain_entry(PainEntry(at=at(2), pain=offset % 11))
        store.backup_if_due(noon(first + timedelta(days=offset)))
    assert [sha256(p) for p in kept_backups(paths)] == [good_hash]
    assert first not in regular_days(paths)
