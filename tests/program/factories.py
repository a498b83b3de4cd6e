"""Build exercises for engine tests from the same TOML-shaped data the loader reads."""

from __future__ import annotations

from typing import Any

from rugtimer.program.exercises import Exercise, exercise_from_data


def exercise_data(kind: str = "reps", **overrides: Any) -> dict[str, Any]:
    text = {"nl": "tekst", "en": "text"}
    data: dict[str, Any] = {
        "format": "rugtimer-exercise",
        "version": 1,
        "id": "test_exercise",
        "group": "floor",
        "label": "9",
        "kind": kind,
        "purpose": ["strength"],
        "equipment": ["mat"],
        "illustration": "test.svg",
        "name": {"nl": "Testoefening", "en": "Test exercise"},
        "cue": text,
        "steps": {"nl": ["stap"], "en": ["step"]},
        "why": text,
        "safety": {"nl": ["stop bij scherpe pijn"], "en": ["stop on sharp pain"]},
        "dosage": {"sets": [2, 3], "reps": [8, 12]},
        "tempo": {"up": 2, "hold": 2, "down": 2},
        "variants": [{"id": "easier", "level": "easier", "name": text, "description": text}],
    }
    if kind == "timed":
        data["dosage"] = {"sets": [2, 3], "seconds": [20, 60]}
        del data["tempo"]
    elif kind == "continuous":
        data["dosage"] = {"seconds": [60, 180]}
        del data["tempo"]
    for key, value in overrides.items():
        data[key] = value
    return data


def make_exercise(kind: str = "reps", **overrides: Any) -> Exercise:
    return exercise_from_data(exercise_data(kind, **overrides), "test.toml")
