"""The single-writer lock: one RugTimer at a time writes the history.

An OS lock on ``paths.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows). The OS drops it
when the process dies, however it dies, so a lock left by a killed instance is simply taken over: there is
no stale-lock guessing by pid or age. The pid and the holder's name inside the file are only for the message:
the app ("app") can be brought forward, a command ("import", "restore", "demo") only waited for.

Read-only CLI commands do not take the lock (WAL lets them read while the app writes); ``restore`` does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from rugtimer.history.errors import AlreadyRunning, StorageError

_PID_OFFSET = 16  # Windows locks byte 0; the pid is written after it so others can still read it.


class InstanceLock:
    """Hold with ``acquire()`` / ``release()`` or ``with InstanceLock(paths.lock):``."""

    def __init__(self, path: Path, holder: str = "app") -> None:
        self.path = Path(path)
        self.holder = holder
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock now or raise AlreadyRunning (never waits)."""
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except IsADirectoryError:
            raise StorageError(self.path, "it is a folder, not the lock file RugTimer expects") from None
        except OSError as exc:
            raise StorageError(self.path, exc.strerror or str(exc)) from exc
        try:
            _lock(fd)
        except OSError:
            pid, holder = _read_holder(fd)
            os.close(fd)
            raise AlreadyRunning(self.path, pid, holder) from None
        self._fd = fd
        _write_holder(fd, os.getpid(), self.holder)

    def release(self) -> None:
        """Let go. The file stays: deleting a lock file races with a process that has just opened it."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def _read_holder(fd: int) -> tuple[int | None, str]:
    """(pid, holder) as written by ``_write_holder``; an older RugTimer wrote the pid alone (the app)."""
    try:
        data = os.pread(fd, 64, _PID_OFFSET) if hasattr(os, "pread") else b""
        words = data.decode("ascii", "replace").split()
        pid = int(words[0]) if words and words[0].isdigit() else None
        holder = words[1] if len(words) > 1 and words[1].isalpha() else "app"
        return pid or None, holder
    except OSError:
        return None, "app"


def _write_holder(fd: int, pid: int, holder: str) -> None:
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, _PID_OFFSET, os.SEEK_SET)
        os.write(fd, f"{pid} {holder}\n".encode())
    except OSError:
        pass  # the pid is only for the message


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
