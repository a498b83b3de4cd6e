"""Drive the Qt-free runner from Qt: one precise single-shot timer re-armed for the next boundary.

Boundaries come from the runner (monotonic clock + planned durations), never from counting ticks. A second
timer (20 fps) only animates the seconds, the tempo bar and the figure, and runs only while the session runs.

With a player that places cues in a stream (``play_at``, see ``ui.cue_stream``), a third timer hands over the
cues of the next boundary ``PLACE_AHEAD_NS`` before it, with the boundary's own monotonic time, so the sound
lands on the sample of the beat whatever the event loop's lateness; every pause, skip, repeat or stop first
lets what is due sound, then cancels what was placed and not yet heard. Other players (the tests' recording
fake) get ``play(key)`` at the boundary, as before.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rugtimer.app.session_recorder import SessionRecorder
from rugtimer.program.cueing import cues_for
from rugtimer.program.runner import (
    NS_PER_MS,
    Clock,
    Event,
    EventKind,
    RunState,
    SessionRunner,
    Snapshot,
    schedule,
)
from rugtimer.program.timeline import Timeline
from rugtimer.ui.cues import CuePlayer

FRAME_MS = 50  # 20 fps: smooth for a 2 s phase; on Xvfb 2.62 % of a core against 4.13 at 30 fps
LONGEST_FRAME_MS = 1000  # a screen that stands still is still redrawn when its seconds change
SPIN_NS = 1_500_000  # the longest wait in _on_boundary: under the 1 ms of rounding plus wake-up jitter
RETRY_MS = 5000
STREAM_START_MS = 250  # a new output stream plays within ~30 ms; its offset is measured over the rest
PLACE_AHEAD_NS = 300 * NS_PER_MS  # well past the stream's 60 ms write-ahead and a slow event-loop turn


class SessionController(QObject):
    """Owns one session run: the runner, its timers, the cues and the recording of completed sets."""

    changed = Signal()  # the step or the run state changed
    frame = Signal()  # time to redraw the seconds and the bar
    finished = Signal(str)  # "completed" or "stopped"
    storage_problem = Signal(str)  # a set could not be saved yet (kept and retried); "" when solved
    events_fired = Signal(list)  # every batch of engine events, for whoever wants them (tests, logs)

    def __init__(
        self,
        timeline: Timeline,
        cues: CuePlayer,
        recorder: SessionRecorder | None,
        *,
        spoken: bool = True,
        known_cues: frozenset[str] = frozenset(),
        clock: Clock = time.monotonic_ns,
        wall_clock: Clock | None = time.time_ns,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.runner = SessionRunner(timeline, clock, wall_clock)
        self._clock = clock
        self.cues = cues
        self.recorder = recorder
        self.spoken = spoken
        self.known_cues = known_cues
        self._round_up = False  # see _on_boundary
        self._boundary = QTimer(self)
        self._boundary.setSingleShot(True)
        self._boundary.setTimerType(Qt.TimerType.PreciseTimer)
        self._boundary.timeout.connect(self._on_boundary)
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self.frame)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_saving)
        self._placing = callable(getattr(cues, "play_at", None))
        self._placed: set[Event] = set()  # events whose cues are already in the stream
        self._ahead = QTimer(self)
        self._ahead.setSingleShot(True)
        self._ahead.setTimerType(Qt.TimerType.PreciseTimer)
        self._ahead.timeout.connect(self._place_next)
        self._starting = QTimer(self)
        self._starting.setSingleShot(True)
        self._starting.setTimerType(Qt.TimerType.PreciseTimer)
        self._starting.timeout.connect(self._start_on_time)
        self._start_at = 0

    # -- intent from the keyboard and buttons ----------------------------------------------------------

    def start(self) -> None:
        """Start now; with a streaming player, once its stream has begun to play (``STREAM_START_MS``), so
        the session's first cue is placed by a measured offset like every later one."""
        begin = getattr(self.cues, "begin_session", None)
        if begin is None or self.runner.state is not RunState.READY or self._starting.isActive():
            self._apply(self.runner.start)
            return
        begin()
        # The cues of the session's first instant go into the stream now, for the moment the runner starts.
        self._start_at = self._clock() + STREAM_START_MS * NS_PER_MS
        self._place(self._start_at, [event for at, _, event in schedule(self.timeline) if at == 0])
        self._starting.start(STREAM_START_MS - 2)

    def toggle_pause(self) -> None:
        self._apply(self.runner.toggle_pause)

    def pause(self) -> None:
        self._apply(self.runner.pause)

    def resume(self) -> None:
        self._apply(self.runner.resume)

    def skip_rest(self) -> None:
        self._apply(self.runner.skip_rest)

    def next_exercise(self) -> None:
        self._apply(self.runner.next_exercise)

    def repeat_set(self) -> None:
        self._apply(self.runner.repeat_set)

    def stop(self) -> None:
        self._apply(self.runner.stop)

    # -- reading ---------------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return self.runner.snapshot()

    def next_frame_in(self, delay_ms: float | None) -> None:
        """The screen's answer to a frame: None while something on it moves (frames at the frame rate), else
        how long until it changes again; the frames then wait that long (a rep's hold: once a second)."""
        if not self._frames.isActive():
            return
        wanted = FRAME_MS if delay_ms is None else min(LONGEST_FRAME_MS, max(FRAME_MS, math.ceil(delay_ms)))
        if wanted != self._frames.interval():
            self._frames.start(wanted)

    @property
    def animating(self) -> bool:
        return self._frames.isActive()

    @property
    def frame_interval_ms(self) -> int:
        """How far apart the animation frames are now (50 ms while something moves)."""
        return self._frames.interval()

    @property
    def boundary_armed(self) -> bool:
        return self._boundary.isActive()

    # -- internals -------------------------------------------------------------------------------------

    def _apply(self, action: Callable[[], list[Event]]) -> None:
        if self._placing:
            self._handle(self.runner.poll())  # what is due now sounds as it was placed
            self._ahead.stop()
            self._placed.clear()
            self.cues.cancel_pending()  # type: ignore[attr-defined]
        self._handle(action())

    def _start_on_time(self) -> None:
        """Start the runner at ``_start_at``, where the first cues were placed (the timer fires ~2 ms early;
        the wait is bounded in real time, as a test's fake clock never moves)."""
        spin_until = time.monotonic_ns() + 2 * SPIN_NS
        while self._clock() < self._start_at and time.monotonic_ns() < spin_until:
            pass
        self._handle(self.runner.start())

    def _on_boundary(self) -> None:
        """The timer is armed to the whole millisecond *before* the boundary; the rest (under 1 ms, plus
        the event loop's own wake-up jitter) is waited out here, so a cue starts within a millisecond of
        its beat instead of 1-2 ms after it. The wait is bounded in real time (a fake clock never moves)."""
        spin_until = time.monotonic_ns() + SPIN_NS
        first = due = self.runner.next_due_ns()
        while due is not None and 0 < due <= SPIN_NS and time.monotonic_ns() < spin_until:
            due = self.runner.next_due_ns()
        # A clock that did not move while we waited (a test's fake clock) gets the safe rounding next time.
        self._round_up = due is not None and due > 0 and due == first
        self._handle(self.runner.poll())

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if event in self._placed:
                self._placed.discard(event)
            else:
                for key in cues_for(event, self.timeline, spoken=self.spoken, known=self.known_cues):
                    self.cues.play(key)
            done = event.set_done if event.kind is EventKind.SET_COMPLETED else None
            if done is not None and self.recorder is not None and not self.recorder.set_done(done):
                self._storage_failed()
        self._arm(stepped=bool(events))
        if events:
            self.events_fired.emit(events)
            self.changed.emit()
        final = next((e for e in events if e.kind in (EventKind.SESSION_COMPLETED, EventKind.STOPPED)), None)
        if final is not None:
            self._end_cues()
            self.finished.emit("completed" if final.kind is EventKind.SESSION_COMPLETED else "stopped")

    def _arm(self, *, stepped: bool = False) -> None:
        due = self.runner.next_due_ns()
        if due is None:
            self._boundary.stop()
        else:
            whole_ms = -(-due // NS_PER_MS) if self._round_up else due // NS_PER_MS
            self._boundary.start(max(0, whole_ms))  # round down: _on_boundary waits out the rest
        if self._placing:
            self._arm_ahead()
        running = self.runner.state is RunState.RUNNING
        if running and (stepped or not self._frames.isActive()):
            self._frames.start(FRAME_MS)  # a new step may move again: frames at the full rate
        elif not running and self._frames.isActive():
            self._frames.stop()

    def _arm_ahead(self) -> None:
        upcoming = self.runner.upcoming()
        if upcoming is None:
            self._ahead.stop()
            return
        due_at, events = upcoming
        if events[0] in self._placed:
            return
        lead = due_at - self._clock() - PLACE_AHEAD_NS
        if lead <= 0:
            self._place(due_at, events)
        else:
            self._ahead.start(lead // NS_PER_MS)

    def _place_next(self) -> None:
        upcoming = self.runner.upcoming()
        if upcoming is not None and upcoming[1][0] not in self._placed:
            self._place(*upcoming)

    def _place(self, due_at: int, events: list[Event]) -> None:
        for event in events:
            for key in cues_for(event, self.timeline, spoken=self.spoken, known=self.known_cues):
                self.cues.play_at(key, due_at)  # type: ignore[attr-defined]
            self._placed.add(event)

    def _end_cues(self) -> None:
        self._starting.stop()
        self._ahead.stop()
        self._placed.clear()
        end = getattr(self.cues, "end_session", None)
        if end is not None:
            end()

    def _storage_failed(self) -> None:
        assert self.recorder is not None
        self.storage_problem.emit(self.recorder.last_problem or "")
        if not self._retry.isActive():
            self._retry.start()

    def _retry_saving(self) -> None:
        if self.recorder is None or self.recorder.flush():
            self._retry.stop()
            self.storage_problem.emit("")
        else:
            self.storage_problem.emit(self.recorder.last_problem or "")

    def shutdown(self) -> None:
        """Stop every timer (window closing); pending sets get one last save attempt."""
        self._boundary.stop()
        self._frames.stop()
        self._retry.stop()
        self._end_cues()
        if self.recorder is not None:
            self.recorder.flush()
