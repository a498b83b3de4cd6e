"""The session runner: exact boundaries from the monotonic clock, pause, skip, repeat, stop, suspend."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rugtimer.program.plan import Dose
from rugtimer.program.runner import NS_PER_MS, EventKind, RunState, SessionRunner, schedule
from rugtimer.program.timeline import Phase, TimelineSettings, build_timeline
from tests.program.factories import make_exercise
from tests.program.fake_clock import FakeClock

SETTINGS = TimelineSettings(lead_in_s=5, rest_s=30, switch_s=5, transition_s=10)


def bridge_timeline(sets: int = 2, reps: int = 10):
    bridge = make_exercise("reps", id="glute_bridge")
    return build_timeline([(bridge, Dose("glute_bridge", sets=sets, reps=reps))], SETTINGS)


def kinds(events) -> list[str]:
    return [e.kind.value for e in events]


def test_start_fires_the_first_step_and_nothing_else() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    events = runner.start()
    assert kinds(events) == ["step_started"]
    snap = runner.snapshot()
    assert snap.step.phase is Phase.LEAD_IN
    assert snap.seconds_left == 5


def test_lead_in_counts_down_then_the_first_rep_goes_up() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    runner.start()
    clock.advance(1.999)
    assert runner.poll() == []
    clock.advance(0.001)
    assert [(e.kind.value, e.count) for e in runner.poll()] == [("countdown", 3)]
    clock.advance(3.0)
    events = runner.poll()
    assert kinds(events) == ["countdown", "countdown", "step_ended", "step_started"]
    assert [e.count for e in events[:2]] == [2, 1]
    assert runner.snapshot().step.phase is Phase.UP
    assert runner.snapshot().step.rep == 1


def test_a_late_tick_fires_every_passed_event_once_in_order() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(sets=1, reps=3), clock)
    runner.start()
    clock.advance(5 + 3 * 6 + 100)  # long past the end
    events = runner.poll()
    planned = [e for _, _, e in schedule(runner.timeline)][1:]
    assert events == planned
    assert events[-1].kind is EventKind.SESSION_COMPLETED
    assert runner.state is RunState.COMPLETED
    assert runner.poll() == []


def test_set_completed_carries_what_was_done() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(sets=2, reps=10), clock)
    runner.start()
    clock.advance(5 + 60)
    done = [e.set_done for e in runner.poll() if e.kind is EventKind.SET_COMPLETED]
    assert len(done) == 1
    assert (done[0].exercise_id, done[0].set_number, done[0].side, done[0].reps, done[0].seconds) == (
        "glute_bridge",
        1,
        None,
        10,
        60.0,
    )
    assert runner.snapshot().step.phase is Phase.REST


def test_pause_freezes_time_and_resume_continues_where_it_was() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    runner.start()
    clock.advance(6.5)  # 1.5 s into the first "up"... 0.5 s into hold? lead-in 5 + up 2 -> 1.5 s into up
    runner.poll()
    assert kinds(runner.pause())[-1] == "paused"
    before = runner.snapshot()
    clock.advance(600)
    assert runner.poll() == []
    assert runner.next_due_ns() is None
    assert runner.snapshot().position_ms == before.position_ms
    assert kinds(runner.resume())[0] == "resumed"
    assert runner.next_due_ns() == 500 * NS_PER_MS
    clock.advance(0.5)
    assert kinds(runner.poll()) == ["step_ended", "step_started"]
    assert runner.snapshot().step.phase is Phase.HOLD


def test_skip_rest_starts_the_next_set_now() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    runner.start()
    clock.advance(5 + 60 + 3)
    runner.poll()
    assert runner.snapshot().step.phase is Phase.REST
    events = runner.skip_step()
    assert kinds(events) == ["step_ended", "step_started"]
    snap = runner.snapshot()
    assert (snap.step.phase, snap.step.set_number, snap.step.rep) == (Phase.UP, 2, 1)
    assert snap.elapsed_in_step_ms == 0


def test_next_exercise_skips_without_recording_the_unfinished_set() -> None:
    clock = FakeClock()
    bridge = make_exercise("reps", id="glute_bridge")
    plank = make_exercise("timed", id="plank")
    timeline = build_timeline(
        [(bridge, Dose("glute_bridge", 2, 10)), (plank, Dose("plank", 2, seconds=20))], SETTINGS
    )
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(20)
    runner.poll()
    events = runner.next_exercise()
    assert kinds(events) == ["exercise_skipped", "step_started"]
    assert EventKind.SET_COMPLETED not in {e.kind for e in events}
    snap = runner.snapshot()
    assert (snap.step.exercise_id, snap.step.phase) == ("plank", Phase.LEAD_IN)
    events = runner.next_exercise()
    assert kinds(events) == ["exercise_skipped", "session_completed"]
    assert runner.state is RunState.COMPLETED


def test_repeat_set_during_rest_repeats_the_set_just_done() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(sets=2, reps=2), clock)
    runner.start()
    clock.advance(5 + 12 + 1)
    first = [e for e in runner.poll() if e.kind is EventKind.SET_COMPLETED]
    assert len(first) == 1
    events = runner.repeat_set()
    assert kinds(events) == ["set_repeated", "step_started"]
    snap = runner.snapshot()
    assert (snap.step.phase, snap.step.set_number, snap.step.rep) == (Phase.UP, 1, 1)
    clock.advance(12)
    again = [e.set_done for e in runner.poll() if e.kind is EventKind.SET_COMPLETED]
    assert [(d.set_number, d.reps) for d in again] == [(1, 2)]


def test_repeat_set_mid_set_goes_back_to_its_first_rep() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(sets=2, reps=4), clock)
    runner.start()
    clock.advance(5 + 6 * 2 + 1)  # rep 3 of set 1
    runner.poll()
    assert runner.snapshot().step.rep == 3
    runner.repeat_set()
    assert runner.snapshot().step.rep == 1
    assert runner.snapshot().step.set_number == 1


def test_stop_ends_the_session_and_nothing_fires_after() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    runner.start()
    clock.advance(7)
    assert kinds(runner.stop())[-1] == "stopped"
    assert runner.state is RunState.STOPPED
    clock.advance(1000)
    assert runner.poll() == []
    assert runner.skip_step() == []


def test_space_toggles_start_pause_resume() -> None:
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    assert kinds(runner.toggle_pause()) == ["step_started"]
    assert runner.toggle_pause()[-1].kind is EventKind.PAUSED
    assert runner.toggle_pause()[0].kind is EventKind.RESUMED
    assert runner.state is RunState.RUNNING


def test_suspend_pauses_and_credits_no_time() -> None:
    mono = FakeClock()
    wall = FakeClock(now_ns=1_700_000_000 * 10**9)
    runner = SessionRunner(bridge_timeline(), mono, wall_clock=wall)
    runner.start()
    mono.advance(3)
    wall.advance(3)
    runner.poll()
    wall.advance(3600)  # the laptop slept for an hour; the monotonic clock did not move
    mono.advance(0.2)
    events = runner.poll()
    assert events[-1].kind is EventKind.SUSPENDED
    assert runner.state is RunState.PAUSED
    assert runner.snapshot().position_ms == 3000


def test_thirty_minute_session_lands_its_last_boundary_exactly() -> None:
    clock = FakeClock()
    bridge = make_exercise("reps", id="glute_bridge", dosage={"sets": [1, 20], "reps": [1, 30]})
    timeline = build_timeline([(bridge, Dose("glute_bridge", sets=14, reps=20))], SETTINGS)
    assert timeline.total_ms >= 30 * 60 * 1000
    runner = SessionRunner(timeline, clock)
    start = clock()
    runner.start()
    fired_at: dict[int, int] = {}
    while not runner.finished:
        due = runner.next_due_ns()
        assert due is not None
        clock.advance_ns(due + 123_457)  # every wake-up a little late, like a real timer
        for event in runner.poll():
            fired_at.setdefault(event.at_ms, clock())
    ideal_end = start + timeline.total_ms * NS_PER_MS
    # The late wake-ups never accumulate: the last boundary is planned exactly at start + total,
    # and the event fires on the first wake-up at or after it.
    assert runner.next_due_ns() is None
    assert fired_at[timeline.total_ms] - ideal_end == 123_457
    assert runner.snapshot().position_ms == timeline.total_ms


@settings(max_examples=60, deadline=None)
@given(
    reps=st.integers(1, 6),
    sets=st.integers(1, 3),
    jitter=st.lists(st.integers(1, 4_000_000_000), min_size=1, max_size=400),
)
def test_under_random_ticks_every_event_fires_once_in_order_never_early(
    reps: int, sets: int, jitter: list[int]
) -> None:
    clock = FakeClock()
    bridge = make_exercise("reps", id="glute_bridge", dosage={"sets": [1, 3], "reps": [1, 6]})
    timeline = build_timeline(
        [(bridge, Dose("glute_bridge", sets=sets, reps=reps))], TimelineSettings(lead_in_s=5, rest_s=7)
    )
    runner = SessionRunner(timeline, clock)
    start = clock()
    fired = list(runner.start())
    times = [clock()] * len(fired)
    index = 0
    while not runner.finished:
        clock.advance_ns(max(jitter[index % len(jitter)], 20_000_000))
        index += 1
        new = runner.poll()
        fired.extend(new)
        times.extend([clock()] * len(new))
    planned = [e for _, _, e in schedule(timeline)]
    assert fired == planned
    for event, when in zip(fired, times, strict=True):
        assert when >= start + event.at_ms * NS_PER_MS  # never early


def test_a_set_that_alternates_sides_is_stored_as_both_sides_and_a_block_as_its_side() -> None:
    """Bird-dog switches side every repetition: its set covers both sides, so it names none."""
    from rugtimer.program.library import load_library

    library = load_library()
    bird_dog = library.exercise("bird_dog")
    clock = FakeClock()
    runner = SessionRunner(build_timeline([(bird_dog, Dose("bird_dog", sets=1, reps=2))], SETTINGS), clock)
    runner.start()
    clock.advance(10_000_000)
    done = [e.set_done for e in runner.poll() if e.kind is EventKind.SET_COMPLETED]
    assert [d.side for d in done] == [None]
    one_side_at_a_time = make_exercise(
        "reps", id="side_plank", dosage={"sets": [1, 2], "reps": [2, 4], "sides": "blocks"}
    )
    clock = FakeClock()
    timeline = build_timeline([(one_side_at_a_time, Dose("side_plank", sets=1, reps=2))], SETTINGS)
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(10_000_000)
    sides = [e.set_done.side for e in runner.poll() if e.kind is EventKind.SET_COMPLETED]
    assert sides == ["left", "right"]


@given(st.integers(min_value=0, max_value=4_998))
def test_the_seconds_change_just_when_they_are_said_to(elapsed_ms: int) -> None:
    """A still screen waits ``ms_until_seconds_change`` for its next frame: the number must be the same just
    before that instant and one lower at it."""
    clock = FakeClock()
    runner = SessionRunner(bridge_timeline(), clock)
    runner.start()  # a 5 s get-ready
    clock.advance(elapsed_ms / 1000)
    snap = runner.snapshot()
    wait = snap.ms_until_seconds_change
    assert 0.5 <= wait <= 1000
    before = max(0.0, wait - 1)
    clock.advance(before / 1000)
    assert runner.snapshot().seconds_left == snap.seconds_left
    clock.advance((wait - before) / 1000)
    assert runner.snapshot().seconds_left == snap.seconds_left - 1
