"""Help: when to call the GP, when to see a physiotherapist, how the program works, how RugTimer decides,
questions, a ball-size helper and the sources — one calm, scrollable page for the main window's page stack.

The texts come from ``resources/advice.toml`` (``load_advice``), the rules from ``app/decisions.py``, the
sources from ``references.toml``; the ball size from ``ball_size_cm``. The page holds no rules of its own. Keys: Tab reaches the height box; Page Up/Down and the arrows scroll the page
when it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rugtimer.app.decisions import decisions
from rugtimer.program.advice import Advice, BallAdvice, load_advice
from rugtimer.program.ball_size import MAX_HEIGHT_CM, MIN_HEIGHT_CM, ball_size_cm, near_limit
from rugtimer.program.library import Library, load_library
from rugtimer.ui.advice_widgets import (
    BODY_POINTS,
    TITLE_POINTS,
    alarm_box,
    bullet_list,
    heading_label,
    readable_width,
    text_label,
)
from rugtimer.ui.exercise_card import font
from rugtimer.ui.psk_help import PskHelpSection

SECTIONS = ("alarm", "physio", "program", "decisions", "psk", "questions", "ball", "sources")
"""The sections in page order; ``HelpView.scroll_to`` takes one of these."""
DEFAULT_HEIGHT_CM = 175
RESULT_POINTS = 28
SECTION_GAP = 28


def _titled(title: str, text: str, name: str) -> QWidget:
    """A bold line with its text close below it, so each rule or question reads as one block."""
    block = QWidget()
    block.setObjectName(name)
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(text_label(title, BODY_POINTS + 2, QFont.Weight.Bold, f"{name}_title"))
    layout.addWidget(text_label(text, object_name=f"{name}_text"))
    block.setAccessibleName(title)
    return block


class _HeightBox(QSpinBox):
    """A spin box that lets the mouse wheel scroll the page unless it has the focus (no accidental changes)."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class BallSizeHelper(QWidget):
    """Type a body height, read the ball size; plus the sitting check and the anti-burst tip."""

    def __init__(self, ball: BallAdvice, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballHelper")
        self._ball = ball
        self._language = language

        self._height = _HeightBox()
        self._height.setObjectName("bodyHeight")
        self._height.setRange(MIN_HEIGHT_CM, MAX_HEIGHT_CM)
        self._height.setValue(DEFAULT_HEIGHT_CM)
        self._height.setSuffix(" cm")
        self._height.setFont(font(BODY_POINTS + 6, QFont.Weight.DemiBold))
        self._height.setMinimumHeight(56)
        self._height.setMinimumWidth(170)
        self._height.setAccelerated(True)
        self._height.setAccessibleName(self.tr("Your body height in centimetres"))
        hint = self.tr("Type your height, or change it with the arrow keys; the ball size below follows.")
        self._height.setAccessibleDescription(hint)
        label = text_label(self.tr("Your &height:"), BODY_POINTS + 2, QFont.Weight.DemiBold, "heightLabel")
        label.setTextFormat(Qt.TextFormat.AutoText)  # shows the mnemonic underline
        label.setBuddy(self._height)

        self._result = text_label("", RESULT_POINTS, QFont.Weight.Bold, "ballResult")
        self._near = text_label(ball.near_limit.get(language), BODY_POINTS, object_name="ballNearLimit")
        self._near.setAccessibleName(ball.near_limit.get(language))

        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(label)
        row.addWidget(self._height)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(text_label(ball.intro.get(language), object_name="ballIntro"))
        layout.addLayout(row)
        layout.addWidget(self._result)
        layout.addWidget(self._near)
        layout.addWidget(text_label(ball.sitting_check.get(language), object_name="ballSittingCheck"))
        layout.addWidget(text_label(ball.anti_burst.get(language), object_name="ballAntiBurst"))

        self._height.valueChanged.connect(self._show_size)
        self._height.lineEdit().textChanged.connect(self._typing)  # also while the text is not a valid value
        self._show_size(self._height.value())

    @property
    def height_box(self) -> QSpinBox:
        return self._height

    def result_text(self) -> str:
        return self._result.text()

    def shows_near_limit(self) -> bool:
        return not self._near.isHidden()

    def _typing(self, _text: str) -> None:
        """While a height is half typed ("9" on the way to "90", or 90 itself, below the range) the answer
        for the previous height must not stay on screen: say what is expected instead."""
        digits = self._height.cleanText().strip()
        if digits.isdigit() and MIN_HEIGHT_CM <= int(digits) <= MAX_HEIGHT_CM:
            self._show_size(int(digits))
            return
        text = self.tr("Type a height from {low} to {high} cm.").format(low=MIN_HEIGHT_CM, high=MAX_HEIGHT_CM)
        self._result.setText(text)
        self._result.setAccessibleName(text)
        self._near.setHidden(True)

    def _show_size(self, height_cm: int) -> None:
        text = self._ball.result_text(ball_size_cm(height_cm), self._language)
        self._result.setText(text)
        self._result.setAccessibleName(text)
        self._near.setHidden(not near_limit(height_cm))


class HelpView(QWidget):
    """The Help page: alarm signals (framed), physiotherapist, program rules, questions, ball size.

    The text sits in one centred column of at most about 80 characters, so lines stay easy to follow on a
    wide screen. ``advice`` defaults to the shipped texts.
    """

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        *,
        advice: Advice | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        library = library if library is not None else load_library()
        self.setObjectName("helpView")
        advice = advice if advice is not None else load_advice()
        self._language = language
        self._anchors: dict[str, QWidget] = {}
        self._pending: str | None = None

        column = QWidget()
        column.setObjectName("helpColumn")
        column.setMaximumWidth(readable_width() + 48)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(24, 24, 24, 40)
        self._column.setSpacing(12)

        title = text_label(self.tr("Help and advice"), TITLE_POINTS, QFont.Weight.Bold, "helpTitle")
        title.setAccessibleName(title.text())
        self._column.addWidget(title)
        self._add_alarm(advice, language)
        self._add_physio(advice, language)
        self._add_program(advice, language)
        self._add_decisions(library, language)
        psk = PskHelpSection()  # "What you want to do again" (docs/psk.md)
        self._add_section("psk", psk.heading, [psk])
        self._add_questions(advice, language)
        self._ball = BallSizeHelper(advice.ball, language)
        self._add_section("ball", advice.ball.heading.get(language), [self._ball])
        self._add_sources(library)
        self._column.addStretch(1)

        page = QWidget()
        page.setObjectName("helpPage")
        centre = QHBoxLayout(page)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setObjectName("helpScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(page)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scroll.setAccessibleName(self.tr("Help and advice"))
        self._scroll.setAccessibleDescription(self.tr("Use Page Up and Page Down to scroll."))
        # Visible focus: the page shows a highlighted edge while the keys scroll it.
        self._scroll.setStyleSheet(
            "QScrollArea#helpScroll { border: 3px solid transparent; }"
            " QScrollArea#helpScroll:focus { border: 3px solid palette(highlight); }"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

    # -- public

    @property
    def ball_helper(self) -> BallSizeHelper:
        return self._ball

    @property
    def height_box(self) -> QSpinBox:
        return self._ball.height_box

    @property
    def scroll_area(self) -> QScrollArea:
        return self._scroll

    def section(self, name: str) -> QWidget:
        """The first widget of a section (its heading, or the alarm box)."""
        if name not in self._anchors:
            raise ValueError(f"unknown help section {name!r}; expected one of {', '.join(SECTIONS)}")
        return self._anchors[name]

    def scroll_to(self, section: str) -> None:
        """Show ``section`` (one of ``SECTIONS``) at the top of the page.

        "ball" also puts the focus in the height box, ready to type. Works before the page is shown too.
        """
        self.section(section)  # a wrong name fails now, not later
        self._pending = section
        if self.isVisible():
            self._apply_scroll()

    # -- Qt

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, self._apply_scroll)  # after the layout has its final size

    # -- building

    def _add_section(self, name: str, heading: str, widgets: list[QWidget]) -> None:
        self._column.addSpacing(SECTION_GAP)
        label = heading_label(heading, f"heading_{name}")
        self._anchors[name] = label
        self._column.addWidget(label)
        for widget in widgets:
            self._column.addWidget(widget)

    def _add_alarm(self, advice: Advice, language: str) -> None:
        self._column.addSpacing(8)
        box = alarm_box(advice.alarm, language)
        self._anchors["alarm"] = box
        self._column.addWidget(box)

    def _add_physio(self, advice: Advice, language: str) -> None:
        physio = advice.physio
        reasons = [reason.text.get(language) for reason in physio.reasons]
        widgets: list[QWidget] = [
            text_label(physio.intro.get(language), object_name="physioIntro"),
            bullet_list(reasons, "physioReasons"),
            text_label(physio.app_suggests.get(language), object_name="physioAppSuggests"),
        ]
        self._add_section("physio", physio.heading.get(language), widgets)

    def _add_program(self, advice: Advice, language: str) -> None:
        program = advice.program
        widgets: list[QWidget] = [text_label(program.intro.get(language), object_name="programIntro")]
        for rule in program.rules:
            widgets.append(_titled(rule.title.get(language), rule.text.get(language), f"rule_{rule.id}"))
        self._add_section("program", program.heading.get(language), widgets)

    def _add_decisions(self, library: Library, language: str) -> None:
        """Every rule the app applies, with its numbers and where it comes from (``app/decisions.py``)."""
        intro = self.tr("These are the rules RugTimer follows. Each one says whether it comes from the exercise program, from the literature, or is RugTimer's own choice where the program leaves it open.")  # fmt: skip
        widgets: list[QWidget] = [text_label(intro, object_name="decisionsIntro")]
        for decision in decisions(library, language):
            text = f"{decision.text} ({decision.origin_words(language)})"
            widgets.append(_titled(decision.title, text, f"decision_{decision.id}"))
        self._add_section("decisions", self.tr("How RugTimer decides"), widgets)

    def _add_sources(self, library: Library) -> None:
        intro = self.tr("The exercises, the doses, the tempo of the bridge and the 24-hour rule come from a Dutch home exercise program for low back pain, which builds on the literature below. The meaningful change in pain comes from Ostelo et al. 2008.")  # fmt: skip
        widgets: list[QWidget] = [
            text_label(intro, object_name="sourcesIntro"),
            bullet_list(list(library.references.values()), "sourcesList"),
        ]
        self._add_section("sources", self.tr("Sources"), widgets)

    def _add_questions(self, advice: Advice, language: str) -> None:
        widgets: list[QWidget] = []
        for item in advice.faq.questions:
            widgets.append(
                _titled(item.question.get(language), item.answer.get(language), f"question_{item.id}")
            )
        self._add_section("questions", advice.faq.heading.get(language), widgets)

    def _apply_scroll(self) -> None:
        section = self._pending
        if section is None or not self.isVisible():
            return
        self._pending = None
        page = self._scroll.widget()
        page.layout().activate()
        top = self._anchors[section].mapTo(page, QPoint(0, 0)).y()
        self._scroll.verticalScrollBar().setValue(max(0, top - 16))
        if section == "ball":
            self.height_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.height_box.selectAll()
