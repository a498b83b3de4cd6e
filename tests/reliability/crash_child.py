"""Helper process for test_crash_consistency.py (not a test): records sets until it is killed.

Does what the app does at start (open, mark crashed sessions interrupted, begin a session), then records
sets one by one and prints ``<set id> <set number>`` only after ``record_set`` has returned, i.e. after
the commit. Imports only the history store (no Qt) so a round starts fast.

Usage: python crash_child.py DATA_DIR [MAX_SETS]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from datetime import datetime

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import SetRecord
from rugtimer.paths import Paths

EXERCISES = ("knee_rock", "micro_moves", "glute_bridge", "bird_dog_light")


def expected(number: int) -> dict[str, object]:
    """Every column of set ``number`` follows from its number, so the parent can spot a half-written row."""
    return {
        "exercise": EXERCISES[number % 4],
        "reps": number % 25,
        "seconds": number / 4,
        "side": ("left", "right", None)[number % 3],
    }


def main() -> None:
    sys.stdout.write("opening -\n")  # lets the parent aim a kill at opening / recovery / the first commits
    sys.stdout.flush()
    store = HistoryStore.open(Paths(Path(sys.argv[1])))
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
    store.mark_running_as_interrupted()
    session = store.begin_session(datetime.now().astimezone(), plan_week=1)
    sys.stdout.write(f"session {session.id}\n")
    sys.stdout.flush()
    for number in range(1, limit + 1):
        record = SetRecord(
            session_id=session.id,
            set_number=number,
            completed_at=datetime.now().astimezone(),
            **expected(number),
        )  # type: ignore[arg-type]
        store.record_set(record)
        sys.stdout.write(f"{record.id} {number}\n")
        sys.stdout.flush()
    store.close()


if __name__ == "__main__":
    main()
