"""``rugtimer check``, ``backup`` and ``restore``: exit codes, one-line messages naming the file, no traceback."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest

from rugtimer.commands import backup as backup_command
from rugtimer.commands import check as check_command
from rugtimer.commands import restore as restore_command
from rugtimer.history import HistoryStore, InstanceLock, backups, db
from rugtimer.paths import Paths
from tests.history.history_helpers import fill, sha256


def run(paths: Paths, *argv: str) -> int:
    """Parse with the commands' own add_parser, the way rugtimer.cli registers them."""
    parser = argparse.ArgumentParser(prog="rugtimer")
    sub = parser.add_subparsers(dest="command")
    for module in (check_command, backup_command, restore_command):
        module.add_parser(sub)
    args = parser.parse_args(argv)
    return int(args.run(args, paths))


def one_line_error(capsys: pytest.CaptureFixture[str], *names: object) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("rugtimer: ") and "Traceback" not in err
    for name in names:
        assert str(name) in err
    return err


@pytest.fixture
def history(paths: Paths) -> Paths:
    with HistoryStore.open(paths) as store:
        fill(store, sessions=2, sets=2)
    return paths


def test_check_ok(history: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(history, "check") == 0
    assert capsys.readouterr().out == "ok\n"


def test_check_prints_each_problem_and_moves_nothing(
    history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(history.database)
    conn.execute("DELETE FROM sessions")  # plain connection: no foreign keys, no cascade
    conn.commit()
    conn.close()
    assert run(history, "check") == 1
    captured = capsys.readouterr()
    assert captured.out.count("refers to a sessions record that does not exist") == 4
    assert str(history.database) in captured.err
    assert history.database.exists()


def test_check_on_a_damaged_file_reports_it_and_leaves_it_in_place(
    history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(history.database.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    history.database.write_bytes(bytes(data))
    digest = sha256(history.database)
    assert run(history, "check") == 1
    assert capsys.readouterr().out.strip()
    assert sha256(history.database) == digest


@pytest.mark.parametrize("command", ["check", "backup"])
def test_missing_foreign_and_newer_files_give_one_line_errors(
    command: str, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(paths, command) == 1
    one_line_error(capsys, paths.database)

    paths.ensure()
    paths.database.write_text("hello")
    assert run(paths, command) == 1
    assert "not a RugTimer history" in one_line_error(capsys, paths.database)

    paths.database.unlink()
    conn = sqlite3.connect(paths.database)
    conn.execute(f"PRAGMA application_id = {0x5267546D}")
    conn.execute(f"PRAGMA user_version = {db.supported_version() + 1}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    digest = sha256(paths.database)
    assert run(paths, command) == 1
    assert "newer RugTimer" in one_line_error(capsys, paths.database)
    assert sha256(paths.database) == digest


def test_backup_prints_the_new_verified_backup(history: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(history, "backup") == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == history.backups and printed.exists()
    assert backups.verify(printed) == []


def test_backup_works_while_the_app_holds_the_lock(
    history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with InstanceLock(history.lock), HistoryStore.open(history):
        assert run(history, "backup") == 0


def test_restore_by_name_backs_up_the_current_history_first(
    history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(history, "backup") == 0
    name = Path(capsys.readouterr().out.strip()).name
    with HistoryStore.open(history) as store:
        fill(store, sessions=1, sets=5, first_day=20)
    assert run(history, "restore", name) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "before-restore" in out
    with HistoryStore.open(history) as store:
        assert len(store.sets_between()) == 4


def test_restore_refuses_while_the_app_runs(history: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(history, "backup") == 0
    made = capsys.readouterr().out.strip()
    digest = sha256(history.database)
    with InstanceLock(history.lock):
        assert run(history, "restore", made) == 1
    assert "already running" in one_line_error(capsys, history.lock)
    assert sha256(history.database) == digest


def test_restore_of_a_missing_or_bad_file_names_it(
    history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite3"
    assert run(history, "restore", str(missing)) == 1
    one_line_error(capsys, missing)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 5000)
    assert run(history, "restore", str(bad)) == 1
    one_line_error(capsys, bad)


def test_registered_in_the_cli() -> None:
    from rugtimer import cli

    assert {"check", "backup", "restore"} <= set(cli.COMMANDS)


def test_restore_of_a_folder_names_it(
    history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(history, "restore", str(tmp_path)) == 1
    assert "folder" in one_line_error(capsys, tmp_path)
