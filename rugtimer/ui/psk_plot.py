"""Progress: the PSK panel under the pain graph, on the same week axis (docs/psk.md).

The mean of the week's scores as a strong line, each activity as a lighter thin line with its own dash, all
0–10 like pain (lower is easier); weeks without a score are gaps, never zeros. Beside it, in the words
column, one sentence with the mean's course, without a verdict, and a button to change the activities. pyqtgraph is imported only when the
panel is first drawn (``show_weeks``), like ``trends_plot.py``; the view links the x axis to the pain plot.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from rugtimer.app import psk_words
from rugtimer.history.store import HistoryStore
from rugtimer.ui.exercise_card import font
from rugtimer.ui.trends_plot import (
    MARKERS_UP_TO,
    axis_title_style,
    left_axis_width,
    right_margin,
    set_axis_title,
    tick_font,
    zero_to_ten_axis,
)

_DASHES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)
_SYMBOLS = ("t", "s", "d", "x", "+")
LIGHT_ALPHA = 120


class PskPanel(QWidget):
    """The plot, under the pain plot; ``words`` (title, the change in a sentence, "Change activities…") goes
    in the view's words column, which scrolls, so large text never makes the page taller than a laptop's
    screen. Both stay hidden until the person chose PSK activities."""

    def __init__(
        self,
        store_getter: Callable[[], HistoryStore],
        language: str,
        on_change: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pskPanel")
        self._store_getter = store_getter
        self._language = language
        self._plot: Any = None
        self._lines: list[Any] = []
        self._plotted: dict[str, list[float]] = {}

        self.words = QWidget()
        self.words.setObjectName("pskWords")
        self.title = QLabel(self.tr("What you want to do again"), self.words)
        self.title.setFont(font(16, QFont.Weight.Bold))
        self.title.setWordWrap(True)
        self.sentence = QLabel(self.words)
        self.sentence.setObjectName("pskSentence")
        self.sentence.setFont(font(14))
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.change_button = QPushButton(
            self.tr("Change activities…"), self.words
        )  # a parent: never a window
        self.change_button.setObjectName("pskChangeButton")
        self.change_button.setAutoDefault(False)
        if on_change is not None:
            self.change_button.clicked.connect(on_change)
        else:
            self.change_button.hide()
        words = QVBoxLayout(self.words)
        words.setContentsMargins(0, 12, 0, 0)
        words.setSpacing(4)
        words.addWidget(self.title)
        words.addWidget(self.sentence)
        words.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 0)
        self._layout.setSpacing(0)
        self.words.hide()
        self.hide()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.words.setVisible(visible and self.words.parent() is not None)  # never a window of its own

    def plotted(self) -> dict[str, list[float]]:
        """What the panel draws per visible week: "mean" and each activity's text; NaN marks a gap."""
        return dict(self._plotted)

    def show_weeks(self, mondays: Sequence[date], link_to: Any = None) -> None:
        """Draw the visible weeks (the pain graph's, oldest first) and link the x axis to ``link_to``."""
        store = self._store_getter()
        if not psk_words.ever_chosen(store):
            self.hide()
            return
        start, end = (mondays[0], mondays[-1]) if mondays else (None, None)
        summary = psk_words.load_psk_summary(store, start, end)
        # The sentence speaks of the whole course, as the pain paragraph above it does (since the start);
        # the range buttons only zoom the graphs.
        whole = summary if start is None else psk_words.load_psk_summary(store)
        self.sentence.setText(psk_words.change_sentence(whole, self._language))
        self.show()
        if not mondays:
            return
        index = {monday: i for i, monday in enumerate(mondays)}
        by_week = {w.week: w for w in summary.weeks if w.week in index}
        nan = math.nan
        series = {
            "mean": [nan if (w := by_week.get(m)) is None or w.mean is None else w.mean for m in mondays]
        }
        for activity in summary.activities:
            series[activity.text] = [
                nan
                if (w := by_week.get(m)) is None or w.scores.get(activity.id) is None
                else w.scores[activity.id]
                for m in mondays
            ]
        self._plotted = {k: [float(v) for v in values] for k, values in series.items()}
        self._draw(series, link_to)

    # -- pyqtgraph, on first draw

    def _make_title(self) -> QLabel:
        """The plot's title as a word-wrapped label over it, not pyqtgraph's: that one is a single line as
        wide as its text (cut off at a desktop scale of 150 %) and kept its size at every text size."""
        self.plot_title = QLabel(
            self.tr("What you want to do again (0 = no difficulty, 10 = impossible)"), self
        )
        self.plot_title.setObjectName("pskPlotTitle")
        self.plot_title.setFont(font(11))
        self.plot_title.setWordWrap(True)
        self.plot_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot_title.setAutoFillBackground(True)  # on the plot's background, as pyqtgraph's title was
        self.plot_title.setBackgroundRole(QPalette.ColorRole.Base)
        self.plot_title.setContentsMargins(left_axis_width(), 6, right_margin(), 0)
        return self.plot_title

    def _make_plot(self, pg: Any, palette: QPalette, foreground: QColor) -> Any:
        widget = pg.PlotWidget(enableMenu=False)
        widget.setObjectName("pskPlot")
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no keys of its own: the sentence says it in words
        widget.setBackground(palette.color(QPalette.ColorRole.Base))
        widget.setMinimumHeight(120)  # its 0-10 stays readable; the page scrolls instead
        widget.setMaximumHeight(150)
        widget.setAccessibleName(self.tr("Weekly graph of what you want to do again"))
        plot = widget.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.vb.setDefaultPadding(0)
        plot.setContentsMargins(4, 4, right_margin(), 4)  # the pain plot's sides, so the weeks line up
        grid = QColor(foreground)
        grid.setAlpha(40)
        numbers = tick_font()  # the pain plot's, so both follow the text size alike
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(grid))
            axis.setTextPen(pg.mkPen(foreground))
            axis.setTickFont(numbers)
        plot.getAxis("left").setWidth(left_axis_width())  # as the pain plot's, so the weeks line up
        zero_to_ten_axis(pg, plot, step=5, foreground=foreground, padding=0.04)
        plot.getAxis("bottom").setStyle(showValues=False, tickLength=0)
        set_axis_title(plot, "PSK", axis_title_style(foreground))
        return widget

    def _draw(self, series: dict[str, list[float]], link_to: Any) -> None:
        import pyqtgraph as pg

        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.WindowText)
        if self._plot is None:
            self._layout.addWidget(self._make_title())
            self._plot = self._make_plot(pg, palette, foreground)
            self._layout.addWidget(self._plot)
        plot = self._plot.getPlotItem()
        for line in self._lines:
            plot.removeItem(line)
        self._lines = []
        light = QColor(foreground)
        light.setAlpha(LIGHT_ALPHA)
        x = list(range(len(series["mean"])))
        # Years of weeks: markers as the pain graph has them, only where each week has room; beyond that a
        # marker per week ran together into a solid band (a reviewer's 10-year "All").
        detailed = len(x) <= MARKERS_UP_TO
        for number, (name, values) in enumerate(item for item in series.items() if item[0] != "mean"):
            pen = pg.mkPen(light, width=1.5 if detailed else 1, style=_DASHES[number % len(_DASHES)])
            symbol = _SYMBOLS[number % len(_SYMBOLS)] if detailed else None
            line = pg.PlotDataItem(
                x,
                values,
                pen=pen,
                connect="finite",
                symbol=symbol,
                symbolSize=6,
                symbolBrush=light,
                name=name,
                antialias=detailed,
            )
            plot.addItem(line)
            self._lines.append(line)
        mean = pg.PlotDataItem(
            x,
            series["mean"],
            pen=pg.mkPen(foreground, width=3 if detailed else 2),
            connect="finite",
            symbol="o" if detailed else None,
            symbolSize=8,
            symbolBrush=foreground,
            antialias=detailed,
        )
        plot.addItem(mean)
        self._lines.append(mean)
        if link_to is not None:
            plot.setXLink(link_to)
        else:
            plot.setXRange(-0.6, len(x) - 0.4, padding=0)
