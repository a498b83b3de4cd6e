"""check-program: every shipped file passes; broken files get every problem named, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugtimer.cli import main
from rugtimer.program.checking import check_files
from rugtimer.program.library import exercises_folder

SHIPPED = Path(str(exercises_folder()))
BRIDGE = (SHIPPED / "glute_bridge.toml").read_text(encoding="utf-8")
PLAN = (SHIPPED / "plan.toml").read_text(encoding="utf-8")


def problems_for(tmp_path: Path, text: str | bytes, name: str = "broken.toml") -> list[str]:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    (report,) = check_files([path])
    return [f"{p.field}: {p.message}" for p in report.problems]


def test_every_shipped_file_passes(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SHIPPED.glob("*.toml"))
    assert main(["check-program", *files]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(files)
    assert all(": ok — " in line for line in out)


def test_truncated_file(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, BRIDGE[: len(BRIDGE) // 3] + '\n[name\nnl = "x')
    assert len(problems) == 1 and "not valid TOML" in problems[0]


def test_empty_file(tmp_path: Path) -> None:
    assert problems_for(tmp_path, "") == [": the file is empty; expected a TOML document"]


def test_not_utf8(tmp_path: Path) -> None:
    assert "UTF-8" in problems_for(tmp_path, b"\xff\xfe\x00id = 1")[0]


def test_number_replaced_by_text(tmp_path: Path) -> None:
    broken = BRIDGE.replace("up = 2", 'up = "twee"')
    assert problems_for(tmp_path, broken) == ['tempo.up: expected a whole number, got "twee"']


def test_reversed_and_negative_ranges(tmp_path: Path) -> None:
    broken = BRIDGE.replace("reps = [8, 12]", "reps = [12, 8]").replace("sets = [2, 3]", "sets = [-1, 3]")
    assert problems_for(tmp_path, broken) == [
        "dosage.sets: expected a range starting above 0, got [-1, 3]",
        "dosage.reps: expected low <= high, got a reversed range [12, 8]",
    ]


def test_field_deleted_and_unknown_kind_all_reported(tmp_path: Path) -> None:
    broken = BRIDGE.replace('kind = "reps"', 'kind = "jumping"').replace('label = "3"\n', "")
    problems = problems_for(tmp_path, broken)
    assert 'kind: expected one of reps, timed, continuous, got "jumping"' in problems
    assert "label: missing (required)" in problems


def test_future_version_and_wrong_format(tmp_path: Path) -> None:
    assert (
        "newer than this RugTimer" in problems_for(tmp_path, BRIDGE.replace("version = 1", "version = 7"))[0]
    )
    assert problems_for(tmp_path, 'format = "spreadsheet"\n')[0].startswith("format: expected")


def test_plan_with_unknown_exercise_and_dose_out_of_range(tmp_path: Path) -> None:
    broken = PLAN.replace('exercise = "glute_bridge"', 'exercise = "handstand"', 1)
    broken = broken.replace("reps = 6", "reps = 60", 1)
    problems = problems_for(tmp_path, broken, "plan.toml")
    assert any(p.startswith('week1[2].exercise: unknown exercise id "handstand"') for p in problems), problems
    assert any("expected 6–10 repetitions for bird_dog, got 60" in p for p in problems), problems


def test_plan_may_use_exercises_given_beside_it(tmp_path: Path) -> None:
    mine = BRIDGE.replace('id = "glute_bridge"', 'id = "my_bridge"')
    (tmp_path / "my_bridge.toml").write_text(mine, encoding="utf-8")
    plan = PLAN.replace('exercise = "glute_bridge"', 'exercise = "my_bridge"', 1)
    (tmp_path / "plan.toml").write_text(plan, encoding="utf-8")
    reports = check_files([tmp_path / "my_bridge.toml", tmp_path / "plan.toml"])
    assert [r.problems for r in reports] == [(), ()]


def test_cli_exit_code_and_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(BRIDGE.replace("hold = 2", "hold = 2.5"), encoding="utf-8")
    missing = tmp_path / "nope.toml"
    assert main(["check-program", str(bad), str(missing)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: tempo.hold: expected a whole number, got 2.5" in err
    assert f"{missing}: no such file" in err
    assert "Traceback" not in err


def test_cli_usage_error_exits_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rugtimer", "check-program"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "FILE" in result.stderr


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_any_mutation_gives_problems_or_passes_never_a_crash(tmp_path: Path, data: st.DataObject) -> None:
    lines = BRIDGE.splitlines()
    index = data.draw(st.integers(0, len(lines) - 1))
    replacement = data.draw(
        st.sampled_from(["", "x = ", "[dosage]", 'sets = "3"', "reps = []", "up = -1", "]]", "\x00"])
    )
    mutated = "\n".join([*lines[:index], replacement, *lines[index + 1 :]])
    problems_for(tmp_path, mutated)  # must return a list, whatever it holds


# --- program files (rugtimer-program): what "My program" imports and exports

PROGRAM = """format = "rugtimer-program"
version = 1
name = "Week 3 voor Anna"
rest_seconds = 30

[[exercise]]
id = "knee_rocking"
seconds = 90

[[exercise]]
id = "glute_bridge"
sets = 3
reps = 10
variant = "smaller_lift"
"""


def test_a_good_program_file_gets_a_summary_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "anna.toml"
    path.write_text(PROGRAM, encoding="utf-8")
    assert main(["check-program", str(path)]) == 0
    assert capsys.readouterr().out == (
        f'{path}: ok — program "Week 3 voor Anna": 2 exercises (knee_rocking, glute_bridge), rest 30 s\n'
    )


def test_a_program_without_name_or_rest(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(PROGRAM.replace('name = "Week 3 voor Anna"\n', "").replace("rest_seconds = 30\n", ""))
    (report,) = check_files([path])
    assert (
        report.summary
        == "program (no name): 2 exercises (knee_rocking, glute_bridge), rest from the settings"
    )


def test_a_bad_program_file_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "anna.toml"
    broken = PROGRAM.replace("reps = 10", "reps = 15").replace("rest_seconds = 30", "rest_seconds = 700")
    path.write_text(broken.replace('id = "knee_rocking"', 'id = "cat_cow"'), encoding="utf-8")
    assert main(["check-program", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: rest_seconds: expected at most 600 seconds, got 700" in err
    assert f'{path}: exercise[0].id: unknown exercise id "cat_cow"' in err
    assert f"{path}: exercise[1].reps: expected 8–12 repetitions for glute_bridge, got 15" in err
    assert "1 of 1 file(s) have problems" in err


def test_a_program_may_use_an_exercise_given_beside_it(tmp_path: Path) -> None:
    mine = tmp_path / "my_bridge.toml"
    mine.write_text(BRIDGE.replace('id = "glute_bridge"', 'id = "my_bridge"'), encoding="utf-8")
    program = tmp_path / "program.toml"
    program.write_text(PROGRAM.replace('id = "glute_bridge"', 'id = "my_bridge"'), encoding="utf-8")
    assert [r.problems for r in check_files([program, mine])] == [(), ()]
    (alone,) = check_files([program])
    assert [p.field for p in alone.problems] == ["exercise[1].id"]


def test_a_program_the_app_exports_passes(tmp_path: Path) -> None:
    from rugtimer.program.library import load_library
    from rugtimer.program.program import start_program
    from rugtimer.program.program_files import write_program_file

    library = load_library()
    path = tmp_path / "mijn-rugprogramma.toml"
    write_program_file(
        path, start_program(library.plan, "both", library.exercises), library.exercises, "RugTimer"
    )
    (report,) = check_files([path])
    assert report.problems == ()
    assert report.summary is not None and report.summary.startswith("program (no name): 8 exercises")


def test_a_history_export_is_named_as_such(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, '{"format": "rugtimer-history", "version": 1}', "history.json")
    assert len(problems) == 1 and "history export" in problems[0], problems
    toml_history = problems_for(tmp_path, 'format = "rugtimer-history"\nversion = 1\n', "history.toml")
    assert toml_history[0].startswith("format: this is a RugTimer history export"), toml_history
    assert '"rugtimer-program"' in toml_history[0]


def test_unknown_format_lists_every_format_check_program_knows(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, 'format = "spreadsheet"\n')
    assert problem == (
        'format: expected "rugtimer-exercise", "rugtimer-plan", "rugtimer-references" or "rugtimer-program",'
        " got 'spreadsheet'"
    )


def test_a_special_file_is_not_read(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    (report,) = check_files([Path("/dev/zero")])  # endless: reading it would never stop
    assert [p.message for p in report.problems] == [
        "is not a regular file (a device, pipe or socket); expected a TOML file"
    ]


def test_the_documented_example_passes_with_the_documented_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/program-format.md shows a complete program file and what check-program says about it."""
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "program-format.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Program file") : doc.index("## Exercise file")]
    example = re.search(r"```toml\n(.*?)```", section, re.S)
    assert example is not None
    path = tmp_path / "anna.toml"
    path.write_text(example.group(1), encoding="utf-8")
    assert main(["check-program", str(path)]) == 0
    summary = capsys.readouterr().out.strip().replace(str(path), "anna.toml")
    assert f"\n{summary}\n" in section


def test_the_documented_ranges_are_the_librarys() -> None:
    """The physiotherapists' table of ids, ranges and variants in docs/program-format.md matches the files."""
    from rugtimer.program.library import load_library

    doc = (Path(__file__).resolve().parents[2] / "docs" / "program-format.md").read_text(encoding="utf-8")
    section = doc[doc.index("### The exercises and their ranges") : doc.index("### Checking a file")]
    lines = [
        line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| Label")
    ]
    rows = [line.split("|")[1:-1] for line in lines]
    library = load_library()
    assert [cells[1].strip().strip("`") for cells in rows] == list(library.exercises)
    for cells in rows:
        exercise = library.exercise(cells[1].strip().strip("`"))
        assert cells[0].strip() == exercise.label
        assert cells[2].strip() == f"{exercise.name.nl} / {exercise.name.en}"
        assert cells[3].strip() == exercise.kind.value
        if exercise.kind.value != "continuous":
            assert cells[4].strip() == str(exercise.dosage.sets)
        amount = exercise.dosage.reps if exercise.kind.value == "reps" else exercise.dosage.seconds
        assert f" {amount}" in cells[5], cells
        variants = ", ".join(f"`{v.id}` ({v.level})" for v in exercise.variants)
        assert cells[7].strip() == variants
