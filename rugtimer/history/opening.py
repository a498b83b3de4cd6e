"""Open the history: inspect, connect, migrate (a backup first), or open it only to read.

The sequence on top of ``db`` (the file) and ``backups`` (the safety copy before an upgrade); kept apart from
both so neither needs the other's module at import.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from rugtimer.history import backups, schema
from rugtimer.history.db import (
    Inspection,
    connect_readonly,
    connect_rw,
    inspect,
    is_corruption,
    supported_version,
    user_version,
)
from rugtimer.history.errors import (
    CorruptDatabaseError,
    NewerDatabaseError,
    NotARugTimerDatabase,
    StorageError,
    storage_error,
)


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    backups_dir: Path | None,
    now: datetime,
    migrations: Sequence[schema.Migration] | None = None,
) -> None:
    """Bring the schema up to date: a backup first, then each step with its version bump in one transaction.

    The version is read again inside each transaction (``BEGIN IMMEDIATE`` holds the write lock), so two
    processes opening an old file at once migrate it once.
    """
    steps = schema.MIGRATIONS if migrations is None else migrations
    start = user_version(conn)
    if start > len(steps):
        raise NewerDatabaseError(path, start, len(steps))
    if start == len(steps):
        return
    if start > 0 and backups_dir is not None:  # None: an in-memory copy, nothing on disk to protect
        backups.safety_backup(conn, backups_dir, f"before-migration-to-v{len(steps)}", now)
    for target in range(start + 1, len(steps) + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            if user_version(conn) < target:
                steps[target - 1](conn)
                conn.execute(f"PRAGMA user_version = {target}")
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(path, f"upgrading to version {target} broke {len(broken)} references")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StorageError(path, f"upgrading to version {target} failed: {exc}") from exc
            raise


# --- the whole sequence ---------------------------------------------------------------------------------


def _damaged(path: Path, backups_dir: Path, problems: list[str]) -> CorruptDatabaseError:
    """Describe a damaged history, left where it is, with the newest good backup to offer."""
    return CorruptDatabaseError(path, None, backups.newest_good_backup(backups_dir), problems)


def _refuse_unusable(
    found: Inspection, backups_dir: Path, migrations: Sequence[schema.Migration] | None = None
) -> None:
    """Raise the error for a file no opening may touch: newer, another program's, or damaged."""
    if found.state == "newer":
        raise NewerDatabaseError(found.path, found.version, supported_version(migrations))
    if found.state == "foreign":
        raise NotARugTimerDatabase(found.path, found.problems[0])
    if found.state in ("corrupt", "not_sqlite"):
        raise _damaged(found.path, backups_dir, found.problems)


def open_database(
    path: Path,
    backups_dir: Path,
    *,
    now: datetime | None = None,
    migrations: Sequence[schema.Migration] | None = None,
) -> sqlite3.Connection:
    """Inspect, connect, migrate. Raises NewerDatabaseError, NotARugTimerDatabase, CorruptDatabaseError
    or StorageError; never changes a file it refuses (a damaged one stays in place until the person
    chooses a restore or a fresh start)."""
    path = Path(path)
    now = now or datetime.now(UTC)
    _refuse_unusable(inspect(path, migrations=migrations, backups_dir=backups_dir), backups_dir, migrations)
    conn = connect_rw(path)
    try:
        migrate(conn, path, backups_dir, now, migrations)
    except sqlite3.Error as exc:
        conn.close()
        if is_corruption(exc):
            raise _damaged(path, backups_dir, [str(exc)]) from exc
        raise storage_error(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def open_for_reading(path: Path, backups_dir: Path, *, now: datetime | None = None) -> sqlite3.Connection:
    """A read-only connection to a usable history, for commands that only read (check, trends, export, plan).

    Works in a read-only folder and never changes the file. A history of an older schema is copied into
    memory and upgraded there, so this version's queries work without writing a byte. Raises what
    ``open_database`` raises for a file it cannot use.
    """
    path = Path(path)
    found = inspect(path, backups_dir=backups_dir)
    _refuse_unusable(found, backups_dir)
    if found.state in ("missing", "empty"):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        migrate(conn, path, None, now or datetime.now(UTC))
        return conn
    try:
        conn = connect_readonly(path)
        if user_version(conn) == supported_version():
            conn.execute("PRAGMA query_only = ON")
            return conn
        memory = sqlite3.connect(":memory:", isolation_level=None)
        conn.backup(memory)
        conn.close()
        migrate(memory, path, None, now or datetime.now(UTC))
        return memory
    except sqlite3.Error as exc:
        raise StorageError(path, str(exc), operation="read") from exc
