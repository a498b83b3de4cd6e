"""Which sound to play for which engine event: the rules behind "you hear where you are without looking".

Keys are the cue player's names ("tone:up", "voice:rep_3"). With spoken cues on, words replace the phase
tones (a tone on top of a word makes the word hard to follow); the 3-2-1 and the final chime stay.
"""

from __future__ import annotations

from collections.abc import Collection

from rugtimer.program.runner import Event, EventKind
from rugtimer.program.timeline import LEFT, RIGHT, Phase, Timeline

MAX_SPOKEN_REP = 12

_PHASE_TONE = {
    Phase.LEAD_IN: "tone:tick",
    Phase.UP: "tone:up",
    Phase.HOLD: "tone:hold",
    Phase.DOWN: "tone:down",
    Phase.WORK: "tone:up",
    Phase.MOVE: "tone:up",
    Phase.REST: "tone:rest",
    Phase.SWITCH: "tone:rest",
}
_PHASE_WORD = {
    Phase.UP: "voice:up",
    Phase.HOLD: "voice:hold",
    Phase.DOWN: "voice:down",
    Phase.WORK: "voice:work",
    Phase.MOVE: "voice:work",
    Phase.REST: "voice:rest",
    Phase.SWITCH: "voice:switch_side",
}


def _starts_rep(timeline: Timeline, index: int) -> bool:
    """True for the first phase of a repetition (per side, for exercises that alternate)."""
    step = timeline.steps[index]
    if step.rep is None or index == 0:
        return step.rep is not None
    before = timeline.steps[index - 1]
    return (before.rep, before.side, before.set_number, before.exercise_index) != (
        step.rep,
        step.side,
        step.set_number,
        step.exercise_index,
    )


def _rep_word(timeline: Timeline, index: int) -> str | None:
    """ "nog één" on the last repetition, else its number; the second side of an alternating pair says "rechts"."""
    step = timeline.steps[index]
    assert step.rep is not None
    before = timeline.steps[index - 1] if index > 0 else None
    if step.side == RIGHT and before is not None and before.rep == step.rep and before.side == LEFT:
        return "voice:right"
    if step.rep == step.reps_total:
        return "voice:last_rep"
    return f"voice:rep_{step.rep}" if step.rep <= MAX_SPOKEN_REP else None


def _step_started(timeline: Timeline, index: int, spoken: bool, known: Collection[str]) -> list[str]:
    step = timeline.steps[index]
    if not spoken:
        return [_PHASE_TONE[step.phase]]
    if step.phase is Phase.LEAD_IN:
        name = f"voice:ex_{step.exercise_id}"
        return [name if name in known else "voice:get_ready"]
    if step.phase is Phase.SWITCH:
        return ["voice:switch_side"]
    if _starts_rep(timeline, index):
        return [_rep_word(timeline, index) or _PHASE_WORD[step.phase]]
    return [_PHASE_WORD[step.phase]]


def cues_for(event: Event, timeline: Timeline, *, spoken: bool, known: Collection[str] = ()) -> list[str]:
    """The cue keys to play for one event, in order (usually one)."""
    kind = event.kind
    if kind is EventKind.STEP_STARTED:
        return _step_started(timeline, event.step_index, spoken, known)
    if kind is EventKind.COUNTDOWN:
        return [f"voice:count_{event.count}" if spoken else "tone:tick"]
    if kind is EventKind.SESSION_COMPLETED:
        return ["tone:final"]
    if kind is EventKind.EXERCISE_COMPLETED and not spoken:
        return ["tone:done"]
    if kind is EventKind.PAUSED and spoken:
        return ["voice:paused"]
    return []
