"""Hand every completed set to the history store the moment it completes, and keep it if saving fails.

Qt-free, so the "nothing is lost" promise is tested without a window. A set that cannot be saved (disk full,
a write error) stays in memory with its id and is retried; the store ignores a second copy of the same id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from rugtimer.history.errors import StorageError
from rugtimer.history.store import HistoryStore
from rugtimer.local_time import local_now
from rugtimer.model.records import HurtEvent, Rating, SessionRecord, SetRecord
from rugtimer.program.runner import SetDone


@dataclass
class SessionRecorder:
    """One session's record: begun when the person starts, sets saved as they complete, finished at the end."""

    store: HistoryStore
    plan_week: int
    now: Callable[[], datetime] = local_now
    session: SessionRecord | None = None
    pending: list[SetRecord] = field(default_factory=list)
    saved_sets: int = 0
    last_problem: str | None = None
    variants: dict[str, str] = field(default_factory=dict)  # exercise id -> the variant being done
    hurts: int = 0  # "this hurts" events stored for this session

    def begin(self, pain_before: int | None) -> SessionRecord:
        self.session = self.store.begin_session(self.now(), self.plan_week, pain_before)
        return self.session

    def set_done(self, done: SetDone) -> bool:
        """Record one completed set; False when it could not be saved yet (it is kept and retried)."""
        if self.session is None:
            raise RuntimeError("begin() the session before recording sets")
        seconds = round(done.seconds, 3)
        record = SetRecord(
            session_id=self.session.id,
            exercise=done.exercise_id,
            set_number=done.set_number,
            completed_at=self.now(),
            side=done.side,  # type: ignore[arg-type]
            reps=done.reps,
            seconds=seconds,
            variant=self.variants.get(done.exercise_id),
        )
        self.pending.append(record)
        return self.flush()

    def use_variant(self, exercise_id: str, variant_id: str) -> None:
        """From now on the sets of ``exercise_id`` are done (and stored) in ``variant_id``: "this hurts" →
        the easier variant."""
        self.variants[exercise_id] = variant_id

    def flush(self) -> bool:
        """Try to save every pending set, oldest first; True when none is left waiting."""
        while self.pending:
            try:
                self.store.record_set(self.pending[0])
            except StorageError as exc:  # disk full, I/O error: keep it and try again later
                self.last_problem = str(exc)
                return False
            self.pending.pop(0)
            self.saved_sets += 1
        self.last_problem = None
        return True

    def hurt(self, exercise_id: str | None, note: str = "") -> None:
        session_id = self.session.id if self.session else None
        self.store.record_hurt(
            HurtEvent(at=self.now(), exercise=exercise_id, session_id=session_id, note=note)
        )
        self.hurts += 1

    @property
    def finished_sets(self) -> int:
        """Sets completed in this session: saved, or kept in memory until they can be."""
        return self.saved_sets + len(self.pending)

    @property
    def nothing_to_keep(self) -> bool:
        """Begun and ended before anything happened: no set finished, nothing hurt, no pain rated before.
        Such a session is not history (a Start pressed by mistake, or stopped in the get-ready)."""
        return (
            self.session is not None
            and not self.finished_sets
            and not self.hurts
            and self.session.pain_before is None
        )

    def finish(
        self, status: str, *, pain_after: int | None = None, rating: Rating | None = None, note: str = ""
    ) -> SessionRecord | None:
        """End the session. One skipped through to the end without a completed set is stored as stopped: it
        was not done, and it counts nowhere (``model.records.exercise_days``). One with nothing to keep
        (``nothing_to_keep``, and no pain, rating or note given now) is removed instead; then None is
        returned."""
        if self.session is None:
            return None
        self.flush()
        if self.nothing_to_keep and pain_after is None and rating is None and not note:
            self.store.delete_session(self.session.id)
            self.session = None
            return None
        if status == "completed" and not self.saved_sets and not self.pending:
            status = "stopped"
        self.session = self.store.finish_session(
            self.session.id,
            self.now(),
            status,
            pain_after=pain_after,
            rating=rating,
            note=note,  # type: ignore[arg-type]
        )
        return self.session
