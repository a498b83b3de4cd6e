"""Key poses of the moving exercise figure, and the pose at any moment of a session step.

Each exercise has a pose file, ``resources/exercises/poses/<exercise id>.toml`` (format ``rugtimer-poses``,
described in ``docs/pose-format.md``): a stick figure of named joints with x, y in the still drawings'
240 × 160 view box, the lines between them and the head, the props it uses (mat, ball, wall, chair, step,
table), its key poses and how they follow the session's steps:

- ``reps``: the tempo's first phase (UP for a bridge, DOWN for a squat) moves start → end, HOLD keeps end,
  the other phase returns end → start; a pose named ``end_left``/``end_right`` is used on that side;
- ``hold``: a timed hold eases from start into end at the beginning of the set and back at its end;
- ``loop``: timed and continuous movement cycles gently through key poses on the step's own clock.

Get-ready, rest and side switches show the start pose. Variants patch poses (and may add props or change
the motion); a variant the file does not mention looks like the exercise.

Everything is computed from the step and the time spent in it (the runner's snapshot), never from counting
frames, so the figure moves on the same clock as the cues. Qt-free: ``ui/pose_figure.py`` only draws.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rugtimer.program.exercises import Exercise, Kind, parse_toml
from rugtimer.program.timeline import Phase
from rugtimer.program.validation import Checker, Problem, describe

POSES_FORMAT = "rugtimer-poses"
POSES_VERSION = 1
VIEW_WIDTH, VIEW_HEIGHT = 240.0, 160.0
"""The still drawings' view box: every joint lies inside it."""
MOTIONS = ("reps", "hold", "loop")
EASINGS = ("ease", "linear")
BALL_JOINT = "ball"
"""The joint that carries the ball's centre when the figure uses a ball."""
PROP_KEYS = ("mat", "ball", "wall", "chair", "step", "table")
RESTING_PHASES = frozenset({Phase.LEAD_IN, Phase.REST, Phase.SWITCH})

Point = tuple[float, float]
Pose = dict[str, Point]


@dataclass(frozen=True)
class Figure:
    """What is drawn: the head (a circle around one joint), the neck from its edge to another joint, and
    lines through joints; ``far_lines`` are the limbs on the far side, drawn fainter."""

    head: str
    head_radius: float
    neck: str
    lines: tuple[tuple[str, ...], ...]
    far_lines: tuple[tuple[str, ...], ...] = ()

    def joints(self) -> frozenset[str]:
        return frozenset(
            {self.head, self.neck, *(j for line in (*self.lines, *self.far_lines) for j in line)}
        )


@dataclass(frozen=True)
class Props:
    """The things around the figure, in view-box units. The ball moves with the pose's ``ball`` joint."""

    mat: bool = False
    ball_radius: float | None = None
    wall_x: float | None = None
    chair: tuple[float, float, float, float, float] | None = None  # seat x1, x2, y; legs at x, x
    step: tuple[float, float, float] | None = None  # x1, x2, top y (a box down to the mat or floor)
    table: tuple[float, float, float, float, float] | None = None  # top x1, x2, y; legs at x, x


@dataclass(frozen=True)
class Motion:
    kind: str  # one of MOTIONS
    cycle: tuple[str, ...] = ()  # loop: the key poses in order, back to the first
    seconds: float = 0.0  # loop: one whole cycle
    easing: str = "ease"  # loop: "ease" stops softly at every key pose, "linear" for a round path
    settle: float = 0.0  # hold: seconds to move into the hold (and out of it at the end)


@dataclass(frozen=True)
class Animation:
    """One exercise or one variant, with every pose resolved to all of the figure's joints."""

    figure: Figure
    props: Props
    motion: Motion
    poses: Mapping[str, Pose]
    still: str

    def pose(self, name: str, side: str | None = None) -> Pose:
        """The pose ``name``, or its per-side version (``end_left``) when there is one; a step without a side
        in an exercise that only has per-side poses gets the left one."""
        names = ([f"{name}_{side}"] if side else []) + [name, f"{name}_left", f"{name}_right"]
        for candidate in names:
            if candidate in self.poses:
                return self.poses[candidate]
        raise KeyError(name)

    def still_pose(self) -> Pose:
        """The pose shown without motion (reduced motion, a finished session): like the cards' drawing."""
        return self.poses[self.still]

    def rest_pose(self, side: str | None = None) -> Pose:
        """The pose before and between movements: the start, or a loop's first pose."""
        if self.motion.kind == "loop":
            return self.poses[self.motion.cycle[0]]
        return self.pose("start", side)


@dataclass(frozen=True)
class PoseSet:
    exercise: str
    base: Animation
    variants: Mapping[str, Animation] = field(default_factory=dict)

    def animation(self, variant: str | None = None) -> Animation:
        """The variant's figure; the exercise's own when the variant has no poses of its own."""
        return self.variants.get(variant or "", self.base)


# -- motion ------------------------------------------------------------------------------------------------


def ease_in_out(t: float) -> float:
    """Smooth start and stop (smoothstep); 0 → 0, 1 → 1 and never outside [0, 1]."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """Every joint ``t`` of the way from ``a`` to ``b`` (0 = a, 1 = b)."""
    t = min(1.0, max(0.0, t))
    return {name: (x + (b[name][0] - x) * t, y + (b[name][1] - y) * t) for name, (x, y) in a.items()}


def pose_at(
    animation: Animation,
    phase: Phase | str,
    elapsed_ms: float,
    duration_ms: float,
    *,
    side: str | None = None,
    first: str = "up",
) -> Pose:
    """The figure ``elapsed_ms`` into a step of ``phase`` lasting ``duration_ms``; ``first`` is the
    exercise's first tempo phase ("up" for a bridge, "down" for a squat)."""
    phase = Phase(phase)
    motion = animation.motion
    fraction = min(1.0, max(0.0, elapsed_ms / duration_ms)) if duration_ms > 0 else 1.0
    if phase in RESTING_PHASES:
        return animation.rest_pose(side)
    if motion.kind == "reps":
        start, end = animation.pose("start", side), animation.pose("end", side)
        if phase is Phase.HOLD:
            return end
        if phase in (Phase.UP, Phase.DOWN):
            away = phase.value == first
            return blend(start, end, ease_in_out(fraction if away else 1.0 - fraction))
        return animation.still_pose()
    if motion.kind == "hold":
        return _held(animation, side, elapsed_ms, duration_ms)
    return _looped(motion, animation.poses, elapsed_ms)


def _held(animation: Animation, side: str | None, elapsed_ms: float, duration_ms: float) -> Pose:
    """Into the hold over ``settle`` seconds, still, and out again over the last ``settle`` seconds (each at
    most a third of the step)."""
    settle_ms = min(animation.motion.settle * 1000, duration_ms / 3)
    start, end = animation.pose("start", side), animation.pose("end", side)
    if settle_ms <= 0:
        return end
    into = elapsed_ms / settle_ms
    out_of = (duration_ms - elapsed_ms) / settle_ms
    return blend(start, end, ease_in_out(min(into, out_of, 1.0)))


def _looped(motion: Motion, poses: Mapping[str, Pose], elapsed_ms: float) -> Pose:
    cycle = motion.cycle
    position = (max(0.0, elapsed_ms) / (motion.seconds * 1000)) % 1.0 * len(cycle)
    index = min(int(position), len(cycle) - 1)
    t = position - index
    a, b = poses[cycle[index]], poses[cycle[(index + 1) % len(cycle)]]
    return blend(a, b, ease_in_out(t) if motion.easing == "ease" else t)


# -- reading -----------------------------------------------------------------------------------------------


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
    from rugtimer.program.library import exercises_folder

    entry = exercises_folder() / poses_file_name(exercise_id)
    if not entry.is_file():
        return None
    return load_pose_set(entry.read_bytes(), poses_file_name(exercise_id))
