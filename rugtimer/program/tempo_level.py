"""How full the session's tempo bar is at any moment of a step: the rule, kept apart from the widget that
draws it (``ui/tempo_bar.py``) so the screen's frame pacing and the tests read the same one."""

from __future__ import annotations

from rugtimer.program.timeline import Phase


def bar_level(phase: str, fraction: float) -> float:
    """Fill level 0..1 for a step of ``phase`` that is ``fraction`` done: it rises during "up", stays full
    during "hold", and falls during "down" and every counted-down step."""
    if phase == Phase.UP:
        return fraction
    if phase == Phase.HOLD:
        return 1.0
    return 1.0 - fraction


def bar_moves(phase: str) -> bool:
    """Whether ``bar_level`` changes during a step of ``phase`` (it stays full through a hold)."""
    return phase != Phase.HOLD
