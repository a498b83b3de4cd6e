"""What is biggest on the session screen, measured on the laid-out widgets: the seconds, then the rep count
(≥ 60 px cap height in a 1366×768 window), then what comes next (≥ 30 px); a bigger text size makes the
small lines bigger, never smaller, and nothing is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from rugtimer.program.library import load_library
from rugtimer.program.plan import Dose
from rugtimer.program.runner import SessionRunner
from rugtimer.program.timeline import Phase, TimelineSettings, build_timeline
from rugtimer.ui.session_view import SessionView
from rugtimer.ui.theme import apply_theme, current_choice, current_text_scale
from tests.program.fake_clock import FakeClock

WINDOW_CHROME = 90  # the menu bar and the status line above and below the session page in window mode


def cap(label: QLabel) -> int:
    return QFontMetrics(label.font()).capHeight()


def shown_at_a_rep(qtbot: QtBot, width: int, height: int) -> SessionView:
    library = load_library()
    bridge = library.exercise("glute_bridge")
    timeline = build_timeline(
        [(bridge, Dose("glute_bridge", sets=2, reps=10))], TimelineSettings(lead_in_s=5, rest_s=30)
    )
    clock = FakeClock()
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(5 + 6 * 2 + 1)  # rep 3 of the first set, going up
    runner.poll()
    view = SessionView(library, "nl")
    qtbot.addWidget(view)
    view.resize(width, height - WINDOW_CHROME)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(runner.snapshot(), timeline)
    QApplication.sendPostedEvents()  # the new texts' size hints reach the layout
    view.content.layout().activate()
    assert runner.snapshot().step.phase is Phase.UP
    return view


@pytest.fixture
def text_size():
    app = QApplication.instance()
    before = (current_choice(app), current_text_scale(app))

    def set_to(percent: int) -> None:
        apply_theme(app, before[0], percent)

    yield set_to
    apply_theme(app, *before)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("percent", [100, 150, 175])
def test_the_rep_count_is_second_biggest_and_the_next_step_is_readable(
    qtbot: QtBot, text_size, width: int, height: int, percent: int
) -> None:
    text_size(percent)
    view = shown_at_a_rep(qtbot, width, height)
    assert view.reps.text() == "3 / 10"
    assert cap(view.seconds) > cap(view.reps) >= 60
    assert cap(view.reps) > cap(view.phase)
    assert cap(view.next_up) >= 30
    assert all(cap(view.reps) >= cap(label) for label in (view.next_up, view.exercise_name, view.cue))
    for label in (view.seconds, view.reps):  # digits: their ink must fit (a line's descent is empty)
        ink = QFontMetrics(label.font()).tightBoundingRect(label.text())
        assert label.height() >= ink.height() and label.width() >= ink.width(), label.objectName()
    for label in (view.phase, view.next_up, view.exercise_name, view.counters):
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() >= needed - 2, (label.objectName(), label.height(), needed)


def test_a_bigger_text_size_makes_the_small_lines_bigger_never_smaller(qtbot: QtBot, text_size) -> None:
    sizes = {}
    for percent in (100, 150, 175):
        text_size(percent)
        view = shown_at_a_rep(qtbot, 1366, 768)
        sizes[percent] = [label.font().pixelSize() for label in (view.next_up, view.cue, view.hints)]
        view.close()
    assert sizes[100] <= sizes[150] <= sizes[175]
    assert sizes[175] > sizes[100]


def test_the_drawing_takes_the_phase_colour_so_nothing_is_blue_on_blue(qtbot: QtBot) -> None:
    """Look at the drawn picture on the blue UP phase: every pixel is the background, the phase's text colour
    or a blend of the two (antialiasing). The drawings' accent blue (arrows, ball) would be none of these."""
    from PySide6.QtGui import QColor

    from rugtimer.ui.phase_style import phase_colours

    view = shown_at_a_rep(qtbot, 1366, 768)
    image = view.illustration.grab().toImage()
    style = phase_colours(Phase.UP)
    back, fore = QColor(style.background).getRgb()[:3], QColor(style.foreground).getRgb()[:3]

    def off_the_blend(rgb: tuple[int, int, int]) -> float:
        """Distance from the line background → foreground in RGB."""
        d = [f - b for f, b in zip(fore, back, strict=True)]
        v = [c - b for c, b in zip(rgb, back, strict=True)]
        t = max(0.0, min(1.0, sum(a * b for a, b in zip(v, d, strict=True)) / sum(a * a for a in d)))
        return sum((c - (b + t * e)) ** 2 for c, b, e in zip(rgb, back, d, strict=True)) ** 0.5

    pixels = [
        image.pixelColor(x, y).getRgb()[:3] for x in range(image.width()) for y in range(image.height())
    ]
    assert max(off_the_blend(rgb) for rgb in pixels) < 10
    assert sum(rgb == fore for rgb in pixels) > 50  # the figure is there, in the phase's text colour


def test_the_pause_between_two_exercises_says_what_it_is_for(qtbot: QtBot) -> None:
    library = load_library()
    items = [
        (library.exercise("glute_bridge"), Dose("glute_bridge", sets=1, reps=1)),
        (library.exercise("bird_dog"), Dose("bird_dog", sets=1, reps=2)),
    ]
    timeline = build_timeline(items, TimelineSettings(lead_in_s=0, rest_s=30))
    clock = FakeClock()
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(6 + 1)  # the bridge's one repetition is over: the next exercise's get-ready
    runner.poll()
    assert runner.snapshot().step.phase is Phase.LEAD_IN and runner.snapshot().step.exercise_id == "bird_dog"
    view = SessionView(library, "en")
    qtbot.addWidget(view)
    view.show_snapshot(runner.snapshot(), timeline)
    assert view.counters.text() == "Get into the starting position for this exercise"
    assert view.exercise_name.text() == library.exercise("bird_dog").name.en
