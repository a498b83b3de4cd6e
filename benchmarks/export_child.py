"""Child process: time export (JSON, CSV, PDF) of a history and import of the JSON into an empty folder.

Arguments: ``DATA_DIR OUT_DIR RUNS``. Each figure is the wall time of writing the finished file (atomic
write included), after one warm-up round; imports go into a fresh folder each run. Prints one JSON line.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from benchmarks.common import emit
    from rugtimer.atomic_file import write_atomically
    from rugtimer.history.exchange import dump_json, export_csv, export_json, import_history, parse_history
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.ui.report_render import write_report

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - the PDF needs fonts and a paint device
    data, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    library = load_library()
    times: dict[str, list[float]] = {"json": [], "csv": [], "pdf": [], "import_json": []}
    store = HistoryStore.open(Paths(data))

    def timed(name: str, action, index: int) -> None:
        t = time.perf_counter_ns()
        action()
        if index:
            times[name].append((time.perf_counter_ns() - t) / 1e6)

    json_path, csv_path, pdf_path = out / "history.json", out / "sets.csv", out / "report.pdf"
    for index in range(runs + 1):  # the first round is the warm-up
        now = datetime.now().astimezone()
        timed(
            "json",
            lambda n=now: write_atomically(json_path, dump_json(export_json(store, None, None, n))),
            index,
        )
        timed("csv", lambda: write_atomically(csv_path, export_csv(store, None, None).encode("utf-8")), index)
        timed(
            "pdf", lambda: write_report(store, library, pdf_path, start=None, end=None, language="nl"), index
        )

        def import_into_empty(i: int = index) -> None:
            with HistoryStore.open(Paths(out / f"import{i}")) as target:
                import_history(target, parse_history(json_path.read_bytes(), str(json_path)))

        timed("import_json", import_into_empty, index)
    store.close()
    pages = pdf_path.read_bytes().count(b"/Type /Page\n") or pdf_path.read_bytes().count(b"/Type /Page")
    emit(
        {
            **times,
            "sizes_kib": {
                p.suffix[1:]: round(p.stat().st_size / 1024) for p in (json_path, csv_path, pdf_path)
            },
            "pdf_pages": pages,
        }
    )


if __name__ == "__main__":
    main()
