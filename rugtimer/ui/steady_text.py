"""A line of big text whose changes repaint only itself: the session's seconds.

A ``QLabel`` asks its layout for new room on every ``setText`` (Qt re-lays out up to the main window, through
every page of the stack), and then repaints whatever moved. The seconds change every second of a session, so
this widget measures its room once from a sample text of the widest digits and afterwards only repaints its
own rectangle when the text changes. Its size changes with its font alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class SteadyText(QWidget):
    """Shows ``text()`` centred in the palette's text colour; sized for ``sample`` in the current font."""

    def __init__(self, sample: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._sample = sample
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints its background: nothing under it

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        """Repaint only this widget, and only when the text changed."""
        if text != self._text:
            self._text = text
            self.setAccessibleDescription(text)
            self.update()

    def setFont(self, font: QFont) -> None:
        """A new font needs new room: the one time this widget asks the layout for it."""
        if font != self.font():
            super().setFont(font)
            self.updateGeometry()
            self.update()

    def sizeHint(self) -> QSize:
        """Room for the sample's ink in the current font (a line's empty descent is not reserved)."""
        metrics = QFontMetrics(self.font())
        ink = metrics.tightBoundingRect(self._sample)
        return QSize(ink.width() + metrics.averageCharWidth(), metrics.capHeight() + metrics.descent())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text's capitals centred: digits sit in the middle of their room, not a line box's."""
        metrics = QFontMetrics(self.font())
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setFont(self.font())
        painter.setPen(self.palette().windowText().color())
        x = (self.width() - metrics.horizontalAdvance(self._text)) / 2
        painter.drawText(QPointF(x, (self.height() + metrics.capHeight()) / 2), self._text)
        painter.end()
