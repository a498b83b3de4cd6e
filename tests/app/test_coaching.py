"""The coach with a real history file: decisions stored in one transaction, read back as the program in use,
and ``rugtimer plan`` printing it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from rugtimer.app import coaching
from rugtimer.cli import main
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import HurtEvent, ProgramRecord, SessionRecord
from rugtimer.paths import Paths
from rugtimer.program.change_words import describe_change
from rugtimer.program.coach import after_pain_step_back, hurt_step_backs, weekly_suggestion
from rugtimer.program.library import Library, load_library
from rugtimer.program.plan import Dose
from rugtimer.program.program import start_program
from tests.history.history_helpers import one_set, sha256

TZ = timezone(timedelta(hours=1))
MONDAY = date(2026, 11, 2)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture
def store(paths: Paths):
    with HistoryStore.open(paths) as opened:
        yield opened


def at(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


def test_before_a_choice_the_floor_start_plan_is_in_use(store: HistoryStore, library: Library) -> None:
    current = coaching.current_program(store, library)
    assert not current.stored and current.problem == ""
    assert current.program == start_program(library.plan, "floor", library.exercises)


def test_the_chosen_set_is_stored_and_starts_plan_week_one(store: HistoryStore, library: Library) -> None:
    program = coaching.choose_start(store, library, "both", at(MONDAY))
    current = coaching.current_program(store, library)
    assert current.stored and current.program == program and len(program.doses) == 8
    assert store.plan_start() == MONDAY
    assert coaching.coach_facts(store, library, program, MONDAY + timedelta(days=9)).plan_week == 2


def test_an_accepted_suggestion_stores_answer_program_and_plan_change_together(
    store: HistoryStore, library: Library
) -> None:
    program = coaching.choose_start(store, library, "floor", at(MONDAY))
    for offset in (0, 2, 4):
        day = MONDAY + timedelta(days=offset)
        done = SessionRecord(started_at=at(day), ended_at=at(day, 19), status="completed", plan_week=1)
        store.add_session(done)
        store.record_set(one_set(done.id, at(day)))
    today = MONDAY + timedelta(days=7)
    facts = coaching.coach_facts(store, library, program, today)
    outcome = weekly_suggestion(facts, library.exercises, library.plan.days_per_week)
    assert outcome.suggestion is not None
    new = coaching.answer(store, library, program, outcome.suggestion, accepted=True, now=at(today, 9))
    assert coaching.current_program(store, library).program == new
    [change] = store.plan_changes()
    assert (change.exercise, change.change, change.from_value, change.to_value, change.reason) == (
        "knee_rocking",
        "seconds",
        "60",
        "90",
        "progression",
    )
    assert describe_change(change, library.exercises, "nl") == "Kniewiegen in ruglig: seconden 60 → 90"
    [answer] = store.coach_answers()
    assert answer.answer == "accepted"
    # Answered this week: no second suggestion until next Monday.
    facts = coaching.coach_facts(store, library, new, today)
    assert (
        weekly_suggestion(facts, library.exercises, library.plan.days_per_week).reason == "already_answered"
    )


def test_a_declined_suggestion_changes_nothing_but_is_remembered(
    store: HistoryStore, library: Library
) -> None:
    program = coaching.choose_start(store, library, "floor", at(MONDAY))
    [suggestion] = hurt_step_backs(program, ["bird_dog"], library.exercises)
    kept = coaching.answer(store, library, program, suggestion, accepted=False, now=at(MONDAY, 20))
    assert kept == program == coaching.current_program(store, library).program
    assert [a.answer for a in store.coach_answers()] == ["declined"]
    assert store.plan_changes() == []


def test_after_pain_undoes_the_accepted_step(store: HistoryStore, library: Library) -> None:
    program = coaching.choose_start(store, library, "floor", at(MONDAY))
    raised = program.with_dose(Dose("glute_bridge", 2, reps=12))
    coaching.save_program(
        store, library, program, raised, reason="progression", now=at(MONDAY + timedelta(days=7))
    )
    today = MONDAY + timedelta(days=9)
    step = after_pain_step_back(coaching.coach_facts(store, library, raised, today), library.exercises)
    assert step is not None and step.after == Dose("glute_bridge", 2, reps=10)


def test_saving_an_unchanged_program_stores_nothing(store: HistoryStore, library: Library) -> None:
    program = coaching.choose_start(store, library, "floor", at(MONDAY))
    assert not coaching.save_program(
        store, library, program, program, reason="my_program", now=at(MONDAY, 20)
    )
    assert len(store.programs()) == 1


def test_an_unreadable_stored_program_falls_back_to_the_start_plan_and_says_why(
    store: HistoryStore, library: Library
) -> None:
    store.save_program(
        ProgramRecord(at=at(MONDAY), program='format = "rugtimer-program"\nversion = 1\n', reason="imported")
    )
    current = coaching.current_program(store, library)
    assert not current.stored and "exercise" in current.problem


def test_hurt_exercises_lists_each_exercise_once_in_order(store: HistoryStore) -> None:
    session = store.begin_session(at(MONDAY), 1)
    for minute, exercise in enumerate(("glute_bridge", "bird_dog", "glute_bridge")):
        when = at(MONDAY) + timedelta(minutes=minute)
        store.record_hurt(HurtEvent(at=when, exercise=exercise, session_id=session.id))
    assert coaching.hurt_exercises(store, session.id) == ["glute_bridge", "bird_dog"]


# --- rugtimer plan ------------------------------------------------------------------------------------


def test_plan_prints_the_stored_program_with_week_dose_and_variant(
    paths: Paths, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    with HistoryStore.open(paths) as store:
        program = coaching.choose_start(store, library, "both", at(MONDAY))
        lighter = program.with_dose(Dose("glute_bridge", 2, reps=10, variant="smaller_lift"))
        coaching.save_program(store, library, program, lighter, reason="this_hurts", now=at(MONDAY, 20))
    assert main(["--data-dir", str(paths.data_dir), "plan", "--language", "en", "--today", "2026-11-18"]) == 0
    out = capsys.readouterr().out
    assert "Week 3 of your plan (began on 2026-11-02)" in out
    assert "Without a ball (mat and chair)" in out and "With the ball" in out
    assert "Glute bridge" in out and "2 × 10, tempo 2-2-2 · variant: Small bridge" in out
    assert "Plank-light on the ball" in out and "2 × 20 s" in out


def test_plan_without_a_history_shows_the_start_plan_and_creates_nothing(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(paths.data_dir), "plan", "--language", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Nog niet gekozen" in out and "Bruggetje" in out
    assert not paths.database.exists()


def test_plan_refuses_a_foreign_file_with_one_line_and_leaves_it(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.ensure()
    paths.database.write_bytes(b"not a database at all" * 100)
    digest = sha256(paths.database)
    assert main(["--data-dir", str(paths.data_dir), "plan"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rugtimer: ") and err.count("\n") == 1 and "Traceback" not in err
    assert sha256(paths.database) == digest


def test_an_imported_program_replaces_a_fresh_start_plan_but_not_a_program_of_ones_own(
    paths: Paths, tmp_path, library: Library
) -> None:
    """A new laptop: the start plan was chosen there, then the old history was imported."""
    with HistoryStore.open(Paths(tmp_path / "old")) as old_store:
        program = coaching.choose_start(old_store, library, "floor", at(MONDAY))
        grown = program.with_dose(Dose("glute_bridge", 3, reps=12))
        coaching.save_program(
            old_store, library, program, grown, reason="progression", now=at(MONDAY + timedelta(days=14))
        )
        old_versions = old_store.programs()
    with HistoryStore.open(paths) as store:
        coaching.choose_start(store, library, "ball", at(MONDAY + timedelta(days=30)))
        before = {v.id for v in store.programs()}
        for version in old_versions:
            store.add_program(version)
        assert coaching.adopt_imported_program(store, library, before, at(MONDAY + timedelta(days=30), 20))
        assert coaching.current_program(store, library).program == grown
        assert store.current_program().reason == "imported"
        # Importing again (nothing new) or into a history with its own changes keeps the program in use.
        before = {v.id for v in store.programs()}
        assert not coaching.adopt_imported_program(store, library, before, at(MONDAY + timedelta(days=31)))


@pytest.mark.parametrize(
    "bad_text",
    [
        "a = " + "[" * 2_000 + "]" * 2_000,  # a hostile import: deeper than Python's recursion limit
        'format = "rugtimer-program"\nversion = 1\n[[exercise]]\nid = "no_such_exercise"\nsets = 1\nreps = 1\n',
    ],
    ids=["nested-2000", "unknown-exercise"],
)
def test_an_unreadable_newest_program_gives_way_to_the_version_before_it(
    store: HistoryStore, library: Library, paths: Paths, capsys: pytest.CaptureFixture[str], bad_text: str
) -> None:
    chosen = coaching.choose_start(store, library, "ball", at(MONDAY))
    store.add_program(ProgramRecord(at=at(MONDAY + timedelta(days=1)), program=bad_text, reason="imported"))
    current = coaching.current_program(store, library)
    assert current.stored and current.program == chosen and current.problem
    store.close()
    assert main(["--data-dir", str(paths.data_dir), "plan", "--today", "2026-11-04", "--language", "en"]) == 0
    out, err = capsys.readouterr()
    assert "Ball" in out or "ball" in out
    assert "could not be read" in err and "Traceback" not in err


def test_the_next_day_answer_is_stored_and_only_worse_over_24h_asks_a_step_back(
    store: HistoryStore, library: Library
) -> None:
    coaching.choose_start(store, library, "floor", at(MONDAY))
    session = store.begin_session(at(MONDAY, 18), plan_week=1)
    store.finish_session(session.id, at(MONDAY, 19), "completed")
    program = coaching.current_program(store, library).program
    now = at(MONDAY + timedelta(days=1), 19)
    settled = coaching.answer_next_day(
        store, library, program, session, response="stiff_gone_within_day", pain=3, now=now
    )
    assert settled is None and [e.response for e in store.pain_entries()] == ["stiff_gone_within_day"]
    worse = coaching.answer_next_day(
        store, library, program, session, response="worse_over_24h", pain=6, now=now
    )
    assert len(store.pain_entries()) == 2
    # No build-up to undo yet: one step lighter for the last exercise of the program that can go down.
    assert worse is not None and worse.kind == "after_pain" and worse.exercise in program.exercise_ids()
    assert worse.from_value != worse.to_value
