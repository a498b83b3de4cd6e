"""Child process: weekly aggregation and TrendsView build + first draw; prints one JSON line.

Arguments: ``DATA_DIR RUNS``. Run 0 is the warm-up (it also pays the pyqtgraph import, reported apart).
Build + first draw = TrendsView() + show() (which loads the weeks and builds the plot) until the plot's
viewport has received its first Paint event.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from benchmarks.common import emit


def main() -> None:
    data_dir, runs = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    from rugtimer.history.store import HistoryStore
    from rugtimer.history.trends import load_weekly_stats
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.ui.trends_view import TrendsView

    store = HistoryStore.open(Paths(data_dir))
    aggregate, build, build_all, weeks = [], [], [], 0
    import_ms = None
    for index in range(runs + 1):
        t = time.perf_counter_ns()
        weeks = len(load_weekly_stats(store))
        if index:
            aggregate.append((time.perf_counter_ns() - t) / 1e6)

    class Painted(QObject):
        seen = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def draw_until_painted(view: TrendsView, action) -> float:
        t = time.perf_counter_ns()
        action()
        plot = view.plot_widget()
        probe = Painted()
        target = plot.viewport() if plot is not None and hasattr(plot, "viewport") else view
        target.installEventFilter(probe)
        target.update()
        deadline = time.monotonic() + 30
        while not probe.seen and time.monotonic() < deadline:
            app.processEvents()
        elapsed = (time.perf_counter_ns() - t) / 1e6
        target.removeEventFilter(probe)
        return elapsed

    for index in range(runs + 1):
        t = time.perf_counter_ns()
        view = TrendsView(lambda: store, "en", target=load_library().plan.weekly_target)
        view.resize(1280, 760)
        elapsed = draw_until_painted(view, view.show)
        if index == 0:
            import_ms = (time.perf_counter_ns() - t) / 1e6
        else:
            build.append(elapsed)
            build_all.append(draw_until_painted(view, lambda v=view: v.set_range("all")))
        view.close()
        view.deleteLater()
        app.processEvents()
    store.close()
    emit(
        {
            "weeks": weeks,
            "aggregate_ms": aggregate,
            "build_draw_ms": build,
            "range_all_redraw_ms": build_all,
            "first_with_import_ms": import_ms,
        }
    )


if __name__ == "__main__":
    main()
