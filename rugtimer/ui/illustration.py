"""Exercise illustrations: the library's line-drawing SVGs, drawn as vectors so they stay sharp at any size.

The drawings use one dark stroke colour (``SVG_STROKE``) that disappears on a dark theme, so the colour can
be swapped for another one before rendering; by default a dark palette gets its own text colour.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

SVG_STROKE = "#1f2a36"
"""The dark stroke every library SVG is drawn with."""
SVG_ACCENT = "#2a7ab0"
"""The blue of the motion arrows and the ball: invisible on the session's blue phases, so it can be swapped."""

DEFAULT_SIZE = QSize(240, 160)
"""The size the library's drawings are made for (3:2), used until an SVG says otherwise."""


def recolour_svg(data: bytes, stroke_colour: str | None, accent_colour: str | None = None) -> bytes:
    """The SVG with its dark stroke replaced by ``stroke_colour`` (a CSS colour such as "#e8eef4") and its
    blue accent by ``accent_colour``."""
    for original, colour in ((SVG_STROKE, stroke_colour), (SVG_ACCENT, accent_colour)):
        if colour:
            data = data.replace(original.encode(), colour.encode()).replace(
                original.upper().encode(), colour.encode()
            )
    return data


def stroke_for_palette(palette: QPalette) -> str | None:
    """The stroke colour that stays visible on ``palette``: None (the SVG's own) on light backgrounds."""
    background = palette.color(QPalette.ColorRole.Window)
    if background.lightnessF() >= 0.5:
        return None
    return palette.color(QPalette.ColorRole.WindowText).name()


def fitted_rect(content: QSize | QRectF, bounds: QRectF) -> QRectF:
    """The largest rectangle with ``content``'s aspect ratio, centred in ``bounds``."""
    width, height = content.width(), content.height()
    if width <= 0 or height <= 0 or bounds.isEmpty():
        return QRectF(bounds)
    scale = min(bounds.width() / width, bounds.height() / height)
    target = QRectF(0, 0, width * scale, height * scale)
    target.moveCenter(bounds.center())
    return target


def _renderer(data: bytes, stroke_colour: str | None, accent_colour: str | None = None) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(recolour_svg(data, stroke_colour, accent_colour)))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


def _natural_size(renderer: QSvgRenderer) -> QSize:
    """The drawing's own size: its view box, else its width/height attributes."""
    size = renderer.viewBoxF().size().toSize()
    return size if not size.isEmpty() else renderer.defaultSize()


def render_svg_pixmap(
    data: bytes, size: QSize, device_pixel_ratio: float = 1.0, stroke_colour: str | None = None
) -> QPixmap:
    """Render an SVG into a transparent pixmap that fits in ``size`` (logical pixels), keeping its aspect.

    The pixmap is as large as the fitted drawing (so it may be narrower or lower than ``size``) and holds
    ``device_pixel_ratio`` times as many pixels, so it is crisp on high-DPI screens.
    An unreadable SVG gives an empty (null) pixmap rather than an exception: a missing picture must not
    stop the session.
    """
    renderer = _renderer(data, stroke_colour)
    if not renderer.isValid() or size.isEmpty():
        return QPixmap()
    fitted = fitted_rect(_natural_size(renderer), QRectF(0, 0, size.width(), size.height()))
    ratio = max(device_pixel_ratio, 1.0)
    pixmap = QPixmap(max(1, round(fitted.width() * ratio)), max(1, round(fitted.height() * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class IllustrationWidget(QWidget):
    """Draws one exercise illustration, as large as it can with its aspect ratio, centred.

    ``stroke_colour`` None means "automatic": the SVG's own dark stroke on a light palette, the palette's
    text colour on a dark one (re-checked when the palette changes).
    """

    def __init__(
        self, data: bytes | None = None, stroke_colour: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data = data or b""
        self._stroke_colour = stroke_colour
        self._accent_colour: str | None = None
        self._renderer: QSvgRenderer | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._rebuild()

    # -- public

    def set_svg(self, data: bytes) -> None:
        """Show another drawing (an empty ``data`` shows nothing)."""
        self._data = data
        self._rebuild()

    def set_stroke_colour(self, stroke_colour: str | None) -> None:
        """Replace the dark stroke with this colour; None = automatic from the palette."""
        self._stroke_colour = stroke_colour
        self._rebuild()

    def set_colours(self, stroke_colour: str | None, accent_colour: str | None) -> None:
        """Both the figure and its accent (arrows, ball) in given colours: the session draws the picture in
        the phase's own text colour, so nothing is blue on blue."""
        self._stroke_colour, self._accent_colour = stroke_colour, accent_colour
        self._rebuild()

    def has_svg(self) -> bool:
        return self._renderer is not None

    # -- QWidget

    def sizeHint(self) -> QSize:
        return self._natural_size()

    def minimumSizeHint(self) -> QSize:
        natural = self._natural_size()
        return QSize(natural.width() // 3, natural.height() // 3)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        natural = self._natural_size()
        return round(width * natural.height() / natural.width()) if natural.width() else width

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = fitted_rect(self._natural_size(), QRectF(self.contentsRect()))
        self._renderer.render(painter, target)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._stroke_colour is None:
            self._rebuild()
        super().changeEvent(event)

    # -- internals

    def _natural_size(self) -> QSize:
        return DEFAULT_SIZE if self._renderer is None else _natural_size(self._renderer)

    def _rebuild(self) -> None:
        self._renderer = None
        if self._data:
            colour = self._stroke_colour or stroke_for_palette(self.palette())
            renderer = _renderer(self._data, colour, self._accent_colour)
            if renderer.isValid():
                self._renderer = renderer
        self.updateGeometry()
        self.update()
