"""The PSK tables: choosing and changing activities (the old one keeps its history), per-row commits,
idempotent inserts, skips, week filters, and `rugtimer check` seeing a broken reference."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from rugtimer.cli import main
from rugtimer.history import HistoryStore, IdConflictError, InvalidRecordError, NotFoundError
from rugtimer.history.psk_store import PskStore
from rugtimer.model.psk import PskScore
from rugtimer.model.records import new_id
from rugtimer.paths import Paths

T0 = datetime(2026, 11, 2, 19, 0, tzinfo=UTC)
W1, W2 = date(2026, 11, 2), date(2026, 11, 9)


def test_choosing_then_changing_one_activity_keeps_the_old_one_and_its_scores(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        psk = PskStore(store)
        first = psk.choose(["Sokken aantrekken", "Vergadering uitzitten", "Kind optillen"], T0)
        psk.add_score(PskScore(activity_id=first[2].id, week=W1, score=8, at=T0))
        later = T0 + timedelta(days=8)
        second = psk.choose(["Sokken aantrekken", "Vergadering uitzitten", "Tuinieren"], later)

        assert [a.id for a in second[:2]] == [a.id for a in first[:2]]  # unchanged ones are kept
        assert second[2].id != first[2].id and second[2].position == 3
        current = psk.activities(include_ended=False)
        assert [a.text for a in current] == ["Sokken aantrekken", "Vergadering uitzitten", "Tuinieren"]
        [ended] = [a for a in psk.activities() if a.ended_at is not None]
        assert ended.id == first[2].id and ended.ended_at == later
        assert [s.activity_id for s in psk.scores()] == [first[2].id]  # its history stays


def test_fewer_activities_end_the_ones_left_over(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        psk = PskStore(store)
        psk.choose(["a", "b", "c", "d"], T0)
        psk.choose(["a", "b", "c"], T0 + timedelta(hours=1))
        assert [a.text for a in psk.activities(include_ended=False)] == ["a", "b", "c"]
        assert len(psk.activities()) == 4


@pytest.mark.parametrize(
    "texts", [["a", "b"], ["a", "b", "c", "d", "e", "f"], ["a", "a", "b"], ["a", "", "b"]]
)
def test_a_bad_selection_is_refused_and_nothing_is_stored(paths: Paths, texts: list[str]) -> None:
    with HistoryStore.open(paths) as store:
        psk = PskStore(store)
        with pytest.raises(InvalidRecordError):
            psk.choose(texts, T0)
        assert psk.activities() == []


def test_each_score_is_committed_at_once_and_reads_back_from_another_connection(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        psk = PskStore(store)
        [a, b, c] = psk.choose(["a", "b", "c"], T0)
        score = PskScore(activity_id=a.id, week=W1, score=4, at=T0)
        assert psk.add_score(score) is True
        assert psk.add_score(score) is False  # the same record again: a no-op
        conn = sqlite3.connect(paths.database)
        assert conn.execute("SELECT score FROM psk_scores").fetchall() == [(4,)]
        conn.close()
        psk.record_week(
            [
                PskScore(activity_id=b.id, week=W2, score=None, at=T0 + timedelta(days=7)),
                PskScore(activity_id=c.id, week=W2, score=10, at=T0 + timedelta(days=7)),
            ]
        )
        assert [(s.week, s.score) for s in psk.scores(start=W2)] == [(W2, None), (W2, 10)]
        assert [s.score for s in psk.scores(end=W1 + timedelta(days=6))] == [4]
        with pytest.raises(IdConflictError):
            psk.add_score(PskScore(activity_id=a.id, week=W1, score=5, at=T0, id=score.id))


def test_a_score_for_an_unknown_activity_is_refused(paths: Paths) -> None:
    with HistoryStore.open(paths) as store, pytest.raises(NotFoundError):
        PskStore(store).add_score(PskScore(activity_id=new_id(), week=W1, score=3, at=T0))


def test_psk_rows_change_the_backup_token_and_count_as_real_history(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        before = store.last_change_marker()
        PskStore(store).choose(["a", "b", "c"], T0)
        assert store.last_change_marker() != before
        assert store.has_real_history()


def test_check_reports_a_psk_score_without_its_activity(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with HistoryStore.open(paths) as store:
        [a, *_] = PskStore(store).choose(["a", "b", "c"], T0)
        PskStore(store).add_score(PskScore(activity_id=a.id, week=W1, score=3, at=T0))
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM psk_activities WHERE id = ?", (a.id,))
    conn.commit()
    conn.close()
    assert main(["--data-dir", str(paths.data_dir), "check"]) == 1
    assert "psk_scores row 1 refers to a psk_activities record that does not exist" in capsys.readouterr().out
