"""Settings ▸ Reminders: seven weekday boxes and a time, and exporting them as an .ics calendar file."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QFileDialog, QGroupBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.reminders import ReminderSchedule, calendar_uid
from rugtimer.settings import Settings, reminder_schedule
from rugtimer.ui.calendar_export import export_calendar, save_calendar, suggested_name
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.dialogs.settings_dialog import SettingsDialog

MON_WED_FRI = ReminderSchedule(frozenset({0, 2, 4}), time(18, 0))


def make_dialog(qtbot: QtBot, settings: Settings, **kwargs: str) -> SettingsDialog:
    dialog = SettingsDialog(settings, RecordingCuePlayer(), **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_reminder_days_and_time_start_from_the_settings(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(reminder_days="1,3", reminder_time="07:45"))
    assert [box.text() for box in dialog.day_boxes] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert [box.isChecked() for box in dialog.day_boxes] == [False, True, False, True, False, False, False]
    assert dialog.reminder_time.time() == QTime(7, 45)
    assert dialog.reminder_schedule() == ReminderSchedule(frozenset({1, 3}), time(7, 45))
    dialog.reject()


def test_every_reminder_control_has_an_accessible_name_and_takes_tab_focus(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(reminder_days="0"))
    names = [box.accessibleName() for box in dialog.day_boxes]
    assert names == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    controls = [*dialog.day_boxes, dialog.reminder_time, dialog.export_button]
    assert all(c.accessibleName() for c in controls)
    assert all(c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in controls)
    group = dialog.findChild(QGroupBox, "remindersGroup")
    assert group is not None and "&" in group.title()  # Alt + its letter jumps to the first day
    # Tab walks from Monday through the other days to the time, in reading order.
    dialog.day_boxes[0].setFocus()
    qtbot.waitUntil(dialog.day_boxes[0].hasFocus)
    seen = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:6] == dialog.day_boxes[1:]
    assert dialog.reminder_time.isAncestorOf(seen[6]) or seen[6] is dialog.reminder_time
    dialog.reject()


def test_space_ticks_a_day_and_the_result_is_saved_in_settings(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings())
    assert not dialog.export_button.isEnabled() and not dialog.reminder_time.isEnabled()
    for day in (4, 0, 2):
        dialog.day_boxes[day].setFocus()
        qtbot.keyClick(dialog.day_boxes[day], Qt.Key.Key_Space)
    assert dialog.export_button.isEnabled() and dialog.reminder_time.isEnabled()
    dialog.reminder_time.setTime(QTime(19, 30))
    result = dialog.settings()
    assert (result.reminder_days, result.reminder_time) == ("0,2,4", "19:30")
    assert reminder_schedule(result) == ReminderSchedule(frozenset({0, 2, 4}), time(19, 30))
    dialog.reject()


def test_unticking_every_day_turns_reminders_off_but_keeps_the_time(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(reminder_days="2", reminder_time="06:15", rest_seconds=45))
    dialog.day_boxes[2].setChecked(False)
    result = dialog.settings()
    assert (result.reminder_days, result.reminder_time, result.rest_seconds) == ("", "06:15", 45)
    assert reminder_schedule(result) is None and dialog.reminder_schedule() is None
    dialog.reject()


def test_export_button_asks_for_the_calendar_with_the_days_as_ticked(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(reminder_days="0,2,4"))
    dialog.day_boxes[6].setChecked(True)  # not saved yet: the export still uses what is ticked now
    with qtbot.waitSignal(dialog.export_calendar_requested, timeout=1000) as caught:
        dialog.export_button.click()
    assert caught.args == [ReminderSchedule(frozenset({0, 2, 4, 6}), time(18, 0))]
    assert dialog.isVisible()  # the settings stay open
    dialog.reject()


def test_a_reminder_problem_is_shown_in_the_group(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = make_dialog(qtbot, Settings(), reminder_problem="No system tray here.")
    label = dialog.findChild(QLabel, "reminderProblem")
    assert label is not None and label.text() == "No system tray here." and label.isVisible()
    dialog.reject()


def test_the_dialog_fits_a_small_laptop_at_large_text(qtbot: QtBot) -> None:
    """1366×768 at 150 % text: the whole dialog, reminders included, fits on the screen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    bigger = app.font()
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        dialog = SettingsDialog(Settings(reminder_days="0,2,4"), RecordingCuePlayer(), reminder_problem="x")
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768 - 60, hint
        dialog.open()
        qtbot.waitExposed(dialog)
        for control in [*dialog.day_boxes, dialog.reminder_time, dialog.export_button]:
            assert control.width() >= control.sizeHint().width(), control.objectName()  # nothing cut off
            assert control.height() >= control.minimumSizeHint().height(), control.objectName()
        dialog.reject()
    finally:
        app.setFont(original)


# --- the calendar file


def test_save_calendar_writes_an_ics_file(tmp_path: Path) -> None:
    path = tmp_path / "rugtimer-herinneringen.ics"
    save_calendar(path, MON_WED_FRI, "nl", date(2026, 3, 19), "seed")
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:Rugoefeningen (RugTimer)\r\n" in text
    assert f"UID:{calendar_uid('seed')}\r\n" in text


def test_the_suggested_file_name_follows_the_language() -> None:
    assert suggested_name("nl") == "rugtimer-herinneringen.ics"
    assert suggested_name("en") == "rugtimer-reminders.ics"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_export_calendar_asks_where_and_saves_there(qtbot: QtBot, parent: QWidget, tmp_path: Path) -> None:
    saved: list[Path] = []
    dialog = export_calendar(
        parent, MON_WED_FRI, "nl", "seed", today=date(2026, 3, 19), folder=tmp_path, saved=saved.append
    )
    assert isinstance(dialog, QFileDialog) and dialog.isVisible() and dialog.isModal()
    assert dialog.selectedFiles()[0].endswith("rugtimer-herinneringen.ics")
    assert Path(dialog.directory().absolutePath()) == tmp_path
    dialog.accept()
    path = tmp_path / "rugtimer-herinneringen.ics"
    assert saved == [path]
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR" in path.read_text(encoding="utf-8")


def test_export_calendar_explains_a_failed_write(qtbot: QtBot, parent: QWidget, tmp_path: Path) -> None:
    saved: list[Path] = []
    dialog = export_calendar(parent, MON_WED_FRI, "en", "seed", folder=tmp_path, saved=saved.append)
    target = tmp_path / "gone" / "reminders.ics"
    dialog.fileSelected.emit(str(target))  # as if a folder vanished after it was chosen
    dialog.reject()
    box = parent.findChild(QMessageBox, "calendarErrorBox")
    assert box is not None and box.isVisible()
    assert str(target) in box.text() and "another folder" in box.text()
    assert saved == []
    box.close()


def test_alt_keys_reach_the_reminders(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(reminder_days="3"))
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.language.setFocus()
    qtbot.waitUntil(dialog.language.hasFocus)

    def alt(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)

    alt(Qt.Key.Key_R)
    qtbot.waitUntil(dialog.day_boxes[0].hasFocus)
    alt(Qt.Key.Key_A)
    qtbot.waitUntil(
        lambda: (
            dialog.reminder_time.isAncestorOf(QApplication.focusWidget()) or dialog.reminder_time.hasFocus()
        )
    )
    with qtbot.waitSignal(dialog.export_calendar_requested, timeout=1000):
        alt(Qt.Key.Key_X)
    dialog.reject()
