"""The demo history: plausible, marked as demo, deterministic, and never mixed into a real history."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from rugtimer.history import HistoryStore, PainEntry
from rugtimer.history.demo import DemoRefused, fill_demo
from rugtimer.history.trends import load_weekly_stats, summarize
from rugtimer.paths import Paths
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
    )


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
    summary = summarize(weeks, TODAY)
    assert summary.baseline is not None and summary.current is not None
    assert summary.baseline > summary.current  # pain slowly falls


def test_demo_is_deterministic(paths: Paths) -> None:
    folder = paths.data_dir.parent
    with HistoryStore.open(paths) as a, HistoryStore.open(Paths(folder / "b")) as b:
        assert fill_demo(a, 10, today=TODAY, seed=3) == fill_demo(b, 10, today=TODAY, seed=3)
        assert snapshot(a) == snapshot(b)
        again = fill_demo(a, 10, today=TODAY, seed=3)  # the same ids and content: nothing new
        assert (again.sessions, again.sets, again.activities) == (0, 0, 0)
        assert snapshot(a) == snapshot(b)
        with HistoryStore.open(Paths(folder / "c")) as c:
            fill_demo(c, 10, today=TODAY, seed=4)
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
