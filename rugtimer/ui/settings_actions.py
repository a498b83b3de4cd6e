"""RugTimer ▸ Settings and the reminders: the dialog, saving what it says, and the tray reminder it arms.

Saving applies each setting at once where it can (theme and text size, volume, reminder days); the language
applies at the next start. Split from the main window, which it reaches through a small Host protocol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from rugtimer.history.errors import HistoryError
from rugtimer.program.exercises import Range
from rugtimer.settings import Settings, reminder_schedule
from rugtimer.settings import save_settings as write_settings

if TYPE_CHECKING:
    from rugtimer.ui.reminder_tray import ReminderTray


class Host(Protocol):
    """What settings and reminders need from the main window."""

    context: Any  # ui.context.AppContext
    controller: object | None  # the running session's controller, if any

    def days_this_week(self) -> int: ...
    def show_banner(self, text: str, *, topic: str = "status") -> None: ...
    def bring_forward(self) -> None: ...
    def refocus(self) -> None: ...
    def rebuild_graph(self) -> None: ...


class SettingsActions(QObject):
    """The settings dialog and the reminders for ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._parent = window
        self._window = cast(Host, window)
        self._reminders: ReminderTray | None = None  # armed once the window shows

    @property
    def reminders(self) -> ReminderTray:
        if self._reminders is None:
            self._reminders = self._make_reminders()
        return self._reminders

    def _make_reminders(self) -> ReminderTray:
        """Reminders on the chosen weekdays: one single-shot timer, silent during a session."""

        def week_count() -> tuple[int, Range]:
            try:
                done = self._window.days_this_week()
            except HistoryError:
                done = 0
            return done, self._window.context.library.plan.days_per_week

        from rugtimer.reminders import local_zone
        from rugtimer.ui.reminder_tray import ReminderTray

        tray = ReminderTray(
            reminder_schedule(self._window.context.settings),
            self._window.context.now,
            QApplication.windowIcon(),
            week_count=week_count,
            tz=local_zone(),
            parent=self._parent,
        )
        tray.suppress_while(lambda: self._window.controller is not None)
        tray.open_requested.connect(self._window.bring_forward)
        return tray

    def open_settings(self) -> None:
        from rugtimer.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._window.context.settings,
            self._window.context.cues,
            self._parent,
            reminder_problem=self.reminders.unavailable_reason,
        )
        dialog.accepted.connect(lambda: self.save_settings(dialog.settings()))
        dialog.export_calendar_requested.connect(lambda schedule: self._export_calendar(dialog, schedule))
        dialog.finished.connect(lambda _result: self._window.refocus())
        dialog.open()

    def _export_calendar(self, parent: QWidget, schedule) -> None:
        from rugtimer.ui.calendar_export import export_calendar

        export_calendar(
            parent,
            schedule,
            self._window.context.language,
            "rugtimer-reminders",
            today=self._window.context.now().date(),
            saved=lambda path: self._window.show_banner(
                self.tr("Calendar file saved: %1").replace("%1", str(path))
            ),
        )

    def save_settings(self, settings: Settings) -> None:
        """Apply ``settings`` now (theme and text size, volume, reminders) and write them to the folder."""
        before = self._window.context.settings
        self._window.context.settings = settings
        if (settings.theme, settings.text_scale) != (before.theme, before.text_scale):
            from rugtimer.ui.theme import apply_theme

            apply_theme(QApplication.instance(), settings.theme, settings.text_scale)  # at once, no restart
            self._window.rebuild_graph()
        self._window.context.cues.set_volume(settings.volume)
        self.reminders.set_schedule(reminder_schedule(settings))
        try:
            write_settings(self._window.context.paths.settings, settings)
        except OSError as exc:
            self._window.show_banner(
                self.tr("Could not save the settings: %1").replace("%1", exc.strerror or str(exc))
            )

    def stop(self) -> None:
        """On quit: no reminder fires from a closed window."""
        if self._reminders is not None:
            self._reminders.stop()
