"""Argument types and checks the sub-commands share, so every command says the same thing for the same mistake."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rugtimer.history import db
from rugtimer.history.errors import StorageError
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths
from rugtimer.settings import load_settings


def day(text: str) -> date:
    """YYYY-MM-DD, and only that (fromisoformat also takes 20261125)."""
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a possible date like 2026-11-25: {text!r}") from None


def whole_number(minimum: int, maximum: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum or (maximum is not None and value > maximum):
            expected = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"
            raise argparse.ArgumentTypeError(f"must be {expected}, got {value}")
        return value

    return parse


def read_history(paths: Paths) -> HistoryStore | None:
    """The history opened only to read it, for commands that never write (trends, export, plan).

    None when there is no history yet. Lock-free, works in a read-only folder, never moves, repairs or
    upgrades the file; a damaged, newer or foreign file raises its HistoryError with the words to say.
    """
    path = paths.database
    try:
        nothing = not path.exists() or (path.stat().st_size == 0 and not db.has_backups(paths.backups))
    except OSError as exc:
        raise StorageError(path, exc.strerror or str(exc), operation="read") from None
    if nothing:
        return None
    store = HistoryStore.open_readonly(paths)
    if store.unread_changes:
        warn_unread_changes(path)
    return store


def warn_unread_changes(path: Path) -> None:
    """The newest changes wait in the ``-wal`` file, which a read-only folder keeps from being read."""
    print(
        f"rugtimer: warning: {path}-wal holds changes that cannot be read in a read-only folder; "
        "what follows may miss the newest sessions",
        file=sys.stderr,
    )


def add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default=None,
        help=f"language of {what} (default: the app's language setting, else the system's)",
    )


def language_of(args: argparse.Namespace, paths: Paths) -> str:
    """``--language``, else the app's setting, else the system's language (Dutch unless it is English)."""
    if args.language:
        return args.language
    settings, _problems = load_settings(paths.settings)
    if settings.language:
        return settings.language
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "en" if system.startswith("en") else "nl"
