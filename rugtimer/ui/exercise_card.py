"""One exercise of today's program as a calm card: what it is, how much, and how to do it.

The card only shows what it is given (the exercise and the dose the plan chose) and reports the wish to start
it; which dose or variant applies is decided elsewhere.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rugtimer.program.exercises import Exercise
from rugtimer.program.plan import Dose
from rugtimer.ui.illustration import IllustrationWidget
from rugtimer.ui.themed_style import play_icon

ILLUSTRATION_WIDTH = 160
ILLUSTRATION_HEIGHT = 107
NAME_POINTS = 18
DOSE_POINTS = 15
BODY_POINTS = 12
# Drawn as text, so the arrow grows with the font (the style's arrow stays a few pixels small).
ARROW_CLOSED = "▸"
ARROW_OPEN = "▾"


def font(points: float, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False) -> QFont:
    """The application font at an absolute size: the cards are read from a mat, not a desk."""
    result = QFont(QApplication.font())
    result.setPointSizeF(points)
    result.setWeight(weight)
    result.setItalic(italic)
    return result


def key_hint(key: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A key's name as shown on a button, e.g. "[Space]"; translated by Qt's own catalogue ("Spatie")."""
    return f"[{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}]"


def plain_label(text: str, points: float = BODY_POINTS, weight: QFont.Weight = QFont.Weight.Normal) -> QLabel:
    """A word-wrapping label for exercise data (plain text, so a "<" in a text is never markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(font(points, weight))
    return label


def rich_label(html: str, points: float = BODY_POINTS) -> QLabel:
    """A word-wrapping label for our own markup around escaped exercise texts."""
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setFont(font(points))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class ExerciseCard(QFrame):
    """Illustration, name, dose, purpose and key instruction; "More" unfolds steps, why, variants, safety.

    ``svg`` is the illustration (``illustration_bytes(exercise)``); None or b"" leaves the space empty.
    """

    start_requested = Signal(str)
    """The person wants to do just this exercise now (its id)."""
    expanded_changed = Signal(bool)

    def __init__(
        self,
        exercise: Exercise,
        dose: Dose,
        language: str,
        svg: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exercise = exercise
        self._dose = dose
        self._language = language
        name = exercise.name.get(language)
        self.setObjectName(f"card_{exercise.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(
            f"QFrame#card_{exercise.id} {{ border: 1px solid palette(mid); border-radius: 12px;"
            " background: palette(base); }"
        )
        self.setAccessibleName(name)
        self.setAccessibleDescription(dose.describe(exercise, language))

        self._illustration = IllustrationWidget(svg or None)
        self._illustration.setFixedSize(ILLUSTRATION_WIDTH, ILLUSTRATION_HEIGHT)
        self._illustration.setAccessibleName(self.tr("Illustration: {name}").format(name=name))

        self._start_button = self._make_start_button(name)
        self._more_button = self._make_more_button(name)
        # The unfolding part is an empty holder until first opened: eight cards' worth of rich text is
        # a third of the main window's start-up, and most days nobody opens it.
        self._details = QWidget()
        self._details.setObjectName("details")
        self._details.setVisible(False)
        self._details_built = False

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self._illustration, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self._make_summary(name), 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self._start_button)
        buttons.addWidget(self._more_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self._details)
        QWidget.setTabOrder(self._start_button, self._more_button)

    # -- public

    @property
    def exercise_id(self) -> str:
        return self._exercise.id

    @property
    def start_button(self) -> QPushButton:
        return self._start_button

    @property
    def more_button(self) -> QToolButton:
        return self._more_button

    @property
    def details(self) -> QWidget:
        """The unfolding part (steps, why, variants, safety); visible only when expanded."""
        self._build_details()
        return self._details

    def is_expanded(self) -> bool:
        return self._more_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self._more_button.setChecked(expanded)

    def dose_text(self) -> str:
        return self._dose.describe(self._exercise, self._language)

    # -- building

    def _make_summary(self, name: str) -> QVBoxLayout:
        exercise, language = self._exercise, self._language
        meta = plain_label(f"{exercise.label} · {self._group_text(exercise.group)}", BODY_POINTS)
        meta.setObjectName("meta")
        title = plain_label(name, NAME_POINTS, QFont.Weight.Bold)
        title.setObjectName("name")
        title.setAccessibleName(name)
        dose = plain_label(self.dose_text(), DOSE_POINTS, QFont.Weight.DemiBold)
        dose.setObjectName("dose")
        dose.setAccessibleName(self.tr("Dose: {dose}").format(dose=self.dose_text()))
        cue = plain_label(exercise.cue.get(language), BODY_POINTS + 1)
        cue.setFont(font(BODY_POINTS + 1, italic=True))
        cue.setObjectName("cue")

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(meta)
        column.addWidget(title)
        column.addWidget(dose)
        variant = exercise.variant(self._dose.variant) if self._dose.variant else None
        if variant is not None:
            version = plain_label(
                self.tr("Variant: {variant}").format(variant=variant.name.get(language)), BODY_POINTS
            )
            version.setObjectName("variant")
            column.addWidget(version)
        column.addLayout(self._make_chips())
        column.addWidget(cue)
        column.addStretch(1)
        return column

    def _make_chips(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for purpose in self._exercise.purpose:
            chip = QLabel(self._purpose_text(purpose))
            chip.setObjectName(f"purpose_{purpose}")
            chip.setFont(font(BODY_POINTS - 1))
            chip.setStyleSheet(
                "QLabel { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px;"
                " background: palette(alternate-base); }"
            )
            chip.setAccessibleName(self.tr("Purpose: {purpose}").format(purpose=chip.text()))
            row.addWidget(chip)
        row.addStretch(1)
        return row

    def _make_start_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr("Start"))
        button.setObjectName("startExerciseButton")
        button.setIcon(play_icon())
        button.setFont(font(BODY_POINTS + 1, QFont.Weight.DemiBold))
        button.setMinimumHeight(42)
        button.setAutoDefault(True)  # Enter on the focused button starts it, like Space
        button.setToolTip(self.tr("Do just this exercise now"))
        button.setAccessibleName(self.tr("Start {name}").format(name=name))
        button.setAccessibleDescription(self.tr("Do just this exercise now"))
        button.clicked.connect(lambda: self.start_requested.emit(self._exercise.id))
        return button

    def _make_more_button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("moreButton")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        more = self.tr("More")
        button.setText(f"{ARROW_CLOSED}  {more}")
        button.setFont(font(BODY_POINTS + 1))
        button.setMinimumHeight(42)
        button.setAutoRaise(True)
        button.setAccessibleName(self.tr("More about {name}").format(name=name))
        button.setAccessibleDescription(
            self.tr("Shows the steps, why it helps, the variants and the safety notes")
        )
        button.toggled.connect(self._on_toggled)
        return button

    def _build_details(self) -> None:
        if self._details_built:
            return
        self._details_built = True
        exercise, language = self._exercise, self._language
        layout = QVBoxLayout(self._details)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)

        steps = "".join(f"<li>{escape(step)}</li>" for step in exercise.steps.get(language))
        self._add_section(
            layout, self.tr("How to do it"), f"<ol style='margin-left: 0'>{steps}</ol>", "steps"
        )
        self._add_section(layout, self.tr("Why"), escape(exercise.why.get(language)), "why")
        variants = [self._variant_html(level, exercise) for level in ("easier", "harder")]
        if any(variants):
            self._add_section(layout, self.tr("Variants"), "".join(variants), "variants")
        safety = "".join(f"<li>{escape(note)}</li>" for note in exercise.safety.get(language))
        if safety:
            self._add_section(layout, self.tr("Take care"), f"<ul>{safety}</ul>", "safety")

    def _add_section(self, layout: QVBoxLayout, heading: str, html: str, name: str) -> None:
        if layout.count():
            layout.addSpacing(6)
        title = plain_label(heading, BODY_POINTS + 1, QFont.Weight.Bold)
        title.setObjectName(f"{name}Heading")
        body = rich_label(html)
        body.setObjectName(name)
        body.setAccessibleName(heading)
        layout.addWidget(title)
        layout.addWidget(body)

    def _variant_html(self, level: str, exercise: Exercise) -> str:
        level_text = self.tr("Easier") if level == "easier" else self.tr("Harder")
        return "".join(
            f"<p><b>{escape(level_text)}: {escape(v.name.get(self._language))}</b><br>"
            f"{escape(v.description.get(self._language))}</p>"
            for v in exercise.variants_at(level)
        )

    # -- texts

    def _group_text(self, group: str) -> str:
        if group == "ball":
            return self.tr("With the ball")
        return self.tr("Without a ball")

    def _purpose_text(self, purpose: str) -> str:
        if purpose == "relaxation":
            return self.tr("Relaxation")
        if purpose == "mobility":
            return self.tr("Mobility")
        if purpose == "coordination":
            return self.tr("Coordination")
        if purpose == "strength":
            return self.tr("Strength")
        return purpose

    # -- behaviour

    def _on_toggled(self, expanded: bool) -> None:
        text = self.tr("Less") if expanded else self.tr("More")
        self._more_button.setText(f"{ARROW_OPEN if expanded else ARROW_CLOSED}  {text}")
        if expanded:
            self._build_details()
        self._details.setVisible(expanded)
        self.expanded_changed.emit(expanded)
