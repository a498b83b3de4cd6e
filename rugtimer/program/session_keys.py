"""The line of key hints under the session screen, chosen by the run state.

Space pauses a running session and resumes a paused one: a paused screen whose hint still says "Space
pause" reads as if the key were broken. The rule lives here, without Qt, so it is tested without a window;
the session screen only shows the words.
"""

from __future__ import annotations

from rugtimer.model.words import Phrase, translate
from rugtimer.program.runner import RunState

RUNNING_HINTS = translate(
    "SessionKeys",
    "Space pause · → next exercise · ← repeat set · S skip rest · P this hurts · M mute · Esc stop · F1 help",
)
PAUSED_HINTS = translate(
    "SessionKeys",
    "Space resume · → next exercise · ← repeat set · S skip rest · P this hurts · M mute · Esc stop · F1 help",
)


def session_key_hints(state: RunState) -> Phrase:
    """The hint line for a session in ``state``: while paused, Space resumes; otherwise it pauses."""
    return PAUSED_HINTS if state is RunState.PAUSED else RUNNING_HINTS
