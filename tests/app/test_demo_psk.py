"""``rugtimer demo``'s PSK: four activities chosen after the first week, scored weekly, slowly easier."""

from __future__ import annotations

from datetime import date

from rugtimer.app.demo import fill_demo
from rugtimer.history import HistoryStore
from rugtimer.history.psk_store import PskStore
from rugtimer.model import psk
from rugtimer.paths import Paths

TODAY = date(2026, 11, 25)


def test_the_demo_psk_is_plausible_and_marked(paths: Paths) -> None:
    with HistoryStore.open(paths) as store:
        counts = fill_demo(store, 12, today=TODAY, language="en")
        table = PskStore(store)
        activities, scores = table.activities(), table.scores()
        assert not store.has_real_history()
    assert [a.text for a in activities][:2] == ["Putting on socks", "Sitting through a meeting"]
    assert len(activities) == 4 and all(a.is_demo and a.ended_at is None for a in activities)
    assert counts.psk_scores == len(scores) and all(s.is_demo for s in scores)
    weeks = psk.weekly(scores)
    assert 10 <= len(weeks) <= 11  # every week after the first, up to yesterday
    assert weeks[0].week == psk.week_of(activities[0].created_at)  # chosen and first scored in week 2
    found = psk.change(weeks)
    assert found is not None and found.first >= 6 and found.last <= 5 and found.difference <= -2


def test_the_psk_leaves_every_other_demo_record_of_a_seed_as_it_was(paths: Paths, tmp_path: object) -> None:
    with HistoryStore.open(paths) as store:
        fill_demo(store, 6, today=TODAY, language="nl")
        pains = [(s.started_at, s.pain_before) for s in store.sessions()]
        assert PskStore(store).activities()[0].text == "Sokken aantrekken"
    with HistoryStore.open(Paths(paths.data_dir.parent / "other")) as store:
        fill_demo(store, 6, today=TODAY, language="en")
        assert [(s.started_at, s.pain_before) for s in store.sessions()] == pains
