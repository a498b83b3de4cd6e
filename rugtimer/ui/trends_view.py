"""Pain trends: the weekly graph and the trend in words, for a Sunday-evening look and the physiotherapist.

The numbers come from the Qt-free core (``rugtimer.history.trends``); this view only draws and words them.
pyqtgraph (and numpy) are imported the first time the view is shown, never at import: app start-up does not
pay for a graph the person may not open.

Why this file is longer than 400 lines: the page, its range buttons, the keyboard readout of a week and the
legend drawn like the graph draws, in as many columns as the page's width holds (a fixed four-column grid cut
the page off at a desktop scale of 150 %); the pyqtgraph panels are ``trends_plot.py`` and the sentences
``app/trend_words.py``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rugtimer.app.trend_words import trend_paragraphs
from rugtimer.history.trends import (
    TrendSummary,
    WeekStats,
    load_weekly_stats,
    summarize,
)
from rugtimer.screen_fit import grid_columns, week_label_step
from rugtimer.ui.exercise_card import font
from rugtimer.ui.trends_plot import (
    _TICK_STEPS,
    BAR_GREY,
    BLUE,
    DEFAULT_RANGE,
    GREEN,
    ORANGE,
    PURPLE,
    RANGES,
    VERMILLION,
    _Plot,
    _star,
)

if TYPE_CHECKING:
    from rugtimer.history.store import HistoryStore


class _PageLayout(QVBoxLayout):
    """The layout of the page inside the graph's scroll area.

    A scroll area sizes a page whose layout has a height for its width (the word-wrapped readout gives it one)
    to that height, and a box layout answers with its preferred height: the plots' 480 px, so the page
    scrolled at every text size. This layout answers with the least height that shows everything at that
    width: the page fills the view, and scrolls only when that least height does not fit (large text on a
    laptop) instead of squeezing the plots."""

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        shown = [self.itemAt(i) for i in range(self.count())]
        shown = [item for item in shown if item.widget() is None or not item.widget().isHidden()]
        heights = [
            max(item.minimumSize().height(), item.heightForWidth(inner) if item.hasHeightForWidth() else 0)
            for item in shown
        ]
        return margins.top() + margins.bottom() + sum(heights) + self.spacing() * max(0, len(shown) - 1)


class TrendsView(QWidget):
    """Weekly pain graph (mean before, lowest-highest band, mean after, sessions per week) and its summary."""

    psk_change_requested = Signal()  # "Change activities…" on the PSK panel (ui/psk_plot.py)

    def __init__(
        self,
        store_getter: Callable[[], HistoryStore],
        language: str,
        parent: QWidget | None = None,
        *,
        target: tuple[int, int],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trendsView")
        self._store_getter = store_getter
        self._target = target  # sessions a week the plan asks for (plan.weekly_target)
        self._today = today
        self._language = language
        self._locale = QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom,
        )
        self._weeks: list[WeekStats] = []
        self._summary: TrendSummary | None = None
        self._loaded = False
        self._range = DEFAULT_RANGE
        self._visible: list[WeekStats] = []
        self._selected: int | None = None
        self._plot: _Plot | None = None
        self._psk = None  # the PSK panel under the pain plot, built with it
        self._range_buttons: dict[str, QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(self._make_header())
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(self._make_graph_stack(), 1)
        body.addWidget(self._make_words())
        layout.addLayout(body, 1)

    def _make_header(self) -> QHBoxLayout:
        """Title and the range buttons (checkable, exclusive, reachable with Tab)."""
        title = QLabel(self.tr("Pain over the weeks"))
        title.setObjectName("trendsTitle")
        title.setFont(font(22, QFont.Weight.Bold))

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(title)
        header.addStretch(1)
        self._range_group = QButtonGroup(self)
        self._range_group.setExclusive(True)
        for key, text, accessible in self._range_texts():
            button = QPushButton(text)
            button.setObjectName(f"range_{key}")
            button.setCheckable(True)
            button.setFont(font(12))
            button.setAccessibleName(accessible)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _checked=False, k=key: self.set_range(k))
            self._range_group.addButton(button)
            self._range_buttons[key] = button
            header.addWidget(button)
        self._range_buttons[self._range].setChecked(True)
        return header

    def _make_graph_stack(self) -> QStackedWidget:
        """The explanation (too little data) or the graph page; the plot itself is added on first show."""
        self._empty = QLabel()
        self._empty.setObjectName("trendsEmpty")
        self._empty.setWordWrap(True)
        self._empty.setFont(font(16))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setMargin(32)

        self._graph_page = QWidget()
        self._graph_layout = _PageLayout(self._graph_page)
        self._graph_layout.setContentsMargins(0, 0, 0, 0)
        self._graph_layout.setSpacing(6)
        self._readout = QLabel()
        self._readout.setObjectName("trendsReadout")
        self._readout.setFont(font(12))
        self._readout.setWordWrap(True)
        self._readout.setTextFormat(Qt.TextFormat.PlainText)
        self._graph_layout.addWidget(self._make_legend())
        self._graph_layout.addWidget(self._readout)

        # With large text on a laptop the plots, the legend and the readout need more height than the page
        # has: the graph page scrolls rather than squeezing the PSK plot to a strip. The plots keep the arrow
        # keys; the scroll area takes no Tab stop of its own.
        self._graph_scroll = QScrollArea()
        self._graph_scroll.setObjectName("trendsGraphScroll")
        self._graph_scroll.setWidget(self._graph_page)
        self._graph_scroll.setWidgetResizable(True)
        self._graph_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._graph_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._graph_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._graph_scroll)
        return self._stack

    def _make_words(self) -> QScrollArea:
        """The trend in words beside the graph; scrolls rather than cuts off on small screens."""
        words_heading = QLabel(self.tr("In words"))
        words_heading.setFont(font(16, QFont.Weight.Bold))
        self._words = QLabel()
        self._words.setObjectName("trendsWords")
        self._words.setWordWrap(True)
        self._words.setTextFormat(Qt.TextFormat.RichText)
        self._words.setFont(font(14))
        self._words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._words.setAccessibleName(self.tr("The trend in words"))
        words_box = QWidget()
        words_layout = QVBoxLayout(words_box)
        words_layout.setContentsMargins(16, 0, 8, 0)
        words_layout.addWidget(words_heading)
        words_layout.addWidget(self._words)
        words_layout.addStretch(1)
        self._words_scroll = QScrollArea()
        self._words_scroll.setObjectName("trendsWordsScroll")
        self._words_scroll.setWidget(words_box)
        self._words_scroll.setWidgetResizable(True)
        self._words_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._words_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._words_scroll.setFixedWidth(360)
        # One Tab stop for the words: the area scrolls with the arrow and page keys (the text may be longer
        # than the window at large text sizes) and gives a screen reader the text as its description.
        self._words_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._words_scroll.setAccessibleName(self.tr("The trend in words"))
        return self._words_scroll

    # -- public

    def refresh(self) -> None:
        """Reload the weeks (one call to the core) and redraw; call after the history changed or was restored."""
        today = self._today()
        self._weeks = load_weekly_stats(self._store_getter(), end=today)
        self._summary = summarize(self._weeks, today, target=self._target)
        self._loaded = True
        self._words.setText(self._words_html(self._summary))
        self._update_visible()

    def set_range(self, key: str) -> None:
        """Show the last 8 weeks, 6 months, 1 year or everything (``RANGES`` keys)."""
        if key not in self._range_buttons:
            raise ValueError(f"unknown range {key!r}")
        self._range = key
        self._range_buttons[key].setChecked(True)
        if self._loaded:
            self._update_visible()

    def range_key(self) -> str:
        return self._range

    def visible_weeks(self) -> list[WeekStats]:
        """The weeks the graph shows now, oldest first."""
        return list(self._visible)

    def is_plot_built(self) -> bool:
        return self._plot is not None

    def is_showing_plot(self) -> bool:
        return self._stack.currentWidget() is self._graph_scroll

    def plot_widget(self) -> QWidget | None:
        """The pyqtgraph widget, once built (None before the view was first shown)."""
        return self._plot.widget if self._plot else None

    def plotted(self) -> dict[str, list[float]]:
        """What the graph draws per visible week ("before", "after", "days"); NaN marks a gap."""
        return self._plot.plotted() if self._plot else {}

    def x_range(self) -> tuple[float, float] | None:
        if self._plot is None:
            return None
        low, high = self._plot.pain.viewRange()[0]
        return (low, high)

    def readout_text(self) -> str:
        return self._readout.text()

    def words_text(self) -> str:
        """The trend in words as plain text (what a screen reader reads)."""
        return self._words.accessibleDescription()

    def empty_text(self) -> str:
        return self._empty.text()

    def select_week(self, index: int) -> None:
        """Show the numbers of visible week ``index`` below the graph (hover and arrow keys do this)."""
        if not self._visible:
            return
        index = max(0, min(len(self._visible) - 1, index))
        self._selected = index
        self._readout.setText(self._week_details(self._visible[index]))
        if self._plot:
            self._plot.set_cursor(index)

    # -- Qt

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
        elif self._plot is None and self._has_graph():
            self._update_visible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._plot and watched is self._plot.widget:
            if event.type() == QEvent.Type.Resize:
                QTimer.singleShot(0, self, self._relabel_weeks)  # once the plots have their new width
            elif event.type() == QEvent.Type.KeyPress and self._visible:
                key = event.key() if isinstance(event, QKeyEvent) else None
                current = self._selected if self._selected is not None else len(self._visible) - 1
                moves = {
                    Qt.Key.Key_Left: current - 1,
                    Qt.Key.Key_Right: current + 1,
                    Qt.Key.Key_Home: 0,
                    Qt.Key.Key_End: len(self._visible) - 1,
                }
                if key in moves:
                    self.select_week(moves[key])
                    return True
        return super().eventFilter(watched, event)

    # -- drawing

    def _has_graph(self) -> bool:
        """Two weeks with pain ratings make a line; fewer get an explanation instead of an empty plot."""
        return self._summary is not None and self._summary.weeks_logged >= 2

    def _update_visible(self) -> None:
        weeks = dict(RANGES)[self._range]
        self._visible = self._weeks[-weeks:] if weeks else list(self._weeks)
        for button in self._range_buttons.values():
            button.setEnabled(self._has_graph())
        if not self._has_graph():
            self._empty.setText(self._empty_explanation())
            self._stack.setCurrentWidget(self._empty)
            return
        self._stack.setCurrentWidget(self._graph_scroll)
        if not self.isVisible():
            return  # drawn (and pyqtgraph imported) when first shown
        if self._plot is None:
            self._plot = _Plot(self.palette(), self._on_mouse_moved, self._target)
            self._plot.widget.setAccessibleName(self.tr("Weekly pain graph"))
            self._plot.widget.setAccessibleDescription(
                self.tr("Left and right arrows: show the numbers of a week")
            )
            self._plot.widget.installEventFilter(self)
            self._plot.sessions.vb.sigResized.connect(
                lambda *_: QTimer.singleShot(0, self, self._relabel_weeks)
            )
            self._graph_layout.insertWidget(0, self._plot.widget, 1)
            QWidget.setTabOrder(self._plot.widget, self._words_scroll)  # reading order: graph, then words
            self._plot.widget.show()
            self._plot.set_axis_labels(self.tr("Pain (0–10)"), self.tr("Days"))
            from rugtimer.ui.psk_plot import PskPanel

            self._psk = PskPanel(self._store_getter, self._language, self.psk_change_requested.emit)
            self._graph_layout.insertWidget(1, self._psk)
            self._words.parentWidget().layout().insertWidget(2, self._psk.words)  # under the trend in words
        self._plot.show_weeks(self._visible)
        self._psk.show_weeks([w.first_date for w in self._visible], self._plot.pain)
        self._plot.set_ticks(self._tick_labels())
        last_rated = max(
            (i for i, w in enumerate(self._visible) if w.sessions or w.pain_before_mean is not None),
            default=len(self._visible) - 1,
        )
        self.select_week(last_rated)

    def _on_mouse_moved(self, index: int) -> None:
        if index != self._selected:
            self.select_week(index)

    def _relabel_weeks(self, *_args: object) -> None:
        if self._plot is not None:
            self._plot.set_ticks(self._tick_labels())

    def _tick_labels(self) -> list[tuple[int, str]]:
        """Week labels thinned so that they stand apart at any text size (``week_label_step``, measured in
        the axis' font), the newest week always labelled; the year on change."""
        count = len(self._visible)
        if not count or self._plot is None:
            return []
        ends = (self._visible[0], self._visible[-1])
        long = self._plot.week_label_width([self._week_name(week) for week in ends])
        short = self._plot.week_label_width(
            [self.tr("wk {week}").format(week=week.iso_week) for week in ends]
        )
        step = week_label_step(count, self._plot.pixels_per_week(), short, long, _TICK_STEPS)
        indices = list(range(count - 1, -1, -step))[::-1]
        ticks = []
        previous_year = None
        for index in indices:
            week = self._visible[index]
            if week.iso_year != previous_year:
                text = self.tr("wk {week} · {year}").format(week=week.iso_week, year=week.iso_year)
            else:
                text = self.tr("wk {week}").format(week=week.iso_week)
            previous_year = week.iso_year
            ticks.append((index, text))
        return ticks

    # -- words

    def _number(self, value: float, decimals: int = 1) -> str:
        return self._locale.toString(float(value), "f", decimals)

    def _date(self, day: date, with_year: bool = False) -> str:
        pattern = "d MMM yyyy" if with_year else "d MMM"
        return self._locale.toString(QDate(day.year, day.month, day.day), pattern)

    def _week_name(self, week: WeekStats) -> str:
        return self.tr("wk {week} · {year}").format(week=week.iso_week, year=week.iso_year)

    def _week_details(self, week: WeekStats) -> str:
        """One line with the week's numbers, for hover and keyboard."""
        dates = self.tr("{first} – {last}").format(
            first=self._date(week.first_date), last=self._date(week.last_date)
        )
        parts = [
            f"{self._week_name(week)} ({dates})",
            self.tr("days with exercises: {days}").format(days=week.exercise_days),
            self.tr("sessions: {count}").format(count=week.sessions),
        ]
        if week.pain_before_mean is not None:
            text = self.tr("pain before: mean {mean}, lowest {low}, highest {high}")
            parts.append(
                text.format(
                    mean=self._number(week.pain_before_mean),
                    low=week.pain_before_min,
                    high=week.pain_before_max,
                )
            )
        else:
            parts.append(self.tr("no pain rated"))
        if week.pain_after_mean is not None:
            parts.append(self.tr("pain after: mean {mean}").format(mean=self._number(week.pain_after_mean)))
        if week.plan_changes:
            parts.append(self.tr("plan changes: {count}").format(count=week.plan_changes))
        if week.hurt_events:
            parts.append(self.tr("“this hurts”: {count}").format(count=week.hurt_events))
        return " · ".join(parts)

    def _empty_explanation(self) -> str:
        low, high = self._target
        rated = [w for w in self._weeks if w.pain_before_mean is not None]
        if len(rated) == 1:
            week = rated[0]
            text = self.tr("Your first week is in: pain before exercising {mean} on average, from {low} to {high}. From your second week on, a line here shows how your pain changes week by week.")  # fmt: skip
            return text.format(
                mean=self._number(week.pain_before_mean or 0.0),
                low=week.pain_before_min,
                high=week.pain_before_max,
            )
        text = self.tr("After your first sessions, your weekly pain appears here: your average pain before exercising as a line, the lowest and highest as a band, and your days with exercises per week against the target of {low} to {high}.")  # fmt: skip
        return text.format(low=low, high=high)

    def _words_html(self, summary: TrendSummary) -> str:
        """The trend in words (``app/trend_words.py``, shared with the report) as short headed paragraphs; the
        plain text goes to screen readers too."""
        paragraphs = trend_paragraphs(summary, self._language)
        self._words.setAccessibleDescription("\n\n".join(f"{p.heading}: {p.text}" for p in paragraphs))
        self._words_scroll.setAccessibleDescription(self._words.accessibleDescription())
        return "".join(
            f"<p style='margin-bottom:12px'><b>{html.escape(p.heading)}</b><br>{_keep_percent(html.escape(p.text))}</p>"
            for p in paragraphs
        )

    # -- legend

    def _range_texts(self) -> list[tuple[str, str, str]]:
        return [
            ("weeks8", self.tr("8 weeks"), self.tr("Show the last 8 weeks")),
            ("months6", self.tr("6 months"), self.tr("Show the last 6 months")),
            ("year1", self.tr("1 year"), self.tr("Show the last year")),
            ("all", self.tr("Everything"), self.tr("Show everything")),
        ]

    def _make_legend(self) -> QWidget:
        """A Qt legend under the graph: readable at the app's font size, and translated like every text."""
        low, high = self._target
        entries = [
            ("line", BLUE, self.tr("Pain before, weekly mean")),
            ("band", BLUE, self.tr("Lowest – highest before")),
            ("dash", ORANGE, self.tr("Pain after, weekly mean")),
            ("bar", BAR_GREY, self.tr("Days with exercises per week")),
            ("target", GREEN, self.tr("Target: {low}–{high} days a week").format(low=low, high=high)),
            ("triangle", PURPLE, self.tr("Plan change")),
            ("star", VERMILLION, self.tr("“This hurts”")),
        ]
        legend = QWidget()
        legend.setObjectName("trendsLegend")
        grid = _LegendLayout(legend)
        grid.setContentsMargins(8, 0, 0, 0)
        ratio = self.devicePixelRatioF()
        for kind, colour, text in entries:
            grid.addWidget(_LegendEntry(_swatch(kind, QColor(colour), ratio), text))
        return legend


class _LegendEntry(QWidget):
    """A swatch and its words; the words wrap only when the legend has a single column narrower than them."""

    def __init__(self, swatch: QPixmap, text: str) -> None:
        super().__init__()
        picture = QLabel()
        picture.setPixmap(swatch)
        self.label = QLabel(text)
        self.label.setFont(font(10.5))
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def sizeHint(self) -> QSize:
        """As wide as the swatch and the words on one line."""
        words = self.label.fontMetrics().horizontalAdvance(self.label.text()) + 2
        hint = super().sizeHint()
        swatch = self.layout().itemAt(0).sizeHint().width() + self.layout().spacing()
        return QSize(swatch + words, hint.height())


class _LegendLayout(QLayout):
    """The legend's entries in as many even columns as the width holds (four at most, ``grid_columns``):
    a fixed four-column grid was wider than the page at a desktop scale of 150 %, which cut off the graph's
    newest weeks, a legend entry and the week's line. Tells its height for a width, so the page can scroll."""

    most_columns = 4
    spacing_px = (12, 2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        """Wide enough for the entries side by side in even columns."""
        cell = max((item.sizeHint().width() for item in self._items), default=0)
        columns = min(self.most_columns, len(self._items)) or 1
        margins = self.contentsMargins()
        width = cell * columns + self.spacing_px[0] * (columns - 1) + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """As narrow as one column of entries at their narrowest (their longest word), as low as the
        entries side by side: the height for a given width is ``heightForWidth``'s."""
        narrowest = max((item.minimumSize().width() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(
            narrowest + margins.left() + margins.right(), self.heightForWidth(self.sizeHint().width())
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the entries out in ``rect`` (or only measure); returns the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across, down = self.spacing_px
        cell = max((item.sizeHint().width() for item in self._items), default=0)
        columns = grid_columns(len(self._items), cell, inner.width(), across, self.most_columns)
        width = max(1, (inner.width() - across * (columns - 1)) // columns)
        y = inner.top()
        for start in range(0, len(self._items), columns):
            row = self._items[start : start + columns]
            height = max(
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                for item in row
            )
            if place:
                for number, item in enumerate(row):
                    item.setGeometry(QRect(inner.left() + number * (width + across), y, width, height))
            y += height + down
        return y - down - inner.top() + margins.top() + margins.bottom() if self._items else 0


def _keep_percent(text: str) -> str:
    """A number and its "%" stay on one line."""
    return text.replace(" %", "&nbsp;%")


def _swatch(kind: str, colour: QColor, ratio: float) -> QPixmap:
    """A small picture of a legend entry, drawn like the graph draws it."""
    width, height = 30, 16
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    middle = height / 2
    translucent = QColor(colour)
    translucent.setAlpha(70)
    if kind in ("line", "dash"):
        pen = QPen(colour, 3 if kind == "line" else 2.5)
        if kind == "dash":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(1, middle), QPointF(width - 1, middle))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if kind == "line":
            painter.drawEllipse(QPointF(width / 2, middle), 4.5, 4.5)
        else:
            painter.drawRect(QRectF(width / 2 - 3.5, middle - 3.5, 7, 7))
    elif kind == "band":
        painter.fillRect(QRectF(1, 2, width - 2, height - 4), translucent)
    elif kind == "bar":
        painter.fillRect(QRectF(9, 2, 12, height - 2), colour)
    elif kind == "target":
        painter.fillRect(QRectF(1, 3, width - 2, height - 6), translucent)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(1, 3), QPointF(width - 1, 3))
        painter.drawLine(QPointF(1, height - 3), QPointF(width - 1, height - 3))
    elif kind == "triangle":
        path = QPainterPath()
        path.moveTo(width / 2, 2)
        path.lineTo(width / 2 + 7, height - 2)
        path.lineTo(width / 2 - 7, height - 2)
        path.closeSubpath()
        painter.fillPath(path, colour)
    else:  # star
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(_star(QPointF(width / 2, middle), 7.5))
    painter.end()
    return pixmap
