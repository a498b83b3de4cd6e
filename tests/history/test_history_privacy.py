"""Privacy: the data folder is 0700; the database, its -wal/-shm and backups are 0600, also when an older
version left them looser or the umask is permissive; the history code opens no network connection and
imports no Qt."""

from __future__ import annotations

import ast
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import rugtimer.history
from rugtimer.history import HistoryStore, InstanceLock
from rugtimer.paths import Paths
from tests.history.history_helpers import fill

HISTORY_SOURCES = sorted(Path(rugtimer.history.__file__).parent.glob("*.py"))
COMMAND_SOURCES = [
    Path(rugtimer.history.__file__).parent.parent / "commands" / f"{name}.py"
    for name in ("check", "backup", "restore")
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_new_files_are_private_even_with_a_permissive_umask(paths: Paths, loose_umask: None) -> None:
    with HistoryStore.open(paths) as store:
        fill(store, sessions=1, sets=1)
        backup = store.backup_now(datetime(2026, 11, 25, tzinfo=UTC))
        with InstanceLock(paths.lock):
            files = [paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"), backup]
            assert all(p.exists() for p in files)
            assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
            assert mode(paths.lock) == 0o600
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.backups) == 0o700


def test_looser_files_left_by_an_older_version_are_tightened_at_open(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        fill(store, sessions=1, sets=1)
        backup = store.backup_now(datetime(2026, 11, 25, tzinfo=UTC))
    os.chmod(paths.data_dir, 0o755)
    os.chmod(paths.backups, 0o755)
    os.chmod(paths.database, 0o644)
    os.chmod(backup, 0o644)
    with HistoryStore.open(paths):
        assert mode(paths.database) == 0o600
        assert mode(Path(f"{paths.database}-wal")) == 0o600
        assert mode(Path(f"{paths.database}-shm")) == 0o600
    assert mode(backup) == 0o600
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.backups) == 0o700


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("source", HISTORY_SOURCES + COMMAND_SOURCES, ids=lambda p: p.name)
def test_no_network_and_no_qt(source: Path) -> None:
    forbidden = {"socket", "ssl", "http", "urllib", "requests", "ftplib", "smtplib", "PySide6", "shiboken6"}
    assert _imports(source) & forbidden == set()
