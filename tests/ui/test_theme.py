"""Themes and text size on the running app: the palette, open style sheets, fonts, the session colours, and the
settings dialog that changes them at once. Every test leaves the app as it found it (system theme, 100 %)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.settings import Settings, load_settings
from rugtimer.theme_data import DARK, HIGH_CONTRAST, LIGHT, SYSTEM, THEMES, TYPE_SCALE, contrast_ratio
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.dialogs.pain_dialog import PainDialog
from rugtimer.ui.dialogs.settings_dialog import SettingsDialog
from rugtimer.ui.exercise_card import font
from rugtimer.ui.main_window import MainWindow
from rugtimer.ui.phase_style import phase_colours
from rugtimer.ui.theme import apply_theme, current_text_scale, current_theme
from rugtimer.ui.themed_style import ThemedStyle, play_icon
from tests.program.fake_clock import FakeClock

NOW = datetime(2026, 11, 11, 9, tzinfo=timezone(timedelta(hours=1)))
ROLES = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "window_text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.PlaceholderText: "placeholder_text",
}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back to "follow the system" at 100 % afterwards (other tests share it)."""
    yield qapp
    apply_theme(qapp, SYSTEM, 100)


@pytest.fixture
def windows(paths: Paths, app: QApplication) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        if window.controller is not None:
            window.controller.runner.stop()
            window.controller.shutdown()
            window.controller = None
        window.close()
        window.deleteLater()
        window.context.store.close()


def make_window(paths: Paths, qtbot: QtBot, windows: list[MainWindow]) -> MainWindow:
    """The real main window (English, a fixed "now"), shown at the size of a 1366×768 laptop."""
    clock = FakeClock()
    cues = RecordingCuePlayer(clock=lambda: clock.now_ns / 1e9)
    context = AppContext(
        paths,
        load_library(),
        HistoryStore.open(paths),
        cues,
        "en",
        clock=clock,
        wall_clock=None,
        now=lambda: NOW,
    )
    window = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    windows.append(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def pixel(widget: QWidget, x: int = 4, y: int = 4) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


# -- the palette and the style


@pytest.mark.parametrize("name", [LIGHT, DARK, HIGH_CONTRAST])
def test_each_theme_puts_its_colours_in_the_application_palette(app: QApplication, name: str) -> None:
    apply_theme(app, name, 100)
    colours = THEMES[name].colours
    palette = app.palette()
    for role, field in ROLES.items():
        assert palette.color(role).name() == colours.role(field), field
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert disabled.name() == colours.disabled_text
    assert isinstance(app.style(), ThemedStyle) and app.style().baseStyle().name().lower() == "fusion"
    assert current_theme() is THEMES[name]
    edge = QApplication.palette(QPushButton()).color(QPalette.ColorRole.Window).darker(140)  # Fusion's edge
    assert contrast_ratio(edge.name(), colours.window) >= 3.0  # buttons stand out, also black on black


def test_following_the_system_gives_the_desktop_palette_back(app: QApplication) -> None:
    desktop = {role: app.palette().color(role).name() for role in ROLES}
    apply_theme(app, HIGH_CONTRAST, 100)
    apply_theme(app, SYSTEM, 100)
    assert {role: app.palette().color(role).name() for role in ROLES} == desktop
    assert (
        QApplication.palette(QPushButton()).color(QPalette.ColorRole.Window).name()
        == desktop[QPalette.ColorRole.Window]
    )  # the edge colours of the theme are gone too
    assert current_theme() in (THEMES[LIGHT], THEMES[DARK])


def test_open_style_sheets_take_the_new_colours_at_once(app: QApplication, qtbot: QtBot) -> None:
    """Style sheets read palette(...) once; the theme change makes them read again (no restart)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Start", holder)
    button.setStyleSheet("QPushButton { background: palette(highlight); border: none; }")
    QVBoxLayout(holder).addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    apply_theme(app, LIGHT, 100)
    assert pixel(button) == THEMES[LIGHT].colours.highlight
    apply_theme(app, DARK, 100)
    assert pixel(button) == THEMES[DARK].colours.highlight


def test_the_play_icon_takes_the_theme_colours_even_after_a_change(app: QApplication) -> None:
    """The style's own play icon is black: invisible on a black button. Ours is drawn from the palette."""
    apply_theme(app, HIGH_CONTRAST, 100)
    icon = play_icon()
    centre = icon.pixmap(QSize(48, 48)).toImage().pixelColor(24, 24)
    assert centre.name() == THEMES[HIGH_CONTRAST].colours.button_text
    apply_theme(app, LIGHT, 100)  # the same icon, painted again
    assert icon.pixmap(QSize(48, 48)).toImage().pixelColor(24, 24).name() == THEMES[LIGHT].colours.button_text


def test_when_the_desktop_turns_dark_the_open_style_sheets_follow(app: QApplication, qtbot: QtBot) -> None:
    apply_theme(app, SYSTEM, 100)
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Start", holder)
    button.setStyleSheet("QPushButton { background: palette(highlight); border: none; }")
    QVBoxLayout(holder).addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    desktop = app.palette()
    night = QPalette(desktop)
    night.setColor(QPalette.ColorRole.Highlight, QColor("#224466"))
    try:
        app.setPalette(night)  # what Qt does when the desktop switches ...
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # ... and what it says
        qtbot.waitUntil(lambda: pixel(button) == "#224466")
    finally:
        app.setPalette(desktop)


# -- text size


def test_text_size_multiplies_every_own_size_and_leaves_inherited_and_pixel_sizes(
    app: QApplication, qtbot: QtBot
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setFont(font(12))
    layout = QVBoxLayout(holder)
    inherits, own, bold = QLabel("inherits"), QLabel("own"), QLabel("bold")
    own.setFont(font(18))
    bold_font = bold.font()
    bold_font.setBold(True)
    bold.setFont(bold_font)
    pixels = QLabel("pixels")
    pixel_font = pixels.font()
    pixel_font.setPixelSize(40)
    pixels.setFont(pixel_font)
    for label in (inherits, own, bold, pixels):
        layout.addWidget(label)
    holder.show()
    qtbot.waitExposed(holder)

    apply_theme(app, SYSTEM, 150)
    sizes = [w.font().pointSizeF() for w in (holder, inherits, own, bold)]
    assert sizes == [18, 18, 27, 18] and pixels.font().pixelSize() == 40
    assert bold.font().bold()
    apply_theme(app, SYSTEM, 125)
    assert [w.font().pointSizeF() for w in (holder, inherits, own, bold)] == [15, 15, 22.5, 15]
    apply_theme(app, SYSTEM, 100)
    assert [w.font().pointSizeF() for w in (holder, inherits, own, bold)] == [12, 12, 18, 12]


def test_windows_opened_later_follow_the_text_size_and_copies_are_not_scaled_twice(
    app: QApplication, qtbot: QtBot
) -> None:
    apply_theme(app, SYSTEM, 150)
    dialog = SettingsDialog(Settings(), RecordingCuePlayer())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.font().pointSizeF() == TYPE_SCALE["body"] * 1.5
    copy = QLabel("copied", dialog)
    copy.setFont(dialog.font())  # e.g. a message box given its parent's font
    dialog.layout().addWidget(copy)
    qtbot.waitUntil(copy.isVisible)
    assert copy.font().pointSizeF() == TYPE_SCALE["body"] * 1.5
    plain = QWidget()  # a window without a size of its own: the desktop's size times the scale
    qtbot.addWidget(plain)
    plain.show()
    qtbot.waitExposed(plain)
    assert plain.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.5)
    plain.close()
    dialog.reject()


# -- the main window


def test_today_at_150_percent_on_a_1366x768_laptop_shows_the_whole_header(
    paths: Paths, qtbot: QtBot, windows: list[MainWindow], app: QApplication
) -> None:
    apply_theme(app, SYSTEM, 150)
    window = make_window(paths, qtbot, windows)
    qtbot.waitUntil(lambda: window.width() == 1366)
    today = window.today
    assert today.findChild(QLabel, "todayTitle").font().pointSizeF() == 26 * 1.5
    button = today.start_button
    assert button.font().pointSizeF() == 20 * 1.5
    left = button.mapTo(window, QPoint(0, 0)).x()
    assert left >= 0 and left + button.width() <= window.width(), "Start session is cut off"
    assert button.width() >= button.sizeHint().width(), "Start session is squeezed"
    for name in ("todayTitle", "planWeek"):
        label = today.findChild(QLabel, name)
        assert label.width() >= label.sizeHint().width(), f"{name} is cut off"
    assert window.minimumSizeHint().width() <= 1366


def test_the_banner_and_the_session_colours_follow_the_theme(
    paths: Paths, qtbot: QtBot, windows: list[MainWindow], app: QApplication
) -> None:
    window = make_window(paths, qtbot, windows)
    window.show_banner("Could not save the settings: disk full")
    for name in (LIGHT, DARK, HIGH_CONTRAST):
        apply_theme(app, name, 100)
        assert pixel(window.banner) == THEMES[name].colours.tooltip_base, name
        text = window.banner.palette().color(window.banner.foregroundRole())
        assert text.name() == THEMES[name].colours.tooltip_text, name
    apply_theme(app, DARK, 100)
    window.start_session()
    qtbot.waitUntil(lambda: (dialog := window.findChild(PainDialog)) is not None and dialog.isVisible())
    window.findChild(PainDialog).skip_button.click()  # no pain score: straight to the session
    qtbot.waitUntil(lambda: window.controller is not None)
    palette = window.session_view.palette()
    lead_in = THEMES[DARK].phases["lead_in"]
    assert palette.color(QPalette.ColorRole.Window) == QColor(lead_in.background)
    assert palette.color(QPalette.ColorRole.WindowText) == QColor(lead_in.foreground)
    assert phase_colours("hold") == THEMES[DARK].phases["hold"]


def test_saving_the_settings_dialog_changes_theme_and_text_size_at_once_and_stores_them(
    paths: Paths, qtbot: QtBot, windows: list[MainWindow], app: QApplication
) -> None:
    window = make_window(paths, qtbot, windows)
    window.settings_actions.open_settings()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    dialog.theme.setCurrentIndex(dialog.theme.findData(DARK))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(125))
    dialog.accept()
    assert app.palette().color(QPalette.ColorRole.Window).name() == THEMES[DARK].colours.window
    assert current_text_scale(app) == 125
    assert window.today.start_button.font().pointSizeF() == 20 * 1.25
    saved, problems = load_settings(paths.settings)
    assert (saved.theme, saved.text_scale, problems) == (DARK, 125, [])


def test_the_progress_graph_is_rebuilt_in_the_new_theme(
    paths: Paths, qtbot: QtBot, windows: list[MainWindow], app: QApplication
) -> None:
    """pyqtgraph takes its colours when built: a theme change gives the Progress page a fresh graph."""
    window = make_window(paths, qtbot, windows)
    window.show_trends()
    old = window._trends
    window.settings_actions.save_settings(replace(window.context.settings, theme=DARK))
    assert window._trends is not None and window._trends is not old
    assert window.pages.currentWidget() is window._trends
    assert window._trends.palette().color(QPalette.ColorRole.Base).name() == THEMES[DARK].colours.base


# -- the settings dialog


def test_the_dialog_offers_the_themes_and_text_sizes_and_says_they_apply_at_once(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(theme=HIGH_CONTRAST, text_scale=110), RecordingCuePlayer())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == ["", LIGHT, DARK, HIGH_CONTRAST]
    assert dialog.theme.currentData() == HIGH_CONTRAST
    sizes = [dialog.text_scale.itemData(i) for i in range(dialog.text_scale.count())]
    assert sizes == [100, 110, 125, 150, 175]  # a hand-edited size stays choosable
    assert dialog.text_scale.currentData() == 110
    for box in (dialog.theme, dialog.text_scale):
        assert box.accessibleName() and "as soon as you save" in box.accessibleDescription()
    note = dialog.findChild(QLabel, "whenChangesApply")
    assert "as soon as you save" in note.text() and "next start" in note.text()
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(175))
    dialog.theme.setCurrentIndex(0)
    assert (dialog.settings().theme, dialog.settings().text_scale) == (SYSTEM, 175)
    dialog.reject()


@pytest.mark.parametrize("scale", [150, 175])
def test_the_dialog_fits_a_1366x768_screen_at_large_text(app: QApplication, qtbot: QtBot, scale: int) -> None:
    apply_theme(app, SYSTEM, scale)
    dialog = SettingsDialog(Settings(reminder_days="0,2,4"), RecordingCuePlayer(), reminder_problem="x")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 60, hint
    for control in (dialog.theme, dialog.text_scale, dialog.language, dialog.export_button):
        assert control.width() >= control.sizeHint().width(), control.objectName()
    dialog.reject()
