"""Two demo histories merge like two laptops, through the real command line: ``rugtimer demo`` in two folders
with the same seed (the same content), ``rugtimer export`` of one, ``rugtimer import`` into the other. With
ids taken from the seed every record collided; with random ids the import adds the other demo whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rugtimer.cli import main
from rugtimer.history import HistoryStore
from rugtimer.paths import Paths
from tests.app.test_demo import content, ids

TODAY = date(2026, 11, 25)


def cli(paths: Paths, *argv: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *argv])


def test_two_demo_folders_merge_by_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs, mine = Paths(tmp_path / "theirs"), Paths(tmp_path / "mine")
    for paths in (theirs, mine):  # the default seed both times
        assert cli(paths, "demo", "--weeks", "12", "--today", TODAY.isoformat()) == 0
    with HistoryStore.open(theirs) as a, HistoryStore.open(mine) as b:
        their_content, my_content = content(a), content(b)
        sessions = a.session_count()
        assert their_content == my_content and sessions > 0
        assert not ids(a) & ids(b)
        their_ids, my_ids = ids(a), ids(b)

    out = tmp_path / "theirs.json"
    assert cli(theirs, "export", "--format", "json", "--out", str(out)) == 0
    capsys.readouterr()
    assert cli(mine, "import", str(out)) == 0
    printed = capsys.readouterr().out
    assert "made a backup first" in printed
    assert f"added {sessions} sessions," in printed and "; 0 records were already in the history" in printed

    with HistoryStore.open(mine) as merged:
        assert merged.session_count() == 2 * sessions
        assert content(merged) == {
            kind: sorted(their_content[kind] + my_content[kind]) for kind in my_content
        }
        assert ids(merged) == their_ids | my_ids
        assert not merged.has_real_history()  # still all demo: the demo and its "already a demo" rules hold
    assert cli(mine, "check") == 0
    assert capsys.readouterr().out == "ok\n"

    assert cli(mine, "import", str(out)) == 0  # merged once: a second import adds nothing
    assert "added nothing new" in capsys.readouterr().out
    with HistoryStore.open(mine) as merged:
        assert merged.session_count() == 2 * sessions
