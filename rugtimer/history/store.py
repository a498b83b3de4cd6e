"""The history store: the only code (with db.py, schema.py and backups.py) that speaks SQL. Imports no Qt.

Every write is its own transaction, committed before the method returns, so a set that was reported
saved survives a kill or a power cut. Inserts are idempotent by id: saving the very same record again
(a retry after a failed write, or an import of a history already merged) is a no-op; a *different*
record under an existing id raises IdConflictError.

Readers take optional inclusive local-date bounds (``start``/``end``) and return records oldest first,
except ``sessions()`` which is newest first (the order of the history list).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from rugtimer.history import backups, db, folder, opening, schema
from rugtimer.history.errors import (
    HistoryError,
    IdConflictError,
    InvalidRecordError,
    NotFoundError,
    ReadOnlyFolderError,
    storage_error,
)
from rugtimer.model.records import (
    COUNTED_STATUSES,
    FINISHED_STATUSES,
    RATINGS,
    Activity,
    CoachAnswer,
    HurtEvent,
    PainEntry,
    PlanChange,
    ProgramRecord,
    Rating,
    SessionRecord,
    SessionStatus,
    SetRecord,
    check_choice,
    check_int,
    check_text,
    instant_columns,
    normalize_instant,
    parse_instant,
    trusted,
)
from rugtimer.paths import Paths


class _Unset:
    """Marks "not given" in ``update_session`` (None means "clear the value")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()

_SESSION_COLUMNS = (
    "id, started_at, started_utc, started_date, ended_at, ended_utc, ended_date, status, plan_week, "
    "pain_before, pain_after, rating, note, is_demo"
)
_SET_COLUMNS = (
    "id, session_id, exercise, set_number, side, reps, seconds, completed_at, completed_utc, completed_date, "
    "variant"
)
_HURT_COLUMNS = "id, session_id, exercise, at, at_utc, at_date, note, is_demo"
_PAIN_COLUMNS = "id, at, at_utc, at_date, pain, context, response, note, is_demo"
_ACTIVITY_COLUMNS = "id, date, kind, minutes, is_demo"
_PLAN_COLUMNS = "id, at, at_utc, at_date, exercise, change, from_value, to_value, reason, is_demo"
_PROGRAM_COLUMNS = "id, at, at_utc, at_date, program, reason, is_demo"
_COACH_COLUMNS = "id, at, at_utc, at_date, kind, exercise, change, from_value, to_value, answer, is_demo"


# --- rows <-> records -----------------------------------------------------------------------------------


def _session_row(s: SessionRecord) -> tuple[Any, ...]:
    ended = instant_columns(s.ended_at) if s.ended_at else (None, None, None)
    return (
        s.id,
        *instant_columns(s.started_at),
        *ended,
        s.status,
        s.plan_week,
        s.pain_before,
        s.pain_after,
        s.rating,
        s.note,
        int(s.is_demo),
    )


def _session(row: sqlite3.Row) -> SessionRecord:
    return trusted(
        SessionRecord,
        id=row["id"],
        started_at=parse_instant(row["started_at"]),
        ended_at=parse_instant(row["ended_at"]) if row["ended_at"] else None,
        status=row["status"],
        plan_week=row["plan_week"],
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        rating=row["rating"],
        note=row["note"],
        is_demo=bool(row["is_demo"]),
    )


def _set_row(s: SetRecord) -> tuple[Any, ...]:
    return (
        s.id,
        s.session_id,
        s.exercise,
        s.set_number,
        s.side,
        s.reps,
        s.seconds,
        *instant_columns(s.completed_at),
        s.variant,
    )


def _set(row: sqlite3.Row) -> SetRecord:
    return trusted(
        SetRecord,
        id=row["id"],
        session_id=row["session_id"],
        exercise=row["exercise"],
        set_number=row["set_number"],
        side=row["side"],
        reps=row["reps"],
        seconds=row["seconds"],
        completed_at=parse_instant(row["completed_at"]),
        variant=row["variant"],
    )


def _hurt_row(h: HurtEvent) -> tuple[Any, ...]:
    return (h.id, h.session_id, h.exercise, *instant_columns(h.at), h.note, int(h.is_demo))


def _hurt(row: sqlite3.Row) -> HurtEvent:
    return trusted(
        HurtEvent,
        id=row["id"],
        session_id=row["session_id"],
        exercise=row["exercise"],
        at=parse_instant(row["at"]),
        note=row["note"],
        is_demo=bool(row["is_demo"]),
    )


def _pain_row(p: PainEntry) -> tuple[Any, ...]:
    return (p.id, *instant_columns(p.at), p.pain, p.context, p.response, p.note, int(p.is_demo))


def _pain(row: sqlite3.Row) -> PainEntry:
    return trusted(
        PainEntry,
        id=row["id"],
        at=parse_instant(row["at"]),
        pain=row["pain"],
        context=row["context"],
        response=row["response"],
        note=row["note"],
        is_demo=bool(row["is_demo"]),
    )


def _activity_row(a: Activity) -> tuple[Any, ...]:
    return (a.id, a.date.isoformat(), a.kind, a.minutes, int(a.is_demo))


def _activity(row: sqlite3.Row) -> Activity:
    return trusted(
        Activity,
        id=row["id"],
        date=date.fromisoformat(row["date"]),
        kind=row["kind"],
        minutes=row["minutes"],
        is_demo=bool(row["is_demo"]),
    )


def _plan_row(p: PlanChange) -> tuple[Any, ...]:
    return (
        p.id,
        *instant_columns(p.at),
        p.exercise,
        p.change,
        p.from_value,
        p.to_value,
        p.reason,
        int(p.is_demo),
    )


def _plan(row: sqlite3.Row) -> PlanChange:
    return trusted(
        PlanChange,
        id=row["id"],
        at=parse_instant(row["at"]),
        exercise=row["exercise"],
        change=row["change"],
        from_value=row["from_value"],
        to_value=row["to_value"],
        reason=row["reason"],
        is_demo=bool(row["is_demo"]),
    )


def _program_row(p: ProgramRecord) -> tuple[Any, ...]:
    return (p.id, *instant_columns(p.at), p.program, p.reason, int(p.is_demo))


def _program(row: sqlite3.Row) -> ProgramRecord:
    return trusted(
        ProgramRecord,
        id=row["id"],
        at=parse_instant(row["at"]),
        program=row["program"],
        reason=row["reason"],
        is_demo=bool(row["is_demo"]),
    )


def _coach_row(a: CoachAnswer) -> tuple[Any, ...]:
    return (
        a.id,
        *instant_columns(a.at),
        a.kind,
        a.exercise,
        a.change,
        a.from_value,
        a.to_value,
        a.answer,
        int(a.is_demo),
    )


def _coach(row: sqlite3.Row) -> CoachAnswer:
    return trusted(
        CoachAnswer,
        id=row["id"],
        at=parse_instant(row["at"]),
        kind=row["kind"],
        exercise=row["exercise"],
        change=row["change"],
        from_value=row["from_value"],
        to_value=row["to_value"],
        answer=row["answer"],
        is_demo=bool(row["is_demo"]),
    )


_COUNTED: Final = "status IN (" + ", ".join(f"'{s}'" for s in sorted(COUNTED_STATUSES)) + ")"


def _date_filter(column: str, start: date | None, end: date | None) -> tuple[str, list[str]]:
    """``WHERE`` on a local-date text column, inclusive at both ends."""
    clauses, params = [], []
    for bound, op in ((start, ">="), (end, "<=")):
        if bound is not None:
            if not isinstance(bound, date) or isinstance(bound, datetime):
                raise InvalidRecordError(f"date bounds must be dates, not {bound!r}.", column)
            clauses.append(f"{column} {op} ?")
            params.append(bound.isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass(frozen=True)
class WeeklyTotals:
    """Per week (Monday's ordinal): sessions -> (sessions done, exercise days, rated, before mean, before
    min, before max, after mean); the others a count or a sum of minutes."""

    sessions: dict[int, tuple[int, int, int, float | None, int | None, int | None, float | None]]
    hurt_events: dict[int, int]
    plan_changes: dict[int, int]
    activity_minutes: dict[int, int]


class HistoryStore:
    """What was done: sessions, sets, "this hurts", pain entries, activities, plan changes."""

    def __init__(self, conn: sqlite3.Connection, paths: Paths) -> None:
        """Use ``HistoryStore.open(paths)``; this wraps an already opened and migrated connection."""
        conn.row_factory = sqlite3.Row
        self._conn = conn
        self.paths = paths
        self._depth = 0
        self.read_only = False
        self.unread_changes = False

    # --- lifecycle --------------------------------------------------------------------------------------

    @classmethod
    def open(cls, paths: Paths, *, now: datetime | None = None) -> HistoryStore:
        """Open (creating, checking and upgrading as needed) the history in ``paths``; takes no lock.

        Raises NewerDatabaseError, NotARugTimerDatabase, CorruptDatabaseError (the file was moved aside;
        offer ``error.newest_backup``) or StorageError.
        """
        folder.prepare(paths)
        conn = opening.open_database(paths.database, paths.backups, now=now)
        backups.tighten_all(paths.backups)
        return cls(conn, paths)

    @classmethod
    def open_readonly(cls, paths: Paths, *, now: datetime | None = None) -> HistoryStore:
        """Open the history only to read it (lock-free; a read-only folder is fine). Writing raises
        StorageError. ``unread_changes`` is True when a read-only folder hides the newest changes."""
        store = cls(opening.open_for_reading(paths.database, paths.backups, now=now), paths)
        store.read_only = True
        store.unread_changes = db.unread_wal(paths.database) and not folder.can_write_in(paths.data_dir)
        return store

    def close(self) -> None:
        """Close; SQLite checkpoints the WAL into the main file on the last close."""
        self._conn.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- transactions -----------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed before returning; inside ``batch()`` it joins the batch. A store
        opened read-only refuses here, before any SQL, with the one error that says why (not SQLite's)."""
        if self.read_only:
            raise ReadOnlyFolderError(self.paths.data_dir)
        try:
            if self._depth:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if not self._depth:
                self._rollback_quietly()
            if isinstance(exc, sqlite3.IntegrityError):
                raise InvalidRecordError(f"The record breaks a rule of the history: {exc}.") from exc
            if isinstance(exc, sqlite3.Error):
                raise storage_error(self.paths.database, exc) from exc
            raise

    def _rollback_quietly(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolls back by itself after an I/O error; nothing was committed

    @contextmanager
    def batch(self) -> Iterator[HistoryStore]:
        """Many writes in one transaction (import-merge, demo data): all or nothing."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        with self._write():
            self._depth = 1
            try:
                yield self
            finally:
                self._depth = 0

    def _insert(self, table: str, columns: str, row: tuple[Any, ...], read_back: str) -> bool:
        """Insert unless the id exists; the same content again is fine, different content is a conflict.

        Returns True when the row was new. Runs inside the caller's transaction.
        """
        marks = ", ".join("?" * len(row))
        cur = self._conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING", row
        )
        if cur.rowcount == 1:
            return True
        existing = self._conn.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row[0],)).fetchone()
        if existing is None or tuple(existing) != row:
            raise IdConflictError(read_back, row[0])
        return False

    def _save(self, table: str, columns: str, row: tuple[Any, ...], name: str) -> bool:
        try:
            with self._write():
                return self._insert(table, columns, row, name)
        except InvalidRecordError as exc:
            if "FOREIGN KEY" in str(exc.__cause__ or ""):
                raise NotFoundError("session", str(row[1])) from exc
            raise

    # --- sessions ---------------------------------------------------------------------------------------

    def begin_session(
        self, started_at: datetime, plan_week: int, pain_before: int | None = None
    ) -> SessionRecord:
        """A new 'running' session, committed at once so a crash leaves it to be marked interrupted."""
        record = SessionRecord(started_at=started_at, plan_week=plan_week, pain_before=pain_before)
        self.add_session(record)
        return record

    def add_session(self, record: SessionRecord) -> bool:
        """Store a whole session record (import-merge, demo data); idempotent by id. True if new."""
        return self._save("sessions", _SESSION_COLUMNS, _session_row(record), "session")

    def finish_session(
        self,
        session_id: str,
        ended_at: datetime,
        status: SessionStatus,
        *,
        pain_after: int | None = None,
        rating: Rating | None = None,
        note: str = "",
    ) -> SessionRecord:
        """End a session as completed, stopped or interrupted; returns the stored record.

        The ratings are keyword-only so a pain score can never land in the wrong field.
        """
        check_choice(status, "status", FINISHED_STATUSES)
        ended = instant_columns(normalize_instant(ended_at, "ended_at"))
        check_int(pain_after, "pain_after", 0, 10, optional=True)
        check_choice(rating, "rating", RATINGS, optional=True)
        check_text(note, "note")
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE sessions SET ended_at = ?, ended_utc = ?, ended_date = ?, status = ?, "
                "pain_after = ?, rating = ?, note = ? WHERE id = ?",
                (*ended, status, pain_after, rating, note, session_id),
            )
            if cur.rowcount != 1:
                raise NotFoundError("session", session_id)
        return self._get_session(session_id)

    def update_session(
        self,
        session_id: str,
        *,
        pain_before: int | _Unset | None = UNSET,
        pain_after: int | _Unset | None = UNSET,
        rating: Rating | _Unset | None = UNSET,
        note: str | _Unset = UNSET,
    ) -> SessionRecord:
        """Change the ratings or note afterwards (e.g. pain-after of an interrupted session). None clears."""
        changes: dict[str, object] = {}
        if not isinstance(pain_before, _Unset):
            check_int(pain_before, "pain_before", 0, 10, optional=True)
            changes["pain_before"] = pain_before
        if not isinstance(pain_after, _Unset):
            check_int(pain_after, "pain_after", 0, 10, optional=True)
            changes["pain_after"] = pain_after
        if not isinstance(rating, _Unset):
            check_choice(rating, "rating", RATINGS, optional=True)
            changes["rating"] = rating
        if not isinstance(note, _Unset):
            check_text(note, "note")
            changes["note"] = note
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            with self._write() as conn:
                cur = conn.execute(
                    f"UPDATE sessions SET {assignments} WHERE id = ?", (*changes.values(), session_id)
                )
                if cur.rowcount != 1:
                    raise NotFoundError("session", session_id)
        return self._get_session(session_id)

    def delete_session(self, session_id: str) -> bool:
        """Delete a session with its sets and "this hurts" events. False if there was no such session."""
        with self._write() as conn:
            return conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount == 1

    def mark_running_as_interrupted(self) -> list[SessionRecord]:
        """At app start: sessions left 'running' by a crash become 'interrupted', ending at their last set
        (or their start). Returned so the UI can ask for the pain-after rating or close them."""
        with self._write() as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM sessions WHERE status = 'running'")]
            for session_id in ids:
                last = conn.execute(
                    "SELECT completed_at, completed_utc, completed_date FROM sets WHERE session_id = ? "
                    "ORDER BY completed_utc DESC LIMIT 1",
                    (session_id,),
                ).fetchone()
                if last is None:
                    last = conn.execute(
                        "SELECT started_at, started_utc, started_date FROM sessions WHERE id = ?",
                        (session_id,),
                    ).fetchone()
                conn.execute(
                    "UPDATE sessions SET status = 'interrupted', ended_at = ?, ended_utc = ?, ended_date = ? "
                    "WHERE id = ?",
                    (*last, session_id),
                )
        return [self._get_session(session_id) for session_id in ids]

    def get_session(self, session_id: str) -> SessionRecord | None:
        row = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return _session(row) if row else None

    def _get_session(self, session_id: str) -> SessionRecord:
        record = self.get_session(session_id)
        if record is None:
            raise NotFoundError("session", session_id)
        return record

    def sessions(self, start: date | None = None, end: date | None = None) -> list[SessionRecord]:
        """Sessions whose local start date is in [start, end], newest first."""
        where, params = _date_filter("started_date", start, end)
        rows = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions{where} ORDER BY started_utc DESC, id", params
        )
        return [_session(row) for row in rows]

    def exercise_days(self, start: date | None = None, end: date | None = None) -> set[date]:
        """The days in [start, end] that count for adherence (``model.records.exercise_days``)."""
        where, params = _date_filter("started_date", start, end)
        rows = self._conn.execute(
            f"SELECT DISTINCT started_date FROM sessions{where}"
            + (" AND" if where else " WHERE")
            + f" {_COUNTED} AND EXISTS (SELECT 1 FROM sets WHERE sets.session_id = sessions.id)",
            params,
        )
        return {date.fromisoformat(row[0]) for row in rows}

    def session_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM sessions").fetchone()[0])

    # --- sets and events --------------------------------------------------------------------------------

    def record_set(self, record: SetRecord) -> bool:
        """Save one completed set in its own committed transaction. True if new, False if already saved.

        On StorageError keep the record and call again with the same object: it is stored exactly once.
        """
        return self._save("sets", _SET_COLUMNS, _set_row(record), "set")

    def sets_for(self, session_id: str) -> list[SetRecord]:
        rows = self._conn.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE session_id = ? ORDER BY completed_utc, set_number, id",
            (session_id,),
        )
        return [_set(row) for row in rows]

    def sets_between(self, start: date | None = None, end: date | None = None) -> list[SetRecord]:
        where, params = _date_filter("completed_date", start, end)
        rows = self._conn.execute(
            f"SELECT {_SET_COLUMNS} FROM sets{where} ORDER BY completed_utc, set_number, id", params
        )
        return [_set(row) for row in rows]

    def set_summaries(self) -> list[tuple[str, str, int]]:
        """(session id, exercise, sets) for every session, in the order exercises were first done.

        One grouped query: the history list needs only this, and building 30 000 SetRecords takes ~100 ms.
        """
        rows = self._conn.execute(
            "SELECT session_id, exercise, COUNT(*) FROM sets GROUP BY session_id, exercise "
            "ORDER BY session_id, MIN(completed_utc), MIN(set_number)"
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def record_hurt(self, event: HurtEvent) -> bool:
        return self._save("hurt_events", _HURT_COLUMNS, _hurt_row(event), "hurt event")

    def hurt_events(
        self, start: date | None = None, end: date | None = None, *, session_id: str | None = None
    ) -> list[HurtEvent]:
        where, params = _date_filter("at_date", start, end)
        if session_id is not None:
            where += (" AND" if where else " WHERE") + " session_id = ?"
            params.append(session_id)
        rows = self._conn.execute(
            f"SELECT {_HURT_COLUMNS} FROM hurt_events{where} ORDER BY at_utc, id", params
        )
        return [_hurt(row) for row in rows]

    def add_pain_entry(self, entry: PainEntry) -> bool:
        return self._save("pain_entries", _PAIN_COLUMNS, _pain_row(entry), "pain entry")

    def pain_entries(self, start: date | None = None, end: date | None = None) -> list[PainEntry]:
        where, params = _date_filter("at_date", start, end)
        rows = self._conn.execute(
            f"SELECT {_PAIN_COLUMNS} FROM pain_entries{where} ORDER BY at_utc, id", params
        )
        return [_pain(row) for row in rows]

    def add_activity(self, activity: Activity) -> bool:
        return self._save("activities", _ACTIVITY_COLUMNS, _activity_row(activity), "activity")

    def activities(self, start: date | None = None, end: date | None = None) -> list[Activity]:
        where, params = _date_filter("date", start, end)
        rows = self._conn.execute(
            f"SELECT {_ACTIVITY_COLUMNS} FROM activities{where} ORDER BY date, id", params
        )
        return [_activity(row) for row in rows]

    def add_plan_change(self, change: PlanChange) -> bool:
        return self._save("plan_changes", _PLAN_COLUMNS, _plan_row(change), "plan change")

    def plan_changes(self, start: date | None = None, end: date | None = None) -> list[PlanChange]:
        where, params = _date_filter("at_date", start, end)
        rows = self._conn.execute(
            f"SELECT {_PLAN_COLUMNS} FROM plan_changes{where} ORDER BY at_utc, id", params
        )
        return [_plan(row) for row in rows]

    # --- the program and the coach ----------------------------------------------------------------------

    def save_program(self, record: ProgramRecord, changes: Sequence[PlanChange] = ()) -> bool:
        """A new version of the program with the plan changes that describe it, in one transaction."""
        with self.batch():
            new = self._insert("programs", _PROGRAM_COLUMNS, _program_row(record), "program")
            for change in changes:
                self._insert("plan_changes", _PLAN_COLUMNS, _plan_row(change), "plan change")
        return new

    def add_program(self, record: ProgramRecord) -> bool:
        """Store one program version as it is (import-merge); idempotent by id. True if new."""
        return self._save("programs", _PROGRAM_COLUMNS, _program_row(record), "program")

    def current_program(self) -> ProgramRecord | None:
        """The newest program version, or None before the first one was chosen."""
        row = self._conn.execute(
            f"SELECT {_PROGRAM_COLUMNS} FROM programs ORDER BY at_utc DESC, id DESC LIMIT 1"
        ).fetchone()
        return _program(row) if row else None

    def programs(self, start: date | None = None, end: date | None = None) -> list[ProgramRecord]:
        where, params = _date_filter("at_date", start, end)
        rows = self._conn.execute(
            f"SELECT {_PROGRAM_COLUMNS} FROM programs{where} ORDER BY at_utc, id", params
        )
        return [_program(row) for row in rows]

    def plan_start(self) -> date | None:
        """The local date the person began: their first program, or their first session if earlier."""
        row = self._conn.execute(
            "SELECT min(d) FROM (SELECT min(at_date) AS d FROM programs "
            "UNION ALL SELECT min(started_date) FROM sessions)"
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def add_coach_answer(self, answer: CoachAnswer) -> bool:
        return self._save("coach_answers", _COACH_COLUMNS, _coach_row(answer), "coach answer")

    def answer_coach(
        self,
        answer: CoachAnswer,
        program: ProgramRecord | None = None,
        changes: Sequence[PlanChange] = (),
    ) -> None:
        """The answer to a suggestion and (when accepted) the new program, in one transaction."""
        with self.batch():
            self._insert("coach_answers", _COACH_COLUMNS, _coach_row(answer), "coach answer")
            if program is not None:
                self.save_program(program, changes)

    def coach_answers(self, start: date | None = None, end: date | None = None) -> list[CoachAnswer]:
        where, params = _date_filter("at_date", start, end)
        rows = self._conn.execute(
            f"SELECT {_COACH_COLUMNS} FROM coach_answers{where} ORDER BY at_utc, id", params
        )
        return [_coach(row) for row in rows]

    # --- weekly totals (the trend graph over years) --------------------------------------------------------

    def weekly_totals(self, start: date | None = None, end: date | None = None) -> WeeklyTotals:
        """Per ISO week (keyed by its Monday's ``date.toordinal()``), grouped by SQLite from the local dates.

        The same numbers ``trends.weekly_stats`` computes from records, without building a record per
        session: ten years of history in a few milliseconds. Only finished sessions count.
        """

        # julianday(d) - 1721424.5 is d's proleptic Gregorian ordinal (date.toordinal); ordinal 1 is a Monday,
        # so the week's Monday is o - (o - 1) % 7. ISO weeks of the local date, never strftime('%W').
        def grouped(sql: str, column: str) -> list[sqlite3.Row]:
            where, params = _date_filter(column, start, end)
            ordinal = f"CAST(julianday({column}) - 1721424.5 AS INTEGER)"
            monday = f"({ordinal} - ({ordinal} - 1) % 7)"
            return self._conn.execute(sql.format(monday=monday, where=where), params).fetchall()

        # The adherence rule (model.records.is_exercise_day): a session is done when a set of it completed;
        # the days are the local dates such sessions started on. Pain counts from every finished session.
        done = "EXISTS (SELECT 1 FROM sets WHERE sets.session_id = sessions.id)"
        sessions = grouped(
            f"SELECT {{monday}}, SUM({done}), COUNT(DISTINCT CASE WHEN {done} THEN started_date END), "
            "COUNT(pain_before), AVG(pain_before), MIN(pain_before), MAX(pain_before), AVG(pain_after) "
            "FROM sessions{where}" + (" AND" if start or end else " WHERE") + f" {_COUNTED} GROUP BY 1",
            "started_date",
        )
        hurts = grouped("SELECT {monday}, COUNT(*) FROM hurt_events{where} GROUP BY 1", "at_date")
        plans = grouped("SELECT {monday}, COUNT(*) FROM plan_changes{where} GROUP BY 1", "at_date")
        minutes = grouped("SELECT {monday}, SUM(minutes) FROM activities{where} GROUP BY 1", "date")
        return WeeklyTotals(
            sessions={row[0]: tuple(row[1:]) for row in sessions},  # type: ignore[misc]
            hurt_events={row[0]: row[1] for row in hurts},
            plan_changes={row[0]: row[1] for row in plans},
            activity_minutes={row[0]: row[1] for row in minutes},
        )

    # --- whole-history questions ------------------------------------------------------------------------

    def has_real_history(self) -> bool:
        """Anything not made by the demo generator (sets belong to their session)."""
        tables = [t for t in schema.DATA_TABLES if t != "sets"]
        query = " UNION ALL ".join(f"SELECT 1 FROM {t} WHERE is_demo = 0" for t in tables)
        return self._conn.execute(f"SELECT EXISTS ({query})").fetchone()[0] == 1

    def check(self) -> list[str]:
        """``integrity_check`` + ``foreign_key_check``; an empty list means all is well."""
        try:
            return db.check_problems(self._conn, full=True)
        except sqlite3.Error as exc:
            return [str(exc)]

    def last_change_marker(self) -> str:
        """Changes with every write (a random token renewed by triggers); a backup carries its token."""
        return backups.change_token(self._conn)

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Today's backup if there is none yet and something changed. Call after open and after a session."""
        self._no_batch("backup")
        return backups.backup_if_due(self._conn, self.paths.backups, now or datetime.now(UTC))

    def backup_now(self, now: datetime | None = None) -> Path:
        """Make (or renew) today's backup now."""
        self._no_batch("backup")
        return backups.backup_now(self._conn, self.paths.backups, now or datetime.now(UTC))

    def _no_batch(self, what: str) -> None:
        if self._depth:
            raise HistoryError(f"Cannot {what} inside a batch.")


__all__: Sequence[str] = ("UNSET", "HistoryStore", "WeeklyTotals")
