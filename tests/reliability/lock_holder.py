"""Helper process for test_instance_lock.py (not a test): takes the single-writer lock and holds it.

Prints ``locked`` once it holds the lock (or ``busy <pid>`` if another process has it), then waits until
its stdin closes, or until it is killed.

Usage: python lock_holder.py LOCK_PATH
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rugtimer.history.errors import AlreadyRunning
from rugtimer.history.lock import InstanceLock


def main() -> None:
    lock = InstanceLock(Path(sys.argv[1]))
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        print(f"busy {exc.pid}", flush=True)
        return
    print("locked", flush=True)
    sys.stdin.read()
    lock.release()


if __name__ == "__main__":
    main()
