"""Editing the history afterwards: delete a session with everything kept for Undo, and put it back.

Qt-free, so History's delete-with-undo is a rule with one home and is tested without a window. Undo puts the
very same records back (same ids), so an export made before the delete and one made after the undo agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import HurtEvent, SessionRecord, SetRecord


@dataclass(frozen=True)
class DeletedSession:
    """Everything a delete removes, kept so Undo puts it back under the very same ids."""

    session: SessionRecord
    sets: tuple[SetRecord, ...]
    hurts: tuple[HurtEvent, ...]


def delete_session(store: HistoryStore, session_id: str) -> DeletedSession | None:
    """Delete a session with its sets and "this hurts" events; what was deleted, or None if it was gone."""
    session = store.get_session(session_id)
    if session is None:
        return None
    kept = DeletedSession(
        session, tuple(store.sets_for(session_id)), tuple(store.hurt_events(session_id=session_id))
    )
    store.delete_session(session_id)
    return kept


def undo_delete(store: HistoryStore, kept: DeletedSession) -> None:
    """Put a deleted session back, all or nothing, under the same ids (HistoryError if it cannot)."""
    with store.batch():
        store.add_session(kept.session)
        for record in kept.sets:
            store.record_set(record)
        for event in kept.hurts:
            store.record_hurt(event)
