"""Program files on disk: read a physiotherapist's ``rugtimer-program`` file, write the current program.

Qt-free, so "My program" in the app and ``rugtimer check-program`` read files the same way: a size limit,
a plain word for a file that is something else (a history export, a PDF, a Word document, an exercise
file), then the full validation of ``program_from_data``. Writing is all or nothing, and a program is only
written when the file reads back as the same program.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from rugtimer.atomic_file import write_atomically
from rugtimer.model.guarded_text import UnreadableText, parse_json, read_bounded
from rugtimer.model.limits import MAX_TOML_BYTES
from rugtimer.program.exercises import EXERCISE_FORMAT, Exercise, parse_toml
from rugtimer.program.library import REFERENCES_FORMAT
from rugtimer.program.plan import PLAN_FORMAT
from rugtimer.program.program import PROGRAM_FORMAT, Program, load_program, program_from_data, program_to_toml
from rugtimer.program.validation import Problem, ProgramError

MAX_FILE_BYTES: Final = MAX_TOML_BYTES

HISTORY_FORMAT: Final = "rugtimer-history"
UTF8_BOM: Final = b"\xef\xbb\xbf"

OTHER_FORMATS: Final = {
    EXERCISE_FORMAT: "an exercise description from the exercise library",
    PLAN_FORMAT: "the start plan of the exercise library",
    REFERENCES_FORMAT: "the literature list of the exercise library",
    HISTORY_FORMAT: "a RugTimer history export of sessions and pain scores",
}
"""What the other RugTimer formats are, in words, for "this is X, not a program"."""

_EXPECTED_PROGRAM = f'expected a RugTimer program file (TOML text starting with format = "{PROGRAM_FORMAT}")'


class ProgramWriteError(ProgramError):
    """A program file could not be written; ``path`` and ``reason`` say where and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__([Problem(str(path), "", f"cannot be written: {reason}")])
        self.path = path
        self.reason = reason


# --- reading ----------------------------------------------------------------------------------------------


def _fail(file: str, message: str, field: str = "") -> ProgramError:
    return ProgramError([Problem(file, field, message)])


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_FILE_BYTES``; anything else is a ProgramError."""
    try:
        return read_bounded(path, MAX_FILE_BYTES, expected="a TOML file")
    except UnreadableText as exc:
        raise _fail(str(path), exc.message) from None


def _binary_kind(raw: bytes) -> str | None:
    """Files that are clearly not text, or text in an encoding other than UTF-8: what they are."""
    if raw.startswith(b"%PDF"):
        return "is a PDF document"
    if raw.startswith(b"PK\x03\x04"):
        return "is a compressed file or an office document (such as .docx or .odt), not plain text"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "is UTF-16 text; save it as UTF-8 text"
    return None


def _text_kind(text: str) -> str | None:
    """Text that is not TOML but something we recognise (only asked after TOML parsing failed)."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[{", "[\n", "[]")):
        try:
            data = parse_json(stripped, max_chars=MAX_TOML_BYTES)
        except UnreadableText:
            return None
        fmt = data.get("format") if isinstance(data, dict) else None
        if isinstance(fmt, str) and fmt in OTHER_FORMATS:
            return f'is {OTHER_FORMATS[fmt]} (JSON, format "{fmt}"), not a program'
        return "is a JSON file, not TOML"
    lines = [line for line in text.splitlines() if line.strip()][:3]
    if lines and all("=" not in line and (line.count(";") >= 2 or line.count(",") >= 2) for line in lines):
        return "looks like a table (CSV), not TOML"
    return None


def read_toml_file(path: Path) -> dict[str, Any]:
    """Read and parse a TOML file, naming what it is when it is clearly something else.

    A UTF-8 byte order mark (which some Windows editors write) is accepted.
    """
    file = str(path)
    raw = read_file_bytes(path)
    kind = _binary_kind(raw)
    if kind is not None:
        raise _fail(file, f"{kind}; {_EXPECTED_PROGRAM}")
    try:
        return parse_toml(raw, file)
    except ProgramError:
        try:
            kind = _text_kind(raw.removeprefix(UTF8_BOM).decode("utf-8"))
        except UnicodeDecodeError:
            kind = None
        if kind is not None:
            raise _fail(file, f"{kind}; {_EXPECTED_PROGRAM}") from None
        raise


def other_format_problem(
    data: Mapping[str, Any], file: str, expected: str = f'"{PROGRAM_FORMAT}"'
) -> Problem | None:
    """A problem naming what the file is when it holds another RugTimer format than ``expected``."""
    fmt = data.get("format")
    if isinstance(fmt, str) and fmt in OTHER_FORMATS:
        return Problem(file, "format", f'this is {OTHER_FORMATS[fmt]} (format "{fmt}"); expected {expected}')
    return None


def read_program_file(path: Path, exercises: Mapping[str, Exercise]) -> Program:
    """Read and validate a ``rugtimer-program`` file; a ProgramError lists every problem."""
    data = read_toml_file(path)
    problem = other_format_problem(data, str(path))
    if problem is not None:
        raise ProgramError([problem])
    return program_from_data(data, str(path), exercises)


# --- writing ----------------------------------------------------------------------------------------------


def program_file_bytes(
    program: Program, exercises: Mapping[str, Exercise], comment: str = "", file: str = "program"
) -> bytes:
    """The file's bytes, checked to read back as the same program (so we never hand out a broken file)."""
    text = program_to_toml(program, exercises, comment)
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(
            file, "cannot be written: the name or comment holds characters UTF-8 cannot store"
        ) from None
    try:
        again = load_program(raw, file, exercises)
    except ProgramError as exc:
        problems = [Problem(file, p.field, f"cannot be written: {p.message}") for p in exc.problems]
        raise ProgramError(problems) from None
    if again != program:
        raise _fail(file, "cannot be written: the file would not read back as the same program")
    return raw


def write_program_file(
    path: Path, program: Program, exercises: Mapping[str, Exercise], comment: str = ""
) -> None:
    """Write ``program`` to ``path`` all or nothing: temp file in the same folder, fsync, then rename.

    Raises ProgramError when the program cannot be written as a valid file (nothing is written) and
    ProgramWriteError (with ``path`` and ``reason``) when the disk says no; an older file stays as it was.
    """
    path = Path(path)
    raw = program_file_bytes(program, exercises, comment, str(path))
    try:
        write_atomically(path, raw, 0o644)  # a file to hand to someone else: readable like any document
    except OSError as exc:
        raise ProgramWriteError(path, exc.strerror or str(exc)) from None


__all__ = [
    "MAX_FILE_BYTES",
    "OTHER_FORMATS",
    "ProgramWriteError",
    "other_format_problem",
    "program_file_bytes",
    "read_file_bytes",
    "read_program_file",
    "read_toml_file",
    "write_program_file",
]
