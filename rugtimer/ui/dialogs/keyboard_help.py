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
WIDTH = 640
"""The narrowest it gets; otherwise as wide as the list needs unwrapped, within the screen."""
MARGIN = 28
BLOCK_GAP = 40
KEY_GAP = 16


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
        blocks.setSpacing(BLOCK_GAP)
        self._blocks = blocks
        self._pairs: list[tuple[list[QLabel], list[QLabel]]] = []
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
        layout.setContentsMargins(MARGIN, 20, MARGIN, 20)
        layout.setSpacing(16)
        layout.addLayout(blocks)
        layout.addWidget(bar)
        fit_to_screen(self, self._unwrapped_width(), bar)
        ok.setFocus()

    def _unwrapped_width(self) -> int:
        """The width at which no description wraps (fit_to_screen keeps it within the screen)."""
        self.ensurePolished()  # the fonts at the chosen text size
        width = 2 * MARGIN + BLOCK_GAP * (len(self._pairs) - 1)
        for index, (keys, actions) in enumerate(self._pairs):
            key_width = max(label.fontMetrics().horizontalAdvance(label.text()) for label in keys)
            action_width = max(label.fontMetrics().horizontalAdvance(label.text()) for label in actions)
            block_width = key_width + KEY_GAP + action_width + 8
            self._blocks.setStretch(index, block_width)  # a narrower screen takes from each in proportion
            width += block_width
        return max(WIDTH, width)

    def _block(self, index: int, heading: str, rows: list[tuple[str, str]]) -> QVBoxLayout:
        title = QLabel(heading)
        title.setObjectName(f"keysHeading{index}")
        title.setFont(font(TEXT_POINTS + 3, QFont.Weight.Bold))
        title.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(KEY_GAP)
        key_labels: list[QLabel] = []
        action_labels: list[QLabel] = []
        self._pairs.append((key_labels, action_labels))
        grid.setVerticalSpacing(6)
        for number, (keys, action) in enumerate(rows):
            key_label = QLabel(keys)
            key_label.setFont(font(TEXT_POINTS, QFont.Weight.Bold))
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            what = QLabel(action)
            what.setFont(font(TEXT_POINTS))
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setWordWrap(True)
            key_labels.append(key_label)
            action_labels.append(what)
            grid.addWidget(key_label, number, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, number, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addLayout(grid)
        column.addStretch(1)
        return column
