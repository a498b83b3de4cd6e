"""The history list as a table model: a thin, read-only adapter over ``SessionRow``s.

All the querying happens in the Qt-free ``rugtimer.history.history_rows``; this only turns rows into the
texts, tooltips and sort keys of six columns, so it is tested without any widget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from rugtimer.history.history_rows import SessionRow

DATE, EXERCISES, PAIN, RATING, NOTE, STATUS = range(6)
COLUMN_COUNT: Final = 6
SORT_ROLE: Final = int(Qt.ItemDataRole.UserRole)
"""A value that sorts the column correctly (the start as a timestamp for the date column)."""
SESSION_ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
NOTE_CHARACTERS: Final = 60
"""The note column shows at most this much of the first line; the tooltip has the whole note."""
MISSING: Final = "–"
_STATUS_ORDER: Final = {"completed": 0, "stopped": 1, "interrupted": 2, "running": 3}
_RATING_ORDER: Final = {"too_easy": 0, "good": 1, "too_hard": 2}

_Index = QModelIndex | QPersistentModelIndex


def ui_locale(language: str) -> QLocale:
    """The QLocale of the UI language (not the system's), so "di 24-11" stays Dutch on an English system."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def first_line(note: str, limit: int = NOTE_CHARACTERS) -> str:
    """The first non-empty line of ``note``, cut at ``limit`` characters with an ellipsis."""
    line = next((part.strip() for part in note.splitlines() if part.strip()), "")
    if len(line) > limit:
        return line[: limit - 1].rstrip() + "…"
    return line


class HistoryModel(QAbstractTableModel):
    """Sessions newest first: date, exercises, pain before → after, rating, note, status.

    ``exercise_name`` turns an exercise id into its name in the UI language (an unknown id shows as is).
    """

    def __init__(
        self,
        exercise_name: Callable[[str], str],
        language: str,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._exercise_name = exercise_name
        self._locale = ui_locale(language)
        self._today = today  # the app's clock: "this year" (dates of this year show no year) comes from it
        self._rows: list[SessionRow] = []
        self._cache: list[tuple[str, ...]] = []  # display texts per row, made once in set_rows
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = self._header_texts()

    # -- public

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        """Replace all rows (in the given order, newest first from ``session_rows``)."""
        self.beginResetModel()
        year = self._today().year
        self._rows = list(rows)
        self._cache = [self._texts(row, year) for row in self._rows]
        self._apply_sort()
        self.endResetModel()

    def rows(self) -> list[SessionRow]:
        return list(self._rows)

    def session_row(self, row: int) -> SessionRow:
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        """The row of a session, or None when it is not in the list."""
        return next((i for i, row in enumerate(self._rows) if row.id == session_id), None)

    def text(self, row: int, column: int) -> str:
        """The display text of one cell (what a test or a screen reader reads)."""
        return self._cache[row][column]

    def date_text(self, row: SessionRow) -> str:
        """ "di 24-11 19:30": the local start as the person saw it; the year only when it is not this one."""
        return self._date_text(row, self._today().year)

    def exercises_text(self, row: SessionRow) -> str:
        return ", ".join(self._exercise_name(exercise) for exercise in row.exercises) or MISSING

    def pain_text(self, before: int | None, after: int | None) -> str:
        if before is None and after is None:
            return MISSING
        return f"{MISSING if before is None else before} → {MISSING if after is None else after}"

    def rating_text(self, rating: str | None) -> str:
        if rating == "too_easy":
            return self.tr("Too easy")
        if rating == "good":
            return self.tr("Good")
        if rating == "too_hard":
            return self.tr("Too hard")
        return MISSING

    def status_text(self, status: str, is_demo: bool = False) -> str:
        """The status in words; interrupted and stopped carry a ⚠ sign too (never colour alone)."""
        if status == "completed":
            text = self.tr("Completed")
        elif status == "interrupted":
            text = "⚠ " + self.tr("Interrupted")
        elif status == "stopped":
            text = "⚠ " + self.tr("Stopped early")
        else:
            text = self.tr("Running")
        if is_demo:
            text += " · " + self.tr("demo")
        return text

    # -- QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        wanted = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if wanted and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cache[index.row()][column]
        if role == SORT_ROLE:
            return self._sort_key(row, self._cache[index.row()], column)
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.row(), column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, index.row(), column)
        if role == Qt.ItemDataRole.FontRole and column == STATUS and row.status != "completed":
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PAIN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with precomputed keys: a proxy model would call ``data()`` ~25 000 times for ten
        years of sessions. Selections (persistent indexes) follow their session."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        persistent = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in persistent]
        self._apply_sort()
        where = {row.id: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where[i], index.column()) for i, index in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # -- internals

    def _apply_sort(self) -> None:
        """Order rows and texts by the current sort; ties keep the store's order (newest first)."""
        column = self._sort_column
        keyed = sorted(
            zip(self._rows, self._cache, strict=True),
            key=lambda pair: self._sort_key(pair[0], pair[1], column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for row, _texts in keyed]
        self._cache = [texts for _row, texts in keyed]

    def _header_texts(self) -> tuple[str, ...]:
        when = self.tr("Date")
        exercises = self.tr("Exercises")
        pain = self.tr("Pain before → after")
        rating = self.tr("Rating")
        note = self.tr("Note")
        status = self.tr("Status")
        return (when, exercises, pain, rating, note, status)

    def _texts(self, row: SessionRow, year: int) -> tuple[str, ...]:
        return (
            self._date_text(row, year),
            self.exercises_text(row),
            self.pain_text(row.pain_before, row.pain_after),
            self.rating_text(row.rating),
            first_line(row.note),
            self.status_text(row.status, row.is_demo),
        )

    def _date_text(self, row: SessionRow, year: int) -> str:
        # Date and time are formatted apart: a QDateTime would move a wall time in a DST gap of the
        # computer's own zone, and the person should see the time they saw.
        start = row.started_at
        day = QDate(start.year, start.month, start.day)
        pattern = "ddd dd-MM" if start.year == year else "ddd dd-MM-yyyy"
        return f"{self._locale.toString(day, pattern)} {start.hour:02d}:{start.minute:02d}"

    def _sort_key(self, row: SessionRow, texts: tuple[str, ...], column: int) -> Any:
        if column == DATE:
            return row.started_at.timestamp()
        if column == PAIN:
            return -1 if row.pain_before is None else row.pain_before
        if column == RATING:
            return _RATING_ORDER.get(row.rating or "", -1)
        if column == STATUS:
            return _STATUS_ORDER.get(row.status, 9)
        return texts[column].casefold()

    def _tooltip(self, row: SessionRow, index: int, column: int) -> str | None:
        if column == NOTE and row.note.strip():
            return row.note
        if column == EXERCISES and row.exercises:
            return "\n".join(self._exercise_name(exercise) for exercise in row.exercises)
        if column == DATE:
            return self._locale.toString(
                QDate(row.started_at.year, row.started_at.month, row.started_at.day),
                QLocale.FormatType.LongFormat,
            )
        return None

    def _accessible(self, row: SessionRow, index: int, column: int) -> str:
        if column == PAIN:
            before = MISSING if row.pain_before is None else str(row.pain_before)
            after = MISSING if row.pain_after is None else str(row.pain_after)
            return self.tr("Pain before %1, after %2").replace("%1", before).replace("%2", after)
        if column == NOTE:
            return row.note or self.tr("No note")
        return self._cache[index][column]


__all__: Sequence[str] = (
    "COLUMN_COUNT",
    "DATE",
    "EXERCISES",
    "NOTE",
    "PAIN",
    "RATING",
    "SESSION_ID_ROLE",
    "SORT_ROLE",
    "STATUS",
    "HistoryModel",
    "first_line",
    "ui_locale",
)
