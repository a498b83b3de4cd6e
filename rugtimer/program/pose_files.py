"""Reading pose files (``resources/exercises/poses/<exercise id>.toml``, see ``docs/pose-format.md``).

Like the program files, a pose file is checked as a whole: every problem names the file, the field and what
was expected (``poses.end.hip[1]: expected a number from 0 to 160, got 200``), so a mistake in a drawing is
found in one go. ``check_against`` also compares a file with its exercise. What a pose means and how it moves
is ``program/poses.py``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from typing import Any

from rugtimer.program.exercises import Exercise, Kind, parse_toml
from rugtimer.program.library import exercises_folder
from rugtimer.program.poses import (
    BALL_JOINT,
    MOTIONS,
    VIEW_HEIGHT,
    VIEW_WIDTH,
    Animation,
    Figure,
    Motion,
    Pose,
    PoseSet,
    Props,
)
from rugtimer.program.validation import Checker, Problem, describe

POSES_FORMAT = "rugtimer-poses"
POSES_VERSION = 1
EASINGS = ("ease", "linear")
PROP_KEYS = ("mat", "ball", "wall", "chair", "step", "table")


def _number(check: Checker, value: Any, path: str, low: float, high: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        check.fail(path, f"expected a number, got {describe(value)}")
        return None
    if not low <= value <= high:
        check.fail(path, f"expected a number from {low:g} to {high:g}, got {value:g}")
        return None
    return float(value)


POINT = (VIEW_WIDTH, VIEW_HEIGHT)
SPAN = (VIEW_WIDTH, VIEW_WIDTH, VIEW_HEIGHT)  # x1, x2, y


def _numbers(
    check: Checker, value: Any, path: str, limits: tuple[float, ...], what: str
) -> tuple[float, ...] | None:
    """Numbers from 0 to their limit (the view box's width for an x, its height for a y)."""
    if not isinstance(value, list) or len(value) != len(limits):
        check.fail(path, f"expected {what}, got {describe(value)}")
        return None
    numbers = [
        _number(check, v, f"{path}[{i}]", 0, limit)
        for i, (v, limit) in enumerate(zip(value, limits, strict=True))
    ]
    return None if any(n is None for n in numbers) else tuple(n for n in numbers if n is not None)


def _joint_names(check: Checker, value: Any, path: str) -> tuple[str, ...] | None:
    if not isinstance(value, list) or len(value) < 2 or not all(isinstance(v, str) and v for v in value):
        check.fail(path, f"expected a list of at least two joint names, got {describe(value)}")
        return None
    return tuple(value)


def _read_figure(check: Checker, data: Mapping[str, Any]) -> Figure | None:
    table = check.table(data, "figure", "figure")
    if table is None:
        return None
    for key in table:
        if key not in ("head", "head_radius", "neck", "lines", "far_lines"):
            check.fail(f"figure.{key}", "unknown key; expected head, head_radius, neck, lines or far_lines")
    head = check.identifier(table, "head", "figure.head")
    neck = check.identifier(table, "neck", "figure.neck")
    radius = check.required(table, "head_radius", "figure.head_radius")
    radius = _number(check, radius, "figure.head_radius", 2, 40) if radius is not None else None
    groups: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key in ("lines", "far_lines"):
        raw = table.get(key, [] if key == "far_lines" else None)
        if raw is None:
            check.fail(f"figure.{key}", "missing (required)")
            continue
        if not isinstance(raw, list):
            check.fail(f"figure.{key}", f"expected a list of joint-name lists, got {describe(raw)}")
            continue
        lines = [_joint_names(check, line, f"figure.{key}[{i}]") for i, line in enumerate(raw)]
        groups[key] = tuple(line for line in lines if line is not None)
    if head is None or neck is None or radius is None or "lines" not in groups or not groups["lines"]:
        if "lines" in groups and not groups["lines"]:
            check.fail("figure.lines", "expected at least one line")
        return None
    return Figure(head, radius, neck, groups["lines"], groups.get("far_lines", ()))


def _read_props(check: Checker, table: Mapping[str, Any], path: str, base: Props | None = None) -> Props:
    """Props; a variant's keys replace the exercise's (``ball = false`` removes the ball)."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        where = f"{path}.{key}"
        if key not in PROP_KEYS:
            check.fail(where, f"unknown prop; expected one of {', '.join(PROP_KEYS)}")
        elif key == "mat":
            if not isinstance(value, bool):
                check.fail(where, f"expected true or false, got {describe(value)}")
            else:
                values["mat"] = value
        elif value is False:
            values[{"ball": "ball_radius", "wall": "wall_x"}.get(key, key)] = None
        elif key == "ball":
            values["ball_radius"] = _number(check, value, where, 4, 60)
        elif key == "wall":
            values["wall_x"] = _number(check, value, where, 0, VIEW_WIDTH)
        elif key == "step":
            values["step"] = _numbers(check, value, where, SPAN, "[x1, x2, top y] of the step")
        else:  # chair, table: a top (seat) and two legs
            values[key] = _read_furniture(check, value, where, "seat" if key == "chair" else "top")
    return Props(**{**(base.__dict__ if base else {}), **values})


def _read_furniture(
    check: Checker, value: Any, path: str, top_key: str
) -> tuple[float, float, float, float, float] | None:
    if not isinstance(value, Mapping):
        check.fail(
            path, f"expected a table {{ {top_key} = [x1, x2, y], legs = [x, x] }}, got {describe(value)}"
        )
        return None
    top = _numbers(check, value.get(top_key), f"{path}.{top_key}", SPAN, f"[x1, x2, y] of the {top_key}")
    legs = value.get("legs")
    leg_xs = None
    if isinstance(legs, list) and len(legs) == 2:
        xs = [_number(check, x, f"{path}.legs[{i}]", 0, VIEW_WIDTH) for i, x in enumerate(legs)]
        leg_xs = None if None in xs else tuple(x for x in xs if x is not None)
    else:
        check.fail(f"{path}.legs", f"expected [x, x] of the two legs, got {describe(legs)}")
    return (*top, *leg_xs) if top and leg_xs else None  # type: ignore[return-value]


def _read_motion(check: Checker, table: Mapping[str, Any], path: str) -> Motion | None:
    kind = check.choice(table, "kind", f"{path}.kind", MOTIONS)
    if kind == "loop":
        cycle = check.string_list(table, "cycle", f"{path}.cycle")
        seconds = check.required(table, "seconds", f"{path}.seconds")
        seconds = _number(check, seconds, f"{path}.seconds", 0.5, 120) if seconds is not None else None
        easing = check.choice(table, "easing", f"{path}.easing", EASINGS, default="ease")
        if cycle is not None and len(cycle) < 2:
            check.fail(f"{path}.cycle", "expected at least two poses to move between")
            return None
        if cycle is None or seconds is None or easing is None:
            return None
        return Motion("loop", cycle=cycle, seconds=seconds, easing=easing)
    if kind == "hold":
        settle = table.get("settle", 1.0)
        settled = _number(check, settle, f"{path}.settle", 0, 10)
        return None if settled is None else Motion("hold", settle=settled)
    return Motion("reps") if kind == "reps" else None


def _pose_names_needed(motion: Motion, still: str) -> list[tuple[str, str]]:
    """(pose name, why) for every pose the motion needs."""
    needed = [(still, "still")]
    if motion.kind == "loop":
        needed += [(name, "motion.cycle") for name in motion.cycle]
    else:
        needed += [("start", f"motion {motion.kind}")]
    return needed


def _resolve_poses(
    check: Checker, raw: Mapping[str, Mapping[str, Any]], path: str, joints: frozenset[str]
) -> dict[str, Pose]:
    """Follow ``from`` (a pose starts as a copy of another and lists what differs), check every joint."""
    resolved: dict[str, Pose] = {}

    def resolve(name: str, trail: tuple[str, ...]) -> Pose | None:
        if name in resolved:
            return resolved[name]
        table = raw[name]
        where = f"{path}.{name}"
        pose: Pose = {}
        origin = table.get("from")
        if origin is not None:
            if not isinstance(origin, str) or origin not in raw:
                check.fail(f"{where}.from", f"expected the name of another pose, got {describe(origin)}")
                return None
            if origin in trail:
                check.fail(
                    f"{where}.from", f"poses copy each other in a circle: {' → '.join((*trail, origin))}"
                )
                return None
            base = resolve(origin, (*trail, origin))
            if base is None:
                return None
            pose = dict(base)
        for joint, value in table.items():
            if joint == "from":
                continue
            if joint not in joints:
                check.fail(f"{where}.{joint}", "unknown joint: no line of the figure uses it")
                continue
            point = _numbers(check, value, f"{where}.{joint}", POINT, "[x, y] inside the 240 × 160 view box")
            if point is not None:
                pose[joint] = (point[0], point[1])
        missing = sorted(joints - pose.keys())
        if missing and origin is None:
            check.fail(where, f'missing joints {", ".join(missing)} (or copy them with from = "<pose>")')
            return None
        resolved[name] = pose
        return pose

    for name in raw:
        resolve(name, (name,))
    return resolved if len(resolved) == len(raw) else {}


def _pose_tables(check: Checker, parent: Mapping[str, Any], path: str) -> dict[str, Mapping[str, Any]]:
    table = check.table(parent, "poses", path, required=False)
    if table is None:
        return {}
    poses: dict[str, Mapping[str, Any]] = {}
    for name, value in table.items():
        if not isinstance(value, Mapping):
            check.fail(f"{path}.{name}", f"expected a table of joints, got {describe(value)}")
        else:
            poses[name] = value
    return poses


def _animation(
    check: Checker,
    *,
    figure: Figure,
    props: Props,
    motion: Motion,
    raw_poses: Mapping[str, Mapping[str, Any]],
    still: str,
    path: str,
) -> Animation | None:
    joints = figure.joints() | ({BALL_JOINT} if props.ball_radius else frozenset())
    poses = _resolve_poses(check, raw_poses, path, joints)
    if not poses:
        if not raw_poses:
            check.fail(path, "expected at least the poses start and end (or a loop's cycle)")
        return None
    problems = False
    for name, why in _pose_names_needed(motion, still):
        if name not in poses:
            check.fail(path, f'missing pose "{name}" (needed by {why})')
            problems = True
    if motion.kind != "loop" and "end" not in poses and not {"end_left", "end_right"} <= poses.keys():
        check.fail(
            path, f'missing pose "end" (or both end_left and end_right), needed by motion {motion.kind}'
        )
        problems = True
    return None if problems else Animation(figure, props, motion, poses, still)


def _merged_poses(
    base: Mapping[str, Mapping[str, Any]], patch: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """A variant's pose tables laid over the exercise's, joint by joint (a patched start reaches every pose
    copied from it)."""
    merged = {name: dict(table) for name, table in base.items()}
    for name, table in patch.items():
        merged.setdefault(name, {}).update(table)
    return merged


def pose_set_from_data(data: Mapping[str, Any], file: str) -> PoseSet:
    """Build a PoseSet from parsed TOML, or raise ProgramError listing every problem (file, field, expected)."""
    check = Checker(file)
    if not check.header(data, POSES_FORMAT, POSES_VERSION):
        check.raise_if_failed()
    known = {"format", "version", "exercise", "still", "figure", "props", "motion", "poses", "variants"}
    for key in data:
        if key not in known:
            check.fail(key, f"unknown key; expected one of {', '.join(sorted(known))}")
    exercise = check.identifier(data, "exercise", "exercise")
    still = check.string(data, "still", "still", required=False) or "end"
    figure = _read_figure(check, data)
    props_table = check.table(data, "props", "props", required=False) or {}
    props = _read_props(check, props_table, "props")
    motion_table = check.table(data, "motion", "motion")
    motion = _read_motion(check, motion_table, "motion") if motion_table is not None else None
    raw_poses = _pose_tables(check, data, "poses")
    base = None
    if figure is not None and motion is not None:
        base = _animation(
            check, figure=figure, props=props, motion=motion, raw_poses=raw_poses, still=still, path="poses"
        )
    variants: dict[str, Animation] = {}
    variant_tables = check.table(data, "variants", "variants", required=False) or {}
    for vid, table in variant_tables.items():
        path = f"variants.{vid}"
        if not isinstance(table, Mapping):
            check.fail(path, f"expected a table, got {describe(table)}")
            continue
        for key in table:
            if key not in ("still", "props", "motion", "poses"):
                check.fail(f"{path}.{key}", "unknown key; expected still, props, motion or poses")
        v_props = _read_props(
            check, check.table(table, "props", f"{path}.props", required=False) or {}, f"{path}.props", props
        )
        v_motion_table = check.table(table, "motion", f"{path}.motion", required=False)
        v_motion = _read_motion(check, v_motion_table, f"{path}.motion") if v_motion_table else motion
        v_still = check.string(table, "still", f"{path}.still", required=False) or still
        v_poses = _merged_poses(raw_poses, _pose_tables(check, table, f"{path}.poses"))
        if figure is not None and v_motion is not None:
            animation = _animation(
                check,
                figure=figure,
                props=v_props,
                motion=v_motion,
                raw_poses=v_poses,
                still=v_still,
                path=f"{path}.poses",
            )
            if animation is not None:
                variants[vid] = animation
    check.raise_if_failed()
    assert exercise is not None and base is not None
    return PoseSet(exercise, base, variants)


def load_pose_set(raw: bytes, file: str) -> PoseSet:
    return pose_set_from_data(parse_toml(raw, file), file)


def check_against(pose_set: PoseSet, exercise: Exercise, file: str) -> list[Problem]:
    """What does not fit the exercise: another id, unknown variants, a motion that its kind cannot follow."""
    problems: list[Problem] = []
    if pose_set.exercise != exercise.id:
        problems.append(Problem(file, "exercise", f'expected "{exercise.id}", got "{pose_set.exercise}"'))
    known = {v.id for v in exercise.variants}
    for vid in pose_set.variants:
        if vid not in known:
            listed = ", ".join(sorted(known)) or "none"
            problems.append(
                Problem(file, f"variants.{vid}", f"unknown variant of {exercise.id} (known: {listed})")
            )
    allowed = {Kind.REPS: ("reps",), Kind.TIMED: ("hold", "loop"), Kind.CONTINUOUS: ("loop",)}[exercise.kind]
    for name, animation in (
        ("motion", pose_set.base),
        *((f"variants.{v}.motion", a) for v, a in pose_set.variants.items()),
    ):
        if animation.motion.kind not in allowed:
            problems.append(
                Problem(
                    file,
                    name,
                    f"expected {' or '.join(allowed)} for an exercise of kind {exercise.kind.value}, "
                    f"got {animation.motion.kind}",
                )
            )
    return problems


def poses_file_name(exercise_id: str) -> str:
    return f"poses/{exercise_id}.toml"


@cache
def shipped_pose_set(exercise_id: str) -> PoseSet | None:
    """The shipped poses of an exercise; None when it has none (the session then shows the still drawing).
    A broken shipped file raises ProgramError (the tests load every one)."""
    entry = exercises_folder() / poses_file_name(exercise_id)
    if not entry.is_file():
        return None
    return load_pose_set(entry.read_bytes(), poses_file_name(exercise_id))
