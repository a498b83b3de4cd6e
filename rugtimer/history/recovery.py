"""Whole-file operations for the CLI and the GUI: check a file the person named, back up now, restore a
backup, or start empty after damage. Each keeps what it replaces (a safety backup, or the damaged file set
aside), so none of them can lose a history.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from rugtimer.history import db, folder
from rugtimer.history.backups import backup_now, newest_good_backup, safety_backup
from rugtimer.history.errors import (
    CorruptDatabaseError,
    MissingFileError,
    NewerDatabaseError,
    NotARugTimerDatabase,
    storage_error,
)
from rugtimer.history.opening import open_database
from rugtimer.paths import Paths


@dataclass(frozen=True)
class RestoreResult:
    """What ``restore`` did, for the message to the user."""

    restored_from: Path
    previous_saved_as: Path | None
    damaged_moved_to: Path | None


# --- whole-file operations for the CLI and the GUI --------------------------------------------------------


def verify_usable(path: Path, backups_dir: Path) -> db.Inspection:
    """Inspect a file the user named; raise the matching typed error unless it is a good RugTimer file."""
    found = db.inspect(path, full=True)
    if found.state == "ours":
        return found
    if found.state == "missing":
        raise MissingFileError(path)
    if found.state == "empty":
        raise NotARugTimerDatabase(path, "the file is empty")
    if found.state == "newer":
        raise NewerDatabaseError(path, found.version, db.supported_version())
    if found.state in ("foreign", "not_sqlite"):
        raise NotARugTimerDatabase(path, found.problems[0])
    raise CorruptDatabaseError(path, None, newest_good_backup(backups_dir), found.problems)


def backup_database(paths: Paths, now: datetime | None = None) -> Path:
    """``rugtimer backup``: today's regular backup, made read-only (so it works while the app runs)."""
    verify_usable(paths.database, paths.backups)
    folder.prepare(paths)
    conn = db.connect_readonly(paths.database)
    try:
        return backup_now(conn, paths.backups, now)
    finally:
        conn.close()


def restore(paths: Paths, backup: Path, now: datetime | None = None) -> RestoreResult:
    """Replace the history with ``backup``; the current file is backed up first (or moved aside if damaged).

    The caller must hold the single-writer lock and have closed its own HistoryStore. The copy goes through
    SQLite's backup API into the WAL database in one transaction, so a crash leaves either the old or the
    new history, never a mix.
    """
    now = now or datetime.now(UTC)
    backup = Path(backup)
    verify_usable(backup, paths.backups)
    folder.prepare(paths)
    if paths.database.exists() and os.path.samefile(backup, paths.database):
        raise NotARugTimerDatabase(backup, "it is the current history file itself, not a backup")
    saved: Path | None = None
    moved: Path | None = None
    current = db.inspect(paths.database, backups_dir=paths.backups)
    if current.state in ("ours", "newer"):
        conn = db.connect_readonly(paths.database)
        try:
            saved = safety_backup(conn, paths.backups, "before-restore", now)
        finally:
            conn.close()
    elif current.state in ("corrupt", "not_sqlite", "foreign"):
        moved = db.rename_aside(paths.database, now, "corrupt" if current.state != "foreign" else "replaced")
    source = db.connect_readonly(backup)
    try:
        dest = db.connect_rw(paths.database)
        try:
            source.backup(dest)
        except sqlite3.Error as exc:
            raise storage_error(paths.database, exc) from exc
        finally:
            dest.close()
    finally:
        source.close()
    open_database(paths.database, paths.backups, now=now).close()  # upgrade an older backup, check it
    return RestoreResult(backup, saved, moved)


def start_empty(paths: Paths, now: datetime | None = None) -> Path | None:
    """The person chose a fresh start over a damaged history: keep the damaged file aside (``.corrupt``,
    never deleted) so the next open makes a new, empty history. Returns where it was kept (None if there
    was no file). The caller holds the single-writer lock."""
    if not paths.database.exists():
        return None
    return db.rename_aside(paths.database, now or datetime.now(UTC))
