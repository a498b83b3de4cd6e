"""``rugtimer check``: integrity and foreign-key checks of the history file; prints ``ok`` or each problem.

Read-only: it never moves, repairs or upgrades the file, so it is safe while the app runs.
"""

from __future__ import annotations

import argparse
import sys

from rugtimer.commands.arguments import warn_unread_changes
from rugtimer.history import backups, db, folder
from rugtimer.history.errors import HistoryError, MissingFileError, NewerDatabaseError, NotARugTimerDatabase
from rugtimer.paths import Paths


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "check",
        help="check the history file (integrity and references); prints ok or each problem",
        description="Check the history file without changing it. Exit 0 when ok, 1 when a problem is found.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    path = paths.database
    try:
        found = db.inspect(path, full=True, backups_dir=paths.backups)
        if found.state == "missing":
            raise MissingFileError(path)
        if found.state == "newer":
            raise NewerDatabaseError(path, found.version, db.supported_version())
        if found.state in ("foreign", "not_sqlite"):
            raise NotARugTimerDatabase(path, found.problems[0])
        if found.state == "empty":
            raise NotARugTimerDatabase(path, "the file is empty (no history yet)")
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    if db.unread_wal(path) and not folder.can_write_in(paths.data_dir):
        warn_unread_changes(path)  # as trends, export and plan say it: "ok" may not cover the newest
    if found.state == "ours":
        print("ok")
        return 0
    for problem in found.problems:
        print(problem)
    print(f"rugtimer: {path} has {len(found.problems)} problem(s); see above", file=sys.stderr)
    good = backups.newest_good_backup(paths.backups)
    if good is not None:
        print(
            f"rugtimer: the newest good backup is {good}; `rugtimer restore {good.name}` puts it back "
            "(the damaged file is kept)",
            file=sys.stderr,
        )
    return 1
