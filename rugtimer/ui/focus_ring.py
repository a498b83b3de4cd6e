"""A thick focus ring around whatever has the keyboard focus, in every window, from the first moment.

Why: the app is used from a mat, by keyboard, 2 m from the screen. Fusion draws focus as a thin outline,
only after a Tab press, and draws a dialog's default button exactly like a focused one, so "where am I?" was
often unanswerable. One QFocusFrame per window follows the focus and draws a ring in the palette's highlight
colour just outside the control (read at paint time, so a theme change recolours it). The frame gets a
style of its own (only it uses that style): the app's style, the theme and the style sheets stay untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

RING = 3
"""Ring width in pixels, drawn outside the control (WCAG 2.4.13 asks for at least 2)."""

_GUARD = "rugtimerFocusRing"


class _RingStyle(QProxyStyle):
    """For the focus frame only: the ring sits above the control's parents (not cut off where the control
    touches its parent's edge) and is ``RING`` pixels wide."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0  # no mask: the frame paints only the ring and lets the mouse through
        return super().styleHint(hint, option, widget, return_data)

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return RING
        return super().pixelMetric(metric, option, widget)


def _ring_style() -> QStyle:
    """One ring style per application, owned by the application (Qt, not Python, ends its life).

    A style owned by a Python attribute can be freed at interpreter exit before the widgets that use it,
    and Qt then crashes on quit (seen: a segmentation fault after ``app.exec()`` returned).
    """
    app = QApplication.instance()
    style = app.findChild(_RingStyle, "focusRingStyle")
    if style is None:
        style = _RingStyle(QApplication.style().name())
        style.setObjectName("focusRingStyle")
        style.setParent(app)
    return style


class FocusRing(QFocusFrame):
    """The ring of one window; ``setWidget(control)`` puts it around the control that has the focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setStyle(_ring_style())
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.widget() is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A control as big as its window (a scrolling page) leaves no room outside: draw the ring just inside
        # the part of the frame its parent shows.
        shown = self.rect()
        parent = self.parentWidget()
        if parent is not None:
            shown = shown.intersected(QRect(self.mapFromParent(QPoint(0, 0)), parent.size()))
        outer = QRectF(shown)
        inner = outer.adjusted(RING, RING, -RING, -RING)
        ring = QPainterPath()
        ring.addRoundedRect(outer, RING + 3, RING + 3)
        hole = QPainterPath()
        hole.addRoundedRect(inner, 3, 3)
        painter.fillPath(ring.subtracted(hole), QApplication.palette().color(QPalette.ColorRole.Highlight))
        painter.end()


def _owner(widget: QWidget) -> QWidget:
    """The control that shows the focus: a spin box for its inner line edit (the edit's focus proxy)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _ring_for(window: QWidget) -> FocusRing:
    ring = window.findChild(FocusRing, "focusRing")
    return ring if ring is not None else FocusRing(window)


def show_focus(old: QWidget | None, new: QWidget | None) -> None:
    """Move the ring of ``new``'s window to ``new`` (nothing for a page that only takes keys, e.g. the
    session screen, which has no Tab focus of its own)."""
    if new is None:
        return
    control = _owner(new)
    window = control.window()
    ring = _ring_for(window)
    if control is window or not control.focusPolicy() & Qt.FocusPolicy.TabFocus:
        ring.setWidget(None)
        ring.hide()
        return
    ring.setWidget(control)
    ring.show()
    ring.raise_()


def keep_focus_visible(app: QApplication) -> None:
    """Follow the keyboard focus with a ring in every window of ``app`` (once per application)."""
    if app.property(_GUARD):
        return
    app.setProperty(_GUARD, True)
    app.focusChanged.connect(show_focus)
