"""Turn exercises and their doses into one ordered list of timed steps.

Every step has a planned duration in whole milliseconds; its start is the sum of the durations before it. The
runner schedules boundaries from these sums, so nothing ever depends on counting timer ticks.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from itertools import accumulate

from rugtimer.program.exercises import Exercise, Kind, Sides
from rugtimer.program.plan import Dose

LEFT = "left"
RIGHT = "right"


class Phase(StrEnum):
    """What the person is doing during a step (the word shown big on screen)."""

    LEAD_IN = "lead_in"  # get ready, get into position
    UP = "up"
    HOLD = "hold"
    DOWN = "down"
    WORK = "work"  # a timed set: hold a plank, micro-moves
    MOVE = "move"  # continuous calm movement
    REST = "rest"  # between sets
    SWITCH = "switch"  # switch side


MOVING_PHASES = frozenset({Phase.UP, Phase.HOLD, Phase.DOWN, Phase.WORK, Phase.MOVE})


@dataclass(frozen=True)
class TimelineSettings:
    """Durations the person can change in settings; the defaults suit most people."""

    lead_in_s: int = 5
    rest_s: int = 30
    switch_s: int = 5
    transition_s: int = 10  # get ready for the next exercise (change position, fetch the ball)
    countdown_from: int = 3  # 3-2-1 before the end of holds, rests and lead-ins ...
    countdown_min_s: int = 5  # ... that last at least this long (a 2 s bridge hold gets no ticks)


@dataclass(frozen=True)
class Step:
    """One timed step, with everything the screen needs to say where the person is."""

    phase: Phase
    duration_ms: int
    exercise_index: int
    exercise_id: str
    set_number: int
    sets_total: int
    rep: int | None = None
    reps_total: int | None = None
    side: str | None = None
    ends_block: bool = False  # the last step of a set (for exercises done per side in blocks: of one side)

    @property
    def is_movement(self) -> bool:
        return self.phase in MOVING_PHASES


@dataclass(frozen=True)
class Timeline:
    steps: tuple[Step, ...]
    doses: tuple[Dose, ...]
    settings: TimelineSettings

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError("a timeline needs at least one step")
        if any(step.duration_ms <= 0 for step in self.steps):
            raise ValueError("every step must last longer than 0 ms")

    @cached_property
    def starts_ms(self) -> tuple[int, ...]:
        """Computed once: every snapshot (20 a second in a session) looks the running step up in it."""
        return tuple(accumulate((s.duration_ms for s in self.steps[:-1]), initial=0))

    @cached_property
    def total_ms(self) -> int:
        return sum(step.duration_ms for step in self.steps)

    def step_at(self, position_ms: int) -> int:
        """Index of the step running at ``position_ms`` (the last step at or after the end)."""
        return min(bisect.bisect_right(self.starts_ms, position_ms) - 1, len(self.steps) - 1)

    def exercise_start(self, exercise_index: int) -> int | None:
        return next((i for i, s in enumerate(self.steps) if s.exercise_index == exercise_index), None)

    def block_start(self, index: int) -> int:
        """First step of the set (or side block) that ``index`` belongs to, lead-in excluded."""
        start = index
        while start > 0:
            before = self.steps[start - 1]
            if before.ends_block or before.exercise_index != self.steps[index].exercise_index:
                break
            if before.phase in (Phase.LEAD_IN, Phase.REST, Phase.SWITCH):
                break
            start -= 1
        return start

    def block_end(self, index: int) -> int:
        """Index of the step that ends the block containing ``index``."""
        end = index
        while not self.steps[end].ends_block and end + 1 < len(self.steps):
            end += 1
        return end


def _rep_steps(exercise: Exercise, base: dict, reps: int, side_plan: Sequence[str | None]) -> list[Step]:
    """All up/hold/down steps of one set (or one side block)."""
    assert exercise.tempo is not None
    steps: list[Step] = []
    for rep in range(1, reps + 1):
        for side in side_plan:
            for phase_name, seconds in exercise.tempo.phases():
                steps.append(
                    Step(Phase(phase_name), seconds * 1000, rep=rep, reps_total=reps, side=side, **base)
                )
    return steps


def _block_steps(exercise: Exercise, dose: Dose, base: dict, side: str | None) -> list[Step]:
    dosage = exercise.dosage
    if exercise.kind is Kind.REPS:
        sides: Sequence[str | None] = (LEFT, RIGHT) if dosage.sides is Sides.ALTERNATE else (side,)
        steps = _rep_steps(exercise, base, dose.reps or 1, sides)
    else:
        phase = Phase.MOVE if exercise.kind is Kind.CONTINUOUS else Phase.WORK
        steps = [Step(phase, (dose.seconds or 1) * 1000, side=side, **base)]
    steps[-1] = replace(steps[-1], ends_block=True)
    return steps


def exercise_steps(
    exercise: Exercise, dose: Dose, index: int, settings: TimelineSettings, lead_in_s: int
) -> list[Step]:
    """Lead-in, then each set (per side when done in blocks), with rests between sets."""
    if dose.exercise != exercise.id:
        raise ValueError(f"dose for {dose.exercise} given with exercise {exercise.id}")
    sets_total = 1 if exercise.kind is Kind.CONTINUOUS else dose.sets
    common = {"exercise_index": index, "exercise_id": exercise.id, "sets_total": sets_total}
    blocks_sides: Sequence[str | None] = (LEFT, RIGHT) if exercise.dosage.sides is Sides.BLOCKS else (None,)
    first_side = blocks_sides[0] if exercise.dosage.sides is Sides.BLOCKS else None
    steps: list[Step] = []
    if lead_in_s > 0:
        steps.append(Step(Phase.LEAD_IN, lead_in_s * 1000, set_number=1, side=first_side, **common))
    for set_number in range(1, sets_total + 1):
        base = {**common, "set_number": set_number}
        for side_index, side in enumerate(blocks_sides):
            if side_index > 0 and settings.switch_s > 0:
                steps.append(Step(Phase.SWITCH, settings.switch_s * 1000, side=side, **base))
            steps.extend(_block_steps(exercise, dose, base, side))
        if set_number < sets_total and settings.rest_s > 0:
            steps.append(Step(Phase.REST, settings.rest_s * 1000, **base))
    return steps


def build_timeline(
    items: Sequence[tuple[Exercise, Dose]],
    settings: TimelineSettings | None = None,
) -> Timeline:
    """The whole session: the first exercise starts with the lead-in, later ones with a transition."""
    chosen = settings or TimelineSettings()
    steps: list[Step] = []
    for index, (exercise, dose) in enumerate(items):
        lead_in = chosen.lead_in_s if index == 0 else max(chosen.transition_s, chosen.lead_in_s)
        steps.extend(exercise_steps(exercise, dose, index, chosen, lead_in))
    return Timeline(tuple(steps), tuple(dose for _, dose in items), chosen)
