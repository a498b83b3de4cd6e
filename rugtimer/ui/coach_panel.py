"""The coach's line on Today: this week's suggestion with yes / no, or a short note on where you stand.

A thin view: it shows the texts it is given and emits the person's answer; the coach flow decides.
The answer buttons sit beside the text while that leaves the text most of the width, else under it: at
large text sizes the buttons beside it squeezed the text into a narrow column that ran over itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rugtimer.ui.exercise_card import font

BESIDE_UP_TO = 0.4
"""The buttons sit beside the text while they take at most this share of the panel's width."""


class CoachPanel(QFrame):
    """Hidden when there is nothing to say. ``accepted`` / ``declined`` answer the shown suggestion;
    ``more_requested`` opens the help page (used with the physiotherapist advice)."""

    accepted = Signal()
    declined = Signal()
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#coachPanel { border: 2px solid palette(highlight); border-radius: 10px;"
            " background: palette(alternate-base); }"
        )
        self._title = QLabel()
        self._title.setObjectName("coachTitle")
        self._title.setFont(font(15, QFont.Weight.Bold))
        self._title.setWordWrap(True)
        self._text = QLabel()
        self._text.setObjectName("coachText")
        self._text.setFont(font(14))
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._aside = QLabel()
        self._aside.setObjectName("coachAside")
        self._aside.setFont(font(13))
        self._aside.setWordWrap(True)
        self._aside.setTextFormat(Qt.TextFormat.PlainText)
        self.yes_button = self._button("coachYes", self.accepted)
        self.no_button = self._button("coachNo", self.declined)
        self.more_button = self._button("coachMore", self.more_requested)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self._title)
        texts.addWidget(self._text)
        texts.addWidget(self._aside)
        self._buttons = QWidget()
        self._buttons.setObjectName("coachButtons")
        row = QHBoxLayout(self._buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addStretch(1)
        for button in (self.no_button, self.yes_button, self.more_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(16, 10, 16, 10)
        self._grid.setSpacing(12)
        self._grid.addLayout(texts, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._beside = True
        self._grid.addWidget(self._buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        self.clear()

    def buttons_beside(self) -> bool:
        """True when the buttons sit to the right of the text, False when under it."""
        return self._beside

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons()

    def _place_buttons(self) -> None:
        beside = self._buttons.sizeHint().width() <= self.width() * BESIDE_UP_TO
        if beside == self._beside:
            return
        self._beside = beside
        self._grid.removeWidget(self._buttons)
        if beside:
            self._grid.addWidget(self._buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._grid.addWidget(self._buttons, 1, 0)

    def _button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setFont(font(14, QFont.Weight.DemiBold))
        button.setMinimumHeight(44)
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        return button

    # -- what to show

    def show_suggestion(self, title: str, text: str, yes: str, no: str) -> None:
        """A question with two answers."""
        self._show(title, text)
        self._label(self.yes_button, yes)
        self._label(self.no_button, no)
        self._place_buttons()

    def show_note(self, title: str, text: str) -> None:
        """Information only."""
        self._show(title, text)
        self.yes_button.hide()
        self.no_button.hide()

    def set_aside(self, text: str, more: str = "") -> None:
        """A second, smaller message under the first (e.g. the physiotherapist advice), with a button that
        opens the help page; an empty ``text`` removes it."""
        self._aside.setText(text)
        self._aside.setVisible(bool(text))
        if text and more:
            self._label(self.more_button, more)
        else:
            self.more_button.hide()
        self._place_buttons()
        self.setAccessibleName(f"{self._title.text()} {self._text.text()} {text}".strip())
        if text:
            self.show()

    def aside(self) -> str:
        return self._aside.text() if self._aside.isVisibleTo(self) else ""

    def clear(self) -> None:
        self._title.clear()
        self._text.clear()
        self._aside.clear()
        self._aside.hide()
        for button in (self.yes_button, self.no_button, self.more_button):
            button.hide()
        self.hide()

    def title(self) -> str:
        return self._title.text()

    def text(self) -> str:
        return self._text.text()

    def _show(self, title: str, text: str) -> None:
        self._title.setText(title)
        self._text.setText(text)
        self._text.setVisible(bool(text))
        self.setAccessibleName(f"{title} {text}".strip())
        self.show()

    @staticmethod
    def _label(button: QPushButton, text: str) -> None:
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))
        button.show()
