"""Random sequences of store operations keep the invariants (hypothesis, compared with a plain model).

The model is a dict per table; after every step the store must say exactly what the model says, every set
belongs to an existing session, only sessions marked running lack an end, and the file passes its checks.
Closing and reopening in between proves the state lives in the file, not in a cache.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from rugtimer.history import HistoryStore, HurtEvent, PainEntry, SessionRecord, SetRecord
from rugtimer.paths import Paths

BASE = datetime(2026, 3, 28, 20, 0, tzinfo=timezone(timedelta(hours=1)))
offsets = st.sampled_from([timezone(timedelta(hours=h)) for h in (-5, 0, 1, 2, 9)])
moments = st.builds(
    lambda minutes, tz: (BASE + timedelta(minutes=minutes)).astimezone(tz),
    st.integers(min_value=0, max_value=60 * 24 * 20),
    offsets,
)
pain = st.none() | st.integers(min_value=0, max_value=10)


class StoreMachine(RuleBasedStateMachine):
    sessions_b = Bundle("sessions")
    sets_b = Bundle("sets")

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="rugtimer-model-"))
        self.paths = Paths(self.tmp / "data")
        self.store = HistoryStore.open(self.paths)
        self.sessions: dict[str, SessionRecord] = {}
        self.sets: dict[str, SetRecord] = {}
        self.hurts: dict[str, HurtEvent] = {}
        self.pains: dict[str, PainEntry] = {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    @rule(target=sessions_b, started=moments, week=st.integers(1, 12), before=pain)
    def begin(self, started: datetime, week: int, before: int | None) -> str:
        record = self.store.begin_session(started, week, before)
        self.sessions[record.id] = record
        return record.id

    @rule(
        target=sets_b,
        session_id=sessions_b,
        done=moments,
        number=st.integers(1, 5),
        reps=st.none() | st.integers(0, 30),
    )
    def record_set(self, session_id: str, done: datetime, number: int, reps: int | None) -> SetRecord:
        record = SetRecord(
            session_id=session_id, exercise="bird_dog", set_number=number, reps=reps, completed_at=done
        )
        if session_id in self.sessions:
            assert self.store.record_set(record) is True
            self.sets[record.id] = record
        return record

    @rule(record=sets_b)
    def retry_set(self, record: SetRecord) -> None:
        if record.id in self.sets:
            assert self.store.record_set(record) is False

    @rule(
        session_id=sessions_b,
        ended=moments,
        status=st.sampled_from(["completed", "stopped", "interrupted"]),
        after=pain,
    )
    def finish(self, session_id: str, ended: datetime, status: str, after: int | None) -> None:
        if session_id in self.sessions:
            self.sessions[session_id] = self.store.finish_session(session_id, ended, status, pain_after=after)  # type: ignore[arg-type]

    @rule(
        session_id=sessions_b,
        before=pain,
        note=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=5),
    )
    def update(self, session_id: str, before: int | None, note: str) -> None:
        if session_id in self.sessions:
            self.sessions[session_id] = self.store.update_session(session_id, pain_before=before, note=note)

    @rule(session_id=sessions_b)
    def delete(self, session_id: str) -> None:
        assert self.store.delete_session(session_id) is (session_id in self.sessions)
        self.sessions.pop(session_id, None)
        self.sets = {k: v for k, v in self.sets.items() if v.session_id != session_id}
        self.hurts = {k: v for k, v in self.hurts.items() if v.session_id != session_id}

    @rule(session_id=st.none() | sessions_b, when=moments)
    def hurt(self, session_id: str | None, when: datetime) -> None:
        if session_id is None or session_id in self.sessions:
            event = HurtEvent(at=when, session_id=session_id, exercise="bridge")
            self.store.record_hurt(event)
            self.hurts[event.id] = event

    @rule(when=moments, level=st.integers(0, 10))
    def pain_entry(self, when: datetime, level: int) -> None:
        entry = PainEntry(at=when, pain=level)
        self.store.add_pain_entry(entry)
        self.pains[entry.id] = entry

    @rule()
    def crash_recovery(self) -> None:
        for record in self.store.mark_running_as_interrupted():
            mine = [s.completed_at for s in self.sets.values() if s.session_id == record.id]
            latest = max(mine, key=lambda d: d.timestamp()) if mine else self.sessions[record.id].started_at
            assert record.status == "interrupted" and record.ended_at == latest
            self.sessions[record.id] = record

    @rule()
    def reopen(self) -> None:
        self.store.close()
        self.store = HistoryStore.open(self.paths)

    @invariant()
    def store_matches_model(self) -> None:
        got = self.store.sessions()
        assert {s.id: s for s in got} == self.sessions
        utc = [s.started_at.timestamp() for s in got]
        assert utc == sorted(utc, reverse=True)
        assert {s.id: s for s in self.store.sets_between()} == self.sets
        assert {h.id: h for h in self.store.hurt_events()} == self.hurts
        assert {p.id: p for p in self.store.pain_entries()} == self.pains
        assert all((s.status == "running") == (s.ended_at is None) for s in got)
        assert self.store.session_count() == len(self.sessions)

    @invariant()
    def file_is_sound(self) -> None:
        assert self.store.check() == []


TestStoreMachine = StoreMachine.TestCase
TestStoreMachine.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
