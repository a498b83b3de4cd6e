"""Delete with undo, without a window: the same records come back under the same ids."""

from __future__ import annotations

from rugtimer.app import editing
from rugtimer.history import HistoryStore
from rugtimer.model.records import HurtEvent
from tests.history.history_helpers import at, fill


def test_a_deleted_session_comes_back_whole_under_the_same_ids(store: HistoryStore) -> None:
    fill(store, sessions=2, sets=3)
    session = store.sessions()[0]
    store.record_hurt(HurtEvent(at=at(3, 19), exercise="glute_bridge", session_id=session.id))
    before = (
        store.get_session(session.id),
        store.sets_for(session.id),
        store.hurt_events(session_id=session.id),
    )
    kept = editing.delete_session(store, session.id)
    assert kept is not None and store.get_session(session.id) is None and store.sets_for(session.id) == []
    assert editing.delete_session(store, session.id) is None  # already gone
    editing.undo_delete(store, kept)
    after = (
        store.get_session(session.id),
        store.sets_for(session.id),
        store.hurt_events(session_id=session.id),
    )
    assert after == before and store.check() == []
