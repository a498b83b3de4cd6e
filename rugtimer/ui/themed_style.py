"""The application style, and the play icon that follows the theme's colours (the style's own play icon is a
black triangle: invisible on a black button in high contrast, faint on a dark one).

The Start buttons take ``play_icon()`` directly. Overriding ``QProxyStyle.standardIcon`` in Python instead
made Qt call into Python for every standard icon of every widget (the toolbar alone: 8 ms at start-up)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle


class PlayIconEngine(QIconEngine):
    """A play triangle in the button-text colour with a rim in the button colour, so it shows on a plain
    button and on a highlighted one alike. Drawn from the palette at paint time: a theme change repaints it."""

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        side = min(rect.width(), rect.height()) * 0.78
        rim = max(1.0, side / 9)
        centre = QPointF(rect.center()) + QPointF(side * 0.06, 0.5)
        half = side / 2
        triangle = QPolygonF(
            [
                centre + QPointF(-half * 0.8, -half),
                centre + QPointF(half, 0),
                centre + QPointF(-half * 0.8, half),
            ]
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(group, QPalette.ColorRole.Button), rim)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(palette.color(group, QPalette.ColorRole.ButtonText))
        painter.drawPolygon(triangle)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return PlayIconEngine()


def play_icon() -> QIcon:
    """The play triangle in the theme's button colours, repainted from the palette after a theme change."""
    return QIcon(PlayIconEngine())


class ThemedStyle(QProxyStyle):
    """``base`` (a style key such as "Fusion"), remembered by name: the one style object the themes switch."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self.base_name = base
