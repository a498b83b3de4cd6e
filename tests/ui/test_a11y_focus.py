"""Where the keyboard is, is always visible: at every Tab press the control that gets the focus and the one
that loses it both look different, from the moment a window opens (not only after the first Tab).

Rendered offscreen with the app's style: Fusion (RugTimer sets no style of its own unless a theme is chosen,
and then it is Fusion too). Fusion alone draws a thin outline only after a Tab press and draws a dialog's
default button like a focused one; the focus ring (rugtimer.ui.focus_ring) is what makes this pass.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.paths import Paths
from rugtimer.ui.focus_ring import FocusRing
from rugtimer.ui.theme import apply_theme, current_choice, current_text_scale
from tests.ui.a11y_checks import (
    MIN_CHANGED_PIXELS,
    changed_pixels,
    focus_visibility_offenders,
    join,
    look_around,
)
from tests.ui.a11y_screens import SCREENS, each_screen, running_app


def test_the_app_style_is_fusion(qapp: QApplication) -> None:
    """Fusion underneath, whether or not a theme has wrapped it in the app's proxy style (ThemedStyle, whose
    own name is empty): a test that applied a theme before this one must not change the answer."""
    from PySide6.QtWidgets import QProxyStyle

    style = qapp.style()
    base = style.baseStyle() if isinstance(style, QProxyStyle) else style
    assert base.name() == "fusion"


def test_the_focus_is_visible_at_every_tab_press_on_every_screen(qtbot: QtBot, data_dir: Path) -> None:
    offenders: list[str] = []
    for screen in each_screen(data_dir, tuple(name for name in SCREENS if name != "Session")):
        offenders += focus_visibility_offenders(screen.name, screen.window, screen.root)
    assert not offenders, f"{len(offenders)} controls show no focus:\n{join(offenders)}"


def test_the_focus_shows_when_a_dialog_opens_before_any_key(qtbot: QtBot, paths: Paths) -> None:
    """The settings open with the focus on the language box: Fusion would draw nothing until a Tab."""
    with running_app(paths) as app:
        dialog = app.dialog("settings").root
        first = QApplication.focusWidget()
        opened = look_around(first)
        other = next(w for w in dialog.findChildren(QWidget) if w.objectName() == "testSoundButton")
        other.setFocus(Qt.FocusReason.OtherFocusReason)
        assert changed_pixels(opened, look_around(first)) >= MIN_CHANGED_PIXELS


def test_the_ring_follows_the_keys_and_stays_away_from_the_session_screen(qtbot: QtBot, paths: Paths) -> None:
    with running_app(paths) as app:
        window = app.window
        ring = window.findChild(FocusRing)
        assert ring is not None and ring.widget() is window.today.start_button and ring.isVisible()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert ring.widget() is QApplication.focusWidget()
        app.session()  # the focus rests on the session view, which takes keys, not Tab
        assert not any(r.isVisible() for r in window.findChildren(FocusRing))


def test_the_ring_is_visible_in_every_theme(qtbot: QtBot, paths: Paths) -> None:
    """The ring takes the theme's highlight colour when it paints (a theme change recolours it)."""
    app = QApplication.instance()
    before = current_choice(app), current_text_scale(app)
    seen = {}
    try:
        with running_app(paths) as running:
            button = running.window.today.start_button
            other = running.window.activity_summary.add_button
            for theme in ("light", "dark", "high_contrast"):
                apply_theme(app, theme, 100)
                button.setFocus(Qt.FocusReason.TabFocusReason)
                focused = look_around(button)
                other.setFocus(Qt.FocusReason.TabFocusReason)
                seen[theme] = changed_pixels(focused, look_around(button))
    finally:
        apply_theme(app, *before)
    assert all(changed >= MIN_CHANGED_PIXELS for changed in seen.values()), seen
