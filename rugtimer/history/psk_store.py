"""The PSK part of the history (docs/psk.md): chosen activities and weekly scores, each row its own commit.

Kept beside ``store.py`` (one job per file); it shares the store's connection and transaction rules: every
write commits before it returns, inserts are idempotent by id, and a different record under an existing id
is an ``IdConflictError``. Use it as ``PskStore(store)``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Final

from rugtimer.history.errors import IdConflictError, InvalidRecordError, NotFoundError
from rugtimer.history.store import HistoryStore
from rugtimer.model import psk
from rugtimer.model.psk import PskActivity, PskScore
from rugtimer.model.records import instant_columns, normalize_instant, parse_instant, trusted
from rugtimer.model.weeks import monday_of

_ACTIVITY_COLUMNS: Final = (
    "id, text, position, created_at, created_utc, created_date, ended_at, ended_utc, ended_date, is_demo"
)
_SCORE_COLUMNS: Final = "id, activity_id, week, score, at, at_utc, at_date, is_demo"


def _activity_row(a: PskActivity) -> tuple[Any, ...]:
    ended = instant_columns(a.ended_at) if a.ended_at else (None, None, None)
    return (a.id, a.text, a.position, *instant_columns(a.created_at), *ended, int(a.is_demo))


def _activity(row: sqlite3.Row) -> PskActivity:
    return trusted(
        PskActivity,
        id=row["id"],
        text=row["text"],
        position=row["position"],
        created_at=parse_instant(row["created_at"]),
        ended_at=parse_instant(row["ended_at"]) if row["ended_at"] else None,
        is_demo=bool(row["is_demo"]),
    )


def _without_end(a: PskActivity) -> tuple[Any, ...]:
    return _activity_row(a)[:6] + _activity_row(a)[9:]


def _score_row(s: PskScore) -> tuple[Any, ...]:
    return (s.id, s.activity_id, s.week.isoformat(), s.score, *instant_columns(s.at), int(s.is_demo))


def _score(row: sqlite3.Row) -> PskScore:
    return trusted(
        PskScore,
        id=row["id"],
        activity_id=row["activity_id"],
        week=date.fromisoformat(row["week"]),
        score=row["score"],
        at=parse_instant(row["at"]),
        is_demo=bool(row["is_demo"]),
    )


class PskStore:
    """Reads and writes the ``psk_activities`` and ``psk_scores`` tables of one open ``HistoryStore``."""

    def __init__(self, store: HistoryStore) -> None:
        self._store = store

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._store._conn

    # --- activities -------------------------------------------------------------------------------------

    def add_activity(self, activity: PskActivity) -> bool:
        """Store one activity as it is (a new choice, import-merge, demo); idempotent by id. True if new.

        The one change an activity can go through is being ended, so two laptops may hold the same activity
        once open and once ended: that merges to the ended one (the earlier end if both ended), and counts
        as a change. Any other difference is an IdConflictError."""
        try:
            return self._store._save(
                "psk_activities", _ACTIVITY_COLUMNS, _activity_row(activity), "PSK activity"
            )
        except IdConflictError:
            stored = self._stored(activity.id)
            if stored is None or _without_end(stored) != _without_end(activity):
                raise
        if activity.ended_at is None:
            return False  # ended here already: the other laptop has nothing to add
        with self._store.batch():
            return self._end(activity.id, activity.ended_at, earlier=True)

    def _stored(self, activity_id: str) -> PskActivity | None:
        row = self._conn.execute(
            f"SELECT {_ACTIVITY_COLUMNS} FROM psk_activities WHERE id = ?", (activity_id,)
        ).fetchone()
        return _activity(row) if row else None

    def activities(self, *, include_ended: bool = True) -> list[PskActivity]:
        """Oldest first; with ``include_ended=False`` only the current ones, by position."""
        where = "" if include_ended else " WHERE ended_utc IS NULL"
        order = "created_utc, position, id" if include_ended else "position, created_utc"
        rows = self._conn.execute(f"SELECT {_ACTIVITY_COLUMNS} FROM psk_activities{where} ORDER BY {order}")
        return [_activity(row) for row in rows]

    def choose(self, texts: Sequence[str], at: datetime, *, is_demo: bool = False) -> list[PskActivity]:
        """Make ``texts`` the current activities, in one transaction: a current activity whose text (by
        position) stays is kept; one that changes or goes is ended at ``at``; a new text starts fresh."""
        problem = psk.selection_problem(texts)
        if problem:
            raise InvalidRecordError(f"The PSK activities: {problem}.", "text")
        at = normalize_instant(at, "at")
        current = {a.position: a for a in self.activities(include_ended=False)}
        chosen: list[PskActivity] = []
        with self._store.batch():
            for position, text in enumerate((t.strip() for t in texts), start=1):
                old = current.pop(position, None)
                if old is not None and old.text == text:
                    chosen.append(old)
                    continue
                if old is not None:
                    self._end(old.id, at)
                new = PskActivity(text=text, position=position, created_at=at, is_demo=is_demo)
                self._store._insert("psk_activities", _ACTIVITY_COLUMNS, _activity_row(new), "PSK activity")
                chosen.append(new)
            for old in current.values():
                self._end(old.id, at)
        return chosen

    def _end(self, activity_id: str, at: datetime, *, earlier: bool = False) -> bool:
        """End an open activity at ``at``; with ``earlier`` also move a later end back to ``at``. True when
        the row changed."""
        ended = instant_columns(at)
        condition = "ended_utc IS NULL OR ended_utc > ?" if earlier else "ended_utc IS NULL"
        extra = (ended[1],) if earlier else ()
        cursor = self._conn.execute(
            f"UPDATE psk_activities SET ended_at = ?, ended_utc = ?, ended_date = ? WHERE id = ? AND ({condition})",
            (*ended, activity_id, *extra),
        )
        return cursor.rowcount == 1

    # --- scores -----------------------------------------------------------------------------------------

    def add_score(self, score: PskScore) -> bool:
        """One activity's score (or skip) for one week, committed at once; idempotent by id. True if new."""
        try:
            return self._store._save("psk_scores", _SCORE_COLUMNS, _score_row(score), "PSK score")
        except NotFoundError:
            raise NotFoundError("PSK activity", score.activity_id) from None

    def record_week(self, scores: Sequence[PskScore]) -> None:
        """A whole check-in (every activity's score or skip) in one transaction."""
        with self._store.batch():
            for score in scores:
                self._store._insert("psk_scores", _SCORE_COLUMNS, _score_row(score), "PSK score")

    def scores(self, start: date | None = None, end: date | None = None) -> list[PskScore]:
        """Scores whose week's Monday lies in [start, end] (None: unbounded), oldest first."""
        clauses, params = [], []
        if start is not None:
            clauses.append("week >= ?")
            params.append(monday_of(start).isoformat())
        if end is not None:
            clauses.append("week <= ?")
            params.append(end.isoformat())
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            f"SELECT {_SCORE_COLUMNS} FROM psk_scores{where} ORDER BY week, at_utc, "
            "(SELECT position FROM psk_activities WHERE psk_activities.id = activity_id), id",
            params,
        )
        return [_score(row) for row in rows]
