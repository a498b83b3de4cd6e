"""The weekly PSK check-in on one screen: "How hard was each of these in the past week?", 0–10 per activity.

Keys, like the pain question: type the digits (1 then 0 gives 10), ← → to move, Enter to confirm the row and
go to the next (Enter on the last row saves; Enter without a number leaves that activity unscored), ↑ ↓ or
Tab between rows, Esc skips the whole week. Last week's score stands beside each row (the manual lets the
person see it). 0 = no difficulty, 10 = impossible: the same direction as pain (docs/psk.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rugtimer.model.psk import HIGHEST, LOWEST, PskActivity
from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.exercise_card import font, key_hint

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
BUTTON_SIDE = 40
_ROW_STYLE = (
    "QFrame#pskRow { border: 2px solid transparent; border-radius: 8px; }"
    ' QFrame#pskRow[current="true"] { border: 3px solid palette(highlight); }'
    " QPushButton { border: 1px solid palette(mid); border-radius: 6px; background: palette(button);"
    " color: palette(button-text); }"
    " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 3px solid palette(window-text); font-weight: 900; text-decoration: underline; }"
)


def typed_value(current: int | None, digit: int) -> int:
    """The number after typing ``digit``: appended to ``current`` while that stays within 0–10."""
    if current is not None and current * 10 + digit <= HIGHEST:
        return current * 10 + digit
    return digit


class _ScoreButton(QPushButton):
    """Square, and as big as "10" needs in the current font (the text size may grow after it was made)."""

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        side = max(BUTTON_SIDE, metrics.horizontalAdvance(str(HIGHEST)) + 20, metrics.height() + 14)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ScoreRow(QFrame):
    """One activity: its words, last week's score, and eleven small buttons 0–10. The row takes the
    keyboard focus (not its buttons), so digits always go to the row that is framed."""

    confirmed = Signal()
    move = Signal(int)  # -1 up, +1 down

    def __init__(self, activity: PskActivity, previous: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pskRow")
        self.activity = activity
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_ROW_STYLE)
        self.setProperty("current", False)

        name = QLabel(activity.text)
        name.setObjectName("activityText")
        name.setFont(font(16, QFont.Weight.Bold))
        name.setWordWrap(True)
        self._previous = QLabel(
            self.tr("Last time: %1").replace("%1", str(previous))
            if previous is not None
            else self.tr("First time")
        )
        self._previous.setObjectName("previousScore")
        self._previous.setFont(font(13))
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        scale = QHBoxLayout()
        scale.setSpacing(4)
        self._buttons: list[QPushButton] = []
        for number in range(LOWEST, HIGHEST + 1):
            button = _ScoreButton(str(number))
            button.setObjectName(f"psk_{number}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row has the keys; a click still works
            button.setAccessibleName(f"{number} · {activity.text}")
            button.setAccessibleDescription(self.tr("How hard it was: 0 is no difficulty, 10 is impossible"))
            button.setFont(font(14))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, n=number: self._clicked(n))
            self._group.addButton(button, number)
            self._buttons.append(button)
            scale.addWidget(button)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(16)
        grid.addWidget(name, 0, 0)
        grid.addWidget(self._previous, 1, 0)
        grid.addLayout(scale, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._describe()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for number, button in enumerate(self._buttons):
            button.setChecked(number == value)
        self._describe()

    def button(self, number: int) -> QPushButton:
        return self._buttons[number]

    def previous_text(self) -> str:
        return self._previous.text()

    # -- Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.set_value(typed_value(self._value, int(text)))
        elif key == Qt.Key.Key_Left:
            self.set_value(max(LOWEST, (self._value if self._value is not None else 1) - 1))
        elif key == Qt.Key.Key_Right:
            self.set_value(min(HIGHEST, (self._value if self._value is not None else -1) + 1))
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key == Qt.Key.Key_Up:
            self.move.emit(-1)
        elif key == Qt.Key.Key_Down:
            self.move.emit(1)
        elif key in ENTER_KEYS:
            self.confirmed.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._mark(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._mark(False)

    # -- internals

    def _clicked(self, number: int) -> None:
        self.set_value(number)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _mark(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def _describe(self) -> None:
        score = self.tr("not scored") if self._value is None else str(self._value)
        self.setAccessibleName(f"{self.activity.text}: {score}")
        self.setAccessibleDescription(
            self.tr("Type 0 (no difficulty) to 10 (impossible), then Enter. %1").replace(
                "%1", self._previous.text()
            )
        )


class PskDialog(QDialog):
    """The weekly check-in. ``scores()`` after Save: activity id → 0–10 or None (not scored); ``skipped()``
    after Esc / "Skip this week"."""

    def __init__(
        self,
        activities: Sequence[PskActivity],
        previous: Mapping[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pskDialog")
        self.setWindowTitle(self.tr("What you want to do again"))
        self._skipped = False
        self._saved = False

        question = QLabel(self.tr("How hard was each of these in the past week?"))
        question.setObjectName("question")
        question.setFont(font(22, QFont.Weight.Bold))
        question.setWordWrap(True)
        scale = QLabel(self.tr("0 = no difficulty · 10 = impossible"))
        scale.setObjectName("scaleWords")
        scale.setFont(font(15))

        self._rows = [ScoreRow(a, previous.get(a.id)) for a in activities]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(question)
        layout.addWidget(scale)
        for index, row in enumerate(self._rows):
            row.confirmed.connect(lambda i=index: self._next(i))
            row.move.connect(lambda step, i=index: self._focus(i + step))
            layout.addWidget(row)
        hint = QLabel(
            self.tr(
                "Type a number and press Enter for the next one; Enter on the last saves. "
                "Enter without a number leaves an activity unscored."
            )
        )
        hint.setObjectName("hint")
        hint.setFont(font(13))
        hint.setWordWrap(True)
        layout.addWidget(hint)

        skip = self.tr("Skip this week")
        self.skip_button = QPushButton(f"{skip}   {key_hint('Esc')}")
        self.skip_button.setObjectName("skipWeekButton")
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save)
        for button in (self.skip_button, self.save_button):
            button.setFont(font(15))
            button.setMinimumHeight(44)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        bar = button_bar(buttons)
        layout.addWidget(bar)
        fit_to_screen(self, max(760, self.sizeHint().width()), bar)
        if self._rows:
            self._rows[0].setFocus()

    # -- public

    @property
    def rows(self) -> list[ScoreRow]:
        return list(self._rows)

    def scores(self) -> dict[str, int | None]:
        """Each activity's score (None: not scored), once saved; empty when the week was skipped."""
        if not self._saved:
            return {}
        return {row.activity.id: row.value() for row in self._rows}

    def skipped(self) -> bool:
        return self._skipped

    # -- QDialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._rows and not any(row.hasFocus() for row in self._rows):
            self._rows[0].setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def reject(self) -> None:
        self._skipped = not self._saved
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            return  # Enter belongs to the rows; the buttons are clicked or reached with Tab and Space
        super().keyPressEvent(event)

    # -- internals

    def _next(self, index: int) -> None:
        if index + 1 < len(self._rows):
            self._focus(index + 1)
        else:
            self._save()

    def _focus(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self._rows[index].setFocus(Qt.FocusReason.TabFocusReason)

    def _save(self) -> None:
        self._saved = True
        self.accept()
