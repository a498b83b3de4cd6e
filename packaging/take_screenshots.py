"""Render the main screens to PNG for docs/screenshots (offscreen, deterministic: a fake clock, no sound).

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/take_screenshots.py --size 1366x768 --lang nl
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.app import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    def __init__(self) -> None:
        self.now = 10**12

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1e9)


def main() -> int:  # noqa: PLR0915 - one linear script of screens
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)  # noqa: F841 - kept alive for the run
    from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog
    from rugtimer.ui.main_window import MainWindow

    clock = Clock()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.lang}-{width}x{height}"
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder))
        store = HistoryStore.open(paths)
        cues = RecordingCuePlayer(language=args.lang)
        context = AppContext(paths, load_library(), store, cues, args.lang, clock=clock, wall_clock=None)
        window = MainWindow(context, TimelineSettings())
        window.resize(width, height)
        window.show()

        def shot(name: str, widget=None) -> None:
            app.processEvents()
            target = args.out / f"{name}-{suffix}.png"
            (widget or window).grab().save(str(target))
            print(target.relative_to(ROOT))

        shot("today")
        plan = context.library.plan
        window._begin([plan.dose_for("glute_bridge")], 3)
        controller = window.controller
        for name, seconds in (
            ("session-get-ready", 1.2),
            ("session-up", 4.5),
            ("session-hold", 2.0),
            ("session-down", 2.0),
        ):
            clock.advance(seconds)
            controller._on_boundary()
            window._show_state()
            shot(name)
        clock.advance(57.0)
        controller._on_boundary()
        controller.frame.emit()
        shot("session-rest")
        window.toggle_floor_mode()
        window.showNormal()
        window.session_view.set_floor_mode(True)
        window.resize(width, height)
        shot("floor-mode")
        window.session_view.set_floor_mode(False)
        dialog = AfterSessionDialog(window)
        dialog.show()
        shot("after-session", dialog)
        dialog.close()
        controller.runner.stop()
        controller.shutdown()
        window.controller = None
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
