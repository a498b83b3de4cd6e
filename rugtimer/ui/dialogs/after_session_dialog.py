"""After the session: pain now, how it went, and an optional note, all answerable from the keyboard.
At large text sizes (the pain scale in two rows) the pain is on the left, how it went and the note on the
right, so the dialog still fits a 1366×768 screen without scrolling.

Keys: digits anywhere outside the note set the pain (as in the pain dialog), Enter in the pain scale moves on
to "How did it go?"; there ← → choose between too easy / good / too hard, and Alt + the underlined letter
picks one directly (English: E, G, H; Dutch: M, G, Z). Alt+N goes to the note. Enter (outside the note;
on a rating it also chooses that rating) or Ctrl+Enter (anywhere) saves; Esc skips.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rugtimer.model.limits import MAX_NOTE_CHARS
from rugtimer.ui.dialogs import TITLE_BAR, button_bar, fit_to_screen
from rugtimer.ui.dialogs.pain_dialog import ENTER_KEYS, QUESTION_POINTS, TEXT_POINTS, PainScale
from rugtimer.ui.exercise_card import font, key_hint

Rating = Literal["too_easy", "good", "too_hard"]
RATINGS: tuple[Rating, ...] = ("too_easy", "good", "too_hard")
NOTE_HEIGHT = 110
NOTE_LIMIT = MAX_NOTE_CHARS  # the records' own limit: a note the dialog takes is one every importer takes


@dataclass(frozen=True)
class AfterSession:
    """What the person said after a session; None / "" for what they left out."""

    pain: int | None = None
    rating: Rating | None = None
    note: str = ""


def is_ctrl_enter(event: QKeyEvent) -> bool:
    return event.key() in ENTER_KEYS and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class AfterSessionDialog(QDialog):
    """The three after-session questions; ``result_data()`` holds the answers (empty when skipped)."""

    def __init__(
        self, parent: QWidget | None = None, pain: int | None = None, heading: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("afterSessionDialog")
        self.setWindowTitle(self.tr("After the session"))

        title = QLabel(heading or self.tr("Three short questions. You can skip any of them."))
        title.setObjectName("heading")
        title.setFont(font(QUESTION_POINTS, QFont.Weight.Bold))
        title.setWordWrap(True)

        pain_question = self._question(self.tr("How much pain do you have now?"))
        self._scale = PainScale(pain)
        self._scale.setAccessibleDescription(pain_question.text())
        self._scale.value_chosen.connect(self._go_to_rating)

        rating_question = self._question(self.tr("How did it go?"))
        self._rating_group = QButtonGroup(self)  # exclusive: one rating at most
        self._rating_buttons: dict[Rating, QPushButton] = {}
        side_by_side = self._scale.row_count() > 1  # large text: see _side_by_side
        ratings = self._make_ratings(rating_question.text(), stacked=side_by_side)

        self._counter = QLabel()
        self._counter.setObjectName("noteCounter")
        self._counter.setFont(font(TEXT_POINTS - 3))
        self._note = self._make_note()
        skip = self.tr("S&kip")
        self._skip_button = self._make_button(f"{skip}   {key_hint('Esc')}", "skipButton")
        self._skip_button.setAccessibleName(self.tr("Skip"))
        self._skip_button.setAccessibleDescription(self.tr("Close without saving these answers"))
        self._skip_button.clicked.connect(self.reject)
        self._skip_button.installEventFilter(self)  # Ctrl+Enter on it saves, as everywhere
        save = self.tr("&Save")
        self._save_button = self._make_button(f"{save}   {key_hint('Ctrl+Enter')}", "saveButton")
        self._save_button.setAccessibleName(self.tr("Save"))
        self._save_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(title)
        arrange = self._side_by_side if side_by_side else self._one_under_another
        layout.addLayout(arrange(pain_question, rating_question, ratings))
        buttons = button_bar(self._button_row())
        layout.addWidget(buttons)
        # Only now, inside the dialog: a default set before is lost when the dialog shows, and Qt makes the
        # first button (Skip) the default, so Enter on the pain scale before a number skipped the dialog.
        self._save_button.setDefault(True)

        QWidget.setTabOrder(self._scale.button(10), self._rating_buttons["too_easy"])
        self._limit_note()
        if side_by_side or self._too_high(layout):
            self._make_compact(layout, title)
        fit_to_screen(self, self.sizeHint().width(), buttons)
        self._scale.setFocus()

    # -- public

    @property
    def scale(self) -> PainScale:
        return self._scale

    @property
    def note_edit(self) -> QPlainTextEdit:
        return self._note

    @property
    def save_button(self) -> QPushButton:
        return self._save_button

    @property
    def skip_button(self) -> QPushButton:
        return self._skip_button

    def rating_button(self, rating: Rating) -> QPushButton:
        return self._rating_buttons[rating]

    def rating(self) -> Rating | None:
        return next((r for r, button in self._rating_buttons.items() if button.isChecked()), None)

    def result_data(self) -> AfterSession:
        """The answers when saved; an empty AfterSession when skipped (or not closed yet)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return AfterSession()
        return AfterSession(self._scale.value(), self.rating(), self._note.toPlainText().strip())

    @staticmethod
    def ask(parent: QWidget | None = None) -> AfterSession | None:
        """Show the dialog modally; None when skipped."""
        dialog = AfterSessionDialog(parent)
        try:
            return dialog.result_data() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # -- Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_ctrl_enter(event):
            self.accept()
            return
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self._scale.handle_key(event)  # digits always answer the pain question
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if watched in (self._note, self._skip_button) and is_ctrl_enter(event):  # type: ignore[arg-type]
            self.accept()
            return True
        if watched in self._rating_buttons.values():
            return self._rating_key(watched, event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    # -- building

    @staticmethod
    def _question(text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(font(TEXT_POINTS + 4, QFont.Weight.DemiBold))
        label.setWordWrap(True)
        return label

    def _make_ratings(self, question: str, *, stacked: bool) -> QBoxLayout:
        row: QBoxLayout = QVBoxLayout() if stacked else QHBoxLayout()
        row.setSpacing(12)
        for rating in RATINGS:
            button = self._make_rating_button(rating)
            button.setAccessibleDescription(question)
            self._rating_buttons[rating] = button
            self._rating_group.addButton(button)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag(0))
        row.addStretch(1)
        return row

    def _too_high(self, layout: QVBoxLayout) -> bool:
        """Whether the questions, at the chosen text size and the screen's full width, are higher than the
        screen (150 % in English: 769 px for 728)."""
        self.ensurePolished()  # the fonts at the chosen text size
        layout.activate()
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        needed = layout.totalHeightForWidth(screen.width()) if layout.hasHeightForWidth() else 0
        return max(needed, layout.minimumSize().height()) > screen.height() - TITLE_BAR

    def _make_compact(self, layout: QVBoxLayout, title: QLabel) -> None:
        """A smaller heading, a lower note and less air, so the whole fits a 768 px screen unscrolled."""
        title.setFont(font(QUESTION_POINTS - 3, QFont.Weight.Bold))
        self._note.setFixedHeight(NOTE_HEIGHT - 30)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)

    def _one_under_another(
        self, pain_question: QLabel, rating_question: QLabel, ratings: QBoxLayout
    ) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(pain_question)
        column.addWidget(self._scale, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(8)
        column.addWidget(rating_question)
        column.addLayout(ratings)
        column.addSpacing(8)
        column.addLayout(self._note_row())
        column.addWidget(self._note)
        return column

    def _side_by_side(
        self, pain_question: QLabel, rating_question: QLabel, ratings: QBoxLayout
    ) -> QHBoxLayout:
        """The pain scale (wrapped into two rows: large text) on the left, how it went and the note on the
        right: one under the other they were ~850 px high, too high for a 768 px laptop screen."""
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(pain_question)
        left.addWidget(self._scale, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(rating_question)
        right.addLayout(ratings)
        right.addLayout(self._note_row(with_counter=False))  # the counter under the note: a narrow column
        right.addWidget(self._note)
        right.addWidget(self._counter, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(left)
        columns.addLayout(right, 1)
        return columns

    def _make_rating_button(self, rating: Rating) -> QPushButton:
        if rating == "too_easy":
            text, name = self.tr("Too &easy"), self.tr("Too easy")
        elif rating == "good":
            text, name = self.tr("&Good"), self.tr("Good")
        else:
            text, name = self.tr("Too &hard"), self.tr("Too hard")
        button = QPushButton(text)
        button.setObjectName(f"rating_{rating}")
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter saves the dialog
        button.installEventFilter(self)  # arrows and Enter: see _rating_key
        button.setFont(font(TEXT_POINTS + 3, QFont.Weight.DemiBold))
        button.setMinimumSize(180, 64)
        button.setAccessibleName(name)
        button.setStyleSheet(
            # Thicker borders take their width from the padding, so the text never gets clipped.
            "QPushButton { border: 2px solid palette(mid); border-radius: 10px; padding: 9px 21px;"
            " background: palette(button); color: palette(button-text); }"
            " QPushButton:focus { border: 5px solid palette(highlight); padding: 6px 18px; }"
            " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 5px solid palette(window-text); padding: 6px 18px; font-weight: 900;"
            " text-decoration: underline; }"
        )
        return button

    def _make_note(self) -> QPlainTextEdit:
        note = QPlainTextEdit()
        note.setObjectName("note")
        note.setFont(font(TEXT_POINTS))
        note.setTabChangesFocus(True)
        note.setFixedHeight(NOTE_HEIGHT)
        note.setPlaceholderText(self.tr("For example: stiff in the morning, the bridge felt easier"))
        note.setAccessibleName(self.tr("Note"))
        note.setAccessibleDescription(
            self.tr("Optional, at most {limit} characters").format(limit=NOTE_LIMIT)
        )
        note.installEventFilter(self)
        note.textChanged.connect(self._limit_note)
        return note

    def _note_row(self, *, with_counter: bool = True) -> QHBoxLayout:
        label = QLabel(self.tr("&Note (optional)"))
        label.setFont(font(TEXT_POINTS))
        label.setBuddy(self._note)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addStretch(1)
        if with_counter:
            row.addWidget(self._counter)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addStretch(1)
        row.addWidget(self._skip_button)
        row.addWidget(self._save_button)
        return row

    def _make_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFont(font(TEXT_POINTS + 1))
        button.setMinimumHeight(48)
        return button

    # -- behaviour

    def _rating_key(self, button: QPushButton, event: QKeyEvent) -> bool:
        """← → choose the neighbouring rating (like radio buttons); Enter chooses the focused one and saves."""
        order = list(self._rating_buttons.values())
        index = order.index(button)
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down):
            step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            target = order[min(max(index + step, 0), len(order) - 1)]
            target.setChecked(True)
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in ENTER_KEYS:
            button.setChecked(True)
            self.accept()
            return True
        return False

    def _go_to_rating(self, _pain: int) -> None:
        target = self._rating_buttons.get(self.rating() or "good")
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _limit_note(self) -> None:
        text = self._note.toPlainText()
        if len(text) > NOTE_LIMIT:
            cursor = self._note.textCursor()
            position = min(cursor.position(), NOTE_LIMIT)
            self._note.blockSignals(True)
            self._note.setPlainText(text[:NOTE_LIMIT])
            self._note.blockSignals(False)
            cursor = self._note.textCursor()
            cursor.setPosition(position)
            self._note.setTextCursor(cursor)
            text = text[:NOTE_LIMIT]
        self._counter.setText(f"{len(text)} / {NOTE_LIMIT}")
