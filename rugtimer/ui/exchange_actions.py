"""File ▸ Export in the app: the same code paths as ``rugtimer export`` (import: ``app.exchange``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rugtimer.atomic_file import write_atomically
from rugtimer.history.errors import HistoryError
from rugtimer.history.exchange import (
    dump_json,
    export_csv,
    export_json,
)
from rugtimer.history.store import HistoryStore
from rugtimer.program.library import Library


def export_to(
    store: HistoryStore,
    library: Library,
    path: Path,
    kind: str,
    *,
    language: str,
    now: datetime,
    rest_seconds: int | None = None,
) -> str:
    """Write the whole history as ``kind`` (json, csv, pdf) to ``path``; returns what was written.

    ``now`` is the app's clock (the export's time stamp, the report's "today")."""
    if kind == "json":
        write_atomically(path, dump_json(export_json(store, None, None, now)))
    elif kind == "csv":
        write_atomically(path, export_csv(store, None, None, table="sets", delimiter=";").encode("utf-8"))
    else:
        from rugtimer.ui.report_render import write_report

        write_report(
            store,
            library,
            path,
            start=None,
            end=None,
            language=language,
            today=now.date(),
            rest_seconds=rest_seconds,
        )
    return str(path)


__all__ = ["HistoryError", "export_to"]
