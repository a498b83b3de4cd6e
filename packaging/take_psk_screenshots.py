"""Screenshots of "What you want to do again" (the PSK, docs/psk.md) for docs/screenshots, in one language:
Progress on 12 weeks of demo history with PSK, the weekly check-in with two rows typed, and page 1 of the
report (rendered by pdftoppm). Deterministic: a fixed "now", the demo's fixed seed.

  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \\
      .venv/bin/python packaging/take_psk_screenshots.py --lang nl
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from rugtimer.app.demo import fill_demo
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=timezone(timedelta(hours=1)))  # Wednesday of 2026-W48


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)  # noqa: F841 - kept alive for the run
    from rugtimer.history.psk_store import PskStore
    from rugtimer.ui.main_window import MainWindow
    from rugtimer.ui.report_render import write_report

    args.out.mkdir(parents=True, exist_ok=True)
    library = load_library()
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "data")
        store = HistoryStore.open(paths)
        fill_demo(
            store, 12, today=NOW.date() - timedelta(days=NOW.weekday()), library=library, language=args.lang
        )
        context = AppContext(
            paths, library, store, RecordingCuePlayer(), language=args.lang, wall_clock=None, now=lambda: NOW
        )
        window = MainWindow(context)
        window.resize(width, height)
        window.show()
        settle(app)

        window.show_trends()
        settle(app)
        window.grab().save(str(args.out / f"psk-progress-{args.lang}-{width}x{height}.png"))

        table = PskStore(store)
        this_week = [s for s in table.scores() if s.week == NOW.date() - timedelta(days=NOW.weekday())]
        assert not this_week, "the demo ends yesterday; this week's check-in is still due"
        window.show_today()
        window.psk.weekly_check_in()
        settle(app)
        dialog = window.psk.dialog
        assert dialog is not None
        for key in ("3", "\n", "4"):
            target = QApplication.focusWidget()
            if key == "\n":
                QTest.keyClick(target, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(target, key)
        settle(app)
        dialog.grab().save(str(args.out / f"psk-check-in-{args.lang}.png"))
        dialog.reject()
        settle(app)

        pdf = Path(folder) / "report.pdf"
        write_report(store, library, pdf, start=None, end=None, language=args.lang, today=NOW.date())
        if shutil.which("pdftoppm"):
            target = args.out / f"psk-report-page1-{args.lang}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
                check=True,
            )
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
