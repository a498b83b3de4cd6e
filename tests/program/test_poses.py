"""The moving figures' pose files: every shipped one loads and fits its exercise, a bad one says what is wrong
(file, field, expected), and the pose at a moment follows the step: UP moves start → end, HOLD holds, DOWN
returns, rests show the start, loops cycle on the step's clock."""

from __future__ import annotations

import itertools
import math
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.program.library import exercises_folder, load_library
from rugtimer.program.pose_files import (
    check_against,
    load_pose_set,
    pose_set_from_data,
    poses_file_name,
    shipped_pose_set,
)
from rugtimer.program.poses import Animation, blend, ease_in_out, moves, pose_at
from rugtimer.program.timeline import Phase
from rugtimer.program.validation import ProgramError

LIBRARY = load_library()
EXERCISES = sorted(LIBRARY.exercises)


def shipped(exercise_id: str):
    pose_set = shipped_pose_set(exercise_id)
    assert pose_set is not None, f"{exercise_id} has no pose file"
    return pose_set


def spread(a: dict, b: dict) -> float:
    """How far the furthest joint moved between two poses, in view-box units."""
    return max(math.dist(a[name], b[name]) for name in a)


# -- the shipped files ---------------------------------------------------------------------------------------


def test_all_eight_exercises_have_poses() -> None:
    assert len(EXERCISES) == 8
    assert all(shipped_pose_set(e) is not None for e in EXERCISES)


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_the_pose_file_loads_and_fits_its_exercise(exercise_id: str) -> None:
    pose_set = shipped(exercise_id)
    exercise = LIBRARY.exercise(exercise_id)
    assert check_against(pose_set, exercise, poses_file_name(exercise_id)) == []
    for animation in (pose_set.base, *pose_set.variants.values()):
        for pose in animation.poses.values():
            assert all(0 <= x <= 240 and 0 <= y <= 160 for x, y in pose.values())


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_the_figure_really_moves(exercise_id: str) -> None:
    """Between the rest pose and the furthest pose some joint travels at least 2.5 units (the micro-moves are
    meant to be tiny; in the session that is still 5 px or more)."""
    for animation in (shipped(exercise_id).base, *shipped(exercise_id).variants.values()):
        rest = animation.rest_pose()
        assert max(spread(rest, pose) for pose in animation.poses.values()) >= 2.5


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_a_step_said_to_be_still_is_still(exercise_id: str) -> None:
    """The screen skips frames where ``moves`` says the figure stands: it must really stand there, and a rep's
    up and down must be said to move."""
    for animation in (shipped(exercise_id).base, *shipped(exercise_id).variants.values()):
        for phase in Phase:
            if moves(animation, phase):
                continue
            first = pose_at(animation, phase, 0, 4000, side="left")
            for elapsed in (1, 700, 1999, 3500, 4000):
                assert pose_at(animation, phase, elapsed, 4000, side="left") == first, (exercise_id, phase)
        if animation.motion.kind == "reps":
            assert moves(animation, Phase.UP) and moves(animation, Phase.DOWN)


@pytest.mark.parametrize(
    ("exercise_id", "variant"),
    [
        ("glute_bridge", "smaller_lift"),
        ("glute_bridge", "single_leg"),
        ("glute_bridge", "feet_on_step"),
        ("bird_dog", "arm_only"),
        ("bird_dog", "arm_and_leg"),
        ("knee_rocking", "tiny_rock"),
        ("knee_rocking", "wider_rock"),
        ("seated_micro_moves", "hands_on_thighs"),
        ("seated_micro_moves", "arms_crossed"),
        ("ball_knee_rocking_hip_circles", "hands_on_table"),
        ("ball_knee_rocking_hip_circles", "bigger_circles"),
        ("ball_mini_tilt", "hands_on_table"),
        ("ball_plank_light", "more_upright"),
        ("ball_plank_light", "knees_further_back"),
        ("ball_wall_squat", "small_range"),
        ("ball_wall_squat", "a_bit_deeper"),
    ],
)
def test_a_variant_looks_different_where_its_movement_differs(exercise_id: str, variant: str) -> None:
    pose_set = shipped(exercise_id)
    mine, base = pose_set.animation(variant), pose_set.base
    assert mine is not base
    differs = mine.props != base.props or any(
        spread(mine.poses[name], base.poses[name]) >= 3 for name in base.poses if name in mine.poses
    )
    assert differs


def test_a_variant_without_poses_falls_back_to_the_exercise() -> None:
    pose_set = shipped("ball_mini_tilt")
    assert pose_set.animation("feet_together") is pose_set.base  # feet together: not visible from the side
    assert pose_set.animation(None) is pose_set.base


def test_the_small_bridge_lifts_less_and_the_single_leg_bridge_stretches_a_leg() -> None:
    pose_set = shipped("glute_bridge")
    lift = {v: 133 - pose_set.animation(v).poses["end"]["hip"][1] for v in (None, "smaller_lift")}
    assert 0 < lift["smaller_lift"] < lift[None] / 2
    single = pose_set.animation("single_leg").poses["end"]
    hip, knee, heel = single["hip"], single["knee"], single["heel"]
    assert math.dist(hip, heel) > 0.95 * (math.dist(hip, knee) + math.dist(knee, heel))  # a straight leg


def test_the_bird_dog_stretches_the_other_leg_on_the_other_side() -> None:
    animation = shipped("bird_dog").base
    start = animation.pose("start")
    left, right = animation.pose("end", "left"), animation.pose("end", "right")
    assert left["ankle"] != start["ankle"] and left["ankle_far"] == start["ankle_far"]
    assert right["ankle_far"] != start["ankle_far"] and right["ankle"] == start["ankle"]
    arm_and_leg = shipped("bird_dog").animation("arm_and_leg")
    both = arm_and_leg.pose("end", "left")  # the left arm with the right leg
    assert both["wrist"] != start["wrist"] and both["ankle_far"] != start["ankle_far"]
    assert both["ankle"] == start["ankle"] and both["wrist_far"] == start["wrist_far"]


# -- bad files -----------------------------------------------------------------------------------------------

GOOD = """
format = "rugtimer-poses"
version = 1
exercise = "glute_bridge"
[figure]
head = "head"
head_radius = 10
neck = "shoulder"
lines = [["shoulder", "hip"]]
[motion]
kind = "reps"
[poses.start]
head = [40, 123]
shoulder = [62, 133]
hip = [118, 133]
[poses.end]
from = "start"
hip = [114, 112]
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(ProgramError) as caught:
        pose_set_from_data(tomllib.loads(text), "bad.toml")
    return [str(p) for p in caught.value.problems]


def test_the_small_good_file_loads() -> None:
    pose_set = pose_set_from_data(tomllib.loads(GOOD), "good.toml")
    assert pose_set.base.poses["end"]["hip"] == (114, 112)
    assert pose_set.base.poses["end"]["head"] == (40, 123)  # copied from the start


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("hip = [114, 112]", "hip = [114, 200]"),
            "bad.toml: poses.end.hip[1]: expected a number from 0 to 160, got 200",
        ),
        (
            ("hip = [114, 112]", 'hip = "up"'),
            'bad.toml: poses.end.hip: expected [x, y] inside the 240 × 160 view box, got "up"',
        ),
        (
            ("hip = [114, 112]", "knee = [1, 2]"),
            "bad.toml: poses.end.knee: unknown joint: no line of the figure uses it",
        ),
        (
            ('from = "start"', 'from = "middle"'),
            'bad.toml: poses.end.from: expected the name of another pose, got "middle"',
        ),
        (("shoulder = [62, 133]\n", ""), "bad.toml: poses.start: missing joints shoulder"),
        (
            ('kind = "reps"', 'kind = "bounce"'),
            'bad.toml: motion.kind: expected one of reps, hold, loop, got "bounce"',
        ),
        (('kind = "reps"', 'kind = "loop"'), "bad.toml: motion.cycle: missing (required)"),
        (("[poses.end]", "[poses.finish]"), 'bad.toml: poses: missing pose "end"'),
        (
            ("head_radius = 10", "head_radius = true"),
            "bad.toml: figure.head_radius: expected a number, got True",
        ),
        (
            ('format = "rugtimer-poses"', 'format = "rugtimer-exercise"'),
            'bad.toml: format: expected "rugtimer-poses"',
        ),
        (('neck = "shoulder"', 'neck = "shoulder"\nlimbs = 4'), "bad.toml: figure"),
        (("[motion]", "[props]\nball = 28\n[motion]"), "bad.toml: poses.start: missing joints ball"),
        (
            ("[motion]", "[props]\nsofa = true\n[motion]"),
            "bad.toml: props.sofa: unknown prop; expected one of mat, ball",
        ),
    ],
)
def test_a_bad_pose_file_says_which_file_which_field_and_what_was_expected(
    change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in GOOD
    problems = problems_of(GOOD.replace(old, new, 1))
    assert any(p.startswith(expected) for p in problems), problems


def test_poses_that_copy_each_other_in_a_circle_are_refused() -> None:
    text = GOOD.replace("[poses.start]\n", '[poses.start]\nfrom = "end"\n')
    assert any("in a circle" in p for p in problems_of(text))


def test_the_check_against_the_exercise_finds_a_wrong_id_an_unknown_variant_and_a_wrong_motion() -> None:
    text = GOOD.replace('exercise = "glute_bridge"', 'exercise = "knee_rocking"')
    text += "[variants.no_such.poses.end]\nhip = [110, 110]\n"
    pose_set = pose_set_from_data(tomllib.loads(text), "bad.toml")
    problems = [str(p) for p in check_against(pose_set, LIBRARY.exercise("knee_rocking"), "bad.toml")]
    assert (
        "bad.toml: variants.no_such: unknown variant of knee_rocking (known: tiny_rock, wider_rock)"
        in problems
    )
    assert "bad.toml: motion: expected loop for an exercise of kind continuous, got reps" in problems
    problems = [str(p) for p in check_against(pose_set, LIBRARY.exercise("glute_bridge"), "bad.toml")]
    assert 'bad.toml: exercise: expected "glute_bridge", got "knee_rocking"' in problems


def test_an_empty_or_broken_file_is_a_program_error_naming_the_file() -> None:
    with pytest.raises(ProgramError, match=r"bridge\.toml"):
        load_pose_set(b"", "bridge.toml")
    with pytest.raises(ProgramError, match=r"bridge\.toml"):
        load_pose_set(b"format = [", "bridge.toml")


def test_every_shipped_file_is_read_from_the_package_folder() -> None:
    names = sorted(p.name for p in (exercises_folder() / "poses").iterdir())
    assert names == sorted(f"{e}.toml" for e in EXERCISES)


# -- where the figure is at a moment ---------------------------------------------------------------------------

BRIDGE = shipped("glute_bridge").base
START, END = BRIDGE.pose("start"), BRIDGE.pose("end")
MIDDLE = blend(START, END, 0.5)


@pytest.mark.parametrize(
    ("phase", "progress", "expected"),
    [
        (Phase.UP, 0.0, START),
        (Phase.UP, 0.5, MIDDLE),
        (Phase.UP, 1.0, END),
        (Phase.HOLD, 0.0, END),
        (Phase.HOLD, 0.5, END),
        (Phase.HOLD, 1.0, END),
        (Phase.DOWN, 0.0, END),
        (Phase.DOWN, 0.5, MIDDLE),
        (Phase.DOWN, 1.0, START),
        (Phase.LEAD_IN, 0.0, START),
        (Phase.LEAD_IN, 0.5, START),
        (Phase.REST, 1.0, START),
        (Phase.SWITCH, 0.5, START),
    ],
)
def test_a_bridge_repetition_moves_up_holds_and_comes_down(
    phase: Phase, progress: float, expected: dict
) -> None:
    pose = pose_at(BRIDGE, phase, progress * 2000, 2000)
    assert spread(pose, expected) < 1e-9


def test_a_squat_goes_down_first_and_comes_back_up() -> None:
    squat = shipped("ball_wall_squat").base
    start, end = squat.pose("start"), squat.pose("end")
    assert pose_at(squat, Phase.DOWN, 2000, 2000, first="down") == end
    assert pose_at(squat, Phase.UP, 2000, 2000, first="down") == start
    assert pose_at(squat, Phase.UP, 0, 2000, first="down") == end


def test_the_bird_dog_stretches_the_side_of_the_step() -> None:
    bird = shipped("bird_dog").base
    assert pose_at(bird, Phase.HOLD, 1000, 3000, side="left") == bird.pose("end_left")
    assert pose_at(bird, Phase.HOLD, 1000, 3000, side="right") == bird.pose("end_right")
    assert pose_at(bird, Phase.UP, 0, 1000, side="right") == bird.pose("start")


@pytest.mark.parametrize(
    ("progress", "expected"),
    [(0.0, "start"), (0.25, "sway_left"), (0.5, "start"), (0.75, "sway_right"), (1.0, "start")],
)
def test_knee_rocking_sways_to_each_side_and_back_every_eight_seconds(progress: float, expected: str) -> None:
    rocking = shipped("knee_rocking").base
    for cycles in (0, 3):  # the same at any later cycle
        pose = pose_at(rocking, Phase.MOVE, (cycles + progress) * 8000, 60_000)
        assert spread(pose, rocking.poses[expected]) < 1e-6


def test_hip_circles_go_round_smoothly() -> None:
    circles = shipped("ball_knee_rocking_hip_circles").base
    hips = [pose_at(circles, Phase.MOVE, ms, 120_000)["hip"] for ms in range(0, 6000, 100)]
    steps = [math.dist(a, b) for a, b in itertools.pairwise(hips)]
    assert max(steps) < 1.0  # no jumps
    assert max(x for x, _ in hips) - min(x for x, _ in hips) >= 11  # forward and back
    assert (
        pose_at(circles, Phase.LEAD_IN, 0, 5000) == circles.poses["round_1"]
    )  # it starts where the loop starts


@pytest.mark.parametrize(("progress", "expected"), [(0.0, "start"), (0.5, "end"), (1.0, "start")])
def test_a_timed_hold_settles_in_holds_and_comes_back_at_the_end(progress: float, expected: str) -> None:
    plank = shipped("ball_plank_light").base
    assert pose_at(plank, Phase.WORK, progress * 20_000, 20_000) == plank.poses[expected]


def test_the_still_pose_is_the_pose_of_the_cards() -> None:
    assert BRIDGE.still_pose() == END
    assert shipped("knee_rocking").base.still_pose() == shipped("knee_rocking").base.poses["start"]


@given(st.floats(min_value=-1.0, max_value=2.0, allow_nan=False))
def test_ease_in_out_stays_between_0_and_1_and_never_turns_back(t: float) -> None:
    eased = ease_in_out(t)
    assert 0.0 <= eased <= 1.0
    assert ease_in_out(t + 0.01) >= eased


def key_pose_bounds(animation: Animation) -> dict[str, tuple[float, float, float, float]]:
    bounds = {}
    for name in animation.rest_pose():
        xs = [pose[name][0] for pose in animation.poses.values()]
        ys = [pose[name][1] for pose in animation.poses.values()]
        bounds[name] = (min(xs), max(xs), min(ys), max(ys))
    return bounds


@given(
    exercise_id=st.sampled_from(EXERCISES),
    phase=st.sampled_from(list(Phase)),
    elapsed_ms=st.floats(min_value=-500, max_value=200_000, allow_nan=False),
    duration_ms=st.integers(min_value=1, max_value=180_000),
    side=st.sampled_from([None, "left", "right"]),
    variant=st.integers(min_value=0, max_value=3),
)
def test_the_figure_never_leaves_the_box_of_its_key_poses(  # noqa: PLR0917 - hypothesis draws each
    exercise_id: str, phase: Phase, elapsed_ms: float, duration_ms: int, side: str | None, variant: int
) -> None:
    """Whatever the moment (before the step, long after it), every joint stays within what its key poses
    span: no overshoot from the easing, no stray coordinates."""
    pose_set = shipped(exercise_id)
    variants = [None, *sorted(pose_set.variants)]
    animation = pose_set.animation(variants[variant % len(variants)])
    first = LIBRARY.exercise(exercise_id).tempo.first if LIBRARY.exercise(exercise_id).tempo else "up"
    pose = pose_at(animation, phase, elapsed_ms, duration_ms, side=side, first=first)
    for name, (low_x, high_x, low_y, high_y) in key_pose_bounds(animation).items():
        x, y = pose[name]
        assert low_x - 1e-9 <= x <= high_x + 1e-9 and low_y - 1e-9 <= y <= high_y + 1e-9
