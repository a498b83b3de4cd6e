"""The report's words and rows, built without Qt: what the physiotherapist reads, in Dutch and English."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from rugtimer.app.demo import fill_demo
from rugtimer.app.plan_summary import plan_summary
from rugtimer.app.report_content import MAX_NOTE_CHARS, Line, build_report_content
from rugtimer.app.trend_words import pain_words
from rugtimer.history import HistoryStore
from rugtimer.history.trends import load_weekly_stats, summarize
from rugtimer.model.records import HurtEvent, PlanChange
from rugtimer.program.library import load_library

TODAY = date(2026, 11, 25)
TZ = timezone(timedelta(hours=1))


def test_demo_report_in_dutch(store: HistoryStore) -> None:
    library = load_library()
    fill_demo(store, 12, today=TODAY, library=library)
    content = build_report_content(store, library, start=None, end=None, language="nl", today=TODAY)
    weeks = load_weekly_stats(store, end=TODAY)

    assert content.title == "RugTimer — oefenverslag"
    assert content.period == "Periode: 7 september 2026 – 25 november 2026"
    assert content.made == "Gemaakt op 25 november 2026"
    assert content.page_label(2, 5) == "pagina 2 van 5"
    assert content.weeks is not None and content.weeks.table is not None
    rows = content.weeks.table.rows
    assert [row[0] for row in rows] == [week.label for week in weeks]
    for row, week in zip(rows, weeks, strict=True):
        assert row[1] == f"ma {week.first_date:%d-%m-%Y}"
        if week.pain_before_mean is not None:  # a decimal comma, the spread in brackets
            mean = f"{week.pain_before_mean:.1f}".replace(".", ",")
            assert row[5] == f"{mean} ({week.pain_before_min}–{week.pain_before_max})"
        assert (row[2], row[3]) == (str(week.exercise_days), str(week.sessions))
    summary = summarize(weeks, TODAY, target=(3, 4))
    pain = next(line for line in content.summary.lines if line.text.startswith("Pijn vóór het oefenen: "))
    assert pain.tone == ("good" if summary.meaningful_improvement else "normal")
    assert "Ostelo et al. 2008" in pain.text  # the verdict names its source
    assert pain.text.endswith(pain_words(summary, "nl"))  # the same sentences as Progress
    assert content.sessions is not None and content.sessions.table is not None
    assert len(content.sessions.table.rows) == len(store.sessions())
    assert content.graph is not None
    assert content.graph.week_labels == tuple(f"W{week.iso_week:02d}" for week in weeks)
    assert content.activity.table is not None and content.activity.table.headings[2:9] == (
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
    )


def test_demo_report_in_english(store: HistoryStore) -> None:
    library = load_library()
    fill_demo(store, 6, today=TODAY, library=library)
    content = build_report_content(
        store, library, start=date(2026, 11, 2), end=date(2026, 11, 24), language="en", today=TODAY
    )
    assert content.title == "RugTimer — exercise report"
    assert content.period == "Period: 2 November 2026 – 24 November 2026"
    assert content.page_label(1, 3) == "page 1 of 3"
    assert content.program.table is not None
    assert "Glute bridge" in [row[0] for row in content.program.table.rows]
    assert any(line.text.startswith("Days with exercises: Exercises on ") for line in content.summary.lines)
    assert content.sessions is not None and content.sessions.table is not None
    assert content.sessions.table.headings == (
        "Date",
        "Ex. / sets",
        "Pain before → after",
        "Rating",
        "Status",
        "Note",
    )
    for row in content.sessions.table.rows:  # English dates, and every status in words
        assert row[0][:3] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
        assert row[4] in {"completed", "stopped", "interrupted"}


def test_an_empty_history_says_there_is_nothing_yet(store: HistoryStore) -> None:
    content = build_report_content(store, load_library(), start=None, end=None, language="nl", today=TODAY)
    assert content.summary.empty == Line(
        "Er zijn in deze periode nog geen sessies vastgelegd. Zodra er geoefend is, staan hier de oefendagen "
        "per week, het pijnverloop en de sessies."
    )
    assert content.graph is None and content.weeks is None and content.sessions is None
    assert content.hurts.empty == Line("Geen meldingen “dit doet pijn” in deze periode.", "muted")
    assert content.changes.empty == Line("Geen wijzigingen in het programma in deze periode.", "muted")
    assert content.activity.empty == Line(
        "In deze periode zijn geen minuten wandelen of fietsen genoteerd.", "muted"
    )
    assert content.program.table is not None
    assert "Bruggetje" in [row[0] for row in content.program.table.rows]
    assert content.period == "Periode: 25 november 2026 – 25 november 2026"


def test_sessions_hurts_and_changes_in_words(store: HistoryStore) -> None:
    started = datetime(2026, 11, 23, 18, 30, tzinfo=TZ)
    session = store.begin_session(started, plan_week=1, pain_before=5)
    note = "x" * (MAX_NOTE_CHARS + 100)
    store.finish_session(
        session.id, started + timedelta(minutes=9), "stopped", pain_after=6, rating="too_hard", note=note
    )
    store.record_hurt(HurtEvent(at=datetime(2026, 11, 24, 9, 5, tzinfo=TZ), note="bij het bukken"))
    store.add_plan_change(
        PlanChange(
            at=datetime(2026, 11, 24, 10, 0, tzinfo=TZ),
            exercise="bird_dog",
            change="reps",
            from_value="6",
            to_value="8",
            reason="progression",
        )
    )
    content = build_report_content(store, load_library(), start=None, end=None, language="nl", today=TODAY)

    assert content.sessions is not None and content.sessions.table is not None
    (row,) = content.sessions.table.rows
    assert row[:5] == ("ma 23-11-2026 18:30", "0 / 0", "5 → 6", "te zwaar", "gestopt")
    assert len(row[5]) == MAX_NOTE_CHARS and row[5].endswith("…")
    assert content.hurts.table is not None
    assert content.hurts.table.rows == (("di 24-11-2026 09:05", "buiten een sessie", "bij het bukken"),)
    assert content.changes.table is not None
    ((when, _name, what, why),) = content.changes.table.rows
    assert (when, what, why) == ("di 24-11-2026 10:00", "herhalingen: 6 → 8", "opbouw na een goede week")
    assert "Tot nu toe pijnscores in één week" in content.summary.lines[0].text  # one week is no trend
    assert content.summary.lines[1].text.startswith(
        "Dagen met oefeningen: Op 0 dagen geoefend"
    )  # nothing done
    assert "Vierpoot light, herhalingen: 6 → 8" in content.summary.lines[-2].text


def test_a_session_done_in_a_variant_says_so_beside_its_note(store: HistoryStore) -> None:
    from datetime import datetime, timedelta, timezone

    from rugtimer.app.report_content import build_report_content
    from rugtimer.model.records import SetRecord
    from rugtimer.program.library import load_library

    library = load_library()
    started = datetime(2026, 11, 24, 18, tzinfo=timezone(timedelta(hours=1)))
    session = store.begin_session(started, plan_week=1)
    for number, variant in ((1, None), (2, "smaller_lift")):
        store.record_set(
            SetRecord(
                session_id=session.id,
                exercise="glute_bridge",
                set_number=number,
                completed_at=started + timedelta(minutes=number),
                reps=10,
                variant=variant,
            )
        )
    store.finish_session(session.id, started + timedelta(minutes=20), "completed", note="ging goed")
    content = build_report_content(
        store, library, start=None, end=None, language="nl", today=started.date() + timedelta(days=1)
    )
    easier = library.exercise("glute_bridge").variant("smaller_lift")
    assert content.sessions is not None and content.sessions.table is not None
    [row] = content.sessions.table.rows
    assert row[-1] == f"Gedaan als: Bruggetje · variant: {easier.name.nl} · ging goed"


def test_the_program_on_page_one_is_what_rugtimer_plan_says(store: HistoryStore) -> None:
    """After weeks of build-up the report shows the person's program, not the start plan."""
    library = load_library()
    fill_demo(store, 12, today=TODAY, library=library)
    content = build_report_content(store, library, start=None, end=None, language="nl", today=TODAY)
    summary = plan_summary(store, library, TODAY, rest_seconds=30)
    plan = summary.lines(library, "nl")
    assert content.program.table is not None
    for name, dose in content.program.table.rows:
        assert any(name in line and line.rstrip().endswith(dose) for line in plan), (name, dose)
    assert len(content.program.table.rows) == len(summary.program.doses)
    from rugtimer.app.coaching import default_program

    assert summary.program.doses != default_program(library).doses  # the demo built up
    assert (
        content.program.intro is not None
        and f"Week {summary.plan_week} van het plan" in content.program.intro
    )


def test_a_ball_only_program_shows_the_ball_exercises(store: HistoryStore) -> None:
    from rugtimer.app import coaching

    library = load_library()
    coaching.choose_start(store, library, "ball", datetime(2026, 11, 2, 9, tzinfo=TZ))
    content = build_report_content(store, library, start=None, end=None, language="en", today=TODAY)
    assert content.program.table is not None
    names = [name for name, _dose in content.program.table.rows]
    ball = [e.name.en for e in library.exercises.values() if e.group == "ball"]
    assert names and set(names) <= set(ball)


def test_the_alarm_signals_and_the_sources_are_in_the_report(store: HistoryStore) -> None:
    from rugtimer.program.advice import load_advice

    content = build_report_content(store, load_library(), start=None, end=None, language="nl", today=TODAY)
    signs = [sign.text.nl for sign in load_advice().alarm.signs]
    assert [line.text for line in content.alarm.lines[:-1]] == [f"• {sign}" for sign in signs]
    assert content.sources.intro is not None and "Ostelo et al. 2008" in content.sources.intro
    assert any(line.text.startswith("Ostelo RWJG") for line in content.sources.lines)
