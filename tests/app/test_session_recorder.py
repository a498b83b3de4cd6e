"""Every completed set reaches the database the moment it completes; a failed save is kept and retried."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest

from rugtimer.app.session_recorder import SessionRecorder
from rugtimer.history.errors import StorageError
from rugtimer.history.store import HistoryStore
from rugtimer.program.runner import SetDone

AMSTERDAM_WINTER = timezone(timedelta(hours=1))


def ticking_clock():
    start = datetime(2026, 11, 25, 19, 0, tzinfo=AMSTERDAM_WINTER)
    counter = itertools.count()
    return lambda: start + timedelta(seconds=10 * next(counter))


def test_sets_are_in_the_database_as_they_complete(paths) -> None:
    with HistoryStore.open(paths) as store:
        recorder = SessionRecorder(store, plan_week=1, now=ticking_clock())
        session = recorder.begin(pain_before=4)
        assert recorder.set_done(SetDone("glute_bridge", 1, None, 10, 60.0))
        with HistoryStore.open(paths) as reader:  # a second connection sees it: committed, not buffered
            (saved,) = reader.sets_for(session.id)
            assert (saved.exercise, saved.set_number, saved.reps, saved.seconds) == (
                "glute_bridge",
                1,
                10,
                60.0,
            )
        recorder.hurt("glute_bridge")
        finished = recorder.finish("completed", pain_after=3, rating="good", note="ging goed")
        assert (finished.status, finished.pain_before, finished.pain_after, finished.rating) == (
            "completed",
            4,
            3,
            "good",
        )
        assert len(store.hurt_events()) == 1


class FlakyStore:
    """The real store, except that the next ``failures`` saves of a set fail like a full disk."""

    def __init__(self, store: HistoryStore, failures: int) -> None:
        self._store = store
        self.failures = failures

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def record_set(self, record) -> bool:
        if self.failures:
            self.failures -= 1
            raise StorageError(self._store_path(), "No space left on device")
        return self._store.record_set(record)

    def _store_path(self):
        return self._store.paths.database


def test_a_failed_save_is_kept_and_stored_exactly_once_later(paths) -> None:
    with HistoryStore.open(paths) as store:
        flaky = FlakyStore(store, failures=2)
        recorder = SessionRecorder(flaky, plan_week=1, now=ticking_clock())  # type: ignore[arg-type]
        session = recorder.begin(None)
        assert not recorder.set_done(SetDone("bird_dog", 1, None, 6, 30.0))
        assert "No space left" in (recorder.last_problem or "")
        assert not recorder.set_done(SetDone("bird_dog", 2, None, 6, 30.0))
        assert len(recorder.pending) == 2
        assert recorder.flush()
        assert [s.set_number for s in store.sets_for(session.id)] == [1, 2]
        assert recorder.flush() and len(store.sets_for(session.id)) == 2


def test_recording_before_begin_is_a_programming_error(paths) -> None:
    with HistoryStore.open(paths) as store, pytest.raises(RuntimeError):
        SessionRecorder(store, 1).set_done(SetDone("x", 1, None, 1, 1.0))


def test_after_this_hurts_the_sets_are_stored_in_the_easier_variant(paths) -> None:
    with HistoryStore.open(paths) as store:
        recorder = SessionRecorder(store, plan_week=1, now=ticking_clock())
        recorder.variants.update({"bird_dog": "arms_only"})  # the program's own variant for one exercise
        session = recorder.begin(pain_before=None)
        recorder.set_done(SetDone("glute_bridge", 1, None, 10, 60.0))
        recorder.use_variant("glute_bridge", "smaller_lift")  # "this hurts" -> easier
        recorder.set_done(SetDone("glute_bridge", 2, None, 10, 60.0))
        recorder.set_done(SetDone("bird_dog", 1, "left", 6, 40.0))
        stored = [(s.exercise, s.set_number, s.variant) for s in store.sets_for(session.id)]
    assert stored == [
        ("glute_bridge", 1, None),
        ("glute_bridge", 2, "smaller_lift"),
        ("bird_dog", 1, "arms_only"),
    ]


def test_a_session_skipped_through_without_a_set_is_stored_as_stopped(paths) -> None:
    """Pressing → through every exercise "completes" the timeline, but nothing was done: it counts nowhere."""
    with HistoryStore.open(paths) as store:
        recorder = SessionRecorder(store, plan_week=1, now=ticking_clock())
        session = recorder.begin(pain_before=4)
        finished = recorder.finish("completed", pain_after=4)
        assert finished is not None and finished.status == "stopped"
        assert store.exercise_days() == set()
        assert store.get_session(session.id).status == "stopped"


@pytest.mark.parametrize("status", ["stopped", "completed", "interrupted"])
def test_a_session_ended_before_anything_happened_is_not_kept(paths, status: str) -> None:
    """Start pressed by mistake, or Esc in the get-ready: no set, nothing hurt, no pain rated. A row for it
    would show as "0/0 stopped" in the physiotherapist's report."""
    with HistoryStore.open(paths) as store:
        recorder = SessionRecorder(store, plan_week=1, now=ticking_clock())
        session = recorder.begin(pain_before=None)
        assert recorder.nothing_to_keep
        assert recorder.finish(status) is None
        assert recorder.session is None
        assert store.sessions() == [] and store.get_session(session.id) is None


@pytest.mark.parametrize(
    "what",
    ["pain before", "this hurts", "pain after", "note"],
)
def test_a_session_without_sets_is_kept_when_the_person_told_something(paths, what: str) -> None:
    with HistoryStore.open(paths) as store:
        recorder = SessionRecorder(store, plan_week=1, now=ticking_clock())
        session = recorder.begin(pain_before=5 if what == "pain before" else None)
        if what == "this hurts":
            recorder.hurt("glute_bridge")
        finished = recorder.finish(
            "stopped",
            pain_after=6 if what == "pain after" else None,
            note="rug stijf" if what == "note" else "",
        )
        assert finished is not None and finished.status == "stopped"
        assert store.get_session(session.id).status == "stopped"
