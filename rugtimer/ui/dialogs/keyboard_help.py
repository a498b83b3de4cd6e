"""Help ▸ Keyboard shortcuts (F1 or ? anywhere): every key, as a table that fits a laptop screen.

The keys are one translated text (blocks separated by a blank line, a heading line ending in ":", then one
"key: what it does" line each), so a translator sees the whole list at once. Here each block becomes a
table of its own, the blocks side by side, the descriptions word-wrapped: at 175 % text on a 1366×768
screen the list fits without scrolling (as one message box it ran 933 px off the bottom).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rugtimer.ui.dialogs import button_bar, fit_to_screen
from rugtimer.ui.exercise_card import font

TEXT_POINTS = 15
WIDTH = 1000


def key_text() -> str:
    """The translated key list (kept in the main window's context, where it has always been translated)."""
    return QCoreApplication.translate(
        "MainWindow",
        "During a session:\nSpace: start, pause, resume\n→ or N: next exercise\n← or B: repeat set\nS: skip rest\nP: this hurts\nM: sound on/off\nF11: floor mode (full screen)\nEsc: stop the session\nF1 or ?: this help\n\nOn Today:\nSpace or Enter: start the session\nA: log a walk or ride\nCtrl+1 to Ctrl+4: Today, Progress, History, Help\nCtrl+E: my program\nCtrl+,: settings",
    )


def parse_blocks(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """``text`` as (heading, [(keys, what they do)]) per block; a line without ": " is a row without keys."""
    blocks = []
    for block in text.strip().split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        heading, rows = lines[0].rstrip(":"), []
        for line in lines[1:]:
            keys, _sep, action = line.partition(": ")
            rows.append((keys, action) if action else ("", keys))
        blocks.append((heading, rows))
    return blocks


class KeyboardHelp(QDialog):
    """The key list; OK, Enter or Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard"))
        self.setAccessibleDescription(key_text().replace("\n\n", "\n").replace("\n", ". "))
        blocks = QHBoxLayout()
        blocks.setSpacing(40)
        for index, (heading, rows) in enumerate(parse_blocks(key_text())):
            blocks.addLayout(self._block(index, heading, rows), 1)
        ok = QPushButton(self.tr("OK"))
        ok.setObjectName("okButton")
        ok.setFont(font(TEXT_POINTS + 1))
        ok.setMinimumSize(120, 44)
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(ok)
        bar = button_bar(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(16)
        layout.addLayout(blocks)
        layout.addWidget(bar)
        fit_to_screen(self, WIDTH, bar)
        ok.setFocus()

    def _block(self, index: int, heading: str, rows: list[tuple[str, str]]) -> QVBoxLayout:
        title = QLabel(heading)
        title.setObjectName(f"keysHeading{index}")
        title.setFont(font(TEXT_POINTS + 3, QFont.Weight.Bold))
        title.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for number, (keys, action) in enumerate(rows):
            key_label = QLabel(keys)
            key_label.setFont(font(TEXT_POINTS, QFont.Weight.Bold))
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            what = QLabel(action)
            what.setFont(font(TEXT_POINTS))
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setWordWrap(True)
            grid.addWidget(key_label, number, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, number, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addLayout(grid)
        column.addStretch(1)
        return column
