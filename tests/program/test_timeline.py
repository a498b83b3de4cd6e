"""The timeline builder: steps, counters and totals for every exercise kind."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rugtimer.program.plan import Dose
from rugtimer.program.timeline import Phase, TimelineSettings, build_timeline
from tests.program.factories import make_exercise

SETTINGS = TimelineSettings(lead_in_s=5, rest_s=30, switch_s=5, transition_s=10)


def test_glute_bridge_two_sets_of_ten() -> None:
    bridge = make_exercise("reps", id="glute_bridge")
    timeline = build_timeline([(bridge, Dose("glute_bridge", sets=2, reps=10))], SETTINGS)
    phases = [s.phase for s in timeline.steps]
    assert phases[0] is Phase.LEAD_IN
    assert phases[1:4] == [Phase.UP, Phase.HOLD, Phase.DOWN]
    assert phases.count(Phase.REST) == 1
    assert phases.count(Phase.UP) == 20
    assert timeline.total_ms == (5 + 10 * 6 + 30 + 10 * 6) * 1000
    fourth_hold = [s for s in timeline.steps if s.phase is Phase.HOLD][3]
    assert (fourth_hold.set_number, fourth_hold.sets_total, fourth_hold.rep, fourth_hold.reps_total) == (
        1,
        2,
        4,
        10,
    )
    assert fourth_hold.duration_ms == 2000
    ends = [i for i, s in enumerate(timeline.steps) if s.ends_block]
    assert len(ends) == 2
    assert timeline.steps[ends[0]].phase is Phase.DOWN and timeline.steps[ends[0] + 1].phase is Phase.REST


def test_squat_starts_down() -> None:
    squat = make_exercise("reps", id="squat", tempo={"up": 2, "hold": 1, "down": 2, "first": "down"})
    timeline = build_timeline([(squat, Dose("squat", sets=2, reps=8))], SETTINGS)
    assert [s.phase for s in timeline.steps[1:4]] == [Phase.DOWN, Phase.HOLD, Phase.UP]


def test_bird_dog_alternates_sides_every_rep() -> None:
    bird = make_exercise(
        "reps",
        id="bird_dog",
        dosage={"sets": [2, 3], "reps": [6, 10], "sides": "alternate"},
        tempo={"up": 1, "hold": 3, "down": 1},
    )
    timeline = build_timeline([(bird, Dose("bird_dog", sets=2, reps=6))], SETTINGS)
    holds = [s for s in timeline.steps if s.phase is Phase.HOLD]
    assert len(holds) == 2 * 6 * 2
    assert [(h.rep, h.side) for h in holds[:4]] == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    assert all(h.duration_ms == 3000 for h in holds)
    assert Phase.SWITCH not in {s.phase for s in timeline.steps}
    assert timeline.total_ms == (5 + 2 * 12 * 5 + 30) * 1000


def test_blocks_switch_side_with_a_pause_and_complete_each_side() -> None:
    side = make_exercise("reps", id="side_lift", dosage={"sets": [2, 2], "reps": [5, 5], "sides": "blocks"})
    timeline = build_timeline([(side, Dose("side_lift", sets=2, reps=5))], SETTINGS)
    switches = [s for s in timeline.steps if s.phase is Phase.SWITCH]
    assert len(switches) == 2
    assert all(s.side == "right" for s in switches)
    ends = [s for s in timeline.steps if s.ends_block]
    assert [(s.set_number, s.side) for s in ends] == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    assert timeline.steps[0].side == "left"


def test_timed_sets_and_continuous() -> None:
    plank = make_exercise("timed", id="plank")
    rocking = make_exercise("continuous", id="rocking")
    timeline = build_timeline(
        [(rocking, Dose("rocking", sets=1, seconds=60)), (plank, Dose("plank", sets=3, seconds=20))], SETTINGS
    )
    phases = [s.phase for s in timeline.steps]
    assert phases == [
        Phase.LEAD_IN,
        Phase.MOVE,
        Phase.LEAD_IN,
        Phase.WORK,
        Phase.REST,
        Phase.WORK,
        Phase.REST,
        Phase.WORK,
    ]
    assert timeline.steps[2].duration_ms == 10_000  # transition to the next exercise
    assert timeline.steps[2].exercise_index == 1
    assert timeline.total_ms == (5 + 60 + 10 + 3 * 20 + 2 * 30) * 1000


def test_block_start_and_end() -> None:
    bridge = make_exercise("reps", id="glute_bridge")
    timeline = build_timeline([(bridge, Dose("glute_bridge", sets=2, reps=3))], SETTINGS)
    # steps: lead-in, 9 rep steps (set 1), rest, 9 rep steps (set 2)
    assert timeline.block_start(5) == 1
    assert timeline.block_end(5) == 9
    assert timeline.block_start(15) == 11
    assert timeline.step_at(0) == 0
    assert timeline.step_at(timeline.total_ms + 5000) == len(timeline.steps) - 1


@st.composite
def dosed_exercise(draw: st.DrawFn):
    kind = draw(st.sampled_from(["reps", "timed", "continuous"]))
    sets = draw(st.integers(1, 5))
    if kind == "reps":
        sides = draw(st.sampled_from(["none", "alternate", "blocks"]))
        tempo = {name: draw(st.integers(0, 4)) for name in ("up", "hold", "down")}
        if sum(tempo.values()) == 0:
            tempo["hold"] = 1
        reps = draw(st.integers(1, 15))
        exercise = make_exercise(
            "reps", dosage={"sets": [1, 5], "reps": [1, 15], "sides": sides}, tempo=tempo
        )
        return exercise, Dose("test_exercise", sets=sets, reps=reps)
    seconds = draw(st.integers(1, 200))
    dosage = {"sets": [1, 5], "seconds": [1, 200]} if kind == "timed" else {"seconds": [1, 200]}
    return make_exercise(kind, dosage=dosage), Dose("test_exercise", sets=sets, seconds=seconds)


def expected_total_s(exercise, dose: Dose, settings: TimelineSettings, lead_in: int) -> int:
    """The dosage arithmetic written out independently of the builder."""
    if exercise.kind.value == "continuous":
        return lead_in + dose.seconds
    sides = exercise.dosage.sides.value
    per_block = exercise.tempo.rep_seconds * dose.reps if exercise.kind.value == "reps" else dose.seconds
    if sides == "alternate":
        per_block *= 2
    per_set = per_block * 2 + settings.switch_s if sides == "blocks" else per_block
    return lead_in + dose.sets * per_set + (dose.sets - 1) * settings.rest_s


@given(
    items=st.lists(dosed_exercise(), min_size=1, max_size=4), rest=st.integers(0, 90), lead=st.integers(0, 15)
)
def test_total_equals_sum_of_steps_and_the_dosage_arithmetic(items, rest: int, lead: int) -> None:
    settings = TimelineSettings(lead_in_s=lead, rest_s=rest, switch_s=5, transition_s=10)
    timeline = build_timeline(items, settings)
    assert timeline.total_ms == sum(step.duration_ms for step in timeline.steps)
    expected = sum(
        expected_total_s(ex, dose, settings, lead if i == 0 else max(10, lead))
        for i, (ex, dose) in enumerate(items)
    )
    assert timeline.total_ms == expected * 1000
    assert all(step.duration_ms > 0 for step in timeline.steps)
