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

from rugtimer.app.exchange import merge_import, read_import
from rugtimer.history import folder
from rugtimer.history.errors import AlreadyRunning, HistoryError
from rugtimer.history.lock import InstanceLock
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.validation import ProgramError


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


def run(args: argparse.Namespace, paths: Paths) -> int:
    now = datetime.now().astimezone()
    try:
        library = load_library()
    except ProgramError:
        library = None  # the history still imports; the program in use stays as it is
    try:
        parsed = read_import(args.path, now)  # a bad file is refused before the data folder is touched
        folder.prepare(paths)
        with InstanceLock(paths.lock, holder="import"), HistoryStore.open(paths) as store:
            outcome = merge_import(store, library, parsed, now)
    except AlreadyRunning as exc:
        hint = " Close RugTimer first." if exc.holder == "app" else ""
        print(f"rugtimer: {exc}{hint}", file=sys.stderr)
        return 1
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    if outcome.backup is not None:
        print(f"made a backup first: {outcome.backup}")
    print(f"imported {args.path}: {outcome.counts.summary()}")
    if outcome.adopted_program:
        print("the imported program is now the one in use")
    return 0
