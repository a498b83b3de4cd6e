"""The main window: today's program. The follow-along session view builds on this."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from rugtimer.paths import Paths
from rugtimer.program.library import Library


class MainWindow(QMainWindow):
    """Title "RugTimer"; shows this week's exercises with their dose."""

    def __init__(self, paths: Paths, library: Library, language: str = "nl") -> None:
        super().__init__()
        self.paths = paths
        self.library = library
        self.setWindowTitle("RugTimer")
        self.resize(1100, 720)
        content = QWidget()
        layout = QVBoxLayout(content)
        heading = QLabel("Vandaag" if language == "nl" else "Today")
        heading.setObjectName("todayHeading")
        heading.setStyleSheet("font-size: 28pt; font-weight: 600;")
        layout.addWidget(heading)
        for dose in library.plan.week1:
            exercise = library.exercise(dose.exercise)
            label = QLabel(
                f"<b>{exercise.label}. {exercise.name.get(language)}</b> — {dose.describe(exercise, language)}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setStyleSheet("font-size: 16pt;")
            layout.addWidget(label)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.setCentralWidget(scroll)
