""" "This hurts" (P during an exercise): a calm pause with three ways on, and when to call the GP.

The dialog only offers the choices; the caller says which easier variant (if any) fits, and acts on the
answer. Keys: ↑ ↓ or Tab between the choices, Enter picks the focused one, Alt + the underlined letter picks
directly (English: E, S, T; Dutch: M, S, T); Esc means "skip this exercise", and that button says so
("[Esc]"), as the buttons of the other dialogs show their key.
"""

from __future__ import annotations

from enum import Enum
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from rugtimer.program.advice import load_advice
from rugtimer.program.exercises import Exercise, Variant
from rugtimer.ui.dialogs import fit_to_screen
from rugtimer.ui.dialogs.pain_dialog import QUESTION_POINTS, TEXT_POINTS
from rugtimer.ui.exercise_card import font, key_hint


class HurtChoice(Enum):
    EASIER = "easier"  # go on with the easier variant the dialog offered
    SKIP = "skip"  # leave this exercise, go on with the next
    STOP = "stop"  # end the session


def _mnemonic_safe(text: str) -> str:
    """An exercise text inside a button label: a literal "&" must not become a shortcut."""
    return text.replace("&", "&&")


class HurtDialog(QDialog):
    """Sharp pain means stop or make it lighter: offers the easier variant, skipping, or stopping.

    ``easier`` is the variant to offer (None: no easier choice is shown). Closing with Esc counts as SKIP,
    the choice that stops the painful exercise without ending the session.
    """

    def __init__(
        self, exercise: Exercise, easier: Variant | None, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hurtDialog")
        self.setWindowTitle(self.tr("This hurts"))
        self._choice = HurtChoice.SKIP
        name = exercise.name.get(language)

        heading = QLabel(self.tr("Stop for a moment"))
        heading.setObjectName("heading")
        heading.setFont(font(QUESTION_POINTS, QFont.Weight.Bold))
        exercise_line = QLabel(self.tr("Exercise: {name}").format(name=name))
        exercise_line.setObjectName("exercise")
        exercise_line.setFont(font(TEXT_POINTS + 1))
        exercise_line.setTextFormat(Qt.TextFormat.PlainText)
        sharp = self.tr("Sharp or stabbing pain is a sign to stop, or to make the exercise lighter.")
        fine = self.tr("Feeling your muscles work, or a little stiffness, is fine.")
        breathe = self.tr("Breathe calmly and choose how to go on.")
        advice = QLabel(f"{sharp} {fine} {breathe}")
        advice.setObjectName("advice")
        advice.setFont(font(TEXT_POINTS + 2))
        advice.setWordWrap(True)

        self._easier_button: QPushButton | None = None
        if easier is not None:
            variant_name = _mnemonic_safe(easier.name.get(language))
            self._easier_button = self._make_choice(
                self.tr("Continue with the &easier variant: {variant}").format(variant=variant_name),
                HurtChoice.EASIER,
            )
            self._easier_button.setAccessibleDescription(easier.description.get(language))
        self._skip_button = self._make_choice(self.tr("&Skip this exercise"), HurtChoice.SKIP, key="Esc")
        self._stop_button = self._make_choice(self.tr("S&top the session"), HurtChoice.STOP)

        alarm = QLabel(self._alarm_html(language))
        alarm.setTextFormat(Qt.TextFormat.RichText)
        alarm.setObjectName("alarmSignals")
        alarm.setFont(font(TEXT_POINTS - 1))
        alarm.setWordWrap(True)
        alarm.setFrameShape(QFrame.Shape.StyledPanel)
        alarm.setMargin(10)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(exercise_line)
        layout.addWidget(advice)
        layout.addSpacing(6)
        for button in self.choice_buttons():
            layout.addWidget(button)
        layout.addSpacing(6)
        layout.addWidget(alarm)
        fit_to_screen(self, 760)

        first = self._easier_button or self._skip_button
        first.setDefault(True)
        first.setFocus()

    # -- public

    def choice(self) -> HurtChoice:
        """The chosen way on; SKIP until something else is chosen (and after Esc)."""
        return self._choice

    def choice_buttons(self) -> list[QPushButton]:
        buttons = [self._easier_button, self._skip_button, self._stop_button]
        return [b for b in buttons if b is not None]

    def button_for(self, choice: HurtChoice) -> QPushButton | None:
        """The button of ``choice``; None for EASIER when there is no easier variant."""
        if choice is HurtChoice.EASIER:
            return self._easier_button
        return self._skip_button if choice is HurtChoice.SKIP else self._stop_button

    @staticmethod
    def ask(parent: QWidget | None, exercise: Exercise, easier: Variant | None, language: str) -> HurtChoice:
        """Show the dialog modally and return the choice."""
        dialog = HurtDialog(exercise, easier, language, parent)
        try:
            dialog.exec()
            return dialog.choice()
        finally:
            dialog.deleteLater()

    # -- Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """↑ ↓ move between the choices (wrapping), like a list."""
        buttons = self.choice_buttons()
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and focused in buttons:
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            buttons[(buttons.index(focused) + step) % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self._choice = HurtChoice.SKIP
        super().reject()

    # -- internals

    def _alarm_html(self, language: str) -> str:
        """The alarm signals as a short list: the one list in advice.toml, as the welcome, Help, the report
        and ``rugtimer plan`` show it."""
        alarm = load_advice().alarm
        items = "".join(f"<li>{escape(sign.text.get(language))}</li>" for sign in alarm.signs)
        intro, after_hours = alarm.intro.get(language), alarm.after_hours.get(language)
        return f"<b>{escape(intro)}</b><ul style='margin: 0'>{items}</ul>{escape(after_hours)}"

    def _make_choice(self, text: str, choice: HurtChoice, key: str | None = None) -> QPushButton:
        """A big choice button; ``key``: the key that also picks it, shown after the text ("[Esc]")."""
        button = QPushButton(f"{text}   {key_hint(key)}" if key else text)
        button.setObjectName(f"choice_{choice.value}")
        button.setFont(font(TEXT_POINTS + 2, QFont.Weight.DemiBold))
        button.setMinimumHeight(60)
        button.setAutoDefault(True)  # Enter picks the focused choice
        button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
        button.setStyleSheet(
            # The focus border is thicker; the padding shrinks by as much, so the text never gets clipped.
            "QPushButton { text-align: left; padding: 9px 21px; border: 2px solid palette(mid);"
            " border-radius: 10px; background: palette(button); color: palette(button-text); }"
            " QPushButton:hover { border: 2px solid palette(highlight); }"
            " QPushButton:focus { border: 5px solid palette(highlight); padding: 6px 18px; }"
            " QPushButton:pressed { background: palette(mid); }"
        )
        button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        return button

    def _choose(self, choice: HurtChoice) -> None:
        self._choice = choice
        self.accept()
