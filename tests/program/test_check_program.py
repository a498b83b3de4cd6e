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
