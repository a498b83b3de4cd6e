"""One change to the program, proposed by the coach: what changes (now → new), why, and yes or no.

Used for the weekly step up, the step back after a bad next day, and "lighter next time" after sharp pain.
Enter says yes (the default), Esc says "keep it as it is". The dialog only asks; the caller records the
answer (also a no: the coach remembers it).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rugtimer.program.coach import Suggestion
from rugtimer.program.exercises import Exercise
from rugtimer.program.program_text import dose_text
from rugtimer.ui.dialogs import fit_to_screen
from rugtimer.ui.dialogs.pain_dialog import QUESTION_POINTS, TEXT_POINTS
from rugtimer.ui.exercise_card import font, key_hint


class SuggestionDialog(QDialog):
    """``accepted`` = yes, change it; ``rejected`` = keep it as it is."""

    def __init__(
        self,
        suggestion: Suggestion,
        exercise: Exercise,
        language: str,
        explanation: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionDialog")
        self.suggestion = suggestion
        heading_text = {
            "progression": self.tr("A small step up for this week"),
            "after_pain": self.tr("One step back"),
            "this_hurts": self.tr("Lighter next time"),
        }[suggestion.kind]
        self.setWindowTitle(heading_text)
        heading = QLabel(heading_text)
        heading.setObjectName("heading")
        heading.setFont(font(QUESTION_POINTS, QFont.Weight.Bold))
        why = QLabel(explanation)
        why.setObjectName("explanation")
        why.setFont(font(TEXT_POINTS))
        why.setWordWrap(True)

        box = self._make_change_box(suggestion, exercise, language)
        yes_text = self.tr("&Yes, change it")
        no_text = self.tr("&No, keep it as it is")
        self.yes_button = QPushButton(f"{yes_text}   {key_hint('Enter')}")
        self.yes_button.setObjectName("yesButton")
        self.yes_button.setAccessibleName(yes_text.replace("&", ""))
        self.no_button = QPushButton(f"{no_text}   {key_hint('Esc')}")
        self.no_button.setObjectName("noButton")
        self.no_button.setAccessibleName(no_text.replace("&", ""))
        for button in (self.no_button, self.yes_button):
            button.setFont(font(TEXT_POINTS + 1, QFont.Weight.DemiBold))
            button.setMinimumHeight(56)
        self.yes_button.setDefault(True)
        self.no_button.setAutoDefault(False)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(why)
        layout.addWidget(box)
        layout.addLayout(buttons)
        fit_to_screen(self, 760)
        self.yes_button.setFocus()

    def _make_change_box(self, suggestion: Suggestion, exercise: Exercise, language: str) -> QFrame:
        """The exercise, its dose now and the new dose (with how to do a new variant)."""
        box = QFrame()
        box.setObjectName("changeBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        name = QLabel(exercise.name.get(language))
        name.setObjectName("exerciseName")
        name.setFont(font(TEXT_POINTS + 5, QFont.Weight.Bold))
        grid.addWidget(name, 0, 0, 1, 2)
        self.before_label = QLabel(dose_text(suggestion.before, exercise, language))
        self.after_label = QLabel(dose_text(suggestion.after, exercise, language))
        for row, (caption, label) in enumerate(
            ((self.tr("Now:"), self.before_label), (self.tr("New:"), self.after_label)), start=1
        ):
            title = QLabel(caption)
            title.setFont(font(TEXT_POINTS + 1))
            label.setFont(font(TEXT_POINTS + 2, QFont.Weight.Bold if row == 2 else QFont.Weight.Normal))
            label.setWordWrap(True)
            grid.addWidget(title, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        variant = exercise.variant(suggestion.after.variant) if suggestion.after.variant else None
        if suggestion.change == "variant" and variant is not None:
            how = QLabel(variant.description.get(language))
            how.setFont(font(TEXT_POINTS))
            how.setWordWrap(True)
            grid.addWidget(how, 3, 1)
        return box
