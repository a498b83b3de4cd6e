"""Cue timing: lateness of every step boundary of a real session, with CPU load and an injected stall."""

from __future__ import annotations

from benchmarks.common import percentile, run_child, summary, temp_folder


def analyse(raw: dict) -> dict:
    marks = raw["marks"]
    stall_start, stall_end = marks["stall_start"], marks["stall_end"]
    load_start, load_end = marks["load_start"], marks["load_end"]
    normal, loaded, in_stall, after = [], [], [], []
    first_after = None
    for planned, delivered, _kind in raw["records"]:
        late_ms = (delivered - planned) / 1e6
        if planned < stall_start:
            normal.append(late_ms)
            if load_start <= planned <= load_end:
                loaded.append(late_ms)
        elif planned < stall_end:
            in_stall.append(late_ms)
        elif first_after is None:
            first_after = late_ms
        else:
            after.append(late_ms)
    clean = normal + ([first_after] if first_after is not None else []) + after
    planned, delivered, _ = raw["records"][-1]
    return {
        "boundaries": len(raw["records"]),
        "p50_ms": percentile(clean, 50),
        "p99_ms": percentile(clean, 99),
        "max_ms": max(clean),
        "loaded_p99_ms": percentile(loaded, 99) if loaded else None,
        "loaded_max_ms": max(loaded) if loaded else None,
        "last_boundary_error_ms": (delivered - planned) / 1e6,
        "stall_ms": (stall_end - stall_start) / 1e6,
        "during_stall_max_ms": max(in_stall) if in_stall else None,
        "first_after_stall_ms": first_after,
        "after_stall_max_ms": max(after) if after else None,
        "naive_offset_before_stall_ms": raw["naive_offset_before_stall_ms"],
        "naive_offset_end_ms": marks["naive_offset_ms"],
        "session_s": raw["total_ms"] / 1000,
    }


def run(quick: bool) -> dict:
    seconds = 60 if quick else 300
    runs = 1  # one long session: boundaries are the samples (a 5-minute session has ~150)
    results = []
    for index in range(runs):
        with temp_folder(f"cue{index}") as folder:
            results.append(analyse(run_child("cue_child", str(folder / "data"), str(seconds), timeout=900)))
    keys = [k for k, v in results[0].items() if isinstance(v, int | float)]
    return {
        "note": "one session; statistics are over its step boundaries (not over repeated runs)",
        "runs": results,
        **{k: summary([r[k] for r in results if r[k] is not None]) for k in keys},
    }
