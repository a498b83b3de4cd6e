"""``rugtimer backup``: make today's backup of the history now and print its path.

Reads the history through SQLite without taking the single-writer lock, so it also works while the app runs.
"""

from __future__ import annotations

import argparse
import sys

from rugtimer.history import recovery
from rugtimer.history.errors import HistoryError
from rugtimer.paths import Paths


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "backup",
        help="make a backup of the history now and print its path",
        description="Make (or renew) today's verified backup in the backups folder and print its path.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    try:
        path = recovery.backup_database(paths)
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0
