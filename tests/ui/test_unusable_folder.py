"""Starting the app on a data folder that is a file (or lies under one): started from a menu there is no
terminal, so the reason must come in a window, naming the file in the way (a reviewer saw only a black
screen). Nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from rugtimer import cli
from rugtimer.ui import app


@pytest.mark.parametrize("below", [False, True], ids=["the-folder-is-a-file", "a-file-above-it"])
def test_the_app_explains_an_unusable_data_folder_in_a_window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], below: bool
) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder", "utf-8")
    folder = blocker / "sub" if below else blocker
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "_explain", lambda title, text: shown.append((title, text)))
    assert cli.main(["--data-dir", str(folder)]) == cli.EXIT_PROBLEM
    ((title, text),) = shown
    assert title == "RugTimer" and str(blocker) in text and "--data-dir" in text
    assert "is a file" in capsys.readouterr().err  # the terminal hears it too
    assert blocker.read_text("utf-8") == "not a folder" and sorted(tmp_path.iterdir()) == [blocker]
