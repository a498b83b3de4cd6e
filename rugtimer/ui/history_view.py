"""The history list: every session newest first, its sets on selection, edit pain and note, delete with undo.

People open this to check what they did and to correct a pain score they mistyped on the mat, so editing
and deleting are one key away (Enter, Del) and a delete can be undone for a while. The store is fetched
through ``store_getter`` on every use: restoring a backup replaces the store object.

At 175 % text on a 1366×768 laptop under a two-line notice the page has about 550 px: the title, five
sessions, the selected one's line with Edit and Delete, its summary and two of its sets. So Edit and Delete sit
on the selected session's line (not a row of their own), the rows have a small padding, and every column
stays, its texts elided rather than dropped (``rugtimer.screen_fit`` decides the widths and the split).

Why this file is longer than 400 lines: one page with a table, a detail pane, a filter, delete-with-undo and
its keyboard handling, all on one selection, and the fitting of both tables to large text. The row model is
``history_model.py``, the edit dialog ``dialogs/edit_session_dialog.py``, the undo itself ``app/editing.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
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
from rugtimer.screen_fit import fit_columns, split_heights
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
TITLE_POINTS = 22  # as Progress's title; the 26 pt of Today took a sixth row's height from History at 175 %
ROW_PADDING = 4
"""Pixels above and below a row's text together: 14 left two sessions at 175 % on a laptop under the no-sound
notice, 6 four at a desktop scale of 150 % (911×472 logical pixels)."""
FEWEST_SESSIONS = 5
"""Sessions the table shows before the selected one's sets get more room: enough to compare a week."""
FEWEST_SETS = 2
SESSIONS_SHARE = 2 / 3
"""Of the page's height, for the sessions, once both tables have their fewest rows."""
NOTE_WANTED_CHARACTERS = 18
"""The note column asks for this many characters; the whole note is in the details under the table."""

_SAMPLE_ROW = SessionRow(
    session=SessionRecord(started_at=datetime(2000, 12, 27, 23, 59, tzinfo=UTC), plan_week=1)
)
"""A long date (a Wednesday in another year) to size the date column."""

_BUTTON_STYLE = (  # little padding above and below: the buttons share a line that is a session row at 175 %
    "QPushButton { padding: 4px 14px; }"
    " QPushButton:focus { border: 3px solid palette(highlight); border-radius: 6px; padding: 2px 12px; }"
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
        self._rows_version = 0  # counts the refreshes: the column widths are measured again after each
        self._needs_cache: tuple[tuple[object, ...], tuple[list[int], list[tuple[int, int]]]] | None = None

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
        self._table = self._make_table()
        self._details = self._make_details()
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setObjectName("historySplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(self._details)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 1)
        # Until the person drags the handle, the page is split by ``split_heights`` whatever the first sizes
        # were (the stretch alone shares out only what the window adds to them: 4 rows at 175 %).
        self._split_by_hand = False
        self._splitter.splitterMoved.connect(self._split_moved_by_hand)
        self._splitter.installEventFilter(self)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(24, 0, 24, 6)
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
        """The heading, summary and "this hurts" lines of the detail panel (for tests and screen readers);
        the heading whole, as its accessible name has it, even when the line shows it shortened."""
        parts = (self._detail_heading.full_text(), self._detail_summary.text(), self._detail_hurts.text())
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
        self._rows_version += 1
        self._fit_columns(self._table)  # the widths follow the texts: a first demo row, a longer note
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
            QTimer.singleShot(0, self, self._split_page)  # once the splitter has its new size
        if kind in (QEvent.Type.FontChange, QEvent.Type.Resize):
            if watched is getattr(self, "_table", None) or (
                isinstance(watched, QHeaderView) and watched.parentWidget() is getattr(self, "_table", None)
            ):
                self._fit_columns(self._table)  # the header gets a new font after its table
                if kind == QEvent.Type.FontChange and not self._split_by_hand:
                    QTimer.singleShot(0, self, self._split_page)  # taller rows
            elif watched is getattr(self, "_sets", None):
                watched.verticalHeader().setDefaultSectionSize(watched.fontMetrics().height() + ROW_PADDING)
        is_table = watched is getattr(self, "_table", None)
        if is_table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
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
        header.setContentsMargins(24, 10, 24, 4)
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

    def _make_actions(self) -> QHBoxLayout:
        """The selected session's line: its date and status, then Edit and Delete (one line, not two)."""
        self._edit_button = self._make_button(self.tr("Edit pain and note…"), "Enter", "editButton")
        self._edit_button.clicked.connect(self.edit_selected)
        self._delete_button = self._make_button(self.tr("Delete…"), "Del", "deleteButton")
        self._delete_button.clicked.connect(self.ask_delete)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(8)
        actions.addWidget(self._detail_heading, 1)
        actions.addWidget(self._edit_button)
        actions.addWidget(self._delete_button)
        return actions

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
        # A step smaller and not bold (the header's own shading sets it apart): at 175 % in Dutch the bold
        # 13 pt titles alone left the status 260 px, and semi-bold ones made the table scroll sideways.
        header.setFont(font(TABLE_POINTS - 1))
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EXERCISES, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(lambda _column, _order: self._fit_columns(table))
        header.installEventFilter(self)
        self._fit_columns(table)
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _split_moved_by_hand(self, _position: int, _index: int) -> None:
        self._split_by_hand = True

    def _split_page(self) -> None:
        """Sessions over details by ``split_heights``: five sessions and two sets first, then two thirds."""
        if self._split_by_hand:
            return
        total = sum(self._splitter.sizes())
        if total <= 0:
            return
        sessions = min(FEWEST_SESSIONS, max(1, self._model.rowCount()))
        table_least = (
            self._table_chrome(self._table) + sessions * self._table.verticalHeader().defaultSectionSize()
        )
        sets = min(FEWEST_SETS, max(1, self._sets.rowCount()))
        sets_least = self._table_chrome(self._sets) + sets * self._sets.verticalHeader().defaultSectionSize()
        details_least = self._details_height() + sets_least
        first, second = split_heights(total, table_least, details_least, SESSIONS_SHARE)
        if self._splitter.sizes() != [first, second]:
            self._splitter.setSizes([first, second])

    @staticmethod
    def _table_chrome(table: QTableView) -> int:
        """A table's height without its rows: the column titles and the frame."""
        return table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()

    def _details_height(self) -> int:
        """The details' height above the sets table with a one-line summary: the selected session's line,
        the summary and the spacing. Whatever session is selected: the split stays put while the arrow keys
        go through the sessions (a longer note or a "this hurts" line takes from the sets instead)."""
        layout = self._details.layout()
        margins = layout.contentsMargins()
        line = max(self._edit_button.sizeHint().height(), self._detail_heading.sizeHint().height())
        summary = self._detail_summary.fontMetrics().height()
        return margins.top() + margins.bottom() + line + summary + 2 * layout.spacing()

    def _fit_columns(self, table: QTableView) -> None:
        """Row height and column widths for the table's font and width, again whenever the text size or the
        width changes (measured once, they cut the dates and titles short at 175 %). Every column stays:
        ``fit_columns`` gives each its title whole and the date, pain, rating and status their texts whole;
        the note, the exercises and the status's demo mark share what is left, and elide."""
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)
        header = table.horizontalHeader()
        least, steps = self._column_needs(table)
        room = table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
        widths = fit_columns(least, room, steps, rest_to=EXERCISES)
        scrolls = sum(least) > room  # the last resort: the table scrolls sideways
        exercises_mode = QHeaderView.ResizeMode.Interactive if scrolls else QHeaderView.ResizeMode.Stretch
        if header.sectionResizeMode(EXERCISES) != exercises_mode:
            header.setSectionResizeMode(EXERCISES, exercises_mode)
        for column, width in enumerate(widths):
            if column != EXERCISES or scrolls:
                header.resizeSection(column, width)

    def _column_needs(self, table: QTableView) -> tuple[list[int], list[tuple[int, int]]]:
        """The columns' least widths and the steps the rest of the room goes in (``fit_columns``), measured
        once per font, sort column and set of rows (a resize only shares them out again: ten years of
        sessions are 1500 dates to measure)."""
        header = table.horizontalHeader()
        key = (
            table.font().key(),
            header.font().key(),
            header.sortIndicatorSection() if header.isSortIndicatorShown() else -1,
            self._rows_version,
        )
        if self._needs_cache is None or self._needs_cache[0] != key:
            self._needs_cache = (key, self._measure_columns(table))
        return self._needs_cache[1]

    def _measure_columns(self, table: QTableView) -> tuple[list[int], list[tuple[int, int]]]:
        """Least widths: every title whole, and the texts of the date, pain, rating and status (without its
        demo mark: it is the same in every row). Then, as room allows: the note's first words, the status
        most rows have (demo mark and all), the exercises, and the demo marks of the rarer statuses."""
        titles = [self._title_width(table, column) for column in range(self._model.columnCount())]
        rows = self._model.rows()
        if rows:
            texts = [
                {self._model.text(row, column) for row in range(len(rows))} for column in range(len(titles))
            ]
        else:  # before the first refresh: generous samples
            texts = [set() for _title in titles]
            texts[DATE] = {self._model.date_text(_SAMPLE_ROW)}
            texts[PAIN] = {"10 → 10"}
            texts[RATING] = {self._model.rating_text("too_easy")}
            texts[STATUS] = {self._model.status_text("interrupted", True)}

        def whole(column: int, bold: bool = False) -> int:
            widest = max((self._cell_width(table, text, bold) for text in texts[column]), default=0)
            return max(titles[column], widest)

        least = list(titles)
        for column in (DATE, PAIN, RATING):
            least[column] = whole(column)
        plain = {self._model.status_text(row.status) for row in rows} or {""}
        # bold: a status other than completed is bold, and measuring every status so is generous
        least[STATUS] = max(titles[STATUS], *(self._cell_width(table, text, True) for text in plain))
        statuses = [(self._model.text(n, STATUS), row.status != "completed") for n, row in enumerate(rows)]
        usual = max(set(statuses), key=statuses.count) if statuses else ("", False)
        note = min(whole(NOTE), self._cell_width(table, "x" * NOTE_WANTED_CHARACTERS, False))
        steps = [
            (NOTE, note),
            (STATUS, self._cell_width(table, *usual)),
            (EXERCISES, whole(EXERCISES)),
            (STATUS, whole(STATUS, bold=True)),
        ]
        return least, steps

    def _title_width(self, table: QTableView, column: int) -> int:
        """A column title's width whole, in the header's font: text, margins and the sort arrow's room
        when the table is sorted by it."""
        header = table.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
        width = QFontMetrics(header.font()).horizontalAdvance(title) + 2 * margin + 4
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 2 * margin
        return width

    @staticmethod
    def _cell_width(table: QTableView, text: str, bold: bool) -> int:
        """A cell's width with ``text`` whole: the text and the item's margins."""
        cell_font = QFont(table.font())
        cell_font.setBold(bold)
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        return QFontMetrics(cell_font).horizontalAdvance(text) + 2 * margin + 2

    def _make_button(self, text: str, key: str, name: str) -> QPushButton:
        button = QPushButton(f"{text}   {key_hint(key)}")
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setFont(font(TEXT_POINTS))
        button.setMinimumHeight(40)  # as Undo; 44 cut the fifth session short at a desktop scale of 150 %
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
        self._detail_heading = _ShorteningLabel()
        self._detail_heading.setObjectName("detailHeading")
        self._detail_heading.setTextFormat(Qt.TextFormat.PlainText)
        self._detail_heading.setFont(
            font(TEXT_POINTS, QFont.Weight.Bold)
        )  # 17 pt did not fit beside the buttons
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
        self._sets.verticalHeader().setDefaultSectionSize(self._sets.fontMetrics().height() + ROW_PADDING)
        self._sets.installEventFilter(self)  # the row height follows the text size
        sets_header = self._sets.horizontalHeader()
        sets_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sets_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._make_actions())
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
            self._detail_heading.set_texts("")
            self._detail_summary.setText("")
            self._detail_hurts.setText("")
            self._detail_hurts.hide()
            return
        when = self._model.date_text(row)
        status = self._model.status_text(row.status, row.is_demo)
        day = when.rsplit(" ", 1)[0]  # without the time, which the selected row shows
        self._detail_heading.set_texts(
            f"{when} · {status}", when, day
        )  # beside the buttons: the day at least
        pain = self.tr("Pain before → after: %1").replace(
            "%1", self._model.pain_text(row.pain_before, row.pain_after)
        )
        rating = self.tr("Rating: %1").replace("%1", self._model.rating_text(row.rating))
        summary = f"{pain}   ·   {rating}"
        if row.note.strip():  # on the same line when it fits: a line of height is a session row at 175 %
            summary += "   ·   " + self.tr("Note: %1").replace("%1", row.note.strip())
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


class _ShorteningLabel(QLabel):
    """One line that shows the longest of its texts that fits its width, the last one elided if none does.

    The selected session's date and status share a line with Edit and Delete; at 175 % in Dutch only the date
    fits beside them (the status is in the selected row just above). The accessible name and the tool tip
    always have the whole text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: tuple[str, ...] = ("",)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_texts(self, whole: str, *shorter: str) -> None:
        """``whole`` when it fits, else the first of ``shorter`` that does."""
        self._texts = (whole, *shorter)
        self.setAccessibleName(whole)
        self.setToolTip(whole)
        self._choose()

    def full_text(self) -> str:
        return self._texts[0]

    def sizeHint(self) -> QSize:
        """As tall as a line, as wide as the whole text (the layout may give it less)."""
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self._texts[0]) + margins.left() + margins.right()
        return QSize(width, metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._choose()

    def _choose(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        shown = next((text for text in self._texts if metrics.horizontalAdvance(text) <= room), None)
        if shown is None:
            shown = metrics.elidedText(self._texts[-1], Qt.TextElideMode.ElideRight, max(0, room))
        if shown != self.text():
            self.setText(shown)
