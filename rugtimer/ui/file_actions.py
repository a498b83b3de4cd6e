"""File ▸ Export and Import, and RugTimer ▸ Backup and Restore: the window's file actions, in one place.

Each action asks (a file dialog), calls the Qt-free service that does the work (``ui/exchange_actions``,
``app/exchange.import_file``, ``history/recovery.restore``) and says what happened in the window's banner;
a refused import also opens a box that stays until read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rugtimer.app.problem_words import history_problem
from rugtimer.history.errors import HistoryError
from rugtimer.history.store import HistoryStore
from rugtimer.ui.dialogs import big_print


class Host(Protocol):
    """What the actions need from the main window (a Protocol, so this module does not import it)."""

    context: Any  # ui.context.AppContext
    coach: Any  # ui.coach_flow.CoachFlow
    controller: object | None  # the running session's controller, if any

    def show_banner(self, text: str, *, topic: str = "status") -> None: ...
    def refuse_if_read_only(self) -> bool: ...
    def refresh_week_progress(self) -> None: ...
    def refocus(self) -> None: ...
    def close(self) -> bool: ...


class FileActions(QObject):
    """Export, import, backup and restore for ``window`` (its context, banner, coach and session state)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._parent = window  # the parent of the file dialogs and message boxes
        self._window = cast(Host, window)
        self.import_problem: QMessageBox | None = None  # the last import refusal, until it is read

    def choose_export(self, kind: str) -> None:
        name = {
            "pdf": "rugtimer-verslag.pdf",
            "json": "rugtimer-geschiedenis.json",
            "csv": "rugtimer-sets.csv",
        }[kind]
        start = str(Path.home() / name)
        path, _filter = QFileDialog.getSaveFileName(self._parent, self.tr("Export"), start, f"*.{kind}")
        if path:
            self.export_history(Path(path), kind)

    def export_history(self, path: Path, kind: str) -> bool:
        from rugtimer.ui.exchange_actions import export_to

        try:
            context = self._window.context
            written = export_to(
                context.store,
                context.library,
                path,
                kind,
                language=context.language,
                now=context.now(),
                rest_seconds=context.settings.rest_seconds,
            )
        except (HistoryError, OSError) as exc:
            self._window.show_banner(
                self.tr("Export failed: %1").replace(
                    "%1", history_problem(exc, self._window.context.language)
                )
            )
            return False
        self._window.show_banner(self.tr("Exported to %1").replace("%1", written))
        return True

    def choose_import(self) -> None:
        if self._window.refuse_if_read_only():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import history"), str(Path.home()), "*.json"
        )
        if path:
            self.import_history(Path(path))

    def import_history(self, path: Path) -> bool:
        """Nothing is written unless the whole file is valid; the store is backed up before a merge."""
        from rugtimer.app.exchange import import_file

        try:
            summary = import_file(
                self._window.context.store, self._window.context.library, path, self._window.context.now()
            ).counts.summary()
        except (HistoryError, OSError) as exc:
            self._window.show_banner(
                self.tr("Nothing was imported: %1").replace(
                    "%1", history_problem(exc, self._window.context.language)
                )
            )
            self.import_problem = self._explain_in_a_box(
                self.tr("Nothing was imported from %1. Your history is unchanged.").replace("%1", path.name),
                history_problem(exc, self._window.context.language),
            )
            return False
        self._window.show_banner(
            self.tr("Imported from %1: %2").replace("%1", path.name).replace("%2", summary)
        )
        self._window.coach.reload()
        self._window.refresh_week_progress()
        return True

    def _explain_in_a_box(self, text: str, details: str) -> QMessageBox:
        """A warning box that stays until read (the banner alone is easy to miss from the mat): the first
        lines of ``details`` under ``text``, all of them behind "Show Details"."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, "RugTimer", text, QMessageBox.StandardButton.Ok, self._parent
        )
        lines = details.splitlines()
        box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
        if len(lines) > 8:
            box.setDetailedText(details)
        big_print(box)
        box.finished.connect(lambda _result: self._window.refocus())
        box.open()
        return box

    def backup_now(self) -> None:
        if self._window.refuse_if_read_only():
            return
        try:
            path = self._window.context.store.backup_now()
        except HistoryError as exc:
            self._window.show_banner(history_problem(exc, self._window.context.language))
            return
        self._window.show_banner(self.tr("Backup saved: %1").replace("%1", str(path)))

    def choose_backup_to_restore(self) -> None:
        if self._window.controller is not None:
            self._window.show_banner(self.tr("Finish or stop the session before restoring a backup."))
            return
        if self._window.refuse_if_read_only():
            return
        folder = str(self._window.context.paths.backups)
        title = self.tr("Restore a backup")
        path, _filter = QFileDialog.getOpenFileName(
            self._parent, title, folder, self.tr("RugTimer backups (*.sqlite3)")
        )
        if path:
            self.restore_backup(Path(path))

    def restore_backup(self, backup: Path) -> bool:
        """Replace the history with ``backup`` (the current one is kept as a safety backup first)."""
        if self._window.controller is not None or self._window.refuse_if_read_only():
            return False
        from rugtimer.history.recovery import restore

        paths = self._window.context.paths
        self._window.context.store.close()
        try:
            result = restore(paths, backup)
            message = self.tr("Restored %1. Your previous history was saved as %2.")
            message = message.replace("%1", backup.name).replace("%2", str(result.previous_saved_as or "-"))
        except HistoryError as exc:
            message = history_problem(exc, self._window.context.language)
            result = None
        try:
            self._window.context.store = HistoryStore.open(paths)
        except HistoryError as exc:
            QMessageBox.critical(
                self._parent, "RugTimer", history_problem(exc, self._window.context.language)
            )
            self._window.close()
            return False
        self._window.show_banner(message)
        self._window.coach.reload()
        self._window.refresh_week_progress()
        return result is not None
