"""The tempo bar: its level per phase, and a repaint of only the band that changed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rugtimer.program.tempo_level import bar_level
from rugtimer.program.timeline import Phase
from rugtimer.ui.tempo_bar import TempoBar


@pytest.mark.parametrize(
    ("phase", "fraction", "level"),
    [
        (Phase.UP, 0.25, 0.25),
        (Phase.HOLD, 0.5, 1.0),
        (Phase.DOWN, 0.25, 0.75),
        (Phase.REST, 0.25, 0.75),
    ],
)
def test_the_level_follows_the_phase(phase: str, fraction: float, level: float) -> None:
    assert bar_level(phase, fraction) == level


class PaintLog(TempoBar):
    def __init__(self) -> None:
        super().__init__()
        self.painted: list[tuple[int, int]] = []  # (top, bottom) of each repainted rectangle

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = event.rect()
        self.painted.append((rect.top(), rect.bottom()))
        super().paintEvent(event)


def half_full_bar(qtbot: QtBot) -> PaintLog:
    """A 500 px bar shown at level 0.5, its first paints done and forgotten."""
    bar = PaintLog()
    qtbot.addWidget(bar)
    bar.resize(64, 500)
    bar.show()
    qtbot.waitExposed(bar)
    bar.set_level(0.5)
    qtbot.waitUntil(lambda: bar.painted != [])
    bar.painted.clear()
    return bar


def test_a_small_step_repaints_a_band_around_the_old_and_new_top(qtbot: QtBot) -> None:
    bar = half_full_bar(qtbot)
    bar.set_level(0.52)  # 10 px of a 492 px track
    qtbot.waitUntil(lambda: bar.painted != [])
    [(top, bottom)] = bar.painted
    old_top, new_top = 4 + 492 * 0.5, 4 + 492 * 0.48
    radius = (64 - 8) / 2
    assert top <= new_top - radius and bottom >= old_top + radius  # the moving cap is inside the band
    assert bottom - top < 100  # not the whole bar


def test_below_one_pixel_nothing_repaints(qtbot: QtBot) -> None:
    bar = half_full_bar(qtbot)
    bar.set_level(0.501)
    QApplication.processEvents()  # a repaint would be a posted update request: it would run here
    assert bar.painted == []
