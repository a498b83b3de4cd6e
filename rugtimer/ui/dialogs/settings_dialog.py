"""Settings: language, spoken cues, volume with a test sound, lead-in and rest seconds."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rugtimer.settings import Settings
from rugtimer.ui.cues import CuePlayer


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``settings()`` holds the result when accepted."""

    def __init__(self, settings: Settings, cues: CuePlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._cues = cues
        self._original = settings
        font = self.font()
        font.setPointSize(14)
        self.setFont(font)

        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.spoken = QCheckBox(self.tr("Spoken cues (phase words and counting)"))
        self.spoken.setChecked(settings.spoken_cues)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.valueChanged.connect(lambda value: self._cues.set_volume(value / 100))
        test = QPushButton(self.tr("Test sound"))
        test.setObjectName("testSoundButton")
        test.clicked.connect(self.play_test_sound)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(test)
        self.sound_state = QLabel(cues.problem or "")
        self.sound_state.setWordWrap(True)
        self.lead_in = self._seconds_box(settings.lead_in_seconds, 60, 1)
        self.lead_in.setAccessibleName(self.tr("Get-ready seconds before the first exercise"))
        self.rest = self._seconds_box(settings.rest_seconds, 600, 5)
        self.rest.setAccessibleName(self.tr("Rest between sets"))

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.spoken)
        form.addRow(self.tr("Volume"), volume_row)
        form.addRow("", self.sound_state)
        form.addRow(self.tr("Get ready"), self.lead_in)
        form.addRow(self.tr("Rest between sets"), self.rest)
        note = QLabel(self.tr("A new language is used from the next start of RugTimer."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

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
        return replace(
            self._original,
            language=self.language.currentData(),
            spoken_cues=self.spoken.isChecked(),
            volume=self.volume.value() / 100,
            lead_in_seconds=self.lead_in.value(),
            rest_seconds=self.rest.value(),
        )

    def reject(self) -> None:
        self._cues.set_volume(self._original.volume)  # undo the live preview
        super().reject()
