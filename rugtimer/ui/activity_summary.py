"""This week's walking and cycling for the Today header: "2 of 3 times · 75 min", a mark per day, and a
button to log a walk or ride.

The widget shows an ``ActivityWeek`` and emits ``add_requested``; the main window opens the dialog, stores
the record and calls ``set_week`` again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rugtimer.program.activity_week import ActivityWeek, summarize_activity_week
from rugtimer.ui.exercise_card import font, key_hint
from rugtimer.ui.translations import locale_for

TEXT_POINTS = 14
DAY_POINTS = 10


class DayMarks(QWidget):
    """Seven boxes, Monday first, each with its weekday above.

    A day that reaches the target's minutes is filled and carries a check mark; another day is an open box
    with its minutes (if any) in small print; a day still to come has a dotted outline, today's weekday is
    bold and underlined. So the marks read without colour.
    """

    BOX = 32
    GAP = 6

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDayMarks")
        locale = locale_for(language)
        self._names = [locale.dayName(day, locale.FormatType.ShortFormat) for day in range(1, 8)]
        self._week: ActivityWeek | None = None
        self._today: date | None = None
        self.setFont(font(DAY_POINTS))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_week(self, week: ActivityWeek, today: date | None) -> None:
        self._week, self._today = week, today
        self.update()

    def day_names(self) -> list[str]:
        return list(self._names)

    def _cell(self) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(name) for name in [*self._names, "600"])
        return max(float(self.BOX), widest + 6)

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        cell = self._cell()
        width = 7 * cell + 6 * self.GAP + 4
        return QSize(int(width + 0.99), int(metrics.height() + 2 + cell + 4 + 0.99))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        fill = palette.color(QPalette.ColorRole.Highlight)
        on_fill = palette.color(QPalette.ColorRole.HighlightedText)
        metrics = QFontMetricsF(self.font())
        cell = self._cell()
        top = metrics.height() + 2
        week = self._week
        for index, name in enumerate(self._names):
            x = 2 + index * (cell + self.GAP)
            day = week.days[index] if week is not None else None
            is_today = day is not None and day == self._today
            label_font = QFont(self.font())
            label_font.setBold(is_today)
            label_font.setUnderline(is_today)
            painter.setFont(label_font)
            painter.setPen(ink)
            painter.drawText(QRectF(x, 0, cell, metrics.height()), int(Qt.AlignmentFlag.AlignCenter), name)
            box = QRectF(x, top, cell, cell)
            pen = QPen(ink, 2)
            if day is not None and self._today is not None and day > self._today:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            active = week is not None and week.is_active(index)
            painter.setBrush(fill if active else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 5, 5)
            painter.setFont(self.font())
            if active:
                check = QFont(self.font())
                check.setPointSizeF(DAY_POINTS + 4)
                check.setBold(True)
                painter.setFont(check)
                painter.setPen(on_fill)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "✓")
            elif week is not None and week.minutes_per_day[index]:
                painter.setPen(ink)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(week.minutes_per_day[index]))
        painter.end()


class ActivitySummary(QWidget):
    """ "Walking/cycling this week: 2 of 3 times · 75 min", the day marks, and "+ Walk or ride [A]"."""

    add_requested = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitySummary")
        self._language = language
        self._locale = locale_for(language)
        self._week: ActivityWeek | None = None

        self._text = QLabel()
        self._text.setObjectName("activityText")
        self._text.setFont(font(TEXT_POINTS))
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._marks = DayMarks(language)
        label = self.tr("Walk or ride")
        self._button = QPushButton(f"+ {label}   {key_hint('A')}")
        self._button.setObjectName("addActivityButton")
        self._button.setFont(font(TEXT_POINTS, QFont.Weight.DemiBold))
        self._button.setMinimumHeight(44)
        self._button.setAutoDefault(False)
        self._button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._button.setToolTip(self.tr("Log a walk or a bike ride (A)"))
        self._button.setAccessibleName(self.tr("Log a walk or ride"))
        self._button.setAccessibleDescription(
            self.tr("Opens a short form: what, how many minutes, which day")
        )
        self._button.clicked.connect(self.add_requested)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self._marks, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._text)
        layout.addLayout(row)
        # No focus proxy to the button: Qt treats a widget with a proxy as a Tab stop where the widget sits in
        # the chain, and Today's tab order moves only the button, so Tab never got back to Start session.
        self.set_week(summarize_activity_week((), date.today(), None))

    # -- public

    @property
    def add_button(self) -> QPushButton:
        return self._button

    @property
    def marks(self) -> DayMarks:
        return self._marks

    def text(self) -> str:
        return self._text.text()

    def set_week(self, week: ActivityWeek, today: date | None = None) -> None:
        """Show ``week``; ``today`` (the caller's local date) marks today and the days still to come."""
        self._week = week
        text = self.tr("Walking/cycling this week: {done} of {target} times · {minutes} min").format(
            done=week.active_days, target=week.target_times, minutes=week.total_minutes
        )
        if week.goal_reached:
            text += " · " + self.tr("goal reached")
        if week.other_minutes:
            text += " · " + self.tr("plus {minutes} min of something else").format(minutes=week.other_minutes)
        self._text.setText(text)
        self._marks.set_week(week, today)
        self._marks.setAccessibleName(self._days_text(week))
        self._marks.setToolTip(self._days_text(week))
        self.setAccessibleName(text)
        self.setAccessibleDescription(self._days_text(week))

    # -- internals

    def _days_text(self, week: ActivityWeek) -> str:
        """Day by day for screen readers: "Monday 30 min, Tuesday none, …"."""
        parts = []
        for index, day in enumerate(week.days):
            name = self._locale.dayName(day.isoweekday(), self._locale.FormatType.LongFormat)
            minutes = week.minutes_per_day[index]
            amount = self.tr("{minutes} min").format(minutes=minutes) if minutes else self.tr("none")
            parts.append(f"{name} {amount}")
        target = self.tr("a day counts from {minutes} minutes").format(minutes=week.target_minutes.low)
        return ", ".join(parts) + f" ({target})"
