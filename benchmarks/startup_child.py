"""Child process: start-up to first paint and to interactive; prints one JSON line.

Arguments: ``T0_NS bare`` or ``T0_NS app DATA_DIR``. ``T0_NS`` is ``time.monotonic_ns()`` in the parent just
before it started this process (CLOCK_MONOTONIC is system-wide on Linux).

First paint: an event filter on the main window sees its first ``QEvent.Paint``. Interactive: at first paint a
key press (Shift, which does nothing) is posted to the focus widget; interactive is when the application
delivers it (the event loop is free to take a key press). Peak RSS: VmHWM at that moment.

The filter sits on the main window (and, from the first paint, on the widget the key goes to), not on the
application: an application-wide Python filter is called for every event of every object, and converting
those objects for Python cost the app (many widgets, many events) some 10-30 ms that the bare window did not
pay - the probe's own cost, not RugTimer's.
"""

from __future__ import annotations

import sys
import time

T0 = int(sys.argv[1])
IMPORT_START = time.monotonic_ns()


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks.common import emit, vm_hwm_kib

    marks: dict[str, float] = {}
    mode = sys.argv[2]
    app = QApplication.instance() or QApplication(sys.argv[:1])

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Paint and "paint" not in marks and watched is window:
                marks["paint"] = (time.monotonic_ns() - T0) / 1e6
                target = app.focusWidget() or window
                if target is not window:
                    target.installEventFilter(self)
                app.postEvent(
                    target,
                    QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier),
                )
            elif kind == QEvent.Type.KeyPress and "paint" in marks and "interactive" not in marks:
                marks["interactive"] = (time.monotonic_ns() - T0) / 1e6
                marks["rss_kib"] = vm_hwm_kib()
                QTimer.singleShot(0, app.quit)
            return False

    probe = Probe()
    cleanup = []
    if mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(1280, 800)
    else:
        from pathlib import Path

        from rugtimer.paths import Paths
        from rugtimer.program.library import load_library
        from rugtimer.settings import load_settings
        from rugtimer.ui.app import DeferredCuePlayer, make_application, sound_player
        from rugtimer.ui.context import AppContext
        from rugtimer.ui.open_history import OpenedHistory, open_history

        # The app's own start-up code (run_gui's steps): application set-up, then the history opened with
        # every check it makes (folder, lock, damage); only the window's creation is timed around it here.
        paths = Paths(Path(sys.argv[3]))
        settings, _problems = load_settings(paths.settings)
        app, language = make_application(sys.argv[:1], settings)
        library = load_library()
        opened = open_history(paths)
        assert isinstance(opened, OpenedHistory), opened
        store, lock = opened.store, opened.lock
        cues = DeferredCuePlayer(lambda: sound_player(language, settings.volume))
        context = AppContext(paths, library, store, cues, language, settings)  # type: ignore[arg-type]
        from rugtimer.ui.main_window import MainWindow

        window = MainWindow(context)
        cleanup = [cues.close, store.close, *([lock.release] if lock is not None else [])]
    window.installEventFilter(probe)
    window.show()
    if mode != "bare":  # as run_gui: sound and the start-up questions come right after the first paint
        window.after_first_paint(cues.warm_up)
        window.after_first_paint(window.after_start)
    QTimer.singleShot(10_000, app.quit)  # safety net
    app.exec()
    for step in cleanup:
        step()
    if mode != "bare":
        marks["sound"] = cues.available
    marks["python_start_ms"] = (IMPORT_START - T0) / 1e6
    marks["heavy_modules"] = sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules)
    emit(marks)


if __name__ == "__main__":
    main()
