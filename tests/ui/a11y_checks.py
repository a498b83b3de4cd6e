"""What a screen reader and a keyboard user get from a screen: names, descriptions, the Tab chain, clipping.

Each check walks a live widget tree and returns every offender as one readable line, so a test can list
them all at once. No pytest here: the 1366×768 check runs these in a subprocess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTextEdit,
    QWidget,
)

STANDARD_CONTROLS = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
    QAbstractItemView,
)
"""Qt's own input classes (QTimeEdit and QDateEdit are spin boxes; list, table and tree views item views)."""

_INNER_PARTS_OF = (QAbstractSpinBox, QComboBox, QAbstractItemView)
"""Their child widgets (the spin box's line edit, a view's headers and editors) are parts, not controls."""

_KEY_IN_TEXT = re.compile(r"[\[(](?:(?:Ctrl|Alt|Shift)\+)?(?:F\d{1,2}|[A-Z0-9?]|Space|Esc|Enter)[\])]")
"""A key named in a control's text, e.g. "Floor mode (F11)" or "Start [Space]"."""


def describe(widget: QWidget) -> str:
    """How an offender is named in a failure message: its object name (or text) and class."""
    label = widget.objectName()
    if not label and isinstance(widget, QAbstractButton):
        label = repr(widget.text())
    return f"{label or '(no objectName)'} {type(widget).__name__}"


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(kind) if interface is not None else "").strip()


def label_relations(widget: QWidget) -> list[str]:
    """The texts of the labels Qt reports as this widget's label (a QLabel buddy, a group box title)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return []
    labels = interface.relations(QAccessible.RelationFlag.Label)
    return [text for other, _relation in labels if (text := other.text(QAccessible.Text.Name).strip())]


def _is_inner_part(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INNER_PARTS_OF):
            return True
        if parent is root:
            return False
        parent = parent.parentWidget()
    return False


def takes_tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def controls(root: QWidget) -> list[QWidget]:
    """Every visible control under ``root`` (itself included): Qt's input classes and any other widget that
    takes the keyboard focus (a graph, a scrolling area, a text the keyboard can read)."""
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisible() or widget.window() is not root.window() or _is_inner_part(widget, root):
            continue
        if isinstance(widget, STANDARD_CONTROLS) or takes_tab_focus(widget):
            found.append(widget)
    return found


def _needs_description(widget: QWidget, name: str) -> str:
    """Why the name alone does not say what ``widget`` does ("" when it does)."""
    if not re.search(r"[^\W\d_]", name):
        return "its name is a bare number or symbol"
    if widget.objectName().startswith("pain_"):
        return "it is a pain scale button"
    if isinstance(widget, QAbstractButton) and not widget.text().strip() and not widget.icon().isNull():
        return "it is an icon-only button"
    if isinstance(widget, (QAbstractSpinBox, QSlider)):
        return "it is a spin box or slider (range, step)"
    if not isinstance(widget, STANDARD_CONTROLS):
        return "it is a custom focusable widget (how to use it)"
    return ""


def naming_offenders(screen: str, root: QWidget) -> list[str]:
    """Controls without an accessible name, or without the description their name calls for.

    The name is what Qt gives a screen reader: the accessible name, else a button's text (mnemonic "&"
    removed) or the text of a QLabel whose buddy the control is. A combo box is the exception: on Linux its
    name is its current value, and the label comes from its label relation, so it needs a buddy label.
    The description is the accessible description, else the tool tip.
    """
    offenders = []
    for widget in controls(root):
        where = f"{screen}: {describe(widget)}"
        if isinstance(widget, QComboBox):
            if not label_relations(widget):
                offenders.append(
                    f"{where}: no label relation (a QLabel buddy): a screen reader names it by its value"
                )
            continue
        name = accessible_text(widget, QAccessible.Text.Name)
        if not name:
            offenders.append(f"{where}: no accessible name")
            continue
        why = _needs_description(widget, name)
        if why and not accessible_text(widget, QAccessible.Text.Description):
            offenders.append(f"{where} (name {name!r}): no description, and {why}")
    return offenders


def keyboard_alternative_offenders(screen: str, root: QWidget) -> list[str]:
    """A control Tab skips on purpose must name its key (``(F11)``, ``[Space]``) or carry a shortcut."""
    offenders = []
    for widget in controls(root):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) and widget.group() is not None:
            continue  # one button of an exclusive group takes Tab; the arrow keys reach the others
        if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
            continue
        action = getattr(widget, "defaultAction", lambda: None)()
        if action is not None and not action.shortcut().isEmpty():
            continue
        texts = " ".join(
            (
                getattr(widget, "text", lambda: "")(),
                accessible_text(widget, QAccessible.Text.Name),
                accessible_text(widget, QAccessible.Text.Description),
            )
        )
        if not _KEY_IN_TEXT.search(texts):
            offenders.append(f"{screen}: {describe(widget)}: not in the Tab chain and no key to reach it")
    return offenders


# -- the Tab chain


def focus_owner(widget: QWidget | None) -> QWidget | None:
    """The control that owns the focus: a spin box for its inner line edit (whose focus proxy it is)."""
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab should reach in ``window``: every visible, enabled widget that takes Tab focus."""
    return [
        w
        for w in (window, *window.findChildren(QWidget))
        if w.window() is window and w.isVisible() and w.isEnabled() and takes_tab_focus(w)
    ]


def walk_tab_chain(window: QWidget, start: QWidget, key: Qt.Key, limit: int) -> tuple[list[QWidget], str]:
    """Press ``key`` (Tab or Backtab) from ``start`` until the focus is back at ``start``.

    Returns the widgets visited (``start`` first) and a problem ("" when the chain closed): a trap (the focus
    stayed where it was), or no way back within ``limit`` presses.
    """
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    visited = [start]
    current = focus_owner(QApplication.focusWidget())
    if current is not start:
        return visited, f"{describe(start)} did not take the focus"
    stayed = 0
    for _ in range(limit):
        target = QApplication.focusWidget()
        modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier(0)
        QTest.keyClick(target, key, modifier)
        QCoreApplication.processEvents()
        after = focus_owner(QApplication.focusWidget())
        if after is None or after.window() is not window:
            return visited, f"the focus left the window after {describe(current)}"
        if after is current:
            if len(tab_stops(window)) == 1:
                return visited, ""  # the only control: Tab has nowhere else to go
            stayed += 1
            if isinstance(current, QDateTimeEdit) and stayed < current.sectionCount():
                continue  # Tab steps through day, month and year first (Qt's date and time fields)
            return visited, f"{key.name} stays in {describe(current)} (a keyboard trap)"
        stayed = 0
        if after is start:
            return visited, ""
        visited.append(after)
        current = after
    return visited, f"{key.name} never came back to {describe(start)} in {limit} presses"


def tab_chain_offenders(screen: str, window: QWidget, root: QWidget) -> list[str]:
    """Tab from the first control of ``root`` must visit every Tab stop of the window and come back; Shift+Tab
    must visit them in the opposite order."""
    stops = tab_stops(window)
    own = [w for w in stops if w is root or root.isAncestorOf(w)]
    if not own:
        return [f"{screen}: no control takes the keyboard focus"]
    start = own[0]
    limit = 2 * len(stops) + 5
    forward, problem = walk_tab_chain(window, start, Qt.Key.Key_Tab, limit)
    offenders = [f"{screen}: {problem}"] if problem else []
    # Qt keeps one button of an exclusive group in the Tab chain (the arrow keys move within the group),
    # and decides which only when the group first gets the focus: count the group once, after the walk.
    reached = {_stop_key(w) for w in forward}
    missing = [w for w in own if _stop_key(w) not in reached and takes_tab_focus(w)]
    offenders += [f"{screen}: {describe(w)}: Tab never reaches it" for w in missing]
    if not problem:
        backward, back_problem = walk_tab_chain(window, start, Qt.Key.Key_Backtab, limit)
        if back_problem:
            offenders.append(f"{screen}: Shift+{back_problem}")
        elif backward[1:] != list(reversed(forward[1:])):
            offenders.append(
                f"{screen}: Shift+Tab does not retrace Tab: "
                f"{[describe(w) for w in backward]} vs {[describe(w) for w in forward]}"
            )
    return offenders


def _stop_key(widget: QWidget) -> object:
    """A button of an exclusive group stands for its group (one Tab stop); any other widget for itself."""
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return group
        if widget.autoExclusive() and widget.isCheckable():
            return ("auto-exclusive", widget.parentWidget())
    return widget


# -- clipping


def clipping_offenders(screen: str, root: QWidget) -> list[str]:
    """Texts that do not fit: a label or button smaller than it needs (word-wrapped labels by the height they
    need at their width), or a control that sticks out of its window."""
    offenders = []
    window = root.window()
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if not isinstance(widget, (QLabel, QAbstractButton)) or widget.size().isEmpty():
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue
        if _inside_scroll_area(widget):
            # A scrolled page may be taller than the window; it still must not squeeze its texts.
            pass
        elif not _fits_in_window(widget, window):
            offenders.append(f"{screen}: {describe(widget)} {_text_of(widget)}: sticks out of the window")
            continue
        problem = _squeezed(widget)
        if problem:
            offenders.append(f"{screen}: {describe(widget)} {_text_of(widget)}: {problem}")
    return offenders


def _text_of(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    text = re.sub(r"<[^>]+>", "", text).replace("\n", " ")
    return repr(text[:40] + ("…" if len(text) > 40 else ""))


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _fits_in_window(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    inside = window.rect()
    return inside.contains(top_left) and inside.contains(bottom_right)


def _qt_class(widget: QWidget) -> type:
    """The Qt class behind ``widget``: its size hints measure the text, whatever a subclass claims."""
    return next(cls for cls in type(widget).__mro__ if cls.__module__.startswith("PySide6"))


def _squeezed(widget: QWidget) -> str:
    size = widget.size()
    qt_class = _qt_class(widget)
    if isinstance(widget, QLabel) and widget.wordWrap():
        needed_width = widget.minimumSizeHint().width()
        needed_height = widget.heightForWidth(size.width())
    else:
        hint = qt_class.minimumSizeHint(widget) if isinstance(widget, QLabel) else qt_class.sizeHint(widget)
        needed_width, needed_height = hint.width(), hint.height()
    short = []
    if needed_width > size.width() + 1:
        short.append(f"width {size.width()} < {needed_width}")
    if needed_height > size.height() + 1:
        short.append(f"height {size.height()} < {needed_height}")
    return ", ".join(short)


def join(lines: Iterable[str]) -> str:
    return "\n".join(lines)


# -- visible focus


def changed_pixels(before: QImage, after: QImage) -> int:
    """How many pixels differ between two grabs of the same widget (-1 when the sizes differ)."""
    first = before.convertToFormat(QImage.Format.Format_RGB32)
    second = after.convertToFormat(QImage.Format.Format_RGB32)
    if first.size() != second.size():
        return -1
    width, height = first.width(), first.height()
    one, two = bytes(first.constBits()), bytes(second.constBits())
    line = first.bytesPerLine()
    count = 0
    for y in range(height):
        row_one = one[y * line : y * line + 4 * width]
        row_two = two[y * line : y * line + 4 * width]
        if row_one != row_two:
            count += sum(1 for x in range(0, 4 * width, 4) if row_one[x : x + 4] != row_two[x : x + 4])
    return count


def look_around(widget: QWidget) -> QImage:
    """What the window shows of ``widget`` and a few pixels around it (a focus ring may sit just outside)."""
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    area = QRect(top_left, widget.size()).adjusted(-FOCUS_MARGIN, -FOCUS_MARGIN, FOCUS_MARGIN, FOCUS_MARGIN)
    return window.grab(area.intersected(window.rect())).toImage()


FOCUS_MARGIN = 4
MIN_CHANGED_PIXELS = 40
"""A focus indicator changes at least this many pixels (a blinking text cursor alone is about 20)."""


def focus_visibility_offenders(screen: str, window: QWidget, root: QWidget) -> list[str]:
    """Walk the Tab chain from where the window put the focus when it opened: at every press, the control
    that loses the focus and the one that gets it must both look different (a focus indicator is drawn)."""
    offenders = []
    current = focus_owner(QApplication.focusWidget())
    if current is None or not (current is root or root.isAncestorOf(current)):
        stops = [w for w in tab_stops(window) if w is root or root.isAncestorOf(w)]
        if not stops:
            return []
        current = stops[0]
        current.setFocus(Qt.FocusReason.OtherFocusReason)  # as a window does when it opens
        QCoreApplication.processEvents()
    start = current
    seen: set[int] = set()
    for _ in range(2 * len(tab_stops(window)) + 5):
        QCoreApplication.processEvents()
        focused_look = look_around(current)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QCoreApplication.processEvents()
        after = focus_owner(QApplication.focusWidget())
        if after is None or after is current:
            break
        if id(current) not in seen and (current is root or root.isAncestorOf(current)):
            seen.add(id(current))
            changed = changed_pixels(focused_look, look_around(current))
            if 0 <= changed < MIN_CHANGED_PIXELS:
                offenders.append(
                    f"{screen}: {describe(current)}: no visible focus ({changed} pixels change with the focus)"
                )
        current = after
        if current is start:
            break
    return offenders


# -- table headers


def header_offenders(screen: str, root: QWidget) -> list[str]:
    """Column titles of a visible table that are cut short (their section narrower than the title), and
    tables that scroll sideways: both happened to History at 175 % text."""
    offenders = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(title)
            if needed > header.sectionSize(section) + 1:
                offenders.append(
                    f"{screen}: column {title!r} of {describe(header.parentWidget())}: title cut"
                    f" ({header.sectionSize(section)} < {needed} px)"
                )
        view = header.parentWidget()
        if isinstance(view, QAbstractScrollArea) and view.horizontalScrollBar().isVisible():
            offenders.append(f"{screen}: {describe(view)} scrolls sideways")
    return offenders


def rows_in_view_offenders(screen: str, root: QWidget, name: str, fewest: int) -> list[str]:
    """The table ``name`` under ``root`` shows at least ``fewest`` whole rows (when it has that many)."""
    table = root.findChild(QAbstractItemView, name)
    if table is None or not table.isVisible() or table.model() is None:
        return [f"{screen}: no visible table {name!r}"]
    if table.model().rowCount() < fewest:
        return []
    row_height = max(1, table.sizeHintForRow(0))
    shown = table.viewport().height() // row_height
    return [] if shown >= fewest else [f"{screen}: {name} shows {shown} whole rows, fewer than {fewest}"]


def squeezed_plot_offenders(screen: str, root: QWidget, names: Iterable[str], fewest_px: int) -> list[str]:
    """Each graph named in ``names`` that is shown is at least ``fewest_px`` high: at 175 % text the PSK plot
    was squeezed to a 20 px strip under the pain plot (a page may scroll instead)."""
    offenders = []
    for name in names:
        plot = root.findChild(QWidget, name)
        if plot is not None and plot.isVisibleTo(root) and plot.height() < fewest_px:
            offenders.append(f"{screen}: {name} is {plot.height()} px high, less than {fewest_px}")
    return offenders


# -- text size


def inherited_size_offenders(screen: str, root: QWidget) -> list[str]:
    """Widgets that take their parent's font (no ``setFont`` of their own) but show another size: the text
    size did not reach them (under a style sheet Qt passes a new size on only once; My program's rows
    stayed at 100 % while the dialog around them grew)."""
    offenders = []
    window = root.window()
    for widget in (root, *root.findChildren(QWidget)):
        parent = widget.parentWidget()
        if widget.isWindow() or parent is None or widget.window() is not window or not widget.isVisible():
            continue
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        if widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents):
            continue  # an overlay that draws no text (the focus ring)
        size, parent_size = widget.font().pointSizeF(), parent.font().pointSizeF()
        if size > 0 and parent_size > 0 and abs(size - parent_size) > 0.05:
            offenders.append(
                f"{screen}: {describe(widget)}: its text is {size:g} pt, its parent's {parent_size:g} pt"
                " (it does not follow the text size)"
            )
    return offenders


# -- the seconds, read from the mat


def ink_rows(widget: QWidget) -> tuple[int, int]:
    """The first and last pixel row of ``widget``, as painted, that hold anything but its background (the
    top-left pixel's colour): where a text's ink is, cut off or not; (0, -1) when nothing is drawn."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, line = image.width(), image.bytesPerLine()
    bits = bytes(image.constBits())
    blank = bits[:4] * width
    inked = [y for y in range(image.height()) if bits[y * line : y * line + 4 * width] != blank]
    return (inked[0], inked[-1]) if inked else (0, -1)


def seconds_measures(root: QWidget) -> dict[str, int | str]:
    """The session's seconds as shown: the text, its font's pixel size, the painted height of its digits
    (``ink``) and the height the font draws them at when nothing cuts them (``expected``)."""
    seconds = root.findChild(QWidget, "secondsLeft")
    if seconds is None or not seconds.isVisible():
        return {}
    first, last = ink_rows(seconds)
    text = seconds.text()
    return {
        "text": text,
        "font_px": seconds.font().pixelSize(),
        "ink": last - first + 1,
        "expected": QFontMetrics(seconds.font()).tightBoundingRect(text).height(),
        "top": first,
        "bottom_room": seconds.height() - 1 - last,
    }


def seconds_offenders(screen: str, root: QWidget) -> list[str]:
    """The seconds must be drawn whole: painted as tall as their font makes them, inside their widget."""
    measures = seconds_measures(root)
    if not measures:
        return [f"{screen}: the seconds are not shown"]
    offenders = []
    if measures["ink"] < measures["expected"] - 2 or measures["top"] <= 0 or measures["bottom_room"] <= 0:
        offenders.append(f"{screen}: the seconds {measures['text']!r} are cut off ({measures})")
    return offenders


# -- what a dialog must show without scrolling


def shown_without_scrolling(widget: QWidget, window: QWidget) -> bool:
    """Whether all of ``widget`` is in view as ``window`` shows now: inside the window, and inside the
    visible part of every scrolling area it is in (at the scroll position the window opened with)."""
    if not widget.isVisible():
        return False
    if not window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            if not viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())):
                return False
        parent = parent.parentWidget()
    return True


def in_view_offenders(screen: str, window: QWidget, names: Iterable[str]) -> list[str]:
    """Each widget named in ``names`` shows whole when the window opens, without scrolling (the welcome's
    three choices were below the fold at 175 %, only a sliver of the first one showing)."""
    offenders = []
    for name in names:
        widget = window.findChild(QWidget, name)
        if widget is None:
            offenders.append(f"{screen}: no widget {name!r}")
        elif not shown_without_scrolling(widget, window):
            offenders.append(f"{screen}: {describe(widget)} is not in view when it opens (scroll or fold)")
    return offenders


def closing_buttons_offenders(screen: str, window: QWidget) -> list[str]:
    """A dialog's closing buttons (its button box's, and its default button) show whole when it opens: a
    dialog that scrolls keeps them below the scrolling part (Settings at 175 % scrolled Save away)."""
    if not isinstance(window, QDialog):
        return []
    buttons = [button for box in window.findChildren(QDialogButtonBox) for button in box.buttons()]
    buttons += [button for button in window.findChildren(QPushButton) if button.isDefault()]
    return [
        f"{screen}: {describe(button)} is not in view when the dialog opens (scroll or fold)"
        for button in dict.fromkeys(buttons)
        if button.isVisibleTo(window) and not shown_without_scrolling(button, window)
    ]


# -- what a page shows whole, measured as painted


def whole_rows_shown(table: QAbstractItemView) -> int:
    """How many rows ``table`` shows whole in its viewport, by the rows' real heights (``sizeHintForRow``
    is the text's height: with padded rows it counted five sessions where four and a half showed)."""
    model = table.model()
    if model is None or model.rowCount() == 0:
        return 0
    viewport = table.viewport().rect()
    first = max(0, table.rowAt(0)) if hasattr(table, "rowAt") else 0
    shown = 0
    for row in range(first, model.rowCount()):
        rect = table.visualRect(model.index(row, 0))
        if rect.top() >= viewport.bottom():
            break
        if viewport.top() <= rect.top() and rect.bottom() <= viewport.bottom():
            shown += 1
    return shown


def whole_rows_offenders(screen: str, root: QWidget, name: str, fewest: int) -> list[str]:
    """The table ``name`` under ``root`` shows at least ``fewest`` whole rows, as painted (when it has that
    many): History at 175 % under the no-sound notice showed two sessions and half a set."""
    table = root.findChild(QAbstractItemView, name)
    if table is None or not table.isVisible() or table.model() is None:
        return [f"{screen}: no visible table {name!r}"]
    if table.model().rowCount() < fewest:
        return []
    shown = whole_rows_shown(table)
    return [] if shown >= fewest else [f"{screen}: {name} shows {shown} whole rows, fewer than {fewest}"]


def hidden_column_offenders(screen: str, root: QWidget) -> list[str]:
    """No visible table hides a column of its model: History once dropped its notes at 175 % (the note
    showed only under the table, for the selected session)."""
    offenders = []
    for view in root.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", lambda: None)()
        if not view.isVisible() or header is None or view.model() is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
                title = view.model().headerData(section, Qt.Orientation.Horizontal)
                offenders.append(f"{screen}: {describe(view)} hides its column {title!r}")
    return offenders


def cut_column_offenders(
    screen: str,
    root: QWidget,
    name: str,
    columns: Iterable[int],
    keep: Callable[[str], str] = lambda text: text,
) -> list[str]:
    """The ``columns`` of table ``name`` show each row's text whole (a status, a date: cut, "Afgerond ·
    de…" says less than it should), or at least the part ``keep`` gives of it. Measured with each cell's
    own font, as Qt's item view draws it."""
    table = root.findChild(QAbstractItemView, name)
    if table is None or not table.isVisible() or table.model() is None:
        return []
    model, header = table.model(), table.horizontalHeader()
    margin = table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    offenders = []
    for column in columns:
        room = header.sectionSize(column) - 2 * margin
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = keep(str(model.data(index) or ""))
            cell_font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = (
                QFontMetrics(_resolved(cell_font, table)) if cell_font is not None else table.fontMetrics()
            )
            if metrics.horizontalAdvance(text) > room:
                offenders.append(
                    f"{screen}: {name} cuts {text!r} in column {column} ({room} < {metrics.horizontalAdvance(text)} px)"
                )
                break
    return offenders


def _resolved(cell_font: object, table: QWidget) -> object:
    """A cell's font as the view draws it: the model's font role over the view's font."""
    return cell_font.resolve(table.font())  # type: ignore[attr-defined]


def sideways_cut_offenders(screen: str, root: QWidget) -> list[str]:
    """A scrolling page wider than its view while the view does not scroll sideways: its right part is cut
    off, out of reach (Progress at a desktop scale of 150 %: the newest weeks, a legend entry and the end of
    the week's line)."""
    offenders = []
    for area in root.findChildren(QAbstractScrollArea):
        page = getattr(area, "widget", lambda: None)()
        if page is None or not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        wider = page.width() - area.viewport().width()
        if wider > 1 and not (bar.isVisible() and bar.maximum() >= wider):
            offenders.append(f"{screen}: {describe(area)} cuts {wider} px off the right of its page")
    return offenders


def plot_text_offenders(screen: str, root: QWidget) -> list[str]:
    """The texts pyqtgraph draws on a graph under ``root``: tick labels of one axis that overlap (the days
    axis drew 3 over 4 at 175 %), and an axis title not whole inside its graph ("Pijn (0–1" at a desktop
    scale of 150 %). The tick labels are laid out as the axis lays them out to paint them."""
    import sys

    pg = sys.modules.get("pyqtgraph")
    if pg is None:
        return []  # no graph was ever built
    from PySide6.QtGui import QPainter

    offenders = []
    for view in root.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        for item in view.scene().items():
            if not isinstance(item, pg.AxisItem) or not item.isVisible():
                continue
            where = f"{screen}: {view.objectName() or 'a graph'}, {item.orientation} axis"
            image = QImage(8, 8, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            try:
                if item.style["tickFont"]:
                    painter.setFont(item.style["tickFont"])
                specs = item.generateDrawSpecs(painter)
            finally:
                painter.end()
            texts = specs[2] if specs else []
            for number, (rect, _flags, text) in enumerate(texts):
                for other, _other_flags, other_text in texts[number + 1 :]:
                    if rect.intersects(other):
                        offenders.append(f"{where}: tick labels {text!r} and {other_text!r} overlap")
            label = item.label
            if label is not None and label.isVisible():
                title = label.toPlainText().strip()
                outline = label.sceneBoundingRect()
                margin = label.document().documentMargin()  # the text's box is this much larger than its text
                if title and not shown.contains(outline.adjusted(margin, margin, -margin, -margin)):
                    offenders.append(f"{where}: its title {title!r} is cut off ({outline} not in {shown})")
    return offenders
