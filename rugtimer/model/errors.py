"""The base of RugTimer's deliberate errors, and the one a record raises when it breaks a rule.

Here at the bottom so the records (``model.records``) can raise it without knowing the history store; the
history package builds its own errors (storage, damage, locks) on the same base, so ``except HistoryError``
still catches every problem a person should be told about in words.
"""

from __future__ import annotations


class HistoryError(Exception):
    """Base of every error RugTimer raises on purpose: ``message`` is a plain sentence to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidRecordError(HistoryError, ValueError):
    """A record breaks a rule (naive datetime, pain out of 0-10, unknown session, ...): a programming error
    or bad import data, never a storage problem. ``field`` names the field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)
