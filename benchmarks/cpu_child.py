"""Child process: CPU seconds (getrusage RUSAGE_SELF) idle on Today and during a running session; one JSON line.

Arguments: ``DATA_DIR SECONDS``. The main window is built as in run_gui (RecordingCuePlayer instead of sound),
shown offscreen; after 1 s of settling, CPU time is measured over SECONDS idle on Today, then over SECONDS of
a running session (the floor program, default timings, with its ≤ 30 fps animation).
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.common import emit


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wait(app: QApplication, seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    data_dir, seconds = Path(sys.argv[1]), float(sys.argv[2])
    app = QApplication([])
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.ui.context import AppContext
    from rugtimer.ui.cues import RecordingCuePlayer
    from rugtimer.ui.main_window import MainWindow

    paths = Paths(data_dir)
    store = HistoryStore.open(paths)
    context = AppContext(paths, load_library(), store, RecordingCuePlayer(language="en"), "en")
    window = MainWindow(context)
    window.show()
    window.after_start()
    wait(app, 1.0)
    c, t = cpu_s(), time.monotonic()
    wait(app, seconds)
    idle = (cpu_s() - c, time.monotonic() - t)
    window._begin(window.todays_doses(), None)
    wait(app, 1.0)
    c, t = cpu_s(), time.monotonic()
    wait(app, seconds)
    session = (cpu_s() - c, time.monotonic() - t)
    animating = window.controller.animating if window.controller else None
    if window.controller is not None:
        window.controller.shutdown()
    store.close()
    emit(
        {
            "idle_cpu_s": idle[0],
            "idle_wall_s": idle[1],
            "session_cpu_s": session[0],
            "session_wall_s": session[1],
            "animating": animating,
        }
    )


if __name__ == "__main__":
    main()
