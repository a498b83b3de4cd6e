"""Log a walk or a ride from the mat in a few keys: what, how many minutes, which day.

Keys: digits type the minutes wherever the focus is (outside the date field), Enter saves, Esc cancels.
The underlined letter chooses, with or without Alt: the activity (English W, C, O; Dutch W, F, A) and the
day (English T, Y, E; Dutch V, G, E). A day in the future cannot be chosen.

The dialog only builds the record; the caller stores it (``result_activity()`` after ``accepted``).
Why this file is longer than 400 lines: just, because of the two languages' mnemonic letters and the
digit handling of one small form.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rugtimer.model.limits import MAX_ACTIVITY_MINUTES
from rugtimer.model.records import ACTIVITY_KINDS, Activity, ActivityKind
from rugtimer.ui.dialogs import fit_to_screen
from rugtimer.ui.dialogs.pain_dialog import ENTER_KEYS, TEXT_POINTS
from rugtimer.ui.exercise_card import font, key_hint
from rugtimer.ui.translations import locale_for

PRESETS: Final = (10, 20, 30, 45, 60)
MAX_MINUTES: Final = MAX_ACTIVITY_MINUTES
EARLIEST: Final = date(2000, 1, 1)
DAY_CHOICES: Final = ("today", "yesterday", "earlier")

_TOGGLE_STYLE: Final = (
    # Checked = filled, thick dark border, bold and underlined: not shown by colour alone. Thicker borders
    # take their width from the padding, so the text never gets clipped.
    "QPushButton { border: 2px solid palette(mid); border-radius: 10px; padding: 7px 19px;"
    " background: palette(button); color: palette(button-text); }"
    " QPushButton:hover { border: 2px solid palette(highlight); }"
    " QPushButton:focus { border: 5px solid palette(highlight); padding: 4px 16px; }"
    " QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border: 5px solid palette(window-text); padding: 4px 16px; font-weight: 900;"
    " text-decoration: underline; }"
)


def mnemonic_letter(text: str) -> str | None:
    """The lower-case letter after the single "&" in a button text ("&&" is a literal ampersand)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def plain_text(text: str) -> str:
    """A button text without its "&" marks, for accessible names and summaries."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ActivityDialog(QDialog):
    """Quick entry of walking / cycling minutes; ``result_activity()`` is the record once saved.

    Starts on walking, no minutes yet (Save waits for a number) and today. ``today`` is the local date the
    caller sees; the date field never goes past it.
    """

    def __init__(self, today: date, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("Walk or ride"))
        self._today = today
        self._locale = locale_for(language)
        self._activity: Activity | None = None
        self._letters: dict[str, QPushButton] = {}

        self._kind_group = QButtonGroup(self)
        self._kind_buttons: dict[ActivityKind, QPushButton] = {}
        kinds = self._make_kinds()
        self._preset_buttons: dict[int, QPushButton] = {}
        self._minutes = self._make_minutes_box()
        minutes = self._make_minutes_row()
        self._day_group = QButtonGroup(self)
        self._day_buttons: dict[str, QPushButton] = {}
        self._date_edit = self._make_date_edit()
        days = self._make_days()

        self._summary = QLabel()
        self._summary.setObjectName("summary")
        self._summary.setFont(font(TEXT_POINTS + 2, QFont.Weight.Bold))
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._cancel_button = self._make_button(self.tr("Cancel"), "Esc", "cancelButton")
        self._cancel_button.setAccessibleDescription(self.tr("Close without saving"))
        self._cancel_button.setAutoDefault(True)  # Enter on a focused Cancel cancels, as it says
        self._cancel_button.clicked.connect(self.reject)
        self._save_button = self._make_button(self.tr("Save"), "Enter", "saveButton")
        self._save_button.setFont(font(TEXT_POINTS + 1, QFont.Weight.Bold))
        self._save_button.setDefault(True)
        self._save_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(self._question(self.tr("What did you do?")))
        layout.addLayout(kinds)
        layout.addSpacing(8)
        layout.addWidget(self._question(self.tr("How many minutes?")))
        layout.addLayout(minutes)
        layout.addSpacing(8)
        layout.addWidget(self._question(self.tr("Which day?")))
        layout.addLayout(days)
        layout.addSpacing(10)
        layout.addWidget(self._summary)
        layout.addSpacing(4)
        layout.addLayout(self._make_button_row())

        self._kind_buttons["walking"].setChecked(True)
        self._show_day()
        self._refresh()
        fit_to_screen(self, self.sizeHint().width())
        self._minutes.setFocus()

    # -- public

    def result_activity(self) -> Activity | None:
        """The record to store once saved (the same object every call, so a retry never doubles it);
        None while open or after Cancel."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        return self._activity

    def kind(self) -> ActivityKind:
        return next(kind for kind, button in self._kind_buttons.items() if button.isChecked())

    def minutes(self) -> int:
        """0 while no number is chosen."""
        return self._minutes.value()

    def day(self) -> date:
        chosen = self._date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_kind(self, kind: ActivityKind) -> None:
        self._kind_buttons[kind].setChecked(True)
        self._refresh()

    def set_minutes(self, minutes: int) -> None:
        self._minutes.setValue(minutes)

    def set_day(self, day: date) -> None:
        """Choose ``day`` (a day after today is held at today)."""
        self._date_edit.setDate(QDate(day.year, day.month, day.day))

    def kind_button(self, kind: ActivityKind) -> QPushButton:
        return self._kind_buttons[kind]

    def preset_button(self, minutes: int) -> QPushButton:
        return self._preset_buttons[minutes]

    def day_button(self, choice: str) -> QPushButton:
        """``choice`` is "today", "yesterday" or "earlier"."""
        return self._day_buttons[choice]

    @property
    def minutes_box(self) -> QSpinBox:
        return self._minutes

    @property
    def date_edit(self) -> QDateEdit:
        return self._date_edit

    @property
    def save_button(self) -> QPushButton:
        return self._save_button

    @property
    def cancel_button(self) -> QPushButton:
        return self._cancel_button

    # -- QDialog

    def accept(self) -> None:
        """Saves only with minutes filled in; otherwise the focus goes to the minutes."""
        if self.minutes() < 1:
            self._minutes.setFocus(Qt.FocusReason.OtherFocusReason)
            self._minutes.selectAll()
            return
        day, kind, minutes = min(self.day(), self._today), self.kind(), self.minutes()
        current = self._activity
        if current is None or (current.date, current.kind, current.minutes) != (day, kind, minutes):
            self._activity = Activity(date=day, kind=kind, minutes=minutes)
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            return
        if event.key() in ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.accept()  # Enter saves wherever the focus is (a focused Cancel handles its own Enter)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self._minutes, self._date_edit):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if self._letter(key_event):
                return True
            if watched is self._minutes and _digit(key_event) is not None and self._minutes.value() == 0:
                self._minutes.selectAll()  # the first digit replaces the "–" placeholder
        return super().eventFilter(watched, event)

    # -- keys

    def _handle_key(self, event: QKeyEvent) -> bool:
        """Letters choose (see the module docstring); a digit outside the minutes field starts the minutes."""
        if self._letter(event):
            return True
        if _digit(event) is not None and self.focusWidget() is not self._date_edit:
            self._minutes.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._minutes.selectAll()
            copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(self._minutes, copy)
            return True
        return False

    def _letter(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
            return False
        button = self._letters.get(event.text().lower()) if len(event.text()) == 1 else None
        if button is None:
            return False
        button.click()
        return True

    # -- building

    @staticmethod
    def _question(text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(font(TEXT_POINTS + 3, QFont.Weight.DemiBold))
        label.setWordWrap(True)
        return label

    def _toggle(self, text: str, name: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter saves the dialog, it does not press the focused choice
        button.setFont(font(TEXT_POINTS + 3, QFont.Weight.DemiBold))
        button.setMinimumHeight(60)
        button.setStyleSheet(_TOGGLE_STYLE)
        button.setAccessibleName(plain_text(text))
        button.setAccessibleDescription(description)
        letter = mnemonic_letter(text)
        if letter is not None:
            self._letters.setdefault(letter, button)
        return button

    def _kind_text(self, kind: ActivityKind) -> str:
        if kind == "walking":
            return self.tr("&Walking")
        if kind == "cycling":
            return self.tr("&Cycling")
        return self.tr("&Other")

    def _make_kinds(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        description = self.tr("What you did")
        for kind in ACTIVITY_KINDS:
            button = self._toggle(self._kind_text(kind), f"kind_{kind}", description)
            button.setMinimumWidth(170)
            button.clicked.connect(self._refresh)
            self._kind_group.addButton(button)
            self._kind_buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _make_minutes_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName("minutes")
        box.setRange(0, MAX_MINUTES)
        box.setSpecialValueText("–")  # 0 = not chosen yet
        box.setSuffix(self.tr(" min"))
        box.setFont(font(TEXT_POINTS + 7, QFont.Weight.Bold))
        box.setMinimumHeight(60)
        widest = QFontMetrics(box.font()).horizontalAdvance(f"{MAX_MINUTES}{box.suffix()}")
        box.setMinimumWidth(max(170, widest + 40))  # room for "600 min" at any text size
        # Not a fixed height: in a row, Qt caps every button's height at this box's, and the preset digits
        # grow taller than 60 px at large text sizes.
        box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Preferred)
        box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # tiny arrows; presets and ↑ ↓ do it
        box.setSingleStep(5)
        box.setAccessibleName(self.tr("Minutes"))
        box.setAccessibleDescription(self.tr("Type any number of minutes, from 1 to 600"))
        box.installEventFilter(self)
        box.valueChanged.connect(self._refresh)
        return box

    def _make_minutes_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        for minutes in PRESETS:
            button = QPushButton(str(minutes))
            button.setObjectName(f"preset_{minutes}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFont(font(TEXT_POINTS + 7, QFont.Weight.Bold))
            button.setMinimumSize(84, 60)
            button.setStyleSheet(_TOGGLE_STYLE)
            button.setAccessibleName(self.tr("{minutes} minutes").format(minutes=minutes))
            button.clicked.connect(lambda _checked=False, m=minutes: self._minutes.setValue(m))
            self._preset_buttons[minutes] = button
            row.addWidget(button)
        row.addSpacing(8)
        row.addWidget(self._minutes)
        row.addStretch(1)
        return row

    def _make_date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName("day")
        edit.setLocale(self._locale)
        edit.setDisplayFormat("ddd d MMM yyyy")  # "wo 25 nov. 2026" / "Wed 25 Nov 2026": the weekday helps
        edit.setCalendarPopup(True)
        edit.setDateRange(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day), _qdate(self._today))
        edit.setDate(_qdate(self._today))
        edit.setFont(font(TEXT_POINTS + 3))
        edit.setMinimumHeight(60)
        # Not fixed either (see the minutes box): a fixed 60 px box capped the day buttons beside it.
        edit.setSizePolicy(edit.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Preferred)
        edit.setAccessibleName(self.tr("Day"))
        edit.setAccessibleDescription(self.tr("The day of the walk or ride; not later than today"))
        edit.installEventFilter(self)
        edit.dateChanged.connect(self._show_day)
        return edit

    def _make_days(self) -> QHBoxLayout:
        texts = {
            "today": self.tr("&Today"),
            "yesterday": self.tr("&Yesterday"),
            "earlier": self.tr("&Earlier day"),
        }
        description = self.tr("Which day")
        row = QHBoxLayout()
        row.setSpacing(12)
        for choice in DAY_CHOICES:
            button = self._toggle(texts[choice], f"day_{choice}", description)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose_day(c))
            self._day_group.addButton(button)
            self._day_buttons[choice] = button
            row.addWidget(button)
        row.addWidget(self._date_edit)
        row.addStretch(1)
        return row

    def _make_button(self, text: str, key: str, name: str) -> QPushButton:
        button = QPushButton(f"{text}   {key_hint(key)}")
        button.setObjectName(name)
        button.setFont(font(TEXT_POINTS + 1))
        button.setMinimumHeight(52)
        button.setAccessibleName(text)
        return button

    def _make_button_row(self) -> QVBoxLayout:
        hint = QLabel(self.tr("Type the minutes and press Enter. The underlined letters choose too."))
        hint.setObjectName("hint")
        hint.setFont(font(TEXT_POINTS - 1))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self._cancel_button)
        buttons.addWidget(self._save_button)
        # The hint on a line of its own: beside the buttons, a wrapped text gets its height wrong at large
        # text sizes, and the rows above it were squeezed for it.
        row = QVBoxLayout()
        row.setSpacing(8)
        row.addWidget(hint)
        row.addLayout(buttons)
        return row

    # -- behaviour

    def _choose_day(self, choice: str) -> None:
        if choice == "today":
            self.set_day(self._today)
        elif choice == "yesterday":
            self.set_day(self._today - timedelta(days=1))
        else:
            if self.day() >= self._today - timedelta(days=1):
                self.set_day(self._today - timedelta(days=2))
            self._date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._show_day()

    def _show_day(self) -> None:
        """The day buttons follow the date field, the one place the chosen day is kept."""
        day = self.day()
        if day == self._today:
            choice = "today"
        elif day == self._today - timedelta(days=1):
            choice = "yesterday"
        else:
            choice = "earlier"
        self._day_buttons[choice].setChecked(True)
        self._refresh()

    def _refresh(self) -> None:
        minutes = self.minutes()
        for value, button in self._preset_buttons.items():
            button.setChecked(value == minutes)
        if not self._kind_buttons or not self._kind_group.checkedButton():
            return
        when = self._locale.toString(_qdate(self.day()), "dddd d MMMM")
        what = plain_text(self._kind_text(self.kind()))
        if minutes < 1:
            text = self.tr("{what} on {day}: choose the minutes").format(what=what, day=when)
        else:
            text = self.tr("{what}, {minutes} min, on {day}").format(what=what, minutes=minutes, day=when)
        self._summary.setText(text)
        self._save_button.setEnabled(minutes >= 1)
        self._save_button.setAccessibleDescription(text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _digit(event: QKeyEvent) -> int | None:
    text = event.text()
    if len(text) == 1 and text.isdigit() and text.isascii():
        return int(text)
    return None
