"""The PSK in the exchange formats: JSON v2 (older v1 files still import), its own CSV, clear problems."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from rugtimer.history import HistoryStore
from rugtimer.history.exchange import (
    PSK_HEADER,
    SETS_HEADER,
    ImportFileError,
    dump_json,
    export_csv,
    export_json,
    import_history,
    parse_history,
)
from rugtimer.history.psk_store import PskStore
from rugtimer.model.psk import PskScore
from rugtimer.paths import Paths

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=timezone(timedelta(hours=1)))
T0 = datetime(2026, 11, 2, 19, 0, tzinfo=timezone(timedelta(hours=1)))
W1, W2 = date(2026, 11, 2), date(2026, 11, 9)


def with_psk(store: HistoryStore) -> list[str]:
    table = PskStore(store)
    acts = table.choose(["=Sokken aantrekken", "Vergadering uitzitten", "Kind optillen"], T0)
    table.record_week(
        [PskScore(activity_id=a.id, week=W1, score=v, at=T0) for a, v in zip(acts, (8, 6, None), strict=True)]
    )
    later = T0 + timedelta(days=7)
    table.record_week(
        [PskScore(activity_id=a.id, week=W2, score=v, at=later) for a, v in zip(acts, (7, 5, 4), strict=True)]
    )
    table.choose(["=Sokken aantrekken", "Vergadering uitzitten", "Tuinieren"], later + timedelta(hours=1))
    return [a.id for a in acts]


def test_the_psk_moves_to_another_laptop_and_twice_adds_nothing(paths: Paths, tmp_path: Any) -> None:
    with HistoryStore.open(paths) as source:
        with_psk(source)
        raw = dump_json(export_json(source, None, None, NOW))
        expected = (PskStore(source).activities(), PskStore(source).scores())
    with HistoryStore.open(Paths(tmp_path / "other")) as target:
        counts = import_history(target, parse_history(raw, "x.json", NOW))
        assert (counts.new["psk_activities"], counts.new["psk_scores"]) == (4, 6)
        assert (PskStore(target).activities(), PskStore(target).scores()) == expected
        again = import_history(target, parse_history(raw, "x.json", NOW))
        assert again.total_new == 0 and again.skipped["psk_scores"] == 6
        assert "4 PSK activities, 6 PSK scores" in counts.summary()


def test_a_period_export_keeps_the_activities_its_scores_point_at(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        ids = with_psk(store)
        data = export_json(store, W2, W2 + timedelta(days=6), NOW)
    assert [s["week"] for s in data["psk_scores"]] == ["2026-11-09"] * 3
    assert {a["id"] for a in data["psk_activities"]} >= set(ids)
    parse_history(dump_json(data), "period.json", NOW)  # self-contained: it imports


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["psk_scores"][0].update(score=11), "psk_scores[0].score: 11 is outside 0–10"),
        (lambda d: d["psk_scores"][0].update(week="2026-11-03"), "psk_scores[0].week: week must be a Monday"),
        (
            lambda d: d["psk_scores"][0].update(activity_id="00000000-0000-4000-8000-000000000999"),
            "psk_scores[0].activity_id: 00000000-0000-4000-8000-000000000999 is not a PSK activity in this file",
        ),
        (lambda d: d["psk_activities"][0].update(position=6), "psk_activities[0].position: 6 is outside 1–5"),
        (lambda d: d["psk_activities"][0].update(text=" "), "psk_activities[0].text: must not be empty"),
        (
            lambda d: d["psk_activities"][0].update(text="x" * 121),
            "psk_activities[0].text: is 121 characters long; at most 120 are allowed",
        ),
    ],
)
def test_each_psk_problem_names_where_and_what(paths: Paths, change: Any, expected: str) -> None:
    with HistoryStore.open(paths) as store:
        with_psk(store)
        data = export_json(store, None, None, NOW)
    change(data)
    with pytest.raises(ImportFileError) as caught:
        parse_history(json.dumps(data).encode(), "x.json", NOW)
    assert expected in str(caught.value)


def test_a_version_1_file_without_psk_still_imports(paths: Paths) -> None:
    data = {"format": "rugtimer-history", "version": 1, "exported_at": "2026-11-25T19:00:00+01:00",
            "sessions": [], "pain_entries": [], "activities": [], "plan_changes": []}  # fmt: skip
    with HistoryStore.open(paths) as store:
        counts = import_history(store, parse_history(json.dumps(data).encode(), "old.json", NOW))
        assert counts.total_new == 0 and PskStore(store).activities() == []


def test_a_version_3_file_is_refused_as_newer(paths: Paths) -> None:
    data = {"format": "rugtimer-history", "version": 3, "sessions": []}
    with pytest.raises(ImportFileError, match="made by a newer RugTimer"):
        parse_history(json.dumps(data).encode(), "new.json", NOW)


def test_the_psk_csv_is_its_own_file_and_the_set_csv_is_unchanged(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        sets_before = export_csv(store, None, None, "sets", ";")
        with_psk(store)
        assert export_csv(store, None, None, "sets", ";") == sets_before
        text = export_csv(store, None, None, "psk", ";")
    assert sets_before.lstrip("\ufeff").startswith(";".join(SETS_HEADER))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert tuple(rows[0]) == PSK_HEADER
    assert [(r[0], r[2], r[3], r[4]) for r in rows[1:]] == [
        ("2026-W45", "1", "'=Sokken aantrekken", "8"),  # a formula is defused
        ("2026-W45", "2", "Vergadering uitzitten", "6"),
        ("2026-W45", "3", "Kind optillen", ""),  # skipped
        ("2026-W46", "1", "'=Sokken aantrekken", "7"),
        ("2026-W46", "2", "Vergadering uitzitten", "5"),
        ("2026-W46", "3", "Kind optillen", "4"),
    ]
    assert rows[-1][6] == "2026-11-09"  # "Kind optillen" was ended when "Tuinieren" took its place
    assert all(r[7] == "no" for r in rows[1:])


def test_instants_keep_their_offset(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        PskStore(store).choose(["a", "b", "c"], datetime(2026, 11, 2, 18, 0, tzinfo=UTC))
        data = export_json(store, None, None, NOW)
    assert data["psk_activities"][0]["created_at"] == "2026-11-02T18:00:00.000+00:00"


def test_an_activity_ended_on_one_laptop_merges_as_ended(paths: Paths, tmp_path: Any) -> None:
    """Two laptops share an activity; one changes it (ending the old one): importing merges to the ended
    one instead of refusing the file; an import that knows only the open one changes nothing."""
    with HistoryStore.open(paths) as first:
        with_psk(first)
        shared = dump_json(export_json(first, None, None, NOW))
    other = Paths(tmp_path / "other")
    with HistoryStore.open(other) as second:
        import_history(second, parse_history(shared, "x.json", NOW))
        later = T0 + timedelta(days=20)
        PskStore(second).choose(["=Sokken aantrekken", "Fietsen", "Tuinieren"], later)
        ended_there = dump_json(export_json(second, None, None, NOW))
    with HistoryStore.open(paths) as first:
        counts = import_history(first, parse_history(ended_there, "y.json", NOW))
        assert counts.new["psk_activities"] == 2  # one ended, one new
        current = [a.text for a in PskStore(first).activities(include_ended=False)]
        assert current == ["=Sokken aantrekken", "Fietsen", "Tuinieren"]
        again = import_history(first, parse_history(shared, "x.json", NOW))  # the old, open version
        assert again.total_new == 0
        assert [a.text for a in PskStore(first).activities(include_ended=False)] == current


def test_a_different_activity_under_the_same_id_is_still_a_conflict(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        with_psk(store)
        data = export_json(store, None, None, NOW)
        data["psk_activities"][0]["text"] = "Something else"
        with pytest.raises(ImportFileError, match="already holds a different PSK activity"):
            import_history(store, parse_history(json.dumps(data).encode(), "x.json", NOW))
