"""Argument types and checks the sub-commands share, so every command says the same thing for the same mistake."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from rugtimer.history import db
from rugtimer.history.errors import HistoryError, NewerDatabaseError, NotARugTimerDatabase


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


def refuse_unusable(found: db.Inspection) -> None:
    """Raise for a file the store would refuse or move aside; read-only commands change nothing."""
    if found.state == "newer":
        raise NewerDatabaseError(found.path, found.version, db.supported_version())
    if found.state in ("foreign", "not_sqlite"):
        raise NotARugTimerDatabase(found.path, found.problems[0])
    if found.state == "corrupt":
        raise HistoryError(
            f"The history file {found.path} is damaged ({found.problems[0]}); it was not changed. "
            "Start RugTimer to move it aside and restore a backup, or see `rugtimer check`."
        )
