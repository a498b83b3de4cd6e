"""The errors the history store raises, as one small hierarchy.

Each error carries a plain English sentence the UI can show (``str(error)`` / ``error.message``) AND the
structured fields behind it, so a translated UI can build its own sentence from the fields.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

# The base and the record error live in the bottom layer (records raise them); the rest build on them here.
from rugtimer.model.errors import HistoryError, InvalidRecordError


class NewerDatabaseError(HistoryError):
    """The file was written by a newer RugTimer; it is left byte-for-byte unchanged."""

    def __init__(self, path: Path, found_version: int, supported_version: int) -> None:
        self.path = path
        self.found_version = found_version
        self.supported_version = supported_version
        super().__init__(
            f"The history file {path} was made by a newer RugTimer (schema version {found_version}; "
            f"this version understands up to {supported_version}). Please update the app. "
            "The file was not changed."
        )


class CorruptDatabaseError(HistoryError):
    """The file is damaged: left in place (``moved_to`` None) until the person chooses, or already kept
    aside under ``moved_to``; never deleted. ``newest_backup`` can be offered."""

    def __init__(
        self,
        path: Path,
        moved_to: Path | None,
        newest_backup: Path | None,
        problems: list[str],
    ) -> None:
        self.path = path
        self.moved_to = moved_to
        self.newest_backup = newest_backup
        self.problems = problems
        kept = f" It was kept as {moved_to}." if moved_to else " It was left as it is."
        offer = (
            f" The newest good backup is {newest_backup}; restore it with `rugtimer restore {newest_backup}`"
            " or start RugTimer to choose."
            if newest_backup
            else " No good backup was found; start RugTimer to begin an empty history (the damaged file is"
            " kept)."
        )
        super().__init__(f"The history file {path} is damaged.{kept}{offer}")


class NotARugTimerDatabase(HistoryError):  # noqa: N818 - the name the issue and the UI use
    """The file is not a RugTimer history (another program's database, or not a database at all)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path} is not a RugTimer history file: {reason}.")


class MissingFileError(NotARugTimerDatabase):
    """The named file does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "there is no such file")
        self.message = f"There is no file {path}."
        self.args = (self.message,)


class StorageError(HistoryError):
    """Writing failed (disk full, I/O error, no permission). Nothing already saved was damaged.

    The caller keeps the unsaved record and retries later; saving is idempotent by id.
    """

    def __init__(self, path: Path, reason: str, *, disk_full: bool = False, operation: str = "write") -> None:
        self.path = path
        self.reason = reason
        self.disk_full = disk_full
        self.operation = operation
        what = "the disk is full" if disk_full else reason
        super().__init__(f"Could not {operation} {path}: {what}. Nothing already saved was lost.")


class ReadOnlyFolderError(StorageError):
    """The data folder cannot be written: the history can be read (check, trends, export, plan), not saved."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        HistoryError.__init__(
            self,
            f"The data folder {folder} is read-only: RugTimer can read your history there (check, trends, "
            "export, plan) but cannot save anything in it. Make the folder writable, or copy it and use "
            "the copy with --data-dir.",
        )
        self.path = folder
        self.reason = "the folder is read-only"
        self.disk_full = False
        self.operation = "write"


class AlreadyRunning(HistoryError):  # noqa: N818 - the name the issue and the UI use
    """Another RugTimer holds the single-writer lock."""

    def __init__(self, lock_path: Path, pid: int | None, holder: str = "app") -> None:
        self.lock_path = lock_path
        self.pid = pid
        self.holder = holder  # "app", or the command holding it: "import", "restore", "demo"
        who = f" (process {pid})" if pid else ""
        if holder == "app":
            super().__init__(f"RugTimer is already running{who}; it holds {lock_path}.")
        else:
            super().__init__(
                f"`rugtimer {holder}` is working on this history{who}; it holds {lock_path}. "
                "Try again when it has finished."
            )


class IdConflictError(InvalidRecordError):
    """Another record is stored under this id (saving the very same record twice is fine)."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(f"A different {table} record with id {record_id} is already stored.", field="id")


class NotFoundError(HistoryError, LookupError):
    """No record with this id."""

    def __init__(self, table: str, record_id: str) -> None:
        self.table = table
        self.record_id = record_id
        super().__init__(f"No {table} record with id {record_id}.")


NEARLY_FULL_BYTES = 1 << 20
"""Below this much free space an I/O error while writing is taken to be a full disk."""
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def storage_error(path: Path, exc: OSError | sqlite3.Error, *, operation: str = "write") -> StorageError:
    """The one translation of an OS or SQLite failure into a StorageError, with "disk full" recognised.

    SQLite does not pass errno on, and at a full disk it often says "disk I/O error" rather than
    SQLITE_FULL; so an I/O error with (almost) no free space left counts as a full disk too.
    """
    path = Path(path)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        full = exc.errno in _FULL_ERRNOS
    else:
        name = getattr(exc, "sqlite_errorname", "") or ""
        reason = f"{exc} ({name})" if name else str(exc)
        full = name == "SQLITE_FULL" or "full" in str(exc).lower()
        if not full and (name.startswith("SQLITE_IOERR") or "i/o error" in str(exc).lower()):
            full = _nearly_full(path)
    return StorageError(path, reason, disk_full=full, operation=operation)


def _nearly_full(path: Path) -> bool:
    for folder in (path.parent, path):
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
        except OSError:
            continue
    return False
