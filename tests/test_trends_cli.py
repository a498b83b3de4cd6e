"""``rugtimer trends`` and ``rugtimer demo`` through the real command line: same numbers as weekly_stats,
exit codes, one-line errors, nothing changed when refused."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rugtimer.app.demo import fill_demo
from rugtimer.cli import main
from rugtimer.commands.trends import NOTHING_YET
from rugtimer.history import HistoryStore, InstanceLock, SessionRecord
from rugtimer.history.psk_store import PskStore
from rugtimer.history.trends import WeekStats, load_weekly_psk, load_weekly_stats
from rugtimer.model.psk import PskScore, PskWeek
from rugtimer.paths import Paths
from tests.history.history_helpers import fill, one_set, sha256

TODAY = date(2026, 11, 25)  # Wednesday of 2026-W48
AMS = ZoneInfo("Europe/Amsterdam")


def cli(paths: Paths, *argv: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *argv])


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith("rugtimer: ")
    assert "Traceback" not in captured.err
    return captured.err


def expected(week: WeekStats, decimals: int, gap: str, psk: dict[date, PskWeek] | None = None) -> list[str]:
    def num(value: float | None) -> str:
        return gap if value is None else f"{value:.{decimals}f}"

    psk_week = (psk or {}).get(week.first_date)
    scored = gap if psk_week is None else str(sum(v is not None for v in psk_week.scores.values()))

    return [
        week.label,
        week.first_date.isoformat(),
        str(week.exercise_days),
        str(week.sessions),
        num(week.pain_before_mean),
        gap if week.pain_before_min is None else str(week.pain_before_min),
        gap if week.pain_before_max is None else str(week.pain_before_max),
        num(week.pain_after_mean),
        num(None if psk_week is None else psk_week.mean),
        scored,
    ]


def psk_of(paths: Paths) -> dict[date, PskWeek]:
    with HistoryStore.open(paths) as store:
        return load_weekly_psk(store)


@pytest.fixture
def demo(paths: Paths) -> Paths:
    with HistoryStore.open(paths) as store:
        fill_demo(store, 30, today=TODAY)
    return paths


def weeks_of(paths: Paths, start: date | None) -> list[WeekStats]:
    with HistoryStore.open(paths) as store:
        return load_weekly_stats(store, start=start, end=TODAY)


# --- trends ---------------------------------------------------------------------------------------------


def test_table_prints_the_weekly_stats(demo: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(demo, "trends", "--today", TODAY.isoformat()) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "week",
        "first",
        "date",
        "days",
        "sessions",
        "before",
        "mean",
        "min",
        "max",
        "after",
        "mean",
        "psk",
        "scored",
    ]
    weeks = weeks_of(demo, date(2026, 9, 7))
    assert len(weeks) == 12 and weeks[-1].label == "2026-W48"
    assert [line.split() for line in lines[1:]] == [expected(w, 1, "-", psk_of(demo)) for w in weeks]
    assert len({len(line) for line in lines}) == 1  # aligned columns


def test_csv_prints_the_weekly_stats(demo: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(demo, "trends", "--format", "csv", "--weeks", "0", "--today", TODAY.isoformat()) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == [
        "week",
        "first_date",
        "exercise_days",
        "sessions",
        "pain_before_mean",
        "pain_before_min",
        "pain_before_max",
        "pain_after_mean",
        "psk_mean",
        "psk_scored",
    ]
    weeks = weeks_of(demo, None)
    assert len(weeks) == 30
    psk = psk_of(demo)
    assert rows[1:] == [expected(w, 2, "", psk) for w in weeks]
    assert sum(bool(r[8]) for r in rows[1:]) >= 25  # the demo scores nearly every week after the first


def test_gaps_and_recent_empty_weeks_are_shown_empty(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with HistoryStore.open(paths) as store:
        for day, pain in ((date(2026, 11, 2), 6), (date(2026, 11, 4), 3)):
            started = datetime.combine(day, time(23, 30), tzinfo=AMS)
            record = SessionRecord(
                started_at=started,
                ended_at=started + timedelta(minutes=20),
                status="completed",
                plan_week=1,
                pain_before=pain,
                pain_after=pain - 1,
            )
            store.add_session(record)
            store.record_set(one_set(record.id, started + timedelta(minutes=10)))  # after midnight
    assert cli(paths, "trends", "--weeks", "4", "--format", "csv", "--today", TODAY.isoformat()) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "2026-W45,2026-11-02,2,2,4.50,3,6,3.50,,",
        "2026-W46,2026-11-09,0,0,,,,,,",
        "2026-W47,2026-11-16,0,0,,,,,,",
        "2026-W48,2026-11-23,0,0,,,,,,",
    ]


def test_the_psk_columns_hold_the_weeks_mean_and_how_many_were_scored(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with HistoryStore.open(paths) as store:
        fill(store, sessions=2, sets=1)
        table = PskStore(store)
        at = datetime(2026, 11, 16, 19, 0, tzinfo=AMS)
        acts = table.choose(["Sokken", "Vergadering", "Tillen"], at)
        values = (7, None, 4)  # one skipped: the mean is of the two scored
        table.record_week(
            [
                PskScore(activity_id=a.id, week=date(2026, 11, 16), score=v, at=at)
                for a, v in zip(acts, values, strict=True)
            ]
        )
    assert cli(paths, "trends", "--weeks", "2", "--format", "csv", "--today", TODAY.isoformat()) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "2026-W47,2026-11-16,0,0,,,,,5.50,2",
        "2026-W48,2026-11-23,0,0,,,,,,",
    ]


def test_empty_history_is_nothing_yet(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(paths, "trends") == 0
    assert capsys.readouterr().out == NOTHING_YET + "\n"
    assert not paths.database.exists()  # a read-only command creates nothing
    HistoryStore.open(paths).close()
    assert cli(paths, "trends", "--format", "csv") == 0
    assert capsys.readouterr().out == NOTHING_YET + "\n"


def test_unreadable_database_is_one_line_exit_1(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all, just some text " * 200)
    digest = sha256(paths.database)
    assert cli(paths, "trends") == 1
    assert str(paths.database) in one_line_error(capsys)
    assert sha256(paths.database) == digest  # reported, never moved aside by a read-only command


def test_damaged_database_is_reported_and_left_alone(demo: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(demo.database.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    demo.database.write_bytes(bytes(data))
    digest = sha256(demo.database)
    assert cli(demo, "trends") == 1
    assert "damaged" in one_line_error(capsys)
    assert sha256(demo.database) == digest
    assert not list(demo.data_dir.glob("*corrupt*"))


@pytest.mark.parametrize(
    "argv",
    [
        ("trends", "--weeks", "-1"),
        ("trends", "--weeks", "x"),
        ("trends", "--format", "xml"),
        ("trends", "--today", "2026-13-01"),
    ],
)
def test_trends_bad_usage_is_exit_2(paths: Paths, argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli(paths, *argv)
    assert exit_info.value.code == 2


# --- demo -----------------------------------------------------------------------------------------------


def test_demo_fills_then_refuses_a_second_time(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(paths, "demo", "--weeks", "8", "--today", TODAY.isoformat()) == 0
    out = capsys.readouterr().out
    with HistoryStore.open(paths) as store:
        count = store.session_count()
        assert not store.has_real_history()
    assert out.startswith("made a demo history") and f"{count} sessions" in out
    digest = sha256(paths.database)
    assert cli(paths, "demo", "--weeks", "8") == 1
    assert "already holds a demo history" in one_line_error(capsys)
    assert sha256(paths.database) == digest
    assert cli(paths, "trends", "--weeks", "0", "--format", "csv", "--today", TODAY.isoformat()) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]
    assert len(rows) == 8 and sum(int(r[2]) for r in rows) == count


def test_demo_refuses_real_history(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    with HistoryStore.open(paths) as store:
        fill(store, sessions=2, sets=1)
    digest = sha256(paths.database)
    assert cli(paths, "demo", "--weeks", "4") == 1
    assert "real history" in one_line_error(capsys)
    assert sha256(paths.database) == digest
    with HistoryStore.open(paths) as store:
        assert store.session_count() == 2


def test_demo_refuses_while_the_app_runs(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    paths.ensure()
    with InstanceLock(paths.lock):
        assert cli(paths, "demo", "--weeks", "4") == 1
    assert "already running" in one_line_error(capsys)
    assert not paths.database.exists()


@pytest.mark.parametrize("weeks", ["0", "5201", "-3", "many"])
def test_demo_bad_weeks_is_exit_2(paths: Paths, weeks: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli(paths, "demo", "--weeks", weeks)
    assert exit_info.value.code == 2
    assert not paths.database.exists()


def test_demo_writes_the_psk_in_the_chosen_language(paths: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(paths, "demo", "--weeks", "6", "--today", TODAY.isoformat(), "--language", "en") == 0
    out = capsys.readouterr().out
    with HistoryStore.open(paths) as store:
        activities = PskStore(store).activities()
        scores = PskStore(store).scores()
    assert activities[0].text == "Putting on socks"
    assert f"{len(scores)} weekly scores of what the person wants to do again" in out
