"""Choosing (or changing) the PSK activities: 3 to 5 in the person's own words (docs/psk.md).

The manual's three conditions are said on screen: the activity matters, the back makes it hard, and it
happens every week (so it can be scored every week). Changing a line ends that activity and starts a new
one: the old one keeps its scores (``PskStore.choose``). Keys: Tab between the lines, Enter saves, Esc
cancels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from rugtimer.model.psk import MAX_ACTIVITIES, MAX_TEXT_CHARS, MIN_ACTIVITIES, selection_problem
from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.exercise_card import font, key_hint


class PskChooseDialog(QDialog):
    """Five lines for the activities; ``texts()`` after Save: the filled-in lines, in order."""

    def __init__(self, current: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pskChooseDialog")
        self.setWindowTitle(self.tr("What you want to do again"))
        self._texts: list[str] = []

        title = QLabel(self.tr("Which activities do you want to do again?"))
        title.setFont(font(20, QFont.Weight.Bold))
        title.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Name 3 to 5 activities that matter to you, that your back makes hard now, and that you do "
                "every week. Once a week RugTimer asks how hard each one was, from 0 (no difficulty) to 10 "
                "(impossible)."
            )
        )
        explain.setFont(font(14))
        explain.setWordWrap(True)
        examples = (
            self.tr("e.g. putting on socks"),
            self.tr("e.g. sitting through a meeting"),
            self.tr("e.g. lifting a child"),
            self.tr("e.g. half an hour of gardening"),
            self.tr("(optional)"),
        )
        self.fields: list[QLineEdit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(explain)
        for index in range(MAX_ACTIVITIES):
            field = QLineEdit(current[index] if index < len(current) else "")
            field.setObjectName(f"pskActivity{index + 1}")
            field.setMaxLength(MAX_TEXT_CHARS)
            field.setPlaceholderText(examples[index])
            field.setFont(font(15))
            field.setAccessibleName(self.tr("Activity %1").replace("%1", str(index + 1)))
            self.fields.append(field)
            layout.addWidget(field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setFont(font(13, QFont.Weight.Bold))
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        note = QLabel(
            self.tr("Changing a line starts that activity afresh; its earlier scores stay in your history.")
        )
        note.setFont(font(12))
        note.setWordWrap(True)
        layout.addWidget(note)

        bar = self._make_buttons()
        layout.addWidget(bar)
        fit_to_screen(self, max(680, self.sizeHint().width()), bar)
        self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_buttons(self) -> QWidget:
        cancel_text, save_text = self.tr("Cancel"), self.tr("Save")
        cancel = QPushButton(f"{cancel_text}   {key_hint('Esc')}")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(f"{save_text}   {key_hint('Enter')}")
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        for button in (cancel, self.save_button):
            button.setFont(font(15))
            button.setMinimumHeight(44)
        row = QHBoxLayout()
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.save_button)
        return button_bar(row)

    def texts(self) -> list[str]:
        return list(self._texts)

    def _save(self) -> None:
        texts = [f.text().strip() for f in self.fields if f.text().strip()]
        problem = selection_problem(texts)
        if problem is not None:
            if len(texts) < MIN_ACTIVITIES:
                message = self.tr("Please name at least 3 activities.")
            elif len({t.casefold() for t in texts}) != len(texts):
                message = self.tr("An activity is listed twice.")
            else:
                message = self.tr("Please name 3 to 5 activities.")
            self.problem.setText(message)
            self.problem.show()
            return
        self._texts = texts
        self.accept()
