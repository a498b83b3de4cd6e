"""The session's key line follows the run state: while paused, Space resumes (tested without Qt)."""

from __future__ import annotations

import pytest

from rugtimer.program.runner import RunState
from rugtimer.program.session_keys import session_key_hints


def test_paused_space_resumes() -> None:
    hints = session_key_hints(RunState.PAUSED)
    assert hints.get("en").startswith("Space resume · ")
    assert hints.get("nl").startswith("Spatie verder · ")


@pytest.mark.parametrize("state", [RunState.READY, RunState.RUNNING])
def test_running_space_pauses(state: RunState) -> None:
    hints = session_key_hints(state)
    assert hints.get("en").startswith("Space pause · ")
    assert hints.get("nl").startswith("Spatie pauze · ")


def test_only_what_space_does_changes() -> None:
    """The other keys work the same while paused, so the rest of the line is the same."""
    paused, running = (session_key_hints(s).get("nl") for s in (RunState.PAUSED, RunState.RUNNING))
    assert paused.partition(" · ")[2] == running.partition(" · ")[2]
    assert "Esc stoppen" in paused
