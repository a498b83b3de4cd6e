"""150 % and 175 % text on a 1366×768 laptop, in English and in (longer) Dutch: every page and dialog opens
without a cut-off text, and every window and its title bar fit on the screen (a dialog too tall even at
full width scrolls, with its Save / Skip buttons kept in view, and stays usable by keys). Before the fixes
at 175 % this listed the pain dialog (1475 px wide), the after-session and next-day dialogs (1489 px), the
keyboard help (933 px tall, 1178 px in Dutch), My program (1377 px), the edit dialog (1467 px), the main
window (1387 px in Dutch) and squeezed buttons; later Settings' Save and Cancel (scrolled away), the
welcome's three choices (below the fold) and session seconds that shrank from 120 to 108 px of ink.

Text size is the app's own setting (``apply_theme(app, theme, text_scale)`` scales every font), not the
desktop's display scaling. The offscreen screen is 800×800 in this test process, so each check runs in a
subprocess whose offscreen screen is configured as 1366×768 (``offscreen:configfile=…``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from rugtimer.ui.dialogs import TITLE_BAR, ScrollingBody, fit_to_screen
from tests.ui.a11y_checks import join
from tests.ui.a11y_screens import LAPTOP_SCREEN, SCREENS

ROOT = Path(__file__).resolve().parents[2]


def probe(
    tmp_path: Path,
    data_dir: Path,
    text_scale: int,
    *,
    keyboard: bool,
    language: str = "en",
    names: tuple[str, ...] = SCREENS,
) -> dict:
    """``probe_layouts`` on a 1366×768 screen, in a subprocess; its result (screens, offenders, measures)."""
    code = (
        "import json, sys; from pathlib import Path; from tests.ui.a11y_screens import probe_layouts;"
        " print(json.dumps(probe_layouts(Path(sys.argv[1]), int(sys.argv[2]), keyboard=sys.argv[3] == '1',"
        " language=sys.argv[4], names=tuple(sys.argv[5].split(',')))))"
    )
    arguments = [str(data_dir), str(text_scale), "1" if keyboard else "0", language, ",".join(names)]
    return _on_the_laptop(tmp_path, code, arguments)


def _on_the_laptop(tmp_path: Path, code: str, arguments: list[str], **environment: str) -> dict:
    """Run ``code`` in a subprocess on an offscreen 1366×768 screen; the JSON of its last line."""
    config = tmp_path / "laptop.json"
    config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", **environment)
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("text_scale", "keyboard", "language"),
    [(100, False, "en"), (150, True, "en"), (150, False, "nl"), (175, False, "en"), (175, True, "nl")],
)
def test_nothing_is_cut_off_on_a_1366x768_laptop(
    tmp_path: Path, data_dir: Path, text_scale: int, keyboard: bool, language: str
) -> None:
    result = probe(tmp_path, data_dir, text_scale, keyboard=keyboard, language=language)
    assert result["screens"] == list(SCREENS)
    offenders = result["offenders"]
    assert not offenders, (
        f"{len(offenders)} problems at {text_scale} % text on 1366×768 ({language}):\n{join(offenders)}"
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_countdown_is_no_smaller_at_175_percent_under_a_taller_menu_and_notice(
    tmp_path: Path, data_dir: Path, language: str
) -> None:
    """The seconds are what is read from the mat. At 175 % the menu bar and the no-sound notice above the
    session page are taller, and the digits used to follow the page's height: 122 px of ink at 100 %,
    110 px at 175 %. Now they follow the window's height, and the smaller lines give way instead."""
    shown = {}
    for percent in (100, 175):
        result = probe(
            tmp_path, data_dir / str(percent), percent, keyboard=False, language=language, names=("Session",)
        )
        assert not result["offenders"], join(result["offenders"])
        shown[percent] = result["measures"]["seconds"]
    small, large = shown[100], shown[175]
    assert small["text"] == large["text"]
    assert large["ink"] >= small["ink"] >= 120, shown
    assert large["font_px"] >= small["font_px"], shown


class _TallDialog(QDialog):
    """Thirty wrapped paragraphs and a button: taller than any screen; notes the keys it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Tall")
        self.keys: list[int] = []
        layout = QVBoxLayout(self)
        for _ in range(30):
            label = QLabel("A line of advice that is long enough to wrap onto a second line. " * 3)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.button = QPushButton("Go on")
        layout.addWidget(self.button)
        fit_to_screen(self, 500)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())
        super().keyPressEvent(event)


def test_a_dialog_taller_than_the_screen_scrolls_and_its_keys_still_reach_it(qtbot: QtBot) -> None:
    dialog = _TallDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.height() + TITLE_BAR <= dialog.screen().availableGeometry().height()
    body = dialog.findChild(ScrollingBody)
    assert body is not None and body.isVisible() and body.accessibleName() == "Tall"
    assert body.focusPolicy() & Qt.FocusPolicy.TabFocus and "Page Down" in body.accessibleDescription()
    assert body.verticalScrollBar().value() == 0
    dialog.button.setFocus()  # below the fold: the body scrolls it into view
    qtbot.waitUntil(lambda: body.verticalScrollBar().value() > 0)
    corner = dialog.button.mapTo(body.viewport(), dialog.button.rect().bottomRight())
    assert body.viewport().rect().contains(corner)
    qtbot.keyClick(dialog.button, Qt.Key.Key_PageDown)  # a control has the focus: the key is the dialog's
    assert dialog.keys == [Qt.Key.Key_PageDown]
    body.setFocus()
    body.verticalScrollBar().setValue(0)
    top = body.verticalScrollBar().value()
    qtbot.keyClick(body, Qt.Key.Key_PageDown)  # the area itself has the focus: it scrolls
    assert body.verticalScrollBar().value() > top
    assert dialog.keys == [Qt.Key.Key_PageDown]


def probe_under_notice(
    tmp_path: Path, data_dir: Path, text_scale: int, *, language: str, desktop_scale: float
) -> dict:
    """``probe_pages_under_notice`` on a 1366×768 screen at ``desktop_scale`` (Qt's QT_SCALE_FACTOR, as a
    desktop set to 150 % gives it: 911×512 logical pixels), in a subprocess."""
    code = (
        "import json, sys; from pathlib import Path; from tests.ui.a11y_screens import probe_pages_under_notice;"
        " print(json.dumps(probe_pages_under_notice(Path(sys.argv[1]), int(sys.argv[2]), language=sys.argv[3])))"
    )
    arguments = [str(data_dir), str(text_scale), language]
    return _on_the_laptop(tmp_path, code, arguments, QT_SCALE_FACTOR=str(desktop_scale))


@pytest.mark.parametrize(
    ("text_scale", "desktop_scale", "language"),
    [(175, 1.0, "nl"), (175, 1.0, "en"), (100, 1.5, "nl"), (100, 1.5, "en")],
)
def test_history_and_progress_fit_under_the_no_sound_notice(
    tmp_path: Path, data_dir: Path, text_scale: int, desktop_scale: float, language: str
) -> None:
    """A laptop without a sound device shows a two-line notice above every page. Under it, at 175 % text,
    History showed two sessions and half a set, without its note column and with the status cut ("Afgerond
    · de…"); Progress drew the days axis' 3 over its 4. At a desktop scale of 150 % (100 % text) Progress was
    wider than its view: the newest weeks, a legend entry and the week's line cut off on the right, "Pijn
    (0–1" on the axis. Now History shows five sessions over two sets, every column, each status whole, and
    Progress fits its width with every label whole and apart."""
    result = probe_under_notice(
        tmp_path, data_dir, text_scale, language=language, desktop_scale=desktop_scale
    )
    offenders = result["offenders"]
    assert not offenders, (
        f"{len(offenders)} problems at {text_scale} % text, desktop scale {desktop_scale} ({language}):\n"
        f"{join(offenders)}"
    )
    assert result["measures"]["historyTable"] >= 5 and result["measures"]["setsTable"] >= 2, result
