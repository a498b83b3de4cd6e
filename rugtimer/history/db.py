"""Opening the history file safely: look before writing, then connect, check and migrate.

The file itself: look at it without writing (``inspect``), connect read-write with the durable pragmas or
read-only, set a damaged file aside. ``opening.open_database`` puts these together in this order:

1. ``inspect`` the file read-only (header bytes, then SQLite ``mode=ro``): a file made by a newer RugTimer
   or by another program is refused and left byte-for-byte unchanged; so is a damaged one, reported with the
   newest good backup. It stays where it is until the person chooses (restore a backup, or start empty with
   the damaged copy kept aside: ``backups.restore`` / ``backups.start_empty``), so no later start, backup or
   import can ever make a new empty history over it without being asked.
2. Connect read-write with the pragmas that make a committed set survive power loss (WAL +
   ``synchronous=FULL``) and private file modes (0600 for the file, its ``-wal`` and ``-shm``).
3. Migrate: a backup first, then each step and its ``user_version`` bump in one transaction.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from rugtimer.history import folder, schema
from rugtimer.history.errors import (
    StorageError,
    storage_error,
)

PRIVATE_FILE = 0o600
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 5.0

# not_sqlite: no SQLite header. At the app's own path that is a damaged history (moved aside like "corrupt");
# given to restore or check it is simply not a RugTimer file.
State = Literal["missing", "empty", "ours", "foreign", "newer", "corrupt", "not_sqlite"]


def supported_version(migrations: Sequence[schema.Migration] | None = None) -> int:
    """The newest schema version this RugTimer knows."""
    return len(schema.MIGRATIONS if migrations is None else migrations)


@dataclass(frozen=True)
class Inspection:
    """What a read-only look at a file found."""

    path: Path
    state: State
    version: int = 0
    problems: list[str] = field(default_factory=list)


# --- read-only look ---------------------------------------------------------------------------------------


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write the file (SQLite ``mode=ro``).

    In a folder where SQLite cannot make the ``-shm`` file a WAL database will not open even read-only;
    then it is opened ``immutable`` (SQLite reads the main file as it is). Changes still waiting in a
    ``-wal`` beside it cannot be read that way: ``unread_wal`` says whether there are any.
    """
    uri = Path(os.path.abspath(path)).as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # opens the file (and its -shm) for real
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if _folder_writable(Path(path).parent):
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S)


def _folder_writable(directory: Path) -> bool:
    try:
        return folder.can_write_in(directory)
    except OSError:
        return False


def unread_wal(path: Path) -> bool:
    """A non-empty ``-wal`` beside ``path``: changes an ``immutable`` read cannot see."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def is_corruption(exc: sqlite3.Error) -> bool:
    """SQLite's own words for "this file is damaged / not a database"."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or type(exc) is sqlite3.DatabaseError


def check_problems(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """``quick_check`` (fast, at every open) or ``integrity_check`` + ``foreign_key_check`` (``full``)."""
    pragma = "integrity_check" if full else "quick_check"
    problems = [
        line.strip()
        for row in conn.execute(f"PRAGMA {pragma}")
        if row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    if full:
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a {parent} record that does not exist")
    return problems


def has_backups(backups_dir: Path) -> bool:
    """Any backup file in ``backups_dir`` (by name; whether it is good is ``backups.verify``'s question)."""
    try:
        return any(Path(backups_dir).glob("history-*.sqlite3"))
    except OSError:
        return False


def inspect(
    path: Path,
    *,
    full: bool = False,
    migrations: Sequence[schema.Migration] | None = None,
    backups_dir: Path | None = None,
) -> Inspection:
    """Look at ``path`` without ever writing it.

    The header bytes are read first so a newer file is refused before SQLite opens it at all; then a
    read-only connection reads the real version (an unfinished ``-wal`` may hold a newer one) and checks
    the pages. Given the ``backups_dir``, a zero-length file next to backups is a truncated history
    ("corrupt"), not a new one: the app and every command say the same about it.
    """
    path = Path(path)
    supported = supported_version(migrations)
    if not path.exists():
        return Inspection(path, "missing")
    if path.is_dir():
        return Inspection(path, "not_sqlite", problems=["it is a folder, not a file"])
    if not path.is_file():  # opening a named pipe or a device would wait for ever
        return Inspection(
            path, "not_sqlite", problems=["it is not a regular file (a device, pipe or socket)"]
        )
    try:
        header = _header(path)
    except OSError as exc:
        raise StorageError(path, exc.strerror or str(exc), operation="read") from exc
    if not header and backups_dir is not None and has_backups(backups_dir):
        return Inspection(path, "corrupt", problems=["the file is empty although backups exist"])
    if header:  # an empty file is a new database (or one whose first commit is still in its -wal)
        if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
            return Inspection(path, "not_sqlite", problems=["it is not an SQLite database"])
        header_version = int.from_bytes(header[60:64], "big")
        header_app = int.from_bytes(header[68:72], "big")
        if header_app == schema.APPLICATION_ID and header_version > supported:
            return Inspection(path, "newer", header_version)
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        if is_corruption(exc):
            return Inspection(path, "corrupt", problems=[str(exc)])
        raise StorageError(path, str(exc), operation="read") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == 0 and version == 0 and objects == 0:
            return Inspection(path, "empty")
        if app_id != schema.APPLICATION_ID:
            return Inspection(path, "foreign", version, ["it is another program's SQLite database"])
        if version > supported:
            return Inspection(path, "newer", version)
        problems = check_problems(conn, full=full)
        return Inspection(path, "corrupt" if problems else "ours", version, problems)
    except sqlite3.Error as exc:
        if is_corruption(exc):
            return Inspection(path, "corrupt", problems=[str(exc)])
        raise StorageError(path, str(exc), operation="read") from exc
    finally:
        conn.close()


# --- file modes and moving aside ------------------------------------------------------------------------


def tighten(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take group/other permissions off ``path`` and its side files (left loose by an older version)."""
    for candidate in (Path(path), *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        try:
            current = candidate.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if current & 0o077:
            os.chmod(candidate, mode)


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (POSIX; a no-op where that is impossible)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def rename_aside(path: Path, now: datetime, suffix: str = "corrupt") -> Path:
    """Move ``path`` (and its ``-wal``/``-shm``) to ``<name>.<UTC stamp>.corrupt``; never delete anything."""
    path = Path(path)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{stamp}.{suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{stamp}-{counter}.{suffix}")
    os.rename(path, target)
    for side in SIDE_FILES:
        if Path(f"{path}{side}").exists():
            os.rename(f"{path}{side}", f"{target}{side}")
    fsync_dir(path.parent)
    return target


# --- read-write connection ------------------------------------------------------------------------------


def connect_rw(path: Path) -> sqlite3.Connection:
    """Connect for writing with the durable pragmas.

    The file is created 0600 before SQLite opens it, because ``-wal``/``-shm`` inherit the database
    file's mode. ``isolation_level=None``: no implicit transactions; callers BEGIN and COMMIT explicitly.
    """
    path = Path(path)
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
        tighten(path)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error) as exc:
        raise storage_error(path, exc) from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError(path, f"the folder does not support SQLite's WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    tighten(path)
    return conn


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
