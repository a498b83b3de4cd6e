"""A tall bar that rises during "up", stays full during "hold", falls during "down", and drains while counting down."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class TempoBar(QWidget):
    """Repaints only when its level visibly changes (at most once per pixel step)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self._colour = QColor("#111111")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Tempo bar"))
        self.setMinimumWidth(36)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints its own background, see paintEvent

    def sizeHint(self) -> QSize:
        return QSize(64, 300)

    def set_colour(self, colour: QColor) -> None:
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def set_level(self, level: float) -> None:
        level = min(1.0, max(0.0, level))
        if abs(level - self._level) * max(1, self.height()) >= 1.0 or (
            level in (0.0, 1.0) and level != self._level
        ):
            old_top, self._level = self._fill_top(), level
            self.update(self._changed_strip(old_top, self._fill_top()))

    def ms_per_pixel(self, duration_ms: float) -> float:
        """How long the fill takes to move one pixel in a step of ``duration_ms`` that fills or drains it."""
        return duration_ms / max(1.0, self._track().height())

    def _track(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def _fill_top(self) -> float:
        track = self._track()
        return track.bottom() - track.height() * self._level

    def _changed_strip(self, old_top: float, new_top: float) -> QRect:
        """Only the band between the old and the new top of the fill changes, with the rounded cap above and
        below it: at 30 frames a second the bar repaints a few pixels, not its whole 500 px."""
        radius = self._track().width() / 2
        top = math.floor(min(old_top, new_top) - radius) - 2
        bottom = math.ceil(max(old_top, new_top) + radius) + 2
        return QRect(0, top, self.width(), bottom - top)

    @property
    def level(self) -> float:
        return self._level

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # The background too (the phase colour): Qt then skips painting the session screen under the bar.
        painter.fillRect(event.rect(), self.palette().window())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._track()
        radius = rect.width() / 2
        track = QColor(self._colour)
        track.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        filled = QRectF(rect)
        filled.setTop(rect.bottom() - rect.height() * self._level)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(filled, radius, radius)
        painter.end()
