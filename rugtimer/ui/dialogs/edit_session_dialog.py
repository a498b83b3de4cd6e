"""History ▸ Edit (Enter on a session): correct the pain before and after, the rating and the note.

People open it to fix a pain score they mistyped on the mat; the dialog only collects the answers
(``edit()``), the History page stores them. Its keys are those of the after-session dialog: Enter saves,
except in the note, where it starts a new line; Ctrl+Enter saves from anywhere (what the Save button
shows); Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rugtimer.model.records import RATINGS, Rating, SessionRecord
from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.dialogs.after_session_dialog import NOTE_LIMIT, is_ctrl_enter
from rugtimer.ui.dialogs.pain_dialog import ENTER_KEYS, PainScale
from rugtimer.ui.exercise_card import font, key_hint

TEXT_POINTS = 14


@dataclass(frozen=True)
class SessionEdit:
    """The answers of the edit dialog (None = not noted)."""

    pain_before: int | None
    pain_after: int | None
    rating: Rating | None
    note: str


class EditSessionDialog(QDialog):
    """Pain before and after, the rating and the note of one session; Ctrl+Enter (or Enter outside the
    note) saves, Esc cancels."""

    def __init__(self, session: SessionRecord, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editSessionDialog")
        self.setWindowTitle(self.tr("Edit pain and note"))
        self._session = session

        title = QLabel(heading)
        title.setObjectName("heading")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setFont(font(20, QFont.Weight.Bold))

        self._before = PainScale(session.pain_before, show_anchors=False)
        self._before.setObjectName("painBefore")
        self._before.setAccessibleName(self.tr("Pain before the session, 0 to 10"))
        self._after = PainScale(session.pain_after, show_anchors=False)
        self._after.setObjectName("painAfter")
        self._after.setAccessibleName(self.tr("Pain after the session, 0 to 10"))
        for scale in (self._before, self._after):
            for number in range(11):
                scale.button(number).installEventFilter(self)  # installed last, so it sees Enter first

        self._rating_buttons: dict[Rating, QPushButton] = {}
        ratings = QHBoxLayout()
        ratings.setSpacing(12)
        for rating in RATINGS:
            button = self._make_rating_button(rating)
            button.setChecked(rating == session.rating)
            self._rating_buttons[rating] = button
            ratings.addWidget(button)
        ratings.addStretch(1)

        note_label = self._make_note(session.note)
        buttons = button_bar(self._make_buttons())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(self._question_row(self.tr("Pain before the session"), self._before, "clearBefore"))
        layout.addWidget(self._before, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self._question_row(self.tr("Pain after the session"), self._after, "clearAfter"))
        layout.addWidget(self._after, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._label(self.tr("How did it go?")))
        layout.addLayout(ratings)
        layout.addWidget(note_label)
        layout.addWidget(self._note)
        layout.addWidget(buttons)
        # Only now, inside the dialog: a default set before is lost when the dialog shows, and Qt makes the
        # first button (Cancel) the default, so Enter on a rating cancelled the edit.
        self._save_button.setDefault(True)
        fit_to_screen(self, self.sizeHint().width(), buttons)
        self._before.setFocus()

    # -- public

    @property
    def before_scale(self) -> PainScale:
        return self._before

    @property
    def after_scale(self) -> PainScale:
        return self._after

    @property
    def note_edit(self) -> QPlainTextEdit:
        return self._note

    @property
    def save_button(self) -> QPushButton:
        return self._save_button

    @property
    def cancel_button(self) -> QPushButton:
        return self._cancel_button

    @property
    def session_id(self) -> str:
        return self._session.id

    def rating_button(self, rating: Rating) -> QPushButton:
        return self._rating_buttons[rating]

    def rating(self) -> Rating | None:
        return next((r for r, button in self._rating_buttons.items() if button.isChecked()), None)

    def edit(self) -> SessionEdit:
        """What the dialog holds now (the note trimmed and cut to the app's limit)."""
        note = self._note.toPlainText().strip()[:NOTE_LIMIT]
        return SessionEdit(self._before.value(), self._after.value(), self.rating(), note)

    # -- Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves wherever the focus is (the ratings and "Not noted" pass it on to here)."""
        if is_ctrl_enter(event):
            self.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a pain score saves; in the note only Ctrl+Enter does (Enter is a new line there); on
        Cancel, Ctrl+Enter saves too, as the Save button says."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if is_ctrl_enter(event) or (
            event.key() in ENTER_KEYS and watched not in (self._note, self._cancel_button)
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    # -- building

    def _make_note(self, note: str) -> QLabel:
        """The note editor; returns its label (Alt+N)."""
        self._note = QPlainTextEdit(note)
        self._note.setObjectName("note")
        self._note.setFont(font(TEXT_POINTS))
        self._note.setTabChangesFocus(True)
        self._note.setFixedHeight(76)
        self._note.setAccessibleName(self.tr("Note"))
        self._note.setAccessibleDescription(self.tr("Ctrl+Enter saves; Enter starts a new line"))
        self._note.installEventFilter(self)
        note_label = QLabel(self.tr("&Note"))
        note_label.setFont(font(TEXT_POINTS, QFont.Weight.DemiBold))
        note_label.setBuddy(self._note)
        return note_label

    def _make_buttons(self) -> QHBoxLayout:
        cancel = self.tr("Cancel")
        self._cancel_button = QPushButton(f"{cancel}   {key_hint('Esc')}")
        self._cancel_button.setObjectName("cancelButton")
        self._cancel_button.setAccessibleName(cancel)
        self._cancel_button.clicked.connect(self.reject)
        self._cancel_button.installEventFilter(self)  # Ctrl+Enter on it saves, as everywhere
        save = self.tr("&Save")
        # Ctrl+Enter, as in the after-session dialog: the one key that saves from the note as well.
        self._save_button = QPushButton(f"{save}   {key_hint('Ctrl+Enter')}")
        self._save_button.setObjectName("saveButton")
        self._save_button.setAccessibleName(self.tr("Save"))
        self._save_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self._cancel_button, self._save_button):
            button.setFont(font(TEXT_POINTS + 1))
            button.setMinimumHeight(48)
            buttons.addWidget(button)
        return buttons

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(font(TEXT_POINTS + 2, QFont.Weight.DemiBold))
        return label

    def _question_row(self, text: str, scale: PainScale, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._label(text))
        row.addStretch(1)
        clear = QPushButton(self.tr("Not noted"))
        clear.setObjectName(name)
        clear.setFont(font(TEXT_POINTS - 1))
        clear.setAutoDefault(False)
        clear.setAccessibleDescription(self.tr("Clears this pain score"))
        clear.clicked.connect(lambda: scale.set_value(None))
        row.addWidget(clear)
        return row

    def _make_rating_button(self, rating: Rating) -> QPushButton:
        if rating == "too_easy":
            text = self.tr("Too easy")
        elif rating == "good":
            text = self.tr("Good")
        else:
            text = self.tr("Too hard")
        button = QPushButton(text)
        button.setObjectName(f"rating_{rating}")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setFont(font(TEXT_POINTS + 1, QFont.Weight.DemiBold))
        button.setMinimumSize(160, 48)
        button.setStyleSheet(
            "QPushButton { border: 2px solid palette(mid); border-radius: 8px; padding: 6px 18px; }"
            " QPushButton:focus { border: 4px solid palette(highlight); padding: 4px 16px; }"
            " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border: 4px solid palette(window-text); padding: 4px 16px; text-decoration: underline; }"
        )
        button.toggled.connect(lambda checked, r=rating: self._rating_toggled(r, checked))
        return button

    def _rating_toggled(self, rating: Rating, checked: bool) -> None:
        """One rating at most, and clicking the chosen one again clears it (not noted)."""
        if checked:
            for other, button in self._rating_buttons.items():
                if other != rating:
                    button.setChecked(False)
