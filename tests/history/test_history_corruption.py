"""A damaged history file is detected at open and left exactly where it is until the person chooses: restore
the newest good backup (offered), or start empty with the damaged file kept aside as ``.corrupt``. Never
deleted, and no open, backup or import makes a new empty history over it in between."""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rugtimer.history import CorruptDatabaseError, HistoryStore, backups, recovery
from rugtimer.paths import Paths
from tests.history.history_helpers import fill, sha256

PAGE = 4096
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def history_with_backup(paths: Paths) -> tuple[list[str], Path]:
    """A history big enough to span many pages, a backup of it, and the file closed (checkpointed)."""
    with HistoryStore.open(paths) as store:
        with store.batch():
            made = fill(store, sessions=20, sets=15)
        backup = store.backup_now(NOW)
    return sorted(s.id for s in made), backup


def damage_and_open(paths: Paths, damage) -> CorruptDatabaseError:  # type: ignore[no-untyped-def]
    data = bytearray(paths.database.read_bytes())
    damage(data)
    paths.database.write_bytes(bytes(data))
    damaged = sha256(paths.database)
    for _attempt in range(2):  # every later start says the same again, and changes nothing
        with pytest.raises(CorruptDatabaseError) as caught:
            HistoryStore.open(paths, now=NOW)
        error = caught.value
        assert error.moved_to is None and sha256(paths.database) == damaged
        assert error.path == paths.database and error.problems
        assert str(paths.database) in str(error) and "left as it is" in str(error)
    return error


def truncate(data: bytearray) -> None:
    del data[len(data) // 2 :]


def garbage_pages(data: bytearray) -> None:
    rnd = random.Random(7)
    for page in rnd.sample(range(1, len(data) // PAGE), 3):
        data[page * PAGE : (page + 1) * PAGE] = rnd.randbytes(PAGE)


def garbage_header(data: bytearray) -> None:
    data[:100] = random.Random(3).randbytes(100)


@pytest.mark.parametrize("damage", [truncate, garbage_pages, garbage_header], ids=lambda f: f.__name__)
def test_damage_is_detected_kept_aside_and_the_backup_restores(damage, paths: Paths) -> None:  # type: ignore[no-untyped-def]
    set_ids, backup = history_with_backup(paths)
    error = damage_and_open(paths, damage)
    assert error.newest_backup == backup
    assert "newest good backup" in str(error)

    result = recovery.restore(paths, error.newest_backup, now=NOW)
    assert result.previous_saved_as is None  # nothing healthy was there to save
    with HistoryStore.open(paths) as store:
        assert sorted(s.id for s in store.sets_between()) == set_ids
        assert store.check() == []
    moved = result.damaged_moved_to
    assert moved is not None and moved.name.endswith(".corrupt") and moved.exists()  # still kept


def test_the_wal_goes_aside_with_its_damaged_file_on_a_fresh_start(paths: Paths) -> None:
    history_with_backup(paths)
    Path(f"{paths.database}-wal").write_bytes(b"left over")
    error = damage_and_open(paths, garbage_pages)
    damaged = sha256(error.path)
    moved = recovery.start_empty(paths, NOW)
    assert moved is not None and sha256(moved) == damaged
    assert Path(f"{moved}-wal").read_bytes() == b"left over"
    assert not Path(f"{paths.database}-wal").exists()


def test_after_the_damage_the_user_may_also_start_afresh(paths: Paths) -> None:
    history_with_backup(paths)
    damage_and_open(paths, truncate)
    recovery.start_empty(paths, NOW)
    with HistoryStore.open(paths) as store:
        assert store.session_count() == 0


def test_an_emptied_file_next_to_backups_is_damage_not_a_new_history(paths: Paths) -> None:
    _, backup = history_with_backup(paths)
    error = damage_and_open(paths, lambda data: data.clear())
    assert error.newest_backup == backup


def test_damage_without_any_backup_says_so(paths: Paths) -> None:
    with HistoryStore.open(paths) as store, store.batch():
        fill(store, sessions=20, sets=15)
    error = damage_and_open(paths, garbage_pages)
    assert error.newest_backup is None
    assert "No good backup" in str(error)


def test_a_damaged_backup_is_skipped_for_an_older_good_one(paths: Paths) -> None:
    _, older = history_with_backup(paths)
    newer = paths.backups / "history-2026-11-26.sqlite3"
    data = bytearray(older.read_bytes())
    garbage_pages(data)
    newer.write_bytes(bytes(data))
    os.chmod(newer, 0o600)
    assert backups.verify(newer)
    assert backups.newest_good_backup(paths.backups) == older


def test_damage_set_aside_twice_on_the_same_second_never_overwrites_the_first_copy(paths: Paths) -> None:
    history_with_backup(paths)
    damage_and_open(paths, truncate)
    first = recovery.start_empty(paths, NOW)
    paths.database.write_bytes(b"not a database at all, page one " * 200)
    with pytest.raises(CorruptDatabaseError):
        HistoryStore.open(paths, now=NOW)
    second = recovery.start_empty(paths, NOW)
    assert first is not None and first.exists()
    assert second is not None and second != first and second.exists()
