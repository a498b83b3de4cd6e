"""A field that is there but wrong is reported once, as wrong (never also as missing), and the checks after it
(duplicate exercises, the other fields' ranges) still run, so check-program names every problem."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugtimer.cli import main
from rugtimer.program.checking import check_files
from rugtimer.program.library import exercises_folder, load_library
from rugtimer.program.program import program_from_data
from rugtimer.program.validation import ProgramError

EXERCISES = load_library().exercises
HEAD = 'format = "rugtimer-program"\nversion = 1\n'


def entry(exercise_id: str, **fields: str) -> str:
    """One ``[[exercise]]`` table; the field values are TOML text as written in the file."""
    return "\n[[exercise]]\n" + f'id = "{exercise_id}"\n' + "".join(f"{k} = {v}\n" for k, v in fields.items())


def problems_for(tmp_path: Path, text: str, name: str = "anna.toml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (report,) = check_files([path])
    return [f"{p.field}: {p.message}" for p in report.problems]


def test_the_reviewers_file_gives_each_problem_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "anna.toml"
    path.write_text(
        HEAD
        + entry("glute_bridge", sets="2.5", reps="10")
        + entry("bird_dog", sets="2", reps="8")
        + entry("glute_bridge", sets="3", reps="10"),
        encoding="utf-8",
    )
    assert main(["check-program", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{path}: exercise[0].sets: expected a whole number, got 2.5",
        f'{path}: exercise[2].id: "glute_bridge" appears twice; expected each exercise once',
        "1 of 1 file(s) have problems",
    ]


def test_a_duplicate_of_a_good_entry_is_found_when_the_duplicate_is_the_bad_one(tmp_path: Path) -> None:
    text = HEAD + entry("glute_bridge", sets="3", reps="10") + entry("glute_bridge", sets='"3"', reps="10")
    assert problems_for(tmp_path, text) == [
        'exercise[1].sets: expected a whole number, got "3"',
        'exercise[1].id: "glute_bridge" appears twice; expected each exercise once',
    ]


def test_the_other_fields_of_the_bad_entry_are_still_checked(tmp_path: Path) -> None:
    text = HEAD + entry("glute_bridge", sets="2.5", reps="15", variant='"cartwheel"')
    problems = problems_for(tmp_path, text)
    assert problems[0] == "exercise[0].sets: expected a whole number, got 2.5"
    assert problems[1] == "exercise[0].reps: expected 8–12 repetitions for glute_bridge, got 15"
    assert problems[2].startswith('exercise[0].variant: unknown variant "cartwheel" of glute_bridge')
    assert len(problems) == 3


def test_a_wrong_reps_or_seconds_is_not_also_missing(tmp_path: Path) -> None:
    text = (
        HEAD + entry("glute_bridge", sets="3", reps="[10]") + entry("ball_plank_light", sets="2", seconds="0")
    )
    assert problems_for(tmp_path, text) == [
        "exercise[0].reps: expected a whole number, got a list",
        "exercise[1].seconds: expected a whole number of at least 1, got 0",
    ]


def test_a_field_that_is_left_out_is_still_missing(tmp_path: Path) -> None:
    text = HEAD + entry("glute_bridge", reps="10") + entry("glute_bridge", sets="3")
    assert problems_for(tmp_path, text) == [
        "exercise[0].sets: missing (required)",
        "exercise[1].reps: missing: glute_bridge is counted in repetitions (8–12)",
        'exercise[1].id: "glute_bridge" appears twice; expected each exercise once',
    ]


def test_the_start_plan_reports_a_duplicate_after_a_bad_entry_too(tmp_path: Path) -> None:
    plan = (Path(str(exercises_folder())) / "plan.toml").read_text(encoding="utf-8")
    first = plan.index("[[week1]]")
    duplicated = (
        plan[:first] + '[[week1]]\nexercise = "glute_bridge"\nsets = 2.5\nreps = 10\n\n' + plan[first:]
    )
    problems = problems_for(tmp_path, duplicated, "plan.toml")
    assert problems[0] == "week1[0].sets: expected a whole number, got 2.5"
    assert any(p.endswith('"glute_bridge" appears twice; expected each exercise once') for p in problems)
    assert not any("missing" in p for p in problems), problems


# --- any single wrong value of a required whole-number field: exactly one problem, naming that field

GOOD = {  # a good entry of each kind, and its required whole-number fields
    "glute_bridge": {"sets": 3, "reps": 10},
    "ball_plank_light": {"sets": 2, "seconds": 25},
    "knee_rocking": {"seconds": 90},
}

NOT_WHOLE_NUMBERS = st.one_of(
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.booleans(),
    st.lists(st.integers(1, 5), max_size=3),
    st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), max_size=2),
    st.dates(),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.times(),
)
WRONG_VALUES = st.one_of(NOT_WHOLE_NUMBERS, st.integers(max_value=0), st.integers(min_value=1000))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    case=st.sampled_from([(e, f) for e, fields in GOOD.items() for f in fields]),
    value=WRONG_VALUES,
    duplicate=st.booleans(),
)
def test_one_wrong_required_whole_number_is_one_problem(
    case: tuple[str, str], value: Any, duplicate: bool
) -> None:
    exercise_id, key = case
    table = {"id": exercise_id, **GOOD[exercise_id], key: value}
    tables: list[dict[str, Any]] = [table, {"id": exercise_id, **GOOD[exercise_id]}] if duplicate else [table]
    data = {"format": "rugtimer-program", "version": 1, "exercise": tables}
    with pytest.raises(ProgramError) as caught:
        program_from_data(data, "anna.toml", EXERCISES)
    problems = [(p.field, p.message) for p in caught.value.problems]
    mine = [message for field, message in problems if field == f"exercise[0].{key}"]
    assert len(mine) == 1 and "missing" not in mine[0], problems
    expected_others = [("exercise[1].id", f'"{exercise_id}" appears twice; expected each exercise once')]
    assert [p for p in problems if p[0] != f"exercise[0].{key}"] == (expected_others if duplicate else [])
