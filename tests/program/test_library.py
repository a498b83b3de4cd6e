"""The shipped library: all eight exercises of the source with its exact dosages, and the start plan."""

from __future__ import annotations

from rugtimer.program.exercises import Kind, Range, Sides
from rugtimer.program.library import illustration_bytes, load_library


def test_all_eight_exercises_in_source_order() -> None:
    library = load_library()
    assert [(e.group, e.label) for e in library.exercises.values()] == [
        ("floor", "1"), ("floor", "2"), ("floor", "3"), ("floor", "4"),
        ("ball", "A"), ("ball", "B"), ("ball", "C"), ("ball", "D"),
    ]  # fmt: skip


def test_dosages_are_the_sources_ranges() -> None:
    ex = load_library().exercises
    assert (ex["knee_rocking"].kind, ex["knee_rocking"].dosage.seconds) == (Kind.CONTINUOUS, Range(60, 120))
    assert (ex["seated_micro_moves"].dosage.sets, ex["seated_micro_moves"].dosage.seconds) == (
        Range(2, 2),
        Range(45, 60),
    )
    bridge = ex["glute_bridge"]
    assert bridge.dosage.reps == Range(8, 12)
    assert (bridge.tempo.up, bridge.tempo.hold, bridge.tempo.down) == (2, 2, 2)
    bird = ex["bird_dog"]
    assert (bird.dosage.sets, bird.dosage.reps, bird.dosage.sides) == (
        Range(2, 3),
        Range(6, 10),
        Sides.ALTERNATE,
    )
    assert bird.tempo.hold == 3
    assert ex["ball_knee_rocking_hip_circles"].dosage.seconds == Range(120, 180)
    assert ex["ball_mini_tilt"].dosage.seconds == Range(45, 60)
    assert (ex["ball_plank_light"].dosage.sets, ex["ball_plank_light"].dosage.seconds) == (
        Range(2, 3),
        Range(20, 30),
    )
    assert (ex["ball_wall_squat"].dosage.sets, ex["ball_wall_squat"].dosage.reps) == (
        Range(2, 3),
        Range(8, 12),
    )
    assert ex["ball_wall_squat"].tempo.first == "down"


def test_start_plan_week_one_is_the_sources() -> None:
    plan = load_library().plan
    assert plan.days_per_week == Range(3, 4)
    assert (plan.activity.minutes, plan.activity.times_per_week) == (Range(20, 30), 3)
    doses = {d.exercise: (d.sets, d.reps, d.seconds) for d in plan.week1}
    assert doses["knee_rocking"] == (1, None, 60)
    assert doses["seated_micro_moves"] == (2, None, 45)
    assert doses["glute_bridge"] == (2, 10, None)
    assert doses["bird_dog"] == (2, 6, None)
    assert len(doses) == 8


def test_every_exercise_is_complete_in_both_languages() -> None:
    library = load_library()
    for exercise in library.exercises.values():
        assert exercise.variants_at("easier") and exercise.variants_at("harder"), exercise.id
        assert len(exercise.steps.nl) >= 3
        assert all(ref in library.references for ref in exercise.references)
        assert illustration_bytes(exercise).lstrip().startswith(b"<svg")


def test_dose_descriptions() -> None:
    library = load_library()
    bridge = library.exercise("glute_bridge")
    assert library.plan.dose_for("glute_bridge").describe(bridge) == "2 × 10, tempo 2-2-2"
    bird = library.exercise("bird_dog")
    assert library.plan.dose_for("bird_dog").describe(bird, "en") == "2 × 6 per side, tempo 1-3-1"
    assert library.plan.dose_for("knee_rocking").describe(library.exercise("knee_rocking")) == "1 min"
    assert (
        library.plan.dose_for("seated_micro_moves").describe(library.exercise("seated_micro_moves"))
        == "2 × 45 s"
    )
