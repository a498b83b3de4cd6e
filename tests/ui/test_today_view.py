"""The Today view with the real library: a card per planned exercise, its texts, and the start signals."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from rugtimer.program.exercises import Range
from rugtimer.program.library import Library, load_library
from rugtimer.program.plan import Dose
from rugtimer.ui.exercise_card import ExerciseCard
from rugtimer.ui.today_view import TodayView

MakeView = Callable[..., TodayView]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture
def make_view(qtbot: QtBot, library: Library) -> MakeView:
    def make(language: str = "en", doses: list[Dose] | None = None) -> TodayView:
        view = TodayView(library, library.plan.week1 if doses is None else doses, language)
        qtbot.addWidget(view)
        return view

    return make


def shown(qtbot: QtBot, view: TodayView, width: int = 1366, height: int = 768) -> TodayView:
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def label(card: ExerciseCard, name: str) -> str:
    child = card.findChild(QLabel, name)
    assert child is not None, f"no label {name!r} on {card.objectName()}"
    return child.text()


def test_a_card_for_every_exercise_of_week_one(make_view: MakeView, library: Library) -> None:
    view = make_view()
    ids = [dose.exercise for dose in library.plan.week1]
    assert len(ids) == 8
    assert [card.exercise_id for card in view.cards()] == ids
    for exercise_id in ids:
        assert view.findChild(ExerciseCard, f"card_{exercise_id}") is view.card(exercise_id)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_cards_show_name_cue_and_label_in_the_chosen_language(
    make_view: MakeView, library: Library, language: str
) -> None:
    view = make_view(language)
    for card in view.cards():
        exercise = library.exercise(card.exercise_id)
        assert label(card, "name") == exercise.name.get(language)
        assert label(card, "cue") == exercise.cue.get(language)
        assert label(card, "meta").startswith(f"{exercise.label} · ")
        assert card.start_button.accessibleName() == f"Start {exercise.name.get(language)}"
        assert exercise.name.get(language) in card.more_button.accessibleName()
    assert view.card("glute_bridge") is not None
    assert label(view.card("glute_bridge"), "name") == {"nl": "Bruggetje", "en": "Glute bridge"}[language]


@pytest.mark.parametrize(
    ("language", "exercise_id", "expected"),
    [
        ("nl", "glute_bridge", "2 × 10, tempo 2-2-2"),
        ("en", "glute_bridge", "2 × 10, tempo 2-2-2"),
        ("nl", "bird_dog", "2 × 6 per kant, tempo 1-3-1"),
        ("en", "bird_dog", "2 × 6 per side, tempo 1-3-1"),
        ("en", "seated_micro_moves", "2 × 45 s"),
        ("en", "knee_rocking", "1 min"),
    ],
)
def test_the_dosage_line(make_view: MakeView, language: str, exercise_id: str, expected: str) -> None:
    view = make_view(language)  # keep the view alive while its card is read
    card = view.card(exercise_id)
    assert card is not None
    assert label(card, "dose") == expected


def test_purpose_chips_are_translated_words(make_view: MakeView) -> None:
    view = make_view()
    card = view.card("glute_bridge")
    assert card is not None
    assert label(card, "purpose_strength") == "Strength"
    assert label(card, "purpose_coordination") == "Coordination"


def test_a_dose_on_a_variant_names_the_variant(make_view: MakeView) -> None:
    view = make_view(doses=[Dose("glute_bridge", 2, 10, variant="smaller_lift")])
    card = view.card("glute_bridge")
    assert card is not None
    assert label(card, "variant") == "Variant: Small bridge"


def test_more_unfolds_steps_why_variants_and_safety(
    qtbot: QtBot, make_view: MakeView, library: Library
) -> None:
    view = shown(qtbot, make_view())
    card = view.card("glute_bridge")
    assert card is not None
    assert not card.details.isVisible()
    with qtbot.waitSignal(card.expanded_changed) as blocker:
        qtbot.keyClick(card.more_button, Qt.Key.Key_Space)  # keyboard-operable
    assert blocker.args == [True]
    assert card.is_expanded()
    assert card.details.isVisible()
    exercise = library.exercise("glute_bridge")
    steps = label(card, "steps")
    for step in exercise.steps.en:
        assert step in steps
    assert steps.count("<li>") == len(exercise.steps.en)
    assert "<ol" in steps  # numbered
    assert label(card, "why") == exercise.why.en
    assert "Easier: Small bridge" in label(card, "variants")
    assert "Harder: Single-leg bridge" in label(card, "variants")
    assert "Sharp pain? Stop, or lift less high." in label(card, "safety")
    assert "Less" in card.more_button.text()

    qtbot.mouseClick(card.more_button, Qt.MouseButton.LeftButton)
    assert not card.is_expanded()
    assert not card.details.isVisible()


def test_the_start_session_button_signals(qtbot: QtBot, make_view: MakeView) -> None:
    view = shown(qtbot, make_view())
    button = view.start_button
    assert button.objectName() == "startSessionButton"
    assert "[Space]" in button.text()
    with qtbot.waitSignal(view.start_session_requested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.start_session_requested):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    with qtbot.waitSignal(view.start_session_requested):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_a_card_start_button_asks_for_that_exercise(qtbot: QtBot, make_view: MakeView) -> None:
    view = shown(qtbot, make_view())
    card = view.card("glute_bridge")
    assert card is not None
    with qtbot.waitSignal(view.start_exercise_requested) as blocker:
        qtbot.mouseClick(card.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["glute_bridge"]
    bird_dog = view.card("bird_dog")
    assert bird_dog is not None
    with qtbot.waitSignal(view.start_exercise_requested) as blocker:
        qtbot.keyClick(bird_dog.start_button, Qt.Key.Key_Space)
    assert blocker.args == ["bird_dog"]


def test_start_has_focus_and_tab_walks_the_cards_in_order(qtbot: QtBot, make_view: MakeView) -> None:
    view = shown(qtbot, make_view())
    view.activateWindow()
    qtbot.waitActive(view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.start_button)
    expected = [w for card in view.cards() for w in (card.start_button, card.more_button)]
    walked = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == expected


def test_week_progress_text(make_view: MakeView) -> None:
    view = make_view()
    progress = view.findChild(QLabel, "weekProgress")
    assert progress is not None
    view.set_week_progress(2, Range(3, 4))
    assert progress.text() == "2 of 3–4 days with exercises this week"
    view.set_week_progress(4, Range(3, 4))
    assert progress.text().startswith("4 of 3–4 days with exercises this week")
    view.set_plan_week(3)
    week = view.findChild(QLabel, "planWeek")
    assert week is not None
    assert week.text() == "Week 3 of your plan"


def test_two_columns_on_a_wide_window_one_on_a_narrow_one(qtbot: QtBot, make_view: MakeView) -> None:
    view = shown(qtbot, make_view(), 1366, 768)
    first, second = view.cards()[:2]
    assert view.column_count() == 2
    qtbot.waitUntil(lambda: second.geometry().left() > first.geometry().right())
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.column_count() == 1)
    qtbot.waitUntil(lambda: second.geometry().top() > first.geometry().bottom())
    view.resize(1366, 768)
    qtbot.waitUntil(lambda: view.column_count() == 2)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_readable_at_1366_without_horizontal_scrolling(
    qtbot: QtBot, make_view: MakeView, language: str
) -> None:
    view = shown(qtbot, make_view(language), 1366, 768)
    for card in view.cards():
        card.set_expanded(True)
    QApplication.processEvents()
    for card in view.cards():
        right = card.mapTo(view, card.rect().topRight()).x()
        assert right <= view.width(), card.objectName()
    assert view.start_button.mapTo(view, view.start_button.rect().topRight()).x() <= view.width()


def test_set_doses_rebuilds_the_cards(qtbot: QtBot, make_view: MakeView) -> None:
    view = make_view()
    assert view.findChild(QLabel, "heading_floor").text() == "Without a ball (mat and chair)"
    assert view.findChild(QLabel, "heading_ball").text() == "With the ball"
    view.set_doses([Dose("glute_bridge", 3, 12)])
    assert [card.exercise_id for card in view.cards()] == ["glute_bridge"]
    card = view.card("glute_bridge")
    assert card is not None
    assert label(card, "dose") == "3 × 12, tempo 2-2-2"
    qtbot.waitUntil(lambda: view.findChild(QLabel, "heading_floor") is None)  # one group: no headings
    with qtbot.waitSignal(view.start_exercise_requested) as blocker:
        card.start_button.click()
    assert blocker.args == ["glute_bridge"]
