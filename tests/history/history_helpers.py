"""Small helpers shared by the history tests (not tests themselves)."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from rugtimer.history import HistoryStore, SetRecord

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def at(day: int, hour: int = 19, minute: int = 0, tz: timezone = CET, *, month: int = 11) -> datetime:
    """An aware instant in November 2026 (CET) unless told otherwise."""
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def raw(path: Path) -> sqlite3.Connection:
    """A plain read-only look at a database file, independent of the code under test."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def fill(store: HistoryStore, sessions: int = 3, sets: int = 4, first_day: int = 2) -> list[SetRecord]:
    """Some finished sessions with sets; returns the sets."""
    made = []
    for s in range(sessions):
        day = first_day + s
        session = store.begin_session(at(day), plan_week=1, pain_before=3)
        for n in range(1, sets + 1):
            record = SetRecord(
                session_id=session.id,
                exercise="glute_bridge",
                set_number=n,
                reps=10,
                completed_at=at(day, 19, n),
            )
            store.record_set(record)
            made.append(record)
        store.finish_session(session.id, at(day, 19, 30), "completed", pain_after=2, rating="good")
    return made


def all_set_ids(path: Path) -> list[str]:
    conn = raw(path)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM sets")]
    finally:
        conn.close()


def one_set(session_id: str, completed_at: datetime, number: int = 1) -> SetRecord:
    """A completed set of glute bridges: makes its session count as a day with exercises."""
    return SetRecord(
        session_id=session_id, exercise="glute_bridge", set_number=number, completed_at=completed_at, reps=10
    )
