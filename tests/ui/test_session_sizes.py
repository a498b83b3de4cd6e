"""What is biggest on the session screen, measured on the laid-out widgets: the seconds, then the rep count
(≥ 60 px cap height in a 1366×768 window), then what comes next (≥ 30 px); a bigger text size makes the
small lines bigger, never smaller, and nothing is cut off."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.program.library import load_library
from rugtimer.program.plan import Dose
from rugtimer.program.runner import SessionRunner
from rugtimer.program.timeline import Phase, TimelineSettings, build_timeline
from rugtimer.theme_data import TYPE_SCALE, session_type_choices
from rugtimer.ui.exercise_card import font
from rugtimer.ui.session_view import SessionView
from rugtimer.ui.theme import apply_theme, current_choice, current_text_scale
from tests.program.fake_clock import FakeClock
from tests.ui.a11y_checks import clipping_offenders, ink_rows

WINDOW_CHROME = 90  # the menu bar and the status line above and below the session page in window mode


def cap(label: QLabel) -> int:
    return QFontMetrics(label.font()).capHeight()


def shown_at_a_rep(qtbot: QtBot, width: int, height: int, *, notice: str = "") -> SessionView:
    """The bridges at rep 3, in a window of ``width`` × ``height`` less the menu and status line; with a
    ``notice``, under it in a banner as the main window shows one (its text follows the text size)."""
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
    window = _under_a_notice(view, notice) if notice else view
    view.test_window = window  # the window owns the view: keep it alive as long as the view is used
    qtbot.addWidget(window)
    window.resize(width, height - WINDOW_CHROME)
    window.show()
    qtbot.waitExposed(window)
    view.show_snapshot(runner.snapshot(), timeline)
    QApplication.sendPostedEvents()  # the new texts' size hints reach the layout
    view.content.layout().activate()
    assert runner.snapshot().step.phase is Phase.UP
    return view


def _under_a_notice(view: SessionView, notice: str) -> QWidget:
    window = QWidget()
    banner = QLabel(notice)
    banner.setWordWrap(True)
    banner.setMargin(8)
    banner.setFont(font(TYPE_SCALE["body"]))  # as the main window's banner: it grows with the text size
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(view, 1)
    return window


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


NO_SOUND = (
    "Geen geluid: Er is geen geluidsapparaat gevonden, dus je hoort geen geluidssignalen."
    " RugTimer werkt zonder geluid verder."
)


def test_the_seconds_keep_their_size_when_a_bigger_text_size_makes_the_lines_above_taller(
    qtbot: QtBot, text_size
) -> None:
    """At 175 % the banner above the page is twice as tall (two lines of larger text), and the seconds used
    to follow the page's height (153 px here at 100 %, 140 px at 175 %). Now they follow the window's, and
    everything still fits; the digits' ink is measured as painted."""
    shown = {}
    for percent in (100, 175):
        text_size(percent)
        view = shown_at_a_rep(qtbot, 1366, 768, notice=NO_SOUND)
        first, last = ink_rows(view.seconds)
        shown[percent] = (view.seconds.font().pixelSize(), last - first + 1, view.height())
        assert first > 0 and last < view.seconds.height() - 1, "the digits are cut off"
        assert not clipping_offenders(f"{percent} %", view)
        view.window().close()
    assert shown[175][2] < shown[100][2] - 30, "the banner is taller at 175 %: less room for the page"
    assert shown[175][0] >= shown[100][0] and shown[175][1] >= shown[100][1] >= 115, shown


def test_who_gives_way_first_when_the_lines_do_not_fit() -> None:
    """The core's order: the small lines' extra size first, then the small lines a little, the seconds
    last; in the same window the seconds are the same at every text size until then."""
    choices = session_type_choices(728, 604, 175, floor=False)
    assert choices[0].next_up > choices[-1].next_up
    window_sized = [sizes for sizes in choices if sizes.seconds == int(728 * 0.24)]
    assert window_sized == choices[: len(window_sized)] and len(window_sized) < len(choices)
    assert all(sizes.exercise_name <= choices[0].exercise_name for sizes in choices)
    normal = session_type_choices(728, 670, 100, floor=False)
    assert choices[0].seconds == normal[0].seconds  # a taller banner at 175 % takes nothing from them
    assert [s.next_up for s in choices] == sorted((s.next_up for s in choices), reverse=True)
    assert all(first.seconds >= then.seconds for first, then in itertools.pairwise(choices))
    assert all(s.reps >= max(s.next_up, s.exercise_name, s.counters, s.cue, s.hints) for s in choices)


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
