"""The one guarded way RugTimer parses text it did not write itself: TOML and JSON, bounded.

Program files, program versions inside the history or an import, settings and history exports all come
through here. Python's parsers fail in more ways than their documented error: a deeply nested document
raises ``RecursionError``, odd input ``OverflowError`` or ``UnicodeError``. Each becomes ``UnreadableText``
with a plain sentence, and a document nested deeper than any RugTimer format needs is refused even when the
parser coped, so no later code (validation, ``repr``, a Qt model) ever recurses into it. Callers wrap the
error in their own typed, located error (a program problem, an import problem, a settings problem).
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any, Final

from rugtimer.model.limits import MAX_NESTING

UTF8_BOM: Final = "\ufeff"


class UnreadableText(ValueError):  # noqa: N818 - it reads as what it is: "the text is unreadable"
    """The text cannot be used; ``message`` says why in words for people (no traceback, no parser jargon)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_bounded(path: Path, max_bytes: int, expected: str = "a file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``UnreadableText`` for anything else.

    Opened without blocking and checked on the open file, so a named pipe, a device or a folder given by
    mistake is refused at once instead of hanging the app or the command.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise UnreadableText("no such file") from None
    except IsADirectoryError:
        raise UnreadableText(f"is a folder; expected {expected}") from None
    except OSError as exc:
        raise UnreadableText(f"cannot be read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableText(f"is a folder; expected {expected}")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableText(f"is not a regular file (a device, pipe or socket); expected {expected}")
        if info.st_size > max_bytes:
            raise UnreadableText(too_large(info.st_size, max_bytes))
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:  # a file that grows while it is read is still cut off here
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise UnreadableText(
                f"too large (more than {_size(max_bytes)}); expected at most {_size(max_bytes)}"
            )
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableText(f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def too_large(size: int, max_bytes: int) -> str:
    """ "too large (100 MB); expected at most 50 MB" (never "50 MB; at most 50 MB")."""
    shown = _size(size)
    shown = f"more than {shown}" if shown == _size(max_bytes) else shown
    return f"too large ({shown}); expected at most {_size(max_bytes)}"


def _size(count: int) -> str:
    """A file size for people: 1,234 bytes, 56 kB, 100 MB (binary units, as file managers show them)."""
    for unit, name in ((1 << 20, "MB"), (1 << 10, "kB")):
        if count >= unit:
            shown = f"{count / unit:,.1f}".removesuffix(".0")  # 50.1 MB is not "50 MB, at most 50 MB"
            return f"{shown} {name}"
    return f"{count:,} bytes"


def decode_utf8(raw: bytes) -> str:
    """Bytes to text; a UTF-8 byte order mark (some Windows editors write one) is dropped."""
    try:
        return raw.decode("utf-8").removeprefix(UTF8_BOM)
    except UnicodeDecodeError as exc:
        raise UnreadableText(f"is not UTF-8 text (an invalid byte at position {exc.start})") from None


def nesting_depth(value: object, limit: int = MAX_NESTING) -> int:
    """How deep lists and tables nest in ``value`` (a scalar is 0); stops counting past ``limit``.

    Iterative, so it is safe on any document a parser returned.
    """
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def _too_deep(limit: int) -> UnreadableText:
    return UnreadableText(
        f"is nested too deeply (more than {limit} levels; no RugTimer file nests that deep)"
    )


def _check_size(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise UnreadableText(f"is too long ({len(text):,} characters; at most {max_chars:,} are read)")


def longest_toml_key(text: str) -> int:
    """The most parts a dotted key or table header in ``text`` has (``a.b.c`` and ``[a.b.c]`` have 3).

    Counted before parsing because Python's TOML parser builds each part of a dotted key as a table, in
    time that grows with the square of the parts: a 24 kB key of 12,000 parts takes seconds. Dots are
    counted in the key side of each line only (before its first ``=``, or in a ``[header]``); a quoted
    part with a dot in it counts too, which only errs on the safe side.
    """
    deepest = 0
    for line in text.splitlines():
        if "=" in line:
            key = line.split("=", 1)[0]
        elif line.lstrip().startswith("["):
            key = line
        else:
            continue
        deepest = max(deepest, key.count(".") + 1)
    return deepest


def parse_toml(text: str, *, max_chars: int, max_depth: int = MAX_NESTING) -> dict[str, Any]:
    """Parse TOML; ``UnreadableText`` for anything that is not a usable TOML document."""
    _check_size(text, max_chars)
    if longest_toml_key(text) > max_depth:
        raise _too_deep(max_depth)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UnreadableText(f"is not valid TOML: {exc}") from None
    except RecursionError:
        raise _too_deep(max_depth) from None
    except (ValueError, OverflowError, MemoryError) as exc:
        raise UnreadableText(f"could not be read as TOML: {exc}") from None
    if nesting_depth(data, max_depth) > max_depth:
        raise _too_deep(max_depth)
    return data


class _DuplicateKeyError(ValueError):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


class _ConstantError(ValueError):
    pass


class _HugeNumberError(ValueError):
    pass


MAX_DIGITS: Final = 30
"""No RugTimer number has more digits; Python refuses to convert more than 4,300 anyway."""


def _no_constant(name: str) -> None:
    raise _ConstantError(name)


def _bounded_int(digits: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise _HugeNumberError(digits)
    return int(digits)


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f" (line {line}, column {column})"


_STRING_OR_CONSTANT: Final = re.compile(r'"(?:[^"\\]|\\.)*"|(NaN|-?Infinity)')


def _constant_position(text: str) -> str:
    """Where the first NaN/Infinity outside a string stands, as " (line L, column C)"."""
    for match in _STRING_OR_CONSTANT.finditer(text):
        if match.group(1):
            return _position(text, match.start())
    return ""


def parse_json(text: str, *, max_chars: int, max_depth: int = MAX_NESTING) -> Any:
    """Parse JSON strictly: no NaN/Infinity, no key twice in one object, bounded nesting."""
    _check_size(text, max_chars)
    if not text.strip():
        raise UnreadableText("is empty")
    try:
        data = json.loads(
            text,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            object_pairs_hook=_object_without_duplicates,
        )
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise UnreadableText("ends too early: the file is cut off (truncated)") from None
        raise UnreadableText(
            f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except _DuplicateKeyError as exc:
        raise UnreadableText(f'has the key "{exc}" twice in one object; which one is meant?') from None
    except RecursionError:
        raise _too_deep(max_depth) from None
    except _ConstantError as exc:
        where = _constant_position(text)
        raise UnreadableText(f"{exc} is not allowed{where}: JSON has no such number") from None
    except _HugeNumberError as exc:
        where = _position(text, max(text.find(str(exc)), 0))
        raise UnreadableText(
            f"holds a number of {len(str(exc)):,} digits{where}; no RugTimer number has more than {MAX_DIGITS}"
        ) from None
    except ValueError as exc:
        raise UnreadableText(f"could not be read as JSON: {exc}") from None
    except (OverflowError, MemoryError) as exc:
        raise UnreadableText(f"could not be read as JSON: {exc}") from None
    if nesting_depth(data, max_depth) > max_depth:
        raise _too_deep(max_depth)
    return data
