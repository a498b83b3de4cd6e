"""How each phase looks: its word and its colours (per theme; Okabe–Ito hues, safe for colour-blind eyes).

Colour is never the only signal: the phase word and the tempo bar's movement say the same thing. The colours
live in ``rugtimer.theme_data`` (checked there for contrast); this module picks the ones of the theme showing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from rugtimer.program.timeline import Phase
from rugtimer.theme_data import LIGHT, THEMES
from rugtimer.theme_data import PhaseColours as PhaseStyle
from rugtimer.ui.theme import current_theme

__all__ = ["STYLES", "PhaseStyle", "colour", "phase_colours", "phase_word", "side_word"]

STYLES: dict[str, PhaseStyle] = dict(THEMES[LIGHT].phases)
"""The light theme's phase colours (what the other themes are recognised against)."""


def phase_colours(key: str) -> PhaseStyle:
    """Background and foreground of a phase ("done" and "paused" too) in the theme showing now."""
    return current_theme().phases[str(key)]


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
