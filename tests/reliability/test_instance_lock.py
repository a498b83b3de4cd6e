"""One writer across processes: a second instance gets AlreadyRunning; the lock of a SIGKILLed instance
is taken over at once (the OS drops it with the process; no stale-lock guessing)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rugtimer.history import AlreadyRunning, InstanceLock

HOLDER = Path(__file__).with_name("lock_holder.py")


def start_holder(lock: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-I", "-S", str(HOLDER), str(lock)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc


def test_a_second_process_gets_already_running_with_the_holders_pid(tmp_path: Path) -> None:
    lock = tmp_path / "rugtimer.lock"
    first = start_holder(lock)
    try:
        assert first.stdout is not None and first.stdout.readline() == "locked\n"
        with pytest.raises(AlreadyRunning) as caught:
            InstanceLock(lock).acquire()
        assert caught.value.pid == first.pid and caught.value.lock_path == lock
        assert "already running" in str(caught.value)
        second = start_holder(lock)
        out, _ = second.communicate(timeout=30)
        assert out == f"busy {first.pid}\n"
    finally:
        first.communicate(timeout=30)  # closing stdin lets it release and exit
    with InstanceLock(lock):
        pass


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_the_lock_of_a_killed_instance_is_taken_over(tmp_path: Path) -> None:
    lock = tmp_path / "rugtimer.lock"
    holder = start_holder(lock)
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()
    assert lock.exists()  # the stale file is still there ...
    with InstanceLock(lock) as taken:  # ... and is simply taken over
        assert taken.held
