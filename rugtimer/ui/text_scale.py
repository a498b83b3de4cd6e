"""Text size: every point size in the app times the chosen percentage, at once and for whatever opens later.

The widgets set absolute point sizes (they are read from the mat), so a bigger application font alone would
change little. The scaler keeps each widget's own size (its "design size", in points at 100 %) and shows it
times the scale:

- when the scale changes it first measures every widget's design size, then applies them (parents first);
- while the scale is not 100 %, an application event filter scales each new widget as it is polished (just
  before it is first shown), and again when code later gives a shown widget a new font; sizes set while a
  widget is being built are noted then, when it is still clear which widget set a size of its own;
- a window without a size of its own (menus, message boxes, file dialogs) gets the desktop's size times the
  scale: windows do not inherit their parent's font;
- a font the scaler made carries its design size in two private OpenType feature tags (fonts have no such
  features, so drawing ignores them), so a copy handed to another widget (``box.setFont(self.font())``) is
  recognised and not scaled twice.

Left alone: pixel-sized fonts (the session screen's digits follow the window's height) and sizes given in a
style sheet (``font-size: 18pt``) - use ``setFont`` for text that should follow the text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

_DESIGN_TAG = QFont.Tag("RTds")  # design size × 100
_SHOWN_TAG = QFont.Tag("RTsz")  # shown size × 100
_DESIGN = "rugtimerDesignPoints"  # widget property: its design size, when it has a size of its own
_SHOWN = "rugtimerShownPoints"  # widget property: the size the scaler last gave it


def _same(first: float, second: float) -> bool:
    return abs(first - second) < 0.05


def _marked_design(font: QFont) -> float | None:
    """The design size a scaled font carries, if its size is still the one the scaler gave it."""
    if not (font.isFeatureSet(_DESIGN_TAG) and font.isFeatureSet(_SHOWN_TAG)):
        return None
    if not _same(font.featureValue(_SHOWN_TAG) / 100, font.pointSizeF()):
        return None
    return font.featureValue(_DESIGN_TAG) / 100


def _measure(widget: QWidget) -> float | None:
    """``widget``'s design size from its font and its parent's; None when it inherits its size."""
    font = widget.font()
    size = font.pointSizeF()
    if size <= 0:
        return None  # a pixel size
    marked = _marked_design(font)
    parent = None if widget.isWindow() else widget.parentWidget()
    if parent is not None:
        parent_font = parent.font()
        if _same(size, parent_font.pointSizeF()) and marked == _marked_design(parent_font):
            return None  # the same size as the parent, by inheritance (or by choice: the same either way)
    if marked is not None:
        return marked  # a copy of a font the scaler made
    return size  # its own size (for a window without one: the desktop's)


class TextScaler(QObject):
    """Owned by the application (a child of it); ``set_scale(150)`` shows every text at 150 %."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("rugtimerTextScaler")
        self._app = app
        self._scale = 100
        self._busy = False
        self._filtering = False

    @property
    def scale(self) -> int:
        return self._scale

    def set_scale(self, scale: int) -> None:
        """Rescale every widget now; later widgets follow while the scale is not 100 %."""
        if scale == self._scale:
            return
        widgets = self._widgets_parents_first()
        planned = [(widget, self._design(widget), widget.font().pointSizeF()) for widget in widgets]
        old_scale, self._scale = self._scale, scale
        self._busy = True
        try:
            for widget, measured, old_size in planned:
                design = (
                    measured if measured is not None else self._own_after_all(widget, old_size, old_scale)
                )
                if design is not None:
                    self._show(widget, design)
        finally:
            self._busy = False
        self._set_filtering(scale != 100)

    # -- measuring

    def _design(self, widget: QWidget) -> float | None:
        shown = widget.property(_SHOWN)
        if shown is not None and _same(float(shown), widget.font().pointSizeF()):
            return float(widget.property(_DESIGN))  # the scaler's own work, unchanged since
        noted = widget.property(_DESIGN)
        if noted is not None and shown is None:
            return float(noted)  # noted while it was being built
        return _measure(widget)

    @staticmethod
    def _own_after_all(widget: QWidget, old_size: float, old_scale: int) -> float | None:
        """A child that had its parent's size by choice keeps it when the parent grows: it has its own."""
        parent = None if widget.isWindow() else widget.parentWidget()
        if parent is None or old_size <= 0 or not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            return None
        if _same(widget.font().pointSizeF(), parent.font().pointSizeF()):
            return None
        return old_size * 100 / old_scale

    # -- applying

    def _show(self, widget: QWidget, design: float) -> None:
        shown = round(design * self._scale / 100, 2)
        widget.setProperty(_DESIGN, design)
        widget.setProperty(_SHOWN, shown)
        font = QFont(widget.font())
        font.setPointSizeF(shown)
        font.setFeature(_DESIGN_TAG, round(design * 100))
        font.setFeature(_SHOWN_TAG, round(shown * 100))
        if font == widget.font():
            return
        before = widget.font().pointSizeF()
        busy, self._busy = self._busy, True
        try:
            widget.setFont(font)
        finally:
            self._busy = busy
        self._follow_parent(widget, before, design)

    def _follow_parent(self, parent: QWidget, before: float, design: float) -> None:
        """Children that should follow ``parent``'s new size but kept the old one (``before``) get the
        parent's design size too:

        - a child that chose its parent's size (a table's bold header: ``setFont`` at the table's size):
          Qt only passes on what a child did not set, and it was polished while the sizes were the same;
        - a child under a style sheet (a dialog with ``setStyleSheet``): Qt passes fonts on by the style
          sheet's rules there, which keep a size once resolved (My program's rows stayed small).
        Children that did follow are searched for such children of their own."""
        new = parent.font().pointSizeF()
        if _same(new, before):
            return
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            size = child.font().pointSizeF()
            if child.isWindow() or child.property(_SHOWN) is not None or size <= 0:
                continue
            if _same(size, new):
                self._follow_parent(child, before, design)
                continue
            if not _same(size, before):
                continue  # a size of its own, measured on its own
            chose = child.testAttribute(Qt.WidgetAttribute.WA_SetFont) and child.testAttribute(
                Qt.WidgetAttribute.WA_WState_Polished
            )
            stuck = not child.testAttribute(Qt.WidgetAttribute.WA_SetFont)  # it inherits, yet kept the size
            if chose or stuck:
                self._show(child, design)

    def _widgets_parents_first(self) -> list[QWidget]:
        ordered: list[QWidget] = []
        for top in QApplication.topLevelWidgets():
            if top.parentWidget() is None:
                ordered.append(top)
                ordered.extend(top.findChildren(QWidget))  # depth first: each parent before its children
        seen = {id(widget) for widget in ordered}
        ordered.extend(w for w in QApplication.allWidgets() if id(w) not in seen)
        return ordered

    # -- widgets made later

    def _set_filtering(self, on: bool) -> None:
        if on and not self._filtering:
            self._app.installEventFilter(self)
        elif not on and self._filtering:
            self._app.removeEventFilter(self)
        self._filtering = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._busy or kind not in (QEvent.Type.Polish, QEvent.Type.FontChange):
            return False
        if not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Polish:
            design = self._design(watched)
            if design is not None:
                self._show(watched, design)
        elif not watched.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            self._note(watched)  # still being built: note whose size this is, scale it when polished
        else:
            self._refollow(watched)
        return False

    def _note(self, widget: QWidget) -> None:
        has_own = widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        design = _measure(widget) if has_own else None
        widget.setProperty(_SHOWN, None)
        widget.setProperty(_DESIGN, design)

    def _refollow(self, widget: QWidget) -> None:
        """A shown widget got a new font from its code (or its parent's): scale its new size."""
        shown = widget.property(_SHOWN)
        if shown is not None and _same(float(shown), widget.font().pointSizeF()):
            return
        design = _measure(widget) if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None
        widget.setProperty(_SHOWN, None)
        widget.setProperty(_DESIGN, design)
        if design is not None:
            self._show(widget, design)
