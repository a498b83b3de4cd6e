"""The coach in the window, driven by the keyboard: first start, the next-day prompt, this week's suggestion,
"lighter next time" after sharp pain. Real widgets offscreen, a real history file, a fixed "now"."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from rugtimer.app import coaching
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import HurtEvent, PainEntry, SessionRecord
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.plan import Dose
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.dialogs.next_day_dialog import NextDayDialog
from rugtimer.ui.dialogs.pain_dialog import PainDialog
from rugtimer.ui.dialogs.suggestion_dialog import SuggestionDialog
from rugtimer.ui.dialogs.welcome_dialog import WelcomeDialog
from rugtimer.ui.main_window import MainWindow
from tests.history.history_helpers import one_set
from tests.program.fake_clock import FakeClock

TZ = timezone(timedelta(hours=1))
START = date(2026, 11, 2)  # Monday, plan week 1
TODAY = date(2026, 11, 11)  # Wednesday of plan week 2


def at(day: date, hour: int = 18) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


def now() -> datetime:
    return at(TODAY, 9)


def make_window(paths: Paths, qtbot) -> MainWindow:
    store = HistoryStore.open(paths)
    clock = FakeClock()
    cues = RecordingCuePlayer(clock=lambda: clock.now_ns / 1e9)
    context = AppContext(
        paths, load_library(), store, cues, language="en", clock=clock, wall_clock=None, now=now
    )
    window = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def open_windows():
    made: list[MainWindow] = []
    yield made
    for window in made:
        if window.controller is not None:
            window.controller.runner.stop()
            window.controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    for window in made:
        window.deleteLater()
        window.context.store.close()


def the(kind):
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert dialogs, f"no {kind.__name__} open"
    return dialogs[-1]


def none_open(kind) -> bool:
    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def seed(paths: Paths, *, sessions: list[date], checks: list[tuple[date, str]] = ()) -> None:
    library = load_library()
    with HistoryStore.open(paths) as store:
        coaching.choose_start(store, library, "floor", at(START, 8))
        for day in sessions:  # morning sessions: by 09:00 the next day, their 24 hours have passed
            done = SessionRecord(started_at=at(day, 7), ended_at=at(day, 8), status="completed", plan_week=1)
            store.add_session(done)
            store.record_set(one_set(done.id, at(day, 7)))
        for day, response in checks:
            store.add_pain_entry(
                PainEntry(at=at(day, 8), pain=3, context="next_day_check", response=response)
            )


def test_first_start_welcomes_and_stores_the_chosen_set(qtbot, paths, open_windows) -> None:
    window = make_window(paths, qtbot)
    open_windows.append(window)
    assert len(window.today.cards()) == 4  # the floor start plan until a choice is made
    window.after_start()
    dialog = the(WelcomeDialog)
    dialog.choice_button("both").click()
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: none_open(WelcomeDialog))
    assert len(window.today.cards()) == 8
    assert window.today.card("ball_plank_light") is not None
    record = window.context.store.current_program()
    assert record is not None and record.reason == "start"
    # Plan week 1: the coach explains how the build-up will go.
    assert window.coach_panel.isVisible() and "Week 1" in window.coach_panel.title()
    assert "Week 1 of your plan" in window.today._week.text()


def test_the_day_after_a_session_the_next_day_check_comes_first_and_a_bad_day_steps_back(
    qtbot, paths, open_windows
) -> None:
    library = load_library()
    seed(
        paths,
        sessions=[START, START + timedelta(days=2), START + timedelta(days=4), TODAY - timedelta(days=1)],
    )
    with HistoryStore.open(paths) as store:
        program = coaching.current_program(store, library).program
        raised = program.with_dose(Dose("glute_bridge", 2, reps=12))
        coaching.save_program(
            store, library, program, raised, reason="progression", now=at(START + timedelta(days=7), 8)
        )
    window = make_window(paths, qtbot)
    open_windows.append(window)
    assert window.today.card("glute_bridge") is not None
    window.after_start()
    dialog = the(NextDayDialog)
    from PySide6.QtWidgets import QLabel

    assert "Tuesday 10 November" in dialog.findChild(QLabel, "heading").text()
    qtbot.keyClick(dialog.response_button("worse_over_24h"), Qt.Key.Key_3)
    assert dialog.response() == "worse_over_24h"
    qtbot.keyClick(dialog.scale, Qt.Key.Key_6)
    qtbot.keyClick(dialog.scale, Qt.Key.Key_Return)
    suggestion = the(SuggestionDialog)
    assert suggestion.suggestion.kind == "after_pain"
    assert suggestion.before_label.text().startswith("2 × 12") and suggestion.after_label.text().startswith(
        "2 × 10"
    )
    qtbot.keyClick(suggestion, Qt.Key.Key_Return)  # Enter: yes
    qtbot.waitUntil(lambda: none_open(SuggestionDialog))
    store = window.context.store
    [entry] = [e for e in store.pain_entries() if e.context == "next_day_check"]
    assert (entry.pain, entry.response) == (6, "worse_over_24h")
    assert window.coach.dose_for("glute_bridge") == Dose("glute_bridge", 2, reps=10)
    assert store.plan_changes()[-1].reason == "after_pain"
    assert [a.answer for a in store.coach_answers()] == ["accepted"]


def test_a_good_week_shows_one_suggestion_on_today_and_yes_changes_the_card(
    qtbot, paths, open_windows
) -> None:
    seed(
        paths,
        sessions=[START, START + timedelta(days=2), START + timedelta(days=4)],
        checks=[(START + timedelta(days=5), "better_or_same")],
    )
    window = make_window(paths, qtbot)
    open_windows.append(window)
    window.after_start()
    panel = window.coach_panel
    assert panel.yes_button.isVisible() and "exercises on 3 days" in panel.title()
    assert panel.text() == "Suggestion for this week: Knee rocking on your back: 1 min → 1.5 min"
    panel.yes_button.click()
    assert window.coach.dose_for("knee_rocking") == Dose("knee_rocking", 1, seconds=90)
    card = window.today.card("knee_rocking")
    assert card is not None and card.dose_text() == "1.5 min"
    assert not panel.yes_button.isVisible() and "next week" in panel.text()
    [change] = window.context.store.plan_changes()
    assert (change.change, change.reason) == ("seconds", "progression")


def test_declining_the_weekly_suggestion_keeps_the_program_and_remembers(qtbot, paths, open_windows) -> None:
    seed(
        paths,
        sessions=[START, START + timedelta(days=2), START + timedelta(days=4)],
        checks=[(START + timedelta(days=5), "better_or_same")],
    )
    window = make_window(paths, qtbot)
    open_windows.append(window)
    window.after_start()
    before = window.coach.program
    window.coach_panel.no_button.click()
    assert window.coach.program == before
    assert [a.answer for a in window.context.store.coach_answers()] == ["declined"]
    assert "as it is this week" in window.coach_panel.text()


def test_starting_a_session_the_next_day_asks_the_check_before_the_pain_score(
    qtbot, paths, open_windows
) -> None:
    seed(paths, sessions=[TODAY - timedelta(days=1)])
    window = make_window(paths, qtbot)
    open_windows.append(window)
    window.start_session()
    dialog = the(NextDayDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ask me later
    pain = the(PainDialog)
    qtbot.keyClick(pain, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller is not None)
    assert window.recorder is not None and window.recorder.plan_week == 2


def test_after_sharp_pain_the_exercise_is_lighter_next_time_unless_the_person_says_no(
    qtbot, paths, open_windows
) -> None:
    seed(paths, sessions=[])
    window = make_window(paths, qtbot)
    open_windows.append(window)
    store = window.context.store
    session = store.begin_session(at(TODAY), 2)
    for exercise in ("glute_bridge", "bird_dog"):
        store.record_hurt(HurtEvent(at=at(TODAY), exercise=exercise, session_id=session.id))
    window.coach.after_session(session.id)
    first = the(SuggestionDialog)
    assert first.suggestion.exercise == "glute_bridge" and "Small bridge" in first.after_label.text()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: the(SuggestionDialog) is not first)
    second = the(SuggestionDialog)
    assert second.suggestion.exercise == "bird_dog"
    qtbot.keyClick(second, Qt.Key.Key_Escape)  # keep it as it is
    qtbot.waitUntil(lambda: none_open(SuggestionDialog))
    assert window.coach.dose_for("glute_bridge").variant == "smaller_lift"
    assert window.coach.dose_for("bird_dog").variant is None
    # Both answers carry the same fixed "now"; the store orders equal instants by id.
    assert {a.exercise: a.answer for a in store.coach_answers()} == {
        "glute_bridge": "accepted",
        "bird_dog": "declined",
    }
    # The next session is done, shown and stored in the easier variant.
    card = window.today.card("glute_bridge")
    assert card is not None and card.findChild(QLabel, "variant").text().endswith("Small bridge")
    window.start_session(["glute_bridge"])
    pain = the(PainDialog)
    qtbot.keyClick(pain, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller is not None)
    assert window.session_view.exercise_name.text() == "Glute bridge · Small bridge"
    assert window.recorder is not None and window.recorder.variants == {"glute_bridge": "smaller_lift"}
    window.controller.runner.stop()
    window.controller.shutdown()


def test_six_weeks_without_improvement_suggest_a_physiotherapist(qtbot, paths, open_windows) -> None:
    library = load_library()
    first = TODAY - timedelta(weeks=8)
    with HistoryStore.open(paths) as store:
        coaching.choose_start(store, library, "floor", at(first, 8))
        for week in range(8):
            for day in (0, 2, 4):
                start = at(first + timedelta(weeks=week, days=day))
                store.add_session(
                    SessionRecord(
                        started_at=start,
                        ended_at=start + timedelta(minutes=20),
                        status="completed",
                        plan_week=week + 1,
                        pain_before=5,
                    )
                )
    window = make_window(paths, qtbot)
    open_windows.append(window)
    window.after_start()
    if not none_open(NextDayDialog):
        qtbot.keyClick(the(NextDayDialog), Qt.Key.Key_Escape)
    panel = window.coach_panel
    assert "physiotherapist" in panel.aside() and "8 weeks" in panel.aside()
    assert panel.more_button.isVisible()
    panel.more_button.click()
    assert window.pages.currentWidget() is window._help


def test_left_open_overnight_today_follows_the_date(qtbot, paths, open_windows) -> None:
    seed(paths, sessions=[START, START + timedelta(days=2), START + timedelta(days=4)])
    window = make_window(paths, qtbot)
    open_windows.append(window)
    assert "Week 2 of your plan" in window.today._week.text()
    window.context.now = lambda: at(TODAY + timedelta(days=7), 9)
    window.show_today()
    assert "Week 3 of your plan" in window.today._week.text()
    assert "Last week: exercises on 0 days" in window.coach_panel.text()


def test_my_program_from_the_menu_saves_the_edit_as_a_plan_change(qtbot, paths, open_windows) -> None:
    from rugtimer.ui.dialogs.program_dialog import ProgramDialog

    seed(paths, sessions=[])
    window = make_window(paths, qtbot)
    open_windows.append(window)
    window.edit_program()
    dialog = the(ProgramDialog)
    dialog.row("glute_bridge").amount.setValue(12)
    dialog.row("ball_plank_light").check.setChecked(True)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: none_open(ProgramDialog))
    assert window.coach.dose_for("glute_bridge") == Dose("glute_bridge", 2, reps=12)
    assert window.today.card("ball_plank_light") is not None
    changes = {(c.exercise, c.change, c.reason) for c in window.context.store.plan_changes()}
    assert changes == {("glute_bridge", "reps", "my_program"), ("ball_plank_light", "added", "my_program")}
