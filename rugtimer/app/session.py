"""Starting a session: today's doses become a timeline and a recorder whose session row is saved at once.

Qt-free, so what a session is made of (the exercises in order, the get-ready and rest times, the variants
the sets will be stored as) is decided once, below the window that shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from rugtimer.app.session_recorder import SessionRecorder
from rugtimer.history.store import HistoryStore
from rugtimer.program.library import Library
from rugtimer.program.plan import Dose
from rugtimer.program.timeline import Timeline, TimelineSettings, build_timeline


@dataclass(frozen=True)
class NewSession:
    """A begun session: what to follow and where its sets go."""

    timeline: Timeline
    recorder: SessionRecorder


def begin_session(
    store: HistoryStore,
    library: Library,
    doses: Sequence[Dose],
    *,
    settings: TimelineSettings,
    plan_week: int,
    pain_before: int | None,
    now: Callable[[], datetime],
) -> NewSession:
    """Build the timeline of ``doses`` (in order) and begin the session row (HistoryError if it cannot be
    saved: then nothing was begun). Sets are stored in each dose's own variant until "this hurts" changes it."""
    timeline = build_timeline([(library.exercise(d.exercise), d) for d in doses], settings)
    recorder = SessionRecorder(store, plan_week, now=now)
    recorder.variants.update({d.exercise: d.variant for d in doses if d.variant})
    recorder.begin(pain_before)
    return NewSession(timeline, recorder)
