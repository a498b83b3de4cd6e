"""The session screen while paused: the key line says that Space resumes, in window and floor mode alike the
grey PAUSED screen is unmistakable (floor mode shows no key line at all: only what matters from the mat)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from rugtimer.program.library import load_library
from rugtimer.program.plan import Dose
from rugtimer.program.runner import RunState, SessionRunner
from rugtimer.program.timeline import Timeline, TimelineSettings, build_timeline
from rugtimer.theme_data import PHASE_KEYS
from rugtimer.ui.phase_style import phase_colours, phase_word
from rugtimer.ui.session_view import SessionView
from tests.program.fake_clock import FakeClock


def bridges() -> tuple[SessionRunner, Timeline, FakeClock]:
    library = load_library()
    bridge = library.exercise("glute_bridge")
    timeline = build_timeline(
        [(bridge, Dose("glute_bridge", sets=2, reps=10))], TimelineSettings(lead_in_s=5, rest_s=30)
    )
    clock = FakeClock()
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(5 + 6 * 2 + 1)  # rep 3 of the first set
    runner.poll()
    return runner, timeline, clock


def shown(qtbot: QtBot, language: str = "nl") -> tuple[SessionView, SessionRunner, Timeline]:
    runner, timeline, _clock = bridges()
    view = SessionView(load_library(), language)
    qtbot.addWidget(view)
    view.resize(1366, 678)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(runner.snapshot(), timeline)
    return view, runner, timeline


def test_the_key_line_says_space_resumes_while_paused(qtbot: QtBot) -> None:
    view, runner, timeline = shown(qtbot)
    assert view.hints.text().startswith("Spatie pauze · ")
    runner.pause()
    view.show_snapshot(runner.snapshot(), timeline)
    assert view.hints.text().startswith("Spatie verder · ")
    assert view.accessibleDescription() == view.hints.text()  # a screen reader hears the same line
    runner.resume()
    view.show_snapshot(runner.snapshot(), timeline)
    assert view.hints.text().startswith("Spatie pauze · ")


def test_the_key_line_in_english(qtbot: QtBot) -> None:
    view, runner, timeline = shown(qtbot, "en")
    runner.pause()
    view.show_snapshot(runner.snapshot(), timeline)
    assert view.hints.text().startswith("Space resume · ")


def test_floor_mode_while_paused_shows_the_paused_word_and_colour(qtbot: QtBot) -> None:
    view, runner, timeline = shown(qtbot)
    window_size = view.phase.font().pixelSize()
    view.set_floor_mode(True)
    runner.pause()
    view.show_snapshot(runner.snapshot(), timeline)
    assert runner.state is RunState.PAUSED
    assert not view.hints.isVisible()  # by design: floor mode keeps only what matters from the floor
    assert view.phase.isVisible() and view.phase.text() == phase_word("paused")
    assert view.phase.font().pixelSize() > window_size  # bigger still in floor mode
    background = view.palette().color(QPalette.ColorRole.Window)
    assert background == QColor(phase_colours("paused").background)
    others = {QColor(phase_colours(key).background).name() for key in PHASE_KEYS if key != "paused"}
    assert background.name() not in others  # no phase looks like a pause
