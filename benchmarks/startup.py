"""Start-up: process start -> first paint -> interactive, app vs a bare PySide6 QMainWindow (the floor).

Two measurements, both against the bare window started the same way in the same rounds:

* whole process (the figure the goal is judged by): ``python -m rugtimer --data-dir DIR``, the real entry
  point (command line, ``run_gui``, every import on the way), against ``python -m benchmarks.bare_window``.
  Nothing is added to either process: the parent takes ``time.monotonic_ns()`` just before starting it and
  again when it reads Qt's own log line for the window's first flush (the first frame handed to the window
  system, every child widget painted), then kills it.
* in process (``startup_child.py``): ``run_gui``'s steps with an event filter that sees the main window's
  first ``QEvent.Paint`` and then the first key press (interactive) and the peak RSS.

Both start their children with a bytecode cache (``PYTHONPYCACHEPREFIX`` in the benchmark's temporary folder,
written by the warm-up run), as an installed RugTimer has: without one (``PYTHONDONTWRITEBYTECODE=1`` and no
``__pycache__``), every start compiles RugTimer's modules from source first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.common import ROOT, child_env, make_demo, summary, temp_folder

LAPTOP_SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": True,
    "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}],
}
"""The whole-process runs' offscreen screen (Qt's ``offscreen:configfile=``): the app then opens at its real
laptop size (1280×728, the cards in two columns) instead of fitting the plugin's default 800×600 screen."""
FLUSH_LOG_RULES = "qt.widgets.painting.debug=true"
"""Qt logs each flush of a top-level window's backing store at debug level in this category (and nothing
else there at that level but a rare 'Evaluating whether reparenting ...' line)."""
BARE_WINDOW = " of QMainWindow("
APP_WINDOW = " of MainWindow("


def startup_env(pycache: Path) -> dict[str, str]:
    """The children's environment: offscreen, with a bytecode cache of their own."""
    env = child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _once(env: dict[str, str], *args: str) -> dict:
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


def first_frame_ms(env: dict[str, str], command: list[str], window: str, timeout: float = 60) -> float:
    """Milliseconds from just before ``python COMMAND`` starts to Qt's log of the first flush of ``window``.

    The child is killed right after: it is the real program, which would otherwise run on. (The app is made
    to survive that: the OS drops its lock, SQLite keeps the history whole.)
    """
    env = {**env, "QT_LOGGING_RULES": FLUSH_LOG_RULES, "QT_MESSAGE_PATTERN": "%{category}: %{message}"}
    seen: list[str] = []
    t0 = time.monotonic_ns()
    with subprocess.Popen(
        [sys.executable, *command],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        bufsize=1,
    ) as proc:
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            assert proc.stderr is not None
            for line in proc.stderr:
                if line.startswith("qt.widgets.painting: Flushing") and window in line:
                    return (time.monotonic_ns() - t0) / 1e6
                seen.append(line)
        finally:
            watchdog.cancel()
            proc.kill()
    raise RuntimeError(f"no first frame of {window.strip()} from {command}: {''.join(seen)[-2000:]}")


def _whole_process(env: dict[str, str], empty: Path, demo: Path, runs: int) -> dict:
    screen = empty.parent / "laptop-screen.json"
    screen.write_text(json.dumps(LAPTOP_SCREEN))
    env = {**env, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    variants = {
        "bare": (["-m", "benchmarks.bare_window"], BARE_WINDOW),
        "app_empty": (["-m", "rugtimer", "--data-dir", str(empty)], APP_WINDOW),
        "app_3y": (["-m", "rugtimer", "--data-dir", str(demo)], APP_WINDOW),
    }
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for command, window in variants.values():
        first_frame_ms(env, command, window)  # warm-up: bytecode cache, first open of the folder
    for _ in range(runs):  # interleaved, so drift of the machine hits all three alike
        for name, (command, window) in variants.items():
            samples[name].append(first_frame_ms(env, command, window))
    out: dict = {"runs": runs}
    for name, values in samples.items():
        out[name] = {"first_frame_ms": summary(values, 1)}
    bare = samples["bare"]
    for name in ("app_empty", "app_3y"):
        out[f"{name}_ratio"] = summary([a / b for a, b in zip(samples[name], bare, strict=True)], 2)
    return out


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


def _cold(env: dict[str, str], variants: dict[str, tuple[str, ...]], runs: int) -> dict:
    """Each variant started right after the page cache was emptied (interleaved like the warm runs)."""
    if os.geteuid() != 0 or not os.access(DROP_CACHES, os.W_OK):
        return {"not_measured": "needs root and a writable /proc/sys/vm/drop_caches"}
    samples: dict[str, list[dict]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, args in variants.items():
            if not _drop_caches():
                return {"not_measured": "writing /proc/sys/vm/drop_caches failed"}
            samples[name].append(_once(env, *args))
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
        env = startup_env(folder / "pycache")
        demo_s = make_demo(demo, 156)
        out: dict = {"runs": runs, "demo_156_weeks_s": round(demo_s, 2), "sound_available": None}
        out["whole_process"] = _whole_process(env, empty, demo, runs)
        variants = {"bare": ("bare",), "app_empty": ("app", str(empty)), "app_3y": ("app", str(demo))}
        samples: dict[str, list[dict]] = {name: [] for name in variants}
        for args in variants.values():
            _once(env, *args)  # warm-up
        for _ in range(runs):  # interleaved, so drift of the machine hits all three alike
            for name, args in variants.items():
                samples[name].append(_once(env, *args))
        in_process: dict = {}
        for name, rows in samples.items():
            in_process[name] = {
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
            in_process[f"{name}_paint_ratio"] = summary(
                [a["paint"] / b["paint"] for a, b in zip(rows, bare, strict=True)], 2
            )
            in_process[f"{name}_interactive_ratio"] = summary(
                [a["interactive"] / b["interactive"] for a, b in zip(rows, bare, strict=True)], 2
            )
            in_process[f"{name}_rss_ratio"] = summary(
                [a["rss_kib"] / b["rss_kib"] for a, b in zip(rows, bare, strict=True)], 2
            )
        out["in_process"] = in_process
        out["cold_cache"] = _cold(env, variants, 1 if quick else 5)
        return out
