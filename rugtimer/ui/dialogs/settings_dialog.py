"""Settings: language, theme, text size, spoken cues, volume with a test sound, a still drawing (reduced
motion), lead-in and rest, reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rugtimer.reminders import ReminderSchedule, format_time, format_weekdays, parse_time, parse_weekdays
from rugtimer.settings import Settings
from rugtimer.theme_data import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    SYSTEM,
    TEXT_SCALE_CHOICES,
    TYPE_SCALE,
    scaled_points,
)
from rugtimer.ui.cues import CuePlayer
from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.exercise_card import font
from rugtimer.ui.theme import current_text_scale


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``settings()`` holds the result when accepted.

    ``export_calendar_requested`` carries the reminder days and time as now ticked (saved or not); the
    main window asks where to save the .ics file. ``reminder_problem`` (e.g. "no system tray") is shown
    under the reminder choices.
    """

    export_calendar_requested = Signal(object)  # ReminderSchedule

    def __init__(
        self,
        settings: Settings,
        cues: CuePlayer,
        parent: QWidget | None = None,
        *,
        reminder_problem: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._cues = cues
        self._original = settings
        self.setFont(font(TYPE_SCALE["body"]))

        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.theme = self._make_theme_box(settings.theme)
        self.text_scale = self._make_text_scale_box(settings.text_scale)
        self._make_session_boxes(settings)
        volume_row = self._make_volume_row(settings)
        self.sound_state = QLabel(cues.problem or "")
        self.sound_state.setWordWrap(True)
        self.lead_in = self._seconds_box(settings.lead_in_seconds, 60, 1)
        self.lead_in.setAccessibleName(self.tr("Get-ready seconds before the first exercise"))
        self.lead_in.setAccessibleDescription(self.tr("From 0 to 60 seconds"))
        self.rest = self._seconds_box(settings.rest_seconds, 600, 5)
        self.rest.setAccessibleName(self.tr("Rest between sets"))
        self.rest.setAccessibleDescription(self.tr("From 0 to 600 seconds, in steps of 5"))

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(
            self._label_for(self.tr("&Theme"), self.theme),
            self._pair(self.theme, self.tr("Text si&ze"), self.text_scale),
        )
        form.addRow("", self.spoken)
        form.addRow("", self.reduced_motion)
        form.addRow(self.tr("Volume"), volume_row)
        form.addRow("", self.sound_state)
        form.addRow(
            self._label_for(self.tr("Get ready"), self.lead_in),
            self._pair(self.lead_in, self.tr("Rest between sets"), self.rest),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # No empty gap when the sound works. Only now that the form is in the dialog: shown before, the
        # line was a window of its own for a moment, and kept that window's (unscaled) text size.
        form.setRowVisible(self.sound_state, bool(cues.problem))
        layout.addWidget(self._make_reminders(settings, reminder_problem))
        layout.addWidget(self._make_when_note())
        buttons = self._make_button_bar()
        layout.addWidget(buttons)
        self._scale_indicators()
        # Word-wrapped texts get their full height, within the screen; when the screen is too low (175 %
        # text on a 768 px laptop) the choices scroll above Save and Cancel, which stay in view.
        fit_to_screen(self, 760, buttons)

    def _make_volume_row(self, settings: Settings) -> QHBoxLayout:
        """The volume slider (it previews on the cues at once) and the Test sound button beside it."""
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setAccessibleDescription(
            self.tr("From 0 to 100 %; the arrow keys change it, Test sound plays it")
        )
        self.volume.valueChanged.connect(lambda value: self._cues.set_volume(value / 100))
        test = QPushButton(self.tr("Test sound"))
        test.setObjectName("testSoundButton")
        test.clicked.connect(self.play_test_sound)
        row = QHBoxLayout()
        row.addWidget(self.volume, 1)
        row.addWidget(test)
        return row

    def _make_session_boxes(self, settings: Settings) -> None:
        """Spoken cues, and reduced motion: the session's drawing stands still, in the pose of the cards."""
        self.spoken = QCheckBox(self.tr("Spoken cues (phase words and counting)"))
        self.spoken.setChecked(settings.spoken_cues)
        self.reduced_motion = QCheckBox(self.tr("Still drawing in the session (reduced motion)"))
        self.reduced_motion.setObjectName("reducedMotion")
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.reduced_motion.setAccessibleDescription(
            self.tr("The exercise drawing stands still instead of moving with the tempo")
        )

    def _make_when_note(self) -> QLabel:
        """Says honestly which changes show at once and which wait for the next start."""
        note = QLabel(
            self.tr("Theme and text size change as soon as you save; a new language at the next start.")
        )
        note.setObjectName("whenChangesApply")
        note.setWordWrap(True)
        return note

    def _make_theme_box(self, chosen: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName("themeChoice")
        box.addItem(self.tr("Follow the system"), SYSTEM)
        box.addItem(self.tr("Light"), LIGHT)
        box.addItem(self.tr("Dark"), DARK)
        box.addItem(self.tr("High contrast"), HIGH_CONTRAST)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.setAccessibleName(self.tr("Theme"))
        box.setAccessibleDescription(self.tr("The colours of RugTimer; they change as soon as you save"))
        return box

    @staticmethod
    def _label_for(text: str, control: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(control)  # its mnemonic reaches the control; screen readers read it as its label
        return label

    def _pair(self, first: QWidget, second_label: str, second: QWidget) -> QHBoxLayout:
        """Two related choices on one row (theme and text size, get ready and rest), so the dialog stays
        short enough for a 768 px screen at 175 % text."""
        row = QHBoxLayout()
        row.addWidget(first, 1 if isinstance(first, QComboBox) else 0)
        row.addSpacing(24)
        row.addWidget(self._label_for(second_label, second))
        row.addWidget(second)
        if not isinstance(first, QComboBox):
            row.addStretch(1)
        return row

    def _make_text_scale_box(self, chosen: int) -> QComboBox:
        box = QComboBox()
        box.setObjectName("textScaleChoice")
        for percent in sorted({*TEXT_SCALE_CHOICES, chosen}):  # a hand-edited size stays choosable
            text = self.tr("%1 % (normal)") if percent == 100 else "%1 %"
            box.addItem(text.replace("%1", str(percent)), percent)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.setAccessibleName(self.tr("Text size"))
        box.setAccessibleDescription(self.tr("The size of all text; it changes as soon as you save"))
        return box

    def _scale_indicators(self) -> None:
        """The tick boxes' squares follow the text size (Qt draws them at one size for every text size, so
        at 175 % they were small beside their labels); a style sheet on each box, not on the dialog, so the
        dialog's fonts still follow the text size as before."""
        scale = current_text_scale(QApplication.instance())
        if scale == 100:
            return  # the style's own drawing, untouched
        style = self.style()
        width = scaled_points(style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth), scale)
        height = scaled_points(style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight), scale)
        sheet = f"QCheckBox::indicator {{ width: {round(width)}px; height: {round(height)}px; }}"
        for box in self.findChildren(QCheckBox):
            box.setStyleSheet(sheet)

    def _make_button_bar(self) -> QWidget:
        """Save and Cancel in a bar of their own, so ``fit_to_screen`` keeps them in view."""
        row = QHBoxLayout()
        row.addWidget(self._make_buttons())
        return button_bar(row)

    def _make_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))  # Alt+S, like every other dialog's Save
        save.setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _make_reminders(self, settings: Settings, problem: str) -> QGroupBox:
        """Seven weekday boxes and a time; the calendar export beside a line on what each way does."""
        group = QGroupBox(self.tr("&Reminders"))
        group.setObjectName("remindersGroup")
        group.setAccessibleName(self.tr("Reminders"))
        choose = self._make_day_boxes(settings)
        choose.addSpacing(12)
        choose.addLayout(self._make_time_field(settings))
        choose.addStretch(1)
        self.export_button = QPushButton(self.tr("E&xport to calendar (.ics)…"))
        self.export_button.setObjectName("exportCalendarButton")
        self.export_button.setAccessibleName(self.tr("Export to calendar (.ics)"))
        self.export_button.setAccessibleDescription(
            self.tr("Saves the reminder days as a file your own calendar can import")
        )
        self.export_button.clicked.connect(self._request_export)
        explain = QLabel(
            self.tr("Reminders pop up while RugTimer is open. Also when it is closed? Use your calendar.")
        )
        explain.setObjectName("reminderNote")
        explain.setWordWrap(True)
        export_row = QHBoxLayout()
        export_row.addWidget(explain, 1)
        export_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(group)
        column.addLayout(choose)
        column.addLayout(export_row)
        if problem:
            problem_label = QLabel(problem)
            problem_label.setObjectName("reminderProblem")
            problem_label.setWordWrap(True)
            column.addWidget(problem_label)
        self._update_reminder_controls()
        return group

    def _make_day_boxes(self, settings: Settings) -> QHBoxLayout:
        try:
            chosen = parse_weekdays(settings.reminder_days)
        except ValueError:
            chosen = frozenset()
        row = QHBoxLayout()
        row.setSpacing(12)
        self.day_boxes: list[QCheckBox] = []
        names = zip(self._short_day_names(), self._long_day_names(), strict=True)
        for day, (short, long) in enumerate(names):
            box = QCheckBox(short)
            box.setObjectName(f"reminderDay{day}")
            box.setAccessibleName(long)
            box.setAccessibleDescription(self.tr("Remind me on this day"))
            box.setChecked(day in chosen)
            box.toggled.connect(self._update_reminder_controls)
            self.day_boxes.append(box)
            row.addWidget(box)
        return row

    def _make_time_field(self, settings: Settings) -> QHBoxLayout:
        self.reminder_time = QTimeEdit()
        self.reminder_time.setObjectName("reminderTime")
        self.reminder_time.setDisplayFormat("HH:mm")
        try:
            at = parse_time(settings.reminder_time)
        except ValueError:
            at = parse_time(Settings().reminder_time)
        self.reminder_time.setTime(QTime(at.hour, at.minute))
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setAccessibleDescription(
            self.tr("Hours and minutes; Tab goes from the hours to the minutes")
        )
        time_label = QLabel(self.tr("&At"))
        time_label.setBuddy(self.reminder_time)
        row = QHBoxLayout()
        row.addWidget(time_label)
        row.addWidget(self.reminder_time)
        return row

    def _short_day_names(self) -> list[str]:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu")]
        names += [self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        return names

    def _long_day_names(self) -> list[str]:
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday")]
        names += [self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        return names

    def _update_reminder_controls(self) -> None:
        on = any(box.isChecked() for box in self.day_boxes)
        self.reminder_time.setEnabled(on)
        self.export_button.setEnabled(on)

    def reminder_schedule(self) -> ReminderSchedule | None:
        """The reminders as now ticked; None when no day is ticked."""
        days = frozenset(day for day, box in enumerate(self.day_boxes) if box.isChecked())
        if not days:
            return None
        return ReminderSchedule(days, parse_time(self._reminder_time_text()))

    def _request_export(self) -> None:
        schedule = self.reminder_schedule()
        if schedule is not None:
            self.export_calendar_requested.emit(schedule)

    @staticmethod
    def _seconds_box(value: int, maximum: int, step: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setSingleStep(step)
        box.setSuffix(" s")
        box.setValue(value)
        return box

    def play_test_sound(self) -> None:
        self._cues.play("tone:final")

    def settings(self) -> Settings:
        schedule = self.reminder_schedule()  # the time is kept even with no day ticked
        return replace(
            self._original,
            language=self.language.currentData(),
            spoken_cues=self.spoken.isChecked(),
            reduced_motion=self.reduced_motion.isChecked(),
            volume=self.volume.value() / 100,
            lead_in_seconds=self.lead_in.value(),
            rest_seconds=self.rest.value(),
            reminder_days=format_weekdays(schedule.weekdays) if schedule else "",
            reminder_time=self._reminder_time_text(),
            theme=self.theme.currentData(),
            text_scale=self.text_scale.currentData(),
        )

    def _reminder_time_text(self) -> str:
        chosen = self.reminder_time.time()
        return format_time(time(chosen.hour(), chosen.minute()))

    def reject(self) -> None:
        self._cues.set_volume(self._original.volume)  # undo the live preview
        super().reject()
