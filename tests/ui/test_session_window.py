"""Follow a session from the keyboard: real widgets offscreen, a fake clock, a recording cue player.

The clock is the only fake besides the audio device: the window drives the real runner, the real recorder
and a real SQLite file.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rugtimer.app.problem_words import READ_ONLY
from rugtimer.history.store import HistoryStore
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog
from rugtimer.ui.dialogs.hurt_dialog import HurtDialog
from rugtimer.ui.dialogs.pain_dialog import PainDialog
from rugtimer.ui.main_window import MainWindow
from tests.program.fake_clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, paths, clock):
    store = HistoryStore.open(paths)
    cues = RecordingCuePlayer(clock=lambda: clock.now_ns / 1e9)
    context = AppContext(paths, load_library(), store, cues, language="nl", clock=clock, wall_clock=None)
    win = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture can end a running session,
    # and closing mid-session asks "quit anyway?" and waits for an answer.
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.controller is not None:  # closing would ask "quit anyway?" and wait for an answer
        win.controller.runner.stop()
        win.controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    win.deleteLater()
    win.context.store.close()


def active_dialog(kind):
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert dialogs, f"no {kind.__name__} open"
    return dialogs[-1]


def advance(qtbot, window, clock: FakeClock, seconds: float) -> None:
    """Move the fake clock and let the window's precise timer notice."""
    clock.advance(seconds)
    controller = window.controller
    controller._on_boundary()  # the QTimer would fire now; call its slot instead of sleeping in real time


def start_bridges(qtbot, window, pain: str = "4") -> None:
    window.start_session(["glute_bridge"])
    dialog = active_dialog(PainDialog)
    for digit in pain:
        qtbot.keyClick(dialog, digit)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller is not None)


def test_title_and_today(window) -> None:
    assert window.windowTitle() == "RugTimer"
    assert window.pages.currentWidget() is window.today


def test_a_whole_bridge_set_by_keyboard(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    view = window.session_view
    cues = window.context.cues
    assert view.phase.text() == "GET READY" or view.phase.text() == "MAAK JE KLAAR"
    assert view.seconds.text() == "5"
    advance(qtbot, window, clock, 5)
    assert window.controller.snapshot().step.phase.value == "up"
    assert view.reps.text() == "1 / 10"
    # pause with Space: time stands still
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.runner.state.value == "paused"
    clock.advance(100)
    assert window.controller.snapshot().elapsed_in_step_ms == 0
    assert not window.controller.animating and not window.controller.boundary_armed
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.animating
    advance(qtbot, window, clock, 60)  # the rest of set 1
    assert window.controller.snapshot().step.phase.value == "rest"
    session = window.recorder.session
    with HistoryStore.open(window.context.paths) as reader:
        (saved,) = reader.sets_for(session.id)
    assert (saved.exercise, saved.set_number, saved.reps) == ("glute_bridge", 1, 10)
    # S skips the rest
    qtbot.keyClick(window, Qt.Key.Key_S)
    snap = window.controller.snapshot()
    assert (snap.step.phase.value, snap.step.set_number) == ("up", 2)
    advance(qtbot, window, clock, 60)
    assert window.controller.runner.finished
    keys = cues.keys
    assert keys[:7] == [
        "voice:ex_glute_bridge",
        "voice:count_3",
        "voice:count_2",
        "voice:count_1",
        "voice:rep_1",
        "voice:paused",
        "voice:hold",
    ]
    assert keys.count("voice:last_rep") == 2 and keys[-1] == "tone:final"
    after = active_dialog(AfterSessionDialog)
    qtbot.keyClick(after, "3")
    after.save_button.click()
    qtbot.waitUntil(lambda: window.controller is None)
    with HistoryStore.open(window.context.paths) as reader:
        stored = reader.get_session(session.id)
        assert (stored.status, stored.pain_before, stored.pain_after) == ("completed", 4, 3)
        assert len(reader.sets_for(session.id)) == 2
    assert window.pages.currentWidget() is window.today


def test_escape_asks_before_stopping(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    advance(qtbot, window, clock, 7)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    box = active_dialog(QMessageBox)
    assert window.controller.runner.state.value == "paused"
    box.button(QMessageBox.StandardButton.No).click()
    assert window.controller.runner.state.value == "running"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    box = active_dialog(QMessageBox)
    assert box.text() == window.tr(
        "Stop this session? You have not finished a set yet."
    )  # what stopping keeps
    box.button(QMessageBox.StandardButton.Yes).click()
    # No set was done, so there is nothing to rate: no after-session questions; the pain rated before stays.
    qtbot.waitUntil(lambda: window.controller is None)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, AfterSessionDialog) and w.isVisible()
    ]
    with HistoryStore.open(window.context.paths) as reader:
        (session,) = reader.sessions()
    assert (session.status, session.pain_before) == ("stopped", 4)


def test_a_session_stopped_before_anything_happened_leaves_no_trace(qtbot, window, clock) -> None:
    """Start by mistake, pain skipped, Esc in the get-ready: no questions, and no "0/0 stopped" session in
    the history or the physiotherapist's report."""
    window.start_session(["glute_bridge"])
    qtbot.keyClick(active_dialog(PainDialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller is not None)
    advance(qtbot, window, clock, 2)
    window.ask_stop()
    active_dialog(QMessageBox).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.controller is None)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, AfterSessionDialog) and w.isVisible()
    ]
    assert window.context.store.sessions() == []
    assert window.pages.currentWidget() is window.today


def test_the_stop_question_says_the_finished_sets_are_saved_once_there_are_some(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    advance(qtbot, window, clock, 5 + 60)  # the lead-in and the first set
    assert window.recorder.finished_sets >= 1
    window.ask_stop()
    box = active_dialog(QMessageBox)
    assert box.text() == window.tr("Stop this session? The sets you finished are saved.")
    box.button(QMessageBox.StandardButton.No).click()


def test_next_exercise_and_repeat_set_keys(qtbot, window, clock) -> None:
    window.start_session()
    qtbot.keyClick(active_dialog(PainDialog), Qt.Key.Key_Escape)  # skip the pain question
    qtbot.waitUntil(lambda: window.controller is not None)
    first = window.controller.snapshot().step.exercise_id
    qtbot.keyClick(window, Qt.Key.Key_Right)
    second = window.controller.snapshot().step.exercise_id
    assert first != second
    advance(qtbot, window, clock, 10 + 3)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.controller.snapshot().elapsed_in_step_ms == 0


def test_this_hurts_records_and_offers_the_easier_variant(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    advance(qtbot, window, clock, 5 + 6 * 3 + 1)
    qtbot.keyClick(window, Qt.Key.Key_P)
    dialog = active_dialog(HurtDialog)
    assert window.controller.runner.state.value == "paused"
    from rugtimer.ui.dialogs.hurt_dialog import HurtChoice

    dialog.button_for(HurtChoice.EASIER).click()
    snap = window.controller.snapshot()
    assert window.controller.runner.state.value == "running"
    assert (snap.step.rep, snap.step.set_number) == (1, 1)
    assert "Kleine brug" in window.session_view.exercise_name.text()
    with HistoryStore.open(window.context.paths) as reader:
        (hurt,) = reader.hurt_events()
    assert hurt.exercise == "glute_bridge"


def test_floor_mode_and_mute(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen() or window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.session_view.hints.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.session_view.hints.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.context.cues.muted


def test_settings_dialog_saves_only_changes_and_applies_them(qtbot, window, clock) -> None:
    from rugtimer.settings import load_settings
    from rugtimer.ui.dialogs.settings_dialog import SettingsDialog

    window.settings_actions.open_settings()
    dialog = active_dialog(SettingsDialog)
    dialog.spoken.setChecked(False)
    dialog.rest.setValue(45)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton, "testSoundButton").click()
    assert window.context.cues.keys[-1] == "tone:final"
    dialog.accept()
    settings, problems = load_settings(window.context.paths.settings)
    assert (settings.spoken_cues, settings.rest_seconds, problems) == (False, 45, [])
    assert window.context.settings.spoken_cues is False


def test_an_interrupted_session_keeps_its_sets_and_can_get_its_pain_after(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    advance(qtbot, window, clock, 5 + 60)  # set 1 saved
    session_id = window.recorder.session.id
    # The app is killed here: nothing else runs. At the next start the session is found 'running'.
    window.controller.runner.stop()
    window.controller.shutdown()
    window.controller = None
    window.recorder = None
    window.pages.setCurrentWidget(window.today)
    window.after_start()
    dialog = active_dialog(AfterSessionDialog)
    qtbot.keyClick(dialog, "2")
    dialog.save_button.click()
    with HistoryStore.open(window.context.paths) as reader:
        stored = reader.get_session(session_id)
        assert (stored.status, stored.pain_after) == ("interrupted", 2)
        assert len(reader.sets_for(session_id)) == 1
    assert not window.banner.isVisible()


def test_backup_and_restore_from_the_menu(qtbot, window, clock) -> None:
    from pathlib import Path

    from rugtimer.model.records import PainEntry

    store = window.context.store
    store.add_pain_entry(PainEntry(at=datetime_now(), pain=5, context="manual"))
    window.files.backup_now()
    backups = sorted(Path(window.context.paths.backups).glob("history-*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in window.banner.text()
    window.context.store.add_pain_entry(PainEntry(at=datetime_now(), pain=7, context="manual"))
    assert window.files.restore_backup(backups[0])
    assert [e.pain for e in window.context.store.pain_entries()] == [5]


def datetime_now():
    from datetime import datetime

    return datetime.now().astimezone()


def test_export_and_import_from_the_file_menu(qtbot, window, clock, tmp_path) -> None:
    import json

    start_bridges(qtbot, window)
    advance(qtbot, window, clock, 5 + 60)
    window.controller.runner.stop()
    window.controller.shutdown()
    window.controller = None
    for kind in ("json", "csv", "pdf"):
        assert window.files.export_history(tmp_path / f"out.{kind}", kind), window.banner.text()
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["format"] == "rugtimer-history" and len(data["sessions"]) == 1
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert window.files.import_history(tmp_path / "out.json")  # the same history again: nothing new
    bad = tmp_path / "bad.json"
    data["sessions"][0]["pain_before"] = 11
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert not window.files.import_history(bad)
    assert "pain_before" in window.banner.text()
    box = window.files.import_problem  # a box that stays until read, naming the field
    assert box.isVisible() and "bad.json" in box.text() and "pain_before" in box.informativeText()
    box.accept()


def test_a_read_only_history_starts_no_session_and_says_why(qtbot, window) -> None:
    window.context.read_only = True
    window.start_session()
    assert window.controller is None
    assert READ_ONLY.get("nl") in window.banner.text()


def test_the_easier_variant_chosen_after_this_hurts_is_the_one_stored(qtbot, window, clock) -> None:
    from rugtimer.ui.dialogs.hurt_dialog import HurtChoice

    start_bridges(qtbot, window)
    bridge = window.context.library.exercise("glute_bridge")
    window.controller.pause()
    window._after_hurt(bridge, HurtChoice.EASIER)  # what the "this hurts" dialog's answer does
    advance(qtbot, window, clock, 5 + 60)  # lead-in and the first set
    sets = window.context.store.sets_for(window.recorder.session.id)
    easier = bridge.variants_at("easier")[0]
    assert sets and {s.variant for s in sets} == {easier.id}
    assert window.session_view.exercise_name.text().endswith(easier.name.get("nl"))


@pytest.mark.parametrize("reduced", [True, False])
def test_the_reduced_motion_setting_reaches_the_session(qtbot, window, clock, reduced: bool) -> None:
    from dataclasses import replace

    window.context.settings = replace(window.context.settings, reduced_motion=reduced)
    start_bridges(qtbot, window)
    advance(qtbot, window, clock, 5 + 1)  # halfway up the first repetition
    figure = window.session_view.illustration
    still = figure.animation().still_pose()
    assert (figure.pose() == still) is reduced


def test_a_still_hold_needs_a_frame_only_when_its_seconds_change(qtbot, window, clock) -> None:
    """The bridge's hold moves neither the figure nor the bar: frames wait for the next whole second, and the
    next step (down) animates at the full rate again."""
    start_bridges(qtbot, window)
    controller = window.controller
    advance(qtbot, window, clock, 5)
    assert controller.snapshot().step.phase.value == "up"
    window._frame()
    assert controller.frame_interval_ms == 50
    advance(qtbot, window, clock, 2)
    assert controller.snapshot().step.phase.value == "hold"
    clock.advance(0.25)
    window._frame()
    assert controller.frame_interval_ms == 750  # 1750 ms left: "2" turns into "1" in 750 ms
    assert window.session_view.seconds.text() == "2"
    advance(qtbot, window, clock, 1.75)
    assert controller.snapshot().step.phase.value == "down"
    assert controller.frame_interval_ms == 50
    window._frame()
    assert controller.frame_interval_ms == 50


def test_a_rest_is_redrawn_as_often_as_its_bar_moves_a_pixel(qtbot, window, clock) -> None:
    start_bridges(qtbot, window)
    controller, bar = window.controller, window.session_view.bar
    advance(qtbot, window, clock, 5 + 60)  # the get-ready and a whole set
    assert controller.snapshot().step.phase.value == "rest"
    window._frame()
    per_pixel = 30_000 / (bar.height() - 8)  # the 30 s rest drains the bar's track
    assert per_pixel > 50
    assert controller.frame_interval_ms == math.ceil(per_pixel)
    level = bar.level
    clock.advance(per_pixel / 1000)
    window._frame()
    assert (level - bar.level) * (bar.height() - 8) == pytest.approx(1.0, abs=0.01)  # one pixel per frame
