"""How each phase looks: its word and its colour (Okabe–Ito, safe for colour-blind eyes).

Colour is never the only signal: the phase word and the tempo bar's movement say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from rugtimer.program.timeline import Phase

BLACK = "#111111"
WHITE = "#ffffff"


@dataclass(frozen=True)
class PhaseStyle:
    background: str
    foreground: str


STYLES: dict[str, PhaseStyle] = {
    Phase.LEAD_IN: PhaseStyle("#f0e442", BLACK),
    Phase.UP: PhaseStyle("#0072b2", WHITE),
    Phase.HOLD: PhaseStyle("#e69f00", BLACK),
    Phase.DOWN: PhaseStyle("#009e73", BLACK),
    Phase.WORK: PhaseStyle("#0072b2", WHITE),
    Phase.MOVE: PhaseStyle("#009e73", BLACK),
    Phase.REST: PhaseStyle("#56b4e9", BLACK),
    Phase.SWITCH: PhaseStyle("#cc79a7", BLACK),
    "done": PhaseStyle("#2b2b2b", WHITE),
    "paused": PhaseStyle("#5f6368", WHITE),
}


def phase_word(phase: str) -> str:
    """The big word on screen, in the UI language."""
    words = {
        Phase.LEAD_IN: QCoreApplication.translate("Phase", "GET READY"),
        Phase.UP: QCoreApplication.translate("Phase", "UP"),
        Phase.HOLD: QCoreApplication.translate("Phase", "HOLD"),
        Phase.DOWN: QCoreApplication.translate("Phase", "DOWN"),
        Phase.WORK: QCoreApplication.translate("Phase", "KEEP GOING"),
        Phase.MOVE: QCoreApplication.translate("Phase", "MOVE GENTLY"),
        Phase.REST: QCoreApplication.translate("Phase", "REST"),
        Phase.SWITCH: QCoreApplication.translate("Phase", "SWITCH SIDES"),
        "done": QCoreApplication.translate("Phase", "DONE"),
        "paused": QCoreApplication.translate("Phase", "PAUSED"),
    }
    return words[phase]


def side_word(side: str | None) -> str:
    if side == "left":
        return QCoreApplication.translate("Phase", "Left")
    if side == "right":
        return QCoreApplication.translate("Phase", "Right")
    return ""


def colour(value: str) -> QColor:
    return QColor(value)
