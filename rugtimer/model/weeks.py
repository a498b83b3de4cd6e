"""ISO weeks of the local date: the one way RugTimer groups days into weeks (never SQLite's ``%W``)."""

from __future__ import annotations

from datetime import date, timedelta


def monday_of(day: date) -> date:
    """The Monday that starts ``day``'s ISO week (2021-01-03 is in 2020-W53, whose Monday is 2020-12-28)."""
    return day - timedelta(days=day.weekday())
