"""``rugtimer import PATH``: merge a RugTimer JSON export into the history.

Validates the whole file first (every problem is listed, the history is not touched), then tries the merge in
a transaction that is rolled back, and only when it would add something makes a backup and merges for real,
all or nothing. Takes the single-writer lock: RugTimer must not be running.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from rugtimer.history import folder
from rugtimer.history.errors import AlreadyRunning, HistoryError
from rugtimer.history.exchange import (
    import_history,
    parse_history,
    read_export,
)
from rugtimer.history.lock import InstanceLock
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "import",
        help="merge a RugTimer JSON export into the history",
        description=(
            "Check the whole file, then merge it by id in one transaction: records already present are "
            "skipped, so importing a file twice adds nothing. A backup is made first. On any problem nothing "
            "is changed. RugTimer must not be running."
        ),
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="a JSON file made by `rugtimer export`")
    parser.set_defaults(run=run)


def _adopt_program(store: HistoryStore, before: set[str]) -> None:
    """A fresh start plan gives way to the imported program, as in the app."""
    from rugtimer.coaching import adopt_imported_program
    from rugtimer.program.library import load_library
    from rugtimer.program.validation import ProgramError

    try:
        library = load_library()
    except ProgramError:
        return
    adopt_imported_program(store, library, before, datetime.now().astimezone())


def run(args: argparse.Namespace, paths: Paths) -> int:
    try:
        raw = read_export(args.path)
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    try:
        parsed = parse_history(raw, str(args.path))
        folder.prepare(paths)
        with InstanceLock(paths.lock, holder="import"), HistoryStore.open(paths) as store:
            trial = import_history(store, parsed, dry_run=True)
            backup = None
            if trial.total_new:
                backup = store.backup_now()
                before = {v.id for v in store.programs()}
                counts = import_history(store, parsed)
                _adopt_program(store, before)
            else:
                counts = trial
    except AlreadyRunning as exc:
        hint = " Close RugTimer first." if exc.holder == "app" else ""
        print(f"rugtimer: {exc}{hint}", file=sys.stderr)
        return 1
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    if backup is not None:
        print(f"made a backup first: {backup}")
    print(f"imported {args.path}: {counts.summary()}")
    return 0
