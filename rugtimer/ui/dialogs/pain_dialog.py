"""The 0–10 pain question (NRS) as eleven big buttons, answerable from the mat with a few keys.

Keys: type the digits (1 then 0 gives 10; a number above 10 starts again with the last digit), ← → to move,
Home/End for 0/10, Enter to confirm; clicking a number confirms at once; Esc skips when skipping is allowed.
When one row of eleven buttons is wider than the screen (large text on a laptop), the scale wraps into two
rows, 0–5 and 6–10; the keys stay the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.exercise_card import font, key_hint

LOWEST = 0
HIGHEST = 10
BUTTON_SIZE = 76
DIGIT_POINTS = 30
QUESTION_POINTS = 24
TEXT_POINTS = 15
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SPACING = 8
FIRST_ROW = 6
"""In two rows: 0–5 on the first, 6–10 on the second."""
DIALOG_MARGINS = 2 * 32 + 2 * 8
"""Room a dialog around the scale takes from the screen's width: its margins and some air."""

_SCALE_STYLE = (
    "QPushButton { border: 2px solid palette(mid); border-radius: 10px; background: palette(button);"
    " color: palette(button-text); }"
    " QPushButton:hover { border: 2px solid palette(highlight); }"
    " QPushButton:focus { border: 4px solid palette(highlight); }"
    " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 5px solid palette(window-text); }"
)


def _side_for(digits: QFont) -> int:
    """A scale button's side for ``digits``: room for the widest number ("10") in the chosen number's
    black weight, and the chosen number's 5 px border with some air on each side."""
    black = QFont(digits)
    black.setWeight(QFont.Weight.Black)
    metrics = QFontMetrics(black)
    frame = 2 * 12
    return max(BUTTON_SIZE, max(metrics.horizontalAdvance(str(HIGHEST)), metrics.height()) + frame)


def one_row_fits(text_scale: int, screen_width: int) -> bool:
    """Whether eleven buttons at ``text_scale`` percent fit in one row in a dialog on this screen."""
    digits = font(DIGIT_POINTS)
    digits.setPointSizeF(DIGIT_POINTS * text_scale / 100)
    count = HIGHEST - LOWEST + 1
    return count * _side_for(digits) + (count - 1) * SPACING + DIALOG_MARGINS <= screen_width


def _text_scale() -> int:
    from rugtimer.ui.theme import current_text_scale  # the theme module sets the scale up

    app = QApplication.instance()
    return current_text_scale(app) if isinstance(app, QApplication) else 100


class _NumberButton(QPushButton):
    """A square scale button, ``BUTTON_SIZE`` or as big as the widest number needs at the current text
    size: the digits must never be cut off."""

    def sizeHint(self) -> QSize:
        side = max(_side_for(self.font()), super().sizeHint().width(), super().sizeHint().height())
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def typed_value(current: int | None, digit: int) -> int:
    """The number after typing ``digit``: appended to ``current`` while that stays within 0–10."""
    if current is not None and current * 10 + digit <= HIGHEST:
        return current * 10 + digit
    return digit


class PainScale(QWidget):
    """Eleven square buttons 0–10 in one row, with "no pain" and "worst imaginable pain" under the ends;
    in two rows (0–5 over 6–10, each end's words under its row) when one row would not fit on the screen.

    The chosen number is checked, bold, underlined and thick-bordered (not shown by colour alone), and it
    takes the keyboard focus when the focus is already in the scale.
    ``value_changed`` follows every change; ``value_chosen`` means "this is my answer" (a click, Space on a
    number, or Enter).
    """

    value_changed = Signal(int)
    value_chosen = Signal(int)

    def __init__(
        self, value: int | None = None, show_anchors: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("painScale")
        self._value: int | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        self.setStyleSheet(_SCALE_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # never spread out
        self.setAccessibleName(self.tr("Pain from 0 (no pain) to 10 (worst imaginable pain)"))

        for number in range(LOWEST, HIGHEST + 1):
            button = self._make_button(number)
            self._buttons.append(button)
            self._group.addButton(button, number)
        self._anchors = self._make_anchors() if show_anchors else None
        screen = QApplication.primaryScreen()
        width = screen.availableGeometry().width() if screen is not None else 1366
        self._rows = 1 if one_row_fits(_text_scale(), width) else 2
        self._arrange()
        self.setFocusProxy(self._buttons[0])
        self.set_value(value)

    # -- public

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Select ``value`` (None clears the selection)."""
        if value is not None and not LOWEST <= value <= HIGHEST:
            raise ValueError(f"pain is 0–10, got {value}")
        focus_inside = self.isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        self._value = value
        self._group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for number, button in enumerate(self._buttons):
            chosen = number == value
            button.setChecked(chosen)
            digits = font(DIGIT_POINTS, QFont.Weight.Black if chosen else QFont.Weight.Normal)
            digits.setUnderline(chosen)
            button.setFont(digits)
        self._group.setExclusive(True)
        if value is not None:
            self.setFocusProxy(self._buttons[value])
            if focus_inside:
                self._buttons[value].setFocus(Qt.FocusReason.OtherFocusReason)
            self.value_changed.emit(value)

    def button(self, number: int) -> QPushButton:
        return self._buttons[number]

    def row_count(self) -> int:
        """1, or 2 when the scale wrapped (0–5 over 6–10)."""
        return self._rows

    def type_digit(self, digit: int) -> None:
        """Keyboard entry: see ``typed_value``."""
        self.set_value(typed_value(self._value, digit))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits, arrows, Home/End and Enter for the scale; True when the key was used."""
        key = event.key()
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.type_digit(int(text))
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(LOWEST, (self._value if self._value is not None else 1) - 1))
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(HIGHEST, (self._value if self._value is not None else -1) + 1))
            return True
        if key == Qt.Key.Key_Home:
            self.set_value(LOWEST)
            return True
        if key == Qt.Key.Key_End:
            self.set_value(HIGHEST)
            return True
        if key in ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self._value is None:
                return False
            self.value_chosen.emit(self._value)
            return True
        return False

    # -- Qt

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self._buttons:
            return self.handle_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # -- building

    def _make_button(self, number: int) -> QPushButton:
        button = _NumberButton(str(number))
        button.setObjectName(f"pain_{number}")
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter belongs to the scale, not to the focused button
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if number == LOWEST:
            button.setAccessibleName(self.tr("0, no pain"))
        elif number == HIGHEST:
            button.setAccessibleName(self.tr("10, worst imaginable pain"))
        else:
            button.setAccessibleName(str(number))
        button.setAccessibleDescription(self.tr("Pain score: 0 is no pain, 10 is the worst imaginable pain"))
        button.installEventFilter(self)
        button.clicked.connect(lambda _checked=False, n=number: self._on_clicked(n))
        return button

    def _make_anchors(self) -> tuple[QLabel, QLabel]:
        low = QLabel(self.tr("no pain"))
        low.setObjectName("anchorLow")
        high = QLabel(self.tr("worst imaginable pain"))
        high.setObjectName("anchorHigh")
        for label in (low, high):
            label.setFont(font(TEXT_POINTS - 2))  # quieter than the digits, but still readable
        return low, high

    def _arrange(self) -> None:
        """The buttons in one row, or in two (0–5, 6–10) with each end's words under its own row."""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(6)
        per_row = len(self._buttons) if self._rows == 1 else FIRST_ROW
        rows_used = 2 if self._anchors is not None else 1  # a row of buttons, then its anchor line
        for number, button in enumerate(self._buttons):
            grid.addWidget(button, (number // per_row) * rows_used, number % per_row)
        if self._anchors is None:
            return
        low, high = self._anchors
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if self._rows == 1:
            half = per_row // 2
            grid.addWidget(low, 1, 0, 1, half, left)
            grid.addWidget(high, 1, per_row - half, 1, half, right)
        else:
            grid.addWidget(low, 1, 0, 1, per_row, left)
            grid.addWidget(high, 3, 0, 1, len(self._buttons) - per_row, right)

    def _on_clicked(self, number: int) -> None:
        self.set_value(number)
        self.value_chosen.emit(number)


class PainDialog(QDialog):
    """Asks "How much pain do you have now?" once; ``value()`` is the answer or None when skipped."""

    def __init__(
        self,
        question: str | None = None,
        *,
        allow_skip: bool = True,
        value: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("painDialog")
        self.setWindowTitle(self.tr("Pain score"))
        self._allow_skip = allow_skip
        self._answer: int | None = None

        self._question = QLabel(question or self.tr("How much pain do you have now?"))
        self._question.setObjectName("question")
        self._question.setFont(font(QUESTION_POINTS, QFont.Weight.Bold))
        self._question.setWordWrap(True)
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._scale = PainScale(value)
        self._scale.setAccessibleDescription(self._question.text())
        self._scale.value_chosen.connect(self._confirm)

        hint = QLabel(self.tr("Type a number and press Enter, or click it. For 10, type 1 and then 0."))
        hint.setObjectName("hint")
        hint.setFont(font(TEXT_POINTS))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(20)
        layout.addWidget(self._question)
        layout.addWidget(self._scale, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)

        self._skip_button: QPushButton | None = None
        bar: QWidget | None = None
        if allow_skip:
            skip = self.tr("Skip")
            self._skip_button = QPushButton(f"{skip}   {key_hint('Esc')}")
            self._skip_button.setObjectName("skipButton")
            self._skip_button.setFont(font(TEXT_POINTS + 1))
            self._skip_button.setMinimumHeight(48)
            self._skip_button.setAutoDefault(True)  # Enter on the focused Skip button skips
            self._skip_button.setAccessibleName(self.tr("Skip"))
            self._skip_button.setAccessibleDescription(self.tr("Go on without answering"))
            self._skip_button.clicked.connect(self.reject)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self._skip_button)
            bar = button_bar(buttons)
            layout.addWidget(bar)
        fit_to_screen(self, self.sizeHint().width(), bar)
        self._scale.setFocus()

    # -- public

    @property
    def scale(self) -> PainScale:
        return self._scale

    @property
    def skip_button(self) -> QPushButton | None:
        return self._skip_button

    def value(self) -> int | None:
        """The confirmed pain score, or None when the question was skipped (or not answered yet)."""
        return self._answer

    @staticmethod
    def ask(parent: QWidget | None, question: str | None = None, allow_skip: bool = True) -> int | None:
        """Show the question modally and return the answer (None = skipped)."""
        dialog = PainDialog(question, allow_skip=allow_skip, parent=parent)
        try:
            dialog.exec()
            return dialog.value()
        finally:
            dialog.deleteLater()

    # -- QDialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._scale.handle_key(event):
            return
        if event.key() in ENTER_KEYS:
            return  # Enter before choosing a number does nothing (a focused Skip button handles its own)
        super().keyPressEvent(event)

    def reject(self) -> None:
        if not self._allow_skip:
            return  # an answer is needed; Esc and the close button do nothing
        self._answer = None
        super().reject()

    # -- internals

    def _confirm(self, value: int) -> None:
        self._answer = value
        self.accept()
