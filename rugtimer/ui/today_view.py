"""Today: this week's program as exercise cards, the week's sessions so far, and one big Start button.

The view shows the doses it is given and emits what the person wants (start the session, or one exercise);
the main window decides what happens next.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rugtimer.program.exercises import Exercise, Range
from rugtimer.program.library import Library, illustration_bytes
from rugtimer.program.plan import Dose
from rugtimer.ui.exercise_card import ExerciseCard, font, key_hint
from rugtimer.ui.themed_style import play_icon

TWO_COLUMNS_FROM = 1200
"""Window width (px) from which the cards sit in two columns."""


class WeekDots(QWidget):
    """Sessions this week as dots: filled = done, open = still to go for the target's upper end.

    The dots up to the target's lower end have a solid outline, the optional ones a dotted outline, so the
    target reads without colour. The text beside it says the same for screen readers and the colour-blind.
    """

    DOT = 18
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done = 0
        self._target = Range(3, 4)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_progress(self, done: int, target: Range) -> None:
        self._done, self._target = max(done, 0), target
        self.updateGeometry()
        self.update()

    def _count(self) -> int:
        return max(self._target.high, self._done)

    def sizeHint(self) -> QSize:
        count = self._count()
        return QSize(count * self.DOT + (count - 1) * self.GAP + 4, self.DOT + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        filled = palette.color(QPalette.ColorRole.Highlight)
        outline = palette.color(QPalette.ColorRole.WindowText)
        for index in range(self._count()):
            rect = QRectF(2 + index * (self.DOT + self.GAP), 2, self.DOT, self.DOT)
            pen = QPen(outline, 2)
            if index >= self._target.low:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(filled if index < self._done else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
        painter.end()


class TodayView(QWidget):
    """The home screen: header (title, plan week, week progress, Start session) over the exercise cards.

    Focus starts on the Start session button, so Space or Enter from the mat starts the session.
    Tab order: Start session, then per card its Start and More buttons, in program order.
    """

    start_session_requested = Signal()
    start_exercise_requested = Signal(str)

    def __init__(
        self, library: Library, doses: Sequence[Dose], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._library = library
        self._language = language
        self._cards: list[ExerciseCard] = []
        self._grids: list[tuple[QGridLayout, list[ExerciseCard]]] = []
        self._columns = 1
        self._plan_week = 1
        self._doses: tuple[Dose, ...] | None = None
        self._can_start = True

        self._title = QLabel(self.tr("Today"))
        self._title.setObjectName("todayTitle")
        self._title.setFont(font(26, QFont.Weight.Bold))
        self._week = QLabel()
        self._week.setObjectName("planWeek")
        self._week.setFont(font(14))
        self._dots = WeekDots()
        self._progress = QLabel()
        self._progress.setObjectName("weekProgress")
        self._progress.setFont(font(14))
        self._progress.setWordWrap(True)
        self._start_button = self._make_start_button()

        self._content = QWidget()
        self._content.setObjectName("todayCards")
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(24, 8, 24, 24)
        self._content_layout.setSpacing(16)
        self._extras = QVBoxLayout()
        self._scroll = self._make_scroll()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._make_header())
        layout.addWidget(self._scroll, 1)

        self.setFocusProxy(self._start_button)
        self.set_plan_week(1)
        self.set_week_progress(0, library.plan.days_per_week)
        self.set_doses(doses)

    # -- public

    @property
    def start_button(self) -> QPushButton:
        return self._start_button

    def cards(self) -> list[ExerciseCard]:
        """The cards in program order."""
        return list(self._cards)

    def card(self, exercise_id: str) -> ExerciseCard | None:
        return next((card for card in self._cards if card.exercise_id == exercise_id), None)

    def column_count(self) -> int:
        return self._columns

    def add_to_header(self, widget: QWidget) -> None:
        """A full-width line under the header (the coach's line, the walking log), in the order added."""
        self._extras.addWidget(widget)
        self._chain_tab_order()

    def set_can_start(self, allowed: bool) -> None:
        """Whether the Start buttons work (not in a folder opened read-only: a session could not be saved)."""
        self._can_start = allowed
        self._start_button.setEnabled(allowed)
        for card in self._cards:
            card.start_button.setEnabled(allowed)

    def set_plan_week(self, week: int) -> None:
        self._plan_week = week
        self._week.setText(self.tr("Week {week} of your plan").format(week=week))

    def set_week_progress(self, done: int, target: Range) -> None:
        """Sessions done this ISO week against the plan's target (e.g. 3–4 days a week)."""
        text = self.tr("{done} of {target} days with exercises this week").format(done=done, target=target)
        if done >= target.low:
            text += " · " + self.tr("weekly goal reached")
        self._progress.setText(text)
        self._dots.set_progress(done, target)
        self._dots.setAccessibleName(text)

    def set_doses(self, doses: Sequence[Dose]) -> None:
        """Show these doses as cards (replacing the old cards), grouped by mat and ball."""
        if tuple(doses) == self._doses:
            return  # the same program: keep the cards (and what the person unfolded)
        self._doses = tuple(doses)
        had_focus = self._content.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._clear()
        groups: dict[str, list[ExerciseCard]] = {}
        for dose in doses:
            exercise = self._library.exercise(dose.exercise)
            card = ExerciseCard(exercise, dose, self._language, self._svg(exercise))
            card.start_requested.connect(self.start_exercise_requested)
            card.start_button.setEnabled(self._can_start)
            self._cards.append(card)
            groups.setdefault(exercise.group, []).append(card)
        if not self._cards:
            empty = QLabel(self.tr("No exercises are planned."))
            empty.setFont(font(14))
            self._content_layout.addWidget(empty)
        for group, cards in groups.items():
            if len(groups) > 1:
                heading = QLabel(self._group_heading(group))
                heading.setObjectName(f"heading_{group}")
                heading.setFont(font(18, QFont.Weight.Bold))
                self._content_layout.addWidget(heading)
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(16)
            self._grids.append((grid, cards))
            self._content_layout.addWidget(holder)
        self._content_layout.addStretch(1)
        self._place_cards(self._wanted_columns())
        self._chain_tab_order()
        if had_focus:
            self._start_button.setFocus()

    # -- QWidget

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self._wanted_columns()
        if columns != self._columns:
            self._place_cards(columns)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window.focusWidget() is None or not window.focusWidget().isVisible():
            self._start_button.setFocus()

    # -- building

    def _make_scroll(self) -> QScrollArea:
        """The lines under the header and the cards, scrolling as one."""
        scroll = QScrollArea()
        scroll.setObjectName("todayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._extras.setContentsMargins(24, 0, 24, 8)
        self._extras.setSpacing(8)
        # The lines under the header (the coach, the walking log) scroll with the cards: fixed above them,
        # they were squeezed at large text sizes until their wrapped text ran over itself.
        scrolled = QWidget()
        scrolled.setObjectName("todayScrolled")
        scrolled_layout = QVBoxLayout(scrolled)
        scrolled_layout.setContentsMargins(0, 0, 0, 0)
        scrolled_layout.setSpacing(0)
        scrolled_layout.addLayout(self._extras)
        scrolled_layout.addWidget(self._content, 1)
        scroll.setWidget(scrolled)
        # A Tab stop of its own: an unfolded card can be taller than the window, and its text takes no focus.
        scroll.setAccessibleName(self.tr("Today's exercises"))
        scroll.setAccessibleDescription(self.tr("Page Up and Page Down scroll the exercise cards."))
        return scroll

    def _make_start_button(self) -> QPushButton:
        label = self.tr("Start session")
        button = QPushButton(f"{label}   {key_hint('Space')}")
        button.setObjectName("startSessionButton")
        button.setIcon(play_icon())
        button.setIconSize(QSize(28, 28))
        button.setFont(font(20, QFont.Weight.Bold))
        button.setMinimumHeight(72)
        button.setAutoDefault(True)  # Enter starts too, not only Space
        button.setDefault(True)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.setStyleSheet(
            "QPushButton#startSessionButton { background: palette(highlight); color: palette(highlighted-text);"
            " border: 3px solid palette(highlight); border-radius: 12px; padding: 8px 32px; }"
            " QPushButton#startSessionButton:focus { border: 3px solid palette(window-text); }"
            " QPushButton#startSessionButton:pressed { background: palette(dark); }"
            " QPushButton#startSessionButton:disabled { background: palette(button); color: palette(mid);"
            " border: 3px solid palette(mid); }"
        )
        button.setToolTip(self.tr("Start today's session (Space or Enter)"))
        button.setAccessibleName(self.tr("Start session"))
        button.setAccessibleDescription(self.tr("Starts all of today's exercises in order. Shortcut: Space."))
        button.clicked.connect(self.start_session_requested)
        return button

    def _make_header(self) -> QWidget:
        """The title with Start session beside it, the plan week and the week's progress under both at full
        width: at 175 % text the Start button alone is ~1000 px wide, and a text column beside it would be
        squeezed to a few words a line (or push the window off a 1366 px screen)."""
        header = QWidget()
        header.setObjectName("todayHeader")
        progress_row = QHBoxLayout()
        progress_row.setSpacing(12)
        progress_row.addWidget(self._dots, 0, Qt.AlignmentFlag.AlignVCenter)
        progress_row.addWidget(self._progress, 1)
        layout = QGridLayout(header)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(6)
        layout.addWidget(self._title, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(
            self._start_button, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        layout.addWidget(self._week, 1, 0, 1, 2)
        layout.addLayout(progress_row, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        return header

    def _group_heading(self, group: str) -> str:
        if group == "ball":
            return self.tr("With the ball")
        return self.tr("Without a ball (mat and chair)")

    @staticmethod
    def _svg(exercise: Exercise) -> bytes | None:
        try:
            return illustration_bytes(exercise)
        except OSError:
            return None  # a missing drawing leaves an empty space, never a broken screen

    # -- layout

    def _wanted_columns(self) -> int:
        return 2 if self.width() >= TWO_COLUMNS_FROM else 1

    def _place_cards(self, columns: int) -> None:
        """(Re)fill every group's grid row by row, so reading order and Tab order stay the same."""
        self._columns = columns
        for grid, cards in self._grids:
            for card in cards:
                grid.removeWidget(card)
            for index, card in enumerate(cards):
                grid.addWidget(card, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
            for column in range(2):
                grid.setColumnStretch(column, 1 if column < columns else 0)

    def _chain_tab_order(self) -> None:
        """Start session, then the buttons of the lines under the header, then each card's buttons."""
        previous: QWidget = self._start_button
        for index in range(self._extras.count()):
            extra = self._extras.itemAt(index).widget()
            if extra is None:
                continue
            for button in extra.findChildren(QPushButton):
                QWidget.setTabOrder(previous, button)
                previous = button
        for card in self._cards:
            for widget in (card.start_button, card.more_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def _clear(self) -> None:
        for card in self._cards:
            card.start_requested.disconnect(self.start_exercise_requested)
        self._cards.clear()
        self._grids.clear()
        while self._content_layout.count():
            item = self._content_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of the view at once; Qt frees it at the next turn of the loop
                widget.deleteLater()
