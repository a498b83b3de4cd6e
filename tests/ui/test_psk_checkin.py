"""The PSK in the window, keyboard only: the weekly check-in (digits + Enter, Esc skips the week), choosing
activities, Today's offer after the first week, and the panel under the pain graph."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rugtimer.app.demo import fill_demo
from rugtimer.history.psk_store import PskStore
from rugtimer.history.store import HistoryStore
from rugtimer.model.psk import PskScore
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.dialogs.psk_choose_dialog import PskChooseDialog
from rugtimer.ui.dialogs.psk_dialog import PskDialog
from rugtimer.ui.main_window import MainWindow

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 19, 0, tzinfo=TZ)  # Wednesday of 2026-W48
LAST_WEEK = date(2026, 11, 16)
THIS_WEEK = date(2026, 11, 23)


def make_window(qtbot, paths, now: datetime = NOW, demo_weeks: int = 0) -> MainWindow:
    store = HistoryStore.open(paths)
    if demo_weeks:
        fill_demo(store, demo_weeks, today=now.date(), language="en")
    context = AppContext(
        paths, load_library(), store, RecordingCuePlayer(), language="en", wall_clock=None, now=lambda: now
    )
    win = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, paths):
    win = make_window(qtbot, paths)
    yield win
    close(win)


def close(win: MainWindow) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not win:
            widget.close()
    win.close()
    win.deleteLater()
    win.context.store.close()


def open_dialog(qtbot, kind):
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert dialogs, f"no {kind.__name__} open"
    dialog = dialogs[-1]
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))  # the keys go to the dialog
    return dialog


def type_keys(qtbot, text: str) -> None:
    """Keys go where the keyboard focus is, as a person's would."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        if char == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        elif char == "\t":
            qtbot.keyClick(target, Qt.Key.Key_Tab)
        else:
            qtbot.keyClicks(target, char)


def chosen_with_last_week(store: HistoryStore) -> list[str]:
    table = PskStore(store)
    acts = table.choose(
        ["Putting on socks", "Sitting through a meeting", "Lifting my child"], NOW - timedelta(days=9)
    )
    at = NOW - timedelta(days=8)
    table.record_week(
        [
            PskScore(activity_id=a.id, week=LAST_WEEK, score=v, at=at)
            for a, v in zip(acts, (6, 8, 5), strict=True)
        ]
    )
    return [a.id for a in acts]


def test_the_weekly_check_in_with_the_keyboard_only(qtbot, window) -> None:
    ids = chosen_with_last_week(window.context.store)
    done: list[bool] = []
    window.psk.weekly_check_in(lambda: done.append(True))
    dialog = open_dialog(qtbot, PskDialog)
    assert [row.previous_text() for row in dialog.rows] == ["Last time: 6", "Last time: 8", "Last time: 5"]
    assert QApplication.focusWidget() is dialog.rows[0]
    type_keys(qtbot, "7\n10\n\n")  # 7; 1 then 0 = 10; Enter without a number: unscored, and saved
    qtbot.waitUntil(lambda: done == [True])
    scores = {s.activity_id: s.score for s in PskStore(window.context.store).scores(start=THIS_WEEK)}
    assert scores == {ids[0]: 7, ids[1]: 10, ids[2]: None}
    assert not window.psk.check_in_due()  # asked once a week
    window.psk.weekly_check_in(lambda: done.append(True))
    assert done == [True, True] and window.psk.dialog is None


def test_arrows_move_between_and_within_rows(qtbot, window) -> None:
    chosen_with_last_week(window.context.store)
    window.psk.weekly_check_in()
    dialog = open_dialog(qtbot, PskDialog)
    type_keys(qtbot, "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.rows[1]
    type_keys(qtbot, "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert [row.value() for row in dialog.rows] == [4, 4, None]
    assert dialog.rows[1].accessibleName() == "Sitting through a meeting: 4"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert QApplication.focusWidget() is dialog.rows[0]
    dialog.reject()


def test_escape_skips_the_week_and_it_is_not_asked_again(qtbot, window) -> None:
    chosen_with_last_week(window.context.store)
    window.psk.weekly_check_in()
    open_dialog(qtbot, PskDialog)
    type_keys(qtbot, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.psk.dialog is None)
    this_week = PskStore(window.context.store).scores(start=THIS_WEEK)
    assert len(this_week) == 3 and all(s.score is None for s in this_week)
    assert not window.psk.check_in_due()


def test_no_check_in_without_activities(window) -> None:
    ran: list[int] = []
    window.psk.weekly_check_in(lambda: ran.append(1))
    assert ran == [1] and window.psk.dialog is None


def test_choosing_activities_with_the_keyboard(qtbot, window) -> None:
    window.psk.choose()
    dialog = open_dialog(qtbot, PskChooseDialog)
    type_keys(qtbot, "Putting on socks\tLifting my child\n")
    assert dialog.isVisible() and dialog.problem.text() == "Please name at least 3 activities."
    type_keys(qtbot, "\tGardening\n")
    qtbot.waitUntil(lambda: window.psk.dialog is None)
    texts = [a.text for a in PskStore(window.context.store).activities(include_ended=False)]
    assert texts == ["Putting on socks", "Lifting my child", "Gardening"]


def test_changing_one_activity_keeps_the_old_ones_scores(qtbot, window) -> None:
    ids = chosen_with_last_week(window.context.store)
    window.psk.choose()
    dialog = open_dialog(qtbot, PskChooseDialog)
    dialog.fields[2].setFocus()
    dialog.fields[2].selectAll()
    type_keys(qtbot, "Gardening\n")
    qtbot.waitUntil(lambda: window.psk.dialog is None)
    table = PskStore(window.context.store)
    assert [a.text for a in table.activities(include_ended=False)][2] == "Gardening"
    assert ids[2] in {s.activity_id for s in table.scores()}


def test_today_offers_choosing_after_the_first_week(qtbot, paths) -> None:
    win = make_window(qtbot, paths, demo_weeks=0)
    try:
        assert not win.psk_offer.isVisible()  # no plan yet
        from rugtimer.app import coaching

        coaching.choose_start(
            win.context.store, win.context.library, "floor", datetime.combine(date(2026, 11, 10), time(9), TZ)
        )
        win.refresh_week_progress()
        assert win.psk_offer.isVisible()
        qtbot.mouseClick(win.psk_offer.button, Qt.MouseButton.LeftButton)
        dialog = open_dialog(qtbot, PskChooseDialog)
        type_keys(qtbot, "a\tb\tc\n")
        qtbot.waitUntil(lambda: not win.psk_offer.isVisible())
        assert dialog is not None
    finally:
        close(win)


def test_progress_shows_the_psk_under_the_pain_graph(qtbot, paths) -> None:
    win = make_window(qtbot, paths, demo_weeks=12)
    try:
        win.show_trends()
        panel = win._trends._psk
        qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
        plotted = panel.plotted()
        assert set(plotted) >= {"mean", "Putting on socks"}
        assert len(plotted["mean"]) == len(win._trends.visible_weeks())
        means = [v for v in plotted["mean"] if not math.isnan(v)]
        assert len(means) >= 8 and means[0] > means[-1]  # slowly easier in the demo
        assert "lower (lower is easier)" in panel.sentence.text()
        strays = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win]
        assert strays == []  # no part of the panel ever shows as a window of its own (it took the focus)
    finally:
        close(win)


def test_the_check_in_comes_after_the_first_session_of_the_week_not_before(qtbot, window) -> None:
    """Start is never in the way: the pain question comes first, the session runs, and only after the
    session's own questions does the weekly check-in open."""
    from rugtimer.program.runner import SetDone
    from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog
    from rugtimer.ui.dialogs.pain_dialog import PainDialog

    chosen_with_last_week(window.context.store)
    window.start_session(["glute_bridge"])
    pain = open_dialog(qtbot, PainDialog)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, PskDialog) and w.isVisible()]
    qtbot.keyClick(pain, Qt.Key.Key_4)
    qtbot.keyClick(pain, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller is not None)
    # One finished set (as the controller hands it over), or there would be no session questions to wait for.
    window.recorder.set_done(SetDone("glute_bridge", 1, None, 10, 60.0))
    window.controller.stop()
    after = open_dialog(qtbot, AfterSessionDialog)
    after.reject()
    qtbot.waitUntil(lambda: isinstance(window.psk.dialog, PskDialog) and window.psk.dialog.isVisible())
    open_dialog(qtbot, PskDialog)  # the keys go to it
    type_keys(qtbot, "5\n5\n5\n")
    qtbot.waitUntil(lambda: window.psk.dialog is None)
    assert [s.score for s in PskStore(window.context.store).scores(start=THIS_WEEK)] == [5, 5, 5]


def test_the_psk_sentence_speaks_of_the_whole_course_whatever_the_range(qtbot, paths) -> None:
    """As the pain paragraph above it does: the range buttons zoom the graphs, the words stay 'since the
    start' (a reviewer saw the pain words speak of the whole history and the PSK words of 8 weeks)."""
    from rugtimer.app import psk_words

    win = make_window(qtbot, paths, demo_weeks=30)
    try:
        win.show_trends()
        panel = win._trends._psk
        qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
        whole = psk_words.change_sentence(psk_words.load_psk_summary(win.context.store), "en")
        for key in ("weeks8", "all"):
            win._trends.set_range(key)
            assert panel.sentence.text() == whole, key
    finally:
        close(win)


def test_years_of_psk_weeks_are_drawn_as_lines_without_markers(qtbot, paths) -> None:
    """Markers as on the pain graph, only while each week has room: over years a marker per week ran
    together into a solid black band."""
    win = make_window(qtbot, paths, demo_weeks=150)
    try:
        win.show_trends()
        panel = win._trends._psk
        qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
        win._trends.set_range("all")
        assert panel._lines and all(line.opts["symbol"] is None for line in panel._lines)
        win._trends.set_range("weeks8")
        assert all(line.opts["symbol"] is not None for line in panel._lines)
    finally:
        close(win)
