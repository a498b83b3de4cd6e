"""Test-wide setup: headless Qt, and no test ever touches the user's real folders."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Point every per-user folder platformdirs or Qt could use at a throw-away place, before anything imports them.
_SANDBOX = Path(tempfile.mkdtemp(prefix="rugtimer-tests-home-"))
atexit.register(shutil.rmtree, _SANDBOX, ignore_errors=True)
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
    Path(os.environ[_var]).mkdir(mode=0o700, parents=True, exist_ok=True)
os.environ.pop("RUGTIMER_DATA_DIR", None)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder for this test, also set as RUGTIMER_DATA_DIR for code that reads the environment."""
    folder = tmp_path / "data"
    monkeypatch.setenv("RUGTIMER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def paths(data_dir: Path):
    from rugtimer.paths import Paths

    return Paths(data_dir)


@pytest.fixture(autouse=True)
def _no_window_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that leaves a window or dialog open fails: it would hang a real user's session too."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    # Windows a test handed to deleteLater() go first: listing a top-level widget that is half destroyed can
    # crash the interpreter (seen once in seven full runs, in this very line, after the program-dialog tests).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"test left windows open: {[type(w).__name__ + ' ' + w.windowTitle() for w in left]}"
