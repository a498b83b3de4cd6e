"""File ▸ My program: which exercises, how much of each, which variant, and the rest between sets.

The dialog edits a copy and stores nothing: after Save (Accepted) the main window reads ``program()`` and
``reason()`` and calls ``coaching.save_program``. A physiotherapist's file can be imported (it shows up
here first, and counts only after Save) and the edited program exported in the same format. The spin boxes
only allow each exercise's own range, so every program this dialog returns is a valid one.

Used sitting at the laptop, so it is denser than the dialogs asked from the mat; its text follows the
desktop's text size (never below ``MIN_POINTS``). Keys: Tab through every control, Space ticks an
exercise, ↑ ↓ change a number, Alt + the underlined letter for the buttons, Enter saves, Esc cancels.

Why this file is longer than 400 lines: eight exercises' controls (sets, reps or seconds, variant, within
each exercise's range), the rest, import and export of program files and the text-size fitting are one form
that must stay consistent as a whole; the rules it obeys live in ``program/program.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rugtimer.program.exercises import Exercise, Kind, Sides
from rugtimer.program.library import Library
from rugtimer.program.plan import Dose
from rugtimer.program.program import MAX_REST_SECONDS, Program, set_choice_of, start_program
from rugtimer.program.program_files import read_program_file, write_program_file
from rugtimer.program.validation import ProgramError
from rugtimer.ui.dialogs import TITLE_BAR
from rugtimer.ui.exercise_card import font
from rugtimer.ui.theme import current_text_scale

MIN_POINTS = 14
"""Never smaller than this; grows with the desktop's text size (``text_points``)."""
REFERENCE_POINTS = 10.0
"""A desktop font of this size gives ``MIN_POINTS``; 150 % text (15 pt) gives 21 pt."""
WIDTH = 1200
MARGIN = 16
MAX_PROBLEMS_SHOWN = 5
MAX_PROBLEM_CHARS = 130
"""A message box does not scroll and must fit a 768 px screen at 150 % text: more problems, and the full
text of longer ones, go in its details (a scrolling text)."""
FILE_NAMES = {"nl": "mijn-rugprogramma.toml", "en": "my-back-program.toml"}
GROUPS = ("floor", "ball")


def text_points() -> float:
    """The dialog's text size: follows the application font (the desktop's text size), at least 14 pt."""
    app_points = QApplication.font().pointSizeF()
    return max(MIN_POINTS, MIN_POINTS * app_points / REFERENCE_POINTS) if app_points > 0 else MIN_POINTS


def suggested_name(language: str) -> str:
    return FILE_NAMES.get(language, FILE_NAMES["nl"])


def _plain(text: str) -> str:
    """A mnemonic text without its "&", for screen readers."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class ExerciseControls:
    """The controls of one exercise's row; ``sets`` is None for a continuous exercise (always one block)."""

    exercise: Exercise
    check: QCheckBox
    sets: QSpinBox | None
    amount: QSpinBox
    variant: QComboBox
    sets_cell: QWidget | None = None  # the spin box with its range beside it
    amount_cell: QWidget | None = None

    def controls(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.check]
        if self.sets is not None:
            widgets.append(self.sets)
        return [*widgets, self.amount, self.variant]

    def dose(self) -> Dose:
        amount = self.amount.value()
        reps = amount if self.exercise.kind is Kind.REPS else None
        seconds = None if self.exercise.kind is Kind.REPS else amount
        sets = self.sets.value() if self.sets is not None else 1
        return Dose(self.exercise.id, sets, reps, seconds, self.variant.currentData())

    def fill(self, dose: Dose | None) -> None:
        """Tick and fill in ``dose``; None unticks (the numbers stay, for when it is ticked again)."""
        self.check.setChecked(dose is not None)
        if dose is not None:
            if self.sets is not None:
                self.sets.setValue(dose.sets)
            amount = dose.reps if self.exercise.kind is Kind.REPS else dose.seconds
            if amount is not None:
                self.amount.setValue(amount)
            self.variant.setCurrentIndex(max(0, self.variant.findData(dose.variant)))
        self.enable()

    def enable(self) -> None:
        on = self.check.isChecked()
        for widget in self.controls()[1:]:
            widget.setEnabled(on)


class _FittingScrollArea(QScrollArea):
    """Asks for the size its content needs, so the dialog is as big as the rows and scrolls only when the
    screen is too small (1366×768 at 150 % text)."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(
            hint.width() + frame + self.verticalScrollBar().sizeHint().width(), hint.height() + frame
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 160)


class ProgramDialog(QDialog):
    """My program: one row per exercise of the library (on the mat, on the ball), the rest, and files.

    ``program()`` is the edited program (library order, unticked exercises left out, the name kept);
    ``reason()`` is "imported" when it was loaded from a file, else "my_program". ``default_rest_seconds``
    is the rest from the settings, shown while the program has no rest of its own.
    """

    def __init__(
        self,
        library: Library,
        program: Program,
        default_rest_seconds: int,
        language: str,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programDialog")
        self.setWindowTitle(self.tr("My program"))
        self._library = library
        self._original = program
        self._language = language
        self._default_rest = default_rest_seconds
        self._folder = folder or Path.home()
        self._name = program.name
        self._reason = "my_program"
        self._rest_from_settings = program.rest_seconds is None
        self._loading = False
        self._error_box: QMessageBox | None = None
        self._points = text_points()
        self.setFont(font(self._points))
        box = round(self._points * 1.4 * current_text_scale(QApplication.instance()) / 100)
        self.setStyleSheet(
            # A big tick box, and a visible frame around the focused one (not drawn by colour alone: a frame).
            "QCheckBox { padding: 2px 4px; border: 2px solid transparent; border-radius: 6px; }"
            " QCheckBox:focus { border: 2px solid palette(highlight); }"
            f" QCheckBox::indicator {{ width: {box}px; height: {box}px; }}"
        )

        heading = QLabel(self.tr("My program"))
        heading.setObjectName("heading")
        heading.setFont(font(self._points + 6, QFont.Weight.Bold))
        explain = self.tr(
            "Tick the exercises you want to do and choose how much of each. The numbers stay within what each exercise allows. Build up slowly: change one thing a week."
        )
        intro = self._label(explain, "intro")
        self._name_label = self._label("", "programName")
        self._name_label.setFont(font(self._points, QFont.Weight.DemiBold))
        self._rows: dict[str, ExerciseControls] = {}
        self._scroll = self._make_scroll_area()
        rest_row = self._make_rest_row()
        self._status = self._label("", "statusLabel")
        why_not = self.tr("Tick at least one exercise: an empty program cannot be saved.")
        self._blocked = self._label(why_not, "saveBlockedReason")
        self._blocked.setFont(font(self._points, QFont.Weight.Bold))

        self._make_buttons()
        self._make_layout(heading, intro, rest_row)

        self._set_tab_order()
        self.load(program, "my_program")
        self._status.hide()
        self._fit_to_screen()
        self._rows[next(iter(self._rows))].check.setFocus()

    # -- public

    def program(self) -> Program:
        """The program as now edited (also before Save); unticked exercises are left out."""
        doses = tuple(row.dose() for row in self._rows.values() if row.check.isChecked())
        rest = None if self._rest_from_settings else self._rest.value()
        return Program(doses, rest, self._name)

    def reason(self) -> str:
        """Why the program changed, for the plan changes: "imported" (from a file) or "my_program"."""
        return self._reason

    def row(self, exercise_id: str) -> ExerciseControls:
        return self._rows[exercise_id]

    def rows(self) -> list[ExerciseControls]:
        return list(self._rows.values())

    @property
    def rest_box(self) -> QSpinBox:
        return self._rest

    @property
    def save_button(self) -> QPushButton:
        return self._save

    @property
    def cancel_button(self) -> QPushButton:
        return self._cancel

    @property
    def import_button(self) -> QPushButton:
        return self._import

    @property
    def export_button(self) -> QPushButton:
        return self._export

    @property
    def reset_button(self) -> QPushButton:
        return self._reset

    @property
    def status_label(self) -> QLabel:
        return self._status

    @property
    def save_blocked_label(self) -> QLabel:
        return self._blocked

    def error_box(self) -> QMessageBox | None:
        """The last problem message shown (import or export), while it is open."""
        return self._error_box

    def tab_chain(self) -> list[QWidget]:
        """Every control in Tab order, top to bottom: the file buttons, the rows, the rest, the buttons."""
        controls = [widget for row in self._rows.values() for widget in row.controls()]
        return [self._import, self._export, *controls, self._rest, self._reset, self._save, self._cancel]

    def load(self, program: Program, reason: str) -> None:
        """Show ``program`` in the rows (not saved until Save); ``reason`` is what ``reason()`` will say."""
        self._loading = True
        try:
            for exercise_id, row in self._rows.items():
                row.fill(program.dose_for(exercise_id))
            self._rest_from_settings = program.rest_seconds is None
            rest = self._default_rest if program.rest_seconds is None else program.rest_seconds
            self._rest.setValue(max(0, min(MAX_REST_SECONDS, rest)))
        finally:
            self._loading = False
        self._name = program.name
        self._reason = reason
        self._name_label.setText(self.tr("Program: {name}").format(name=_one_line(program.name)))
        self._name_label.setVisible(bool(program.name))
        self._update_rest_note()
        self._update_buttons()

    def import_file(self, path: Path) -> bool:
        """Load a program file into the dialog; on a bad file show every problem and change nothing."""
        try:
            program = read_program_file(path, self._library.exercises)
        except ProgramError as exc:
            self._show_problems(
                self.tr("This file cannot be used as your program. Nothing has been changed."),
                self.tr("File: {file}").format(file=path),
                exc,
            )
            return False
        self.load(program, "imported")
        count = len(program.doses)
        self._say(
            self.tr("Loaded {count} exercise(s) from {file}. Press Save to make it your program.").format(
                count=count, file=path.name
            )
        )
        return True

    def export_file(self, path: Path) -> bool:
        """Write the program as now edited to ``path``; on failure show why (the old file stays)."""
        exported = self.tr("My back exercise program, exported from RugTimer on {date}.")
        check = self.tr("Check it with: rugtimer check-program FILE")
        comment = f"{exported.format(date=date.today().isoformat())}\n{check}"
        try:
            write_program_file(path, self.program(), self._library.exercises, comment)
        except ProgramError as exc:
            self._show_problems(
                self.tr("Your program could not be saved to a file."),
                self.tr("File: {file}").format(file=path),
                exc,
            )
            return False
        self._say(self.tr("Exported to {file}.").format(file=path))
        return True

    def reset_to_start_plan(self) -> None:
        """Week 1 of the start plan for the set now chosen (floor, ball or both); saved only after Save."""
        exercises = self._library.exercises
        choice = (
            set_choice_of(self.program(), exercises) or set_choice_of(self._original, exercises) or "floor"
        )
        self.load(start_program(self._library.plan, choice, exercises), "my_program")
        names = {
            "floor": self.tr("the exercises on the mat"),
            "ball": self.tr("the exercises on the ball"),
            "both": self.tr("the exercises on the mat and on the ball"),
        }
        self._say(
            self.tr("Back to week 1 of the start plan, for {set}. Press Save to use it.").format(
                set=names[choice]
            )
        )

    # -- file dialogs (small methods, so tests can replace them)

    def _ask_import_path(self, chosen: Callable[[Path], object]) -> None:
        dialog = self._file_dialog(self.tr("Import a program file"), QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: chosen(Path(name)))
        dialog.open()

    def _ask_export_path(self, chosen: Callable[[Path], object]) -> None:
        dialog = self._file_dialog(self.tr("Export your program"), QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("toml")
        dialog.selectFile(suggested_name(self._language))
        dialog.fileSelected.connect(lambda name: chosen(Path(name)))
        dialog.open()

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("programFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.setNameFilters([self.tr("Program files (*.toml)"), self.tr("All files (*)")])
        dialog.setDirectory(str(self._folder))
        dialog.setFont(self.font())
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    # -- building

    def _make_layout(self, heading: QLabel, intro: QLabel, rest_row: QHBoxLayout) -> None:
        files = QWidget()
        files.setObjectName("fileButtons")
        file_row = QHBoxLayout(files)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.setSpacing(10)
        file_row.addWidget(self._import)
        file_row.addWidget(self._export)
        file_row.addStretch(1)
        self._files = files
        self._top = QGridLayout()
        self._top.setHorizontalSpacing(10)
        self._top.setVerticalSpacing(6)
        self._top.addWidget(heading, 0, 0)
        self._top.addWidget(files, 0, 1)
        self._top.setColumnStretch(0, 1)
        top = self._top
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self._reset)
        bottom.addStretch(1)
        bottom.addWidget(self._save)
        bottom.addWidget(self._cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 14, MARGIN, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self._name_label)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(rest_row)
        layout.addWidget(self._status)
        layout.addWidget(self._blocked)
        layout.addLayout(bottom)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _make_scroll_area(self) -> QScrollArea:
        for exercise in self._library.exercises.values():
            if exercise.group in GROUPS:
                self._rows[exercise.id] = self._make_row(exercise)
        scroll = _FittingScrollArea()
        scroll.setObjectName("programScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the rows fit its width
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows; the area follows the focus
        scroll.setWidget(self._arrange(stacked=False))
        return scroll

    def _arrange(self, *, stacked: bool) -> QWidget:
        """The rows in a grid: one line per exercise, or (``stacked``, for large text on a small screen) the
        name on a line of its own with the numbers and the variant under it."""
        content = QWidget()
        content.setObjectName("programRows")
        grid = QGridLayout(content)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4 if stacked else 6)
        grid.setColumnStretch(0 if not stacked else 4, 1)
        if stacked:
            grid.setColumnMinimumWidth(0, 12)
        headings = {"floor": self.tr("Without a ball"), "ball": self.tr("With the ball")}
        for group in GROUPS:
            rows = [row for row in self._rows.values() if row.exercise.group == group]
            if not rows:
                continue
            line = grid.rowCount() if grid.count() else 0
            if line:
                grid.setRowMinimumHeight(line, 12)
                line += 1
            self._add_group_heading(grid, line, headings[group], stacked)
            for row in rows:
                line = grid.rowCount()
                if stacked:
                    grid.addWidget(row.check, line, 0, 1, 5)
                    line += 1
                else:
                    grid.addWidget(row.check, line, 0)
                if row.sets_cell is not None:
                    grid.addWidget(row.sets_cell, line, 1)
                grid.addWidget(row.amount_cell, line, 2)
                grid.addWidget(row.variant, line, 3)
                # On Linux a screen reader names a combo box by its value ("Standard") and takes the label
                # from a QLabel buddy beside it; the column title serves every row, so each gets an unseen one.
                buddy = QLabel(row.variant.accessibleName(), content)
                buddy.setBuddy(row.variant)
                buddy.hide()
        return content

    def _add_group_heading(self, grid: QGridLayout, line: int, text: str, stacked: bool) -> None:
        """The group's name, with the column titles beside it (or under it, when the rows are stacked)."""
        heading = QLabel(text)
        heading.setObjectName("groupHeading")
        heading.setFont(font(self._points + 3, QFont.Weight.Bold))
        if stacked:
            grid.addWidget(heading, line, 0, 1, 5)
            line += 1
        else:
            grid.addWidget(heading, line, 0)
        for column, title in enumerate((self.tr("Sets"), self.tr("How much"), self.tr("Variant")), start=1):
            label = QLabel(title)
            label.setFont(font(self._points - 1, QFont.Weight.DemiBold))
            grid.addWidget(label, line, column, Qt.AlignmentFlag.AlignBottom)

    def _make_row(self, exercise: Exercise) -> ExerciseControls:
        name = exercise.name.get(self._language)
        check = QCheckBox(f"{exercise.label} · {name}".replace("&", "&&"))
        check.setObjectName(f"include_{exercise.id}")
        check.setAccessibleName(self.tr("{name}: in my program").format(name=name))
        check.setAccessibleDescription(self.tr("Exercise {label}").format(label=exercise.label))
        check.setToolTip(exercise.cue.get(self._language))

        sets = sets_cell = None
        ranges = exercise.dosage
        if exercise.kind is not Kind.CONTINUOUS:
            sets = self._spin(f"sets_{exercise.id}", ranges.sets.low, ranges.sets.high, 1)
            sets.setSuffix(" " + self.tr("sets"))
            sets.setAccessibleName(self.tr("{name}: sets").format(name=name))
            sets.setAccessibleDescription(
                self.tr("From {low} to {high}").format(low=ranges.sets.low, high=ranges.sets.high)
            )
            sets_cell = self._with_range(sets, str(ranges.sets))

        per_side = exercise.dosage.sides is not Sides.NONE
        if exercise.kind is Kind.REPS:
            allowed = ranges.reps
            amount = self._spin(f"amount_{exercise.id}", allowed.low, allowed.high, 1)  # type: ignore[union-attr]
            unit = self.tr("reps per side") if per_side else self.tr("reps")
            accessible = (
                self.tr("{name}: repetitions per side") if per_side else self.tr("{name}: repetitions")
            )
        else:
            allowed = ranges.seconds
            amount = self._spin(f"amount_{exercise.id}", allowed.low, allowed.high, 5)  # type: ignore[union-attr]
            unit = self.tr("s per side") if per_side else self.tr("s")
            if exercise.kind is Kind.CONTINUOUS:
                accessible = self.tr("{name}: seconds in one go")
            else:
                accessible = self.tr("{name}: seconds per set")
        assert allowed is not None
        amount.setSuffix(" " + unit)
        amount.setAccessibleName(accessible.format(name=name))
        amount.setAccessibleDescription(
            self.tr("From {low} to {high}").format(low=allowed.low, high=allowed.high)
        )
        amount_cell = self._with_range(amount, str(allowed))
        variant = self._variant_box(exercise, name)
        controls = ExerciseControls(exercise, check, sets, amount, variant, sets_cell, amount_cell)
        check.toggled.connect(lambda _on, c=controls: self._on_ticked(c))
        return controls

    def _spin(self, name: str, low: int, high: int, step: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        box.setKeyboardTracking(False)
        return box

    def _with_range(self, box: QSpinBox, allowed: str) -> QWidget:
        """The spin box with its range beside it ("8–12"), so a number that stops going up is explained."""
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(box)
        hint = QLabel(f"({allowed})" if "–" in allowed else "")
        hint.setObjectName("rangeHint")
        hint.setFont(font(self._points - 1))
        row.addWidget(hint)
        box.setToolTip(self.tr("Allowed: {range}").format(range=allowed))
        return cell

    def _variant_box(self, exercise: Exercise, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"variant_{exercise.id}")
        box.setAccessibleName(self.tr("{name}: variant").format(name=name))
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # one width per column
        # It may be narrower than its longest variant (the list shows them whole): at 175 % text the rows
        # otherwise scrolled sideways.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.addItem(self.tr("Standard"), None)
        box.setItemData(0, self.tr("The exercise as shown on its card."), Qt.ItemDataRole.ToolTipRole)
        for level in ("easier", "harder"):
            for variant in exercise.variants_at(level):
                variant_name = variant.name.get(self._language)
                text = self.tr("Easier: {variant}") if level == "easier" else self.tr("Harder: {variant}")
                box.addItem(text.format(variant=variant_name), variant.id)
                description = variant.description.get(self._language)
                box.setItemData(box.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
                box.setItemData(box.count() - 1, description, Qt.ItemDataRole.AccessibleDescriptionRole)
        box.currentIndexChanged.connect(lambda _index, b=box: self._describe_variant(b))
        self._describe_variant(box)
        return box

    def _make_rest_row(self) -> QHBoxLayout:
        self._rest = QSpinBox()
        self._rest.setObjectName("restSeconds")
        self._rest.setRange(0, MAX_REST_SECONDS)
        self._rest.setSingleStep(5)
        self._rest.setSuffix(" " + self.tr("s"))
        self._rest.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._rest.setKeyboardTracking(False)
        self._rest.setAccessibleName(self.tr("Rest between sets, in seconds"))
        self._rest.setAccessibleDescription(self.tr("From 0 to {high}").format(high=MAX_REST_SECONDS))
        self._rest.valueChanged.connect(self._on_rest_changed)
        label = QLabel(self.tr("Res&t between sets"))
        label.setBuddy(self._rest)
        label.setFont(font(self._points, QFont.Weight.DemiBold))
        self._rest_note = QLabel()
        self._rest_note.setObjectName("restNote")
        self._rest_note.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(label)
        row.addWidget(self._rest)
        row.addWidget(self._rest_note, 1)
        return row

    def _make_buttons(self) -> None:
        """The file buttons go beside the heading, Reset, Save and Cancel under the rows: two short rows
        fit a laptop screen at 150 % text, one long row would not."""
        self._import = self._button(self.tr("&Import from file…"), "importButton")
        self._import.setAccessibleDescription(self.tr("Load a program file from your physiotherapist"))
        self._import.clicked.connect(lambda: self._ask_import_path(self.import_file))
        self._export = self._button(self.tr("E&xport to file…"), "exportButton")
        self._export.setAccessibleDescription(self.tr("Save this program as a file, to share or keep"))
        self._export.clicked.connect(lambda: self._ask_export_path(self.export_file))
        self._reset = self._button(self.tr("&Reset to the start plan"), "resetButton")
        self._reset.setAccessibleDescription(self.tr("Week 1 of the start plan for the exercises you chose"))
        self._reset.clicked.connect(self.reset_to_start_plan)
        self._save = self._button(self.tr("&Save"), "saveButton")
        self._save.setDefault(True)
        self._save.setFont(font(self._points, QFont.Weight.Bold))
        self._save.clicked.connect(self.accept)
        self._cancel = self._button(self.tr("Cancel"), "cancelButton")
        self._cancel.setAccessibleDescription(self.tr("Close without changing your program"))
        self._cancel.clicked.connect(self.reject)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(_plain(text).removesuffix("…"))
        button.setAutoDefault(False)
        button.setMinimumHeight(40)
        return button

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self) -> None:
        parent = self.parentWidget()
        self.fit_to((parent.screen() if parent is not None else self.screen()).availableGeometry().size())

    def fit_to(self, available: QSize) -> None:
        """As big as the rows need, within ``available``. When one line per exercise is too wide (large text
        on a laptop) the rows are stacked: name above, numbers under it. The rows scroll when too low."""
        self.ensurePolished()
        layout = self.layout()
        assert layout is not None
        if self.is_stacked():
            self._scroll.setWidget(self._arrange(stacked=False))
            self._after_arranging()
        self._place_file_buttons(beside=True)
        layout.activate()
        if self._top.sizeHint().width() + 2 * MARGIN > available.width():
            self._place_file_buttons(beside=False)  # under the heading
        if self.sizeHint().width() > available.width():
            self._scroll.setWidget(self._arrange(stacked=True))  # the old grid (headings only) is deleted
            self._after_arranging()
        hint = self.sizeHint()
        room = available.height() - TITLE_BAR  # the desktop's title bar sits above the window
        self.resize(min(max(WIDTH, hint.width()), available.width()), min(hint.height(), room))

    def _place_file_buttons(self, *, beside: bool) -> None:
        """Import and Export beside the heading, or on a line of their own under it (large text)."""
        self._top.removeWidget(self._files)
        if beside:
            self._top.addWidget(self._files, 0, 1)
        else:
            self._top.addWidget(self._files, 1, 0, 1, 2)
        layout = self.layout()
        assert layout is not None
        layout.invalidate()
        layout.activate()

    def _after_arranging(self) -> None:
        self._scroll.updateGeometry()
        self._set_tab_order()
        layout = self.layout()
        assert layout is not None
        layout.invalidate()
        layout.activate()

    def is_stacked(self) -> bool:
        """True when each exercise's numbers are on a line under its name (large text, small screen)."""
        content = self._scroll.widget()
        grid = content.layout() if content is not None else None
        return isinstance(grid, QGridLayout) and grid.columnMinimumWidth(0) > 0

    # -- reacting

    def _on_ticked(self, controls: ExerciseControls) -> None:
        controls.enable()
        self._update_buttons()

    def _on_rest_changed(self, _value: int) -> None:
        if not self._loading:
            self._rest_from_settings = False
        self._update_rest_note()

    def _update_rest_note(self) -> None:
        if self._rest_from_settings:
            self._rest_note.setText(self.tr("As in Settings. The same for every exercise."))
        else:
            self._rest_note.setText(self.tr("The same for every exercise."))

    def _update_buttons(self) -> None:
        empty = not any(row.check.isChecked() for row in self._rows.values())
        self._save.setEnabled(not empty)
        self._export.setEnabled(not empty)
        self._blocked.setVisible(empty)

    def _describe_variant(self, box: QComboBox) -> None:
        description = box.currentData(Qt.ItemDataRole.ToolTipRole) or ""
        box.setToolTip(description)
        box.setAccessibleDescription(description)

    def _say(self, text: str) -> None:
        self._status.setText(text)
        self._status.show()

    def _show_problems(self, heading: str, where: str, error: ProgramError) -> QMessageBox:
        """A message box with every problem, each with its field and what was expected."""
        lines = [f"• {p.field}: {p.message}" if p.field else f"• {p.message}" for p in error.problems]
        shown = [
            line if len(line) <= MAX_PROBLEM_CHARS else line[: MAX_PROBLEM_CHARS - 1] + "…" for line in lines
        ]
        details = shown != lines or len(lines) > MAX_PROBLEMS_SHOWN
        shown = shown[:MAX_PROBLEMS_SHOWN]
        if len(lines) > MAX_PROBLEMS_SHOWN:
            more = len(lines) - MAX_PROBLEMS_SHOWN
            shown.append(self.tr("… and {count} more (see the details).").format(count=more))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("My program"), heading, parent=self)
        box.setObjectName("programFileErrorBox")
        box.setFont(self.font())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("\n".join([where, self.tr("What is wrong:"), *shown]))
        if details:
            box.setDetailedText("\n".join(str(p) for p in error.problems))
        box.addButton(QMessageBox.StandardButton.Ok)
        for button in box.findChildren(QPushButton):  # "OK" and "Show Details…" keep a small font otherwise
            button.setFont(self.font())
        # Wide enough that a problem takes one or two lines, not five: Qt wraps at about 500 px, but allows
        # a box up to min(screen width - 480, 1000) px wide (886 px on a 1366 px screen).
        screen_width = self.screen().availableGeometry().width()
        box_limit = screen_width if screen_width <= 1024 else min(screen_width - 480, 1000)
        wide = min(self.fontMetrics().averageCharWidth() * 64, box_limit - 130)
        box.setStyleSheet(f"QLabel#qt_msgbox_informativelabel {{ min-width: {wide}px; }}")
        box.finished.connect(lambda _result: self._forget_box(box))
        box.finished.connect(box.deleteLater)
        self._error_box = box
        box.open()
        return box

    def _forget_box(self, box: QMessageBox) -> None:
        if self._error_box is box:
            self._error_box = None


__all__ = ["ExerciseControls", "ProgramDialog", "suggested_name", "text_points"]
