"""CPU of the moving figure: ``python -m benchmarks.figure_cpu [SECONDS] [EXERCISE]`` prints one JSON line.

The session view (1366×678, offscreen, as in window mode at 1366×768) follows a session of EXERCISE
(default the glute bridge; knee_rocking moves all the time) on the
real monotonic clock, driven like the controller does: a 33 ms frame timer calls ``tick`` with the runner's
snapshot, a step change calls ``show_snapshot``. CPU seconds (getrusage, this process) over SECONDS of
wall time, once with the moving figure and once with reduced motion (the still drawing): the difference is
what the movement costs. Also the time of one paint of the figure alone, and how many paints it asked for.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QRectF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_session(seconds: float, reduced: bool, exercise_id: str) -> dict:
    from rugtimer.program.library import load_library
    from rugtimer.program.plan import Dose
    from rugtimer.program.runner import SessionRunner
    from rugtimer.program.timeline import TimelineSettings, build_timeline
    from rugtimer.ui.session_view import SessionView

    library = load_library()
    bridge = library.exercise("glute_bridge")
    timeline = build_timeline(
        [(bridge, Dose("glute_bridge", sets=1, reps=12))], TimelineSettings(lead_in_s=1)
    )
    runner = SessionRunner(timeline)
    view = SessionView(library, "en")
    view.set_reduced_motion(reduced)
    view.resize(1366, 678)
    view.show()
    runner.start()
    shown = [-1]

    def frame() -> None:
        runner.poll()
        snap = runner.snapshot()
        if snap.step_index != shown[0]:
            shown[0] = snap.step_index
            view.show_snapshot(snap, timeline)
        else:
            view.tick(snap)

    timer = QTimer()
    timer.setInterval(33)
    timer.timeout.connect(frame)
    timer.start()
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)  # settle: the first layout and paints
    loop.exec()
    paints, c, t = view.illustration.paints, cpu_s(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    used, wall = cpu_s() - c, time.monotonic() - t
    timer.stop()
    result = {
        "core_percent": round(100 * used / wall, 2),
        "figure_paints_per_s": round((view.illustration.paints - paints) / wall, 1),
        "figure_size": [view.illustration.width(), view.illustration.height()],
    }
    view.close()
    return result


def paint_ms(repeats: int = 300) -> float:
    """One drawing of the bridge figure at the session's size (466×311), in ms (the median)."""
    from rugtimer.program.pose_files import shipped_pose_set
    from rugtimer.program.poses import pose_at
    from rugtimer.program.timeline import Phase
    from rugtimer.ui.illustration import DEFAULT_SIZE, fitted_rect
    from rugtimer.ui.pose_figure import paint_pose

    animation = shipped_pose_set("glute_bridge").base
    image = QImage(466, 311, QImage.Format.Format_ARGB32_Premultiplied)
    target = fitted_rect(DEFAULT_SIZE, QRectF(image.rect()))
    times = []
    for index in range(repeats):
        pose = pose_at(animation, Phase.UP, index * 2000 / repeats, 2000)
        image.fill(0)
        painter = QPainter(image)
        start = time.perf_counter()
        paint_pose(painter, target, animation, pose, stroke=QColor("#ffffff"), accent=QColor("#ffffff"))
        times.append((time.perf_counter() - start) * 1000)
        painter.end()
    times.sort()
    return round(times[len(times) // 2], 3)


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 12.0
    exercise_id = sys.argv[2] if len(sys.argv) > 2 else "glute_bridge"
    app = QApplication.instance() or QApplication([])
    assert app is not None
    moving = run_session(seconds, False, exercise_id)
    still = run_session(seconds, True, exercise_id)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "exercise": exercise_id,
                "moving": moving,
                "still": still,
                "movement_core_percent": round(moving["core_percent"] - still["core_percent"], 2),
                "figure_paint_ms": paint_ms(),
            }
        )
    )


if __name__ == "__main__":
    main()
