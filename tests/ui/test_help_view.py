"""The Help page and the welcome dialog, driven like a person would: Tab, typed digits, arrows, Alt+letter,
Enter and Esc (dialogs opened with open(), never exec())."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.program.advice import load_advice
from rugtimer.ui.advice_widgets import BODY_POINTS, HEADING_POINTS, readable_width
from rugtimer.ui.dialogs.welcome_dialog import DEFAULT_CHOICE, WelcomeDialog
from rugtimer.ui.help_view import SECTIONS, HelpView


def shown(qtbot: QtBot, language: str = "en", width: int = 1366, height: int = 768) -> HelpView:
    view = HelpView(language)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def labels_text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for char in text:
        qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{char}"))


# --- the page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_section_is_there_in_the_chosen_language(qtbot: QtBot, language: str) -> None:
    advice = load_advice()
    view = HelpView(language)
    qtbot.addWidget(view)
    for name in SECTIONS:
        assert view.section(name) is not None
    headings = {
        "physio": advice.physio.heading,
        "program": advice.program.heading,
        "questions": advice.faq.heading,
        "ball": advice.ball.heading,
    }
    for name, heading in headings.items():
        label = view.findChild(QLabel, f"heading_{name}")
        assert label is not None and label.text() == heading.get(language)
    alarm = view.findChild(QFrame, "alarmBox")
    assert alarm is view.section("alarm")
    text = labels_text(view)
    for sign in advice.alarm.signs:
        assert sign.text.get(language) in text
    for reason in advice.physio.reasons:
        assert reason.text.get(language) in text
    for rule in advice.program.rules:
        assert rule.title.get(language) in text and rule.text.get(language) in text
    for question in advice.faq.questions:
        assert question.question.get(language) in text and question.answer.get(language) in text
    for part in (advice.physio.app_suggests, advice.ball.sitting_check, advice.ball.anti_burst):
        assert part.get(language) in text


def test_the_order_is_alarm_physio_program_questions_ball(qtbot: QtBot) -> None:
    view = shown(qtbot)
    page = view.scroll_area.widget()
    tops = [view.section(name).mapTo(page, view.section(name).rect().topLeft()).y() for name in SECTIONS]
    assert tops == sorted(tops)


def test_big_print(qtbot: QtBot) -> None:
    view = HelpView("en")
    qtbot.addWidget(view)
    sizes = [label.font().pointSizeF() for label in view.findChildren(QLabel)]
    assert min(sizes) >= BODY_POINTS >= 14
    for name in ("physio", "program", "questions", "ball"):
        assert view.findChild(QLabel, f"heading_{name}").font().pointSizeF() >= HEADING_POINTS >= 20
    assert view.findChild(QLabel, "alarmHeading").font().pointSizeF() >= HEADING_POINTS
    assert view.findChild(QLabel, "helpTitle").font().pointSizeF() > HEADING_POINTS
    assert view.findChild(QLabel, "ballResult").font().pointSizeF() >= 24
    assert view.height_box.font().pointSizeF() >= 20


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768)])
def test_one_centred_readable_column_and_nothing_sticks_out(
    qtbot: QtBot, language: str, width: int, height: int
) -> None:
    view = shown(qtbot, language, width, height)
    column = view.findChild(QWidget, "helpColumn")
    assert column.width() <= readable_width() + 48
    centre = column.mapTo(view, column.rect().center()).x()
    assert abs(centre - view.scroll_area.viewport().width() / 2) <= 2
    viewport = view.scroll_area.viewport()
    for label in view.findChildren(QLabel):
        if label.isVisible():
            assert label.mapTo(viewport, label.rect().topRight()).x() <= viewport.width(), label.objectName()
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()
    assert view.scroll_area.horizontalScrollBar().maximum() == 0


def test_tab_reaches_the_height_box_and_typed_heights_give_the_ball(qtbot: QtBot) -> None:
    view = shown(qtbot)
    view.activateWindow()
    qtbot.waitActive(view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    box = view.height_box
    for _ in range(4):
        if box.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
    assert box.hasFocus()
    result = view.findChild(QLabel, "ballResult")
    near = view.findChild(QLabel, "ballNearLimit")

    type_text(qtbot, box, "185")  # Tab selected the number, so typing replaces it
    assert box.value() == 185
    assert result.text() == "Ball of 75\u00a0cm"
    assert not near.isVisible()

    box.selectAll()
    type_text(qtbot, box, "160")
    assert result.text() == "Ball of 55\u00a0cm"
    assert result.accessibleName() == result.text()

    box.selectAll()
    type_text(qtbot, box, "168")
    assert result.text() == "Ball of 55\u00a0cm"
    assert near.isVisible()  # about 1.68 m: the sitting check decides
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 169
    assert result.text() == "Ball of 65\u00a0cm"

    box.selectAll()
    type_text(qtbot, box, "90")  # below the range: no ball size for the height typed before
    assert result.text() == "Type a height from 100 to 230 cm."
    assert not near.isVisible()


def test_the_height_box_keeps_to_100_to_230(qtbot: QtBot) -> None:
    view = HelpView("nl")
    qtbot.addWidget(view)
    box = view.findChild(QSpinBox, "bodyHeight")
    assert (box.minimum(), box.maximum()) == (100, 230)
    box.setValue(300)
    assert box.value() == 230
    assert view.findChild(QLabel, "ballResult").text() == "Bal van 75\u00a0cm"
    assert view.ball_helper.result_text() == "Bal van 75\u00a0cm"


def test_controls_have_accessible_names(qtbot: QtBot) -> None:
    view = HelpView("en")
    qtbot.addWidget(view)
    assert view.height_box.accessibleName() == "Your body height in centimetres"
    assert view.height_box.accessibleDescription()
    assert view.scroll_area.accessibleName() == "Help and advice"
    alarm = view.section("alarm")
    assert alarm.accessibleName() == load_advice().alarm.heading.en
    assert "same day" in alarm.accessibleDescription()
    label = view.findChild(QLabel, "heightLabel")
    assert label.buddy() is view.height_box


def test_scroll_to_before_showing_opens_the_page_at_the_ball_helper(qtbot: QtBot) -> None:
    view = HelpView("en")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.scroll_to("ball")
    view.show()
    qtbot.waitExposed(view)
    bar = view.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    viewport = view.scroll_area.viewport()
    heading = view.section("ball")
    top = heading.mapTo(viewport, heading.rect().topLeft()).y()
    assert 0 <= top < viewport.height()
    assert view.focusWidget() is view.height_box


def test_scroll_to_the_alarm_signals_and_back(qtbot: QtBot) -> None:
    view = shown(qtbot)
    bar = view.scroll_area.verticalScrollBar()
    view.scroll_to("questions")
    assert bar.value() > 0
    view.scroll_to("alarm")
    viewport = view.scroll_area.viewport()
    box = view.section("alarm")
    assert 0 <= box.mapTo(viewport, box.rect().topLeft()).y() < 40
    with pytest.raises(ValueError, match="unknown help section"):
        view.scroll_to("shop")


# --- the welcome dialog


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # activation arrives a little later
    return dialog


def test_welcome_default_is_the_floor_set_and_enter_starts(qtbot: QtBot) -> None:
    dialog = opened(qtbot, WelcomeDialog("en"))
    assert dialog.choice() == DEFAULT_CHOICE == "floor"
    assert dialog.choice_button("floor").hasFocus()
    assert dialog.start_button.isDefault()
    with qtbot.waitSignal(dialog.choice_made) as blocker:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert blocker.args == ["floor"]


@pytest.mark.parametrize(("downs", "expected"), [(1, "ball"), (2, "both")])
def test_welcome_arrow_keys_then_enter(qtbot: QtBot, downs: int, expected: str) -> None:
    dialog = opened(qtbot, WelcomeDialog("en"))
    for _ in range(downs):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.choice_button(expected).isChecked()
    with qtbot.waitSignal(dialog.choice_made) as blocker:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == expected
    assert blocker.args == [expected]


@pytest.mark.parametrize(("key", "expected"), [(Qt.Key.Key_B, "ball"), (Qt.Key.Key_O, "both")])
def test_welcome_mnemonics_then_enter(qtbot: QtBot, key: Qt.Key, expected: str) -> None:
    dialog = opened(qtbot, WelcomeDialog("en"))
    qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choice_button(expected).isChecked())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == expected


def test_welcome_escape_closes_and_the_caller_gets_the_floor_set(qtbot: QtBot) -> None:
    dialog = opened(qtbot, WelcomeDialog("en"))
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.choice() == "ball"  # while open: what is selected
    with qtbot.waitSignal(dialog.choice_made) as blocker:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice() == "floor"
    assert blocker.args == ["floor"]


def test_welcome_start_button_click(qtbot: QtBot) -> None:
    dialog = opened(qtbot, WelcomeDialog("nl"))
    dialog.choice_button("both").click()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == "both"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_welcome_shows_the_same_alarm_box_as_the_help_page(qtbot: QtBot, language: str) -> None:
    dialog = WelcomeDialog(language)
    view = HelpView(language)
    qtbot.addWidget(dialog)
    qtbot.addWidget(view)
    in_dialog = dialog.findChild(QFrame, "alarmBox")
    in_help = view.findChild(QFrame, "alarmBox")
    assert in_dialog.accessibleDescription() == in_help.accessibleDescription()
    assert labels_text(in_dialog) == labels_text(in_help)
    assert load_advice().welcome.text.get(language) in labels_text(dialog)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_welcome_fits_the_screen_with_start_in_view(qtbot: QtBot, language: str) -> None:
    dialog = opened(qtbot, WelcomeDialog(language))
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    start = dialog.start_button
    assert start.mapTo(dialog, start.rect().bottomRight()).y() <= dialog.height()
    for key in ("floor", "ball", "both"):
        button = dialog.choice_button(key)
        assert button.accessibleName() and button.accessibleDescription()
    dialog.reject()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_how_rugtimer_decides_lists_every_rule_with_its_origin_and_the_sources(
    qtbot: QtBot, language: str
) -> None:
    from rugtimer.app.decisions import ORIGIN_WORDS, decisions
    from rugtimer.history.trends import PHYSIO_AFTER_WEEKS
    from rugtimer.program.coach import REPS_STEP
    from rugtimer.program.library import load_library

    view = shown(qtbot, language)
    text = labels_text(view)
    library = load_library()
    rules = decisions(library, language)
    assert {rule.origin for rule in rules} == set(ORIGIN_WORDS)  # each kind of origin is said
    for rule in rules:
        assert rule.title in text and f"{rule.text} ({rule.origin_words(language)})" in text
    by_id = {rule.id: rule for rule in rules}
    assert f"{REPS_STEP} " in by_id["step_size"].text  # the numbers come from the rules' own constants
    assert f"{PHYSIO_AFTER_WEEKS} " in by_id["physio"].text
    assert "Ostelo et al. 2008" in by_id["meaningful"].text
    assert all(reference in text for reference in library.references.values())
    assert any(reference.startswith("Ostelo RWJG") for reference in library.references.values())
