"""The session state machine: given ``now()``, where are we, how long is left, and which events became due.

Exact by construction: the position in the planned timeline is ``anchor_position + (now - anchor_time)`` on the
monotonic clock (integer nanoseconds), and the anchor only moves when the person pauses, resumes, skips or
repeats. A late tick fires every event it passed, exactly once and in order; nothing fires early.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from rugtimer.program.timeline import Phase, Step, Timeline

NS_PER_MS = 1_000_000
NS_PER_S = 1_000_000_000

Clock = Callable[[], int]
"""Returns nanoseconds; ``time.monotonic_ns`` in the app, a fake in tests."""


class EventKind(StrEnum):
    STEP_STARTED = "step_started"
    COUNTDOWN = "countdown"  # 3-2-1 before the end of a hold, rest or lead-in
    STEP_ENDED = "step_ended"
    SET_COMPLETED = "set_completed"
    EXERCISE_COMPLETED = "exercise_completed"
    SESSION_COMPLETED = "session_completed"
    EXERCISE_SKIPPED = "exercise_skipped"
    SET_REPEATED = "set_repeated"
    PAUSED = "paused"
    RESUMED = "resumed"
    SUSPENDED = "suspended"  # the computer slept; the session paused itself and credited no time
    STOPPED = "stopped"


class _Order(IntEnum):
    """Order of the events that share one instant: endings before the next beginning."""

    COUNTDOWN = 0
    STEP_ENDED = 1
    SET_COMPLETED = 2
    EXERCISE_COMPLETED = 3
    SESSION_COMPLETED = 4
    STEP_STARTED = 5


@dataclass(frozen=True)
class SetDone:
    """What a completed set did; handed to the history store the moment it completes."""

    exercise_id: str
    set_number: int
    side: str | None
    reps: int | None
    seconds: float


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at_ms: int  # position in the planned timeline
    step_index: int
    count: int | None = None  # COUNTDOWN: 3, 2, 1
    set_done: SetDone | None = None


class RunState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Snapshot:
    """What the screen shows at one instant."""

    state: RunState
    step_index: int
    step: Step
    position_ms: float
    elapsed_in_step_ms: float
    left_in_step_ms: float

    @property
    def fraction(self) -> float:
        """How far through the step, 0..1 (drives the tempo bar)."""
        return min(1.0, max(0.0, self.elapsed_in_step_ms / self.step.duration_ms))

    @property
    def seconds_left(self) -> int:
        """Whole seconds left, rounded up: shows 3, 2, 1 and never 0 while the step runs."""
        return max(0, -(-int(self.left_in_step_ms) // 1000))

    @property
    def ms_until_seconds_change(self) -> float:
        """How long until ``seconds_left`` shows the next lower number (half a millisecond past that instant:
        it drops once fewer than (n - 1) s + 1 ms are left)."""
        return self.left_in_step_ms - (self.seconds_left - 1) * 1000 - 0.5


def _set_done(timeline: Timeline, end_index: int) -> SetDone:
    start = timeline.block_start(end_index)
    block = timeline.steps[start : end_index + 1]
    step = timeline.steps[end_index]
    seconds = sum(s.duration_ms for s in block) / 1000
    sides = {s.side for s in block}
    side = step.side if len(sides) == 1 else None  # a set that alternates left and right covers both: no side
    return SetDone(step.exercise_id, step.set_number, side, step.reps_total, seconds)


def schedule(timeline: Timeline) -> list[tuple[int, int, Event]]:
    """Every planned event, sorted by (position, order)."""
    settings = timeline.settings
    events: list[tuple[int, int, Event]] = []
    steps = timeline.steps
    for index, (step, start) in enumerate(zip(steps, timeline.starts_ms, strict=True)):
        end = start + step.duration_ms
        events.append((start, _Order.STEP_STARTED, Event(EventKind.STEP_STARTED, start, index)))
        counts = step.phase in (Phase.LEAD_IN, Phase.HOLD, Phase.WORK, Phase.MOVE, Phase.REST, Phase.SWITCH)
        if counts and step.duration_ms >= settings.countdown_min_s * 1000:
            for count in range(settings.countdown_from, 0, -1):
                events.append(
                    (
                        end - count * 1000,
                        _Order.COUNTDOWN,
                        Event(EventKind.COUNTDOWN, end - count * 1000, index, count),
                    )
                )
        events.append((end, _Order.STEP_ENDED, Event(EventKind.STEP_ENDED, end, index)))
        if step.ends_block:
            done = _set_done(timeline, index)
            events.append(
                (end, _Order.SET_COMPLETED, Event(EventKind.SET_COMPLETED, end, index, set_done=done))
            )
        is_last_of_exercise = (
            index + 1 == len(steps) or steps[index + 1].exercise_index != step.exercise_index
        )
        if is_last_of_exercise:
            events.append((end, _Order.EXERCISE_COMPLETED, Event(EventKind.EXERCISE_COMPLETED, end, index)))
    last = len(steps) - 1
    events.append(
        (
            timeline.total_ms,
            _Order.SESSION_COMPLETED,
            Event(EventKind.SESSION_COMPLETED, timeline.total_ms, last),
        )
    )
    events.sort(key=lambda item: (item[0], item[1]))
    return events


class SessionRunner:
    """Drives one timeline from an injected monotonic clock; the UI asks it, it never asks the UI."""

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock = time.monotonic_ns,
        wall_clock: Clock | None = None,
        suspend_threshold_s: float = 5.0,
    ) -> None:
        self.timeline = timeline
        self._clock = clock
        self._wall_clock = wall_clock
        self._suspend_threshold_ns = int(suspend_threshold_s * NS_PER_S)
        self._events = schedule(timeline)
        self._keys = [(at, order) for at, order, _ in self._events]
        self._next = 0  # index of the first event not yet fired
        self._anchor_time = 0
        self._anchor_position_ns = 0
        self._state = RunState.READY
        self._last_poll: tuple[int, int] | None = None  # (monotonic, wall) of the last poll, for suspend

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def state(self) -> RunState:
        return self._state

    @property
    def finished(self) -> bool:
        return self._state in (RunState.COMPLETED, RunState.STOPPED)

    def _position_ns(self, now: int) -> int:
        if self._state is RunState.RUNNING:
            return self._anchor_position_ns + (now - self._anchor_time)
        return self._anchor_position_ns

    def snapshot(self) -> Snapshot:
        position_ns = min(self._position_ns(self._clock()), self.timeline.total_ms * NS_PER_MS)
        position_ms = position_ns / NS_PER_MS
        index = self.timeline.step_at(int(position_ms))
        step = self.timeline.steps[index]
        start = self.timeline.starts_ms[index]
        elapsed = position_ms - start
        return Snapshot(self._state, index, step, position_ms, elapsed, step.duration_ms - elapsed)

    def next_due_ns(self) -> int | None:
        """Nanoseconds until the next planned event (0 if one is due now); None when paused or finished."""
        if self._state is not RunState.RUNNING or self._next >= len(self._events):
            return None
        now = self._clock()
        due_at = self._anchor_time + (self._events[self._next][0] * NS_PER_MS - self._anchor_position_ns)
        return max(0, due_at - now)

    def upcoming(self) -> tuple[int, list[Event]] | None:
        """(clock time in ns, events) of the next planned instant, without firing anything: lets a sound be
        placed in an output stream ahead of its beat. None when paused or finished."""
        if self._state is not RunState.RUNNING or self._next >= len(self._events):
            return None
        at = self._events[self._next][0]
        end = bisect.bisect_left(self._keys, (at + 1, 0), lo=self._next)
        due_at = self._anchor_time + (at * NS_PER_MS - self._anchor_position_ns)
        return due_at, [item[2] for item in self._events[self._next : end]]

    # -- driving ---------------------------------------------------------------------------------------

    def start(self) -> list[Event]:
        if self._state is not RunState.READY:
            return []
        self._anchor_time = self._clock()
        self._anchor_position_ns = 0
        self._state = RunState.RUNNING
        return self.poll()

    def poll(self) -> list[Event]:
        """All events that became due since the last poll, in order (none while paused)."""
        if self._state is not RunState.RUNNING:
            return []
        now = self._clock()
        suspended = self._detect_suspend(now)
        if suspended is not None:
            return suspended
        fired = self._fire_until(self._position_ns(now))
        if fired and fired[-1].kind is EventKind.SESSION_COMPLETED:
            self._anchor_position_ns = self.timeline.total_ms * NS_PER_MS
            self._state = RunState.COMPLETED
        return fired

    def _detect_suspend(self, now: int) -> list[Event] | None:
        """Linux's monotonic clock stops during suspend; the wall clock does not. Pause, credit no time."""
        if self._wall_clock is None:
            return None
        wall = self._wall_clock()
        last = self._last_poll
        self._last_poll = (now, wall)
        if last is None or (wall - last[1]) - (now - last[0]) <= self._suspend_threshold_ns:
            return None
        position_ns = self._position_ns(last[0])
        fired = self._fire_until(position_ns)
        self._anchor_position_ns = position_ns
        self._state = RunState.PAUSED
        return [
            *fired,
            Event(
                EventKind.SUSPENDED, position_ns // NS_PER_MS, self.timeline.step_at(position_ns // NS_PER_MS)
            ),
        ]

    def _fire_until(self, position_ns: int) -> list[Event]:
        fired: list[Event] = []
        while self._next < len(self._events) and self._events[self._next][0] * NS_PER_MS <= position_ns:
            fired.append(self._events[self._next][2])
            self._next += 1
        return fired

    def pause(self) -> list[Event]:
        if self._state is not RunState.RUNNING:
            return []
        fired = self.poll()
        if self._state is not RunState.RUNNING:
            return fired
        self._anchor_position_ns = self._position_ns(self._clock())
        self._state = RunState.PAUSED
        return [*fired, self._marker(EventKind.PAUSED)]

    def resume(self) -> list[Event]:
        if self._state is not RunState.PAUSED:
            return []
        self._anchor_time = self._clock()
        self._state = RunState.RUNNING
        self._last_poll = None
        return [self._marker(EventKind.RESUMED), *self.poll()]

    def toggle_pause(self) -> list[Event]:
        """Space: start, pause or resume, whichever applies."""
        if self._state is RunState.READY:
            return self.start()
        return self.pause() if self._state is RunState.RUNNING else self.resume()

    def stop(self) -> list[Event]:
        if self.finished:
            return []
        fired = self.poll() if self._state is RunState.RUNNING else []
        if self.finished:
            return fired
        self._anchor_position_ns = self._position_ns(self._clock())
        self._state = RunState.STOPPED
        return [*fired, self._marker(EventKind.STOPPED)]

    def skip_step(self) -> list[Event]:
        """Finish the current step now, as if its time were up (S skips a rest or a lead-in)."""
        fired = self._catch_up()
        if fired is None:
            return []
        index = self.snapshot().step_index
        end = self.timeline.starts_ms[index] + self.timeline.steps[index].duration_ms
        return fired + self._jump(end, _Order.STEP_ENDED, [])

    def skip_rest(self) -> list[Event]:
        """S: end a rest, a lead-in or a side switch early; does nothing during an exercise step."""
        if self.finished or self._state is RunState.READY:
            return []
        if self.snapshot().step.phase not in (Phase.REST, Phase.LEAD_IN, Phase.SWITCH):
            return []
        return self.skip_step()

    def next_exercise(self) -> list[Event]:
        """Leave the current exercise (its unfinished set is not recorded) and go to the next one."""
        fired = self._catch_up()
        if fired is None:
            return []
        index = self.snapshot().step_index
        current = self.timeline.steps[index].exercise_index
        skipped = self._marker(EventKind.EXERCISE_SKIPPED)
        target = self.timeline.exercise_start(current + 1)
        if target is None:
            return fired + self._jump(self.timeline.total_ms, _Order.SESSION_COMPLETED, [skipped])
        return fired + self._jump(self.timeline.starts_ms[target], _Order.STEP_STARTED, [skipped])

    def repeat_set(self) -> list[Event]:
        """Do the current set again from its first repetition; during a rest, the set just finished."""
        fired = self._catch_up()
        if fired is None:
            return []
        index = self.snapshot().step_index
        step = self.timeline.steps[index]
        if step.phase in (Phase.REST, Phase.SWITCH) and index > 0:
            target = self.timeline.block_start(index - 1)
        elif step.phase is Phase.LEAD_IN:
            target = index
        else:
            target = self.timeline.block_start(index)
        return fired + self._jump(
            self.timeline.starts_ms[target], _Order.STEP_STARTED, [self._marker(EventKind.SET_REPEATED)]
        )

    # -- internals -------------------------------------------------------------------------------------

    def _catch_up(self) -> list[Event] | None:
        """Fire what is already due before a jump; None when the session cannot jump (not started / over)."""
        if self._state in (RunState.READY, RunState.COMPLETED, RunState.STOPPED):
            return None
        fired = self.poll()
        return None if self.finished and not fired else fired

    def _jump(self, target_ms: int, first_order: _Order, markers: list[Event]) -> list[Event]:
        """Move the position to ``target_ms``; events before (target, first_order) will not fire."""
        if self.finished:
            return []
        self._next = bisect.bisect_left(self._keys, (target_ms, first_order))
        self._anchor_position_ns = target_ms * NS_PER_MS
        self._anchor_time = self._clock()
        return markers + self.poll()

    def _marker(self, kind: EventKind) -> Event:
        position_ms = self._position_ns(self._clock()) // NS_PER_MS
        return Event(kind, position_ms, self.timeline.step_at(min(position_ms, self.timeline.total_ms)))
