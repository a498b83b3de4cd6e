"""Start-up with a history that cannot simply be opened: every case asks or explains, and nothing is changed
until the person chooses. The questions are answered by a recording fake instead of a message box."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rugtimer.cli import main
from rugtimer.history import HistoryStore
from rugtimer.history.lock import InstanceLock
from rugtimer.paths import Paths
from rugtimer.ui.open_history import OpenedHistory, open_history
from tests.history.history_helpers import fill, sha256


class Answers:
    """Answers each question with the button whose label is next in ``choices``; records what was said."""

    def __init__(self, *choices: str) -> None:
        self.choices = list(choices)
        self.asked: list[tuple[str, list[str], str]] = []
        self.told: list[tuple[str, str]] = []

    def ask(self, text: str, buttons: Sequence[str], details: str) -> int | None:
        self.asked.append((text, list(buttons), details))
        if not self.choices:
            return None  # the box was closed
        return list(buttons).index(self.choices.pop(0))

    def tell(self, text: str, details: str) -> None:
        self.told.append((text, details))


def a_history_with_a_backup(paths: Paths) -> Path:
    with HistoryStore.open(paths) as store:
        with store.batch():
            fill(store, sessions=12, sets=10)
        return store.backup_now()


def damage(paths: Paths) -> str:
    data = bytearray(paths.database.read_bytes())
    data[4096 * 2 : 4096 * 4] = bytes(range(256)) * 32
    paths.database.write_bytes(bytes(data))
    return sha256(paths.database)


def close(opened: OpenedHistory | object | None) -> None:
    if isinstance(opened, OpenedHistory):
        opened.store.close()
        if opened.lock is not None:
            opened.lock.release()


def folder_hashes(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


def test_quitting_at_the_damage_question_changes_nothing_and_the_next_start_asks_again(
    qtbot: QtBot, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    a_history_with_a_backup(paths)
    damaged = damage(paths)
    saved_backups = folder_hashes(paths.backups)
    for _start in range(2):
        answers = Answers("Quit")
        assert open_history(paths, answers.ask, answers.tell) is None
        [(text, buttons, details)] = answers.asked
        assert str(paths.database) in text and "Restore the backup" in buttons and details
        assert sha256(paths.database) == damaged
        with InstanceLock(paths.lock):  # the lock was let go again
            pass
    # Neither a backup nor an import in between makes an empty history or touches the good backup.
    assert main(["--data-dir", str(paths.data_dir), "backup"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert folder_hashes(paths.backups) == saved_backups and sha256(paths.database) == damaged

    answers = Answers("Restore the backup")
    opened = open_history(paths, answers.ask, answers.tell)
    assert isinstance(opened, OpenedHistory) and opened.lock is not None and not opened.read_only
    assert opened.store.session_count() == 12 and opened.store.check() == []
    assert "restored" in opened.notice and ".corrupt" in opened.notice
    close(opened)
    assert [p for p in paths.data_dir.iterdir() if p.name.endswith(".corrupt")]


def test_damage_without_a_backup_can_start_empty_keeping_the_damaged_file(qtbot: QtBot, paths: Paths) -> None:
    backup = a_history_with_a_backup(paths)
    backup.unlink()
    damaged = damage(paths)
    answers = Answers("Start empty")
    opened = open_history(paths, answers.ask, answers.tell)
    assert isinstance(opened, OpenedHistory)
    [(_text, buttons, _details)] = answers.asked
    assert buttons == ["Start empty", "Quit"]
    assert opened.store.session_count() == 0
    [kept] = [p for p in paths.data_dir.iterdir() if p.name.endswith(".corrupt")]
    assert sha256(kept) == damaged and kept.name in opened.notice
    close(opened)


def test_a_zero_byte_history_beside_backups_is_asked_about_not_started_empty(
    qtbot: QtBot, paths: Paths
) -> None:
    a_history_with_a_backup(paths)
    paths.database.write_bytes(b"")
    answers = Answers("Quit")
    assert open_history(paths, answers.ask, answers.tell) is None
    assert answers.asked and paths.database.stat().st_size == 0


def test_a_command_holding_the_lock_is_named_not_a_window(qtbot: QtBot, paths: Paths) -> None:
    paths.ensure()
    with InstanceLock(paths.lock, holder="import"):
        answers = Answers()
        assert open_history(paths, answers.ask, answers.tell, raise_other=lambda _p: True) is None
    [(text, _details)] = answers.told
    assert "rugtimer import" in text and "Switch to its window" not in text


def test_a_folder_where_the_lock_file_should_be_is_explained(qtbot: QtBot, paths: Paths) -> None:
    paths.ensure()
    paths.lock.mkdir()
    answers = Answers()
    assert open_history(paths, answers.ask, answers.tell) is None
    [(text, details)] = answers.told
    assert str(paths.lock) in text and "folder" in details


def test_another_programs_database_is_left_alone(qtbot: QtBot, paths: Paths) -> None:
    import sqlite3

    paths.ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = sha256(paths.database)
    answers = Answers()
    assert open_history(paths, answers.ask, answers.tell) is None
    [(text, _details)] = answers.told
    assert "another program" in text and sha256(paths.database) == before


@pytest.fixture
def immutable(paths: Paths) -> Iterator[Path]:
    """The data folder made immutable (``chattr +i``, as root); always undone so tmp cleanup works."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed here")
    a_history_with_a_backup(paths)
    made = subprocess.run(["chattr", "+i", str(paths.data_dir)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"this file system cannot make a folder immutable: {made.stderr.decode().strip()}")
    try:
        yield paths.data_dir
    finally:
        subprocess.run(["chattr", "-i", str(paths.data_dir)], check=False)


def test_a_read_only_folder_opens_read_only_to_look_and_export(
    qtbot: QtBot, paths: Paths, immutable: Path, tmp_path: Path
) -> None:
    before = folder_hashes(paths.data_dir)
    answers = Answers("Open read-only")
    opened = open_history(paths, answers.ask, answers.tell)
    assert isinstance(opened, OpenedHistory) and opened.read_only and opened.lock is None
    assert "read-only" in answers.asked[0][0] and "Read-only" in opened.notice
    assert opened.store.session_count() == 12
    from rugtimer.history.exchange import export_json

    assert len(export_json(opened.store, None, None, datetime.now().astimezone())["sessions"]) == 12
    close(opened)
    assert folder_hashes(paths.data_dir) == before

    answers = Answers("Quit")
    assert open_history(paths, answers.ask, answers.tell) is None
