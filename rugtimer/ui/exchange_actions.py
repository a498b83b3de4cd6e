"""File ▸ Export / Import in the app: the same code paths as ``rugtimer export`` and ``rugtimer import``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rugtimer.app.exchange import import_file
from rugtimer.atomic_file import write_atomically
from rugtimer.history.errors import HistoryError
from rugtimer.history.exchange import (
    dump_json,
    export_csv,
    export_json,
)
from rugtimer.history.store import HistoryStore
from rugtimer.program.library import Library


def export_to(store: HistoryStore, library: Library, path: Path, kind: str, language: str) -> str:
    """Write the whole history as ``kind`` (json, csv, pdf) to ``path``; returns what was written."""
    if kind == "json":
        write_atomically(path, dump_json(export_json(store, None, None, datetime.now().astimezone())))
    elif kind == "csv":
        write_atomically(path, export_csv(store, None, None, table="sets", delimiter=";").encode("utf-8"))
    else:
        from rugtimer.report import write_report

        write_report(store, library, path, start=None, end=None, language=language)
    return str(path)


def import_from(store: HistoryStore, library: Library, path: Path) -> str:
    """The CLI's import (``app.exchange.import_file``); returns the summary for the banner."""
    return import_file(store, library, path, datetime.now().astimezone()).counts.summary()


__all__ = ["HistoryError", "export_to", "import_from"]
