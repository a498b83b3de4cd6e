"""Child process: the real MainWindow session (offscreen) on a timeline of 2 s phases; prints one JSON line.

Run by ``benchmarks.cue_timing``; arguments: ``DATA_DIR SECONDS``. A CPU load process runs from 20 % to 60 %
of the run, and the GUI thread is stalled for 2.5 s at 75 %. A naive 100 ms QTimer tick counter runs beside it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.common import emit

STALL_S = 2.5
LOAD_FROM, LOAD_TO, STALL_AT = 0.20, 0.60, 0.75


def main() -> None:  # noqa: PLR0915 - one straight-line scenario
    data_dir, seconds = Path(sys.argv[1]), float(sys.argv[2])
    app = QApplication([])
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.program.plan import Dose
    from rugtimer.program.runner import EventKind
    from rugtimer.program.timeline import TimelineSettings
    from rugtimer.ui.context import AppContext
    from rugtimer.ui.cues import RecordingCuePlayer
    from rugtimer.ui.main_window import MainWindow

    paths = Paths(data_dir)
    store = HistoryStore.open(paths)
    cues = RecordingCuePlayer(clock=time.monotonic_ns, language="en")
    context = AppContext(paths, load_library(), store, cues, "en")
    timeline_settings = TimelineSettings(lead_in_s=1, rest_s=2, countdown_min_s=5)
    window = MainWindow(context, timeline_settings)
    window.show()
    app.processEvents()

    sets = max(1, round(seconds / 62))  # glute bridge: 10 reps x (2 s up, 2 s hold, 2 s down) + 2 s rest
    window._begin([Dose("glute_bridge", sets=sets, reps=10)], None)
    controller = window.controller
    assert controller is not None
    # The runner's anchor is the monotonic time of start (position 0); the ideal schedule is anchor + at_ms.
    anchor = controller.runner._anchor_time
    total_ms = controller.timeline.total_ms
    records: list[tuple[int, int, str]] = []  # (planned ns, delivered ns, kind)

    # Lateness is taken when the step's first cue is asked to play (what the person hears), or, for a step
    # without a cue, when the window is told of the step.
    asked: list[int] = []
    play = cues.play

    def play_and_note(key: str) -> None:
        asked.append(time.monotonic_ns())
        play(key)

    cues.play = play_and_note  # type: ignore[method-assign]

    def on_events(events: list) -> None:
        now = asked[0] if asked else time.monotonic_ns()
        asked.clear()
        for event in events:
            if event.kind in (EventKind.STEP_STARTED, EventKind.SESSION_COMPLETED):
                records.append((anchor + event.at_ms * 1_000_000, now, str(event.kind)))

    controller.events_fired.connect(on_events)

    ticks = [0]
    naive = QTimer()
    naive.setInterval(100)
    naive.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    naive_start = time.monotonic_ns()
    naive.start()
    naive_before_stall: list[float] = []

    load: list[subprocess.Popen] = []
    marks: dict[str, int] = {}

    def start_load() -> None:
        marks["load_start"] = time.monotonic_ns()
        load.append(subprocess.Popen([sys.executable, "-c", "while True: pass"]))

    def stop_load() -> None:
        for proc in load:
            proc.terminate()
            proc.wait()
        marks["load_end"] = time.monotonic_ns()

    def stall() -> None:
        now = time.monotonic_ns()
        naive_before_stall.append(ticks[0] * 100 - (now - naive_start) / 1e6)
        marks["stall_start"] = now
        time.sleep(STALL_S)
        marks["stall_end"] = time.monotonic_ns()

    def finished(_status: str) -> None:
        end = time.monotonic_ns()
        naive.stop()
        marks["naive_offset_ms"] = ticks[0] * 100 - (end - naive_start) / 1e6
        QTimer.singleShot(0, app.quit)

    controller.finished.connect(finished)
    QTimer.singleShot(int(total_ms * LOAD_FROM), start_load)
    QTimer.singleShot(int(total_ms * LOAD_TO), stop_load)
    QTimer.singleShot(int(total_ms * STALL_AT), stall)
    try:
        app.exec()
    finally:
        for proc in load:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    window.close()
    store.close()
    emit(
        {
            "total_ms": total_ms,
            "anchor": anchor,
            "records": records,
            "marks": marks,
            "naive_offset_before_stall_ms": naive_before_stall[0] if naive_before_stall else None,
            "cues_played": len(cues.played),
        }
    )


if __name__ == "__main__":
    main()
