"""Disk full while recording: a typed StorageError, nothing saved is damaged, and the retried set is stored
exactly once when space returns. (CI runs as root, so a read-only folder would prove nothing.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rugtimer.history import HistoryStore, backups
from rugtimer.paths import Paths

CHILD = Path(__file__).with_name("disk_full_child.py")
pytest.importorskip("resource")


def test_a_full_disk_fails_loudly_keeps_what_was_saved_and_the_retry_lands_once(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-I", "-S", str(CHILD), str(paths.data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    steps = [json.loads(line) for line in done.stdout.splitlines()]
    assert not [s for s in steps if "unexpected" in s], steps

    saved = [s["saved"] for s in steps if "saved" in s]
    failed = [s for s in steps if "failed" in s]
    assert len(saved) == 5 and len(failed) == 3
    pending = failed[0]["failed"]
    assert failed[0]["path"] == str(paths.database) and failed[0]["reason"]
    assert str(paths.database) in failed[0]["message"]
    assert any("backup_failed" in s for s in steps)
    [readable] = [s["readable"] for s in steps if "readable" in s]
    assert readable == saved
    [final] = [s for s in steps if "retried" in s]
    assert final == {"retried": True, "again": False, "failures": 3}

    with HistoryStore.open(paths) as store:
        assert store.check() == []
        ids = [s.id for s in store.sets_between()]
        assert sorted(ids) == sorted([*saved, pending])  # each exactly once
    assert backups.list_backups(paths.backups) == []
    assert [p.name for p in paths.backups.iterdir()] == []  # no half-written temporary file either
