"""Which cue plays when: rep numbers, "nog één", phase words, 3-2-1, the final chime."""

from __future__ import annotations

from rugtimer.program.cueing import cues_for
from rugtimer.program.plan import Dose
from rugtimer.program.runner import SessionRunner, schedule
from rugtimer.program.timeline import TimelineSettings, build_timeline
from tests.program.factories import make_exercise
from tests.program.fake_clock import FakeClock


def all_cues(timeline, spoken: bool, known=()) -> list[str]:
    return [
        key for _, _, e in schedule(timeline) for key in cues_for(e, timeline, spoken=spoken, known=known)
    ]


def bridge(sets: int = 1, reps: int = 3):
    exercise = make_exercise("reps", id="glute_bridge")
    return build_timeline(
        [(exercise, Dose("glute_bridge", sets=sets, reps=reps))], TimelineSettings(lead_in_s=5, rest_s=30)
    )


def test_spoken_bridge_counts_reps_and_says_last_one() -> None:
    cues = all_cues(bridge(), spoken=True, known={"voice:ex_glute_bridge"})
    assert cues == [
        "voice:ex_glute_bridge", "voice:count_3", "voice:count_2", "voice:count_1",
        "voice:rep_1", "voice:hold", "voice:down",
        "voice:rep_2", "voice:hold", "voice:down",
        "voice:last_rep", "voice:hold", "voice:down",
        "tone:final",
    ]  # fmt: skip


def test_tones_only_when_voice_is_off() -> None:
    cues = all_cues(bridge(sets=2, reps=1), spoken=False)
    assert cues == [
        "tone:tick", "tone:tick", "tone:tick", "tone:tick",
        "tone:up", "tone:hold", "tone:down",
        "tone:rest", "tone:tick", "tone:tick", "tone:tick",
        "tone:up", "tone:hold", "tone:down",
        "tone:done", "tone:final",
    ]  # fmt: skip


def test_unknown_exercise_name_falls_back_to_get_ready() -> None:
    assert all_cues(bridge(), spoken=True)[0] == "voice:get_ready"


def test_bird_dog_says_the_rep_then_right() -> None:
    bird = make_exercise(
        "reps",
        id="bird_dog",
        dosage={"sets": [1, 3], "reps": [1, 10], "sides": "alternate"},
        tempo={"up": 1, "hold": 3, "down": 1},
    )
    timeline = build_timeline([(bird, Dose("bird_dog", sets=1, reps=2))], TimelineSettings(lead_in_s=0))
    starts = [k for k in all_cues(timeline, spoken=True) if k not in ("voice:hold", "voice:down")]
    assert starts == ["voice:rep_1", "voice:right", "voice:last_rep", "voice:right", "tone:final"]


def test_paused_is_spoken() -> None:
    clock = FakeClock()
    timeline = bridge()
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(1)
    assert [k for e in runner.pause() for k in cues_for(e, timeline, spoken=True)] == ["voice:paused"]
