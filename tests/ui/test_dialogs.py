"""The dialogs asked from the mat, driven like a person would: digits, Enter, Esc, clicks (never exec())."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from rugtimer.program.exercises import Exercise
from rugtimer.program.library import Library, load_library
from rugtimer.ui.dialogs.after_session_dialog import NOTE_LIMIT, AfterSession, AfterSessionDialog
from rugtimer.ui.dialogs.hurt_dialog import HurtChoice, HurtDialog
from rugtimer.ui.dialogs.pain_dialog import BUTTON_SIZE, PainDialog, PainScale, typed_value

DIGIT_KEYS = {str(n): getattr(Qt.Key, f"Key_{n}") for n in range(10)}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def opened(qtbot: QtBot, dialog: QDialog, activate: bool = False) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    if activate:
        dialog.activateWindow()
        qtbot.waitActive(dialog)
    return dialog


def type_keys(qtbot: QtBot, widget: object, keys: Sequence[str]) -> None:
    for key in keys:
        qtbot.keyClick(widget, DIGIT_KEYS[key])


# --- the 0–10 scale


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("7", 7), ("10", 10), ("0", 0), ("05", 5), ("73", 3), ("11", 1), ("105", 5), ("100", 0), ("12", 2)],
)
def test_typing_digits_forms_a_number_up_to_ten(typed: str, expected: int) -> None:
    value: int | None = None
    for digit in typed:
        value = typed_value(value, int(digit))
    assert value == expected


def test_the_scale_has_eleven_big_buttons_and_marks_the_choice_not_by_colour_alone(qtbot: QtBot) -> None:
    scale = PainScale()
    qtbot.addWidget(scale)
    buttons = [scale.button(n) for n in range(11)]
    assert [b.text() for b in buttons] == [str(n) for n in range(11)]
    assert all(b.width() >= 56 and b.height() >= 56 for b in buttons)
    assert BUTTON_SIZE >= 56
    scale.set_value(6)
    chosen = scale.button(6)
    assert chosen.isChecked()
    assert chosen.font().weight() > QFont.Weight.Normal
    assert chosen.font().underline()
    assert [n for n, b in enumerate(buttons) if b.isChecked()] == [6]
    scale.set_value(None)
    assert scale.value() is None
    assert not any(b.isChecked() for b in buttons)


# --- PainDialog


@pytest.mark.parametrize(("keys", "expected"), [("7", 7), ("10", 10), ("0", 0), ("73", 3)])
def test_pain_dialog_digits_and_enter(qtbot: QtBot, keys: str, expected: int) -> None:
    dialog = opened(qtbot, PainDialog())
    type_keys(qtbot, dialog, keys)
    assert dialog.scale.value() == expected
    assert dialog.scale.button(expected).isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == expected
    assert not dialog.isVisible()


def test_pain_dialog_keys_on_the_focused_number_work_the_same(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PainDialog(), activate=True)
    qtbot.waitUntil(lambda: dialog.scale.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, QApplication.focusWidget(), "10")
    assert QApplication.focusWidget() is dialog.scale.button(10)  # the focus follows the number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert dialog.scale.value() == 9
    assert dialog.isVisible()  # moving is not answering
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.value() == 9
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_pain_dialog_enter_without_a_number_does_not_answer(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PainDialog())
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.value() is None
    dialog.reject()


def test_pain_dialog_escape_skips(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PainDialog())
    type_keys(qtbot, dialog, "5")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.value() is None
    assert not dialog.isVisible()


def test_pain_dialog_skip_button(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PainDialog())
    assert dialog.skip_button is not None
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.value() is None
    assert not dialog.isVisible()


def test_pain_dialog_click_confirms_at_once(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PainDialog())
    qtbot.mouseClick(dialog.scale.button(4), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == 4


def test_pain_dialog_question_text_and_no_skip(qtbot: QtBot) -> None:
    question = "How much pain did you have this morning?"
    dialog = opened(qtbot, PainDialog(question, allow_skip=False))
    assert dialog.skip_button is None
    label = dialog.findChild(QLabel, "question")
    assert label is not None
    assert label.text() == question
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # an answer is needed
    type_keys(qtbot, dialog, "2")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.value() == 2


# --- AfterSessionDialog


def test_after_session_answers(qtbot: QtBot) -> None:
    dialog = opened(qtbot, AfterSessionDialog())
    type_keys(qtbot, dialog, "6")
    qtbot.mouseClick(dialog.rating_button("too_hard"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note_edit, "Bridge was hard")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_data() == AfterSession(pain=6, rating="too_hard", note="Bridge was hard")


def test_after_session_by_keyboard_only(qtbot: QtBot) -> None:
    dialog = opened(qtbot, AfterSessionDialog(), activate=True)
    qtbot.waitUntil(lambda: dialog.scale.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, QApplication.focusWidget(), "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # on to "How did it go?"
    assert QApplication.focusWidget() is dialog.rating_button("good")
    assert dialog.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # arrows move within the three
    assert dialog.rating() == "too_hard"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert dialog.rating() == "good"
    with qtbot.waitSignal(dialog.rating_button("too_easy").clicked):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert dialog.rating() == "too_easy"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter outside the note saves
    assert dialog.result_data() == AfterSession(pain=3, rating="too_easy", note="")


def test_after_session_skip_gives_nothing(qtbot: QtBot) -> None:
    dialog = opened(qtbot, AfterSessionDialog())
    type_keys(qtbot, dialog, "4")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_data() == AfterSession(pain=None, rating=None, note="")


def test_after_session_save_with_nothing_filled_in(qtbot: QtBot) -> None:
    dialog = opened(qtbot, AfterSessionDialog())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_data() == AfterSession()


def test_after_session_note_is_limited(qtbot: QtBot) -> None:
    dialog = opened(qtbot, AfterSessionDialog())
    dialog.note_edit.setPlainText("x" * (NOTE_LIMIT + 200))
    assert len(dialog.note_edit.toPlainText()) == NOTE_LIMIT
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.result_data().note) == NOTE_LIMIT


# --- HurtDialog


def bridge(library: Library) -> Exercise:
    return library.exercise("glute_bridge")


def test_hurt_dialog_offers_the_easier_variant_first(qtbot: QtBot, library: Library) -> None:
    exercise = bridge(library)
    easier = exercise.variants_at("easier")[0]
    dialog = opened(qtbot, HurtDialog(exercise, easier, "en"))
    button = dialog.button_for(HurtChoice.EASIER)
    assert button is not None
    assert button.text().replace("&", "") == "Continue with the easier variant: Small bridge"
    assert dialog.choice_buttons() == [
        button,
        dialog.button_for(HurtChoice.SKIP),
        dialog.button_for(HurtChoice.STOP),
    ]
    assert dialog.focusWidget() is button
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() is HurtChoice.EASIER


@pytest.mark.parametrize("choice", [HurtChoice.EASIER, HurtChoice.SKIP, HurtChoice.STOP])
def test_hurt_dialog_each_choice(qtbot: QtBot, library: Library, choice: HurtChoice) -> None:
    exercise = bridge(library)
    dialog = opened(qtbot, HurtDialog(exercise, exercise.variants_at("easier")[0], "nl"))
    button = dialog.button_for(choice)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.choice() is choice
    assert not dialog.isVisible()


def test_hurt_dialog_arrow_keys_and_enter(qtbot: QtBot, library: Library) -> None:
    exercise = bridge(library)
    dialog = opened(qtbot, HurtDialog(exercise, exercise.variants_at("easier")[0], "en"), activate=True)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.button_for(HurtChoice.EASIER))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.button_for(HurtChoice.STOP)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.choice() is HurtChoice.STOP


def test_hurt_dialog_without_an_easier_variant(qtbot: QtBot, library: Library) -> None:
    plain = dataclasses.replace(bridge(library), variants=())
    easier = next(iter(plain.variants_at("easier")), None)
    dialog = opened(qtbot, HurtDialog(plain, easier, "en"))
    assert dialog.button_for(HurtChoice.EASIER) is None
    assert dialog.findChild(QPushButton, "choice_easier") is None
    assert len(dialog.choice_buttons()) == 2
    assert dialog.focusWidget() is dialog.button_for(HurtChoice.SKIP)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice() is HurtChoice.SKIP


def test_hurt_dialog_escape_means_skip(qtbot: QtBot, library: Library) -> None:
    exercise = bridge(library)
    dialog = opened(qtbot, HurtDialog(exercise, exercise.variants_at("easier")[0], "en"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice() is HurtChoice.SKIP


def test_hurt_dialog_names_the_alarm_signs(qtbot: QtBot, library: Library) -> None:
    exercise = bridge(library)
    dialog = opened(qtbot, HurtDialog(exercise, None, "en"))
    alarm = dialog.findChild(QLabel, "alarmSignals")
    assert alarm is not None
    text = alarm.text()
    for sign in ("weaker", "numb", "loss of strength", "fever", "urine", "groin", "GP"):
        assert sign in text
    dialog.reject()
