"""A folder opened read-only: the window lets the person look and export, and refuses every save before a
dialog is filled in, in the window's language and without SQLite's words (a reviewer logged a walk there and
read "attempt to write a readonly database (SQLITE_READONLY)" in the Dutch window)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from rugtimer.app.demo import fill_demo
from rugtimer.app.problem_words import READ_ONLY
from rugtimer.history.errors import ReadOnlyFolderError
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import Activity
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.main_window import MainWindow
from tests.program.fake_clock import FakeClock

DUTCH = READ_ONLY.get("nl")


@pytest.fixture
def window(qtbot, paths):
    with HistoryStore.open(paths) as store:
        fill_demo(store, 2, today=date.today(), seed=3, language="nl")
    store = HistoryStore.open_readonly(paths)
    context = AppContext(
        paths, load_library(), store, RecordingCuePlayer(), language="nl", clock=FakeClock(), wall_clock=None
    )
    context.read_only = True
    win = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    win.show()
    qtbot.waitExposed(win)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    win.deleteLater()
    store.close()


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_the_read_only_sentence_is_dutch_and_names_no_database_internals() -> None:
    assert READ_ONLY.get("en") != DUTCH and "alleen-lezen" in DUTCH.lower()
    assert "SQLITE" not in DUTCH and "database" not in DUTCH.lower()


def test_what_would_save_is_greyed_out(window) -> None:
    today = window.today
    assert today.cards() and not today.start_button.isEnabled()
    assert not [card for card in today.cards() if card.start_button.isEnabled()]
    assert not window.activity_summary.add_button.isEnabled()


def test_a_store_opened_read_only_refuses_a_write_with_the_folder_error(paths) -> None:
    with HistoryStore.open(paths):
        pass
    store = HistoryStore.open_readonly(paths)
    try:
        with pytest.raises(ReadOnlyFolderError) as raised:
            store.add_activity(Activity(date=date.today(), kind="walking", minutes=30))
        assert "SQLITE" not in str(raised.value)
    finally:
        store.close()


@pytest.mark.parametrize(
    "action",
    [
        lambda w: w.start_session(),
        lambda w: w.log_activity(),
        lambda w: w.edit_program(),
        lambda w: w.files.choose_import(),
        lambda w: w.files.backup_now(),
        lambda w: w.files.choose_backup_to_restore(),
    ],
    ids=["session", "walk", "my-program", "import", "backup", "restore"],
)
def test_every_save_is_refused_before_its_dialog_opens(window, action) -> None:
    action(window)
    assert not open_dialogs(), "a dialog whose answer cannot be saved was opened"
    assert window.controller is None
    assert DUTCH in window.banner.text()
    action(window)  # asked again: the same one line, not a second copy piling up in the banner
    assert window.banner.text().count(DUTCH) == 1


def test_a_save_that_slips_through_reads_as_read_only_in_dutch(window) -> None:
    window._save_activity(Activity(date=date.today(), kind="walking", minutes=30))
    text = window.banner.text()
    assert DUTCH in text and "SQLITE" not in text
