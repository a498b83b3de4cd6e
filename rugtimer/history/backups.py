"""Backups: made through SQLite (``VACUUM INTO``), never by copying the live file; verified; rotated.

Two kinds live in the backups folder, both private (0600):

- **regular** ``history-YYYY-MM-DD.sqlite3`` (UTC date): at most one a day, only when something changed
  since the newest one (a random change token that triggers renew on every write and that a backup copies).
  Rotation keeps the newest backup of each of the 7 most recent days, 4 most recent ISO weeks and 12 most
  recent months that have one (restic's ``--keep-daily 7 --keep-weekly 4 --keep-monthly 12``; a backup kept
  by several rules counts for each). One a day makes "newest of a period" simply its latest day.
- **safety** ``history-YYYY-MM-DDTHHMMSSZ-before-restore.sqlite3`` (and ``-before-migration-to-vN``): taken
  before a restore or an upgrade; outside the rotation so a daily backup never pushes out the state a user
  just left. The newest ``SAFETY_KEEP`` are kept.
- **kept** ``history-YYYY-MM-DDTHHMMSSZ-kept-larger-history.sqlite3``: a backup that was about to be replaced
  or rotated away by a backup of a history less than half its size (an emptied or restarted history). It is
  renamed, never deleted by RugTimer, so the last good backup survives whatever happens to the history.

Every backup is written to a hidden temporary file, checked with ``integrity_check``, fsynced and then
renamed into place, so a backup file that exists under its final name is complete.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Literal

from rugtimer.history import db, schema
from rugtimer.history.errors import (
    StorageError,
    storage_error,
)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
SAFETY_KEEP = 10

_REGULAR = re.compile(r"^history-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_SAFETY = re.compile(r"^history-(\d{4}-\d{2}-\d{2})T(\d{6})Z-((?:before|kept)-[a-z0-9-]+)\.sqlite3$")
KEPT_REASON = "kept-larger-history"
_TMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class Backup:
    """One backup file; ``day`` is the UTC date in its name."""

    path: Path
    day: date
    kind: Literal["regular", "safety"]
    reason: str = ""  # a safety backup's "before-restore", "kept-larger-history", ...


# --- listing --------------------------------------------------------------------------------------------


def _parse(path: Path) -> Backup | None:
    for pattern, kind in ((_REGULAR, "regular"), (_SAFETY, "safety")):
        match = pattern.match(path.name)
        if match:
            reason = match.group(3) if kind == "safety" else ""
            try:
                return Backup(path, date.fromisoformat(match.group(1)), kind, reason)  # type: ignore[arg-type]
            except ValueError:
                return None
    return None


def list_backups(backups_dir: Path) -> list[Backup]:
    """All backups, newest first (by UTC date, then by the time the file was written)."""
    try:
        entries = list(Path(backups_dir).iterdir())
    except FileNotFoundError:
        return []
    found = [b for b in map(_parse, entries) if b is not None and b.path.is_file()]

    def key(backup: Backup) -> tuple[date, float]:
        try:
            return backup.day, backup.path.stat().st_mtime
        except OSError:
            return backup.day, 0.0

    return sorted(found, key=key, reverse=True)


def verify(path: Path) -> list[str]:
    """Problems with a backup file (empty list = a good RugTimer backup this version can restore)."""
    try:
        found = db.inspect(Path(path), full=True)
    except StorageError as exc:
        return [exc.reason]
    if found.state == "ours":
        return []
    if found.state == "newer":
        return [f"made by a newer RugTimer (schema version {found.version})"]
    if found.state in ("missing", "empty"):
        return ["the file is missing or empty"]
    return found.problems or [found.state]


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes ``verify``: what to offer when the history file is damaged."""
    for backup in list_backups(backups_dir):
        if not verify(backup.path):
            return backup.path
    return None


# --- writing --------------------------------------------------------------------------------------------


def write_snapshot(conn: sqlite3.Connection, target: Path) -> Path:
    """``VACUUM INTO`` a private temporary file, verify it, fsync it, rename it to ``target``.

    ``conn`` may be read-only and must not be inside a transaction. Raises StorageError (e.g. disk full);
    an existing ``target`` is replaced only by a verified new file.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{_TMP_PREFIX}{os.getpid()}-{target.name}")
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, db.PRIVATE_FILE))
        _vacuum_into(conn, tmp)
        problems = verify(tmp)
        if problems:
            raise StorageError(target, "the new backup did not verify: " + "; ".join(problems))
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        db.fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise storage_error(target, exc) from exc
    except OSError as exc:
        raise storage_error(target, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return target


def _vacuum_into(conn: sqlite3.Connection, target: Path) -> None:
    """VACUUM INTO writes with the source's ``synchronous`` level; the copy is fsynced once afterwards
    instead (several times faster), so the setting is lowered for this one statement."""
    try:
        os.fsencode(target).decode("utf-8")
    except UnicodeDecodeError:  # a folder named on an old Latin-1 system: SQL text cannot name it
        dest = sqlite3.connect(target)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        return
    previous = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    conn.execute("PRAGMA synchronous = OFF")
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    finally:
        conn.execute(f"PRAGMA synchronous = {previous}")


def regular_path(backups_dir: Path, now: datetime) -> Path:
    return Path(backups_dir) / f"history-{now.astimezone(UTC).date().isoformat()}.sqlite3"


def _safety_name(backups_dir: Path, reason: str, now: datetime) -> Path:
    """A free ``history-<UTC stamp>-<reason>[-N].sqlite3`` name."""
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H%M%SZ")
    target = Path(backups_dir) / f"history-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = Path(backups_dir) / f"history-{stamp}-{reason}-{counter}.sqlite3"
    return target


def safety_backup(conn: sqlite3.Connection, backups_dir: Path, reason: str, now: datetime) -> Path:
    """A backup taken before something risky (an upgrade, a restore); kept outside the rotation."""
    path = write_snapshot(conn, _safety_name(backups_dir, reason, now))
    _prune_safety(backups_dir)
    return path


def change_token(conn: sqlite3.Connection) -> str:
    """Renewed by a trigger on every write; equal tokens mean equal content."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'change_token'").fetchone()
    return str(row[0]) if row else ""


def _token_of(path: Path) -> str | None:
    try:
        conn = db.connect_readonly(path)
        try:
            return change_token(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def backup_if_due(conn: sqlite3.Connection, backups_dir: Path, now: datetime | None = None) -> Path | None:
    """Today's regular backup, if there is none yet and something changed since the newest one."""
    now = now or datetime.now(UTC)
    target = regular_path(backups_dir, now)
    if target.exists():
        return None
    token = change_token(conn)
    regular = [b for b in list_backups(backups_dir) if b.kind == "regular"]
    last_token = _token_of(regular[0].path) if regular else ""
    if token == last_token:
        return None
    path = write_snapshot(conn, target)
    rotate(backups_dir, now)
    return path


def backup_now(conn: sqlite3.Connection, backups_dir: Path, now: datetime | None = None) -> Path:
    """Make (or renew) today's regular backup now, then rotate.

    Today's backup of a history more than twice as large as the one now is kept under a "kept" name
    instead of being replaced (an emptied history never costs the good backup).
    """
    now = now or datetime.now(UTC)
    target = regular_path(backups_dir, now)
    if target.exists() and _much_larger(record_count_of(target), record_count(conn)):
        keep_aside(target, now)
    path = write_snapshot(conn, target)
    rotate(backups_dir, now)
    return path


# --- sizes: a smaller history never pushes out a much larger backup -----------------------------------------


def record_count(conn: sqlite3.Connection) -> int:
    """How many records a history holds (every data table), the measure of "smaller by more than half"."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [table for table in schema.DATA_TABLES if table in present]  # an older schema has fewer
    return sum(int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in tables)


def record_count_of(path: Path) -> int | None:
    """``record_count`` of a backup file; None when it cannot be read (then it is not protected by size)."""
    try:
        conn = db.connect_readonly(path)
        try:
            return record_count(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _much_larger(old: int | None, new: int) -> bool:
    return old is not None and old > 2 * new


def keep_aside(backup: Path, now: datetime) -> Path:
    """Rename ``backup`` to a "kept" name that rotation never deletes."""
    target = _safety_name(Path(backup).parent, KEPT_REASON, now)
    os.rename(backup, target)
    db.fsync_dir(target.parent)
    return target


# --- rotation -------------------------------------------------------------------------------------------


def kept_days(days: Iterable[date]) -> set[date]:
    """The backup days rotation keeps: newest of each of the 7 latest days, 4 latest ISO weeks, 12 latest
    months that have a backup."""
    ordered = sorted(set(days), reverse=True)
    keep: set[date] = set(ordered[:KEEP_DAILY])
    for period, count in (
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for day in ordered:  # newest first, so the first day seen in a period is its newest
            p = period(day)
            if p not in seen:
                if len(seen) == count:
                    break
                seen.append(p)
                keep.add(day)
    return keep


def rotate(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the regular backups rotation does not keep (and stale temporary files); return what went.

    A backup more than twice the size of the newest one is renamed "kept" instead of deleted.
    """
    regular = [b for b in list_backups(backups_dir) if b.kind == "regular"]
    keep = kept_days(b.day for b in regular)
    dropped = [b for b in regular if b.day not in keep]
    newest = record_count_of(regular[0].path) if dropped else None
    removed = []
    for backup in dropped:
        if newest is not None and _much_larger(record_count_of(backup.path), newest):
            keep_aside(backup.path, now or datetime.now(UTC))
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    cutoff = datetime.now().timestamp() - timedelta(days=1).total_seconds()
    for stale in Path(backups_dir).glob(f"{_TMP_PREFIX}*"):
        try:
            if stale.stat().st_mtime < cutoff:
                stale.unlink()
        except OSError:
            pass
    return removed


def _prune_safety(backups_dir: Path) -> None:
    """The newest ``SAFETY_KEEP`` "before-…" backups stay; "kept" ones are never pruned."""
    safety = [b for b in list_backups(backups_dir) if b.kind == "safety" and b.reason.startswith("before-")]
    for backup in safety[SAFETY_KEEP:]:
        backup.path.unlink(missing_ok=True)


def tighten_all(backups_dir: Path) -> None:
    """Backups left with looser modes by an older version become 0600."""
    for backup in list_backups(backups_dir):
        db.tighten(backup.path)
