"""Export the history as JSON ("rugtimer-history" version 2) or CSV, and import-merge a JSON export. Qt-free.

The JSON field names are a contract (``../shared/DESIGN.md``, ``docs/export-format.md``). Import validates the
whole file and builds every record before it writes anything, then merges by id in one transaction, so a bad
file or a conflicting record leaves the history exactly as it was, and importing the same file twice adds
nothing the second time.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final, Literal

from rugtimer.history.errors import HistoryError, IdConflictError, InvalidRecordError
from rugtimer.history.psk_store import PskStore
from rugtimer.history.store import HistoryStore
from rugtimer.model import psk
from rugtimer.model.guarded_text import (
    UnreadableText,
    decode_utf8,
    parse_json,
    parse_toml,
    read_bounded,
    too_large,
)
from rugtimer.model.limits import (
    MAX_ACTIVITY_MINUTES,
    MAX_EXPORT_BYTES,
    MAX_NOTE_CHARS,
    MAX_PLAN_WEEK,
    MAX_PROGRAM_CHARS,
    MAX_REPS,
    MAX_SET_NUMBER,
    MAX_SHORT_CHARS,
    MIN_ACTIVITY_MINUTES,
    future_problem,
    text_problem,
)
from rugtimer.model.psk import PskActivity, PskScore
from rugtimer.model.records import (
    _UUID_TEXT,
    ACTIVITY_KINDS,
    COACH_ANSWERS,
    COACH_KINDS,
    NEXT_DAY_RESPONSES,
    PAIN_CONTEXTS,
    RATINGS,
    SIDES,
    STATUSES,
    Activity,
    CoachAnswer,
    HurtEvent,
    PainEntry,
    PlanChange,
    ProgramRecord,
    SessionRecord,
    SetRecord,
    instant_columns,
)

FORMAT: Final = "rugtimer-history"
VERSION: Final = 2
"""2 added ``psk_activities`` and ``psk_scores`` (history schema 4); version 1 files still import."""
MAX_FILE_BYTES: Final = MAX_EXPORT_BYTES
MAX_PROBLEMS: Final = 50
CSV_BOM: Final = "\ufeff"

CsvTable = Literal["sets", "sessions", "psk"]
SETS_HEADER: Final = (
    "date",
    "time",
    "exercise",
    "set",
    "side",
    "reps",
    "seconds",
    "pain_before",
    "pain_after",
    "rating",
    "status",
    "completed_at",
    "session_id",
    "set_id",
    "variant",  # added last, so a spreadsheet reading columns by position still finds the others
)
PSK_HEADER: Final = (
    "week",
    "week_start",
    "position",
    "activity",
    "score",
    "entered_at",
    "activity_ended",
    "is_demo",
    "activity_id",
    "score_id",
)
"""The PSK in its own CSV (``--table psk``): one row per activity per week; ``score`` empty = skipped."""
SESSIONS_HEADER: Final = (
    "date",
    "time",
    "end_time",
    "minutes",
    "status",
    "plan_week",
    "sets",
    "pain_before",
    "pain_after",
    "rating",
    "note",
    "is_demo",
    "session_id",
)


class ImportFileError(HistoryError):
    """The file cannot be imported; ``problems`` lists each as "where: what". Nothing was changed."""

    def __init__(self, source: str, problems: list[str], *, stopped: bool = False) -> None:
        self.source = source
        self.problems = problems
        self.stopped = stopped  # the check stopped after len(problems): there are more, not counted
        lines = "\n".join(f"  {p}" for p in problems)
        if stopped:
            tail = "\n  … and more; the check stopped here"
            counted = f"more than {len(problems)} problems"
        else:
            tail = ""
            counted = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(f"{source} cannot be imported ({counted}); nothing was changed:\n{lines}{tail}")


# --- export ---------------------------------------------------------------------------------------------


def _instant(value: datetime | None) -> str | None:
    """The stored local text with its offset, so an export reads back equal to the record."""
    return None if value is None else instant_columns(value)[0]


def _sessions_with_sets(
    store: HistoryStore, start: date | None, end: date | None
) -> list[tuple[SessionRecord, list[SetRecord]]]:
    """Sessions oldest first with their sets; one query for the sets instead of one per session."""
    sessions = list(reversed(store.sessions(start, end)))
    by_session: dict[str, list[SetRecord]] = {s.id: [] for s in sessions}
    # Sets complete after their session starts; a day of margin covers a change of UTC offset.
    for record in store.sets_between(None if start is None else start - timedelta(days=1), None):
        bucket = by_session.get(record.session_id)
        if bucket is not None:
            bucket.append(record)
    return [(s, by_session[s.id]) for s in sessions]


def _psk_in_period(
    store: HistoryStore, start: date | None, end: date | None
) -> tuple[list[PskActivity], list[PskScore]]:
    """The PSK scores of the weeks in the period, and the activities they score or that were chosen in it,
    so a file never holds a score whose activity is missing."""
    table = PskStore(store)
    scores = table.scores(start, end)
    scored = {s.activity_id for s in scores}
    activities = [
        a
        for a in table.activities()
        if a.id in scored
        or ((start is None or a.created_at.date() >= start) and (end is None or a.created_at.date() <= end))
    ]
    return activities, scores


def export_json(store: HistoryStore, start: date | None, end: date | None, now: datetime) -> dict[str, Any]:
    """The history in [start, end] (local dates, inclusive) as the "rugtimer-history" v2 structure."""
    psk_activities, psk_scores = _psk_in_period(store, start, end)
    pairs = _sessions_with_sets(store, start, end)
    session_ids = {s.id for s, _ in pairs}
    sessions = [
        {
            "id": s.id,
            "started_at": _instant(s.started_at),
            "ended_at": _instant(s.ended_at),
            "status": s.status,
            "plan_week": s.plan_week,
            "pain_before": s.pain_before,
            "pain_after": s.pain_after,
            "rating": s.rating,
            "note": s.note,
            "is_demo": s.is_demo,
            "sets": [
                {
                    "id": t.id,
                    "exercise": t.exercise,
                    "set": t.set_number,
                    "side": t.side,
                    "reps": t.reps,
                    "seconds": t.seconds,
                    "completed_at": _instant(t.completed_at),
                    "variant": t.variant,
                }
                for t in sets
            ],
        }
        for s, sets in pairs
    ]
    # A "this hurts" during a session travels with its session, so the file never points at a missing one.
    hurts = [
        {
            "id": h.id,
            "at": _instant(h.at),
            "session_id": h.session_id,
            "exercise": h.exercise,
            "note": h.note,
            "is_demo": h.is_demo,
        }
        for h in store.hurt_events(start, end)
        if h.session_id is None or h.session_id in session_ids
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.isoformat(timespec="seconds"),
        "period": {
            "from": None if start is None else start.isoformat(),
            "to": None if end is None else end.isoformat(),
        },
        "sessions": sessions,
        "pain_entries": [
            {
                "id": p.id,
                "at": _instant(p.at),
                "pain": p.pain,
                "context": p.context,
                "note": p.note,
                "response": p.response,
                "is_demo": p.is_demo,
            }
            for p in store.pain_entries(start, end)
        ],
        "activities": [
            {
                "id": a.id,
                "date": a.date.isoformat(),
                "kind": a.kind,
                "minutes": a.minutes,
                "is_demo": a.is_demo,
            }
            for a in store.activities(start, end)
        ],
        "plan_changes": [
            {
                "id": c.id,
                "at": _instant(c.at),
                "exercise": c.exercise,
                "change": c.change,
                "from": c.from_value,
                "to": c.to_value,
                "reason": c.reason,
                "is_demo": c.is_demo,
            }
            for c in store.plan_changes(start, end)
        ],
        "hurt_events": hurts,
        "programs": [
            {
                "id": p.id,
                "at": _instant(p.at),
                "reason": p.reason,
                "program": p.program,
                "is_demo": p.is_demo,
            }
            for p in store.programs(start, end)
        ],
        "coach_answers": [
            {
                "id": a.id,
                "at": _instant(a.at),
                "kind": a.kind,
                "exercise": a.exercise,
                "change": a.change,
                "from": a.from_value,
                "to": a.to_value,
                "answer": a.answer,
                "is_demo": a.is_demo,
            }
            for a in store.coach_answers(start, end)
        ],
        "psk_activities": [
            {
                "id": a.id,
                "text": a.text,
                "position": a.position,
                "created_at": _instant(a.created_at),
                "ended_at": _instant(a.ended_at),
                "is_demo": a.is_demo,
            }
            for a in psk_activities
        ],
        "psk_scores": [
            {
                "id": s.id,
                "activity_id": s.activity_id,
                "week": s.week.isoformat(),
                "score": s.score,
                "at": _instant(s.at),
                "is_demo": s.is_demo,
            }
            for s in psk_scores
        ],
    }


def dump_json(data: dict[str, Any]) -> bytes:
    """UTF-8, non-ASCII kept readable, one field per line so a diff of two exports is legible."""
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decimal_separator(delimiter: str) -> str:
    """ "," next to ";" (what Excel and LibreOffice with a Dutch locale expect), else "."."""
    return "," if delimiter == ";" else "."


def check_delimiter(delimiter: str) -> str:
    """One character that cannot be confused with a number, a quote or a line end."""
    if len(delimiter) != 1 or delimiter in "\"'\r\n.-+0123456789" or delimiter.isalnum():
        raise HistoryError(f"the CSV delimiter must be one character like ; , | or a tab, not {delimiter!r}")
    return delimiter


def _safe_text(text: str | None) -> str:
    """Free text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe."""
    if not text:
        return ""
    return "'" + text if text[0] in "=+-@\t\r" else text


def export_csv(
    store: HistoryStore, start: date | None, end: date | None, table: CsvTable = "sets", delimiter: str = ";"
) -> str:
    """One row per set (with its session's fields) or per session, with a header row.

    The text starts with a BOM (Excel reads UTF-8 only with one); encode it as UTF-8. Decimals use ","
    when the delimiter is ";" (Dutch Excel/LibreOffice), else ".". Dates are ISO (YYYY-MM-DD), times HH:MM
    in the local time of the record. Program versions and coach answers are not in a per-set table: they
    travel in the JSON export only.
    """
    check_delimiter(delimiter)
    comma = decimal_separator(delimiter)

    def number(value: float | None, decimals: int) -> str:
        return "" if value is None else f"{value:.{decimals}f}".replace(".", comma)

    def text(value: object) -> str:
        return "" if value is None else str(value)

    out = io.StringIO()
    out.write(CSV_BOM)
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    pairs = _sessions_with_sets(store, start, end)
    if table == "sets":
        writer.writerow(SETS_HEADER)
        for s, sets in pairs:
            for t in sets:
                writer.writerow(
                    (
                        s.started_at.date().isoformat(),
                        s.started_at.strftime("%H:%M"),
                        _safe_text(t.exercise),
                        t.set_number,
                        text(t.side),
                        text(t.reps),
                        number(t.seconds, 1),
                        text(s.pain_before),
                        text(s.pain_after),
                        text(s.rating),
                        s.status,
                        t.completed_at.strftime("%Y-%m-%d %H:%M:%S"),
                        s.id,
                        t.id,
                        text(t.variant),
                    )
                )
    elif table == "sessions":
        writer.writerow(SESSIONS_HEADER)
        for s, sets in pairs:
            minutes = None if s.ended_at is None else (s.ended_at - s.started_at).total_seconds() / 60
            if minutes is not None and minutes < 0:  # an older RugTimer let an end before the start in
                minutes = None
            writer.writerow(
                (
                    s.started_at.date().isoformat(),
                    s.started_at.strftime("%H:%M"),
                    "" if s.ended_at is None else s.ended_at.strftime("%H:%M"),
                    number(minutes, 1),
                    s.status,
                    s.plan_week,
                    len(sets),
                    text(s.pain_before),
                    text(s.pain_after),
                    text(s.rating),
                    _safe_text(s.note),
                    "yes" if s.is_demo else "no",
                    s.id,
                )
            )
    elif table == "psk":
        _write_psk_csv(writer, store, start, end)
    else:
        raise HistoryError(f"unknown CSV table {table!r}; use sets, sessions or psk")
    return out.getvalue()


def _write_psk_csv(writer: Any, store: HistoryStore, start: date | None, end: date | None) -> None:
    """One row per activity per week, the newest entry of each (a re-score replaces the first)."""
    activities, scores = _psk_in_period(store, start, end)
    by_id = {a.id: a for a in activities}
    writer.writerow(PSK_HEADER)
    chosen = psk.latest_per_activity(scores).values()
    for s in sorted(chosen, key=lambda s: (s.week, by_id[s.activity_id].position, s.at)):
        a = by_id[s.activity_id]
        writer.writerow(
            (
                psk.week_label(s.week),
                s.week.isoformat(),
                a.position,
                _safe_text(a.text),
                "" if s.score is None else s.score,
                s.at.strftime("%Y-%m-%d %H:%M:%S"),
                "" if a.ended_at is None else a.ended_at.date().isoformat(),
                "yes" if s.is_demo else "no",
                a.id,
                s.id,
            )
        )


# --- import: validation ---------------------------------------------------------------------------------


class _TooManyProblemsError(Exception):
    """Raised once enough problems are known: the check stops, so a huge bad file is refused at once."""


class _Problems:
    """Collects "where: what"; keeps the first MAX_PROBLEMS, then stops the check (``_TooManyProblemsError``).

    ``now`` bounds the future for every time read in this check (a day of margin, ``limits.future_problem``).
    """

    def __init__(self, now: datetime | None = None) -> None:
        self.shown: list[str] = []
        self.now = now or datetime.now(UTC)

    def add(self, where: str, what: str) -> None:
        if len(self.shown) >= MAX_PROBLEMS:
            raise _TooManyProblemsError
        self.shown.append(f"{where}: {what}")

    def __bool__(self) -> bool:
        return bool(self.shown)


_MISSING: Final = object()


def _describe(value: object) -> str:
    """A short quote of a bad value; escaped where the text could not be printed (a lone surrogate)."""
    text = json.dumps(value, ensure_ascii=False)
    if text_problem(text, len(text)) is not None:
        text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "…"


class _Reader:
    """Reads the fields of one JSON object, reporting each problem under its path; returns None if bad."""

    def __init__(self, obj: dict[str, Any], where: str, problems: _Problems) -> None:
        self.obj = obj
        self.where = where
        self.problems = problems
        self.ok = True

    def _fail(self, name: str, what: str) -> None:
        self.ok = False
        self.problems.add(f"{self.where}.{name}", what)

    def _get(self, name: str, nullable: bool, default: object) -> object:
        value = self.obj.get(name, _MISSING)
        if value is _MISSING:
            if default is not _MISSING:
                return default
            self._fail(name, "is missing")
            return _MISSING
        if value is None and not nullable:
            self._fail(name, "must not be null")
            return _MISSING
        return value

    def uuid(self, name: str, *, nullable: bool = False, default: object = _MISSING) -> str | None:
        value = self._get(name, nullable, default)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str) or not _UUID_TEXT.match(value):
            self._fail(name, f"{_describe(value)} is not a lowercase UUID")
            return None
        return value

    def integer(
        self,
        name: str,
        low: int,
        high: int | None = None,
        *,
        nullable: bool = False,
        default: object = _MISSING,
    ) -> int | None:
        value = self._get(name, nullable, default)
        if value is _MISSING or value is None:
            return None
        if type(value) is not int:
            self._fail(name, f"{_describe(value)} is not a whole number")
        elif high is not None and not low <= value <= high:
            self._fail(name, f"{value} is outside {low}–{high}")
        elif value < low:
            self._fail(name, f"{value} is less than {low}")
        else:
            return value
        return None

    def number(self, name: str, *, nullable: bool = False) -> float | None:
        value = self._get(name, nullable, _MISSING)
        if value is _MISSING or value is None:
            return None
        if type(value) not in (int, float) or not math.isfinite(value):  # type: ignore[arg-type]
            self._fail(name, f"{_describe(value)} is not a number")
        elif value < 0:  # type: ignore[operator]
            self._fail(name, f"{value} is less than 0")
        else:
            return float(value)  # type: ignore[arg-type]
        return None

    def choice(
        self, name: str, choices: tuple[str, ...], *, nullable: bool = False, default: object = _MISSING
    ) -> Any:
        value = self._get(name, nullable, default)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str) or value not in choices:
            allowed = ", ".join(choices) + (" or null" if nullable else "")
            self._fail(name, f"{_describe(value)} is not one of {allowed}")
            return None
        return value

    def text(
        self,
        name: str,
        limit: int = MAX_SHORT_CHARS,
        *,
        nullable: bool = False,
        default: object = _MISSING,
        required: bool = False,
    ) -> str | None:
        value = self._get(name, nullable, default)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str):
            self._fail(name, f"{_describe(value)} is not text")
        elif (problem := text_problem(value, limit)) is not None:
            self._fail(name, problem)
        elif required and not value.strip():
            self._fail(name, "must not be empty")
        else:
            return value
        return None

    def toml_text(self, name: str, limit: int) -> str | None:
        """Text that must be a readable TOML document (a program version): syntax, size and nesting are
        checked here, so a hostile text never gets in; whether its exercises exist is decided when used."""
        text = self.text(name, limit, required=True)
        if text is None:
            return None
        try:
            parse_toml(text, max_chars=limit)
        except UnreadableText as exc:
            self._fail(name, exc.message)
            return None
        return text

    def flag(self, name: str) -> bool:
        value = self._get(name, False, False)
        if value is _MISSING:
            return False
        if type(value) is not bool:
            self._fail(name, f"{_describe(value)} is not true or false")
            return False
        return value

    def instant(self, name: str, *, nullable: bool = False) -> datetime | None:
        value = self._get(name, nullable, _MISSING)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str) or len(value) > 40:
            self._fail(name, f"{_describe(value)} is not a date and time like 2026-11-25T19:00:00+01:00")
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self._fail(
                name, f"{_describe(value)} is not a possible date and time (like 2026-11-25T19:00:00+01:00)"
            )
            return None
        if moment.tzinfo is None:
            self._fail(name, f"{_describe(value)} has no UTC offset (like +01:00)")
            return None
        return self._not_in_future(name, moment)

    def _not_in_future(self, name: str, value: Any) -> Any:
        problem = future_problem(value, self.problems.now)
        if problem is not None:
            self._fail(name, problem)
            return None
        return value

    def day(self, name: str) -> date | None:
        value = self._get(name, False, _MISSING)
        if value is _MISSING:
            return None
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return self._not_in_future(name, date.fromisoformat(value))
        except ValueError:
            self._fail(name, f"{_describe(value)} is not a possible date like 2026-11-25")
            return None


@dataclass(frozen=True)
class ParsedHistory:
    """Every record of a valid file, each with where it stood in the file (for error messages)."""

    source: str
    sessions: list[tuple[str, SessionRecord]] = field(default_factory=list)
    sets: list[tuple[str, SetRecord]] = field(default_factory=list)
    hurt_events: list[tuple[str, HurtEvent]] = field(default_factory=list)
    pain_entries: list[tuple[str, PainEntry]] = field(default_factory=list)
    activities: list[tuple[str, Activity]] = field(default_factory=list)
    plan_changes: list[tuple[str, PlanChange]] = field(default_factory=list)
    programs: list[tuple[str, ProgramRecord]] = field(default_factory=list)
    coach_answers: list[tuple[str, CoachAnswer]] = field(default_factory=list)
    psk_activities: list[tuple[str, PskActivity]] = field(default_factory=list)
    psk_scores: list[tuple[str, PskScore]] = field(default_factory=list)


def _objects(
    data: dict[str, Any], key: str, problems: _Problems, *, optional: bool = False
) -> Iterator[tuple[str, dict[str, Any]]]:
    items = data.get(key, _MISSING)
    if items is _MISSING and optional:
        return
    if not isinstance(items, list):
        problems.add(key, "is missing" if items is _MISSING else "must be a list")
        return
    for index, item in enumerate(items):
        where = f"{key}[{index}]"
        if isinstance(item, dict):
            yield where, item
        else:
            problems.add(where, "must be an object {…}")


def _build(make: Callable[[], Any], where: str, problems: _Problems) -> Any:
    """Construct a record; a rule the field checks did not cover is reported under the record's field."""
    try:
        return make()
    except InvalidRecordError as exc:
        problems.add(f"{where}.{exc.field}" if exc.field else where, exc.message)
        return None


def _decode(raw: bytes, source: str) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFileError(source, [f"file: {too_large(len(raw), MAX_FILE_BYTES)}"])
    try:
        return parse_json(decode_utf8(raw), max_chars=MAX_FILE_BYTES)
    except UnreadableText as exc:
        raise ImportFileError(source, [f"file: {exc.message}"]) from None


def read_export(path: Path) -> bytes:
    """The bytes of an export file to import: a regular file of at most MAX_FILE_BYTES, else ImportFileError."""
    try:
        return read_bounded(path, MAX_FILE_BYTES, expected="a RugTimer export (.json)")
    except UnreadableText as exc:
        what = exc.message if exc.message.startswith("too large") else f"cannot read it: {exc.message}"
        raise ImportFileError(str(path), [f"file: {what}"]) from None


def parse_history(raw: bytes, source: str, now: datetime | None = None) -> ParsedHistory:
    """Validate the whole file and build every record; raise ImportFileError listing every problem.

    ``now`` (aware; default the system clock) bounds the future: nothing imported may lie more than a day
    past it, so a record dated 9999 can never stay "the newest" for ever.
    """
    data = _decode(raw, source)
    if not isinstance(data, dict):
        raise ImportFileError(source, ["file: is JSON but not a RugTimer export (expected an object {…})"])
    if data.get("format") != FORMAT:
        raise ImportFileError(
            source,
            [f"format: {_describe(data.get('format'))} is not {FORMAT!r}; this is not a RugTimer export"],
        )
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise ImportFileError(source, [f"version: {_describe(version)} is not a version number"])
    if version > VERSION:
        raise ImportFileError(
            source,
            [
                f"version: {version} was made by a newer RugTimer (this one reads version {VERSION}); "
                "please update RugTimer to import it"
            ],
        )
    problems = _Problems(now)
    parsed = ParsedHistory(source)
    unique = _Unique(problems)
    try:
        session_ids = _parse_sessions(data, parsed, problems, unique)
        _parse_events(data, parsed, problems, unique, session_ids)
        _parse_coaching(data, parsed, problems, unique)
        _parse_psk(data, parsed, problems, unique)
    except _TooManyProblemsError:
        raise ImportFileError(source, problems.shown, stopped=True) from None
    if problems:
        raise ImportFileError(source, problems.shown)
    return parsed


class _Unique:
    """Reports an id used twice within one kind of record."""

    def __init__(self, problems: _Problems) -> None:
        self.problems = problems
        self.seen: dict[str, dict[str, str]] = {}

    def __call__(self, kind: str, record_id: str | None, where: str) -> None:
        if record_id is None:
            return
        first = self.seen.setdefault(kind, {}).setdefault(record_id, where)
        if first != where:
            self.problems.add(f"{where}.id", f"{record_id} is used twice (also {first}.id)")


def _parse_sessions(
    data: dict[str, Any], parsed: ParsedHistory, problems: _Problems, unique: _Unique
) -> set[str]:
    """Sessions with their nested sets; returns the ids of the valid sessions."""
    session_ids: set[str] = set()
    for where, obj in _objects(data, "sessions", problems):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "started_at": r.instant("started_at"),
            "ended_at": r.instant("ended_at", nullable=True),
            "status": r.choice("status", STATUSES),
            "plan_week": r.integer("plan_week", 1, MAX_PLAN_WEEK),
            "pain_before": r.integer("pain_before", 0, 10, nullable=True),
            "pain_after": r.integer("pain_after", 0, 10, nullable=True),
            "rating": r.choice("rating", RATINGS, nullable=True),
            "note": r.text("note", MAX_NOTE_CHARS, default=""),
            "is_demo": r.flag("is_demo"),
        }
        unique("sessions", values["id"], where)
        session = _build(lambda v=values: SessionRecord(**v), where, problems) if r.ok else None
        if session is not None:
            parsed.sessions.append((where, session))
            session_ids.add(session.id)
        for inner_where, set_obj in _objects(obj, "sets", _Prefixed(problems, where)):
            set_where = f"{where}.{inner_where}"
            s = _Reader(set_obj, set_where, problems)
            set_values = {
                "id": s.uuid("id"),
                "exercise": s.text("exercise", required=True),
                "set_number": s.integer("set", 1, MAX_SET_NUMBER),
                "side": s.choice("side", SIDES, nullable=True, default=None),
                "reps": s.integer("reps", 0, MAX_REPS, nullable=True, default=None),
                "seconds": s.number("seconds", nullable=True) if "seconds" in set_obj else None,
                "completed_at": s.instant("completed_at"),
                "variant": s.text("variant", nullable=True, default=None, required=True),
            }
            unique("sets", set_values["id"], set_where)
            if s.ok and session is not None:
                record = _build(
                    lambda v=set_values, sid=session.id: SetRecord(session_id=sid, **v), set_where, problems
                )
                if record is not None:
                    parsed.sets.append((set_where, record))
    return session_ids


def _parse_events(
    data: dict[str, Any], parsed: ParsedHistory, problems: _Problems, unique: _Unique, session_ids: set[str]
) -> None:
    """ "This hurts" events, pain entries, activities and plan changes."""

    for where, obj in _objects(data, "hurt_events", problems, optional=True):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "at": r.instant("at"),
            "session_id": r.uuid("session_id", nullable=True, default=None),
            "exercise": r.text("exercise", nullable=True, default=None),
            "note": r.text("note", MAX_NOTE_CHARS, default=""),
            "is_demo": r.flag("is_demo"),
        }
        unique("hurt_events", values["id"], where)
        if values["session_id"] is not None and values["session_id"] not in session_ids and r.ok:
            problems.add(f"{where}.session_id", f"{values['session_id']} is not a session in this file")
        elif r.ok and (record := _build(lambda v=values: HurtEvent(**v), where, problems)) is not None:
            parsed.hurt_events.append((where, record))

    for where, obj in _objects(data, "pain_entries", problems):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "at": r.instant("at"),
            "pain": r.integer("pain", 0, 10),
            "context": r.choice("context", PAIN_CONTEXTS),
            "note": r.text("note", MAX_NOTE_CHARS, default=""),
            "response": r.choice("response", NEXT_DAY_RESPONSES, nullable=True, default=None),
            "is_demo": r.flag("is_demo"),
        }
        unique("pain_entries", values["id"], where)
        if r.ok and (record := _build(lambda v=values: PainEntry(**v), where, problems)) is not None:
            parsed.pain_entries.append((where, record))

    for where, obj in _objects(data, "activities", problems):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "date": r.day("date"),
            "kind": r.choice("kind", ACTIVITY_KINDS),
            "minutes": r.integer("minutes", MIN_ACTIVITY_MINUTES, MAX_ACTIVITY_MINUTES),
            "is_demo": r.flag("is_demo"),
        }
        unique("activities", values["id"], where)
        if r.ok and (record := _build(lambda v=values: Activity(**v), where, problems)) is not None:
            parsed.activities.append((where, record))

    for where, obj in _objects(data, "plan_changes", problems):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "at": r.instant("at"),
            "exercise": r.text("exercise", required=True),
            "change": r.text("change", required=True),
            "from_value": r.text("from", nullable=True, default=None),
            "to_value": r.text("to", nullable=True, default=None),
            "reason": r.text("reason", MAX_NOTE_CHARS, default=""),
            "is_demo": r.flag("is_demo"),
        }
        unique("plan_changes", values["id"], where)
        if r.ok and (record := _build(lambda v=values: PlanChange(**v), where, problems)) is not None:
            parsed.plan_changes.append((where, record))


def _parse_coaching(
    data: dict[str, Any], parsed: ParsedHistory, problems: _Problems, unique: _Unique
) -> None:
    """Program versions and coach answers: optional lists, since files made before schema 2 lack them.

    The program text is checked to be a readable TOML document of a sane size: whether it is a valid
    "rugtimer-program" for this RugTimer's exercise library is decided when it is used (the app falls back
    to the start plan with a message), so a history never becomes unimportable because an exercise was
    renamed. The reason is kept as text, like the database does, so a newer RugTimer's codes survive.
    """
    for where, obj in _objects(data, "programs", problems, optional=True):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "at": r.instant("at"),
            "reason": r.text("reason", required=True),
            "program": r.toml_text("program", MAX_PROGRAM_CHARS),
            "is_demo": r.flag("is_demo"),
        }
        unique("programs", values["id"], where)
        if r.ok and (record := _build(lambda v=values: ProgramRecord(**v), where, problems)) is not None:
            parsed.programs.append((where, record))

    for where, obj in _objects(data, "coach_answers", problems, optional=True):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "at": r.instant("at"),
            "kind": r.choice("kind", COACH_KINDS),
            "exercise": r.text("exercise", required=True),
            "change": r.text("change", required=True),
            "from_value": r.text("from", nullable=True, default=None),
            "to_value": r.text("to", nullable=True, default=None),
            "answer": r.choice("answer", COACH_ANSWERS),
            "is_demo": r.flag("is_demo"),
        }
        unique("coach_answers", values["id"], where)
        if r.ok and (record := _build(lambda v=values: CoachAnswer(**v), where, problems)) is not None:
            parsed.coach_answers.append((where, record))


def _parse_psk(data: dict[str, Any], parsed: ParsedHistory, problems: _Problems, unique: _Unique) -> None:
    """The PSK: optional lists (version 1 files have none). A score must name an activity in the file."""
    activity_ids: set[str] = set()
    for where, obj in _objects(data, "psk_activities", problems, optional=True):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "text": r.text("text", psk.MAX_TEXT_CHARS, required=True),
            "position": r.integer("position", 1, psk.MAX_ACTIVITIES),
            "created_at": r.instant("created_at"),
            "ended_at": r.instant("ended_at", nullable=True),
            "is_demo": r.flag("is_demo"),
        }
        unique("psk_activities", values["id"], where)
        if r.ok and (record := _build(lambda v=values: PskActivity(**v), where, problems)) is not None:
            parsed.psk_activities.append((where, record))
            activity_ids.add(record.id)

    for where, obj in _objects(data, "psk_scores", problems, optional=True):
        r = _Reader(obj, where, problems)
        values = {
            "id": r.uuid("id"),
            "activity_id": r.uuid("activity_id"),
            "week": r.day("week"),
            "score": r.integer("score", psk.LOWEST, psk.HIGHEST, nullable=True),
            "at": r.instant("at"),
            "is_demo": r.flag("is_demo"),
        }
        unique("psk_scores", values["id"], where)
        if r.ok and values["activity_id"] not in activity_ids:
            problems.add(
                f"{where}.activity_id", f"{values['activity_id']} is not a PSK activity in this file"
            )
        elif r.ok and (record := _build(lambda v=values: PskScore(**v), where, problems)) is not None:
            parsed.psk_scores.append((where, record))


class _Prefixed(_Problems):
    """Reports a problem with a nested list (``sets``) under its session's path."""

    def __init__(self, inner: _Problems, prefix: str) -> None:
        self.inner = inner
        self.prefix = prefix
        self.now = inner.now

    def add(self, where: str, what: str) -> None:
        self.inner.add(f"{self.prefix}.{where}", what)


# --- import: merge --------------------------------------------------------------------------------------

KINDS: Final = (
    "sessions",
    "sets",
    "hurt_events",
    "pain_entries",
    "activities",
    "plan_changes",
    "programs",
    "coach_answers",
    "psk_activities",
    "psk_scores",
)


@dataclass
class ImportCounts:
    """New and already-present (skipped) records per kind."""

    new: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    @property
    def total_new(self) -> int:
        return sum(self.new.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        names = {
            "programs": "program versions",
            "psk_activities": "PSK activities",
            "psk_scores": "PSK scores",
        }
        parts = [f"{self.new[k]} {names.get(k, k.replace('_', ' '))}" for k in KINDS if self.new[k]]
        added = ", ".join(parts) if parts else "nothing new"
        return f"added {added}; {self.total_skipped} records were already in the history"


class _TrialRollbackError(Exception):
    """Raised inside the batch to roll a trial merge back."""


def import_history(store: HistoryStore, parsed: ParsedHistory, *, dry_run: bool = False) -> ImportCounts:
    """Merge by id in one transaction: identical records are skipped; a different record under an existing
    id is an ImportFileError (listing every conflict) and nothing is kept. ``dry_run`` rolls back at the
    end, to learn whether the import would add anything (and whether it conflicts) before a backup."""
    counts = ImportCounts()
    problems = _Problems()
    psk_table = PskStore(store)
    savers: tuple[tuple[str, list[tuple[str, Any]], Callable[[Any], bool]], ...] = (
        ("sessions", parsed.sessions, store.add_session),
        ("sets", parsed.sets, store.record_set),
        ("hurt_events", parsed.hurt_events, store.record_hurt),
        ("pain_entries", parsed.pain_entries, store.add_pain_entry),
        ("activities", parsed.activities, store.add_activity),
        ("plan_changes", parsed.plan_changes, store.add_plan_change),
        ("programs", parsed.programs, store.add_program),
        ("coach_answers", parsed.coach_answers, store.add_coach_answer),
        ("psk_activities", parsed.psk_activities, psk_table.add_activity),
        ("psk_scores", parsed.psk_scores, psk_table.add_score),
    )
    try:
        with store.batch():
            for kind, records, save in savers:
                for where, record in records:
                    try:
                        is_new = save(record)
                    except IdConflictError as exc:
                        problems.add(
                            f"{where}.id",
                            f"your history already holds a different {exc.table} with id {exc.record_id}",
                        )
                        continue
                    except InvalidRecordError as exc:
                        problems.add(where, exc.message)
                        continue
                    (counts.new if is_new else counts.skipped)[kind] += 1
            if problems:
                raise ImportFileError(parsed.source, problems.shown)
            if dry_run:
                raise _TrialRollbackError
    except _TrialRollbackError:
        pass
    except _TooManyProblemsError:  # the batch was rolled back on the way out
        raise ImportFileError(parsed.source, problems.shown, stopped=True) from None
    return counts
