"""The physiotherapist's PDF: draws a ``ReportContent`` (app/report_content.py) on A4 pages.

Every word and number comes from the content; this module only decides where things go and how they look.
Drawn with QPdfWriter + QPainter (QtGui, in PySide6-Essentials): no PDF library, real (extractable) text in
DejaVu Sans, vector graphics. The pain graph is drawn here with QPainter rather than exported from pyqtgraph:
that keeps it vector-sharp at any zoom, in the same font as the text, without the tick-label scaling trouble
FACTS describes, and without pulling the UI's plot widget into a file writer.

Layout runs first (measuring text on the PDF device and collecting draw operations per page), painting
second, so every footer can say "pagina 2 van 5". The PDF is made in memory and written with
``atomic_file.write_atomically``, the one way RugTimer replaces a file.

Why this file is longer than 400 lines: the page cursor, the tables and the graph share one set of
measurements and colours, and the graph is one drawing best read top-down.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from rugtimer.app.report_content import Graph, ReportContent, Section, Tone, build_report_content
from rugtimer.atomic_file import write_atomically

if TYPE_CHECKING:
    from rugtimer.history.store import HistoryStore
    from rugtimer.program.library import Library

DPI: Final = 300
FONT_FAMILY: Final = "DejaVu Sans"
MARGIN_MM: Final = 15.0

_INK: Final = QColor("#1f2933")
_MUTED: Final = QColor("#5f6b7a")
_ACCENT: Final = QColor("#2b6cb0")
_AFTER: Final = QColor("#c05621")
_GRID: Final = QColor("#d5dbe1")
_HEADER_BG: Final = QColor("#e9eef4")
_ZEBRA: Final = QColor("#f6f8fa")
_BAND: Final = QColor(43, 108, 176, 45)
_TARGET_BAND: Final = QColor(56, 161, 105, 40)
_GOOD: Final = QColor("#2f855a")
_TONES: Final[dict[Tone, QColor]] = {"normal": _INK, "muted": _MUTED, "good": _GOOD, "warning": _AFTER}

_app: QGuiApplication | None = None  # kept alive for the process when this module had to create it

# --- layout: measure on the PDF device, collect draw operations per page -------------------------------------

Op = Callable[[QPainter], None]
_LEFT: Final = Qt.AlignmentFlag.AlignLeft
_RIGHT: Final = Qt.AlignmentFlag.AlignRight
_CENTRE: Final = Qt.AlignmentFlag.AlignHCenter


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Column:
    title: str
    width: float  # a share of the text width
    align: Qt.AlignmentFlag = _LEFT
    wrap: bool = False


class _Layout:
    """A cursor down the page that starts a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter, continued: str) -> None:
        self.device = writer
        self.continued = continued
        self.px_per_mm = DPI / 25.4
        self.width = float(writer.width())
        self.footer = self.mm(9)
        self.bottom = float(writer.height()) - self.footer
        self.pages: list[list[Op]] = [[]]
        self.y = 0.0
        self.body = _font(9.5)
        self.small = _font(8)
        self.small_bold = _font(8, bold=True)
        self.h1 = _font(20, bold=True)
        self.h2 = _font(13, bold=True)

    def mm(self, value: float) -> float:
        return value * self.px_per_mm

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` still fits (a block taller than a page starts at the top)."""
        if self.y > 0 and self.y + height > self.bottom:
            self.new_page()

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def paragraph(
        self,
        text: str,
        font: QFont | None = None,
        color: QColor = _INK,
        after: float = 2.0,
        keep: float = 0.0,
    ) -> None:
        """Wrapped text; ``keep`` extra height must fit too (keeps a heading with what follows)."""
        font = font or self.body
        height = self.text_height(text, font, self.width)
        self.need(height + keep)
        rect = QRectF(0, self.y, self.width, height)

        def draw(p: QPainter) -> None:
            p.setFont(font)
            p.setPen(color)
            p.drawText(rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)

        self.add(draw)
        self.y += height + self.mm(after)

    def heading(self, text: str, keep: float) -> None:
        """A section title with a thin rule; moves to the next page unless ``keep`` more height fits too."""
        self.need(self.mm(6) + self.metrics(self.h2).height() + self.mm(2) + keep)
        self.y += self.mm(6) if self.y > 0 else 0
        y = self.y
        height = self.metrics(self.h2).height()
        width = self.width

        def draw(p: QPainter) -> None:
            p.setFont(self.h2)
            p.setPen(_ACCENT)
            p.drawText(QRectF(0, y, width, height), int(Qt.AlignmentFlag.AlignLeft), text)
            p.setPen(QPen(_GRID, self.mm(0.3)))
            p.drawLine(QPointF(0, y + height + self.mm(0.8)), QPointF(width, y + height + self.mm(0.8)))

        self.add(draw)
        self.y += height + self.mm(3)

    def _cells(
        self, columns: Sequence[_Column], rows: Sequence[Sequence[str]], widths: Sequence[float], pad: float
    ) -> list[tuple[list[str], float]]:
        """Each row's cell texts (wrapped, or elided to the column) and its height."""
        fm = self.metrics(self.small)
        laid_out: list[tuple[list[str], float]] = []
        for row in rows:
            cells: list[str] = []
            height = fm.height()
            for col, w, value in zip(columns, widths, row, strict=True):
                if col.wrap:
                    height = max(height, self.text_height(value, self.small, w - 2 * pad))
                    cells.append(value)
                else:
                    cells.append(fm.elidedText(value, Qt.TextElideMode.ElideRight, w - 2 * pad))
            laid_out.append((cells, height + 2 * pad))
        return laid_out

    def table(self, columns: Sequence[_Column], rows: Sequence[Sequence[str]], title: str) -> None:
        """Rows across as many pages as needed; the header repeats on every page, the title says "(vervolg)"."""
        font, head_font = self.small, self.small_bold
        pad = self.mm(1.2)
        share = sum(c.width for c in columns)
        widths = [self.width * c.width / share for c in columns]
        xs = [sum(widths[:i]) for i in range(len(widths))]
        head_h = (
            max(
                self.text_height(c.title, head_font, w - 2 * pad)
                for c, w in zip(columns, widths, strict=True)
            )
            + 2 * pad
        )

        def header(y: float) -> None:
            def draw(p: QPainter) -> None:
                p.fillRect(QRectF(0, y, self.width, head_h), _HEADER_BG)
                p.setFont(head_font)
                p.setPen(_INK)
                for col, x, w in zip(columns, xs, widths, strict=True):
                    flags = int(col.align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
                    p.drawText(QRectF(x + pad, y, w - 2 * pad, head_h), flags, col.title)

            self.add(draw)
            self.y = y + head_h

        laid_out = self._cells(columns, rows, widths, pad)
        heights = [h for _, h in laid_out]
        header(self.y)
        first_on_page = True
        for index, (cells, height) in enumerate(laid_out):
            if _breaks_before(index, heights, self.y, self.bottom, alone_ok=first_on_page):
                self.new_page()
                self.paragraph(f"{title} {self.continued}", self.small, _MUTED, after=1.0)
                header(self.y)
            first_on_page = False
            y = self.y
            zebra = index % 2 == 1

            def draw(
                p: QPainter, y: float = y, h: float = height, cells: list[str] = cells, z: bool = zebra
            ) -> None:
                if z:
                    p.fillRect(QRectF(0, y, self.width, h), _ZEBRA)
                p.setFont(font)
                p.setPen(_INK)
                for col, x, w, text in zip(columns, xs, widths, cells, strict=True):
                    flags = col.align | Qt.AlignmentFlag.AlignTop
                    if col.wrap:
                        flags |= Qt.TextFlag.TextWordWrap
                    p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), int(flags), text)
                p.setPen(QPen(_GRID, self.mm(0.15)))
                p.drawLine(QPointF(0, y + h), QPointF(self.width, y + h))

            self.add(draw)
            self.y += height
        self.y += self.mm(2)


# --- the graph -----------------------------------------------------------------------------------------------


def _week_labels(graph: Graph, fm: QFontMetricsF, plot_w: float) -> list[tuple[int, str]]:
    """Every n-th week's label, n chosen so the labels never touch; quarters and years fall on a calendar."""
    weeks, texts = graph.weeks, graph.week_labels
    widest = max(fm.horizontalAdvance(t) for t in texts) * 1.6
    fits = max(1, int(plot_w // widest))
    step = max(1, math.ceil(len(weeks) / fits))
    nice = next((s for s in (1, 2, 4, 13, 26, 52, 104, 260, 520) if s >= step), step)
    if nice < 13:
        return [(i, texts[i]) for i in range(0, len(weeks), nice)]
    # quarters, half years, years: on week 1 (and 14, 27, 40), so the labels read as a calendar
    years = max(1, nice // 52)
    return [
        (i, texts[i])
        for i, w in enumerate(weeks)
        if (w.iso_week - 1) % min(nice, 52) == 0
        and w.iso_week <= 52
        and (nice < 52 or w.iso_year % years == 0)
    ]


def _runs(values: Sequence[float | None]) -> list[list[int]]:
    """Indices of consecutive non-None values: the pieces a line is drawn in (weeks without data are gaps)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, value in enumerate(values):
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(i)
    if current:
        runs.append(current)
    return runs


def _graph(layout: _Layout, graph: Graph) -> None:  # noqa: PLR0915 - one drawing, read top-down
    """The weekly pain graph (mean before with its min–max band, mean after dashed) and sessions per week."""
    weeks = graph.weeks
    mm = layout.mm
    fm = layout.metrics(layout.small)
    axis_w = fm.horizontalAdvance("10") + mm(9)
    plot_w = layout.width - axis_w - mm(2)
    pain_h, bars_h, legend_h, label_h = mm(70), mm(28), fm.height() + mm(3), fm.height() + mm(2)
    gap = fm.height() + mm(4)
    total = legend_h + pain_h + gap + bars_h + label_h
    layout.need(total)
    top = layout.y
    n = len(weeks)
    slot = plot_w / n
    x0 = axis_w
    labels = _week_labels(graph, fm, plot_w)
    markers = n <= 60
    max_sessions = max(graph.target[1] + 1, *(wk.exercise_days for wk in weeks))

    def x_of(i: int) -> float:
        return x0 + (i + 0.5) * slot

    def draw(p: QPainter) -> None:  # noqa: PLR0915
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(layout.small)
        # legend
        lx, ly = x0, top + fm.ascent() * 0.5
        items = [
            ("line", _ACCENT, graph.legend_before),
            ("band", _BAND, graph.legend_band),
            ("dash", _AFTER, graph.legend_after),
        ]
        for kind, color, text in items:
            mid = QPointF(lx + mm(4), ly)
            if kind == "band":
                p.fillRect(QRectF(lx, ly - mm(1.5), mm(8), mm(3)), color)
            else:
                pen = QPen(color, mm(0.5))
                if kind == "dash":
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawLine(QPointF(lx, ly), QPointF(lx + mm(8), ly))
                if kind == "line":
                    p.setBrush(color)
                    p.drawEllipse(mid, mm(0.8), mm(0.8))
                    p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(_INK)
            p.drawText(QPointF(lx + mm(10), ly + fm.ascent() * 0.35), text)
            lx += mm(14) + fm.horizontalAdvance(text)
        # pain axes and grid
        py = top + legend_h

        def y_of(v: float) -> float:
            return py + pain_h * (1 - v / 10)

        for v in range(0, 11, 2):
            p.setPen(QPen(_GRID, mm(0.15)))
            p.drawLine(QPointF(x0, y_of(v)), QPointF(x0 + plot_w, y_of(v)))
            p.setPen(_MUTED)
            p.drawText(QRectF(0, y_of(v) - fm.height() / 2, axis_w - mm(2), fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(v))  # fmt: skip
        p.save()
        p.translate(fm.height() * 0.2, py + pain_h / 2)
        p.rotate(-90)
        p.drawText(
            QRectF(-pain_h / 2, 0, pain_h, fm.height()), int(Qt.AlignmentFlag.AlignCenter), graph.pain_axis
        )
        p.restore()
        p.setPen(QPen(_MUTED, mm(0.25)))
        p.drawLine(QPointF(x0, py), QPointF(x0, py + pain_h))
        p.drawLine(QPointF(x0, py + pain_h), QPointF(x0 + plot_w, py + pain_h))
        # min-max band, per run of rated weeks (an isolated week is a short bar)
        means = [wk.pain_before_mean for wk in weeks]
        for run in _runs(means):
            if len(run) == 1:
                i = run[0]
                wk = weeks[i]
                lo, hi = wk.pain_before_min or 0, wk.pain_before_max or 0
                p.fillRect(QRectF(x_of(i) - slot * 0.3, y_of(hi), slot * 0.6, y_of(lo) - y_of(hi)), _BAND)
                continue
            upper = [QPointF(x_of(i), y_of(weeks[i].pain_before_max or 0)) for i in run]
            lower = [QPointF(x_of(i), y_of(weeks[i].pain_before_min or 0)) for i in reversed(run)]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_BAND)
            p.drawPolygon(QPolygonF(upper + lower))
            p.setBrush(Qt.BrushStyle.NoBrush)
        # mean after (dashed), then mean before (solid, on top)
        for values, color, dashed in (
            ([wk.pain_after_mean for wk in weeks], _AFTER, True),
            (means, _ACCENT, False),
        ):
            pen = QPen(color, mm(0.5) if n <= 120 else mm(0.3))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            for run in _runs(values):
                path = QPainterPath(QPointF(x_of(run[0]), y_of(values[run[0]] or 0)))
                for i in run[1:]:
                    path.lineTo(QPointF(x_of(i), y_of(values[i] or 0)))
                p.drawPath(path)
                if (markers or len(run) == 1) and not dashed:
                    p.setBrush(color)
                    for i in run:
                        p.drawEllipse(QPointF(x_of(i), y_of(values[i] or 0)), mm(0.8), mm(0.8))
                    p.setBrush(Qt.BrushStyle.NoBrush)
        # sessions per week: bars over the 3-4 target band
        by = py + pain_h + gap

        def yb(v: float) -> float:
            return by + bars_h * (1 - v / max_sessions)

        low, high = graph.target
        p.fillRect(QRectF(x0, yb(high), plot_w, yb(low) - yb(high)), _TARGET_BAND)
        for v in range(0, max_sessions + 1, 2 if max_sessions > 6 else 1):
            p.setPen(QPen(_GRID, mm(0.15)))
            p.drawLine(QPointF(x0, yb(v)), QPointF(x0 + plot_w, yb(v)))
            p.setPen(_MUTED)
            p.drawText(QRectF(0, yb(v) - fm.height() / 2, axis_w - mm(2), fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(v))  # fmt: skip
        bar_w = max(slot * 0.6, 1.0)
        for i, wk in enumerate(weeks):
            if wk.exercise_days:
                color = _GOOD if wk.exercise_days >= low else _MUTED
                p.fillRect(
                    QRectF(x_of(i) - bar_w / 2, yb(wk.exercise_days), bar_w, yb(0) - yb(wk.exercise_days)),
                    color,
                )
        p.setPen(QPen(_MUTED, mm(0.25)))
        p.drawLine(QPointF(x0, by), QPointF(x0, by + bars_h))
        p.drawLine(QPointF(x0, by + bars_h), QPointF(x0 + plot_w, by + bars_h))
        p.setPen(_INK)
        caption = graph.caption
        p.drawText(QPointF(x0, by - mm(1.5) - fm.descent()), caption)
        # week labels under the bars, with ticks on both plots
        p.setPen(_MUTED)
        for i, text in labels:
            tw = fm.horizontalAdvance(text)
            x = min(max(x_of(i) - tw / 2, x0), x0 + plot_w - tw)
            p.drawText(QPointF(x, by + bars_h + mm(1.2) + fm.ascent()), text)
            p.drawLine(QPointF(x_of(i), py + pain_h), QPointF(x_of(i), py + pain_h + mm(1)))
            p.drawLine(QPointF(x_of(i), by + bars_h), QPointF(x_of(i), by + bars_h + mm(1)))

    layout.add(draw)
    layout.y = top + total + layout.mm(2)


# --- the sections, in the content's order --------------------------------------------------------------------

# per table: each column's share of the width, alignment and whether it wraps (text comes from the content)
_Spec = tuple[float, Qt.AlignmentFlag, bool]
_PROGRAM: Final[list[_Spec]] = [(3, _LEFT, False), (2, _LEFT, False)]
_WEEKS: Final[list[_Spec]] = [
    (1.3, _LEFT, False),
    (1.6, _LEFT, False),
    (0.9, _RIGHT, False),
    (1.0, _RIGHT, False),
    (0.8, _CENTRE, False),
    (2.6, _RIGHT, False),
    (1.3, _RIGHT, False),
    (1.7, _RIGHT, False),
]
_ACTIVITY: Final[list[_Spec]] = [
    (1.3, _LEFT, False),
    (1.6, _LEFT, False),
    *[(0.55, _RIGHT, False)] * 7,
    (0.8, _RIGHT, False),
    (1.5, _CENTRE, False),
    (0.7, _CENTRE, False),
    (1.0, _RIGHT, False),  # "other" minutes, only when there were any
]
_SESSIONS: Final[list[_Spec]] = [
    (2.3, _LEFT, False),
    (1.1, _CENTRE, False),
    (1.5, _CENTRE, False),
    (1.4, _LEFT, False),
    (1.3, _LEFT, False),
    (3.2, _LEFT, True),
]
_PSK: Final[list[_Spec]] = [
    (4, _LEFT, True),
    (1.4, _RIGHT, False),
    (1.4, _RIGHT, False),
    (1.1, _RIGHT, False),
]
_HURTS: Final[list[_Spec]] = [(2.2, _LEFT, False), (3, _LEFT, False), (4, _LEFT, True)]
_CHANGES: Final[list[_Spec]] = [
    (2.2, _LEFT, False),
    (2.4, _LEFT, False),
    (3.0, _LEFT, True),
    (3, _LEFT, True),
]


def _section(layout: _Layout, section: Section, keep_mm: float, spec: Sequence[_Spec]) -> None:
    """Heading, the small note under it, then either what there is to say or the table."""
    layout.heading(section.heading, keep=layout.mm(keep_mm))
    if section.intro is not None:
        layout.paragraph(section.intro, layout.small, _MUTED, after=1.0)
    if section.empty is not None:
        layout.paragraph(section.empty.text, layout.body, _TONES[section.empty.tone])
        return
    for line in section.lines:
        layout.paragraph(line.text, layout.body, _TONES[line.tone], after=1.2)
    if section.table is not None:
        columns = [
            _Column(title, width, align, wrap)
            for title, (width, align, wrap) in zip(section.table.headings, spec, strict=False)
        ]
        layout.table(columns, section.table.rows, section.heading)


def _layout_report(layout: _Layout, content: ReportContent) -> None:
    title_h = layout.metrics(layout.h1).height()
    width = layout.width

    def title(p: QPainter) -> None:
        p.setFont(layout.h1)
        p.setPen(_INK)
        p.drawText(QRectF(0, 0, width, title_h), int(Qt.AlignmentFlag.AlignLeft), content.title)
        p.setPen(QPen(_ACCENT, layout.mm(0.8)))
        p.drawLine(QPointF(0, title_h + layout.mm(1.5)), QPointF(width, title_h + layout.mm(1.5)))

    layout.add(title)
    layout.y = title_h + layout.mm(4)
    layout.paragraph(content.period, layout.h2, _INK, after=0.5)
    layout.paragraph(content.made, layout.body, _MUTED, after=2.0)
    layout.paragraph(content.intro, layout.small, _MUTED, after=1.0)

    _section(layout, content.program, 20, _PROGRAM)
    _section(layout, content.summary, 15, ())  # its last line is the PSK's course, beside the pain's
    _section(layout, content.alarm, 25, ())  # whole on page 1: the alarm signals come before the details
    if content.psk is not None:  # the PSK's scale and each activity, on page 1 when it fits
        _section(layout, content.psk, 25, _PSK)
    if content.graph is not None:
        layout.heading(content.graph.heading, keep=layout.mm(120))
        _graph(layout, content.graph)
    if content.weeks is not None:
        _section(layout, content.weeks, 25, _WEEKS)
    _section(layout, content.activity, 20, _ACTIVITY)
    if content.sessions is not None:
        _section(layout, content.sessions, 25, _SESSIONS)
    _section(layout, content.hurts, 15, _HURTS)
    _section(layout, content.changes, 15, _CHANGES)
    _section(layout, content.sources, 15, ())


def _footer(p: QPainter, layout: _Layout, content: ReportContent, number: int, pages: int) -> None:
    fm = layout.metrics(layout.small)
    y = layout.bottom + layout.footer - fm.height()
    p.setPen(QPen(_GRID, layout.mm(0.2)))
    p.drawLine(QPointF(0, y - layout.mm(1.5)), QPointF(layout.width, y - layout.mm(1.5)))
    p.setFont(layout.small)
    p.setPen(_MUTED)
    rect = QRectF(QPointF(0, y), QSizeF(layout.width, fm.height()))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), content.title)
    p.drawText(rect, int(Qt.AlignmentFlag.AlignRight), content.page_label(number, pages))


# --- writing -------------------------------------------------------------------------------------------------


def _breaks_before(
    index: int, heights: Sequence[float], y: float, bottom: float, *, alone_ok: bool = False
) -> bool:
    """Whether a table goes on a new page before row ``index`` (at ``y``): when the row does not fit, or when
    it fits but would leave the table's last row alone on the next page (a "Mean" row under "(continued)"
    reads as a table of its own), then the two go over together. ``alone_ok``: the row is the first under
    its header on this page, which moving would only repeat."""
    if y + heights[index] > bottom:
        return True
    last = len(heights) - 1
    widow = last >= 2 and index == last - 1 and y + heights[index] + heights[last] > bottom
    return widow and not alone_ok


def _ensure_app() -> None:
    """QPdfWriter needs a QGuiApplication (fonts); without a display, the offscreen platform is enough."""
    global _app  # noqa: PLW0603 - a QGuiApplication must outlive this call
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not just QGuiApplication): whoever runs later in this process (the GUI, pytest-qt)
    # expects the widgets kind, and an existing plain QGuiApplication cannot be upgraded.
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])


def render_pdf(content: ReportContent) -> tuple[bytes, int]:
    """The PDF of ``content`` as bytes, and its number of pages."""
    _ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM - 3),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(content.title)
    writer.setCreator("RugTimer")
    layout = _Layout(writer, content.continued)
    _layout_report(layout, content)
    pages = len(layout.pages)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start a PDF")
    try:
        for number, ops in enumerate(layout.pages, start=1):
            if number > 1:
                writer.newPage()
            for op in ops:
                op(painter)
            _footer(painter, layout, content, number, pages)
    finally:
        painter.end()
    del writer
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF-"):
        raise OSError("the PDF writer produced no PDF")
    return pdf, pages


def write_report(
    store: HistoryStore,
    library: Library,
    path: Path,
    *,
    start: date | None,
    end: date | None,
    language: str = "nl",
    today: date | None = None,
    rest_seconds: int | None = None,
) -> int:
    """Write the report for ``start``..``end`` (inclusive local dates; None = from the first record / up to
    today) to ``path`` atomically (mode 0600) and return its number of pages.

    The PDF is made in memory and only then written (temporary file, fsync, rename, folder fsync), so a
    failure halfway leaves an older report untouched and no temporary file behind.
    """
    content = build_report_content(
        store,
        library,
        start=start,
        end=end,
        language=language,
        today=today or date.today(),
        **({"rest_seconds": rest_seconds} if rest_seconds is not None else {}),
    )
    pdf, pages = render_pdf(content)
    write_atomically(Path(path), pdf)
    return pages


__all__ = ["render_pdf", "write_report"]
