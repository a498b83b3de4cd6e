"""The keys a dialog's buttons show are the keys that work: "[Esc]" on the "this hurts" choice Esc makes, and
"[Ctrl+Enter]" on Save in the two dialogs with a note (Enter there starts a new line), from every control."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import SessionRecord
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog
from rugtimer.ui.dialogs.edit_session_dialog import EditSessionDialog
from rugtimer.ui.dialogs.hurt_dialog import HurtChoice, HurtDialog
from rugtimer.ui.dialogs.pain_dialog import PainDialog
from rugtimer.ui.exercise_card import key_hint
from rugtimer.ui.main_window import MainWindow
from tests.program.fake_clock import FakeClock

CET = timezone(timedelta(hours=1))
CTRL = Qt.KeyboardModifier.ControlModifier


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


# --- "this hurts": Esc skips the exercise, and the Skip button says so


@pytest.mark.parametrize("with_easier", [True, False])
def test_the_hurt_dialogs_esc_button_shows_esc(qtbot: QtBot, with_easier: bool) -> None:
    exercise = load_library().exercise("glute_bridge")
    easier = exercise.variants_at("easier")[0] if with_easier else None
    dialog = opened(qtbot, HurtDialog(exercise, easier, "nl"))
    showing_esc = [b for b in dialog.choice_buttons() if key_hint("Esc") in b.text()]
    assert showing_esc == [dialog.button_for(HurtChoice.SKIP)]
    assert showing_esc[0].text().endswith(f"   {key_hint('Esc')}")  # as on the other dialogs' buttons
    assert "[" not in showing_esc[0].accessibleName()  # the name is the choice; the key is not part of it
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.choice() is HurtChoice.SKIP


@pytest.fixture
def window(qtbot: QtBot, paths):
    clock = FakeClock()
    store = HistoryStore.open(paths)
    cues = RecordingCuePlayer(clock=lambda: clock.now_ns / 1e9)
    context = AppContext(paths, load_library(), store, cues, language="nl", clock=clock, wall_clock=None)
    win = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    win.show()  # not qtbot.addWidget: closing mid-session would ask "quit anyway?"
    qtbot.waitExposed(win)
    yield win
    if win.controller is not None:
        win.controller.runner.stop()
        win.controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    win.deleteLater()
    store.close()


def active_dialog(kind: type[QDialog]) -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert dialogs, f"no {kind.__name__} open"
    return dialogs[-1]


def test_esc_in_the_hurt_dialog_goes_on_with_the_next_exercise(qtbot: QtBot, window: MainWindow) -> None:
    window.start_session()
    qtbot.keyClick(active_dialog(PainDialog), Qt.Key.Key_Escape)  # no pain score now
    qtbot.waitUntil(lambda: window.controller is not None)
    first = window.controller.snapshot().step.exercise_id
    qtbot.keyClick(window, Qt.Key.Key_P)
    dialog = active_dialog(HurtDialog)
    assert dialog.button_for(HurtChoice.SKIP).text().endswith(key_hint("Esc"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    snap = window.controller.snapshot()
    assert snap.step.exercise_id != first  # what the [Esc] button says: skip this exercise
    assert window.controller.runner.state.value == "running"


# --- the two dialogs with a note: Save [Ctrl+Enter], true from every control


def edit_dialog() -> EditSessionDialog:
    session = SessionRecord(
        started_at=datetime(2026, 11, 23, 19, 30, tzinfo=CET),
        ended_at=datetime(2026, 11, 23, 19, 50, tzinfo=CET),
        status="completed",
        plan_week=3,
        pain_before=4,
        pain_after=2,
        rating="good",
        note="Stiff",
    )
    return EditSessionDialog(session, "Mon 23-11 19:30")


DIALOGS: dict[str, Callable[[], QDialog]] = {
    "after": lambda: AfterSessionDialog(pain=3),
    "edit": edit_dialog,
}


def controls(dialog: QDialog) -> list[str]:
    """The object names of every control Tab reaches."""
    return [
        w.objectName()
        for w in dialog.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.objectName()
    ]


@pytest.mark.parametrize("kind", DIALOGS)
def test_save_shows_ctrl_enter_in_both_dialogs(qtbot: QtBot, kind: str) -> None:
    dialog = opened(qtbot, DIALOGS[kind]())
    save = dialog.findChild(QPushButton, "saveButton")
    assert save.text().endswith(f"   {key_hint('Ctrl+Enter')}")
    assert save.isDefault()  # not Skip / Cancel: Enter on a rating must never throw the answers away


@pytest.mark.parametrize("kind", DIALOGS)
def test_ctrl_enter_saves_from_every_control(qtbot: QtBot, kind: str) -> None:
    names = controls(opened(qtbot, DIALOGS[kind]()))
    assert {"note", "saveButton", "rating_good"} <= set(names)
    for name in names:
        dialog = opened(qtbot, DIALOGS[kind]())
        widget = dialog.findChild(QWidget, name)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return, CTRL)
        assert dialog.result() == QDialog.DialogCode.Accepted, name


@pytest.mark.parametrize("kind", DIALOGS)
def test_enter_in_the_note_starts_a_new_line_in_both_dialogs(qtbot: QtBot, kind: str) -> None:
    dialog = opened(qtbot, DIALOGS[kind]())
    note = dialog.findChild(QWidget, "note")
    note.setPlainText("")
    qtbot.keyClicks(note, "stiff")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "then better")
    assert dialog.isVisible()
    assert note.toPlainText() == "stiff\nthen better"
    qtbot.keyClick(note, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("kind", DIALOGS)
def test_enter_on_a_rating_saves_it(qtbot: QtBot, kind: str) -> None:
    dialog = opened(qtbot, DIALOGS[kind]())
    dialog.rating_button("too_hard").click()  # chosen, then Enter on it
    button = dialog.rating_button("too_hard")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.rating() == "too_hard"
