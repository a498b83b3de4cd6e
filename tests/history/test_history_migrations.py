"""Upgrades from every shipped schema version; refusal of newer and foreign files, byte for byte.

``fixtures/vN.sql`` is a frozen database of schema version N as it shipped. When version N+1 ships, add
its migration step in rugtimer/history/schema.py and a frozen ``fixtures/v{N+1}.sql``; these tests then
cover the upgrade from every older version automatically.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rugtimer.history import (
    HistoryStore,
    NewerDatabaseError,
    NotARugTimerDatabase,
    StorageError,
    backups,
    db,
    opening,
    schema,
)
from rugtimer.history.psk_store import PskStore
from rugtimer.paths import Paths
from tests.history.history_helpers import fill, raw, sha256

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONED = sorted(FIXTURES.glob("v*.sql"), key=lambda p: int(re.findall(r"\d+", p.stem)[0]))
NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def fixture_version(path: Path) -> int:
    return int(re.fullmatch(r"v(\d+)", path.stem).group(1))  # type: ignore[union-attr]


def build(script: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target)
    conn.executescript(script.read_text())
    conn.close()


def schema_of(path: Path) -> set[tuple[str, str, str]]:
    conn = raw(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {(kind, name, re.sub(r"\s+", " ", sql or "")) for kind, name, sql in rows}
    finally:
        conn.close()


def contents(path: Path) -> dict[str, set[tuple[object, ...]]]:
    conn = raw(path)
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: set(conn.execute(f"SELECT * FROM {t}")) for t in schema.DATA_TABLES if t in present}
    finally:
        conn.close()


def test_there_is_a_frozen_fixture_for_every_schema_version() -> None:
    assert [fixture_version(p) for p in VERSIONED] == list(range(1, db.supported_version() + 1))


@pytest.mark.parametrize("script", VERSIONED, ids=lambda p: p.stem)
def test_upgrade_from_every_shipped_version(script: Path, paths: Paths) -> None:
    build(script, paths.database)
    before = contents(paths.database)
    ids = {table: {row[0] for row in rows} for table, rows in before.items()}
    assert all(ids.values()), "each fixture holds at least one row of every table"

    with HistoryStore.open(paths, now=NOW) as store:
        assert store.check() == []
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == db.supported_version()
        # Everything reads back through the API (no row the current code cannot parse).
        assert {s.id for s in store.sessions()} == ids["sessions"]
        assert {s.id for s in store.sets_between()} == ids["sets"]
        assert {h.id for h in store.hurt_events()} == ids["hurt_events"]
        assert {p.id for p in store.pain_entries()} == ids["pain_entries"]
        assert {a.id for a in store.activities()} == ids["activities"]
        assert {p.id for p in store.plan_changes()} == ids["plan_changes"]
        assert {p.id for p in store.programs()} == ids.get("programs", set())
        assert {a.id for a in store.coach_answers()} == ids.get("coach_answers", set())
        psk = PskStore(store)
        assert {a.id for a in psk.activities()} == ids.get("psk_activities", set())
        assert {s.id for s in psk.scores()} == ids.get("psk_scores", set())

    migration_backups = [b for b in backups.list_backups(paths.backups) if "before-migration" in b.path.name]
    if fixture_version(script) < db.supported_version():
        assert len(migration_backups) == 1
        assert contents(migration_backups[0].path) == before
    else:
        assert migration_backups == []


@pytest.mark.parametrize("script", VERSIONED, ids=lambda p: p.stem)
def test_an_upgraded_file_has_exactly_the_schema_of_a_new_one(script: Path, tmp_path: Path) -> None:
    old, new = Paths(tmp_path / "old"), Paths(tmp_path / "new")
    build(script, old.database)
    HistoryStore.open(old).close()
    HistoryStore.open(new).close()
    assert schema_of(old.database) == schema_of(new.database)


# --- the machinery, with a hypothetical version 2 ----------------------------------------------------------


def _add_mood(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")


def _half_done(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")
    raise RuntimeError("power cut halfway through the step")


def _make_v1(paths: Paths) -> None:
    """A database of the current version (the name is historical)."""
    with HistoryStore.open(paths) as store:
        fill(store, sessions=2, sets=2)


CURRENT = len(schema.MIGRATIONS)


def test_the_next_version_is_one_added_function(paths: Paths) -> None:
    _make_v1(paths)
    steps = (*schema.MIGRATIONS, _add_mood)
    conn = opening.open_database(paths.database, paths.backups, now=NOW, migrations=steps)
    try:
        assert db.user_version(conn) == CURRENT + 1
        assert "mood" in {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
        assert conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 4
    finally:
        conn.close()
    [backup] = backups.list_backups(paths.backups)
    assert backup.path.name == f"history-2026-11-25T180000Z-before-migration-to-v{CURRENT + 1}.sqlite3"
    conn = raw(backup.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
    assert conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 4
    conn.close()
    # ...and this RugTimer now refuses the upgraded file, leaving it alone.
    digest = sha256(paths.database)
    with pytest.raises(NewerDatabaseError):
        HistoryStore.open(paths)
    assert sha256(paths.database) == digest


def test_a_failing_step_leaves_the_old_version_intact(paths: Paths) -> None:
    _make_v1(paths)
    with pytest.raises(RuntimeError):
        opening.open_database(
            paths.database, paths.backups, now=NOW, migrations=(*schema.MIGRATIONS, _half_done)
        )
    with HistoryStore.open(paths) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert "mood" not in {row[1] for row in store._conn.execute("PRAGMA table_info(sessions)")}
        assert len(store.sets_between()) == 4 and store.check() == []


def test_a_step_that_breaks_references_is_rolled_back(paths: Paths) -> None:
    _make_v1(paths)

    def orphan_sets(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("UPDATE sets SET session_id = '00000000-0000-4000-8000-000000000000'")

    with pytest.raises(StorageError, match="broke"):
        opening.open_database(
            paths.database, paths.backups, now=NOW, migrations=(*schema.MIGRATIONS, orphan_sets)
        )
    with HistoryStore.open(paths) as store:
        assert store.check() == []
        assert all(len(store.sets_for(s.id)) == 2 for s in store.sessions())


# --- newer and foreign files: refused, byte for byte unchanged -------------------------------------------


def test_a_newer_file_is_refused_and_left_byte_for_byte_unchanged(paths: Paths) -> None:
    _make_v1(paths)
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()  # the last close checkpoints: the version is in the file header
    digest, listing = sha256(paths.database), sorted(os.listdir(paths.data_dir))

    with pytest.raises(NewerDatabaseError) as caught:
        HistoryStore.open(paths)
    error = caught.value
    assert (error.path, error.found_version, error.supported_version) == (paths.database, 7, CURRENT)
    assert "newer RugTimer" in str(error) and "update" in str(error) and str(paths.database) in str(error)
    assert sha256(paths.database) == digest
    assert sorted(os.listdir(paths.data_dir)) == listing


def test_a_newer_version_still_in_the_wal_is_refused_too(paths: Paths) -> None:
    """A newer app killed before its checkpoint: the header says ours, the -wal says 9."""
    _make_v1(paths)
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA user_version = 9')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(paths.database)], check=True)
    assert int.from_bytes(paths.database.read_bytes()[60:64], "big") == CURRENT
    digest, wal = sha256(paths.database), sha256(Path(f"{paths.database}-wal"))
    with pytest.raises(NewerDatabaseError) as caught:
        HistoryStore.open(paths)
    assert caught.value.found_version == 9
    assert sha256(paths.database) == digest
    assert sha256(Path(f"{paths.database}-wal")) == wal


def test_another_programs_database_is_refused_and_untouched(paths: Paths) -> None:
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.execute("PRAGMA application_id = 42")
    conn.commit()
    conn.close()
    digest = sha256(paths.database)
    with pytest.raises(NotARugTimerDatabase) as caught:
        HistoryStore.open(paths)
    assert caught.value.path == paths.database
    assert sha256(paths.database) == digest
    assert sorted(os.listdir(paths.data_dir)) == ["backups", "history.sqlite3"]


def test_a_kill_during_creation_leaves_a_file_that_opens(paths: Paths) -> None:
    """SQLite creates an empty file before the first transaction; an empty file is a new history."""
    paths.ensure()
    paths.database.touch()
    with HistoryStore.open(paths) as store:
        assert store.session_count() == 0
