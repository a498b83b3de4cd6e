"""``rugtimer restore BACKUP``: replace the history with a backup; the current history is backed up first.

Takes the single-writer lock, so it refuses while the app runs (the app would keep writing its old state).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rugtimer.history import folder, recovery
from rugtimer.history.errors import AlreadyRunning, HistoryError
from rugtimer.history.lock import InstanceLock
from rugtimer.paths import Paths


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "restore",
        help="replace the history with a backup (the current history is backed up first)",
        description=(
            "Replace the history with BACKUP. The current history is saved as a backup first (or kept "
            "aside if it is damaged). RugTimer must not be running."
        ),
    )
    parser.add_argument(
        "backup", metavar="BACKUP", help="a backup file: a path, or a name in the backups folder"
    )
    parser.set_defaults(run=run)


def _resolve(name: str, paths: Paths) -> Path:
    """A bare name that is not in the current folder is looked up in the backups folder."""
    given = Path(name).expanduser()
    if not given.exists() and not given.is_absolute() and (paths.backups / given).exists():
        return paths.backups / given
    return given


def run(args: argparse.Namespace, paths: Paths) -> int:
    source = _resolve(args.backup, paths)
    try:
        recovery.verify_usable(source, paths.backups)  # a bad BACKUP is reported before anything is created
        folder.prepare(paths)
        with InstanceLock(paths.lock, holder="restore"):
            result = recovery.restore(paths, source)
    except AlreadyRunning as exc:
        hint = " Close RugTimer before restoring." if exc.holder == "app" else ""
        print(f"rugtimer: {exc}{hint}", file=sys.stderr)
        return 1
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    print(f"restored {paths.database} from {result.restored_from}")
    if result.previous_saved_as:
        print(f"the previous history was saved as {result.previous_saved_as}")
    if result.damaged_moved_to:
        print(f"the previous (damaged) file was kept as {result.damaged_moved_to}")
    return 0
