"""The coach and the history together: read the facts the coach needs, record what the person decided.

Qt-free glue between ``program.coach`` (the rules) and ``history.store`` (the records). Every decision is
one transaction: the answer, the new program version and its plan changes are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import CoachAnswer, PainEntry, PlanChange, ProgramRecord, SessionRecord
from rugtimer.model.weeks import monday_of
from rugtimer.program.coach import CoachFacts, ProgramVersion, Suggestion, after_pain_step_back
from rugtimer.program.library import Library
from rugtimer.program.program import (
    Program,
    SetChoice,
    load_program,
    program_changes,
    program_to_toml,
    start_program,
)
from rugtimer.program.validation import ProgramError

FACTS_WEEKS: Final = 6  # the coach looks back this far (revert window 4 weeks + the week before + margin)

# Why a program version was made (stored in programs.reason and plan_changes.reason).
REASONS: Final = ("start", "progression", "after_pain", "this_hurts", "my_program", "imported")


@dataclass(frozen=True)
class CurrentProgram:
    """The program in use; ``problem`` says why the newest stored version could not be used (then the
    newest older version that reads takes over, or the start plan)."""

    program: Program
    stored: bool
    problem: str = ""
    since: datetime | None = None  # when the version in use was saved (None: the start plan, never saved)


def default_program(library: Library) -> Program:
    """The program before the person chose one (or when none of theirs can be read): the floor start plan."""
    return start_program(library.plan, "floor", library.exercises)


def current_program(store: HistoryStore, library: Library) -> CurrentProgram:
    """The newest stored program that can be read; before the first choice the floor start plan.

    A newest version that cannot be read (an exercise this RugTimer does not know, a hostile import) is set
    aside, not deleted: the version before it takes over, so the app always starts with the person's own
    program when there is one, and ``problem`` says what happened.
    """
    record = store.current_program()
    fallback = default_program(library)
    if record is None:
        return CurrentProgram(fallback, stored=False)
    try:
        return CurrentProgram(parse_version(record, library), stored=True, since=record.at)
    except ProgramError as exc:
        problem = "; ".join(str(p) for p in exc.problems[:3])
    for older in reversed(store.programs()):
        if older.id == record.id:
            continue
        try:
            return CurrentProgram(parse_version(older, library), stored=True, problem=problem, since=older.at)
        except ProgramError:
            continue
    return CurrentProgram(fallback, stored=False, problem=problem)


def parse_version(record: ProgramRecord, library: Library) -> Program:
    """A stored program version (raises ProgramError when this RugTimer cannot read it)."""
    return load_program(record.program.encode("utf-8"), f"program {record.id}", library.exercises)


def choose_start(store: HistoryStore, library: Library, choice: SetChoice, now: datetime) -> Program:
    """The first program: week 1 of the start plan for the chosen set."""
    program = start_program(library.plan, choice, library.exercises)
    store.save_program(
        ProgramRecord(at=now, program=program_to_toml(program, library.exercises), reason="start")
    )
    return program


def save_program(
    store: HistoryStore, library: Library, old: Program, new: Program, *, reason: str, now: datetime
) -> bool:
    """Store ``new`` with one plan change per changed variable; False (and nothing stored) when equal."""
    changes = plan_changes_between(old, new, reason, now)
    if not changes and old.name == new.name:
        return False
    record = ProgramRecord(at=now, program=program_to_toml(new, library.exercises), reason=reason)
    store.save_program(record, changes)
    return True


def plan_changes_between(old: Program, new: Program, reason: str, now: datetime) -> list[PlanChange]:
    return [
        PlanChange(
            at=now,
            exercise=c.exercise,
            change=c.change,
            from_value=c.from_value,
            to_value=c.to_value,
            reason=reason,
        )
        for c in program_changes(old, new)
    ]


def answer(
    store: HistoryStore,
    library: Library,
    program: Program,
    suggestion: Suggestion,
    *,
    accepted: bool,
    now: datetime,
) -> Program:
    """Record the answer to a suggestion; when accepted, the new program too. Returns the program in use."""
    record = CoachAnswer(
        at=now,
        kind=suggestion.kind,
        exercise=suggestion.exercise,
        change=suggestion.change,
        from_value=suggestion.from_value,
        to_value=suggestion.to_value,
        answer="accepted" if accepted else "declined",
    )
    if not accepted:
        store.add_coach_answer(record)
        return program
    new = suggestion.apply(program)
    version = ProgramRecord(at=now, program=program_to_toml(new, library.exercises), reason=suggestion.kind)
    store.answer_coach(record, version, plan_changes_between(program, new, suggestion.kind, now))
    return new


def record_next_day(
    store: HistoryStore, response: str, pain: int | None, now: datetime, session: SessionRecord | None = None
) -> PainEntry | None:
    """The after-pain answer as a pain entry (the pain score is needed; without one nothing is stored)."""
    if pain is None:
        return None
    note = f"session {session.started_at.date().isoformat()}" if session is not None else ""
    entry = PainEntry(at=now, pain=pain, context="next_day_check", response=response, note=note)  # type: ignore[arg-type]
    store.add_pain_entry(entry)
    return entry


def answer_next_day(
    store: HistoryStore,
    library: Library,
    program: Program,
    session: SessionRecord,
    *,
    response: str,
    pain: int | None,
    now: datetime,
) -> Suggestion | None:
    """Record the next-day answer; return the step back the after-pain rule asks for (worse for more than
    24 hours), or None when the back settled or there is no step left to take."""
    record_next_day(store, response, pain, now, session)
    if response != "worse_over_24h":
        return None
    return after_pain_step_back(coach_facts(store, library, program, now.date()), library.exercises)


def coach_facts(store: HistoryStore, library: Library, program: Program, today: date) -> CoachFacts:
    """The last few weeks of history, in the shape the coach's rules read."""
    since = monday_of(today) - timedelta(weeks=FACTS_WEEKS)
    sessions = store.sessions(since, today)
    versions: list[ProgramVersion] = []
    for record in store.programs(since, today):
        try:
            versions.append(ProgramVersion(record.at, record.reason, parse_version(record, library)))
        except ProgramError:
            continue  # an unreadable old version only means no "previous dosage" to go back to
    return CoachFacts(
        today=today,
        plan_start=store.plan_start() or today,
        program=program,
        sessions=sessions,
        done_sessions=frozenset(s.session_id for s in store.sets_between(since, today + timedelta(days=1))),
        hurts=store.hurt_events(since, today),
        next_day_checks=[e for e in store.pain_entries(since, today) if e.context == "next_day_check"],
        answers=store.coach_answers(since, today),
        versions=versions,
    )


def adopt_imported_program(store: HistoryStore, library: Library, before: set[str], now: datetime) -> bool:
    """After an import: when this history held only a fresh start plan (a new laptop, then the old
    history imported), the newest imported program becomes the one in use. ``before`` are the program ids
    held before the import. True when it was adopted; a history with its own changes keeps its program."""
    versions = store.programs()
    imported = [v for v in versions if v.id not in before]
    own = [v for v in versions if v.id in before]
    current = store.current_program()
    if not imported or current is None or current.id not in before:
        return False
    if any(v.reason != "start" for v in own):
        return False
    newest = max(imported, key=lambda v: v.at)
    try:
        old, new = parse_version(current, library), parse_version(newest, library)
    except ProgramError:
        return False  # the start plan stays; the app says so if the imported text cannot be used
    record = ProgramRecord(at=now, program=newest.program, reason="imported")
    store.save_program(record, plan_changes_between(old, new, "imported", now))
    return True


def hurt_exercises(store: HistoryStore, session_id: str) -> list[str]:
    """The exercises "this hurts" was pressed in, in one session (each once, in order)."""
    seen: list[str] = []
    for event in store.hurt_events(session_id=session_id):
        if event.exercise and event.exercise not in seen:
            seen.append(event.exercise)
    return seen


__all__: Sequence[str] = (
    "REASONS",
    "CurrentProgram",
    "adopt_imported_program",
    "answer",
    "answer_next_day",
    "choose_start",
    "coach_facts",
    "current_program",
    "default_program",
    "hurt_exercises",
    "plan_changes_between",
    "record_next_day",
    "save_program",
)
