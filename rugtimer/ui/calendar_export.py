"""Settings ▸ Reminders ▸ "Export to calendar (.ics)…": ask where, write the file, say what went wrong.

``save_calendar`` is the testable core (a path in, a file out); ``export_calendar`` adds the file dialog and
the error message. Both dialogs are opened with ``open()``, so nothing blocks the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rugtimer.reminders import CalendarWriteError, ReminderSchedule, calendar_text, write_calendar

FILE_NAMES = {"nl": "rugtimer-herinneringen.ics", "en": "rugtimer-reminders.ics"}


def suggested_name(language: str) -> str:
    return FILE_NAMES.get(language, FILE_NAMES["nl"])


def save_calendar(path: Path, schedule: ReminderSchedule, language: str, today: date, uid_seed: str) -> None:
    """Write the reminders as an iCalendar file at ``path`` (a missing .ics suffix is added by the dialog).

    Raises ``CalendarWriteError`` (with ``path`` and ``reason``) when the file cannot be written.
    """
    write_calendar(path, calendar_text(schedule, language, today, uid_seed))


def export_calendar(
    parent: QWidget,
    schedule: ReminderSchedule,
    language: str,
    uid_seed: str,
    *,
    today: date | None = None,
    folder: Path | None = None,
    saved: Callable[[Path], None] | None = None,
) -> QFileDialog:
    """Open a save dialog (non-native, window-modal, ``open()``); on a chosen file write it.

    ``saved(path)`` is called after a successful write (e.g. to show "Saved to …"); a failure shows a
    message box naming the file and the reason. Returns the file dialog (tests fill it in and accept it).
    """
    title = QCoreApplication.translate("CalendarExport", "Export reminders to your calendar")
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("calendarFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(QCoreApplication.translate("CalendarExport", "Calendar files (*.ics)"))
    dialog.setDefaultSuffix("ics")
    dialog.setDirectory(str(folder or Path.home()))
    dialog.selectFile(suggested_name(language))

    def chosen(name: str) -> None:
        path = Path(name)
        try:
            save_calendar(path, schedule, language, today or date.today(), uid_seed)
        except CalendarWriteError as exc:
            show_write_error(parent, exc)
            return
        if saved is not None:
            saved(path)

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def show_write_error(parent: QWidget, error: CalendarWriteError) -> QMessageBox:
    """A plain message: which file, why, and what to try."""
    text = QCoreApplication.translate(
        "CalendarExport",
        "The calendar file %1 could not be saved: %2\n\nChoose another folder, for example your Documents folder.",
    )
    text = text.replace("%2", error.reason).replace("%1", str(error.path))  # %2 first: a path may hold "%2"
    box = QMessageBox(QMessageBox.Icon.Warning, "RugTimer", text, parent=parent)
    box.setObjectName("calendarErrorBox")
    box.finished.connect(box.deleteLater)
    box.open()
    return box
