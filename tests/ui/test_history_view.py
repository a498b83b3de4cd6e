"""The history list with real widgets and a real store: texts, details, edit, delete with undo, empty state.

Dialogs are opened with open() (never exec()) and answered with clicks and keys, like a person would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from rugtimer.history.history_rows import session_rows
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import HurtEvent, SessionRecord, SetRecord
from rugtimer.paths import Paths
from rugtimer.program.library import Library, load_library
from rugtimer.ui import history_view
from rugtimer.ui.history_model import DATE, EXERCISES, NOTE, PAIN, RATING, SORT_ROLE, STATUS, HistoryModel
from rugtimer.ui.history_view import HistoryView

CET = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 25)


@dataclass
class Made:
    """Three sessions: an older completed one with sets and a hurt, a newer interrupted one, one from 2025."""

    completed: SessionRecord
    interrupted: SessionRecord
    last_year: SessionRecord
    sets: list[SetRecord]
    hurt: HurtEvent


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture
def store(paths: Paths) -> Iterator[HistoryStore]:
    with HistoryStore.open(paths) as opened:
        yield opened


@pytest.fixture
def made(store: HistoryStore) -> Made:
    completed = SessionRecord(
        started_at=datetime(2026, 11, 23, 19, 30, tzinfo=CET),
        ended_at=datetime(2026, 11, 23, 19, 50, tzinfo=CET),
        status="completed",
        plan_week=3,
        pain_before=4,
        pain_after=2,
        rating="good",
        note="Stiff in the morning\nbetter after the bridge",
    )
    interrupted = SessionRecord(
        started_at=datetime(2026, 11, 24, 8, 15, tzinfo=CET),
        ended_at=datetime(2026, 11, 24, 8, 20, tzinfo=CET),
        status="interrupted",
        plan_week=3,
        pain_before=5,
    )
    last_year = SessionRecord(
        started_at=datetime(2025, 12, 31, 23, 30, tzinfo=CET),
        ended_at=datetime(2025, 12, 31, 23, 55, tzinfo=CET),
        status="stopped",
        plan_week=1,
        is_demo=True,
        note="demo",
    )
    for record in (completed, interrupted, last_year):
        store.add_session(record)
    start = completed.started_at
    sets = [
        SetRecord(
            session_id=completed.id,
            exercise="knee_rocking",
            set_number=1,
            seconds=60,
            completed_at=start + timedelta(minutes=2),
        ),
        SetRecord(
            session_id=completed.id,
            exercise="glute_bridge",
            set_number=1,
            reps=10,
            completed_at=start + timedelta(minutes=5),
        ),
        SetRecord(
            session_id=completed.id,
            exercise="bird_dog",
            set_number=1,
            side="left",
            reps=6,
            completed_at=start + timedelta(minutes=8),
        ),
    ]
    for record in sets:
        store.record_set(record)
    hurt = HurtEvent(
        at=start + timedelta(minutes=7), exercise="bird_dog", session_id=completed.id, note="sharp"
    )
    store.record_hurt(hurt)
    return Made(completed, interrupted, last_year, sets, hurt)


MakeView = Callable[[], HistoryView]


@pytest.fixture
def make_view(qtbot: QtBot, store: HistoryStore, library: Library) -> MakeView:
    def make() -> HistoryView:
        view = HistoryView(lambda: store, library, "en", today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def names(library: Library, language: str = "en") -> Callable[[str], str]:
    return lambda exercise: library.exercises[exercise].name.get(language)


# --- the model, without a view


def test_the_model_shows_sessions_newest_first_with_readable_texts(
    qtbot: QtBot, store: HistoryStore, made: Made, library: Library
) -> None:
    model = HistoryModel(names(library), "en", today=lambda: TODAY)
    model.set_rows(session_rows(store))
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert [model.session_row(r).id for r in range(3)] == [
        made.interrupted.id,
        made.completed.id,
        made.last_year.id,
    ]
    assert [model.text(1, c) for c in range(6)] == [
        "Mon 23-11 19:30",
        "Knee rocking on your back, Glute bridge, Bird-dog light",
        "4 → 2",
        "Good",
        "Stiff in the morning",
        "Completed",
    ]
    assert model.text(0, PAIN) == "5 → –"
    assert model.text(0, RATING) == "–"
    assert model.text(0, EXERCISES) == "–"
    assert model.text(0, STATUS) == "⚠ Interrupted"
    assert (
        model.text(2, DATE) == "Wed 31-12-2025 23:30"
    )  # another year shows its year; 23:30 stays on its day
    assert model.text(2, PAIN) == "–"
    assert model.text(2, STATUS) == "⚠ Stopped early · demo"
    index = model.index(1, NOTE)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == made.completed.note
    assert model.data(model.index(1, PAIN), Qt.ItemDataRole.AccessibleTextRole) == "Pain before 4, after 2"
    assert model.data(model.index(0, STATUS), Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(PAIN, Qt.Orientation.Horizontal) == "Pain before → after"


def test_the_model_formats_dates_in_the_ui_language(
    store: HistoryStore, made: Made, library: Library
) -> None:
    model = HistoryModel(names(library, "nl"), "nl", today=lambda: TODAY)
    model.set_rows(session_rows(store))
    assert model.text(1, DATE) == "ma 23-11 19:30"
    assert model.text(1, EXERCISES) == "Kniewiegen in ruglig, Bruggetje, Vierpoot light"


def test_the_model_sorts_by_any_column_and_back_to_newest_first(
    store: HistoryStore, made: Made, library: Library
) -> None:
    model = HistoryModel(names(library), "en", today=lambda: TODAY)
    model.set_rows(session_rows(store))
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert [model.session_row(r).id for r in range(3)] == [
        made.last_year.id,
        made.completed.id,
        made.interrupted.id,
    ]
    model.sort(PAIN, Qt.SortOrder.DescendingOrder)
    assert [model.text(r, PAIN) for r in range(3)] == ["5 → –", "4 → 2", "–"]
    assert model.data(model.index(0, DATE), SORT_ROLE) == made.interrupted.started_at.timestamp()
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert model.session_row(0).id == made.interrupted.id


# --- the view


def test_the_view_lists_sessions_and_shows_the_sets_of_the_selected_one(
    make_view: MakeView, made: Made
) -> None:
    view = make_view()
    assert not view.is_empty()
    assert view.table.accessibleName() == "Sessions, newest first"
    assert view.selected_session_id() == made.interrupted.id  # the newest is selected at first
    assert view.sets_table.item(0, 0).text() == "No sets were saved for this session."

    view.select_session(made.completed.id)
    assert view.selected_session_id() == made.completed.id
    sets = view.sets_table
    assert sets.rowCount() == 3
    rows = [[sets.item(r, c).text() for c in range(5)] for r in range(3)]
    assert rows == [
        ["Knee rocking on your back", "1", "–", "60 s", "19:32"],
        ["Glute bridge", "1", "–", "10", "19:35"],
        ["Bird-dog light", "1", "Left", "6", "19:38"],
    ]
    details = view.details_text()
    assert "Mon 23-11 19:30 · Completed" in details
    assert "Pain before → after: 4 → 2" in details
    assert "“This hurts” at 19:37 during Bird-dog light: sharp" in details


def test_the_sets_show_the_variant_and_both_sides_of_an_alternating_set(
    make_view: MakeView, made: Made, store: HistoryStore
) -> None:
    start = made.completed.started_at
    for number, exercise, variant in ((2, "glute_bridge", "smaller_lift"), (2, "bird_dog", None)):
        store.record_set(
            SetRecord(
                session_id=made.completed.id,
                exercise=exercise,
                set_number=number,
                reps=8,
                variant=variant,
                completed_at=start + timedelta(minutes=10 + number),
            )
        )
    view = make_view()
    view.select_session(made.completed.id)
    sets = view.sets_table
    rows = {(sets.item(r, 0).text(), sets.item(r, 2).text()) for r in range(sets.rowCount())}
    assert ("Glute bridge · variant: Small bridge", "–") in rows  # the variant it was done in
    assert ("Bird-dog light", "Both, in turn") in rows  # stored without a side: it covers both
    assert ("Bird-dog light", "Left") in rows


def test_arrow_keys_move_the_selection(qtbot: QtBot, make_view: MakeView, made: Made) -> None:
    view = make_view()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.selected_session_id() == made.completed.id
    assert view.sets_table.rowCount() == 3


def test_enter_edits_pain_and_note_and_it_is_saved(
    qtbot: QtBot, make_view: MakeView, made: Made, paths: Paths
) -> None:
    view = make_view()
    view.select_session(made.completed.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.before_scale.value() == 4 and dialog.after_scale.value() == 2
    assert dialog.rating() == "good"

    qtbot.mouseClick(dialog.before_scale.button(6), Qt.MouseButton.LeftButton)  # a click chooses, not saves
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "clearAfter"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.rating_button("too_hard"), Qt.MouseButton.LeftButton)
    assert dialog.rating() == "too_hard"
    dialog.note_edit.setPlainText("")
    qtbot.keyClicks(dialog.note_edit, "Mistyped the pain")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
    assert not dialog.isVisible()
    assert view.editor is None

    assert view.selected_session_id() == made.completed.id
    row = view.model.row_of(made.completed.id)
    assert view.model.text(row, PAIN) == "6 → –"
    assert view.model.text(row, NOTE) == "Mistyped the pain"
    with HistoryStore.open(paths) as reopened:
        saved = reopened.get_session(made.completed.id)
    assert saved is not None
    assert (saved.pain_before, saved.pain_after, saved.rating, saved.note) == (
        6,
        None,
        "too_hard",
        "Mistyped the pain",
    )


def test_cancelling_the_edit_changes_nothing(
    qtbot: QtBot, make_view: MakeView, made: Made, store: HistoryStore
) -> None:
    view = make_view()
    view.select_session(made.completed.id)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.editor
    assert dialog is not None
    dialog.before_scale.set_value(9)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert store.get_session(made.completed.id) == made.completed


def _confirm(view: HistoryView) -> QMessageBox:
    box = view.confirm_box
    assert box is not None and box.isVisible()
    return box


def test_delete_asks_first_and_cancel_keeps_the_session(
    qtbot: QtBot, make_view: MakeView, made: Made, store: HistoryStore
) -> None:
    view = make_view()
    view.select_session(made.completed.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = _confirm(view)
    assert "Mon 23-11 19:30" in box.text()
    assert "3 sets" in box.informativeText()
    assert store.get_session(made.completed.id) is not None  # nothing deleted while asking
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert view.confirm_box is None
    assert store.get_session(made.completed.id) == made.completed


def test_delete_then_undo_restores_the_same_ids_sets_and_hurts(
    qtbot: QtBot, make_view: MakeView, made: Made, store: HistoryStore
) -> None:
    view = make_view()
    view.select_session(made.completed.id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = _confirm(view)
    delete = box.findChild(QPushButton, "confirmDeleteButton")
    delete.click()

    assert store.get_session(made.completed.id) is None
    assert store.sets_for(made.completed.id) == []
    assert store.hurt_events(session_id=made.completed.id) == []
    assert view.model.row_of(made.completed.id) is None
    assert view.model.rowCount() == 2
    assert view.selected_session_id() == made.last_year.id  # the one below moves up
    assert view.undo_button.isVisible()
    assert "Mon 23-11 19:30" in view.banner_label.text()

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert store.get_session(made.completed.id) == made.completed
    assert store.sets_for(made.completed.id) == made.sets
    assert store.hurt_events(session_id=made.completed.id) == [made.hurt]
    assert view.selected_session_id() == made.completed.id
    assert view.model.rowCount() == 3
    assert not view.undo_button.isVisible()


def test_ctrl_z_undoes_a_delete_from_the_keyboard(
    qtbot: QtBot, make_view: MakeView, made: Made, store: HistoryStore
) -> None:
    view = make_view()
    view.select_session(made.completed.id)
    assert view.delete_session(made.completed.id)
    assert "Ctrl+Z" in view.undo_button.text()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_session(made.completed.id) == made.completed
    assert view.selected_session_id() == made.completed.id
    assert not view.undo_button.isVisible()


def test_the_undo_offer_ends_after_a_while(
    qtbot: QtBot, store: HistoryStore, made: Made, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_view, "UNDO_SECONDS", 0.05)
    view = HistoryView(lambda: store, library, "en", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.delete_session(made.interrupted.id)
    assert view.undo_button.isVisible()
    qtbot.waitUntil(lambda: not view.undo_button.isVisible(), timeout=2000)
    assert not view.undo_delete()  # nothing to undo any more
    assert store.get_session(made.interrupted.id) is None


def test_an_empty_history_shows_a_friendly_line(make_view: MakeView) -> None:
    view = make_view()
    assert view.is_empty()
    assert view.empty_label.isVisible()
    assert "No sessions yet." in view.empty_label.text()
    assert not view.table.isVisible()
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    assert view.edit_selected() is None and view.ask_delete() is None


def test_deleting_the_last_session_shows_the_empty_state_and_undo_brings_it_back(
    qtbot: QtBot, make_view: MakeView, store: HistoryStore
) -> None:
    only = SessionRecord(
        started_at=datetime(2026, 11, 20, 19, 0, tzinfo=CET),
        ended_at=datetime(2026, 11, 20, 19, 20, tzinfo=CET),
        status="completed",
        plan_week=1,
    )
    store.add_session(only)
    view = make_view()
    assert not view.is_empty()
    assert view.delete_session(only.id)
    assert view.is_empty() and view.undo_button.isVisible()
    view.undo_delete()
    assert not view.is_empty()
    assert view.selected_session_id() == only.id


# --- large text on a laptop (rugtimer.screen_fit and the view)


def test_every_column_keeps_its_least_and_the_rest_goes_in_order() -> None:
    from rugtimer.screen_fit import fit_columns

    least = [100, 50, 80, 60]
    steps = [(1, 90), (3, 100), (1, 400)]
    assert fit_columns(least, 290, steps, rest_to=1) == [100, 50, 80, 60]  # exactly the least
    assert fit_columns(least, 350, steps, rest_to=1) == [100, 90, 80, 80]  # the first steps, in order
    assert fit_columns(least, 900, steps, rest_to=1) == [100, 620, 80, 100]  # the rest to the exercises
    assert fit_columns(least, 200, steps, rest_to=1) == least  # too narrow: scroll, but drop nothing


def test_the_split_gives_both_panes_their_least_before_sharing_out() -> None:
    from rugtimer.screen_fit import split_heights

    assert split_heights(600, 200, 150, 2 / 3) == (400, 200)  # two thirds when both have room
    assert split_heights(450, 250, 180, 2 / 3) == (270, 180)  # the details keep their least
    assert split_heights(400, 250, 180, 2 / 3) == (235, 165)  # too little for both: the shortfall shared
    assert split_heights(0, 250, 180, 2 / 3) == (0, 0)


def test_the_selected_sessions_line_shows_the_date_at_least_beside_its_buttons(qtbot: QtBot) -> None:
    label = history_view._ShorteningLabel()
    qtbot.addWidget(label)
    whole, date_only = "Wed 27-12-2025 23:59 · ⚠ Stopped early · demo", "Wed 27-12-2025 23:59"
    label.set_texts(whole, date_only)
    label.show()  # a hidden widget gets its resize events only when shown
    qtbot.waitExposed(label)
    label.resize(label.fontMetrics().horizontalAdvance(whole) + 10, 30)
    assert label.text() == whole
    label.resize(label.fontMetrics().horizontalAdvance(date_only) + 10, 30)
    assert label.text() == date_only
    assert label.accessibleName() == label.toolTip() == label.full_text() == whole
    label.resize(40, 30)
    assert label.text().endswith("…") and label.minimumSizeHint().width() == 0


def test_at_175_percent_under_a_notice_five_sessions_two_sets_and_every_column_show(
    qtbot: QtBot, store: HistoryStore, library: Library, text_scale_175: None
) -> None:
    """The page under the two-line no-sound notice at 175 % on 1366×768 is 1302×554 px. It showed two
    sessions and half a set, had dropped the note column and cut every demo status to "Completed · de…"."""
    from rugtimer.app.demo import fill_demo
    from tests.ui.a11y_checks import (
        cut_column_offenders,
        header_offenders,
        hidden_column_offenders,
        whole_rows_shown,
    )

    fill_demo(store, 12, today=TODAY, library=library)
    view = HistoryView(lambda: store, library, "en", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1302, 554)
    view.show()
    qtbot.waitExposed(view)
    for _round in range(5):  # the split is made once the splitter has its size
        qtbot.wait(10)
    assert whole_rows_shown(view.table) >= 5
    assert whole_rows_shown(view.sets_table) >= 2
    assert hidden_column_offenders("History", view) == []
    assert header_offenders("History", view) == []  # every title whole, and no sideways scrolling
    whole = (DATE, PAIN, RATING, STATUS)
    assert (
        cut_column_offenders("History", view, "historyTable", whole, keep=lambda t: t.split(" · ")[0]) == []
    )
    usual = view.model.text(0, STATUS)  # the status most rows have, demo mark and all
    assert view.table.fontMetrics().horizontalAdvance(usual) < view.table.columnWidth(STATUS)
    view.close()
