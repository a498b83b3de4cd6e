"""Today's quiet offer, after the first week: "What do you want to be able to do again?" with one button.

A line under Today's header (``TodayView.add_to_header``), never in front of the Start button; it hides itself
once activities are chosen (changing them later is on Progress); the window refreshes it with the week.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from rugtimer.ui.exercise_card import font
from rugtimer.ui.psk_flow import PskFlow


class PskOffer(QFrame):
    def __init__(self, flow: PskFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pskOffer")
        self._flow = flow
        self.text = QLabel(
            self.tr(
                "What do you want to be able to do again? Name 3 to 5 activities your back makes hard; "
                "once a week you score them, beside your pain."
            )
        )
        self.text.setWordWrap(True)
        self.text.setFont(font(13))
        self.button = QPushButton(self.tr("Choose activities…"))
        self.button.setObjectName("pskOfferButton")
        self.button.setFont(font(13, QFont.Weight.DemiBold))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: flow.choose(self.refresh))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        flow.changed.connect(self.refresh)
        self.hide()  # shown by ``refresh`` once it sits in Today (shown now, it would be a window of its own)

    def refresh(self) -> None:
        self.setVisible(not self._flow.context.read_only and self._flow.offer_due())
