"""Logging a walk or ride from the mat (keys, clicks, never a future day) and the week summary on Today."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from rugtimer.model.records import Activity
from rugtimer.program.activity_week import summarize_activity_week
from rugtimer.ui.activity_summary import ActivitySummary
from rugtimer.ui.dialogs.activity_dialog import PRESETS, ActivityDialog, mnemonic_letter

TODAY = date(2026, 11, 25)  # a Wednesday
MONDAY = date(2026, 11, 23)
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "rugtimer_nl.ts"
DIGIT_KEYS = {str(n): getattr(Qt.Key, f"Key_{n}") for n in range(10)}


@pytest.fixture
def dutch(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The committed Dutch translation, compiled for this test and removed after it."""
    qm = tmp_path / "rugtimer_nl.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def opened(qtbot: QtBot, language: str = "en", activate: bool = False) -> ActivityDialog:
    dialog = ActivityDialog(TODAY, language)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    if activate:
        dialog.activateWindow()
        qtbot.waitActive(dialog)
    return dialog


def type_keys(qtbot: QtBot, widget: object, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(widget, DIGIT_KEYS[key])


def saved(dialog: ActivityDialog) -> tuple[date, str, int]:
    record = dialog.result_activity()
    assert record is not None
    return record.date, record.kind, record.minutes


# --- the dialog


def test_starts_on_walking_today_without_minutes_and_enter_waits_for_a_number(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    assert dialog.kind() == "walking" and dialog.kind_button("walking").isChecked()
    assert dialog.day() == TODAY and dialog.day_button("today").isChecked()
    assert dialog.minutes() == 0
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result_activity() is None


def test_digits_then_enter_save_walking_today(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    type_keys(qtbot, dialog.minutes_box, "35")
    assert dialog.minutes() == 35
    assert "35 min" in dialog.findChild(QPushButton, "saveButton").accessibleDescription()
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved(dialog) == (TODAY, "walking", 35)
    record = dialog.result_activity()
    assert isinstance(record, Activity) and not record.is_demo
    assert dialog.result_activity() is record  # a retry by the caller stores the very same record


def test_digits_typed_on_any_button_go_to_the_minutes(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    qtbot.mouseClick(dialog.preset_button(10), Qt.MouseButton.LeftButton)
    assert dialog.minutes() == 10
    type_keys(qtbot, dialog.kind_button("cycling"), "2")  # replaces the 10, does not append to it
    assert dialog.focusWidget() is dialog.minutes_box  # so the next digits go straight there
    type_keys(qtbot, dialog.minutes_box, "5")
    assert dialog.minutes() == 25
    qtbot.keyClick(dialog.kind_button("cycling"), Qt.Key.Key_Enter)  # Enter on a choice saves, too
    assert saved(dialog) == (TODAY, "walking", 25)


def test_presets_and_typed_minutes_stay_in_step(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    assert [int(dialog.preset_button(m).text()) for m in PRESETS] == [10, 20, 30, 45, 60]
    qtbot.mouseClick(dialog.preset_button(45), Qt.MouseButton.LeftButton)
    assert dialog.minutes() == 45
    assert [m for m in PRESETS if dialog.preset_button(m).isChecked()] == [45]
    dialog.set_minutes(20)
    assert [m for m in PRESETS if dialog.preset_button(m).isChecked()] == [20]
    dialog.set_minutes(33)
    assert not any(dialog.preset_button(m).isChecked() for m in PRESETS)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved(dialog) == (TODAY, "walking", 33)


@pytest.mark.parametrize(("letter", "kind"), [(Qt.Key.Key_C, "cycling"), (Qt.Key.Key_O, "other")])
def test_letters_choose_the_activity_even_inside_the_minutes(qtbot: QtBot, letter: Qt.Key, kind: str) -> None:
    dialog = opened(qtbot)
    type_keys(qtbot, dialog.minutes_box, "2")
    qtbot.keyClick(dialog.minutes_box, letter)
    type_keys(qtbot, dialog.minutes_box, "0")
    assert (dialog.kind(), dialog.minutes()) == (kind, 20)
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_W)
    assert dialog.kind() == "walking"


def test_alt_mnemonics_work_too(qtbot: QtBot) -> None:
    dialog = opened(qtbot, activate=True)
    with qtbot.waitSignal(dialog.kind_button("cycling").clicked):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert dialog.kind() == "cycling"


def test_yesterday_is_one_key_and_earlier_days_use_the_date_field(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_Y)
    assert dialog.day() == TODAY - timedelta(days=1)
    assert dialog.day_button("yesterday").isChecked()
    qtbot.mouseClick(dialog.day_button("earlier"), Qt.MouseButton.LeftButton)
    assert dialog.day() == TODAY - timedelta(days=2)
    assert dialog.day_button("earlier").isChecked()
    assert dialog.focusWidget() is dialog.date_edit  # ready to type or pick an older day
    dialog.set_day(date(2026, 10, 1))
    assert dialog.day_button("earlier").isChecked()
    dialog.set_day(TODAY)  # the buttons follow the date field
    assert dialog.day_button("today").isChecked()
    dialog.set_day(date(2026, 10, 1))
    dialog.set_minutes(40)
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_Return)
    assert saved(dialog) == (date(2026, 10, 1), "walking", 40)


def test_a_day_in_the_future_cannot_be_chosen(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    assert dialog.date_edit.maximumDate().toPython() == TODAY
    dialog.set_day(TODAY + timedelta(days=3))
    assert dialog.day() == TODAY
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Up)  # the day section is first: one day later is refused
    assert dialog.day() <= TODAY


def test_escape_cancels_without_a_record(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    type_keys(qtbot, dialog.minutes_box, "30")
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_activity() is None


def test_big_controls_with_names_that_fit_a_small_laptop(qtbot: QtBot) -> None:
    dialog = opened(qtbot)
    for kind in ("walking", "cycling", "other"):
        button = dialog.kind_button(kind)  # type: ignore[arg-type]
        assert button.font().pointSizeF() >= 17 and button.height() >= 56
    assert all(dialog.preset_button(m).height() >= 56 for m in PRESETS)
    assert dialog.minutes_box.font().pointSizeF() >= 20
    controls = [
        *dialog.findChildren(QPushButton),
        *dialog.findChildren(QSpinBox),
        *dialog.findChildren(QDateEdit),
    ]
    assert len(controls) >= 13
    assert [c.objectName() for c in controls if not c.accessibleName()] == []
    assert dialog.width() <= 1366 and dialog.height() <= 700
    for button in dialog.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width(), f"{button.objectName()} is cut off"


def test_dutch_letters_and_words(qtbot: QtBot, dutch: None) -> None:
    dialog = opened(qtbot, "nl")
    assert dialog.windowTitle() == "Wandelen of fietsen"
    texts = {kind: dialog.kind_button(kind).text() for kind in ("walking", "cycling", "other")}  # type: ignore[arg-type]
    assert texts == {"walking": "&Wandelen", "cycling": "&Fietsen", "other": "&Anders"}
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_F)
    assert dialog.kind() == "cycling"
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_A)
    assert dialog.kind() == "other"
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_G)  # gisteren
    assert dialog.day() == TODAY - timedelta(days=1)
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_V)  # vandaag
    assert dialog.day() == TODAY
    assert "wo 25 nov" in dialog.date_edit.text()
    type_keys(qtbot, dialog.minutes_box, "45")
    assert "Anders, 45 min, op woensdag 25 november" in dialog.save_button.accessibleDescription()
    qtbot.keyClick(dialog.minutes_box, Qt.Key.Key_Return)
    assert saved(dialog) == (TODAY, "other", 45)


@pytest.mark.parametrize(
    ("text", "letter"), [("&Walking", "w"), ("Fi&etsen", "e"), ("R&&D", None), ("A && &B", "b")]
)
def test_mnemonic_letter(text: str, letter: str | None) -> None:
    assert mnemonic_letter(text) == letter


# --- the summary on Today


def week_of(*entries: tuple[int, str, int]) -> object:
    activities = [
        Activity(date=MONDAY + timedelta(days=day), kind=kind, minutes=minutes)  # type: ignore[arg-type]
        for day, kind, minutes in entries
    ]
    return summarize_activity_week(activities, MONDAY, None)


def shown_summary(qtbot: QtBot, language: str = "en") -> ActivitySummary:
    summary = ActivitySummary(language)
    qtbot.addWidget(summary)
    summary.resize(700, summary.sizeHint().height())
    summary.show()
    qtbot.waitExposed(summary)
    return summary


def test_summary_text_and_accessible_names(qtbot: QtBot) -> None:
    summary = shown_summary(qtbot)
    summary.set_week(week_of((0, "walking", 30), (1, "walking", 15), (2, "cycling", 30)), TODAY)  # type: ignore[arg-type]
    assert summary.text() == "Walking/cycling this week: 2 of 3 times · 75 min"
    assert summary.accessibleName() == summary.text()
    assert summary.marks.accessibleName().startswith(
        "Monday 30 min, Tuesday 15 min, Wednesday 30 min, Thursday none"
    )
    assert "a day counts from 20 minutes" in summary.accessibleDescription()
    summary.set_week(
        week_of((0, "walking", 30), (2, "walking", 20), (4, "cycling", 45), (5, "other", 40)), TODAY
    )  # type: ignore[arg-type]
    assert summary.text() == (
        "Walking/cycling this week: 3 of 3 times · 95 min · goal reached · plus 40 min of something else"
    )


def test_summary_button_asks_for_the_dialog(qtbot: QtBot) -> None:
    summary = shown_summary(qtbot)
    assert "Walk or ride" in summary.add_button.text() and "[A]" in summary.add_button.text()
    assert summary.add_button.accessibleName()
    with qtbot.waitSignal(summary.add_requested):
        qtbot.mouseClick(summary.add_button, Qt.MouseButton.LeftButton)


def test_active_days_are_filled_others_open(qtbot: QtBot) -> None:
    summary = shown_summary(qtbot)
    summary.set_week(week_of((0, "walking", 30), (1, "walking", 15)), TODAY)  # type: ignore[arg-type]
    marks = summary.marks
    image = marks.grab().toImage()
    cell = marks._cell()
    top = image.height() - cell - 4

    def corner(index: int) -> QColor:  # inside the box, away from the check mark and the minutes
        x = 2 + index * (cell + marks.GAP) + 5
        return image.pixelColor(int(x), int(top + 5))

    fill = marks.palette().color(QPalette.ColorRole.Highlight)
    assert corner(0) == fill  # 30 min: an active day
    assert corner(1) != fill  # 15 min: open box (its minutes are written in it)
    assert corner(6) != fill


def test_summary_in_dutch(qtbot: QtBot, dutch: None) -> None:
    summary = shown_summary(qtbot, "nl")
    summary.set_week(week_of((0, "walking", 20), (1, "cycling", 20), (3, "walking", 25)), TODAY)  # type: ignore[arg-type]
    assert summary.text() == "Wandelen/fietsen deze week: 3 van 3 keer · 65 min · doel gehaald"
    assert summary.marks.day_names() == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    assert summary.marks.accessibleName().startswith("maandag 20 min, dinsdag 20 min, woensdag niets")
    assert "Wandelen of fietsen" in summary.add_button.text()
