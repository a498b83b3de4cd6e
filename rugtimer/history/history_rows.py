"""The rows of the history list: each session with what was done in it. Qt-free, so it is tested without a
window and the list model stays a thin adapter.

Ten years of daily history is about 3650 sessions and 30 000 sets; one query per session would make the list
slow to open, so all sets and "this hurts" events are read once and grouped by session.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import Rating, SessionRecord, SessionStatus


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One session as the history list shows it: the stored record plus a summary of its sets."""

    session: SessionRecord
    exercises: tuple[str, ...] = ()
    """Exercise ids in the order they were first done in the session (each once)."""
    set_count: int = 0
    hurt_count: int = 0

    @property
    def id(self) -> str:
        return self.session.id

    @property
    def started_at(self) -> datetime:
        """The start as the person saw it (the stored local time with its offset)."""
        return self.session.started_at

    @property
    def status(self) -> SessionStatus:
        return self.session.status

    @property
    def pain_before(self) -> int | None:
        return self.session.pain_before

    @property
    def pain_after(self) -> int | None:
        return self.session.pain_after

    @property
    def rating(self) -> Rating | None:
        return self.session.rating

    @property
    def note(self) -> str:
        return self.session.note

    @property
    def is_demo(self) -> bool:
        return self.session.is_demo


def session_rows(store: HistoryStore) -> list[SessionRow]:
    """Every session, newest first, with the exercises done and the number of sets and "this hurts" events.

    Three queries in all (sessions, grouped sets, hurt events), whatever the length of the history.
    """
    sessions = store.sessions()
    exercises: dict[str, dict[str, None]] = defaultdict(dict)  # an ordered set per session
    set_counts: dict[str, int] = defaultdict(int)
    for session_id, exercise, count in store.set_summaries():  # first-done order within each session
        exercises[session_id].setdefault(exercise)
        set_counts[session_id] += count
    hurt_counts: dict[str, int] = defaultdict(int)
    for event in store.hurt_events():
        if event.session_id is not None:
            hurt_counts[event.session_id] += 1
    return [
        SessionRow(
            session=session,
            exercises=tuple(exercises.get(session.id, ())),
            set_count=set_counts.get(session.id, 0),
            hurt_count=hurt_counts.get(session.id, 0),
        )
        for session in sessions
    ]


__all__: Sequence[str] = ("SessionRow", "session_rows")
