"""My program: edit, import, export and reset, driven like a person would (never exec(), no real file dialog
unless the test fills it in)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rugtimer.program.exercises import Kind
from rugtimer.program.library import Library, load_library
from rugtimer.program.plan import Dose
from rugtimer.program.program import Program, load_program, start_program
from rugtimer.program.program_files import write_program_file
from rugtimer.ui.dialogs.program_dialog import MIN_POINTS, ProgramDialog, suggested_name, text_points

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = QSize(1366, 768 - 40)  # a 1366×768 screen minus a panel


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def floor(library: Library) -> Program:
    return start_program(library.plan, "floor", library.exercises)


def make(
    qtbot: QtBot, library: Library, program: Program | None = None, rest: int = 30, language: str = "en"
) -> ProgramDialog:
    """The dialog, opened as the main window opens it (``open()``, never ``exec()``)."""
    dialog = ProgramDialog(library, program or floor(library), rest, language)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def answer_with(path: Path) -> Callable[[Callable[[Path], object]], None]:
    """Stands in for the file dialog: "the person chose ``path``"."""
    return lambda chosen: chosen(path)


# --- rows and ranges --------------------------------------------------------------------------------------


def test_one_row_per_exercise_grouped_on_the_mat_and_on_the_ball(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library)
    assert [row.exercise.id for row in dialog.rows()] == list(library.exercises)
    headings = [label.text() for label in dialog.findChildren(QLabel, "groupHeading")]
    assert headings == ["Without a ball", "With the ball"]
    ticked = [row.exercise.id for row in dialog.rows() if row.check.isChecked()]
    assert ticked == [e.id for e in library.group("floor")]
    glute = dialog.row("glute_bridge")
    assert glute.check.text() == "3 · Glute bridge"
    assert glute.check.accessibleName() == "Glute bridge: in my program"
    assert all(not w.isEnabled() for w in dialog.row("ball_wall_squat").controls()[1:])  # unticked
    dialog.reject()


def test_spin_boxes_only_allow_each_exercises_range(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library, start_program(library.plan, "both", library.exercises))
    for row in dialog.rows():
        ranges = row.exercise.dosage
        if row.exercise.kind is Kind.CONTINUOUS:
            assert row.sets is None  # one block: no sets to choose
        else:
            assert row.sets is not None
            assert (row.sets.minimum(), row.sets.maximum()) == (ranges.sets.low, ranges.sets.high)
        allowed = ranges.reps if row.exercise.kind is Kind.REPS else ranges.seconds
        assert allowed is not None
        assert (row.amount.minimum(), row.amount.maximum()) == (allowed.low, allowed.high), row.exercise.id
        assert row.amount.accessibleDescription() == f"From {allowed.low} to {allowed.high}"
        row.amount.setValue(allowed.high + 50)
        assert row.amount.value() == allowed.high
        row.amount.setValue(0)
        assert row.amount.value() == allowed.low
    assert dialog.row("bird_dog").amount.suffix() == " reps per side"
    assert dialog.row("glute_bridge").amount.suffix() == " reps"
    assert dialog.row("knee_rocking").amount.suffix() == " s"
    assert (dialog.rest_box.minimum(), dialog.rest_box.maximum()) == (0, 600)
    dialog.reject()


def test_typing_or_arrowing_past_the_range_stops_at_its_end(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library)
    reps = dialog.row("glute_bridge").amount
    reps.setFocus()
    for _ in range(10):
        qtbot.keyClick(reps, Qt.Key.Key_Up)
    assert reps.value() == 12
    reps.lineEdit().selectAll()
    qtbot.keyClicks(reps, "99")
    qtbot.keyClick(reps, Qt.Key.Key_Tab)
    assert reps.value() <= 12
    assert dialog.program().dose_for("glute_bridge") == Dose("glute_bridge", 2, reps=reps.value())
    dialog.reject()


def test_the_variant_list_names_standard_easier_and_harder(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library)
    box = dialog.row("glute_bridge").variant
    exercise = library.exercise("glute_bridge")
    items = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
    assert items == [
        ("Standard", None),
        ("Easier: Small bridge", "smaller_lift"),
        ("Harder: Single-leg bridge", "single_leg"),
        ("Harder: Feet on a low step", "feet_on_step"),
    ]
    box.setCurrentIndex(box.findData("single_leg"))
    description = exercise.variant("single_leg").description.en  # type: ignore[union-attr]
    assert box.toolTip() == description
    assert box.accessibleDescription() == description
    assert box.itemData(1, Qt.ItemDataRole.ToolTipRole) == exercise.variant("smaller_lift").description.en  # type: ignore[union-attr]
    dialog.reject()


def test_the_edited_program_in_library_order(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library, rest=40)
    assert dialog.program() == floor(library)  # untouched: the same program, rest still from the settings
    assert dialog.rest_box.value() == 40
    dialog.row("ball_wall_squat").check.setChecked(True)
    dialog.row("ball_wall_squat").amount.setValue(11)
    dialog.row("knee_rocking").check.setChecked(False)
    glute = dialog.row("glute_bridge")
    assert glute.sets is not None
    glute.sets.setValue(3)
    glute.variant.setCurrentIndex(glute.variant.findData("smaller_lift"))
    dialog.rest_box.setValue(45)
    assert dialog.program() == Program(
        (
            Dose("seated_micro_moves", 2, seconds=45),
            Dose("glute_bridge", 3, reps=10, variant="smaller_lift"),
            Dose("bird_dog", 2, reps=6),
            Dose("ball_wall_squat", 2, reps=11),
        ),
        rest_seconds=45,
    )
    assert dialog.reason() == "my_program"
    dialog.reject()


def test_a_program_with_its_own_rest_and_name_keeps_them(qtbot: QtBot, library: Library) -> None:
    program = Program(floor(library).doses, 90, "Week 3\nvoor Anna")
    dialog = make(qtbot, library, program, rest=30)
    assert dialog.rest_box.value() == 90
    name = dialog.findChild(QLabel, "programName")
    assert name is not None and name.isVisible() and name.text() == "Program: Week 3 voor Anna"
    assert dialog.program() == program
    dialog.reject()


# --- an empty program cannot be saved ---------------------------------------------------------------------


def test_unticking_everything_disables_save_and_says_why(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library)
    assert dialog.save_button.isEnabled() and not dialog.save_blocked_label.isVisible()
    for row in dialog.rows():
        row.check.setChecked(False)
    assert not dialog.save_button.isEnabled()
    assert not dialog.export_button.isEnabled()  # an empty program is not a valid file either
    assert dialog.save_blocked_label.isVisible()
    assert "at least one exercise" in dialog.save_blocked_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter does not save an empty program
    dialog.row("bird_dog").check.setChecked(True)
    assert dialog.save_button.isEnabled() and not dialog.save_blocked_label.isVisible()
    dialog.reject()


# --- import -----------------------------------------------------------------------------------------------


def test_import_a_good_file_loads_it_but_saves_nothing_yet(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theirs = Program(
        (Dose("ball_mini_tilt", 2, seconds=60, variant="feet_together"), Dose("bird_dog", 3, reps=8)),
        rest_seconds=45,
        name="Van je fysiotherapeut",
    )
    path = tmp_path / "anna.toml"
    write_program_file(path, theirs, library.exercises, "from the practice")
    dialog = make(qtbot, library)
    monkeypatch.setattr(dialog, "_ask_import_path", answer_with(path))
    accepted: list[int] = []
    dialog.finished.connect(accepted.append)
    dialog.import_button.click()
    assert dialog.program() == Program(  # library order: bird-dog (floor) before the ball exercise
        (Dose("bird_dog", 3, reps=8), Dose("ball_mini_tilt", 2, seconds=60, variant="feet_together")),
        rest_seconds=45,
        name="Van je fysiotherapeut",
    )
    assert dialog.reason() == "imported"
    assert dialog.rest_box.value() == 45
    assert dialog.status_label.isVisible() and "anna.toml" in dialog.status_label.text()
    assert dialog.isVisible() and accepted == []  # only Save makes it the program
    dialog.save_button.click()
    assert accepted == [QDialog.DialogCode.Accepted]
    assert dialog.reason() == "imported"


def test_import_a_bad_file_lists_every_problem_and_changes_nothing(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "wrong.toml"
    path.write_text(
        'format = "rugtimer-program"\nversion = 1\nrest_seconds = 900\n'
        '[[exercise]]\nid = "glute_bridge"\nsets = 5\nreps = 40\n'
        '[[exercise]]\nid = "cat_cow"\nsets = 1\n',
        encoding="utf-8",
    )
    dialog = make(qtbot, library)
    dialog.row("glute_bridge").amount.setValue(12)  # an edit made before the import stays
    before = dialog.program()
    monkeypatch.setattr(dialog, "_ask_import_path", answer_with(path))
    dialog.import_button.click()
    box = dialog.error_box()
    assert box is not None
    qtbot.waitExposed(box)
    text = f"{box.text()}\n{box.informativeText()}"
    assert "cannot be used as your program" in text
    assert str(path) in text
    for field in ("rest_seconds", "exercise[0].sets", "exercise[0].reps", "exercise[1].id"):
        assert f"• {field}: " in text, field
    assert "expected 8–12 repetitions for glute_bridge, got 40" in text
    assert (
        'unknown exercise id "cat_cow"' in text
    )  # a long line is shortened, its full text is in the details
    assert 'unknown exercise id "cat_cow" (known: ball_knee_rocking_hip_circles' in box.detailedText()
    assert box.font().pointSizeF() >= MIN_POINTS
    assert dialog.program() == before
    assert dialog.reason() == "my_program"
    box.done(0)
    qtbot.waitUntil(lambda: dialog.error_box() is None)
    dialog.reject()


def test_importing_a_history_export_says_what_it_is(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rugtimer-export.json"
    path.write_text('{"format": "rugtimer-history", "version": 1, "sessions": []}', encoding="utf-8")
    dialog = make(qtbot, library)
    monkeypatch.setattr(dialog, "_ask_import_path", answer_with(path))
    dialog.import_button.click()
    box = dialog.error_box()
    assert box is not None
    assert "history export" in box.informativeText()
    box.done(0)
    dialog.reject()


def test_many_problems_are_shortened_with_all_of_them_in_the_details(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    tables = "".join(f'[[exercise]]\nid = "nope_{n}"\nsets = 2\n' for n in range(20))
    path = tmp_path / "many.toml"
    path.write_text(f'format = "rugtimer-program"\nversion = 1\n{tables}', encoding="utf-8")
    dialog = make(qtbot, library)
    assert not dialog.import_file(path)
    box = dialog.error_box()
    assert box is not None
    assert box.informativeText().count("• ") == 5
    assert "15 more" in box.informativeText()
    assert box.detailedText().count("unknown exercise id") == 20
    box.done(0)
    dialog.reject()


def test_the_real_file_dialog_imports_the_chosen_file(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    path = tmp_path / "ball.toml"
    ball = start_program(library.plan, "ball", library.exercises)
    write_program_file(path, ball, library.exercises)
    dialog = ProgramDialog(library, floor(library), 30, "en", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.import_button.click()
    chooser = dialog.findChild(QFileDialog, "programFileDialog")
    assert chooser is not None
    qtbot.waitExposed(chooser)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.selectFile(str(path))
    chooser.accept()
    assert dialog.program() == ball
    assert dialog.reason() == "imported"
    dialog.reject()


# --- export -----------------------------------------------------------------------------------------------


def test_export_writes_the_edited_program_as_a_file_that_loads_back(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, library)
    dialog.row("ball_plank_light").check.setChecked(True)
    dialog.row("glute_bridge").variant.setCurrentIndex(2)
    dialog.rest_box.setValue(60)
    path = tmp_path / suggested_name("nl")
    monkeypatch.setattr(dialog, "_ask_export_path", answer_with(path))
    dialog.export_button.click()
    assert load_program(path.read_bytes(), str(path), library.exercises) == dialog.program()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My back exercise program, exported from RugTimer on ")
    assert "rest_seconds = 60" in text
    assert str(path) in dialog.status_label.text()
    assert dialog.isVisible()
    dialog.reject()


def test_a_failed_export_names_the_file(
    qtbot: QtBot, library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "missing" / "folder" / "program.toml"
    dialog = make(qtbot, library)
    monkeypatch.setattr(dialog, "_ask_export_path", answer_with(path))
    dialog.export_button.click()
    box = dialog.error_box()
    assert box is not None
    assert str(path) in box.informativeText()
    assert "cannot be written" in box.informativeText()
    assert not path.exists()
    box.done(0)
    dialog.reject()


def test_the_export_dialog_suggests_a_file_name(qtbot: QtBot, library: Library, tmp_path: Path) -> None:
    dialog = ProgramDialog(library, floor(library), 30, "nl", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.export_button.click()
    chooser = dialog.findChild(QFileDialog, "programFileDialog")
    assert chooser is not None
    qtbot.waitExposed(chooser)
    assert chooser.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert [Path(f).name for f in chooser.selectedFiles()] == ["mijn-rugprogramma.toml"]
    chooser.accept()
    assert load_program((tmp_path / "mijn-rugprogramma.toml").read_bytes(), "f", library.exercises) == floor(
        library
    )
    dialog.reject()


# --- reset ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("choice", ["floor", "ball", "both"])
def test_reset_goes_back_to_the_start_plan_of_the_chosen_set(
    qtbot: QtBot, library: Library, tmp_path: Path, choice: str
) -> None:
    start = start_program(library.plan, choice, library.exercises)  # type: ignore[arg-type]
    changed = Program(tuple(Dose(d.exercise, d.sets, d.reps, d.seconds, None) for d in start.doses), 90, "x")
    path = tmp_path / "p.toml"
    write_program_file(path, changed, library.exercises)
    dialog = make(qtbot, library)
    assert dialog.import_file(path)
    dialog.row(start.doses[-1].exercise).amount.stepBy(1)
    dialog.reset_button.click()
    assert dialog.program() == start
    assert dialog.reason() == "my_program"
    assert "start plan" in dialog.status_label.text()
    dialog.reject()


# --- keyboard ---------------------------------------------------------------------------------------------


def test_tab_reaches_every_control_in_order(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library, start_program(library.plan, "both", library.exercises))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    chain = dialog.tab_chain()
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QCheckBox, QAbstractSpinBox, QComboBox, QPushButton)) and w.isEnabled()
    ]
    assert set(focusable) == set(chain)
    assert dialog.focusWidget() is dialog.row("knee_rocking").check  # starts on the first exercise
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached = [dialog.focusWidget()]
    for _ in range(len(chain)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert reached == [*chain, chain[0]]  # and round again
    for control in chain:
        assert control.accessibleName(), control.objectName()
    dialog.reject()


def test_space_ticks_and_escape_cancels(qtbot: QtBot, library: Library) -> None:
    dialog = make(qtbot, library)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    ball = dialog.row("ball_mini_tilt").check
    ball.setFocus()
    qtbot.keyClick(ball, Qt.Key.Key_Space)
    assert ball.isChecked()
    results: list[int] = []
    dialog.finished.connect(results.append)
    spin = dialog.row("glute_bridge").amount
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert results == [QDialog.DialogCode.Rejected]
    assert not dialog.isVisible()


def test_alt_letters_press_the_buttons(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make(qtbot, library)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "_ask_import_path", lambda _chosen: asked.append("import"))
    monkeypatch.setattr(dialog, "_ask_export_path", lambda _chosen: asked.append("export"))
    for key in (Qt.Key.Key_I, Qt.Key.Key_X):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: asked == ["import", "export"])  # a mnemonic "animates" its click: not at once
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert finished.args == [QDialog.DialogCode.Accepted]


# --- size and text ----------------------------------------------------------------------------------------


@pytest.fixture
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The UI language; for "nl" the Dutch texts as they are now in the .ts (compiled here: the .qm the
    setup builds may be older)."""
    if request.param == "en":
        yield "en"
        return
    qm = tmp_path / "rugtimer_nl.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "resources" / "translations" / "rugtimer_nl.ts"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    yield "nl"
    QApplication.removeTranslator(translator)


@pytest.fixture
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The desktop's text size: 100 % (10 pt) or 150 % (15 pt)."""
    original = qapp.font()
    scaled = qapp.font()
    scaled.setPointSizeF(10 * request.param)
    qapp.setFont(scaled)
    yield request.param
    qapp.setFont(original)


def assert_fits_a_laptop(qtbot: QtBot, dialog: ProgramDialog) -> None:
    dialog.fit_to(LAPTOP)
    assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()
    qtbot.waitUntil(dialog.isVisible)
    scroll = dialog.findChild(QWidget, "programScroll")
    assert scroll is not None
    assert scroll.horizontalScrollBar().maximum() == 0  # type: ignore[attr-defined]  # nothing off to the side
    for control in dialog.tab_chain():
        assert control.width() >= control.minimumSizeHint().width(), control.objectName()
        assert control.height() >= control.minimumSizeHint().height(), control.objectName()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.font().pointSizeF() >= MIN_POINTS - 1, label.text()
            assert label.width() >= min(label.minimumSizeHint().width(), scroll.width()), label.text()


@pytest.mark.parametrize("language", ["en", "nl"], indirect=True)
@pytest.mark.parametrize("text_scale", [1.0, 1.5], indirect=True)
def test_fits_1366_by_768_in_both_languages_and_at_150_percent(
    qtbot: QtBot, library: Library, language: str, text_scale: float
) -> None:
    dialog = make(qtbot, library, start_program(library.plan, "both", library.exercises), language=language)
    assert dialog.font().pointSizeF() == pytest.approx(MIN_POINTS * text_scale)
    assert_fits_a_laptop(qtbot, dialog)
    if text_scale == 1.0:
        assert not dialog.is_stacked()  # one line per exercise, every exercise in view without scrolling
        scroll = dialog.findChild(QWidget, "programScroll")
        assert scroll.verticalScrollBar().maximum() == 0  # type: ignore[union-attr]
    else:
        assert dialog.is_stacked()
    if language == "nl":
        assert dialog.save_button.text() == "&Opslaan"
    dialog.reject()


def test_text_follows_the_desktop_text_size_but_never_below_14_points(qapp: QApplication) -> None:
    original = qapp.font()
    try:
        for points, expected in ((9, 14), (10, 14), (12, 16.8), (15, 21)):
            scaled = qapp.font()
            scaled.setPointSizeF(points)
            qapp.setFont(scaled)
            assert text_points() == pytest.approx(expected)
    finally:
        qapp.setFont(original)
