"""The after-pain check: how did the back respond in the 24 hours after the last session?

Three answers (the source's after-pain rule) and today's pain 0–10. Keys: 1 2 3 (or ↑ ↓ and Enter) pick the
answer, then type the pain digits and Enter; Esc means "ask me later". The dialog only asks; the caller
stores the answer and acts on it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rugtimer.model.records import NextDayResponse
from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.dialogs.pain_dialog import ENTER_KEYS, QUESTION_POINTS, TEXT_POINTS, PainScale
from rugtimer.ui.exercise_card import font, key_hint
from rugtimer.ui.translations import locale_for

RESPONSES: tuple[NextDayResponse, ...] = ("better_or_same", "stiff_gone_within_day", "worse_over_24h")

_CHOICE_STYLE = (
    "QPushButton { text-align: left; padding: 9px 21px; border: 2px solid palette(mid);"
    " border-radius: 10px; background: palette(button); color: palette(button-text); }"
    " QPushButton:hover { border: 2px solid palette(highlight); }"
    " QPushButton:focus { border: 5px solid palette(highlight); padding: 6px 18px; }"
    " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 5px solid palette(window-text); padding: 6px 18px; }"
)


class NextDayDialog(QDialog):
    """Asks about the session of ``session_day``; ``response()`` and ``pain()`` once accepted."""

    def __init__(self, session_day: date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextDayDialog")
        self.setWindowTitle(self.tr("How did your back respond?"))
        locale = locale_for(language)
        when = locale.toString(QDate(session_day.year, session_day.month, session_day.day), "dddd d MMMM")

        heading = QLabel(
            self.tr("How did your back respond in the 24 hours after your session of {day}?").format(day=when)
        )
        heading.setObjectName("heading")
        heading.setFont(font(QUESTION_POINTS - 2, QFont.Weight.Bold))
        heading.setWordWrap(True)
        rule = QLabel(
            self.tr(
                "A little stiffness until the next day is fine. Worse for more than a day means one step back."
            )
        )
        rule.setFont(font(TEXT_POINTS))
        rule.setWordWrap(True)

        texts = (
            self.tr("&1  Better, or the same"),
            self.tr("&2  Stiffer, but it was gone within a day"),
            self.tr("&3  Worse, for more than 24 hours"),
        )
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        for index, text in enumerate(texts):
            button = QPushButton(text)
            button.setObjectName(f"response_{RESPONSES[index]}")
            button.setCheckable(True)
            button.setFont(font(TEXT_POINTS + 2, QFont.Weight.DemiBold))
            button.setMinimumHeight(56)
            button.setAutoDefault(False)
            button.setStyleSheet(_CHOICE_STYLE)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _checked=False, i=index: self._pick(i))
            self._group.addButton(button, index)
            self._buttons.append(button)

        pain_question = QLabel(self.tr("And how much pain do you have now?"))
        pain_question.setFont(font(TEXT_POINTS + 2, QFont.Weight.Bold))
        self._scale = PainScale()
        self._scale.value_changed.connect(lambda _value: self._update_save())
        self._scale.value_chosen.connect(lambda _value: self._save_if_complete())

        buttons = button_bar(self._make_buttons())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(rule)
        for button in self._buttons:
            layout.addWidget(button)
        layout.addSpacing(8)
        layout.addWidget(pain_question)
        layout.addWidget(self._scale)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self._update_save()
        fit_to_screen(self, 900, buttons)
        self._buttons[0].setFocus()

    def _make_buttons(self) -> QHBoxLayout:
        save_text, later_text = self.tr("Save"), self.tr("Ask me later")
        self._save = QPushButton(f"{save_text}   {key_hint('Enter')}")
        self._save.setObjectName("saveButton")
        self._save.setFont(font(TEXT_POINTS + 1, QFont.Weight.Bold))
        self._save.setMinimumHeight(52)
        self._save.setAccessibleName(save_text)
        self._save.clicked.connect(self._save_if_complete)
        later = QPushButton(f"{later_text}   {key_hint('Esc')}")
        later.setObjectName("laterButton")
        later.setFont(font(TEXT_POINTS))
        later.setMinimumHeight(52)
        later.setAutoDefault(False)
        later.setAccessibleName(later_text)
        later.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(later)
        row.addStretch(1)
        row.addWidget(self._save)
        return row

    # -- public

    def response(self) -> NextDayResponse | None:
        index = self._group.checkedId()
        return RESPONSES[index] if index >= 0 else None

    def pain(self) -> int | None:
        return self._scale.value()

    def response_button(self, response: NextDayResponse) -> QPushButton:
        return self._buttons[RESPONSES.index(response)]

    @property
    def scale(self) -> PainScale:
        return self._scale

    @property
    def save_button(self) -> QPushButton:
        return self._save

    # -- Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1 2 3 pick an answer while the focus is on the answers (digits in the scale are pain scores)."""
        focused = self.focusWidget()
        in_answers = focused in self._buttons
        if in_answers and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_3:
            self._pick(event.key() - Qt.Key.Key_1)
            return
        if in_answers and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self._buttons[(self._buttons.index(focused) + step) % 3].setFocus(Qt.FocusReason.TabFocusReason)
            return
        if in_answers and event.key() in ENTER_KEYS:
            self._pick(self._buttons.index(focused))
            return
        if event.key() in ENTER_KEYS:
            self._save_if_complete()
            return
        super().keyPressEvent(event)

    # -- internals

    def _pick(self, index: int) -> None:
        self._buttons[index].setChecked(True)
        self._update_save()
        self._scale.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_save(self) -> None:
        complete = self.response() is not None and self.pain() is not None
        self._save.setEnabled(complete)
        self._save.setDefault(complete)

    def _save_if_complete(self) -> None:
        if self.response() is None:
            self._buttons[0].setFocus()
            return
        if self.pain() is None:
            self._scale.setFocus()
            return
        self.accept()
