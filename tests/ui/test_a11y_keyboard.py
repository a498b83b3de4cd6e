"""The whole app from the keyboard alone: Tab reaches every control and comes back, Shift+Tab retraces it,
every dialog takes Enter and Esc, every page has its Ctrl+number, every menu item its underlined letter.

Real keys go to whatever has the focus, as on the mat; the screens are opened the way the app opens them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from rugtimer.paths import Paths
from rugtimer.ui.translations import install_translators
from tests.ui.a11y_checks import join, tab_chain_offenders
from tests.ui.a11y_screens import DIALOGS, PAGES, SCREENS, each_screen, running_app

ANSWERS: dict[str, tuple[Qt.Key, ...]] = {
    "pain": (Qt.Key.Key_4,),  # Enter confirms a typed number
    "after_session": (
        Qt.Key.Key_3,
        Qt.Key.Key_Return,
    ),  # Enter in the pain scale moves on to "How did it go?"
    "activity": (Qt.Key.Key_3, Qt.Key.Key_0),  # digits type the minutes wherever the focus is
    "next_day": (Qt.Key.Key_1, Qt.Key.Key_3),  # 1 = better or the same, then the pain score
    # The PSK check-in: a score and Enter per activity (the demo has four); Enter on the last one saves.
    "psk_check_in": (
        Qt.Key.Key_3,
        Qt.Key.Key_Return,
        Qt.Key.Key_4,
        Qt.Key.Key_Return,
        Qt.Key.Key_5,
        Qt.Key.Key_Return,
    ),
}
"""The keys a person types before Enter where a dialog needs an answer first; the others take Enter at once."""


def test_tab_reaches_every_control_and_shift_tab_goes_back(qtbot: QtBot, data_dir: Path) -> None:
    offenders: list[str] = []
    for screen in each_screen(data_dir, tuple(name for name in SCREENS if name != "Session")):
        offenders += tab_chain_offenders(screen.name, screen.window, screen.root)
    assert not offenders, f"{len(offenders)} keyboard problems:\n{join(offenders)}"


def press(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_takes_enter_and_esc(qtbot: QtBot, data_dir: Path, name: str) -> None:
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        with running_app(Paths(data_dir / key.name)) as app:
            dialog = app.dialog(name).root
            results: list[int] = []
            dialog.finished.connect(results.append)
            if key == Qt.Key.Key_Return:
                for answer in ANSWERS.get(name, ()):
                    press(answer)
            press(key)
            qtbot.waitUntil(lambda answered=results: bool(answered), timeout=2000)
            if isinstance(dialog, QMessageBox):
                continue  # Enter picks the default answer, Esc the escape answer; both close the box
            expected = (
                QDialog.DialogCode.Accepted if key == Qt.Key.Key_Return else QDialog.DialogCode.Rejected
            )
            assert results == [expected.value], f"{name}: {key.name}"


def test_every_page_is_one_ctrl_number_away(qtbot: QtBot, paths: Paths) -> None:
    with running_app(paths) as app:
        window = app.window
        for number, name in enumerate(PAGES, start=1):
            QTest.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
            shown = type(window.pages.currentWidget()).__name__
            assert shown == {"Today": "TodayView", "Progress": "TrendsView"}.get(name, f"{name}View")
        for action in window.navigation.actions():
            assert not action.shortcut().isEmpty() and action.shortcut().toString() in action.toolTip()


def mnemonic(text: str) -> str | None:
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def mnemonic_offenders(window: QMainWindow) -> list[str]:
    offenders = []
    bar_letters: dict[str, str] = {}
    for menu_action in window.menuBar().actions():
        title = menu_action.text()
        letter = mnemonic(title)
        if letter is None:
            offenders.append(f"menu {title!r}: no underlined letter")
        elif letter in bar_letters:
            offenders.append(f"menus {bar_letters[letter]!r} and {title!r} share Alt+{letter}")
        else:
            bar_letters[letter] = title
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            letter = mnemonic(action.text())
            if letter is None:
                offenders.append(f"{title!r} → {action.text()!r}: no underlined letter")
            elif letter in letters:
                offenders.append(f"{title!r}: {letters[letter]!r} and {action.text()!r} share {letter!r}")
            else:
                letters[letter] = action.text()
    return offenders


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_menu_item_has_its_own_underlined_letter(qtbot: QtBot, paths: Paths, language: str) -> None:
    app = QApplication.instance()
    translators = install_translators(app, language) if language != "en" else []
    try:
        with running_app(paths, language) as running:
            offenders = mnemonic_offenders(running.window)
            assert running.window.menuBar().actions()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert not offenders, join(offenders)
