"""The data folder before anything is written: created private, or found read-only, said in words.

A history on a read-only medium (an old laptop's disk mounted read-only, a backup drive, a folder made
immutable) can still be read, checked and exported; only writing needs the folder. ``prepare`` is what every
writer calls first, so a read-only folder is one clear ``ReadOnlyFolderError`` instead of a traceback from
``chmod`` or SQLite's "attempt to write a readonly database".
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from rugtimer.history.errors import ReadOnlyFolderError, StorageError
from rugtimer.paths import Paths

_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def file_in_path(folder: Path) -> Path | None:
    """The nearest existing part of ``folder`` (itself or a parent) when that is not a folder, else None.

    Only the nearest existing part matters: the parts above it are folders, or it could not exist.
    """
    for part in (folder, *folder.parents):
        if part.exists():
            return None if part.is_dir() else part
    return None


def is_read_only_error(exc: OSError) -> bool:
    """The OS said "you may not write here" (read-only file system, no permission, immutable)."""
    return exc.errno in _READ_ONLY_ERRNOS


def can_write_in(folder: Path) -> bool:
    """Whether a new file can be made in ``folder``: the one test that holds for root, ``chattr +i``,
    read-only mounts and plain permissions alike (``os.access`` is wrong for root and immutable folders)."""
    probe = Path(folder) / f".rugtimer-write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True
    except OSError as exc:
        if is_read_only_error(exc):
            return False
        raise
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def prepare(paths: Paths) -> None:
    """Make the data folder ready for writing (created, private) or raise ReadOnlyFolderError / StorageError."""
    try:
        for path in (paths.data_dir, paths.backups):
            if path.exists() and not path.is_dir():
                raise StorageError(path, "it is a file where RugTimer keeps a folder", operation="use")
        paths.ensure()
        writable = can_write_in(paths.data_dir) and can_write_in(paths.backups)
    except OSError as exc:
        if is_read_only_error(exc):
            raise ReadOnlyFolderError(paths.data_dir) from None
        raise StorageError(paths.data_dir, exc.strerror or str(exc), operation="prepare") from None
    if not writable:
        raise ReadOnlyFolderError(paths.data_dir)
