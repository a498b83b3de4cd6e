"""The session controller with a player that places cues in a stream: every cue is handed over ahead of its
boundary with the boundary's own clock time, never again at the boundary, and a pause cancels what was placed.

A fake clock drives the runner; the controller's timers are real, so the test waits for them.
"""

from __future__ import annotations

import pytest

from rugtimer.program.library import load_library
from rugtimer.program.plan import Dose
from rugtimer.program.runner import NS_PER_MS, RunState
from rugtimer.program.timeline import TimelineSettings, build_timeline
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.session_controller import PLACE_AHEAD_NS, STREAM_START_MS, SessionController
from tests.program.fake_clock import FakeClock


class PlacingPlayer(RecordingCuePlayer):
    """RecordingCuePlayer plus the streaming player's extra methods, remembering every call."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock=clock, language="en")
        self.placed: list[tuple[str, int]] = []
        self.calls: list[str] = []

    def play_at(self, key: str, at_ns: int | None) -> None:
        self.placed.append((key, at_ns))

    def cancel_pending(self) -> int:
        self.calls.append("cancel")
        return 0

    def begin_session(self) -> None:
        self.calls.append("begin")

    def end_session(self) -> None:
        self.calls.append("end")


@pytest.fixture
def setup(qtbot):
    clock = FakeClock()
    library = load_library()
    bridge = library.exercise("glute_bridge")
    timeline = build_timeline([(bridge, Dose("glute_bridge", sets=1, reps=2))], TimelineSettings(lead_in_s=1))
    player = PlacingPlayer(clock)
    controller = SessionController(timeline, player, None, clock=clock, wall_clock=None)
    yield controller, player, clock
    controller.shutdown()


def test_the_first_cues_are_placed_for_the_moment_the_runner_starts(qtbot, setup) -> None:
    controller, player, clock = setup
    asked = clock.now_ns
    controller.start()
    assert player.calls == ["begin"]
    assert controller.runner.state is RunState.READY  # the stream gets STREAM_START_MS to begin playing
    assert player.placed and all(at == asked + STREAM_START_MS * NS_PER_MS for _, at in player.placed)
    assert player.placed[0][0] == "voice:ex_glute_bridge" or player.placed[0][0] == "voice:get_ready"
    clock.advance(STREAM_START_MS / 1000)
    qtbot.waitUntil(lambda: controller.runner.state is RunState.RUNNING, timeout=2000)
    assert controller.runner._anchor_time == asked + STREAM_START_MS * NS_PER_MS
    assert player.played == []  # nothing played again at the start itself


def test_a_boundary_is_placed_ahead_and_not_played_again(qtbot, setup) -> None:
    controller, player, clock = setup
    controller.start()
    clock.advance(STREAM_START_MS / 1000)
    qtbot.waitUntil(lambda: controller.runner.state is RunState.RUNNING, timeout=2000)
    due_at, events = controller.runner.upcoming()
    clock.now_ns = due_at - PLACE_AHEAD_NS + 1  # inside the placing window
    before = len(player.placed)
    controller._arm()  # what every handled batch ends with
    new = player.placed[before:]
    assert new and all(at == due_at for _, at in new)
    clock.now_ns = due_at
    fired: list = []
    controller.events_fired.connect(fired.append)
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert events[0] in fired[0]
    assert player.played == []  # placed cues are not asked for a second time at their boundary


def test_pause_cancels_what_was_placed_and_says_paused_at_once(qtbot, setup) -> None:
    controller, player, clock = setup
    controller.start()
    clock.advance(STREAM_START_MS / 1000)
    qtbot.waitUntil(lambda: controller.runner.state is RunState.RUNNING, timeout=2000)
    clock.advance(0.5)
    controller.pause()
    assert "cancel" in player.calls
    assert player.keys == ["voice:paused"]
    controller.stop()
    assert player.calls[-1] == "end"
