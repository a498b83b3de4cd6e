"""First start: what RugTimer does, the alarm signals, and which exercise set to begin with.

Keys: ↑ ↓ move between the three sets (and choose), Alt + the underlined letter picks one directly (English:
F, B, O; Dutch: V, B, A), Enter or Alt+S starts. Esc (or the window's close button) closes without choosing:
the dialog is then Rejected and ``choice()`` gives the default, "floor" — the caller starts with the floor
set then, and need not show the dialog again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rugtimer.program.advice import Advice, load_advice
from rugtimer.theme_data import scaled_points
from rugtimer.ui.advice_widgets import BODY_POINTS, TITLE_POINTS, alarm_box, text_label
from rugtimer.ui.dialogs import fit_to_screen
from rugtimer.ui.exercise_card import font
from rugtimer.ui.theme import current_text_scale

CHOICES = ("floor", "ball", "both")
DEFAULT_CHOICE = "floor"
WIDTH = 1240
"""Wide enough for two columns (welcome and choice beside the alarm signals): fits 768 px high screens."""

_CHOICE_STYLE = (
    "QRadioButton { padding: 6px 10px; border: 2px solid transparent; border-radius: 8px; }"
    " QRadioButton:focus { border: 3px solid palette(highlight); }"
    " QRadioButton::indicator { width: %1px; height: %1px; }"
)
INDICATOR_PIXELS = 22
"""The choices' round buttons at 100 % text; they grow with the text size, as their labels do."""
_START_STYLE = (
    "QPushButton { padding: 10px 36px; border: 2px solid palette(mid); border-radius: 10px;"
    " background: palette(highlight); color: palette(highlighted-text); }"
    " QPushButton:focus { border: 5px solid palette(window-text); padding: 7px 33px; }"
)


class _FittingScrollArea(QScrollArea):
    """Asks for the height its content needs (so ``fit_to_screen`` sizes the dialog to the text) and scrolls
    only when the screen is too small for that, e.g. at 150 % text size on a 768 px high laptop. Only then is
    it a Tab stop too, so the keys (Page Down, arrows) can bring the rest of the alarm signals into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "QScrollArea { border: 3px solid transparent; }"
            " QScrollArea:focus { border: 3px solid palette(highlight); }"
        )
        self.verticalScrollBar().rangeChanged.connect(self._follow_range)

    def _follow_range(self, _low: int, high: int) -> None:
        overflowing = high > 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if overflowing else Qt.FocusPolicy.NoFocus)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        content = self.widget()
        inner = width - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()  # never short
        return content.heightForWidth(inner) + 2 * self.frameWidth() if content is not None else 0

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 120)


def _plain(text: str) -> str:
    """A mnemonic label without its "&", for screen readers."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class WelcomeDialog(QDialog):
    """Shown once, at the first start. ``choice_made`` carries the set to begin with when it closes.

    ``choice()`` is "floor", "ball" or "both": the selected set after Start, "floor" after Esc.
    """

    choice_made = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None, *, advice: Advice | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        advice = advice if advice is not None else load_advice()
        self.setWindowTitle(self.tr("Welcome to RugTimer"))
        self._rejected = False

        heading = text_label(advice.welcome.heading.get(language), TITLE_POINTS, QFont.Weight.Bold, "heading")
        heading.setAccessibleName(heading.text())
        self._intro = text_label(
            advice.welcome.text.get(language), BODY_POINTS + 1, object_name="welcomeText"
        )
        alarm = alarm_box(advice.alarm, language, heading_points=BODY_POINTS + 3)

        question = self.tr("Which exercises do you want to start with?")
        self._prompt = text_label(question, BODY_POINTS + 3, QFont.Weight.Bold, "choicePrompt")
        tip = self.tr(
            "Tip: begin with the floor exercises, and add the ball ones once the floor set feels familiar."
        )
        self._tip = text_label(tip, BODY_POINTS, object_name="choiceTip")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons = self._make_choices()
        self._start = self._make_start_button()

        self._left = QVBoxLayout()
        self._left.setSpacing(12)
        self._arrange(choices_first=False)
        body = QWidget()
        body.setObjectName("welcomeBody")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        columns.addLayout(self._left, 4)
        columns.addWidget(alarm, 5, Qt.AlignmentFlag.AlignTop)

        self._scroll = _FittingScrollArea()
        self._scroll.setObjectName("welcomeScroll")
        self._scroll.setAccessibleName(self.tr("Welcome and the alarm signals"))
        self._scroll.setAccessibleDescription(self.tr("Page Up and Page Down scroll the text."))
        self._scroll.setWidget(body)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._start, 0, Qt.AlignmentFlag.AlignRight)
        # When the text above needs more height than the screen has (large text on a low screen), the
        # layout squeezes every item down to its minimum: keep Start's whole text, the scroll area gives way.
        self._start.ensurePolished()
        self._start.setMinimumHeight(max(self._start.minimumHeight(), self._start.sizeHint().height()))
        fit_to_screen(self, WIDTH)
        if self.layout().totalHeightForWidth(self.width()) > self.height():
            self._arrange(choices_first=True)  # the text scrolls: the choices at its top, not below the fold

        self._buttons[DEFAULT_CHOICE].setFocus()

    # -- building

    def _arrange(self, *, choices_first: bool) -> None:
        """The left column: what RugTimer does, then the question, its choices and the tip. When it all
        does not fit on the screen (large text on a low laptop screen: at 175 % only a sliver of the first
        choice showed), the question and its choices come first and the explanation follows them, to be
        scrolled to; screen readers still read the explanation first (the order of the widgets, not of the
        layout). Only places change: the widgets are the same."""
        left = self._left
        while left.count():
            left.takeAt(0)
        explanation: list[QWidget] = [self._intro]
        choosing: list[QWidget] = [self._prompt, *self._buttons.values(), self._tip]
        first, then = (choosing, explanation) if choices_first else (explanation, choosing)
        for widget in first:
            left.addWidget(widget)
        left.addSpacing(10)
        for widget in then:
            left.addWidget(widget)
        left.addStretch(1)

    def _make_choices(self) -> dict[str, QRadioButton]:
        # One tr() per line: lupdate files a tr() inside a multi-line literal under the wrong context.
        floor = self.tr("&Floor exercises (4: mat and chair)")
        ball = self.tr("&Ball exercises (4, exercise ball needed)")
        both = self.tr("B&oth (8, floor and ball)")
        floor_more = self.tr("A good start: four calm exercises lying, sitting and on hands and knees.")
        ball_more = self.tr("Four exercises with a ball: sitting on it, leaning on it, against a wall.")
        both_more = self.tr("All eight exercises; best once you are used to the floor set.")
        labels = {"floor": floor, "ball": ball, "both": both}
        descriptions = {"floor": floor_more, "ball": ball_more, "both": both_more}
        buttons: dict[str, QRadioButton] = {}
        indicator = round(scaled_points(INDICATOR_PIXELS, current_text_scale(QApplication.instance())))
        for index, key in enumerate(CHOICES):
            button = QRadioButton(labels[key])
            button.setObjectName(f"choice_{key}")
            button.setFont(font(BODY_POINTS + 1))
            button.setStyleSheet(_CHOICE_STYLE.replace("%1", str(indicator)))
            button.setMinimumHeight(44)
            button.setAccessibleName(_plain(labels[key]))
            button.setAccessibleDescription(descriptions[key])
            self._group.addButton(button, index)
            buttons[key] = button
        buttons[DEFAULT_CHOICE].setChecked(True)
        return buttons

    def _make_start_button(self) -> QPushButton:
        button = QPushButton(self.tr("&Start"))
        button.setObjectName("startButton")
        button.setFont(font(BODY_POINTS + 4, QFont.Weight.Bold))
        button.setMinimumHeight(60)
        button.setStyleSheet(_START_STYLE)
        button.setDefault(True)
        button.setAutoDefault(True)
        button.setAccessibleName(_plain(button.text()))
        button.setAccessibleDescription(self.tr("Start with the chosen exercises."))
        button.clicked.connect(self.accept)
        return button

    # -- public

    def choice(self) -> str:
        """The exercise set to begin with: "floor", "ball" or "both" ("floor" after Esc)."""
        if self._rejected:
            return DEFAULT_CHOICE
        return CHOICES[max(self._group.checkedId(), 0)]

    def choice_button(self, choice: str) -> QRadioButton:
        return self._buttons[choice]

    @property
    def start_button(self) -> QPushButton:
        return self._start

    # -- Qt

    def done(self, result: int) -> None:
        self._rejected = result != QDialog.DialogCode.Accepted
        super().done(result)
        self.choice_made.emit(self.choice())
