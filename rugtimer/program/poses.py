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
frames, so the figure moves on the same clock as the cues. The files are read by ``program/pose_files.py``;
Qt-free: ``ui/pose_figure.py`` only draws.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rugtimer.program.timeline import Phase

VIEW_WIDTH, VIEW_HEIGHT = 240.0, 160.0
"""The still drawings' view box: every joint lies inside it."""
MOTIONS = ("reps", "hold", "loop")
BALL_JOINT = "ball"
"""The joint that carries the ball's centre when the figure uses a ball."""
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


def moves(animation: Animation, phase: Phase | str) -> bool:
    """Whether the figure changes during a step of ``phase`` (a rep's hold and every rest are still), so the
    screen need not be redrawn while it stands."""
    phase = Phase(phase)
    if phase in RESTING_PHASES:
        return False
    if animation.motion.kind == "reps":
        return phase in (Phase.UP, Phase.DOWN)
    return True


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
