"""Storage: commit time per completed set (HistoryStore.record_set, real store settings)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from benchmarks.common import percentile, summary, temp_folder


def run(quick: bool) -> dict:
    from rugtimer.history.store import HistoryStore
    from rugtimer.model.records import SetRecord
    from rugtimer.paths import Paths

    runs, sets = (3, 500) if quick else (5, 1000)
    p50s, p99s, maxes = [], [], []
    with temp_folder("storage") as folder:
        for index in range(runs + 1):  # the first run is the warm-up
            paths = Paths(folder / f"data{index}")
            store = HistoryStore.open(paths)
            try:
                start = datetime(2026, 1, 1, 8, tzinfo=UTC)
                session = store.begin_session(start, 1)
                times = []
                for n in range(sets):
                    record = SetRecord(
                        session_id=session.id,
                        exercise="glute_bridge",
                        set_number=n % 3 + 1,
                        completed_at=start + timedelta(seconds=n),
                        reps=10,
                    )
                    t = time.perf_counter_ns()
                    store.record_set(record)
                    times.append((time.perf_counter_ns() - t) / 1e6)
            finally:
                store.close()
            if index:
                p50s.append(percentile(times, 50))
                p99s.append(percentile(times, 99))
                maxes.append(max(times))
    return {
        "sets_per_run": sets,
        "commit_p50_ms": summary(p50s, 4),
        "commit_p99_ms": summary(p99s, 4),
        "commit_max_ms": summary(maxes, 3),
    }
