"""The schema, one ordered migration step per version.

Step N takes a database at ``user_version`` N-1 to N. ``db.migrate`` runs each step and its version bump in
one transaction, after a backup. To ship version 2: write ``_v2(conn)``, append it to ``MIGRATIONS``, and
freeze a fixture of version 1 data in ``tests/history/fixtures/`` (the v1 fixture already exists). Never
edit a step that has shipped: users' files were made by it.

Every instant is stored three ways (see ``records.instant_columns``): ``x_at`` local ISO 8601 with offset,
``x_utc`` fixed-width UTC text for ordering, ``x_date`` local date for grouping by day / ISO week.
Tables are not STRICT (that needs SQLite 3.37, newer than some Python 3.11 builds); CHECKs guard the types.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

# "RgTm": marks the file as RugTimer's (PRAGMA application_id, header offset 68).
APPLICATION_ID = 0x5267546D

_UTC = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9]Z'"
_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
_UUID = "length({0}) = 36"


def _instant(prefix: str, *, nullable: bool = False) -> str:
    null = "" if nullable else " NOT NULL"
    at = f"{prefix}_at" if prefix else "at"
    utc = f"{prefix}_utc" if prefix else "at_utc"
    day = f"{prefix}_date" if prefix else "at_date"
    return (
        f"{at} TEXT{null} CHECK (typeof({at}) IN ('text', 'null')),\n"
        f"    {utc} TEXT{null} CHECK ({utc} {_UTC}),\n"
        f"    {day} TEXT{null} CHECK ({day} {_DATE})"
    )


def _pain(column: str) -> str:
    return f"{column} IS NULL OR (typeof({column}) = 'integer' AND {column} BETWEEN 0 AND 10)"


def _change_triggers(table: str) -> list[str]:
    """Any change gives the database a new random change token; a backup copies the token, so "changed
    since the newest backup" is a comparison of two tokens (backups.py)."""
    return [
        f"CREATE TRIGGER {table}_changed_{op.lower()} AFTER {op} ON {table} BEGIN "
        "UPDATE meta SET value = lower(hex(randomblob(16))) WHERE key = 'change_token'; END"
        for op in ("INSERT", "UPDATE", "DELETE")
    ]


_V1_TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "INSERT INTO meta (key, value) VALUES ('change_token', '')",
    f"""CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    {_instant("started")},
    {_instant("ended", nullable=True)},
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted', 'stopped')),
    plan_week INTEGER NOT NULL CHECK (typeof(plan_week) = 'integer' AND plan_week >= 1),
    pain_before INTEGER CHECK ({_pain("pain_before")}),
    pain_after INTEGER CHECK ({_pain("pain_after")}),
    rating TEXT CHECK (rating IS NULL OR rating IN ('too_easy', 'good', 'too_hard')),
    note TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'text'),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    CHECK ((status = 'running') = (ended_at IS NULL)),
    CHECK ((ended_at IS NULL) = (ended_utc IS NULL) AND (ended_at IS NULL) = (ended_date IS NULL))
)""",
    f"""CREATE TABLE sets (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise TEXT NOT NULL CHECK (typeof(exercise) = 'text' AND exercise <> ''),
    set_number INTEGER NOT NULL CHECK (typeof(set_number) = 'integer' AND set_number >= 1),
    side TEXT CHECK (side IS NULL OR side IN ('left', 'right')),
    reps INTEGER CHECK (reps IS NULL OR (typeof(reps) = 'integer' AND reps >= 0)),
    seconds REAL CHECK (seconds IS NULL OR (typeof(seconds) = 'real' AND seconds >= 0)),
    {_instant("completed")}
)""",
    f"""CREATE TABLE hurt_events (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    session_id TEXT REFERENCES sessions (id) ON DELETE CASCADE,
    exercise TEXT CHECK (exercise IS NULL OR typeof(exercise) = 'text'),
    {_instant("")},
    note TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'text'),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    f"""CREATE TABLE pain_entries (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    {_instant("")},
    pain INTEGER NOT NULL CHECK (typeof(pain) = 'integer' AND pain BETWEEN 0 AND 10),
    context TEXT NOT NULL CHECK (context IN ('next_day_check', 'manual')),
    response TEXT CHECK (response IS NULL OR (context = 'next_day_check'
        AND response IN ('better_or_same', 'stiff_gone_within_day', 'worse_over_24h'))),
    note TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'text'),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    f"""CREATE TABLE activities (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    date TEXT NOT NULL CHECK (date {_DATE}),
    kind TEXT NOT NULL CHECK (kind IN ('walking', 'cycling', 'other')),
    minutes INTEGER NOT NULL CHECK (typeof(minutes) = 'integer' AND minutes > 0),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    f"""CREATE TABLE plan_changes (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    {_instant("")},
    exercise TEXT NOT NULL CHECK (typeof(exercise) = 'text' AND exercise <> ''),
    change TEXT NOT NULL CHECK (typeof(change) = 'text' AND change <> ''),
    from_value TEXT CHECK (from_value IS NULL OR typeof(from_value) = 'text'),
    to_value TEXT CHECK (to_value IS NULL OR typeof(to_value) = 'text'),
    reason TEXT NOT NULL DEFAULT '' CHECK (typeof(reason) = 'text'),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    # Reading by date (day / ISO-week views, exports with --from/--to) and the foreign keys.
    "CREATE INDEX sessions_by_date ON sessions (started_date, started_utc)",
    "CREATE INDEX sessions_by_utc ON sessions (started_utc)",
    "CREATE INDEX sessions_running ON sessions (status) WHERE status = 'running'",
    "CREATE INDEX sets_by_session ON sets (session_id, completed_utc)",
    "CREATE INDEX sets_by_date ON sets (completed_date, completed_utc)",
    "CREATE INDEX hurt_events_by_session ON hurt_events (session_id)",
    "CREATE INDEX hurt_events_by_date ON hurt_events (at_date, at_utc)",
    "CREATE INDEX pain_entries_by_date ON pain_entries (at_date, at_utc)",
    "CREATE INDEX activities_by_date ON activities (date)",
    "CREATE INDEX plan_changes_by_date ON plan_changes (at_date, at_utc)",
)

V1_DATA_TABLES = ("sessions", "sets", "hurt_events", "pain_entries", "activities", "plan_changes")
DATA_TABLES = (*V1_DATA_TABLES, "programs", "coach_answers", "psk_activities", "psk_scores")


def _v1(conn: sqlite3.Connection) -> None:
    """The first shipped schema."""
    for statement in _V1_TABLES:
        conn.execute(statement)
    for table in V1_DATA_TABLES:
        for trigger in _change_triggers(table):
            conn.execute(trigger)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


_V2_TABLES = (
    # The person's program, one row per version; the newest is the current one. ``program`` is the text of
    # a "rugtimer-program" TOML file (docs/program-format.md), the same format as an exported program.
    f"""CREATE TABLE programs (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    {_instant("")},
    program TEXT NOT NULL CHECK (typeof(program) = 'text' AND program <> ''),
    reason TEXT NOT NULL CHECK (typeof(reason) = 'text' AND reason <> ''),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    # What the coach suggested and what the person answered: one weekly suggestion at most, and the
    # answer (also a "no") is remembered so the same question is not asked twice.
    f"""CREATE TABLE coach_answers (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    {_instant("")},
    kind TEXT NOT NULL CHECK (kind IN ('progression', 'after_pain', 'this_hurts')),
    exercise TEXT NOT NULL CHECK (typeof(exercise) = 'text' AND exercise <> ''),
    change TEXT NOT NULL CHECK (typeof(change) = 'text' AND change <> ''),
    from_value TEXT CHECK (from_value IS NULL OR typeof(from_value) = 'text'),
    to_value TEXT CHECK (to_value IS NULL OR typeof(to_value) = 'text'),
    answer TEXT NOT NULL CHECK (answer IN ('accepted', 'declined')),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    "CREATE INDEX programs_by_utc ON programs (at_utc)",
    "CREATE INDEX coach_answers_by_date ON coach_answers (at_date, at_utc)",
)


def _v2(conn: sqlite3.Connection) -> None:
    """Coaching: the person's program over time, and the coach's suggestions with their answers."""
    for statement in _V2_TABLES:
        conn.execute(statement)
    for table in ("programs", "coach_answers"):
        for trigger in _change_triggers(table):
            conn.execute(trigger)


def _v3(conn: sqlite3.Connection) -> None:
    """The variant a set was done in (an id of the exercise's variants; NULL: the exercise as it is), so a
    set done in the easier variant after "this hurts" is not stored as the plain exercise."""
    conn.execute(
        "ALTER TABLE sets ADD COLUMN variant TEXT "
        "CHECK (variant IS NULL OR (typeof(variant) = 'text' AND variant <> ''))"
    )


_V4_TABLES = (
    # The PSK (docs/psk.md): the person's own 3-5 activities. A changed activity is ended (ended_*), never
    # edited, so its scores keep their meaning; the new one starts fresh at the same position.
    f"""CREATE TABLE psk_activities (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    text TEXT NOT NULL CHECK (typeof(text) = 'text' AND text <> ''),
    position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position BETWEEN 1 AND 5),
    {_instant("created")},
    {_instant("ended", nullable=True)},
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    CHECK ((ended_at IS NULL) = (ended_utc IS NULL) AND (ended_at IS NULL) = (ended_date IS NULL))
)""",
    # One activity's score for one ISO week (``week``: its Monday, from the local date); NULL: skipped. A
    # re-score is a new row; the newest per activity and week counts (model/psk.latest_per_activity).
    f"""CREATE TABLE psk_scores (
    id TEXT PRIMARY KEY NOT NULL CHECK ({_UUID.format("id")}),
    activity_id TEXT NOT NULL REFERENCES psk_activities (id) ON DELETE CASCADE,
    week TEXT NOT NULL CHECK (week {_DATE}),
    score INTEGER CHECK ({_pain("score")}),
    {_instant("")},
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))
)""",
    "CREATE INDEX psk_scores_by_week ON psk_scores (week, activity_id)",
    "CREATE INDEX psk_scores_by_activity ON psk_scores (activity_id)",
)


def _v4(conn: sqlite3.Connection) -> None:
    """The PSK ("What you want to do again"): chosen activities and their weekly 0-10 scores."""
    for statement in _V4_TABLES:
        conn.execute(statement)
    for table in ("psk_activities", "psk_scores"):
        for trigger in _change_triggers(table):
            conn.execute(trigger)


Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[i] takes user_version i to i + 1. Append only.
MIGRATIONS: Sequence[Migration] = (_v1, _v2, _v3, _v4)
