"""Hostile inputs for ``test_hostile_input.py``: the values, nesting builders and file mutations.

Written against the file formats (docs/export-format.md, docs/program-format.md and the settings keys), not
against the code that reads them. Each generated file is a ``Case``: its bytes, whether RugTimer must refuse
it (``must_refuse``; otherwise accepting and refusing are both fine) and what a refusal must name
(``where``: one of these field paths must appear in the message; empty means the file name is enough, for
problems that belong to the whole file, like a cut-off file or nesting too deep for any parser).

Plausibility (from issue 16): timestamps between 2000-01-01 and now + 1 day, an end after its start, seconds
and minutes within human ranges, text without NUL or lone surrogates, no duplicate JSON keys.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

DEPTHS = (100, 1_000, 2_000, 10_000)
"""Nesting depths from the issue: harmless for a parser, past Python's recursion limit, and far past it."""

_NOW = datetime.now(UTC)
FUTURE = (_NOW + timedelta(days=3)).replace(microsecond=0).isoformat()
FUTURE_DATE = (_NOW + timedelta(days=3)).date().isoformat()
RECENT = (_NOW - timedelta(hours=1)).replace(microsecond=0).astimezone().isoformat()


@dataclass(frozen=True)
class Case:
    """One hostile file."""

    label: str
    data: bytes = field(repr=False)
    must_refuse: bool = False
    where: tuple[str, ...] = ()

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # hypothesis: the label, not 100 kB of file
        printer.text(f"Case({self.label!r}, must_refuse={self.must_refuse}, where={self.where})")


@dataclass(frozen=True)
class ProgramText:
    """A program file's text; ``unusable``: check-program must refuse it."""

    label: str
    text: str = field(repr=False)
    unusable: bool = False
    where: tuple[str, ...] = ()

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"ProgramText({self.label!r}, unusable={self.unusable}, where={self.where})")


@dataclass(frozen=True)
class SettingsCase:
    """A settings file; ``key``: the key given a hostile value (None: damage to the whole file);
    ``must_report``: a problem must be reported whatever the value."""

    label: str
    data: bytes = field(repr=False)
    key: str | None = None
    must_report: bool = False

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"SettingsCase({self.label!r}, key={self.key!r}, must_report={self.must_report})")


@dataclass(frozen=True)
class Hostile:
    """A value written as raw text (a JSON or TOML token); ``refuse``: no field of this kind may accept it.

    ``located``: a refusal must name the field (False for nesting: a parser may stop before any field).
    ``syntax``: not valid JSON, so the parser itself may refuse it: naming the field or the line will do.
    """

    label: str
    token: str
    refuse: bool
    located: bool = True
    syntax: bool = False


def mentions(text: str, path: str) -> bool:
    """``path`` appears in ``text`` as a whole field path (``sessions[1].note``, not ``…notes``)."""
    return re.search(re.escape(path) + r"(?![\w\[])", text) is not None


# --- nesting ----------------------------------------------------------------------------------------------


def json_nested(kind: str, depth: int) -> str:
    if kind == "array":
        return "[" * depth + "]" * depth
    if kind == "object":
        return '{"a": ' * depth + "1" + "}" * depth
    return '[{"a": ' * (depth // 2) + "1" + "}]" * (depth // 2)  # mixed


def toml_nested_value(kind: str, depth: int) -> str:
    """A TOML value (the right-hand side of ``key = …``) nested ``depth`` levels."""
    if kind == "array":
        return "[" * depth + "]" * depth
    if kind == "inline":
        return "{ a = " * depth + "1" + " }" * depth
    return "[{ a = " * (depth // 2) + "1" + " }]" * (depth // 2)  # mixed


TOML_NESTING_KINDS = ("array", "inline", "mixed", "table", "array_of_tables", "dotted")
TOML_NESTINGS = tuple(
    (kind, depth)
    for kind in TOML_NESTING_KINDS
    for depth in DEPTHS
    if not (kind == "dotted" and depth > 2_000)
)
"""Every kind at every depth, but a dotted key only to 2,000 parts: Python's TOML parser takes seconds
(quadratic) for 10,000, which ``test_deep_nesting_is_refused_before_it_costs_seconds`` covers on its own."""


def toml_nested_statements(kind: str, depth: int, key: str = "x") -> str:
    """TOML statements that nest ``depth`` levels: in a value, in table headers, or in a dotted key."""
    if kind in ("array", "inline", "mixed"):
        return f"{key} = {toml_nested_value(kind, depth)}\n"
    dotted = ".".join([key] + ["t"] * (depth - 1))
    if kind == "table":
        return f"[{dotted}]\nv = 1\n"
    if kind == "array_of_tables":
        return f"[[{dotted}]]\nv = 1\n"
    return f"{dotted} = 1\n"  # dotted


# --- JSON values ------------------------------------------------------------------------------------------


def _s(text: str) -> str:
    """A JSON string token; lone surrogates and NUL as \\u escapes (what a hostile file would hold)."""
    return json.dumps(text)


WRONG_TYPES = (
    Hostile("list", "[]", refuse=True),
    Hostile("object", "{}", refuse=True),
    Hostile("list of one", '["x"]', refuse=True),
    # Nesting is a property of the file: a message about the whole file is fine (a parser may stop first).
    Hostile("nested 100", json_nested("array", 100), refuse=True, located=False),
    Hostile("nested objects 100", json_nested("object", 100), refuse=True, located=False),
    *(Hostile(f"nested {d}", json_nested("array", d), refuse=True, located=False) for d in DEPTHS[1:]),
    Hostile("nested mixed 2000", json_nested("mixed", 2_000), refuse=True, located=False),
)
NUMBER_TOKENS = (
    Hostile("1e308", "1e308", refuse=True),
    Hostile("1e400 (infinite)", "1e400", refuse=True),
    Hostile("NaN token", "NaN", refuse=True, syntax=True),
    Hostile("Infinity token", "Infinity", refuse=True, syntax=True),
    Hostile("-Infinity token", "-Infinity", refuse=True, syntax=True),
    Hostile("2**64", str(2**64), refuse=True),
    Hostile("-2**63", str(-(2**63)), refuse=True),
    Hostile("5000 digits", "9" * 5_000, refuse=True, syntax=True),
    Hostile("true where a number is expected", "true", refuse=True),
    Hostile("false where a number is expected", "false", refuse=True),
    Hostile("number as text", '"5"', refuse=True),
    Hostile("-1", "-1", refuse=True),
)
TEXT_TOKENS = (
    Hostile("lone high surrogate", r'"\ud800"', refuse=True),
    Hostile("lone low surrogate", r'"a\udfffb"', refuse=True),
    Hostile("reversed surrogate pair", r'"\udc00\ud800"', refuse=True),
    Hostile("NUL", r'"a\u0000b"', refuse=True),
    Hostile("only NUL", r'"\u0000"', refuse=True),
    Hostile("200,000 characters", _s("x" * 200_000), refuse=True),
    Hostile("RTL override", _s("\u202egnp.exe"), refuse=False),
    Hostile("combining marks", _s("e" + "\u0301" * 150), refuse=False),
    Hostile("emoji pair", r'"\ud83d\ude00"', refuse=False),
    Hostile("line separators", _s("a\u2028b\u2029c\u0085"), refuse=False),
    Hostile("terminal escape", _s("\u001b[31mred\u0007"), refuse=False),
    Hostile("BOM inside", _s("\ufeffx"), refuse=False),
    Hostile("empty text", '""', refuse=False),
)
INSTANT_TOKENS = (
    Hostile("year 1, +01:00", _s("0001-01-01T00:30:00+01:00"), refuse=True),
    Hostile("year 9999, -01:00", _s("9999-12-31T23:30:00-01:00"), refuse=True),
    Hostile("year 1, UTC", _s("0001-01-01T00:00:00+00:00"), refuse=True),
    Hostile("9999-12-31 UTC", _s("9999-12-31T23:59:59+00:00"), refuse=True),
    Hostile("1999", _s("1999-12-31T23:59:59+00:00"), refuse=True),
    Hostile("1970", _s("1970-01-01T00:00:00+00:00"), refuse=True),
    Hostile("3 days ahead", _s(FUTURE), refuse=True),
    Hostile("no offset", _s("2026-11-25T19:00:00"), refuse=True),
    Hostile("a date only", _s("2026-11-25"), refuse=True),
    Hostile("empty", '""', refuse=True),
    Hostile("padded to 100,000", _s("2026-11-25T19:00:00+01:00" + " " * 100_000), refuse=True),
    Hostile("24:00", _s("2026-11-25T24:00:00+01:00"), refuse=False),
    Hostile("leap second", _s("2016-12-31T23:59:60+00:00"), refuse=False),
    Hostile("DST gap", _s("2026-03-29T02:30:00+01:00"), refuse=False),
    Hostile("offset +23:59", _s("2026-11-25T19:00:00+23:59"), refuse=False),
    Hostile("Z", _s("2026-11-25T18:00:00Z"), refuse=False),
    Hostile("nanoseconds", _s("2026-11-25T19:00:00.123456789+01:00"), refuse=False),
    Hostile("wide digits", _s("２０２６-11-25T19:00:00+01:00"), refuse=False),
    Hostile("an hour ago", _s(RECENT), refuse=False),
)
DATE_TOKENS = (
    Hostile("year 1", _s("0001-01-01"), refuse=True),
    Hostile("9999-12-31", _s("9999-12-31"), refuse=True),
    Hostile("1999-12-31", _s("1999-12-31"), refuse=True),
    Hostile("3 days ahead", _s(FUTURE_DATE), refuse=True),
    Hostile("30 February", _s("2026-02-30"), refuse=True),
    Hostile("with a time", _s("2026-11-25T00:00:00"), refuse=False),
    Hostile("basic format", _s("20261125"), refuse=False),
)

# What each field of the export holds (docs/export-format.md).
INSTANT, DATE, INT, NUMBER, TEXT, CHOICE, UUID, FLAG = (
    "instant",
    "date",
    "int",
    "number",
    "text",
    "choice",
    "uuid",
    "flag",
)
FIELDS: dict[str, dict[str, str]] = {
    "sessions": {
        "id": UUID,
        "started_at": INSTANT,
        "ended_at": INSTANT,
        "status": CHOICE,
        "plan_week": INT,
        "pain_before": INT,
        "pain_after": INT,
        "rating": CHOICE,
        "note": TEXT,
        "is_demo": FLAG,
    },
    "sets": {
        "id": UUID,
        "exercise": TEXT,
        "set": INT,
        "side": CHOICE,
        "reps": INT,
        "seconds": NUMBER,
        "completed_at": INSTANT,
    },
    "pain_entries": {"id": UUID, "at": INSTANT, "pain": INT, "context": CHOICE, "note": TEXT},
    "activities": {"id": UUID, "date": DATE, "kind": CHOICE, "minutes": INT, "is_demo": FLAG},
    "plan_changes": {
        "id": UUID,
        "at": INSTANT,
        "exercise": TEXT,
        "change": TEXT,
        "from": TEXT,
        "to": TEXT,
        "reason": TEXT,
    },
    "hurt_events": {"id": UUID, "at": INSTANT, "session_id": UUID, "exercise": TEXT, "note": TEXT},
    "programs": {"id": UUID, "at": INSTANT, "reason": TEXT, "program": TEXT},
    "coach_answers": {"id": UUID, "at": INSTANT, "kind": CHOICE, "exercise": TEXT, "answer": CHOICE},
}


def tokens_for(kind: str, field: str) -> tuple[Hostile, ...]:
    """The hostile values worth trying in one field; ``refuse`` adjusted to what this field may hold."""
    if kind == INSTANT:
        return INSTANT_TOKENS + NUMBER_TOKENS[:3] + WRONG_TYPES[:4] + TEXT_TOKENS[:4]
    if kind == DATE:
        return DATE_TOKENS + INSTANT_TOKENS[:2] + TEXT_TOKENS[:4] + WRONG_TYPES[:3]
    if kind == INT:
        as_int = (
            Hostile("-0.0", "-0.0", refuse=True),
            Hostile("float where a whole number is expected", "2.0", refuse=True),
            Hostile("1e2", "1e2", refuse=True),
            Hostile("zero", "0", refuse=False),
            Hostile("100,000", "100000", refuse=False),
        )
        if field == "minutes":  # an activity of a day or more is not a walk
            as_int += (Hostile("a day of minutes", "1441", refuse=True),)
        return NUMBER_TOKENS + as_int + WRONG_TYPES + TEXT_TOKENS[:2]
    if kind == NUMBER:  # seconds of one set: a day or more is not a set
        as_seconds = (
            Hostile("a million seconds", "1e6", refuse=True),
            Hostile("a day and a second", "86401", refuse=True),
            Hostile("-0.0", "-0.0", refuse=False),
            Hostile("5e-324", "5e-324", refuse=False),
            Hostile("45.5", "45.5", refuse=False),
            Hostile("0", "0", refuse=False),
        )
        return NUMBER_TOKENS + as_seconds + WRONG_TYPES
    if kind == TEXT:
        return TEXT_TOKENS + NUMBER_TOKENS[:3] + NUMBER_TOKENS[8:10] + WRONG_TYPES
    if kind == CHOICE:
        return (
            Hostile("unknown word", '"sometimes"', refuse=True),
            Hostile("upper case", '"COMPLETED"', refuse=True),
            Hostile("choice with NUL", r'"good\u0000"', refuse=True),
            *TEXT_TOKENS[:4],
            *NUMBER_TOKENS[:3],
            *WRONG_TYPES[:4],
        )
    if kind == UUID:
        return (
            Hostile("not a uuid", '"x"', refuse=True),
            Hostile("uuid with NUL", r'"6f03675a-1600-435a-8999-50d836f675c\u0000"', refuse=True),
            Hostile("upper-case uuid", '"6F03675A-1600-435A-8999-50D836F675CC"', refuse=False),
            *TEXT_TOKENS[:4],
            *NUMBER_TOKENS[:3],
            *WRONG_TYPES[:4],
        )
    return (  # FLAG
        Hostile("1 for true", "1", refuse=True),
        Hostile("text true", '"true"', refuse=True),
        *NUMBER_TOKENS[:3],
        *WRONG_TYPES[:4],
    )


# --- JSON export mutations --------------------------------------------------------------------------------

_HOLE = "@@HOSTILE@@"
_DUP = "@@DUPLICATE@@"


def dump_export(data: Any) -> str:
    """Like a real export: indented, one field per line; ASCII-only so raw tokens can be spliced in."""
    return json.dumps(data, indent=1)


def _splice(data: Any, token: str) -> bytes:
    return dump_export(data).replace(json.dumps(_HOLE), token, 1).encode("utf-8")


def _copy(base: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(base))


def record_slots(base: dict[str, Any]) -> list[tuple[str, str, tuple[Any, ...]]]:
    """(record path, record kind, key path) for the first two records of each list and their first sets."""
    slots = []
    for kind in FIELDS:
        if kind == "sets":
            continue
        for index, record in enumerate(base.get(kind, [])[:2]):
            slots.append((f"{kind}[{index}]", kind, (kind, index)))
            if kind == "sessions":
                for inner, _ in enumerate(record.get("sets", [])[:2]):
                    slots.append((f"{kind}[{index}].sets[{inner}]", "sets", (kind, index, "sets", inner)))
    return slots


def _record(data: dict[str, Any], keys: tuple[Any, ...]) -> dict[str, Any]:
    target: Any = data
    for key in keys:
        target = target[key]
    return target


@st.composite
def field_value_cases(draw: st.DrawFn, base: dict[str, Any]) -> Case:
    """One field of one record replaced by a hostile value."""
    path, kind, keys = draw(st.sampled_from(record_slots(base)))
    field = draw(st.sampled_from(sorted(FIELDS[kind])))
    value = draw(st.sampled_from(tokens_for(FIELDS[kind][field], field)))
    data = _copy(base)
    _record(data, keys)[field] = _HOLE
    where: tuple[str, ...]
    if value.refuse:
        where = (f"{path}.{field}",) if value.located else ()
        where += ("line",) if value.syntax else ()
    else:  # a value that is fine on its own may still clash with its record (an end before its start)
        where = (path, "hurt_events") if field in ("id", "session_id") else (path,)
    return Case(f"{path}.{field} = {value.label}", _splice(data, value.token), value.refuse, where)


@st.composite
def relation_cases(draw: st.DrawFn, base: dict[str, Any]) -> Case:
    """Values that are each plausible but impossible together: an end before its start."""
    index = draw(st.integers(0, min(len(base["sessions"]), 3) - 1))
    back = draw(st.sampled_from([timedelta(seconds=1), timedelta(days=1), timedelta(days=3000)]))
    data = _copy(base)
    session = data["sessions"][index]
    start = datetime.fromisoformat(session["started_at"])
    session["ended_at"] = (start - back).isoformat()
    path = f"sessions[{index}]"
    return Case(
        f"{path}.ended_at {back} before started_at",
        dump_export(data).encode("utf-8"),
        must_refuse=True,
        where=(f"{path}.ended_at", f"{path}.started_at"),
    )


@st.composite
def duplicate_key_cases(draw: st.DrawFn, base: dict[str, Any]) -> Case:
    """A key written twice in one object (JSON allows it; Python keeps the last one silently)."""
    if draw(st.booleans()):
        data = _copy(base)
        data[_DUP] = []  # a second, empty "sessions" after the real one
        text = dump_export(data).replace(json.dumps(_DUP), '"sessions"', 1)
        return Case(
            "second, empty sessions list", text.encode("utf-8"), must_refuse=True, where=("sessions",)
        )
    path, _kind, keys = draw(st.sampled_from(record_slots(base)))
    data = _copy(base)
    record = _record(data, keys)
    field = draw(st.sampled_from([k for k in sorted(record) if k != "sets"]))
    record[_DUP] = record[field]
    text = dump_export(data).replace(json.dumps(_DUP), json.dumps(field), 1)
    return Case(
        f"{path}.{field} written twice",
        text.encode("utf-8"),
        must_refuse=True,
        where=(f"{path}.{field}", f'"{field}"', f"'{field}'", path),
    )


def _where(path: str, value: Hostile) -> tuple[str, ...]:
    """Where a refusal of ``value`` at ``path`` must point: the path (or its first item), or the line."""
    if not value.located:
        return ()
    return (path, f"{path}[0]") + (("line",) if value.syntax else ())


@st.composite
def structure_cases(draw: st.DrawFn, base: dict[str, Any]) -> Case:
    """A list, a record or a header field replaced, or a required field deleted."""
    data = _copy(base)
    choice = draw(st.sampled_from(["list", "record", "header", "delete", "extra"]))
    null = Hostile("null", "null", refuse=True)
    value = draw(st.sampled_from((*WRONG_TYPES, *NUMBER_TOKENS[:3], *TEXT_TOKENS[:1], null)))
    if choice == "list":
        key = draw(st.sampled_from(["sessions", "activities", "programs"]))
        if value.token == "[]":  # an empty list is a valid list
            return Case(f"{key} = []", _splice(data, "[]"), False, (key,))
        data[key] = _HOLE
        refuse = not (key == "programs" and value is null)  # an optional list may be null or refused
        return Case(f"{key} = {value.label}", _splice(data, value.token), refuse, _where(key, value))
    if choice == "record":
        path, _kind, keys = draw(st.sampled_from(record_slots(base)))
        parent = _record(data, keys[:-1])
        parent[keys[-1]] = _HOLE
        return Case(f"{path} = {value.label}", _splice(data, value.token), True, _where(path, value))
    if choice == "header":
        key = draw(st.sampled_from(["format", "version"]))
        data[key] = _HOLE
        return Case(f"{key} = {value.label}", _splice(data, value.token), True, _where(key, value))
    if choice == "delete":
        path, kind, keys = draw(st.sampled_from(record_slots(base)))
        field = draw(st.sampled_from(["id", "started_at"] if kind == "sessions" else ["id"]))
        del _record(data, keys)[field]
        return Case(f"{path}.{field} deleted", dump_export(data).encode("utf-8"), True, (f"{path}.{field}",))
    data["zzz_unknown"] = _HOLE  # more fields may be added: an unknown one may be ignored or refused
    return Case(f"unknown field = {value.label}", _splice(data, value.token), False, ())


@st.composite
def whole_file_cases(draw: st.DrawFn, base: dict[str, Any]) -> Case:
    """Damage to the file as a whole: cut off, wrapped, re-encoded, empty, stray bytes."""
    text = dump_export(base)
    raw = text.encode("utf-8")
    what = draw(
        st.sampled_from(
            [
                "truncated",
                "empty",
                "scalar",
                "wrapped",
                "bom",
                "utf16",
                "utf32",
                "nul",
                "invalid utf-8",
                "cesu surrogate",
                "trailing",
                "twice",
                "crlf",
            ]
        )
    )
    if what == "truncated":
        cut = draw(st.integers(0, len(raw) - 1))
        return Case(f"cut at byte {cut}", raw[:cut], raw[:cut].strip() != raw.strip())
    if what == "empty":
        content = draw(st.sampled_from([b"", b" \n\t", b"\xef\xbb\xbf"]))
        return Case(f"empty {content!r}", content, True)
    if what == "scalar":
        content = draw(st.sampled_from([b"null", b"[]", b"0", b'""', b"{}", b"true", b"NaN"]))
        return Case(f"only {content!r}", content, True)
    if what == "wrapped":
        depth = draw(st.sampled_from(DEPTHS))
        return Case(f"wrapped in {depth} lists", b"[" * depth + raw + b"]" * depth, True)
    if what == "bom":
        return Case("UTF-8 BOM", b"\xef\xbb\xbf" + raw, False)
    if what == "utf16":
        codec = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
        return Case(codec, text.encode(codec), False)
    if what == "utf32":
        return Case("utf-32", text.encode("utf-32"), False)
    position = draw(st.integers(1, len(raw) - 2))
    if what == "nul":
        return Case(f"NUL byte at {position}", raw[:position] + b"\x00" + raw[position:], True)
    if what == "invalid utf-8":
        return Case(f"byte 0xff at {position}", raw[:position] + b"\xff" + raw[position:], True)
    if what == "cesu surrogate":
        note = b'"note": "'
        at = raw.index(note) + len(note)
        return Case("a surrogate as raw UTF-8 bytes", raw[:at] + b"\xed\xa0\x80" + raw[at:], True)
    if what == "trailing":
        return Case("trailing garbage", raw + b"x", True)
    if what == "twice":
        return Case("two documents", raw + raw, True)
    return Case("CRLF line ends", text.replace("\n", "\r\n").encode("utf-8"), False)


def export_cases(base: dict[str, Any]) -> st.SearchStrategy[Case]:
    return st.one_of(
        field_value_cases(base),
        field_value_cases(base),  # the biggest family: drawn more often
        relation_cases(base),
        duplicate_key_cases(base),
        structure_cases(base),
        whole_file_cases(base),
    )


# --- TOML: program files (check-program, My program → Import, program versions in a history) -------------

PROGRAM = """format = "rugtimer-program"
version = 1
name = "Week 3 voor Anna"
rest_seconds = 30

[[exercise]]
id = "knee_rocking"
seconds = 90

[[exercise]]
id = "glute_bridge"
sets = 3
reps = 10
variant = "smaller_lift"
"""
"""A good program file (docs/program-format.md): check-program accepts it."""

# (line as written in PROGRAM, field path, what the field holds)
PROGRAM_SLOTS = (
    ('format = "rugtimer-program"', "format", "format"),
    ("version = 1", "version", "whole"),
    ('name = "Week 3 voor Anna"', "name", "name"),
    ("rest_seconds = 30", "rest_seconds", "whole"),
    ('id = "knee_rocking"', "exercise[0].id", "id"),
    ("seconds = 90", "exercise[0].seconds", "whole"),
    ("sets = 3", "exercise[1].sets", "whole"),
    ("reps = 10", "exercise[1].reps", "whole"),
    ('variant = "smaller_lift"', "exercise[1].variant", "id"),
)


@dataclass(frozen=True)
class TomlValue:
    """A TOML value token; ``maybe``: the kinds of field where accepting and refusing it are both fine
    (every other field kind must refuse it)."""

    label: str
    token: str
    maybe: frozenset[str] = frozenset()


def _fits(*kinds: str) -> frozenset[str]:
    return frozenset(kinds)


TOML_VALUES = (
    TomlValue("1e308", "1e308"),
    TomlValue("inf", "inf"),
    TomlValue("-inf", "-inf"),
    TomlValue("nan", "nan"),
    TomlValue("-0.0", "-0.0"),
    TomlValue("1.5", "1.5"),
    TomlValue("2**64", str(2**64)),
    TomlValue("2**63-1", str(2**63 - 1)),
    TomlValue("-2**63", str(-(2**63))),
    TomlValue("hex max", "0x7fffffffffffffff"),
    TomlValue("-1", "-1"),
    TomlValue("0", "0", maybe=_fits("whole")),
    TomlValue("true", "true"),
    TomlValue("number as text", '"30"', maybe=_fits("name")),
    TomlValue("empty list", "[]"),
    TomlValue("empty table", "{}"),
    TomlValue("year 1, +01:00", "0001-01-01T00:30:00+01:00"),
    TomlValue("year 9999, -01:00", "9999-12-31T23:30:00-01:00"),
    TomlValue("local date", "1979-05-27"),
    TomlValue("local time", "07:32:00"),
    TomlValue("24:00", "24:00:00"),
    TomlValue("leap second", "2016-12-31T23:59:60Z"),
    TomlValue("NUL escape", r'"a\u0000b"'),
    TomlValue("only NUL", r'"\u0000"'),
    TomlValue("surrogate escape", r'"\ud800"'),
    TomlValue("RTL override", '"\u202eevil"', maybe=_fits("name")),
    TomlValue("combining marks", '"e' + "\u0301" * 150 + '"', maybe=_fits("name")),
    TomlValue("emoji", '"\U0001f600 week"', maybe=_fits("name")),
    TomlValue("100,000 characters", '"' + "x" * 100_000 + '"'),
    TomlValue("empty text", '""', maybe=_fits("name")),
    TomlValue("multi-line text", "'''\nline one\nline two\n'''", maybe=_fits("name")),
    TomlValue("raw control character", '"a\x01b"'),
    *(
        TomlValue(f"{kind} nested {d}", toml_nested_value(kind, d))
        for kind in ("array", "inline")
        for d in DEPTHS
    ),
)


def toml_parses(text: str) -> bool:
    try:
        tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return False
    return True


def _value_case(
    base: str, line: str, path: str, kind: str, value: TomlValue
) -> tuple[str, bool, tuple[str, ...]]:
    key = line.split(" = ", maxsplit=1)[0]
    text = base.replace(line, f"{key} = {value.token}", 1)
    deep = "nested" in value.label
    if kind in value.maybe:
        refuse, where = False, (path, "line")
    elif not toml_parses(text) and not deep:
        refuse, where = True, (path, "line")  # a syntax error: its line (or the field) is the place
    elif deep:
        refuse, where = True, ()
    else:
        refuse, where = True, (path,)
    return text, refuse, where


@st.composite
def program_text_cases(draw: st.DrawFn) -> ProgramText:
    """A program file's text with one hostile change."""
    family = draw(st.sampled_from(["value", "value", "nesting", "duplicate", "whole"]))
    if family == "value":
        line, path, kind = draw(st.sampled_from(PROGRAM_SLOTS))
        value = draw(st.sampled_from(TOML_VALUES))
        text, refuse, where = _value_case(PROGRAM, line, path, kind, value)
        return ProgramText(f"{path} = {value.label}", text, refuse, where)
    if family == "nesting":
        kind, depth = draw(st.sampled_from(TOML_NESTINGS))
        extra = toml_nested_statements(kind, depth, key="x")
        place = draw(st.sampled_from(["top", "exercise"]))
        text = extra + PROGRAM if place == "top" else PROGRAM + extra
        return ProgramText(f"{kind} nested {depth} ({place})", text, True, ())
    if family == "duplicate":
        line, path, _kind = draw(st.sampled_from(PROGRAM_SLOTS))
        return ProgramText(
            f"{path} written twice", PROGRAM.replace(line, f"{line}\n{line}", 1), True, (path, "line")
        )
    what = draw(st.sampled_from(["truncated", "empty", "crlf", "no final newline"]))
    if what == "truncated":
        cut = draw(st.integers(0, len(PROGRAM) - 1))
        return ProgramText(f"cut at {cut}", PROGRAM[:cut], False, ())
    if what == "empty":
        return ProgramText("empty", draw(st.sampled_from(["", "\n", "# only a comment\n"])), True, ())
    if what == "crlf":
        return ProgramText("CRLF", PROGRAM.replace("\n", "\r\n"), False, ())
    return ProgramText("no final newline", PROGRAM.rstrip("\n"), False, ())


@st.composite
def program_file_cases(draw: st.DrawFn) -> Case:
    """A program file as bytes: the text cases, plus encodings and stray bytes."""
    program = draw(program_text_cases())
    label, text, refuse, where = program.label, program.text, program.unusable, program.where
    encoding = draw(st.sampled_from(["utf-8"] * 6 + ["bom", "utf-16", "nul", "invalid utf-8"]))
    raw = text.encode("utf-8", "surrogatepass")
    if encoding == "bom":
        return Case(f"{label}, BOM", b"\xef\xbb\xbf" + raw, refuse, where)
    if encoding == "utf-16":
        return Case(
            f"{label}, UTF-16", text.encode("utf-16", "surrogatepass"), refuse or bool(text.strip()), ()
        )
    if encoding == "nul" and raw:
        at = draw(st.integers(0, len(raw)))
        return Case(f"{label}, NUL byte at {at}", raw[:at] + b"\x00" + raw[at:], True, ())
    if encoding == "invalid utf-8" and raw:
        at = draw(st.integers(0, len(raw)))
        return Case(f"{label}, byte 0xff at {at}", raw[:at] + b"\xff" + raw[at:], True, ())
    return Case(label, raw, refuse, where)


# --- TOML: settings.toml -----------------------------------------------------------------------------------

SETTINGS_KEYS = (
    "language",
    "spoken_cues",
    "volume",
    "lead_in_seconds",
    "rest_seconds",
    "reminder_days",
    "reminder_time",
    "theme",
    "text_scale",
)
GOOD_SETTINGS = 'version = 1\nlanguage = "en"\nvolume = 0.5\nrest_seconds = 45\n'


@st.composite
def settings_cases(draw: st.DrawFn) -> SettingsCase:
    """A settings file with a hostile value (the test decides whether that value is acceptable) or damage
    to the whole file (to be reported unless the file is still a valid settings file)."""
    family = draw(st.sampled_from(["value", "value", "value", "nesting", "whole"]))
    if family == "value":
        key = draw(st.sampled_from(SETTINGS_KEYS))
        value = draw(st.sampled_from(TOML_VALUES))
        lines = [line for line in GOOD_SETTINGS.splitlines() if not line.startswith(f"{key} =")]
        text = "\n".join([*lines, f"{key} = {value.token}"]) + "\n"
        return SettingsCase(f"{key} = {value.label}", text.encode("utf-8"), key, False)
    if family == "nesting":
        kind, depth = draw(st.sampled_from(TOML_NESTINGS))
        key = draw(st.sampled_from(["volume", "x"]))
        text = GOOD_SETTINGS + toml_nested_statements(kind, depth, key=key)
        return SettingsCase(f"{key}: {kind} nested {depth}", text.encode("utf-8"), None, True)
    raw = GOOD_SETTINGS.encode("utf-8")
    what = draw(st.sampled_from(["truncated", "empty", "bom", "utf-16", "nul", "invalid", "duplicate"]))
    if what == "truncated":
        cut = draw(st.integers(0, len(raw) - 1))
        return SettingsCase(f"cut at {cut}", raw[:cut], None, not toml_parses(raw[:cut].decode("utf-8")))
    if what == "empty":
        return SettingsCase("empty", b"", None, False)
    if what == "bom":
        return SettingsCase("BOM", b"\xef\xbb\xbf" + raw, None, False)
    if what == "utf-16":
        return SettingsCase("UTF-16", GOOD_SETTINGS.encode("utf-16"), None, True)
    if what == "nul":
        return SettingsCase("NUL byte", raw[:10] + b"\x00" + raw[10:], None, True)
    if what == "invalid":
        return SettingsCase("byte 0xff", raw[:10] + b"\xff" + raw[10:], None, True)
    return SettingsCase("volume twice", raw + b"volume = 0.9\n", None, True)


# --- file builders for the scenario tests ------------------------------------------------------------


def damage_middle(database: Path) -> None:
    """Garbage over the middle half of the file; the header page stays, so it is still "our" file."""
    size = database.stat().st_size
    start = size // 4 // 4096 * 4096
    with database.open("r+b") as handle:
        handle.seek(start)
        handle.write(b"\xaa" * (size // 2))


def damage_zero(database: Path) -> None:
    database.write_bytes(b"")


def sixty_mb(path: Path, head: bytes, filler: bytes, tail: bytes) -> Path:
    with path.open("wb") as handle:
        handle.write(head)
        for _ in range(60):
            handle.write(filler * (1024 * 1024 // len(filler)))
        handle.write(tail)
    return path


ODD_TEXTS = (
    "\u202egnp.exe",  # right-to-left override
    "e" + "\u0301" * 150,  # combining marks
    "\U0001f600" * 50,
    "x" * 9_000,
    "\u001b[31mred\u0007",  # a terminal escape and a bell
    "a\u2028b\u2029c\u0085d\r\ne",
    "\ufeff",
    '=HYPERLINK("http://example.invalid")',
)


def hostile_backup(kind: str, good: Path, target: Path) -> Path:
    if kind == "a folder":
        target.mkdir()
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "60 MB of nothing":
        with target.open("wb") as handle:
            handle.truncate(60 * 1024 * 1024)
    elif kind == "an export (JSON)":
        target.write_text('{"format": "rugtimer-history", "version": 1, "sessions": []}')
    elif kind == "another program's database":
        conn = sqlite3.connect(target)
        conn.execute("CREATE TABLE notes (x TEXT)")
        conn.commit()
        conn.close()
    else:
        raw = good.read_bytes()
        if kind == "cut in half":
            target.write_bytes(raw[: len(raw) // 2])
        elif kind == "garbage in the middle":
            middle = len(raw) // 4 // 4096 * 4096
            target.write_bytes(raw[:middle] + b"\xaa" * (len(raw) // 2) + raw[middle + len(raw) // 2 :])
        else:  # "from a newer RugTimer": user_version far ahead, in the header and in SQLite's own field
            target.write_bytes(raw)
            conn = sqlite3.connect(target)
            conn.execute("PRAGMA user_version = 999")
            conn.commit()
            conn.close()
    return target
