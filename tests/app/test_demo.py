"""The demo history: plausible, marked as demo, the same content for the same seed (but ids as random as a real
user's), and never mixed into a real history."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from rugtimer.app.demo import DemoRefused, fill_demo
from rugtimer.history import HistoryStore, PainEntry
from rugtimer.history.trends import load_weekly_stats, summarize
from rugtimer.model.weeks import monday_of
from rugtimer.paths import Paths
from rugtimer.program.library import Library, load_library
from rugtimer.program.program import load_program, program_to_toml, start_program
from tests.history.history_helpers import at, fill, sha256

TODAY = date(2026, 11, 25)  # a Wednesday


def snapshot(store: HistoryStore) -> tuple[object, ...]:
    return (
        store.sessions(),
        store.sets_between(),
        store.hurt_events(),
        store.plan_changes(),
        store.activities(),
        store.pain_entries(),
        store.programs(),
        store.coach_answers(),
    )


def records(store: HistoryStore) -> dict[str, list[Any]]:
    """Every record of every kind the history holds, by kind."""
    return {
        "sessions": store.sessions(),
        "sets": store.sets_between(),
        "hurt_events": store.hurt_events(),
        "plan_changes": store.plan_changes(),
        "activities": store.activities(),
        "pain_entries": store.pain_entries(),
        "programs": store.programs(),
        "coach_answers": store.coach_answers(),
    }


def ids(store: HistoryStore) -> set[str]:
    return {record.id for rows in records(store).values() for record in rows}


def content(store: HistoryStore) -> dict[str, list[str]]:
    """What the seed decides: every record without its id, and a session reference as that session's start
    (the reference itself is an id). Sorted, as records at the same moment are ordered by their ids."""
    started = {session.id: session.started_at for session in store.sessions()}

    def without_id(record: Any) -> str:
        fields = dataclasses.asdict(record)
        del fields["id"]
        if fields.get("session_id") is not None:
            fields["session_id"] = started[fields["session_id"]]
        return repr(fields)

    return {kind: sorted(map(without_id, rows)) for kind, rows in records(store).items()}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_demo_is_plausible_and_marked(store: HistoryStore) -> None:
    made = fill_demo(store, 26, today=TODAY)
    sessions = store.sessions()
    assert made.sessions == len(sessions) == store.session_count()
    assert made.sets == len(store.sets_between())
    assert made.hurt_events == len(store.hurt_events())
    assert made.plan_changes == len(store.plan_changes()) > 0
    assert made.activities == len(store.activities()) > 0
    assert {a.kind for a in store.activities()} <= {"walking", "cycling"}
    assert all(s.is_demo and s.note == "demo" for s in sessions)
    assert all(x.is_demo for x in (*store.hurt_events(), *store.plan_changes(), *store.activities()))
    assert not store.has_real_history()
    assert {s.status for s in sessions} <= {"completed", "interrupted", "stopped"}
    assert made.interrupted == sum(s.status == "interrupted" for s in sessions) > 0
    assert {s.exercise for s in store.sets_between()} == {
        "knee_rocking",
        "seated_micro_moves",
        "glute_bridge",
        "bird_dog",
    }
    # nothing in the future, the last week is yesterday's, Amsterdam offsets (CET and CEST)
    assert made.last_date is not None and made.last_date < TODAY
    assert max(s.started_at.date() for s in sessions) < TODAY
    assert {s.started_at.utcoffset() for s in sessions} == {timedelta(hours=1), timedelta(hours=2)}

    weeks = load_weekly_stats(store)
    assert len(weeks) == 26
    assert weeks[-1].first_date == date(2026, 11, 23)
    assert all(2 <= w.sessions <= 5 for w in weeks[:-1])  # the last week runs only to yesterday
    assert all(w.pain_before_min is not None and w.pain_before_min >= 0 for w in weeks)
    assert all(w.pain_before_max is not None and w.pain_before_max <= 10 for w in weeks)
    summary = summarize(weeks, TODAY, target=(3, 4))
    assert summary.baseline is not None and summary.current is not None
    assert summary.baseline > summary.current  # pain slowly falls


def test_same_seed_same_content_but_no_id_in_common(paths: Paths, library: Library) -> None:
    """The seed decides the content; the ids are fresh uuid4s, like a real user's, so that two demo folders
    merge by import instead of colliding (``tests/test_demo_merge.py``)."""
    folder = paths.data_dir.parent
    with HistoryStore.open(paths) as a, HistoryStore.open(Paths(folder / "b")) as b:
        made = fill_demo(a, 60, today=TODAY, seed=3, library=library)
        assert fill_demo(b, 60, today=TODAY, seed=3, library=library) == made
        assert content(a) == content(b)
        # every kind the demo writes is compared (it writes no pain entries)
        assert {kind for kind, rows in content(a).items() if not rows} == {"pain_entries"}
        assert made.hurt_events > 0
        a_ids, b_ids = ids(a), ids(b)
        assert len(a_ids) == len(b_ids) == sum(map(len, records(a).values()))  # no repeat within one either
        assert not a_ids & b_ids
        assert {uuid.UUID(i).version for i in a_ids | b_ids} == {4}
        with HistoryStore.open(Paths(folder / "c")) as c:
            fill_demo(c, 60, today=TODAY, seed=4, library=library)  # another seed, another history
            assert [s.pain_before for s in c.sessions()] != [s.pain_before for s in a.sessions()]


@pytest.mark.parametrize("real", ["session", "pain_entry"])
def test_demo_refuses_real_history_and_changes_nothing(paths: Paths, real: str) -> None:
    with HistoryStore.open(paths) as store:
        if real == "session":
            fill(store, sessions=2, sets=2)
        else:
            store.add_pain_entry(PainEntry(at=at(3), pain=4))
        before = snapshot(store)
        marker = store.last_change_marker()
        with pytest.raises(DemoRefused, match="real history"):
            fill_demo(store, 4, today=TODAY)
        assert snapshot(store) == before
        assert store.last_change_marker() == marker


def test_demo_weeks_are_checked(store: HistoryStore) -> None:
    for weeks in (0, -1, 5201):
        with pytest.raises(ValueError, match="weeks"):
            fill_demo(store, weeks, today=TODAY)
    assert store.session_count() == 0


def test_one_week_on_a_monday_uses_last_week(store: HistoryStore) -> None:
    made = fill_demo(store, 1, today=date(2026, 11, 23))
    assert made.first_date is not None and made.first_date >= date(2026, 11, 16)
    assert made.last_date is not None and made.last_date <= date(2026, 11, 22)
    assert 2 <= made.sessions <= 5


def test_ten_years_in_one_batch(store: HistoryStore) -> None:
    made = fill_demo(store, 520, today=TODAY)
    assert made.first_date is not None and made.first_date >= date(2016, 12, 1)
    assert 520 * 2 <= made.sessions <= 520 * 5
    assert isinstance(store.sessions()[0].started_at, datetime)


def test_demo_database_file_untouched_when_refused(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        fill(store, sessions=1, sets=1)
    digest = sha256(paths.database)
    with HistoryStore.open(paths) as store, pytest.raises(DemoRefused):
        fill_demo(store, 2, today=TODAY)
    assert sha256(paths.database) == digest


def test_demo_program_follows_the_apps_model(store: HistoryStore, library: Library) -> None:
    """A "start" version of the floor start plan on the first day, then per change the coach's accepted
    answer, a program version with the new dose and a plan change with the codes the UI translates."""
    weeks = 60
    made = fill_demo(store, weeks, today=TODAY, library=library)
    programs, answers, changes = store.programs(), store.coach_answers(), store.plan_changes()
    assert made.programs == len(programs) == len(changes) + 1
    assert made.coach_answers == len(answers) == len(changes) == made.plan_changes > 0
    assert all(x.is_demo for x in (*programs, *answers))
    assert not store.has_real_history()

    first = programs[0]
    floor = start_program(library.plan, "floor", library.exercises)
    assert first.reason == "start"
    assert first.at.date() == monday_of(TODAY - timedelta(days=1)) - timedelta(weeks=weeks - 1)
    assert first.at < store.sessions()[-1].started_at
    assert load_program(first.program.encode(), "start", library.exercises) == floor
    assert first.program == program_to_toml(floor, library.exercises, comment="demo")
    assert store.plan_start() == first.at.date()

    assert {c.change for c in changes} == {"reps"}
    assert {c.reason for c in changes} == {"progression", "after_pain"}
    parsed = [load_program(p.program.encode(), p.id, library.exercises) for p in programs]  # all valid
    for change, answer, version, before, after in zip(
        changes, answers, programs[1:], parsed[:-1], parsed[1:], strict=True
    ):
        assert version.at == change.at == answer.at and version.reason == change.reason == answer.kind
        assert answer.answer == "accepted"
        assert (answer.exercise, answer.change, answer.from_value, answer.to_value) == (
            change.exercise,
            change.change,
            change.from_value,
            change.to_value,
        )
        old, new = before.dose_for(change.exercise), after.dose_for(change.exercise)
        assert old is not None and new is not None
        assert (str(old.reps), str(new.reps)) == (change.from_value, change.to_value)
        assert (new.reps > old.reps) == (change.reason == "progression")
        assert after.with_dose(old) == before  # exactly one dose changed


def test_demo_sets_are_the_doses_of_the_program_in_use(store: HistoryStore, library: Library) -> None:
    fill_demo(store, 60, today=TODAY, library=library)
    versions = [(p.at, load_program(p.program.encode(), p.id, library.exercises)) for p in store.programs()]
    for session in store.sessions():
        program = [program for at, program in versions if at <= session.started_at][-1]
        for record in store.sets_for(session.id):
            dose = program.dose_for(record.exercise)
            assert dose is not None and record.set_number <= dose.sets
            assert record.reps == dose.reps
            assert record.seconds == (None if dose.seconds is None else float(dose.seconds))


@pytest.mark.parametrize("seed", [1, 3, 7, 11])
def test_the_demo_steps_up_only_after_a_good_week(tmp_path, library: Library, seed: int) -> None:
    """A physiotherapist previewing the report must not see "this hurts" on Saturday and "8 → 10 reps, after a
    good week" on Monday: the coach's "went well" (program.coach.weekly_suggestion) holds for every step up."""
    with HistoryStore.open(Paths(tmp_path / "data")) as store:
        fill_demo(store, 60, today=TODAY, seed=seed, library=library)
        sessions, hurts = store.sessions(), store.hurt_events()
        ups = [c for c in store.plan_changes() if c.reason == "progression"]
    assert ups, "no step up in 60 weeks: the test would prove nothing"
    for change in ups:
        last_monday = monday_of(change.at.date()) - timedelta(days=7)
        week = [s for s in sessions if last_monday <= s.started_at.date() < last_monday + timedelta(days=7)]
        assert len({s.started_at.date() for s in week}) >= library.plan.days_per_week.low, change
        assert not [s for s in week if s.rating == "too_hard"], change
        assert not [h for h in hurts if last_monday <= h.at.date() < last_monday + timedelta(days=7)], change
