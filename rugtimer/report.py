"""The PDF report a person hands to their physiotherapist: program, adherence, pain graph, sessions, events.

Drawn with QPdfWriter + QPainter (QtGui, in PySide6-Essentials): no PDF library, real (extractable) text in
DejaVu Sans, vector graphics. The pain graph is drawn here with QPainter rather than exported from pyqtgraph:
that keeps it vector-sharp at any zoom, in the same font as the text, without the tick-label scaling trouble
FACTS describes, and without pulling the UI's plot widget into a file writer.

Layout runs first (measuring text on the PDF device and collecting draw operations per page), painting
second, so every footer can say "pagina 2 van 5". This is the only module outside ``rugtimer/ui`` that may
import Qt (see tests/test_architecture.py).
"""

from __future__ import annotations

import math
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
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

from rugtimer.history.trends import (
    MEANINGFUL_FRACTION,
    MEANINGFUL_POINTS,
    TARGET_SESSIONS_PER_WEEK,
    TrendSummary,
    WeekStats,
    load_weekly_stats,
    summarize,
)
from rugtimer.program.activity_week import DEFAULT_TARGET, summarize_activity_weeks
from rugtimer.program.change_words import change_word, exercise_words, reason_word, value_words

if TYPE_CHECKING:
    from rugtimer.history.store import HistoryStore
    from rugtimer.model.records import Activity
    from rugtimer.program.library import Library

DPI: Final = 300
FONT_FAMILY: Final = "DejaVu Sans"
MARGIN_MM: Final = 15.0
MAX_NOTE_CHARS: Final = 600  # a note longer than this is cut with "…" so one row never outgrows a page

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

_app: QGuiApplication | None = None  # kept alive for the process when this module had to create it

# --- the report's own words ---------------------------------------------------------------------------------

_STRINGS: Final[dict[str, dict[str, str]]] = {
    "nl": {
        "title": "RugTimer — oefenverslag",
        "period": "Periode: {start} – {end}",
        "made": "Gemaakt op {date}",
        "intro": (
            "Thuisoefenprogramma bij lage rugpijn. Pijn op de schaal 0–10 (0 = geen pijn, 10 = ergste denkbare), "
            "vóór en na elke sessie door de gebruiker zelf ingevuld."
        ),
        "program": "Huidig programma",
        "program_note": "Het startprogramma (week 1), {days} dagen per week.",
        "exercise": "Oefening",
        "dose": "Dosering",
        "summary": "Samenvatting",
        "no_data": (
            "Er zijn in deze periode nog geen sessies vastgelegd. Zodra er geoefend is, staan hier de trouw per "
            "week, het pijnverloop en de sessies."
        ),
        "too_little": "Te weinig pijnscores voor een trend (minstens twee weken met een score nodig).",
        "trend": (
            "Pijn vooraf (weekgemiddelde): aan het begin {baseline}, nu {current}; verandering {points} punten"
            "{percent}."
        ),
        "meaningful": "Betekenisvolle verbetering (minstens {min_points} punten of {min_percent} % minder): {answer}.",
        "yes": "ja",
        "no": "nee",
        "physio": (
            "De pijn wordt al {weeks} weken bijgehouden zonder betekenisvolle verbetering. RugTimer raadt in dat "
            "geval aan een fysiotherapeut te raadplegen (klachten langer dan 6–8 weken)."
        ),
        "adherence": (
            "Trouw, laatste 4 weken: {sessions} sessies, gemiddeld {per_week} per week (doel {low}–{high}): "
            "{verdict}."
        ),
        "on_target": "op schema",
        "below_target": "onder het doel",
        "weeks_logged": "Weken met een pijnscore: {weeks} van {total}.",
        "graph": "Pijn per week",
        "legend_before": "Pijn vooraf (gemiddelde)",
        "legend_band": "Pijn vooraf (laagste–hoogste)",
        "legend_after": "Pijn achteraf (gemiddelde)",
        "legend_sessions": "Sessies per week",
        "legend_target": "Doel {low}–{high} per week",
        "pain_axis": "Pijn (0–10)",
        "weeks_title": "Trouw en pijn per week",
        "week": "Week",
        "from_date": "Vanaf",
        "sessions_col": "Sessies",
        "target_col": "Doel",
        "before_col": "Vooraf gem. (min–max)",
        "after_col": "Achteraf gem.",
        "hurts_col": "Pijnmeldingen",
        "sessions_title": "Sessies",
        "date": "Datum",
        "ex_sets": "Oef. / sets",
        "pain": "Pijn voor → na",
        "rating": "Beoordeling",
        "status": "Status",
        "note": "Notitie",
        "hurts_title": "Meldingen “dit doet pijn”",
        "no_hurts": "Geen meldingen in deze periode.",
        "changes_title": "Wijzigingen in het programma",
        "no_changes": "Geen wijzigingen in deze periode.",
        "change": "Wijziging",
        "reason": "Reden",
        "page": "pagina {page} van {pages}",
        "continued": "(vervolg)",
        "none": "—",
        "outside_session": "buiten een sessie",
        "too_easy": "te makkelijk",
        "good": "goed",
        "too_hard": "te zwaar",
        "completed": "voltooid",
        "stopped": "gestopt",
        "interrupted": "onderbroken",
        "running": "bezig",
        "activity_title": "Wandelen en fietsen per week",
        "activity_target": (
            "Doel uit het programma: {times}× per week {minutes} minuten {kinds} op rustig tempo. Een dag telt "
            "mee als de minuten van die dag samen minstens {low} zijn. Zelf bijgehouden door de gebruiker."
        ),
        "activity_result": "Doel gehaald in {reached} van {weeks} weken; gemiddeld {mean} minuten per week.",
        "no_activity": "In deze periode zijn geen minuten wandelen of fietsen vastgelegd.",
        "minutes_col": "Min.",
        "active_col": "Dagen ≥ {low} min (doel {times})",
        "other_col": "Anders (min)",
        "or": "of",
        "kind_walking": "wandelen",
        "kind_cycling": "fietsen",
        "kind_other": "iets anders",
    },
    "en": {
        "title": "RugTimer — exercise report",
        "period": "Period: {start} – {end}",
        "made": "Made on {date}",
        "intro": (
            "Home exercise program for low back pain. Pain on the 0–10 scale (0 = no pain, 10 = worst "
            "imaginable), rated by the person before and after each session."
        ),
        "program": "Current program",
        "program_note": "The starting program (week 1), {days} days a week.",
        "exercise": "Exercise",
        "dose": "Dose",
        "summary": "Summary",
        "no_data": (
            "No sessions have been recorded in this period yet. Once exercises are done, this report shows "
            "adherence per week, the pain course and the sessions."
        ),
        "too_little": "Too few pain ratings for a trend (at least two weeks with a rating are needed).",
        "trend": (
            "Pain before (weekly mean): at the start {baseline}, now {current}; change {points} points{percent}."
        ),
        "meaningful": "Meaningful improvement (at least {min_points} points or {min_percent} % less): {answer}.",
        "yes": "yes",
        "no": "no",
        "physio": (
            "Pain has been logged for {weeks} weeks without a meaningful improvement. In that case RugTimer "
            "advises seeing a physiotherapist (complaints lasting longer than 6–8 weeks)."
        ),
        "adherence": (
            "Adherence, last 4 weeks: {sessions} sessions, on average {per_week} a week (target {low}–{high}): "
            "{verdict}."
        ),
        "on_target": "on target",
        "below_target": "below target",
        "weeks_logged": "Weeks with a pain rating: {weeks} of {total}.",
        "graph": "Pain per week",
        "legend_before": "Pain before (mean)",
        "legend_band": "Pain before (lowest–highest)",
        "legend_after": "Pain after (mean)",
        "legend_sessions": "Sessions per week",
        "legend_target": "Target {low}–{high} a week",
        "pain_axis": "Pain (0–10)",
        "weeks_title": "Adherence and pain per week",
        "week": "Week",
        "from_date": "From",
        "sessions_col": "Sessions",
        "target_col": "Target",
        "before_col": "Before mean (min–max)",
        "after_col": "After mean",
        "hurts_col": "Hurt reports",
        "sessions_title": "Sessions",
        "date": "Date",
        "ex_sets": "Ex. / sets",
        "pain": "Pain before → after",
        "rating": "Rating",
        "status": "Status",
        "note": "Note",
        "hurts_title": "“This hurts” reports",
        "no_hurts": "No reports in this period.",
        "changes_title": "Changes to the program",
        "no_changes": "No changes in this period.",
        "change": "Change",
        "reason": "Reason",
        "page": "page {page} of {pages}",
        "continued": "(continued)",
        "none": "—",
        "outside_session": "outside a session",
        "too_easy": "too easy",
        "good": "good",
        "too_hard": "too hard",
        "completed": "completed",
        "stopped": "stopped",
        "interrupted": "interrupted",
        "running": "running",
        "activity_title": "Walking and cycling per week",
        "activity_target": (
            "Target from the program: {times}× a week {minutes} minutes of {kinds} at an easy pace. A day counts "
            "when that day's minutes add up to at least {low}. Logged by the person."
        ),
        "activity_result": "Target reached in {reached} of {weeks} weeks; on average {mean} minutes a week.",
        "no_activity": "No walking or cycling minutes were logged in this period.",
        "minutes_col": "Min.",
        "active_col": "Days ≥ {low} min (target {times})",
        "other_col": "Other (min)",
        "or": "or",
        "kind_walking": "walking",
        "kind_cycling": "cycling",
        "kind_other": "something else",
    },
}
_MONTHS: Final = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_DAYS: Final = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


class _Words:
    """The report's strings and number/date formats in one language (Dutch uses a decimal comma)."""

    def __init__(self, language: str) -> None:
        self.lang = language if language in _STRINGS else "en"
        self._s = _STRINGS[self.lang]

    def __call__(self, key: str, **values: Any) -> str:
        text = self._s.get(key, key.replace("_", " "))
        return text.format(**values) if values else text

    def num(self, value: float | None, digits: int = 1, *, sign: bool = False) -> str:
        if value is None:
            return self("none")
        text = f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"
        text = text.replace("-", "−")
        return text.replace(".", ",") if self.lang == "nl" else text

    def long_date(self, day: date) -> str:
        month = _MONTHS[self.lang][day.month - 1]
        return f"{day.day} {month} {day.year}"

    def short_date(self, day: date) -> str:
        weekday = _DAYS[self.lang][day.weekday()]
        return f"{weekday} {day:%d-%m-%Y}" if self.lang == "nl" else f"{weekday} {day:%Y-%m-%d}"

    def stamp(self, moment: datetime) -> str:
        return f"{self.short_date(moment.date())} {moment:%H:%M}"


# --- layout: measure on the PDF device, collect draw operations per page -------------------------------------

Op = Callable[[QPainter], None]


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Column:
    title: str
    width: float  # a share of the text width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    wrap: bool = False


class _Layout:
    """A cursor down the page that starts a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.device = writer
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

    def table(self, columns: Sequence[_Column], rows: Sequence[Sequence[str]], title: str) -> None:
        """Rows across as many pages as needed; the header repeats on every page, the title says "(vervolg)"."""
        font, head_font = self.small, self.small_bold
        fm = self.metrics(font)
        pad = self.mm(1.2)
        share = sum(c.width for c in columns)
        widths = [self.width * c.width / share for c in columns]
        xs = [sum(widths[:i]) for i in range(len(widths))]
        line = fm.height()
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

        header(self.y)
        for index, row in enumerate(rows):
            cells: list[str] = []
            height = line
            for col, w, value in zip(columns, widths, row, strict=True):
                if col.wrap:
                    height = max(height, self.text_height(value, font, w - 2 * pad))
                    cells.append(value)
                else:
                    cells.append(fm.elidedText(value, Qt.TextElideMode.ElideRight, w - 2 * pad))
            height += 2 * pad
            if self.y + height > self.bottom:
                self.new_page()
                self.paragraph(f"{title} {self('continued')}", self.small, _MUTED, after=1.0)
                header(self.y)
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

    words: _Words  # set by write_report before layout

    def __call__(self, key: str, **values: Any) -> str:
        return self.words(key, **values)


# --- the graphs ----------------------------------------------------------------------------------------------


def _week_labels(weeks: Sequence[WeekStats], fm: QFontMetricsF, plot_w: float) -> list[tuple[int, str]]:
    """Every n-th week's label, n chosen so the labels never touch; the year only when the range spans years."""
    multi_year = len({w.iso_year for w in weeks}) > 1
    texts = [f"{w.iso_year}-W{w.iso_week:02d}" if multi_year else f"W{w.iso_week:02d}" for w in weeks]
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


def _graphs(layout: _Layout, weeks: Sequence[WeekStats]) -> None:  # noqa: PLR0915 - one drawing, read top-down
    """The weekly pain graph (mean before with its min–max band, mean after dashed) and sessions per week."""
    w = layout.words
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
    labels = _week_labels(weeks, fm, plot_w)
    markers = n <= 60
    max_sessions = max(TARGET_SESSIONS_PER_WEEK[1] + 1, *(wk.sessions for wk in weeks))

    def x_of(i: int) -> float:
        return x0 + (i + 0.5) * slot

    def draw(p: QPainter) -> None:  # noqa: PLR0915
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(layout.small)
        # legend
        lx, ly = x0, top + fm.ascent() * 0.5
        items = [
            ("line", _ACCENT, w("legend_before")),
            ("band", _BAND, w("legend_band")),
            ("dash", _AFTER, w("legend_after")),
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
            QRectF(-pain_h / 2, 0, pain_h, fm.height()), int(Qt.AlignmentFlag.AlignCenter), w("pain_axis")
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

        low, high = TARGET_SESSIONS_PER_WEEK
        p.fillRect(QRectF(x0, yb(high), plot_w, yb(low) - yb(high)), _TARGET_BAND)
        for v in range(0, max_sessions + 1, 2 if max_sessions > 6 else 1):
            p.setPen(QPen(_GRID, mm(0.15)))
            p.drawLine(QPointF(x0, yb(v)), QPointF(x0 + plot_w, yb(v)))
            p.setPen(_MUTED)
            p.drawText(QRectF(0, yb(v) - fm.height() / 2, axis_w - mm(2), fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(v))  # fmt: skip
        bar_w = max(slot * 0.6, 1.0)
        for i, wk in enumerate(weeks):
            if wk.sessions:
                color = _GOOD if wk.sessions >= low else _MUTED
                p.fillRect(
                    QRectF(x_of(i) - bar_w / 2, yb(wk.sessions), bar_w, yb(0) - yb(wk.sessions)), color
                )
        p.setPen(QPen(_MUTED, mm(0.25)))
        p.drawLine(QPointF(x0, by), QPointF(x0, by + bars_h))
        p.drawLine(QPointF(x0, by + bars_h), QPointF(x0 + plot_w, by + bars_h))
        p.setPen(_INK)
        caption = f"{w('legend_sessions')}  ·  {w('legend_target', low=low, high=high)}"
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


# --- the content ---------------------------------------------------------------------------------------------


def _summary_lines(
    words: _Words, summary: TrendSummary, weeks: Sequence[WeekStats]
) -> list[tuple[str, QColor]]:
    lines: list[tuple[str, QColor]] = []
    if summary.baseline is None or summary.current is None or summary.change_points is None:
        lines.append((words("too_little"), _INK))
    else:
        percent = (
            f" ({words.num(summary.change_percent, 0, sign=True)} %)"
            if summary.change_percent is not None
            else ""
        )
        lines.append(
            (
                words(
                    "trend",
                    baseline=words.num(summary.baseline),
                    current=words.num(summary.current),
                    points=words.num(summary.change_points, sign=True),
                    percent=percent,
                ),
                _INK,
            )
        )
        answer = words("yes") if summary.meaningful_improvement else words("no")
        lines.append(
            (
                words(
                    "meaningful",
                    min_points=f"{MEANINGFUL_POINTS:g}",
                    min_percent=f"{MEANINGFUL_FRACTION * 100:g}",
                    answer=answer,
                ),
                _GOOD if summary.meaningful_improvement else _INK,
            )
        )
    low, high = TARGET_SESSIONS_PER_WEEK
    verdict = words("on_target") if summary.on_target else words("below_target")
    lines.append(
        (
            words(
                "adherence",
                sessions=summary.sessions_last_4_weeks,
                per_week=words.num(summary.sessions_per_week),
                low=low,
                high=high,
                verdict=verdict,
            ),
            _INK,
        )
    )
    lines.append((words("weeks_logged", weeks=summary.weeks_logged, total=len(weeks)), _MUTED))
    if summary.suggest_physio:
        lines.append((words("physio", weeks=summary.span_weeks), _AFTER))
    return lines


def _exercise_name(library: Library, exercise_id: str | None, words: _Words) -> str:
    if exercise_id is None:
        return words("none")
    exercise = library.exercises.get(exercise_id)
    return exercise.name.get(words.lang) if exercise is not None else exercise_id


def _layout_report(  # noqa: PLR0915, PLR0917 - the report, section by section
    layout: _Layout,
    store: HistoryStore,
    library: Library,
    start: date | None,
    end: date,
    today: date,
) -> None:
    w = layout.words
    weeks = load_weekly_stats(store, start=start, end=end)
    sessions = list(reversed(store.sessions(start, end)))  # oldest first, like the graph
    first = start or (weeks[0].first_date if weeks else end)

    # title block
    title_h = layout.metrics(layout.h1).height()
    period = w("period", start=w.long_date(first), end=w.long_date(end))
    made = w("made", date=w.long_date(today))
    width = layout.width

    def title(p: QPainter) -> None:
        p.setFont(layout.h1)
        p.setPen(_INK)
        p.drawText(QRectF(0, 0, width, title_h), int(Qt.AlignmentFlag.AlignLeft), w("title"))
        p.setPen(QPen(_ACCENT, layout.mm(0.8)))
        p.drawLine(QPointF(0, title_h + layout.mm(1.5)), QPointF(width, title_h + layout.mm(1.5)))

    layout.add(title)
    layout.y = title_h + layout.mm(4)
    layout.paragraph(period, layout.h2, _INK, after=0.5)
    layout.paragraph(made, layout.body, _MUTED, after=2.0)
    layout.paragraph(w("intro"), layout.small, _MUTED, after=1.0)

    # program
    plan = library.plan
    doses = [d for d in plan.week1 if library.exercise(d.exercise).group == "floor"] or list(plan.week1)
    layout.heading(w("program"), keep=layout.mm(20))
    days = f"{plan.days_per_week.low}–{plan.days_per_week.high}"
    layout.paragraph(w("program_note", days=days), layout.small, _MUTED, after=1.0)
    rows = [
        [library.exercise(d.exercise).name.get(w.lang), d.describe(library.exercise(d.exercise), w.lang)]
        for d in doses
    ]
    layout.table([_Column(w("exercise"), 3), _Column(w("dose"), 2)], rows, w("program"))

    # summary
    layout.heading(w("summary"), keep=layout.mm(15))
    if not sessions:
        layout.paragraph(w("no_data"))
    else:
        summary = summarize(weeks, min(today, end))
        for text, color in _summary_lines(w, summary, weeks):
            layout.paragraph(text, layout.body, color, after=1.2)

    activities = store.activities(start, end)
    if not (weeks and sessions):
        _activity_section(layout, library, weeks, activities)  # no week table to follow: right here
    if weeks and sessions:
        layout.heading(w("graph"), keep=layout.mm(120))
        _graphs(layout, weeks)

        low = TARGET_SESSIONS_PER_WEEK[0]
        right = Qt.AlignmentFlag.AlignRight
        layout.heading(w("weeks_title"), keep=layout.mm(25))
        rows = []
        for wk in weeks:
            spread = (
                f"{w.num(wk.pain_before_mean)} ({wk.pain_before_min}–{wk.pain_before_max})"
                if wk.pain_before_mean is not None
                else w("none")
            )
            rows.append(
                [
                    wk.label,
                    w.short_date(wk.first_date),
                    str(wk.sessions),
                    "✓" if wk.sessions >= low else "",
                    spread,
                    w.num(wk.pain_after_mean),
                    str(wk.hurt_events) if wk.hurt_events else "",
                ]
            )
        columns = [
            _Column(w("week"), 1.3),
            _Column(w("from_date"), 1.6),
            _Column(w("sessions_col"), 1.0, right),
            _Column(w("target_col"), 0.8, Qt.AlignmentFlag.AlignHCenter),
            _Column(w("before_col"), 2.6, right),
            _Column(w("after_col"), 1.3, right),
            _Column(w("hurts_col"), 1.7, right),
        ]
        layout.table(columns, rows, w("weeks_title"))
        _activity_section(layout, library, weeks, activities)

        # sessions
        sets_end = end + timedelta(days=1)  # a session at 23:30 may finish its sets after midnight
        per_session: dict[str, list[str]] = defaultdict(list)
        for s in store.sets_between(start, sets_end):
            per_session[s.session_id].append(s.exercise)
        rows = []
        for s in sessions:
            done = per_session.get(s.id, [])
            pain = f"{_or_dash(w, s.pain_before)} → {_or_dash(w, s.pain_after)}"
            note = s.note if len(s.note) <= MAX_NOTE_CHARS else s.note[: MAX_NOTE_CHARS - 1] + "…"
            rows.append(
                [
                    w.stamp(s.started_at),
                    f"{len(set(done))} / {len(done)}",
                    pain,
                    w(s.rating) if s.rating else w("none"),
                    w(s.status),
                    note,
                ]
            )
        columns = [
            _Column(w("date"), 2.3),
            _Column(w("ex_sets"), 1.1, Qt.AlignmentFlag.AlignHCenter),
            _Column(w("pain"), 1.5, Qt.AlignmentFlag.AlignHCenter),
            _Column(w("rating"), 1.4),
            _Column(w("status"), 1.3),
            _Column(w("note"), 3.2, wrap=True),
        ]
        layout.heading(w("sessions_title"), keep=layout.mm(25))
        layout.table(columns, rows, w("sessions_title"))

    # "this hurts" and plan changes
    hurts = store.hurt_events(start, end)
    layout.heading(w("hurts_title"), keep=layout.mm(15))
    if not hurts:
        layout.paragraph(w("no_hurts"), layout.body, _MUTED)
    else:
        rows = [
            [
                w.stamp(h.at),
                _exercise_name(library, h.exercise, w)
                if h.session_id or h.exercise
                else w("outside_session"),
                h.note,
            ]
            for h in hurts
        ]
        columns = [_Column(w("date"), 2.2), _Column(w("exercise"), 3), _Column(w("note"), 4, wrap=True)]
        layout.table(columns, rows, w("hurts_title"))

    changes = store.plan_changes(start, end)
    layout.heading(w("changes_title"), keep=layout.mm(15))
    if not changes:
        layout.paragraph(w("no_changes"), layout.body, _MUTED)
    else:
        rows = []
        for c in changes:
            exercise = library.exercises.get(c.exercise)
            what = change_word(c.change, w.lang)
            if c.from_value is not None or c.to_value is not None:
                before = value_words(c.from_value, c.change, exercise, w.lang)
                after = value_words(c.to_value, c.change, exercise, w.lang)
                what += f": {before} → {after}"
            name = exercise_words(c.exercise, library.exercises, w.lang)
            rows.append([w.stamp(c.at), name, what, reason_word(c.reason, w.lang)])
        columns = [
            _Column(w("date"), 2.2),
            _Column(w("exercise"), 2.4),
            _Column(w("change"), 3.0, wrap=True),
            _Column(w("reason"), 3, wrap=True),
        ]
        layout.table(columns, rows, w("changes_title"))


def _activity_section(
    layout: _Layout, library: Library, weeks: Sequence[WeekStats], activities: Sequence[Activity]
) -> None:
    """Walking / cycling per ISO week against the program's target (e.g. 3× a week 20–30 min)."""
    w = layout.words
    target = library.plan.activity or DEFAULT_TARGET
    layout.heading(w("activity_title"), keep=layout.mm(20))
    kinds = f" {w('or')} ".join(w(f"kind_{kind}") for kind in target.kinds)
    layout.paragraph(
        w(
            "activity_target",
            times=target.times_per_week,
            minutes=target.minutes,
            kinds=kinds,
            low=target.minutes.low,
        ),
        layout.small,
        _MUTED,
        after=1.0,
    )
    if not activities or not weeks:
        layout.paragraph(w("no_activity"), layout.body, _MUTED)
        return
    summaries = summarize_activity_weeks(activities, [wk.first_date for wk in weeks], target)
    reached = sum(1 for summary in summaries if summary.goal_reached)
    mean = sum(summary.total_minutes for summary in summaries) / len(summaries)
    layout.paragraph(
        w("activity_result", reached=reached, weeks=len(summaries), mean=w.num(mean, 0)),
        layout.body,
        after=1.2,
    )
    with_other = any(summary.other_minutes for summary in summaries)
    right, centre = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter
    rows = []
    for wk, summary in zip(weeks, summaries, strict=True):
        row = [wk.label, w.short_date(wk.first_date)]
        row += [str(minutes) if minutes else "" for minutes in summary.minutes_per_day]
        row += [str(summary.total_minutes), str(summary.active_days), "✓" if summary.goal_reached else ""]
        if with_other:
            row.append(str(summary.other_minutes) if summary.other_minutes else "")
        rows.append(row)
    columns = [_Column(w("week"), 1.3), _Column(w("from_date"), 1.6)]
    columns += [_Column(name, 0.55, right) for name in _DAYS[w.lang]]
    columns += [
        _Column(w("minutes_col"), 0.8, right),
        _Column(w("active_col", low=target.minutes.low, times=target.times_per_week), 1.5, centre),
        _Column(w("target_col"), 0.7, centre),
    ]
    if with_other:
        columns.append(_Column(w("other_col"), 1.0, right))
    layout.table(columns, rows, w("activity_title"))


def _or_dash(words: _Words, value: int | None) -> str:
    return str(value) if value is not None else words("none")


# --- writing -------------------------------------------------------------------------------------------------


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


def write_report(
    store: HistoryStore,
    library: Library,
    path: Path,
    *,
    start: date | None,
    end: date | None,
    language: str = "nl",
    today: date | None = None,
) -> int:
    """Write the report for ``start``..``end`` (inclusive local dates; None = from the first record / up to
    today) to ``path`` atomically (mode 0600) and return its number of pages.

    The PDF is rendered into a temporary file next to ``path`` and moved over it only when complete, so a
    failure halfway leaves an older report untouched and no temporary file behind.
    """
    _ensure_app()
    today = today or date.today()
    end = end or today
    path = Path(path)
    words = _Words(language)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mode 0600
    os.close(fd)
    try:
        writer = QPdfWriter(tmp_name)
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM - 3),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(words("title"))
        writer.setCreator("RugTimer")
        layout = _Layout(writer)
        layout.words = words
        _layout_report(layout, store, library, start, end, today)
        pages = len(layout.pages)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write a PDF to {tmp_name}")
        try:
            for number, ops in enumerate(layout.pages, start=1):
                if number > 1:
                    writer.newPage()
                for op in ops:
                    op(painter)
                _footer(painter, layout, number, pages)
        finally:
            painter.end()
        del writer  # closes the file
        with open(tmp_name, "rb") as done:
            if done.read(5) != b"%PDF-":
                raise OSError(f"the PDF writer produced no PDF at {tmp_name}")
            os.fsync(done.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return pages


def _footer(p: QPainter, layout: _Layout, number: int, pages: int) -> None:
    words = layout.words
    fm = layout.metrics(layout.small)
    y = layout.bottom + layout.footer - fm.height()
    p.setPen(QPen(_GRID, layout.mm(0.2)))
    p.drawLine(QPointF(0, y - layout.mm(1.5)), QPointF(layout.width, y - layout.mm(1.5)))
    p.setFont(layout.small)
    p.setPen(_MUTED)
    rect = QRectF(QPointF(0, y), QSizeF(layout.width, fm.height()))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), words("title"))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignRight), words("page", page=number, pages=pages))


__all__ = ["write_report"]
