"""Collecting validation: every problem in a file, each naming the file, the field and what was expected.

Loading a physiotherapist's file should list all mistakes at once, not stop at the first traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rugtimer.model.limits import text_problem

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.message}"


class ProgramError(Exception):
    """A program, exercise or reference file is invalid; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def describe(value: Any) -> str:
    """A short, readable rendering of a bad value for an error message."""
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


@dataclass
class Checker:
    """Reads typed fields out of a parsed TOML table and remembers every problem."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    _fields: set[str] = field(default_factory=set, init=False, repr=False)  # the paths in ``problems``

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, path, message))
        self._fields.add(path)

    def has_problem(self, path: str) -> bool:
        """Whether ``path`` was reported already: a field that is there but wrong was read as None, and a
        later check (required, in range) must not report it again as missing or as that None."""
        return path in self._fields

    def raise_if_failed(self) -> None:
        if self.problems:
            raise ProgramError(self.problems)

    # -- primitive readers: each returns None after recording a problem -------------------------------

    def required(self, table: Mapping[str, Any], key: str, path: str) -> Any:
        if key not in table:
            self.fail(path, "missing (required)")
            return None
        return table[key]

    def string(self, table: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str | None:
        if key not in table and not required:
            return None
        value = self.required(table, key, path)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(path, f"expected non-empty text, got {describe(value)}")
            return None
        problem = text_problem(value)
        if problem is not None:
            self.fail(path, f"expected plain text; it {problem}")
            return None
        return value.strip()

    def identifier(
        self, table: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> str | None:
        value = self.string(table, key, path, required=required)
        if value is not None and not ID_PATTERN.match(value):
            self.fail(path, f"expected an id of lowercase letters, digits and _, got {describe(value)}")
            return None
        return value

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        options: Iterable[str],
        default: str | None = None,
    ) -> str | None:
        allowed = tuple(options)
        if key not in table and default is not None:
            return default
        value = self.string(table, key, path)
        if value is not None and value not in allowed:
            self.fail(path, f"expected one of {', '.join(allowed)}, got {describe(value)}")
            return None
        return value

    def integer(
        self, table: Mapping[str, Any], key: str, path: str, *, minimum: int = 0, required: bool = True
    ) -> int | None:
        if key not in table and not required:
            return None
        value = self.required(table, key, path)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"expected a whole number, got {describe(value)}")
            return None
        if value < minimum:
            self.fail(path, f"expected a whole number of at least {minimum}, got {value}")
            return None
        return value

    def int_range(
        self, table: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> tuple[int, int] | None:
        """A ``[low, high]`` pair of whole numbers with ``0 < low <= high``."""
        if key not in table and not required:
            return None
        value = self.required(table, key, path)
        if value is None:
            return None
        ok_shape = isinstance(value, list) and len(value) == 2
        if not ok_shape or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            self.fail(path, f"expected a range [low, high] of two whole numbers, got {describe(value)}")
            return None
        low, high = value
        if low <= 0:
            self.fail(path, f"expected a range starting above 0, got [{low}, {high}]")
            return None
        if low > high:
            self.fail(path, f"expected low <= high, got a reversed range [{low}, {high}]")
            return None
        return (low, high)

    def table(
        self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> Mapping[str, Any] | None:
        if key not in parent and not required:
            return None
        value = self.required(parent, key, path)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.fail(path, f"expected a table, got {describe(value)}")
            return None
        return value

    def string_list(
        self, table: Mapping[str, Any], key: str, path: str, options: Iterable[str] | None = None
    ) -> tuple[str, ...] | None:
        value = self.required(table, key, path)
        if value is None:
            return None
        if not isinstance(value, list) or not value:
            self.fail(path, f"expected a non-empty list of text, got {describe(value)}")
            return None
        allowed = tuple(options) if options is not None else None
        result: list[str] = []
        for index, item in enumerate(value):
            item_path = f"{path}[{index}]"
            if not isinstance(item, str) or not item.strip():
                self.fail(item_path, f"expected non-empty text, got {describe(item)}")
            elif allowed is not None and item not in allowed:
                self.fail(item_path, f"expected one of {', '.join(allowed)}, got {describe(item)}")
            else:
                result.append(item.strip())
        return tuple(result) if len(result) == len(value) else None

    def table_list(
        self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> list[Mapping[str, Any]]:
        if key not in parent and not required:
            return []
        value = self.required(parent, key, path)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            self.fail(path, f"expected a list of tables ([[{key}]]), got {describe(value)}")
            return []
        return value

    def header(self, data: Mapping[str, Any], expected_format: str, supported_version: int) -> bool:
        """Check ``format`` and ``version``; False when the rest should not be read."""
        fmt = data.get("format")
        if fmt != expected_format:
            self.fail(
                "format",
                f'expected "{expected_format}", got {describe(fmt) if "format" in data else "nothing"}',
            )
            return False
        version = self.integer(data, "version", "version", minimum=1)
        if version is None:
            return False
        if version > supported_version:
            self.fail(
                "version",
                f"version {version} is newer than this RugTimer understands ({supported_version}); update the app",
            )
            return False
        return True
