"""The trend graph's pyqtgraph part and its colours: three panels on one week axis, built on first show.

Apart from ``TrendsView`` (the words, the buttons, the keyboard) so each file has one job; pyqtgraph and numpy
are still imported only inside ``TrendPlot``, never when this module is imported. The numbers on the axes are
chosen for the room the plots get (``rugtimer.screen_fit``), so no two overlap at any text size.

Why this file is longer than 400 lines: three linked panels with their own items, the labels fitted to the
plots' size, and the drawing of decades of weeks (run means, a merged band) that keeps the first show fast; the
helpers the PSK plot shares with it (the tick font, the margins, the 0-10 axis) live here too.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Final

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from rugtimer.history.trends import WeekStats
from rugtimer.screen_fit import even_step, target_axis_labels
from rugtimer.ui.exercise_card import font

# Okabe-Ito: distinguishable with every common colour-vision deficiency. Lines also differ in dash and marker.
BLUE: Final = "#0072B2"  # mean pain before: the main line
ORANGE: Final = "#E69F00"  # mean pain after
GREEN: Final = "#009E73"  # the 3-4 sessions a week target
VERMILLION: Final = "#D55E00"  # "this hurts"
PURPLE: Final = "#CC79A7"  # plan changes
BAR_GREY: Final = "#8C8C8C"  # sessions per week

RANGES: Final = (("weeks8", 8), ("months6", 26), ("year1", 52), ("all", None))
"""Range buttons: (object name suffix, number of ISO weeks up to this week; None = everything)."""
DEFAULT_RANGE: Final = "year1"
CROWDED_FROM: Final = 600
"""More weeks than this on screen (over ~11 years): the lines are thinned to the pixels, the band merged."""
MARKERS_UP_TO: Final = (
    104  # weeks shown; beyond ~2 years the markers would only blur the line (and cost time)
)
_TICK_STEPS: Final = (1, 2, 4, 8, 13, 26, 52, 104, 156, 260, 520)
PAIN_LABEL_STEPS: Final = (2, 5, 10)
"""Every second pain score labelled, or every fifth when the plot is too low for that (the lines stay at 2)."""


def _text_scale() -> int:
    from PySide6.QtWidgets import QApplication

    from rugtimer.ui.theme import current_text_scale

    app = QApplication.instance()
    return current_text_scale(app) if isinstance(app, QApplication) else 100


def tick_font() -> QFont:
    """The font of the graphs' numbers: pyqtgraph draws its own text, so it follows the text size only if
    given a font of that size."""
    tick = QFont(font(10))
    tick.setPointSizeF(10 * _text_scale() / 100)
    return tick


def axis_title_style(foreground: QColor) -> dict[str, str]:
    """The axis titles' style: they grow less than the numbers ("Days" runs along a plot only ~90 px high at
    175 %)."""
    scale = _text_scale() / 100
    return {"color": foreground.name(), "font-size": f"{11 * min(scale, 1.3):.1f}pt"}


def label_extent(tick: QFont) -> float:
    """A tick label's height as pyqtgraph lays it out (four fifths of the line), for spacing the labels."""
    return QFontMetricsF(tick).height() * 0.8


def set_axis_title(plot: Any, text: str, style: dict[str, str]) -> None:
    """The left axis' title, placed now: pyqtgraph places it only when the axis is resized, so a title set
    after that hung from the middle of the axis upwards, its end cut ("Pijn (0–1" at a desktop scale of
    150 %)."""
    plot.setLabel("left", text, **style)
    plot.getAxis("left").resizeEvent()


def right_margin() -> int:
    """The room right of every plot on Progress (the same, so the weeks of stacked plots line up): about as
    much as the newest week's label reaches past the last week, so it is drawn (pyqtgraph drops a label
    that sticks out of its axis by more than it is told to allow)."""
    return round(16 * _text_scale() / 100)


def left_axis_width() -> int:
    """The width of the left axis of every plot on Progress, so the weeks of stacked plots line up."""
    return round(58 * _text_scale() / 100)


def zero_to_ten_axis(pg: Any, plot: Any, *, step: int, foreground: QColor, padding: float) -> None:
    """A 0-10 scale (pain, PSK) with every ``step`` labelled, 0 and 10 included, and a light line at each.

    The grid is drawn as lines of our own: with the axis' grid on, pyqtgraph drops every label that reaches
    past the plot, and "0" and "10" sit on its edges (the pain axis lost its 0)."""
    line_colour = QColor(foreground)
    line_colour.setAlpha(64)
    for value in range(0, 11, step):
        plot.addItem(
            pg.InfiniteLine(pos=value, angle=0, pen=pg.mkPen(line_colour), movable=False), ignoreBounds=True
        )
    plot.setYRange(0, 10, padding=padding)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, step)]])
    plot.getAxis("left").setStyle(hideOverlappingLabels=False)  # up to 15 px past the ends


def _star(centre: QPointF, radius: float) -> list[QPointF]:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() - r * math.sin(angle)))
    return points


class _Plot:
    """The pyqtgraph part, made on first show: pain panel, an events strip and the sessions panel below.

    The three panels share the week axis (x = index of the visible week). Weeks without a rating are NaN, which
    ``connect="finite"`` draws as a gap, never as a zero.
    """

    def __init__(
        self, palette: QPalette, on_hover: Callable[[int], None], sessions_target: tuple[int, int]
    ) -> None:
        import numpy as np
        import pyqtgraph as pg

        self._np = np
        self._pg = pg
        self._on_hover = on_hover
        self._sessions_target = sessions_target
        self._count = 0
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.WindowText)
        grid_colour = QColor(foreground)
        grid_colour.setAlpha(40)
        self._background = background
        self._foreground = foreground
        self._grid_colour = grid_colour
        self.widget = self._make_panels()
        self._add_pain_items()
        self._add_session_items()
        self._add_cursors()
        self._proxy = pg.SignalProxy(self.widget.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)

    def _make_panels(self) -> Any:
        """Three stacked plots sharing x; no mouse zoom or menu (the range buttons choose what is shown)."""
        pg = self._pg
        background, foreground, grid_colour = self._background, self._foreground, self._grid_colour
        widget = pg.GraphicsLayoutWidget()
        widget.setObjectName("trendsPlot")
        widget.setBackground(background)
        widget.setAntialiasing(True)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Taller with larger text, so the pain plot keeps room for its axis title ("Pijn (0–10)" was cut at
        # 175 %); the Progress page scrolls rather than squeezing it.
        widget.setMinimumHeight(max(260, round(200 * _text_scale() / 100)))
        widget.ci.setSpacing(0)
        widget.ci.setContentsMargins(4, 8, right_margin(), 4)

        # enableMenu=False also skips building each view box's context menu (~3 ms a plot).
        self.pain = widget.addPlot(row=0, col=0, enableMenu=False)
        self.events = widget.addPlot(row=1, col=0, enableMenu=False)
        self.sessions = widget.addPlot(row=2, col=0, enableMenu=False)
        layout = widget.ci.layout
        layout.setRowStretchFactor(0, 5)
        layout.setRowStretchFactor(2, 2)
        self.events.setFixedHeight(30)
        self.sessions.setMinimumHeight(90)
        self.sessions.setMaximumHeight(150)
        self._tick_font = tick_font()
        for plot in (self.pain, self.events, self.sessions):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.vb.setDefaultPadding(0)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(grid_colour))
                axis.setTextPen(pg.mkPen(foreground))
                axis.setTickFont(self._tick_font)
            plot.getAxis("left").setWidth(left_axis_width())
            if plot is not self.sessions:
                plot.getAxis("bottom").setStyle(showValues=False, tickLength=0)
            else:  # the newest week's label may reach into the margin on the right
                plot.getAxis("bottom").setStyle(hideOverlappingLabels=right_margin())
            plot.getAxis("left").setStyle(tickLength=0)
        self.events.getAxis("left").setStyle(showValues=False)
        self.events.getAxis("left").setPen(pg.mkPen(None))
        self.events.hideAxis("bottom")
        self.pain.hideAxis("bottom")
        self.events.setXLink(self.pain)
        self.sessions.setXLink(self.pain)
        zero_to_ten_axis(pg, self.pain, step=2, foreground=foreground, padding=0.02)
        self.events.setYRange(0, 2, padding=0)
        self._label_style = axis_title_style(foreground)
        # The numbers on the left are chosen for the height the plots get, whenever that changes; after the
        # layout is done (new labels may change an axis' size, and so the plots' again).
        self._ticks: dict[int, list[tuple[float, str]]] = {}  # per axis (its id): the labels it has
        for plot in (self.pain, self.sessions):
            plot.vb.sigResized.connect(lambda *_: QTimer.singleShot(0, self.widget, self._space_left_labels))
        return widget

    def _add_pain_items(self) -> None:
        pg, background = self._pg, self._background
        blue, orange = QColor(BLUE), QColor(ORANGE)
        band_colour = QColor(BLUE)
        band_colour.setAlpha(45)
        self._band = _Band()
        self._band.setPen(QPen(Qt.PenStyle.NoPen))
        self._band.setBrush(band_colour)
        self.pain.addItem(self._band)
        self._after = pg.PlotDataItem(
            connect="finite",
            pen=pg.mkPen(orange, width=2.5, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=7,
            symbolBrush=orange,
            symbolPen=pg.mkPen(background, width=1),
            antialias=True,
        )
        self._before = pg.PlotDataItem(
            connect="finite",
            pen=pg.mkPen(blue, width=3),
            symbol="o",
            symbolSize=9,
            symbolBrush=blue,
            symbolPen=pg.mkPen(background, width=1.5),
            antialias=True,
        )
        self.pain.addItem(self._after)
        self.pain.addItem(self._before)

        self._plans = pg.ScatterPlotItem(symbol="t1", size=13, brush=QColor(PURPLE), pen=pg.mkPen(None))
        self._hurts = pg.ScatterPlotItem(symbol="star", size=16, brush=QColor(VERMILLION), pen=pg.mkPen(None))
        self.events.addItem(self._plans)
        self.events.addItem(self._hurts)

    def _add_session_items(self) -> None:
        pg = self._pg
        green = QColor(GREEN)
        target_brush = QColor(GREEN)
        target_brush.setAlpha(50)
        low, high = self._sessions_target
        self._target = pg.LinearRegionItem(
            values=(low, high),
            orientation="horizontal",
            movable=False,
            brush=target_brush,
            pen=pg.mkPen(green, width=1, style=Qt.PenStyle.DashLine),
        )
        self._target.setZValue(-10)
        self.sessions.addItem(self._target)
        self._bars = pg.BarGraphItem(x=[], height=[], width=0.65, brush=QColor(BAR_GREY), pen=pg.mkPen(None))
        self.sessions.addItem(self._bars)
        self._space_left_labels()

    def _add_cursors(self) -> None:
        """A thin vertical line through all panels at the week whose numbers are shown."""
        pg = self._pg
        cursor_colour = QColor(self._foreground)
        cursor_colour.setAlpha(110)
        self._cursors = []
        for plot in (self.pain, self.events, self.sessions):
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(cursor_colour, width=1))
            line.setZValue(-5)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self._cursors.append(line)

    def show_weeks(self, weeks: list[WeekStats]) -> None:
        np = self._np
        nan = math.nan
        count = len(weeks)
        self._count = count
        x = np.arange(count, dtype=float)
        before = np.array([nan if w.pain_before_mean is None else w.pain_before_mean for w in weeks], float)
        after = np.array([nan if w.pain_after_mean is None else w.pain_after_mean for w in weeks], float)
        detailed = count <= MARKERS_UP_TO
        # Years of weeks: no markers, thinner lines and no antialiasing keep the first draw fast (a wide
        # antialiased dashed line through 500 points costs ~100 ms in Qt's raster engine).
        pg = self._pg
        # Decades of weeks are more points than pixels: the lines and the band are drawn per run of weeks
        # and the after-line is solid (Qt's dashing of thousands of segments alone costs most of a second).
        step = max(1, math.ceil(count / CROWDED_FROM))
        crowded = step > 1
        line_x = x
        if crowded:  # one point per run of ``step`` weeks: the mean of the rated weeks in it
            line_x, before = _run_means(np, x, step), _run_means(np, before, step)
            after = _run_means(np, after, step)
        self._before.setData(line_x, before, symbol="o" if detailed else None, antialias=detailed)
        self._before.setPen(pg.mkPen(QColor(BLUE), width=3 if detailed else 2))
        self._after.setData(line_x, after, symbol="s" if detailed else None, antialias=detailed)
        dash = Qt.PenStyle.SolidLine if crowded else Qt.PenStyle.DashLine
        self._after.setPen(pg.mkPen(QColor(ORANGE), width=2.5 if detailed else 1.5, style=dash))
        self._band.antialias = detailed
        self._band.setPath(_band_path(weeks, step=step))
        self._bars.setOpts(x=x, height=np.array([w.exercise_days for w in weeks], float))
        plans = [i for i, w in enumerate(weeks) if w.plan_changes]
        hurts = [i for i, w in enumerate(weeks) if w.hurt_events]
        self._plans.setData(x=plans, y=[1.45] * len(plans))
        self._hurts.setData(x=hurts, y=[0.55] * len(hurts))
        most = max((w.exercise_days for w in weeks), default=0)
        self.sessions.setYRange(0, max(most, self._sessions_target[1] + 1) + 0.3, padding=0)
        self.pain.setXRange(-0.6, count - 0.4, padding=0)
        self._space_left_labels()

    def set_axis_labels(self, pain: str, sessions: str) -> None:
        set_axis_title(self.pain, pain, self._label_style)
        set_axis_title(self.sessions, sessions, self._label_style)

    def set_ticks(self, ticks: list[tuple[int, str]]) -> None:
        self._set_ticks(self.sessions.getAxis("bottom"), [(float(x), text) for x, text in ticks])

    def _set_ticks(self, axis: Any, ticks: list[tuple[float, str]]) -> None:
        """Give ``axis`` its labels, only when they change: new ones redo the layout, which would ask again."""
        if self._ticks.get(id(axis)) != ticks:
            self._ticks[id(axis)] = ticks
            axis.setTicks([ticks, []] if axis.orientation == "bottom" else [ticks])

    def week_label_width(self, texts: list[str]) -> float:
        """The widest of ``texts`` as a week label on the axis."""
        metrics = QFontMetricsF(self._tick_font)
        return max((metrics.horizontalAdvance(text) for text in texts), default=0.0)

    def pixels_per_week(self) -> float:
        """How far apart two weeks are drawn (0 before the plots have their size)."""
        return self.sessions.vb.width() / self._count if self._count else 0.0

    def _space_left_labels(self) -> None:
        """Label the days and pain axes with numbers that stand apart at the plots' heights: at 175 % the
        days axis drew 3 over 4, its 90 px holding seven days of 17 px digits."""
        extent = label_extent(self._tick_font)
        low, high = self._sessions_target
        bottom, top = self.sessions.viewRange()[1]
        per_day = self.sessions.vb.height() / (top - bottom) if top > bottom else 0.0
        self._set_ticks(self.sessions.getAxis("left"), target_axis_labels(low, high, per_day, extent))
        per_point = self.pain.vb.height() / 10.4  # 0-10 and its padding
        step = even_step(PAIN_LABEL_STEPS, per_point, extent)
        self._set_ticks(self.pain.getAxis("left"), [(float(v), str(v)) for v in range(0, 11, step)])

    def set_cursor(self, index: int) -> None:
        for line in self._cursors:
            line.setValue(index)
            line.show()

    def plotted(self) -> dict[str, list[float]]:
        _, before = self._before.getData()
        _, after = self._after.getData()
        heights = self._bars.opts.get("height")
        return {
            "before": [float(v) for v in (before if before is not None else [])],
            "after": [float(v) for v in (after if after is not None else [])],
            "days": [float(v) for v in (heights if heights is not None else [])],
        }

    def _mouse_moved(self, args: tuple[Any, ...]) -> None:
        position = args[0]
        if not self._count:
            return
        if not any(p.sceneBoundingRect().contains(position) for p in (self.pain, self.events, self.sessions)):
            return
        x = self.pain.vb.mapSceneToView(position).x()
        self._on_hover(max(0, min(self._count - 1, round(x))))


def _run_means(np: Any, values: Any, step: int) -> Any:
    """The mean of each run of ``step`` values, ignoring NaN (a run without any value stays NaN: a gap)."""
    padded = np.full(math.ceil(len(values) / step) * step, np.nan)
    padded[: len(values)] = values
    runs = padded.reshape(-1, step)
    counts = np.sum(~np.isnan(runs), axis=1)
    sums = np.nansum(runs, axis=1)
    means = np.full(len(runs), np.nan)
    np.divide(sums, counts, out=means, where=counts > 0)
    return means


def _band_points(weeks: list[WeekStats], step: int) -> list[tuple[float, WeekStats | None]]:
    """(x, week) for the band; with ``step`` > 1 one merged week (lowest min, highest max) per ``step``."""
    if step <= 1:
        return list(enumerate(weeks))
    points: list[tuple[float, WeekStats | None]] = []
    for start in range(0, len(weeks), step):
        chunk = [w for w in weeks[start : start + step] if w.pain_before_min is not None]
        if not chunk:
            points.append((start, None))
            continue
        merged = replace(
            chunk[0],
            pain_before_min=min(w.pain_before_min for w in chunk),  # type: ignore[type-var]
            pain_before_max=max(w.pain_before_max for w in chunk),  # type: ignore[type-var]
        )
        points.append((start + (min(step, len(weeks) - start) - 1) / 2, merged))
    return points


class _Band(QGraphicsPathItem):
    """The lowest-highest band; drawn without antialiasing for years of weeks (~40 ms less per paint)."""

    antialias = True

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        super().paint(painter, option, widget)
        painter.restore()


def _band_path(weeks: list[WeekStats], step: int = 1) -> QPainterPath:
    """The lowest-highest band: one closed shape per run of rated weeks, so gaps stay gaps.

    With ``step`` > 1 (decades on one screen) each run of ``step`` weeks is one point: its lowest and its
    highest rating, at the middle of the run, so the band keeps its outline with a fraction of the points.
    """
    path = QPainterPath()
    run: list[tuple[float, WeekStats]] = []
    for index, week in [*_band_points(weeks, step), (len(weeks), None)]:
        if week is not None and week.pain_before_min is not None:
            run.append((index, week))
            continue
        if len(run) == 1:
            i, w = run[0]
            low, high = float(w.pain_before_min or 0), float(w.pain_before_max or 0)
            path.addRect(QRectF(i - 0.2, low, 0.4, max(high - low, 0.05)))
        elif run:
            path.moveTo(run[0][0], float(run[0][1].pain_before_max or 0))
            for i, w in run[1:]:
                path.lineTo(i, float(w.pain_before_max or 0))
            for i, w in reversed(run):
                path.lineTo(i, float(w.pain_before_min or 0))
            path.closeSubpath()
        run = []
    return path
