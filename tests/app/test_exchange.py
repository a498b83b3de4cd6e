"""The one import path: a bad file changes nothing, a file that adds nothing makes no backup, a new history
takes over the imported program only when programs came in."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from rugtimer.app import coaching
from rugtimer.app.exchange import import_file, read_import
from rugtimer.history import HistoryStore
from rugtimer.history.exchange import ImportFileError, export_json
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from tests.history.history_helpers import fill

NOW = datetime(2026, 11, 30, 12, 0).astimezone()


def exported(tmp_path: Path, *, with_program: bool) -> Path:
    library = load_library()
    with HistoryStore.open(Paths(tmp_path / "old-laptop")) as old:
        if with_program:
            coaching.choose_start(old, library, "ball", datetime(2026, 11, 2, 18).astimezone())
        fill(old, sessions=3, sets=2)
        data = export_json(old, None, None, NOW)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("with_program", [True, False])
def test_an_import_backs_up_once_and_adopts_only_an_imported_program(
    store: HistoryStore, tmp_path: Path, with_program: bool
) -> None:
    library = load_library()
    coaching.choose_start(store, library, "floor", datetime(2026, 11, 28, 9).astimezone())  # a new laptop
    path = exported(tmp_path, with_program=with_program)
    first = import_file(store, library, path, NOW)
    assert first.backup is not None and first.counts.new["sessions"] == 3
    assert first.adopted_program is with_program
    expected_group = "ball" if with_program else "floor"
    program = coaching.current_program(store, library).program
    assert {library.exercises[d.exercise].group for d in program.doses} == {expected_group}
    again = import_file(store, library, path, NOW)
    assert again.backup is None and again.counts.total_new == 0 and not again.adopted_program


def test_a_bad_file_is_refused_before_any_history_is_opened(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rugtimer-history", "version": 1, "sessions": [{}]}', encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"sessions\[0\]"):
        read_import(bad, NOW)
