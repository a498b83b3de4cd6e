"""Helper process for test_disk_full.py (not a test): runs out of file space (RLIMIT_FSIZE) mid-session.

RLIMIT_FSIZE only affects this process, so the disk of the machine running the tests never fills up.
SIGXFSZ is ignored, so a write past the limit fails with EFBIG like a full disk fails with ENOSPC,
instead of killing the process. Prints one JSON line per step for the parent to check.

Usage: python disk_full_child.py DATA_DIR
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datetime import UTC, datetime

from rugtimer.history.errors import StorageError
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import SetRecord
from rugtimer.paths import Paths


def say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def main() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    paths = Paths(Path(sys.argv[1]))
    store = HistoryStore.open(paths)
    session = store.begin_session(datetime.now().astimezone(), plan_week=1)
    for number in range(1, 6):
        record = SetRecord(
            session_id=session.id,
            exercise="bridge",
            set_number=number,
            reps=10,
            completed_at=datetime.now().astimezone(),
        )
        store.record_set(record)
        say(saved=record.id)

    # The disk fills up: no file may grow past its current size.
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    sizes = [os.path.getsize(p) for p in paths.data_dir.iterdir() if p.is_file()]
    resource.setrlimit(resource.RLIMIT_FSIZE, (max(sizes), hard))

    pending = SetRecord(
        session_id=session.id,
        exercise="bridge",
        set_number=6,
        reps=10,
        completed_at=datetime.now().astimezone(),
    )
    failures = 0
    for _attempt in range(3):  # the UI keeps the set in memory and retries
        try:
            store.record_set(pending)
            say(unexpected="stored while the disk was full")
        except StorageError as exc:
            failures += 1
            say(failed=pending.id, reason=exc.reason, message=str(exc), path=str(exc.path))
    # A backup cannot be written either (any file past one page), and leaves nothing half-made behind.
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        store.backup_now(datetime(2026, 11, 25, tzinfo=UTC))
        say(unexpected="backup written while the disk was full")
    except StorageError as exc:
        say(backup_failed=str(exc))
    # Reading still works and shows exactly what was saved.
    say(readable=[s.id for s in store.sets_for(session.id)])

    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space returns
    say(retried=store.record_set(pending), again=store.record_set(pending), failures=failures)
    store.close()


if __name__ == "__main__":
    main()
