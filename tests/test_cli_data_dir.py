"""``--data-dir`` works before and after the sub-command alike, and a data folder under a file is named as
such by every command that reads the folder (exit 1, one line, nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rugtimer.cli import EXIT_PROBLEM, EXIT_USAGE, app_only, main

DEMO = ("demo", "--weeks", "1", "--today", "2026-11-25", "--language", "en")


def files_in(folder: Path) -> set[str]:
    """Every path below ``folder`` (relative), to show that a refused command wrote nothing."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def make_demo(folder: Path) -> None:
    assert main(["--data-dir", str(folder), *DEMO]) == 0


@pytest.mark.parametrize("placement", ["before", "after", "after with ="])
def test_demo_writes_where_data_dir_says_in_either_place(tmp_path: Path, placement: str) -> None:
    folder = tmp_path / "data"
    argv = {
        "before": ["--data-dir", str(folder), *DEMO],
        "after": [*DEMO, "--data-dir", str(folder)],
        "after with =": [*DEMO, f"--data-dir={folder}"],
    }[placement]
    assert main(argv) == 0
    assert (folder / "history.sqlite3").is_file()


@pytest.mark.parametrize(
    ("command", "shows"),
    [
        (["check"], "ok"),
        (["trends", "--weeks", "2", "--today", "2026-11-25"], "2026-W48"),
        (["backup"], "backups"),
    ],
)
def test_reading_commands_take_data_dir_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], shows: str
) -> None:
    folder = tmp_path / "data"
    make_demo(folder)
    capsys.readouterr()
    assert main([*command, "--data-dir", str(folder)]) == 0
    after = capsys.readouterr().out
    assert shows in after
    if command != ["backup"]:  # a second backup of the same day only renews the first
        assert main(["--data-dir", str(folder), *command]) == 0
        assert capsys.readouterr().out == after


def test_the_data_dir_after_the_command_wins(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    assert main(["--data-dir", str(before), *DEMO, "--data-dir", str(after)]) == 0
    assert (after / "history.sqlite3").is_file()
    assert not before.exists()


def test_check_program_accepts_it_after_the_command_and_ignores_the_folder(tmp_path: Path) -> None:
    program = tmp_path / "p.toml"
    program.write_text(
        'format = "rugtimer-program"\nversion = 1\n[[exercise]]\nid = "knee_rocking"\nseconds = 90\n',
        encoding="utf-8",
    )
    assert main(["check-program", str(program), "--data-dir", str(tmp_path / "unused")]) == 0
    assert not (tmp_path / "unused").exists()


def test_the_environment_variable_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    make_demo(folder)
    capsys.readouterr()
    monkeypatch.setenv("RUGTIMER_DATA_DIR", str(folder))
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "ok\n"
    monkeypatch.setenv("RUGTIMER_DATA_DIR", str(tmp_path / "elsewhere"))
    assert main(["check", "--data-dir", str(folder)]) == 0  # the option wins over the environment


def test_a_data_dir_without_a_value_after_the_command_is_bad_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--data-dir"])
    assert exit_info.value.code == EXIT_USAGE
    assert "--data-dir: expected one argument" in capsys.readouterr().err


def test_help_says_it_may_come_after_the_command_and_which_one_wins(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "may also come after the command" in text and "the one after wins" in text
    for command in ("check", "demo", "trends", "check-program"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert "--data-dir DIR" in text and "wins over a --data-dir given before the command" in text


def test_the_app_start_fast_path_is_unchanged(tmp_path: Path) -> None:
    assert app_only(["--data-dir", str(tmp_path)]).data_dir == str(tmp_path)  # type: ignore[union-attr]
    assert app_only(["check", "--data-dir", str(tmp_path)]) is None


# --- a data folder below a file -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["trends"],
        ["plan", "--language", "en"],
        ["backup"],
        ["demo", "--weeks", "1"],
        ["restore", "some-backup.sqlite3"],
        ["export", "--format", "json", "--out", "OUT"],
        ["import", "IN"],
    ],
)
@pytest.mark.parametrize("depth", ["sub", "sub/deeper"])
def test_a_file_in_the_data_folder_path_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], depth: str
) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder", encoding="utf-8")
    (tmp_path / "in.json").write_text("{}", encoding="utf-8")
    argv = [
        str(tmp_path / "out.json") if a == "OUT" else str(tmp_path / "in.json") if a == "IN" else a
        for a in command
    ]
    before = files_in(tmp_path)
    assert main(["--data-dir", str(blocker / depth), *argv]) == EXIT_PROBLEM
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"rugtimer: the data folder {blocker / depth} cannot be used: {blocker} is a file, not a folder; "
        "choose another --data-dir\n"
    )
    assert files_in(tmp_path) == before
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_data_folder_that_is_itself_a_file_keeps_its_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("", encoding="utf-8")
    assert main(["check", "--data-dir", str(blocker)]) == EXIT_PROBLEM
    assert capsys.readouterr().err == (
        f"rugtimer: the data folder {blocker} is a file, not a folder; choose another --data-dir\n"
    )
