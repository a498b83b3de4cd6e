"""Start-up stays quick: the main window is built without importing pyqtgraph (only the graph needs it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = """
import sys
from PySide6.QtWidgets import QApplication
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.main_window import MainWindow
app = QApplication([])
store = HistoryStore.open(Paths(__import__("pathlib").Path(sys.argv[1])))
window = MainWindow(AppContext(Paths(store.paths.data_dir), load_library(), store, RecordingCuePlayer()))
window.show()
app.processEvents()
print("pyqtgraph" in sys.modules, "numpy" in sys.modules)
window.close()
store.close()
"""


def test_main_window_does_not_import_pyqtgraph(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
