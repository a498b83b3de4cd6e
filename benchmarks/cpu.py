"""CPU: seconds of CPU idle on Today and while a session runs (in the child, getrusage)."""

from __future__ import annotations

from benchmarks.common import run_child, summary, temp_folder


def run(quick: bool) -> dict:
    # full: 2 x 62 s of the 10-minute budget; quick: the whole suite under 2 minutes
    seconds, runs = (8, 1) if quick else (30, 2)
    rows = []
    for index in range(runs):
        with temp_folder(f"cpu{index}") as folder:
            rows.append(run_child("cpu_child", str(folder / "data"), str(seconds), timeout=300))
    return {
        "window_s": seconds,
        "runs": runs,
        "idle_cpu_s": summary([r["idle_cpu_s"] for r in rows], 3),
        "idle_cpu_s_per_30s": summary([r["idle_cpu_s"] * 30 / r["idle_wall_s"] for r in rows], 3),
        "session_core_percent": summary([100 * r["session_cpu_s"] / r["session_wall_s"] for r in rows], 2),
        "session_animating": rows[-1]["animating"],
    }
