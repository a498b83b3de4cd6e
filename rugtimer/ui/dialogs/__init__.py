"""Dialogs asked from the mat: the pain score, after the session, "this hurts"; and what every dialog and
message box shares (fit to the screen, large print)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLayout,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rugtimer.ui.exercise_card import font

TITLE_BAR = 40
"""Room the desktop's title bar takes above a dialog (the main window leaves the same)."""
WIDEN_STEP = 40


class ScrollingBody(QScrollArea):
    """A dialog's content when it is taller than the screen even at full width (large text on a low laptop
    screen): it scrolls, and it is a Tab stop, so Page Down and the arrows bring the rest into view. The keys
    it does not use while a control inside has the focus go on to the dialog (its arrow keys between the
    answers, the digits of the pain score). A control that gets the focus is scrolled into view, also when
    the code moves the focus (Enter on the pain score goes on to the next question)."""

    def __init__(self, content: QWidget, title: str, content_width: int) -> None:
        super().__init__()
        self.setObjectName("dialogBody")
        self._content_width = content_width  # the dialog's own minimum: scrolling never narrows the content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            self.tr("This window is taller than the screen: Page Up and Page Down scroll it.")
        )
        QApplication.instance().focusChanged.connect(self._show_focused)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new, 16, 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.hasFocus():
            super().keyPressEvent(event)
        else:
            event.ignore()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._content_width + self.verticalScrollBar().sizeHint().width(), 160)


def button_bar(row: QLayout) -> QWidget:
    """``row`` (a dialog's Save / Skip buttons) in a widget of its own, so ``fit_to_screen`` can keep it
    in view below a scrolling body."""
    bar = QWidget()
    bar.setObjectName("dialogButtons")
    row.setContentsMargins(0, 0, 0, 0)
    bar.setLayout(row)
    return bar


def fit_to_screen(dialog: QDialog, width: int, footer: QWidget | None = None) -> None:
    """Size ``dialog`` to show all its (word-wrapped) text at about ``width`` px, within the screen.

    Qt's automatic first size caps a window at 2/3 of the screen, which on a 1366×768 laptop cuts the
    big-print dialogs short; this asks the layout for the height the text needs at the chosen width. When
    that is taller than the screen (large text on a low screen), the dialog gets wider, so the text wraps
    into fewer lines; when even the full width is not enough, its content scrolls rather than being cut off.
    ``footer`` (the row of Save / Skip buttons, last in the layout) then stays below the scrolling part,
    always in view.
    """
    dialog.ensurePolished()
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    most_width, most_height = screen.width(), screen.height() - TITLE_BAR
    minimum = layout.minimumSize()
    chosen_width = min(max(width, minimum.width()), most_width)
    scrolls_itself = dialog.findChild(QScrollArea) is not None  # a part scrolls, its buttons stay in view
    wider = chosen_width
    if layout.hasHeightForWidth():
        needed = max(layout.totalHeightForWidth(wider), minimum.height())
        while needed > most_height and wider < most_width and not scrolls_itself:
            wider = min(wider + WIDEN_STEP, most_width)
            needed = max(layout.totalHeightForWidth(wider), minimum.height())
    else:
        needed = max(layout.sizeHint().height(), minimum.height())
    if needed <= most_height or scrolls_itself:
        dialog.resize(wider, min(needed, most_height))
        return
    if footer is not None:
        layout.removeWidget(footer)
    content = QWidget()
    content.setObjectName("dialogContent")
    content.setLayout(layout)  # takes the layout, and the widgets in it, from the dialog
    if not layout.hasHeightForWidth():
        content.setMinimumHeight(needed)  # a scroll area would squeeze it to its minimum (buttons too low)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    body = ScrollingBody(content, dialog.windowTitle(), max(chosen_width, minimum.width()))
    outer.addWidget(body)
    if footer is not None:
        margins = layout.contentsMargins()
        footer.setContentsMargins(margins.left(), 8, margins.right(), margins.bottom())
        outer.addWidget(footer)
    outer.activate()
    dialog.resize(
        max(body.minimumSizeHint().width(), wider), most_height
    )  # as wide as it was tried: less to scroll


def big_print(box: QMessageBox) -> None:
    """Message boxes read from the mat: large text set as fonts (a style sheet's font-size would not follow
    the text-size setting) and roomy buttons."""
    box.setFont(font(18))
    for button in box.buttons():
        button.setFont(font(16))
    box.setStyleSheet("QPushButton { padding: 8px 24px; }")
