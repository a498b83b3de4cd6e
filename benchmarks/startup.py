"""Start-up: process start -> first paint -> interactive, app vs a bare PySide6 QMainWindow (the floor)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from benchmarks.common import ROOT, child_env, make_demo, summary, temp_folder


def _once(*args: str) -> dict:
    env = child_env()
    t0 = time.monotonic_ns()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_child", str(t0), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"startup child failed: {proc.stderr[-2000:]}")
    return json.loads(lines[-1])


DROP_CACHES = "/proc/sys/vm/drop_caches"


def _drop_caches() -> bool:
    """Empty the page cache (root only): the next start reads Python, Qt and RugTimer from disk."""
    try:
        subprocess.run(["sync"], check=True, timeout=60)
        with open(DROP_CACHES, "w") as handle:
            handle.write("3\n")
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def _cold(variants: dict[str, tuple[str, ...]], runs: int) -> dict:
    """Each variant started right after the page cache was emptied (interleaved like the warm runs)."""
    if os.geteuid() != 0 or not os.access(DROP_CACHES, os.W_OK):
        return {"not_measured": "needs root and a writable /proc/sys/vm/drop_caches"}
    samples: dict[str, list[dict]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, args in variants.items():
            if not _drop_caches():
                return {"not_measured": "writing /proc/sys/vm/drop_caches failed"}
            samples[name].append(_once(*args))
    out: dict = {"runs": runs}
    for name, rows in samples.items():
        out[name] = {"paint_ms": summary([r["paint"] for r in rows], 1)}
    bare = samples["bare"]
    for name in ("app_empty", "app_3y"):
        out[f"{name}_paint_ratio"] = summary(
            [a["paint"] / b["paint"] for a, b in zip(samples[name], bare, strict=True)], 2
        )
    return out


def run(quick: bool) -> dict:
    runs = 3 if quick else 7
    with temp_folder("startup") as folder:
        empty, demo = folder / "empty", folder / "demo156"
        demo_s = make_demo(demo, 156)
        variants = {"bare": ("bare",), "app_empty": ("app", str(empty)), "app_3y": ("app", str(demo))}
        samples: dict[str, list[dict]] = {name: [] for name in variants}
        for args in variants.values():
            _once(*args)  # warm-up (also the first open of each folder: schema, first backup)
        for _ in range(runs):  # interleaved, so drift of the machine hits all three alike
            for name, args in variants.items():
                samples[name].append(_once(*args))
        out: dict = {"runs": runs, "demo_156_weeks_s": round(demo_s, 2), "sound_available": None}
        for name, rows in samples.items():
            out[name] = {
                "paint_ms": summary([r["paint"] for r in rows], 1),
                "interactive_ms": summary([r["interactive"] for r in rows], 1),
                "peak_rss_mib": summary([r["rss_kib"] / 1024 for r in rows], 1),
                "heavy_modules": rows[-1]["heavy_modules"],
            }
            if "sound" in rows[-1]:
                out["sound_available"] = rows[-1]["sound"]
        bare = samples["bare"]
        for name in ("app_empty", "app_3y"):
            rows = samples[name]
            out[f"{name}_paint_ratio"] = summary(
                [a["paint"] / b["paint"] for a, b in zip(rows, bare, strict=True)], 2
            )
            out[f"{name}_interactive_ratio"] = summary(
                [a["interactive"] / b["interactive"] for a, b in zip(rows, bare, strict=True)], 2
            )
            out[f"{name}_rss_ratio"] = summary(
                [a["rss_kib"] / b["rss_kib"] for a, b in zip(rows, bare, strict=True)], 2
            )
        out["cold_cache"] = _cold(variants, 1 if quick else 5)
        return out
