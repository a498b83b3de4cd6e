"""``rugtimer export`` and ``rugtimer import`` through the real command line: files, modes, exit codes,
messages, and a history left exactly as it was when an import is refused."""

from __future__ import annotations

import json
import sqlite3
import stat
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from rugtimer.app.demo import fill_demo
from rugtimer.cli import main
from rugtimer.history import HistoryStore
from rugtimer.model.records import CoachAnswer, ProgramRecord
from rugtimer.paths import Paths

TODAY = date(2026, 11, 25)
CET = timezone(timedelta(hours=1))


def cli(paths: Paths, *argv: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *argv])


def dump(paths: Paths) -> list[str]:
    conn = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def demo(paths: Paths) -> Paths:
    with HistoryStore.open(paths) as store:
        fill_demo(store, 3, today=TODAY)
    return paths


def test_export_json_then_import_into_an_empty_folder(
    demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.json"
    assert cli(demo, "export", "--format", "json", "--out", str(out)) == 0
    assert "sessions as JSON to" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text("utf-8"))["format"] == "rugtimer-history"

    other = Paths(tmp_path / "other")
    assert cli(other, "import", str(out)) == 0
    printed = capsys.readouterr().out
    assert "made a backup first" in printed and "added " in printed
    assert list(other.backups.glob("*.sqlite3"))
    after_first = dump(other)

    assert cli(other, "import", str(out)) == 0
    printed = capsys.readouterr().out
    assert "added nothing new" in printed and "made a backup" not in printed
    assert dump(other) == after_first


def test_export_csv_defaults_to_dutch_excel(
    demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sets.csv"
    assert cli(demo, "export", "--format", "csv", "--out", str(out), "--from", "2026-11-16") == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfdate;time;exercise;set;")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first_dates = {line.split(";")[0] for line in raw.decode("utf-8-sig").splitlines()[1:]}
    assert first_dates and min(first_dates) >= "2026-11-16"
    assert "sets as CSV" in capsys.readouterr().out

    tab = tmp_path / "sessions.tsv"
    assert (
        cli(demo, "export", "--format", "csv", "--table", "sessions", "--delimiter", "tab", "--out", str(tab))
        == 0
    )
    header = tab.read_text("utf-8-sig").splitlines()[0]
    assert header.startswith("date\ttime\tend_time\tminutes")


def test_export_psk_csv_is_a_file_of_its_own(
    demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "psk.csv"
    assert cli(demo, "export", "--format", "csv", "--table", "psk", "--out", str(out)) == 0
    lines = out.read_text("utf-8-sig").splitlines()
    assert (
        lines[0]
        == "week;week_start;position;activity;score;entered_at;activity_ended;is_demo;activity_id;score_id"
    )
    assert len(lines) > 1 and lines[1].split(";")[3] == "Sokken aantrekken"
    assert f"{len(lines) - 1} PSK scores as CSV" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_from_after_to_is_bad_usage(demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.json"
    assert (
        cli(
            demo,
            "export",
            "--format",
            "json",
            "--out",
            str(out),
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-01",
        )
        == 2
    )
    assert "is after --to" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("bad", ["2026-02-30", "25-11-2026", "yesterday"])
def test_a_bad_date_is_bad_usage(
    demo: Paths, tmp_path: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli(demo, "export", "--format", "json", "--out", str(tmp_path / "x.json"), "--from", bad)
    assert exited.value.code == 2
    assert "not a possible date like 2026-11-25" in capsys.readouterr().err


def test_pdf_without_the_report_module(
    demo: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rugtimer.ui.report_render", None)  # import now raises ImportError
    assert cli(demo, "export", "--format", "pdf", "--out", str(tmp_path / "r.pdf")) == 1
    assert "PDF export is not available in this version" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_export_without_history(paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(paths, "export", "--format", "json", "--out", str(tmp_path / "x.json")) == 1
    assert "no history" in capsys.readouterr().err
    assert not paths.database.exists()


def test_export_into_a_missing_folder_fails_cleanly(
    demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(demo, "export", "--format", "json", "--out", str(tmp_path / "nope" / "x.json")) == 1
    assert "nothing was written" in capsys.readouterr().err


def test_import_of_a_bad_file_changes_nothing(
    demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    assert cli(demo, "export", "--format", "json", "--out", str(good)) == 0
    data = json.loads(good.read_text("utf-8"))
    data["sessions"][0]["pain_before"] = 11
    data["sessions"][2]["started_at"] = "2026-11-24T19:00:00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    capsys.readouterr()
    before = dump(demo)
    backups_before = sorted(demo.backups.iterdir())
    assert cli(demo, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert "sessions[0].pain_before: 11 is outside 0–10" in err
    assert "sessions[2].started_at:" in err and "has no UTC offset" in err
    assert "nothing was changed" in err and "Traceback" not in err
    assert dump(demo) == before
    assert sorted(demo.backups.iterdir()) == backups_before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not json at all", "is not valid JSON"),
        (b'{"format": "rugtimer-history", "version": 7, "sessions": []}', "made by a newer RugTimer"),
        (b'{"format": "rugtimer-hist', "cut off (truncated)"),
    ],
)
def test_import_messages(
    demo: Paths, tmp_path: Path, content: bytes, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    before = dump(demo)
    assert cli(demo, "import", str(path)) == 1
    assert expected in capsys.readouterr().err
    assert dump(demo) == before


def test_import_of_a_missing_file(paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(paths, "import", str(tmp_path / "nope.json")) == 1
    assert "cannot read" in capsys.readouterr().err


def test_import_refuses_a_huge_file_before_reading(
    paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no 100 MB written
    assert cli(paths, "import", str(huge)) == 1
    err = capsys.readouterr().err
    assert "too large (100 MB)" in err and "at most 50 MB" in err


def _coach(paths: Paths) -> None:
    """A real program version and the coach's answer on top of the demo, as the app stores them."""
    with HistoryStore.open(paths) as store:
        store.answer_coach(
            CoachAnswer(
                at=datetime(2026, 11, 23, 18, 58, tzinfo=CET),
                kind="progression",
                exercise="glute_bridge",
                change="reps",
                from_value="10",
                to_value="12",
                answer="accepted",
            ),
            ProgramRecord(
                at=datetime(2026, 11, 23, 18, 58, tzinfo=CET),
                program=store.programs()[0].program.replace("reps = 10", "reps = 12"),
                reason="progression",
            ),
        )


def test_the_program_and_the_coach_answers_move_with_the_history(
    demo: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coach(demo)
    out = tmp_path / "export.json"
    assert cli(demo, "export", "--format", "json", "--out", str(out)) == 0
    other = Paths(tmp_path / "other")
    assert cli(other, "import", str(out)) == 0
    assert "2 program versions, 1 coach answers" in capsys.readouterr().out
    with HistoryStore.open(demo) as source, HistoryStore.open(other) as target:
        assert target.programs() == source.programs()
        assert target.coach_answers() == source.coach_answers()
        current = target.current_program()
        assert current == source.current_program()
        assert current is not None and current.reason == "progression" and "reps = 12" in current.program


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ({"reason": "my_program"}, "programs[1].id: your history already holds a different program with id "),
        ({"reason": ""}, "programs[1].reason: must not be empty"),
        ({"program": 42}, "programs[1].program: 42 is not text"),
    ],
)
def test_a_changed_or_bad_program_is_refused_and_nothing_changes(
    demo: Paths,
    tmp_path: Path,
    edit: dict[str, object],
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _coach(demo)
    good = tmp_path / "good.json"
    assert cli(demo, "export", "--format", "json", "--out", str(good)) == 0
    data = json.loads(good.read_text("utf-8"))
    data["programs"][1].update(edit)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    capsys.readouterr()
    before = dump(demo)
    backups_before = sorted(demo.backups.iterdir())
    assert cli(demo, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert f"{bad} cannot be imported" in err and expected in err
    assert "nothing was changed" in err and "Traceback" not in err
    assert dump(demo) == before
    assert sorted(demo.backups.iterdir()) == backups_before
