"""The real app starts, shows its window, and quits cleanly: exit code 0, never a crash on the way out.

A style or player owned by a Python attribute can be freed at interpreter exit before the Qt objects using
it; Qt then crashes *after* the app looked finished (a segmentation fault on quit). Only a real process
shows that, so this runs ``run_gui`` in one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(1500, app.quit)
from rugtimer.paths import Paths
from rugtimer.ui.app import run_gui
print("run_gui returned", run_gui(Paths(Path(sys.argv[1])), sys.argv[:1]), flush=True)
"""


def test_the_app_quits_without_crashing(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RUGTIMER_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "run_gui returned 0" in result.stdout, result.stderr[-2000:]
    assert result.returncode == 0, f"exit code {result.returncode}: {result.stderr[-2000:]}"
