"""Write a file all or nothing: the one way RugTimer replaces a file the person relies on.

A temporary file in the same folder (so ``os.replace`` is an atomic rename) is written, flushed to disk and
renamed over the target, then the folder is synced so the rename itself survives a power cut. On any failure
the temporary file is removed and an older file at the target stays exactly as it was.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data``; ``mode`` 0600 for private history, 0644 for files meant to be shared.

    Raises the OSError of the failing step (the caller words it for people).
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")  # not secrets: its import costs ~5 ms
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    with suppress(OSError):  # make the rename itself durable; not possible on every platform
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
