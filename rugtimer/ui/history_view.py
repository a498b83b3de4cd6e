"""The history list: every session newest first, its sets on selection, edit pain and note, delete with undo.

People open this to check what they did and to correct a pain score they mistyped on the mat, so editing
and deleting are one key away (Enter, Del) and a delete can be undone for a while. The store is fetched
through ``store_getter`` on every use: restoring a backup replaces the store object.

Why this file is longer than 400 lines: one page with a table, a detail pane, a filter, delete-with-undo and
its keyboard handling, all on one selection. The row model is ``history_model.py``, the edit dialog
``dialogs/edit_session_dialog.py``, the undo itself ``app/editing.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rugtimer.app import editing
from rugtimer.app.editing import DeletedSession
from rugtimer.history.errors import HistoryError
from rugtimer.history.history_rows import SessionRow, session_rows
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import HurtEvent, SessionRecord, SetRecord
from rugtimer.program.exercises import Sides
from rugtimer.program.library import Library
from rugtimer.program.program_text import exercise_done_text
from rugtimer.ui.dialogs.edit_session_dialog import EditSessionDialog
from rugtimer.ui.dialogs.pain_dialog import ENTER_KEYS
from rugtimer.ui.exercise_card import font, key_hint
from rugtimer.ui.history_model import (
    DATE,
    EXERCISES,
    NOTE,
    PAIN,
    RATING,
    STATUS,
    HistoryModel,
)

UNDO_SECONDS = 10
"""How long the Undo button stays after a delete."""
TABLE_POINTS = 13
TEXT_POINTS = 14
TITLE_POINTS = 26

_SAMPLE_ROW = SessionRow(
    session=SessionRecord(started_at=datetime(2000, 12, 27, 23, 59, tzinfo=UTC), plan_week=1)
)
"""A long date (a Wednesday in another year) to size the date column."""

_BUTTON_STYLE = (
    "QPushButton { padding: 6px 16px; }"
    " QPushButton:focus { border: 3px solid palette(highlight); border-radius: 6px; padding: 4px 14px; }"
)


class HistoryView(QWidget):
    """The history page: a sortable table of sessions over the selected session's details.

    Keys in the table: ↑ ↓ Page Up/Down move, Enter edits pain and note, Del deletes (after asking).
    """

    def __init__(
        self,
        store_getter: Callable[[], HistoryStore],
        library: Library,
        language: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._store_getter = store_getter
        self._library = library
        self._language = language
        self._deleted: DeletedSession | None = None
        self._confirm: QMessageBox | None = None
        self._editor: EditSessionDialog | None = None

        self._model = HistoryModel(self._exercise_name, language, self, today=today)

        header = self._make_header()
        self._banner = self._make_banner()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_deleted)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)  # Ctrl+Z anywhere on the page
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)

        self._make_empty()
        top = self._make_top()
        self._details = self._make_details()
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setObjectName("historySplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(top)
        self._splitter.addWidget(self._details)
        self._splitter.setStretchFactor(0, 2)  # the sessions first: 5 rows or more at 175 % on a laptop
        self._splitter.setStretchFactor(1, 1)
        # Until the person drags the handle, two thirds for the sessions whatever the first sizes were (the
        # stretch alone shares out only what the window adds to them: 4 rows at 175 %).
        self._split_by_hand = False
        self._splitter.splitterMoved.connect(self._split_moved_by_hand)
        self._splitter.installEventFilter(self)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(24, 0, 24, 16)
        content_layout.addWidget(self._splitter)

        self._pages = QStackedWidget()
        self._pages.addWidget(self._empty)
        self._pages.addWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self._banner)
        layout.addWidget(self._pages, 1)
        self.setFocusProxy(self._table)
        self.refresh()

    # -- public

    @property
    def model(self) -> HistoryModel:
        return self._model

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def sets_table(self) -> QTableWidget:
        return self._sets

    @property
    def edit_button(self) -> QPushButton:
        return self._edit_button

    @property
    def delete_button(self) -> QPushButton:
        return self._delete_button

    @property
    def undo_button(self) -> QPushButton:
        return self._undo_button

    @property
    def banner_label(self) -> QLabel:
        return self._banner_label

    @property
    def empty_label(self) -> QLabel:
        return self._empty

    @property
    def confirm_box(self) -> QMessageBox | None:
        """The open "delete?" question, if any."""
        return self._confirm

    @property
    def editor(self) -> EditSessionDialog | None:
        """The open edit dialog, if any."""
        return self._editor

    def is_empty(self) -> bool:
        return self._pages.currentWidget() is self._empty

    def details_text(self) -> str:
        """The heading, summary and "this hurts" lines of the detail panel (for tests and screen readers)."""
        parts = (self._detail_heading.text(), self._detail_summary.text(), self._detail_hurts.text())
        return "\n".join(part for part in parts if part)

    def refresh(self, select: str | None = None) -> None:
        """Reload from the store, keeping (or moving to ``select``) the selected session."""
        keep = select or self.selected_session_id()
        try:
            rows = session_rows(self._store_getter())
        except HistoryError as exc:
            self._show_banner(self.tr("Could not read the history: %1").replace("%1", str(exc)), undo=False)
            rows = []
        self._model.set_rows(rows)
        self._count.setText(self.tr("%1 sessions").replace("%1", str(len(rows))) if rows else "")
        self._pages.setCurrentWidget(self._pages.widget(1) if rows else self._empty)
        if rows:
            self.select_session(keep if keep and self._model.row_of(keep) is not None else None)
        else:
            self._show_details(None)

    def selected_session_id(self) -> str | None:
        row = self._selected_row()
        return row.id if row else None

    def select_session(self, session_id: str | None) -> None:
        """Select a session (None: the top row of the current sort order) and scroll to it."""
        if self._model.rowCount() == 0:
            return
        row = self._model.row_of(session_id) if session_id else None
        index = self._model.index(row or 0, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._table.selectionModel().setCurrentIndex(index, flags)
        self._table.scrollTo(index)

    def edit_selected(self) -> EditSessionDialog | None:
        """Open the edit dialog (non-blocking) for the selected session; saving writes to the store."""
        row = self._selected_row()
        if row is None or self._editor is not None:
            return None
        dialog = EditSessionDialog(row.session, self._model.date_text(row), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_edit(dialog))
        dialog.finished.connect(self._editor_closed)
        self._editor = dialog
        dialog.open()
        return dialog

    def ask_delete(self) -> QMessageBox | None:
        """Ask (non-blocking) before deleting the selected session; Cancel is the default answer."""
        row = self._selected_row()
        if row is None or self._confirm is not None:
            return None
        question = self.tr("Delete the session of %1?").replace("%1", self._model.date_text(row))
        detail = self.tr("Its %1 sets and pain scores are deleted too. You can undo this for a few seconds.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete session"), question, parent=self)
        box.setObjectName("confirmDelete")
        box.setFont(font(TEXT_POINTS))  # read from a chair a step away, like the rest of the app
        box.setInformativeText(detail.replace("%1", str(row.set_count)))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session_id = row.id
        box.buttonClicked.connect(lambda button: self._delete_answered(button is delete, session_id))
        box.finished.connect(self._confirm_closed)
        self._confirm = box
        box.open()
        return box

    def delete_session(self, session_id: str) -> bool:
        """Delete now (no question), keeping everything for Undo; False when it was already gone."""
        store = self._store_getter()
        try:
            kept = editing.delete_session(store, session_id)
        except HistoryError as exc:
            self._show_banner(self.tr("Could not delete the session: %1").replace("%1", str(exc)), undo=False)
            return False
        if kept is None:
            return False
        session = kept.session
        below = self._neighbour_id(session_id)
        self._deleted = kept
        self.refresh(select=below)
        when = self._model.date_text(SessionRow(session=session))
        self._show_banner(self.tr("The session of %1 was deleted.").replace("%1", when), undo=True)
        self._undo_timer.start()
        return True

    def undo_delete(self) -> bool:
        """Put the last deleted session back with the same ids, sets and "this hurts" events."""
        kept = self._deleted
        if kept is None:
            return False
        store = self._store_getter()
        try:
            editing.undo_delete(store, kept)
        except HistoryError as exc:
            self._show_banner(self.tr("Could not undo: %1").replace("%1", str(exc)), undo=False)
            return False
        self._forget_deleted()
        self.refresh(select=kept.session.id)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- Qt

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.Resize
            and watched is getattr(self, "_splitter", None)
            and not self._split_by_hand
        ):
            QTimer.singleShot(0, self, self._split_two_to_one)  # once the splitter has its new size
        if kind in (QEvent.Type.FontChange, QEvent.Type.Resize) and isinstance(watched, QTableView):
            if watched is getattr(self, "_table", None):
                self._fit_columns(watched)
            else:  # the sets of the selected session
                watched.verticalHeader().setDefaultSectionSize(int(watched.fontMetrics().height() * 1.6))
        if watched is self._table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Delete:
                self.ask_delete()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):  # also when the page's shortcut is not live
                self.undo_delete()
                return True
            if event.key() in ENTER_KEYS:
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)

    # -- building

    def _make_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("History"))
        title.setObjectName("historyTitle")
        title.setFont(font(TITLE_POINTS, QFont.Weight.Bold))
        self._count = QLabel()
        self._count.setObjectName("sessionCount")
        self._count.setFont(font(TEXT_POINTS))
        header = QHBoxLayout()
        header.setContentsMargins(24, 16, 24, 8)
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self._count, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        return header

    def _make_empty(self) -> QLabel:
        first = self.tr("No sessions yet.")
        then = self.tr("After your first session you will find it here, with your pain before and after.")
        empty = f"{first}\n{then}"
        self._empty = QLabel(empty)
        self._empty.setObjectName("emptyState")
        self._empty.setFont(font(TEXT_POINTS + 2))
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setContentsMargins(48, 48, 48, 48)
        return self._empty

    def _make_top(self) -> QWidget:
        """The table with the Edit and Delete buttons under it."""
        self._table = self._make_table()
        self._edit_button = self._make_button(self.tr("Edit pain and note…"), "Enter", "editButton")
        self._edit_button.clicked.connect(self.edit_selected)
        self._delete_button = self._make_button(self.tr("Delete…"), "Del", "deleteButton")
        self._delete_button.clicked.connect(self.ask_delete)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 4, 0, 4)
        actions.addWidget(self._edit_button)
        actions.addWidget(self._delete_button)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self._table, 1)
        top_layout.addLayout(actions)
        return top

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("historyTable")
        table.setModel(self._model)
        table.setAccessibleName(self.tr("Sessions, newest first"))
        table.setAccessibleDescription(self.tr("Enter: edit pain and note. Delete: delete the session."))
        table.setFont(font(TABLE_POINTS))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        table.setSortingEnabled(True)
        table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setFont(font(TABLE_POINTS, QFont.Weight.Bold))
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EXERCISES, QHeaderView.ResizeMode.Stretch)
        self._fit_columns(table)
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _split_moved_by_hand(self, _position: int, _index: int) -> None:
        self._split_by_hand = True

    def _split_two_to_one(self) -> None:
        if self._split_by_hand:
            return
        total = sum(self._splitter.sizes())
        if total > 0:
            self._splitter.setSizes([total * 2 // 3, total - total * 2 // 3])

    def _fit_columns(self, table: QTableView) -> None:
        """Row height and column widths for the table's font: again whenever the text size changes it
        (measured when the table was built, they cut the dates and headers short at 175 %)."""
        height = table.fontMetrics().height()
        table.verticalHeader().setDefaultSectionSize(height + 14)  # ×1.9 the height left 3 rows at 175 %
        bold_font = QFont(table.font())
        bold_font.setWeight(QFont.Weight.Bold)
        bold = QFontMetrics(bold_font)
        samples = {
            DATE: (
                self._model.date_text(_SAMPLE_ROW),
                self._model.headerData(DATE, Qt.Orientation.Horizontal),
            ),
            PAIN: ("10 → 10", self._model.headerData(PAIN, Qt.Orientation.Horizontal)),
            RATING: (
                self._model.rating_text("too_easy"),
                self._model.headerData(RATING, Qt.Orientation.Horizontal),
            ),
            NOTE: ("x" * 18,),
            STATUS: (self._model.status_text("interrupted", True),),
        }
        widths = {
            column: max(bold.horizontalAdvance(str(text)) for text in texts) + 36
            for column, texts in samples.items()
        }
        header = table.horizontalHeader()
        # The titles measured in the table's own (new) font: the header may get its new size only later.
        titles = {
            column: bold.horizontalAdvance(str(self._model.headerData(column, Qt.Orientation.Horizontal)))
            + 36
            for column in widths
        }
        if self._model.rowCount() > 0:  # what the rows and titles need, no more (the samples are generous)
            for column, generous in widths.items():
                widths[column] = min(generous, max(titles[column], table.sizeHintForColumn(column) + 12))
        # Large text on a laptop: without the note column (the note shows under the table), and if need be
        # every column a little narrower, the exercises keep a fifth of the width and nothing scrolls
        # sideways.
        room = (table.width() - table.verticalScrollBar().sizeHint().width()) * 0.8  # the viewport lags
        hide_note = room > 0 and sum(widths.values()) > room
        table.setColumnHidden(NOTE, hide_note)
        if hide_note:
            del widths[NOTE]
        over = sum(widths.values()) - room if room > 0 else 0
        for column in (STATUS, DATE, RATING, PAIN):  # texts that elide well give way first, never below
            if over <= 0:  # their title
                break
            give = min(over, max(0, widths[column] - titles[column]))
            widths[column] -= give
            over -= give
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _make_button(self, text: str, key: str, name: str) -> QPushButton:
        button = QPushButton(f"{text}   {key_hint(key)}")
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setFont(font(TEXT_POINTS))
        button.setMinimumHeight(44)
        button.setStyleSheet(_BUTTON_STYLE)
        return button

    def _make_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("historyBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet(
            "#historyBanner { background: palette(alternate-base); border: 2px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self._banner_label = QLabel()
        self._banner_label.setObjectName("bannerText")
        self._banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self._banner_label.setWordWrap(True)
        self._banner_label.setFont(font(TEXT_POINTS))
        undo = self.tr("Undo")  # on its own: lupdate cannot see a tr() inside an f-string
        self._undo_button = QPushButton(f"{undo}   {key_hint('Ctrl+Z')}")
        self._undo_button.setObjectName("undoButton")
        self._undo_button.setAccessibleName(self.tr("Undo the delete"))
        self._undo_button.setFont(font(TEXT_POINTS, QFont.Weight.Bold))
        self._undo_button.setMinimumHeight(40)
        self._undo_button.setStyleSheet(_BUTTON_STYLE)
        self._undo_button.clicked.connect(self.undo_delete)
        row = QHBoxLayout(banner)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self._banner_label, 1)
        row.addWidget(self._undo_button)
        outer = QFrame()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(24, 0, 24, 8)
        outer_layout.addWidget(banner)
        outer.hide()
        return outer

    def _make_details(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("sessionDetails")
        self._detail_heading = QLabel()
        self._detail_heading.setObjectName("detailHeading")
        self._detail_heading.setTextFormat(Qt.TextFormat.PlainText)
        self._detail_heading.setFont(font(TEXT_POINTS + 3, QFont.Weight.Bold))
        self._detail_summary = QLabel()
        self._detail_summary.setObjectName("detailSummary")
        self._detail_summary.setTextFormat(Qt.TextFormat.PlainText)
        self._detail_summary.setWordWrap(True)
        self._detail_summary.setFont(font(TEXT_POINTS))
        self._detail_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._detail_hurts = QLabel()
        self._detail_hurts.setObjectName("detailHurts")
        self._detail_hurts.setTextFormat(Qt.TextFormat.PlainText)
        self._detail_hurts.setWordWrap(True)
        self._detail_hurts.setFont(font(TEXT_POINTS, QFont.Weight.DemiBold))

        self._sets = QTableWidget(0, 5)
        self._sets.setObjectName("setsTable")
        self._sets.setAccessibleName(self.tr("Sets of the selected session"))
        self._sets.setFont(font(TABLE_POINTS - 1))
        exercise = self.tr("Exercise")
        number = self.tr("Set")
        side = self.tr("Side")
        amount = self.tr("Reps or time")
        done_at = self.tr("Done at")
        self._sets.setHorizontalHeaderLabels([exercise, number, side, amount, done_at])
        self._sets.horizontalHeader().setFont(font(TABLE_POINTS - 1, QFont.Weight.Bold))
        self._sets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._sets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._sets.setTabKeyNavigation(False)
        self._sets.setWordWrap(False)
        self._sets.verticalHeader().setVisible(False)
        self._sets.verticalHeader().setDefaultSectionSize(int(self._sets.fontMetrics().height() * 1.6))
        self._sets.installEventFilter(self)  # the row height follows the text size
        sets_header = self._sets.horizontalHeader()
        sets_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sets_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._detail_heading)
        layout.addWidget(self._detail_summary)
        layout.addWidget(self._detail_hurts)
        layout.addWidget(self._sets, 1)
        return panel

    # -- behaviour

    def _exercise_name(self, exercise_id: str) -> str:
        exercise = self._library.exercises.get(exercise_id)
        return exercise.name.get(self._language) if exercise else exercise_id

    def _selected_row(self) -> SessionRow | None:
        index = self._table.selectionModel().currentIndex()
        if not index.isValid() or not self._table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self._model.session_row(index.row())

    def _neighbour_id(self, session_id: str) -> str | None:
        """The session shown below (or else above) ``session_id``, to select after deleting it."""
        row = self._model.row_of(session_id)
        if row is None:
            return None
        for candidate in (row + 1, row - 1):
            if 0 <= candidate < self._model.rowCount():
                return self._model.session_row(candidate).id
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details(self._model.session_row(current.row()) if current.isValid() else None)

    def _show_details(self, row: SessionRow | None) -> None:
        has_row = row is not None
        self._edit_button.setEnabled(has_row)
        self._delete_button.setEnabled(has_row)
        self._sets.setRowCount(0)
        if row is None:
            self._detail_heading.setText("")
            self._detail_summary.setText("")
            self._detail_hurts.setText("")
            self._detail_hurts.hide()
            return
        self._detail_heading.setText(
            f"{self._model.date_text(row)} · {self._model.status_text(row.status, row.is_demo)}"
        )
        pain = self.tr("Pain before → after: %1").replace(
            "%1", self._model.pain_text(row.pain_before, row.pain_after)
        )
        rating = self.tr("Rating: %1").replace("%1", self._model.rating_text(row.rating))
        summary = f"{pain}   ·   {rating}"
        if row.note.strip():
            summary += "\n" + self.tr("Note: %1").replace("%1", row.note.strip())
        self._detail_summary.setText(summary)
        try:
            store = self._store_getter()
            sets = store.sets_for(row.id)
            hurts = store.hurt_events(session_id=row.id) if row.hurt_count else []
        except HistoryError as exc:
            self._detail_hurts.setText(str(exc))
            self._detail_hurts.show()
            return
        self._fill_sets(sets)
        lines = [self._hurt_text(event) for event in hurts]
        self._detail_hurts.setText("\n".join(lines))
        self._detail_hurts.setVisible(bool(lines))

    def _fill_sets(self, sets: Sequence[SetRecord]) -> None:
        self._sets.setRowCount(len(sets))
        if not sets:
            self._sets.setRowCount(1)
            self._sets.setItem(0, 0, QTableWidgetItem(self.tr("No sets were saved for this session.")))
            return
        for number, record in enumerate(sets):
            done = self._library.exercises.get(record.exercise)
            if record.side == "left":
                side = self.tr("Left")
            elif record.side == "right":
                side = self.tr("Right")
            elif done is not None and done.dosage.sides is Sides.ALTERNATE:
                side = self.tr("Both, in turn")  # a bird-dog set: left and right every other repetition
            else:
                side = "–"
            if record.reps is not None:
                amount = str(record.reps)
            elif record.seconds is not None:
                amount = f"{record.seconds:.0f} s"
            else:
                amount = "–"
            at = record.completed_at
            texts = (
                exercise_done_text(done, record.exercise, record.variant, self._language),
                str(record.set_number),
                side,
                amount,
                f"{at:%H:%M}",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self._sets.setItem(number, column, item)

    def _hurt_text(self, event: HurtEvent) -> str:
        if event.exercise:
            text = self.tr("“This hurts” at %1 during %2").replace("%2", self._exercise_name(event.exercise))
        else:
            text = self.tr("“This hurts” at %1")
        text = text.replace("%1", f"{event.at:%H:%M}")
        return f"⚠ {text}" + (f": {event.note}" if event.note.strip() else "")

    def _save_edit(self, dialog: EditSessionDialog) -> None:
        edit = dialog.edit()
        try:
            self._store_getter().update_session(
                dialog.session_id,
                pain_before=edit.pain_before,
                pain_after=edit.pain_after,
                rating=edit.rating,
                note=edit.note,
            )
        except HistoryError as exc:
            self._show_banner(self.tr("Could not save the changes: %1").replace("%1", str(exc)), undo=False)
            return
        self.refresh(select=dialog.session_id)

    def _editor_closed(self) -> None:
        self._editor = None
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete_answered(self, delete: bool, session_id: str) -> None:
        if delete:
            self.delete_session(session_id)

    def _confirm_closed(self) -> None:
        self._confirm = None
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_banner(self, text: str, *, undo: bool) -> None:
        self._banner_label.setText(text)
        self._undo_button.setVisible(undo)
        self._banner.show()

    def _forget_deleted(self) -> None:
        """The undo time is over (or it was used): the kept records go, and so does the banner."""
        self._undo_timer.stop()
        self._deleted = None
        self._banner.hide()
