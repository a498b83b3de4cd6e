"""The PDF report for the physiotherapist: a real PDF, private, with real text that says what was done."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

from rugtimer.app.demo import fill_demo
from rugtimer.app.plan_summary import plan_summary
from rugtimer.history.store import HistoryStore
from rugtimer.history.trends import load_weekly_stats
from rugtimer.program.library import load_library
from rugtimer.program.program_text import program_rows
from rugtimer.ui.report_render import write_report

TODAY = date(2026, 11, 25)


def _text(pdf: Path, *, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: apt-get install poppler-utils (./test does this as root)")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_report_of_demo_history(paths, tmp_path: Path) -> None:
    library = load_library()
    out = tmp_path / "verslag.pdf"
    with HistoryStore.open(paths) as store:
        fill_demo(store, 12, today=TODAY)
        pages = write_report(store, library, out, start=None, end=None, today=TODAY)
        weeks = load_weekly_stats(store, end=TODAY)
        plan = plan_summary(store, library, TODAY, rest_seconds=30)

    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert pages >= 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []

    text = _text(out)
    assert "RugTimer — oefenverslag" in text
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "7 september 2026 – 25 november 2026" in text  # the period
    first_page = " ".join(_text(out, page=1).split())
    for _group, _label, name, dose in program_rows(plan.program, library, "nl"):  # what `rugtimer plan` says
        assert f"{name} {dose}" in first_page
    assert "Ostelo et al. 2008" in first_page and "Alarmsignalen" in first_page
    for week in weeks:  # every week's label, session count and mean pain before (Dutch decimal comma)
        assert week.label in text
        if week.pain_before_mean is not None:
            mean = f"{week.pain_before_mean:.1f}".replace(".", ",")
            assert f"{mean} ({week.pain_before_min}–{week.pain_before_max})" in text
    assert "betekenisvolle" in text


def test_english_report(paths, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with HistoryStore.open(paths) as store:
        fill_demo(store, 4, today=TODAY)
        write_report(
            store,
            load_library(),
            out,
            start=date(2026, 11, 2),
            end=date(2026, 11, 24),
            language="en",
            today=TODAY,
        )
    text = _text(out)
    assert "RugTimer — exercise report" in text
    assert "2 November 2026 – 24 November 2026" in text
    assert "Glute bridge" in text and "page 1 of" in text


def test_empty_history_says_there_is_nothing_yet(paths, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    out.write_bytes(b"old report")
    with HistoryStore.open(paths) as store:
        pages = write_report(store, load_library(), out, start=None, end=None, today=TODAY)
    assert pages <= 2  # the program, the alarm signals and the sources, nothing else
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = _text(out)
    assert "nog geen sessies vastgelegd" in text
    assert "Bruggetje" in text  # the program is still there


def test_a_failure_halfway_leaves_the_old_file(
    paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rugtimer.ui import report_render

    out = tmp_path / "verslag.pdf"
    out.write_bytes(b"old report")

    def broken(*args: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(report_render, "_footer", broken)
    with HistoryStore.open(paths) as store, pytest.raises(RuntimeError):
        write_report(store, load_library(), out, start=None, end=None, today=TODAY)
    assert out.read_bytes() == b"old report"
    assert sorted(os.listdir(tmp_path)) == sorted(["verslag.pdf", "data"])


# --- walking / cycling


def _normalized(pdf: Path) -> str:
    """pdftotext writes ligatures ("ﬁetsen"); NFKC turns them back into plain letters."""
    import unicodedata

    return unicodedata.normalize("NFKC", _text(pdf))


def _section(text: str, title: str, week: str) -> list[str]:
    """The row of ``week`` in the table under ``title``, split into cells."""
    after = text[text.index(title) :]
    line = next(line for line in after.splitlines() if line.strip().startswith(week))
    return line.split()


def test_walking_and_cycling_per_week_against_the_target(paths, tmp_path: Path) -> None:
    from rugtimer.model.records import Activity

    out = tmp_path / "verslag.pdf"
    entries = [
        (date(2026, 11, 16), "walking", 30),
        (date(2026, 11, 17), "walking", 15),  # two short walks on one day: 25 minutes, one active day
        (date(2026, 11, 17), "cycling", 10),
        (date(2026, 11, 19), "cycling", 20),
        (date(2026, 11, 20), "other", 40),  # not walking or cycling: shown apart, not counted
        (date(2026, 11, 24), "walking", 19),  # just under 20 minutes: not an active day
    ]
    with HistoryStore.open(paths) as store:
        for day, kind, minutes in entries:
            store.add_activity(Activity(date=day, kind=kind, minutes=minutes))  # type: ignore[arg-type]
        write_report(store, load_library(), out, start=None, end=None, today=TODAY)
    text = _normalized(out)
    title = "Wandelen en fietsen per week"
    assert title in text
    assert "3× per week 20–30 minuten wandelen of fietsen" in text
    assert "Doel gehaald in 1 van 2 weken; gemiddeld 47 minuten per week." in text
    # week, from, Mon 30, Tue 25, Thu 20, total 75, 3 active days, target reached, 40 min other
    assert _section(text, title, "2026-W47") == [
        "2026-W47",
        "ma",
        "16-11-2026",
        "30",
        "25",
        "20",
        "75",
        "3",
        "✓",
        "40",
    ]
    assert _section(text, title, "2026-W48") == ["2026-W48", "ma", "23-11-2026", "19", "19", "0"]
    assert "nog geen sessies vastgelegd" in text  # no sessions: the walking table stands on its own


def test_walking_table_adds_up_in_the_english_demo_report(paths, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with HistoryStore.open(paths) as store:
        fill_demo(store, 6, today=TODAY)
        write_report(store, load_library(), out, start=None, end=None, language="en", today=TODAY)
        weeks = load_weekly_stats(store, end=TODAY)
    text = _normalized(out)
    title = "Walking and cycling per week"
    assert "Days ≥ 20 min" in text and "Target reached in" in text
    for week in weeks:
        cells = _section(text, title, week.label)
        numbers = [int(cell) for cell in cells[3:] if cell.isdigit()]
        *per_day, total, active = numbers
        assert total == sum(per_day) == week.activity_minutes
        assert active == sum(1 for minutes in per_day if minutes >= 20)
        assert ("✓" in cells) == (active >= 3)


def test_a_period_without_walking_says_so(paths, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    with HistoryStore.open(paths) as store:
        write_report(store, load_library(), out, start=None, end=None, language="en", today=TODAY)
    assert "No walking or cycling minutes were logged in this period." in _normalized(out)


def test_page_one_shows_the_psk_beside_the_pain_without_a_verdict(paths, tmp_path: Path) -> None:
    from rugtimer.app.report_content import build_report_content

    library = load_library()
    out = tmp_path / "report.pdf"
    with HistoryStore.open(paths) as store:
        fill_demo(store, 12, today=TODAY, language="en")
        content = build_report_content(store, library, start=None, end=None, language="en", today=TODAY)
        write_report(store, library, out, start=None, end=None, language="en", today=TODAY)
    assert content.psk is not None and content.psk.table is not None
    names = [row[0] for row in content.psk.table.rows]
    assert names == [
        "Putting on socks",
        "Sitting through a meeting",
        "Lifting my child",
        "Half an hour of gardening",
        "Mean",
    ]
    [sentence] = content.psk.lines
    assert "lower (lower is easier)" in sentence.text and "meaningful" not in sentence.text
    first_page = " ".join(_text(out, page=1).split())
    assert f"What you want to do again (PSK): {sentence.text}" in first_page  # in the summary, beside pain
    assert content.summary.lines[-1].text.endswith(sentence.text)
    whole = " ".join(_text(out).split())
    assert "Putting on socks" in whole and "10 = impossible" in whole.replace("\ufb03", "ffi")


def test_without_psk_activities_the_report_has_no_psk_section(paths) -> None:
    from rugtimer.app.report_content import build_report_content

    with HistoryStore.open(paths) as store:
        content = build_report_content(
            store, load_library(), start=None, end=None, language="nl", today=TODAY
        )
    assert content.psk is None


def test_a_table_never_leaves_its_last_row_alone_on_the_next_page() -> None:
    """The PSK table's "Mean" row landed alone under "(continued)" on page 2: now the row before it goes over
    with it. A row that does not fit always breaks; a table of two rows may split as it must."""
    from rugtimer.ui.report_render import _breaks_before

    heights = [10.0] * 5
    assert not _breaks_before(3, heights, y=70, bottom=100)  # rows 3 and 4 both fit
    assert _breaks_before(3, heights, y=85, bottom=100)  # row 3 fits, the last would be alone: both go
    assert not _breaks_before(3, heights, y=85, bottom=100, alone_ok=True)  # first under its header
    assert _breaks_before(4, heights, y=95, bottom=100)  # does not fit
    assert not _breaks_before(0, [10.0, 10.0], y=85, bottom=100)  # two rows: nothing to keep together
