"""Beginning a session without a window: the timeline follows the doses, the row is saved at once, and the
sets will be stored in the doses' own variants."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from rugtimer.app.session import begin_session
from rugtimer.history import HistoryStore
from rugtimer.program.library import load_library
from rugtimer.program.plan import Dose
from rugtimer.program.runner import SetDone
from rugtimer.program.timeline import TimelineSettings

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_begun_session_is_saved_and_follows_its_doses(store: HistoryStore) -> None:
    library = load_library()
    bridge = library.exercise("glute_bridge")
    easier = bridge.variants_at("easier")[0]
    doses = [Dose("glute_bridge", 1, 10, None, easier.id)]
    begun = begin_session(
        store,
        library,
        doses,
        settings=TimelineSettings(lead_in_s=5, rest_s=30),
        plan_week=2,
        pain_before=4,
        now=lambda: NOW,
    )
    session = begun.recorder.session
    assert session is not None and store.get_session(session.id) == session  # saved at once
    assert (session.plan_week, session.pain_before, session.status) == (2, 4, "running")
    assert begun.timeline.doses == tuple(doses)
    assert {step.exercise_id for step in begun.timeline.steps} == {"glute_bridge"}
    begun.recorder.set_done(SetDone("glute_bridge", 1, None, 10, 60.0))
    assert [s.variant for s in store.sets_for(session.id)] == [easier.id]
