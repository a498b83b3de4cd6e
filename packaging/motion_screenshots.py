"""Render the moving figure for docs/screenshots (deterministic: a fake clock, no sound).

- ``bridge-motion-strip.png``: five moments of one glute-bridge repetition (UP 0 s, UP 1 s, HOLD, DOWN 1 s,
  DOWN 2 s), each drawn by the session's figure widget in that phase's colours, side by side with QPainter;
- ``session-easier-variant-<lang>-<size>.png``: the session window doing the bridge in its easier variant
  ("small bridge") halfway up: the variant's name in the title line and its lower lift in the drawing.

  .venv/bin/python packaging/motion_screenshots.py --lang nl --size 1366x768
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from rugtimer.program.library import load_library
from rugtimer.program.pose_files import shipped_pose_set
from rugtimer.program.poses import pose_at
from rugtimer.program.timeline import Phase
from rugtimer.ui.phase_style import phase_colours, phase_word
from rugtimer.ui.pose_figure import MovingFigure
from rugtimer.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[1]
FRAME_W, FRAME_H, CAPTION_H = 360, 240, 56
MOMENTS = ((Phase.UP, 0.0), (Phase.UP, 1.0), (Phase.HOLD, 1.0), (Phase.DOWN, 1.0), (Phase.DOWN, 2.0))


def bridge_strip(target: Path) -> None:
    """Five renders of the session's figure widget, composed into one strip with captions."""
    animation = shipped_pose_set("glute_bridge").base
    strip = QImage(FRAME_W * len(MOMENTS), FRAME_H + CAPTION_H, QImage.Format.Format_RGB32)
    strip.fill(QColor("#ffffff"))
    painter = QPainter(strip)
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    for index, (phase, seconds) in enumerate(MOMENTS):
        style = phase_colours(phase)
        figure = MovingFigure()
        figure.resize(FRAME_W, FRAME_H)
        figure.setAutoFillBackground(True)
        palette = figure.palette()
        palette.setColor(figure.backgroundRole(), QColor(style.background))
        figure.setPalette(palette)
        figure.set_colours(style.foreground, style.foreground)
        figure.set_animation(animation)
        figure.set_pose(pose_at(animation, phase, seconds * 1000, 2000))
        frame = QRect(index * FRAME_W, 0, FRAME_W, FRAME_H + CAPTION_H)
        painter.fillRect(frame, QColor(style.background))
        painter.drawImage(frame.topLeft(), figure.grab().toImage())
        painter.setPen(QColor(style.foreground))
        caption = QRectF(frame.x(), FRAME_H - 8, FRAME_W, CAPTION_H)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, f"{phase_word(phase)} · {seconds:g} s")
        if index:
            painter.fillRect(QRect(frame.x(), 0, 2, frame.height()), QColor("#ffffff"))
        figure.deleteLater()
    painter.end()
    strip.save(str(target))
    print(target)


def easier_variant_session(target: Path, lang: str, width: int, height: int) -> None:
    """The main window in a bridge session done as the easier variant, halfway up the first repetition."""
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.timeline import TimelineSettings
    from rugtimer.ui.context import AppContext
    from rugtimer.ui.cues import RecordingCuePlayer
    from rugtimer.ui.main_window import MainWindow

    class Clock:
        now = 10**12

        def __call__(self) -> int:
            return self.now

    clock = Clock()
    library = load_library()
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder))
        store = HistoryStore.open(paths)
        context = AppContext(
            paths, library, store, RecordingCuePlayer(language=lang), lang, clock=clock, wall_clock=None
        )
        window = MainWindow(context, TimelineSettings())
        window.resize(width, height)
        window.show()
        easier = library.exercise("glute_bridge").variants_at("easier")[0]
        dose = replace(library.plan.dose_for("glute_bridge"), variant=easier.id)
        window._begin([dose], 3)
        clock.now += int((5 + 1.2) * 1e9)  # get ready 5 s, then 1.2 s into the first UP
        window.controller._on_boundary()
        window._show_state()
        window.controller.frame.emit()
        QApplication.processEvents()
        window.grab().save(str(target))
        print(target)
        window.controller.stop()
        window.close()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)  # noqa: F841 - kept alive for the run
    args.out.mkdir(parents=True, exist_ok=True)
    bridge_strip(args.out / "bridge-motion-strip.png")
    easier_variant_session(
        args.out / f"session-easier-variant-{args.lang}-{width}x{height}.png", args.lang, width, height
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
