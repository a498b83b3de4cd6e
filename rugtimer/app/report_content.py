"""What the physiotherapist's report says, as plain data: every word, number, date and table row, no Qt.

The renderer (``ui/report_render.py``) only lays this out and draws it, so the report's text is made in one
place, in Dutch or English, and can be tested without a window or a PDF. Plan changes in words come from
``program/change_words.py``, the trend numbers from ``history/trends.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final, Literal

from rugtimer.history.store import HistoryStore
from rugtimer.history.trends import (
    MEANINGFUL_FRACTION,
    MEANINGFUL_POINTS,
    TrendSummary,
    WeekStats,
    load_weekly_stats,
    summarize,
)
from rugtimer.model.records import Activity, SessionRecord
from rugtimer.program.activity_week import DEFAULT_TARGET, summarize_activity_weeks
from rugtimer.program.change_words import change_word, exercise_words, reason_word, value_words
from rugtimer.program.library import Library
from rugtimer.program.program_text import exercise_done_text
from rugtimer.program.texts import Text

MAX_NOTE_CHARS: Final = 600  # a note longer than this is cut with "…" so one row never outgrows a page

_WORDS: Final[Mapping[str, Text]] = {
    "title": Text("RugTimer — oefenverslag", "RugTimer — exercise report"),
    "period": Text("Periode: {start} – {end}", "Period: {start} – {end}"),
    "made": Text("Gemaakt op {date}", "Made on {date}"),
    "intro": Text(
        (
            "Thuisoefenprogramma bij lage rugpijn. Pijn op de schaal 0–10 (0 = geen pijn, 10 = ergste "
            "denkbare), vóór en na elke sessie door de gebruiker zelf ingevuld."
        ),
        (
            "Home exercise program for low back pain. Pain on the 0–10 scale (0 = no pain, 10 = worst "
            "imaginable), rated by the person before and after each session."
        ),
    ),
    "program": Text("Huidig programma", "Current program"),
    "program_note": Text(
        "Het startprogramma (week 1), {days} dagen per week.",
        "The starting program (week 1), {days} days a week.",
    ),
    "exercise": Text("Oefening", "Exercise"),
    "dose": Text("Dosering", "Dose"),
    "summary": Text("Samenvatting", "Summary"),
    "no_data": Text(
        (
            "Er zijn in deze periode nog geen sessies vastgelegd. Zodra er geoefend is, staan hier de "
            "trouw per week, het pijnverloop en de sessies."
        ),
        (
            "No sessions have been recorded in this period yet. Once exercises are done, this report "
            "shows adherence per week, the pain course and the sessions."
        ),
    ),
    "too_little": Text(
        "Te weinig pijnscores voor een trend (minstens twee weken met een score nodig).",
        "Too few pain ratings for a trend (at least two weeks with a rating are needed).",
    ),
    "trend": Text(
        (
            "Pijn vooraf (weekgemiddelde): aan het begin {baseline}, nu {current}; verandering {points} "
            "punten{percent}."
        ),
        (
            "Pain before (weekly mean): at the start {baseline}, now {current}; change {points} "
            "points{percent}."
        ),
    ),
    "meaningful": Text(
        "Betekenisvolle verbetering (minstens {min_points} punten of {min_percent} % minder): {answer}.",
        "Meaningful improvement (at least {min_points} points or {min_percent} % less): {answer}.",
    ),
    "yes": Text("ja", "yes"),
    "no": Text("nee", "no"),
    "physio": Text(
        (
            "De pijn wordt al {weeks} weken bijgehouden zonder betekenisvolle verbetering. RugTimer "
            "raadt in dat geval aan een fysiotherapeut te raadplegen (klachten langer dan 6–8 weken)."
        ),
        (
            "Pain has been logged for {weeks} weeks without a meaningful improvement. In that case "
            "RugTimer advises seeing a physiotherapist (complaints lasting longer than 6–8 weeks)."
        ),
    ),
    "adherence": Text(
        (
            "Trouw, laatste 4 weken: {sessions} sessies, gemiddeld {per_week} per week (doel "
            "{low}–{high}): {verdict}."
        ),
        (
            "Adherence, last 4 weeks: {sessions} sessions, on average {per_week} a week (target "
            "{low}–{high}): {verdict}."
        ),
    ),
    "on_target": Text("op schema", "on target"),
    "below_target": Text("onder het doel", "below target"),
    "weeks_logged": Text(
        "Weken met een pijnscore: {weeks} van {total}.", "Weeks with a pain rating: {weeks} of {total}."
    ),
    "graph": Text("Pijn per week", "Pain per week"),
    "legend_before": Text("Pijn vooraf (gemiddelde)", "Pain before (mean)"),
    "legend_band": Text("Pijn vooraf (laagste–hoogste)", "Pain before (lowest–highest)"),
    "legend_after": Text("Pijn achteraf (gemiddelde)", "Pain after (mean)"),
    "legend_sessions": Text("Sessies per week", "Sessions per week"),
    "legend_target": Text("Doel {low}–{high} per week", "Target {low}–{high} a week"),
    "pain_axis": Text("Pijn (0–10)", "Pain (0–10)"),
    "weeks_title": Text("Trouw en pijn per week", "Adherence and pain per week"),
    "week": Text("Week", "Week"),
    "from_date": Text("Vanaf", "From"),
    "sessions_col": Text("Sessies", "Sessions"),
    "target_col": Text("Doel", "Target"),
    "before_col": Text("Vooraf gem. (min–max)", "Before mean (min–max)"),
    "after_col": Text("Achteraf gem.", "After mean"),
    "hurts_col": Text("Pijnmeldingen", "Hurt reports"),
    "sessions_title": Text("Sessies", "Sessions"),
    "date": Text("Datum", "Date"),
    "ex_sets": Text("Oef. / sets", "Ex. / sets"),
    "pain": Text("Pijn voor → na", "Pain before → after"),
    "rating": Text("Beoordeling", "Rating"),
    "status": Text("Status", "Status"),
    "note": Text("Notitie", "Note"),
    "done_as": Text("Gedaan als: {what}", "Done as: {what}"),
    "hurts_title": Text("Meldingen “dit doet pijn”", "“This hurts” reports"),
    "no_hurts": Text("Geen meldingen in deze periode.", "No reports in this period."),
    "changes_title": Text("Wijzigingen in het programma", "Changes to the program"),
    "no_changes": Text("Geen wijzigingen in deze periode.", "No changes in this period."),
    "change": Text("Wijziging", "Change"),
    "reason": Text("Reden", "Reason"),
    "page": Text("pagina {page} van {pages}", "page {page} of {pages}"),
    "continued": Text("(vervolg)", "(continued)"),
    "none": Text("—", "—"),
    "outside_session": Text("buiten een sessie", "outside a session"),
    "too_easy": Text("te makkelijk", "too easy"),
    "good": Text("goed", "good"),
    "too_hard": Text("te zwaar", "too hard"),
    "completed": Text("voltooid", "completed"),
    "stopped": Text("gestopt", "stopped"),
    "interrupted": Text("onderbroken", "interrupted"),
    "running": Text("bezig", "running"),
    "activity_title": Text("Wandelen en fietsen per week", "Walking and cycling per week"),
    "activity_target": Text(
        (
            "Doel uit het programma: {times}× per week {minutes} minuten {kinds} op rustig tempo. Een "
            "dag telt mee als de minuten van die dag samen minstens {low} zijn. Zelf bijgehouden door de "
            "gebruiker."
        ),
        (
            "Target from the program: {times}× a week {minutes} minutes of {kinds} at an easy pace. A "
            "day counts when that day's minutes add up to at least {low}. Logged by the person."
        ),
    ),
    "activity_result": Text(
        "Doel gehaald in {reached} van {weeks} weken; gemiddeld {mean} minuten per week.",
        "Target reached in {reached} of {weeks} weeks; on average {mean} minutes a week.",
    ),
    "no_activity": Text(
        "In deze periode zijn geen minuten wandelen of fietsen vastgelegd.",
        "No walking or cycling minutes were logged in this period.",
    ),
    "minutes_col": Text("Min.", "Min."),
    "active_col": Text("Dagen ≥ {low} min (doel {times})", "Days ≥ {low} min (target {times})"),
    "other_col": Text("Anders (min)", "Other (min)"),
    "or": Text("of", "or"),
    "kind_walking": Text("wandelen", "walking"),
    "kind_cycling": Text("fietsen", "cycling"),
    "kind_other": Text("iets anders", "something else"),
}


_MONTHS: Final = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
DAYS: Final = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

Tone = Literal["normal", "muted", "good", "warning"]


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence and how much it should stand out (the renderer picks the colour)."""

    text: str
    tone: Tone = "normal"


@dataclass(frozen=True, slots=True)
class Table:
    """Column headings and rows, every cell already text."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A heading, a small note under it, sentences, then a table; ``empty`` is said instead when there is
    nothing to show."""

    heading: str
    intro: str | None = None
    lines: tuple[Line, ...] = ()
    table: Table | None = None
    empty: Line | None = None


@dataclass(frozen=True, slots=True)
class Graph:
    """The weekly pain graph's words, one axis label per week, and the numbers it draws."""

    heading: str
    legend_before: str
    legend_band: str
    legend_after: str
    pain_axis: str
    caption: str  # above the sessions bars: what they are and the target band
    week_labels: tuple[str, ...]  # "W47", or "2026-W47" when the weeks span years
    weeks: tuple[WeekStats, ...]
    target: tuple[int, int]  # sessions a week


@dataclass(frozen=True, slots=True)
class ReportContent:
    """Everything the report says, in the order it says it; ``graph``, ``weeks`` and ``sessions`` are None
    when the period holds no sessions."""

    language: str
    title: str
    period: str
    made: str
    intro: str
    program: Section
    summary: Section
    graph: Graph | None
    weeks: Section | None
    activity: Section
    sessions: Section | None
    hurts: Section
    changes: Section
    continued: str  # after a table's heading on the next page
    page_words: str  # "pagina {page} van {pages}"

    def page_label(self, page: int, pages: int) -> str:
        return self.page_words.format(page=page, pages=pages)


class _Words:
    """The report's words and its number and date formats in one language (Dutch uses a decimal comma)."""

    def __init__(self, language: str) -> None:
        self.lang = language if language in ("nl", "en") else "en"

    def __call__(self, key: str, **values: Any) -> str:
        text = _WORDS[key].get(self.lang) if key in _WORDS else key.replace("_", " ")
        return text.format(**values) if values else text

    def num(self, value: float | None, digits: int = 1, *, sign: bool = False) -> str:
        if value is None:
            return self("none")
        text = f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"
        text = text.replace("-", "−")
        return text.replace(".", ",") if self.lang == "nl" else text

    def long_date(self, day: date) -> str:
        return f"{day.day} {_MONTHS[self.lang][day.month - 1]} {day.year}"

    def short_date(self, day: date) -> str:
        weekday = DAYS[self.lang][day.weekday()]
        return f"{weekday} {day:%d-%m-%Y}" if self.lang == "nl" else f"{weekday} {day:%Y-%m-%d}"

    def stamp(self, moment: datetime) -> str:
        return f"{self.short_date(moment.date())} {moment:%H:%M}"

    def or_dash(self, value: int | None) -> str:
        return str(value) if value is not None else self("none")


def build_report_content(
    store: HistoryStore,
    library: Library,
    *,
    start: date | None,
    end: date | None,
    language: str,
    today: date,
) -> ReportContent:
    """The report for ``start``..``end`` (inclusive local dates; None = from the first record / up to
    ``today``), ``today`` being the app's clock."""
    w = _Words(language)
    end = end or today
    weeks = load_weekly_stats(store, start=start, end=end)
    target = library.plan.weekly_target
    sessions = list(reversed(store.sessions(start, end)))  # oldest first, like the graph
    first = start or (weeks[0].first_date if weeks else end)
    with_weeks = bool(weeks and sessions)
    return ReportContent(
        language=w.lang,
        title=w("title"),
        period=w("period", start=w.long_date(first), end=w.long_date(end)),
        made=w("made", date=w.long_date(today)),
        intro=w("intro"),
        program=_program(w, library),
        summary=Section(
            w("summary"),
            lines=_summary_lines(w, summarize(weeks, min(today, end), target=target), weeks)
            if sessions
            else (),
            empty=None if sessions else Line(w("no_data")),
        ),
        graph=_graph(w, weeks, target) if with_weeks else None,
        weeks=_weeks(w, weeks, target) if with_weeks else None,
        activity=_activity(w, library, weeks, store.activities(start, end)),
        sessions=_sessions(w, store, library, sessions, start=start, end=end) if with_weeks else None,
        hurts=_hurts(w, store, library, start, end),
        changes=_changes(w, store, library, start, end),
        continued=w("continued"),
        page_words=_WORDS["page"].get(w.lang),
    )


def _program(w: _Words, library: Library) -> Section:
    """The start program's floor exercises with their dose (all of week 1 when none is on the floor)."""
    plan = library.plan
    doses = [d for d in plan.week1 if library.exercise(d.exercise).group == "floor"] or list(plan.week1)
    rows = tuple(
        (library.exercise(d.exercise).name.get(w.lang), d.describe(library.exercise(d.exercise), w.lang))
        for d in doses
    )
    days = f"{plan.days_per_week.low}–{plan.days_per_week.high}"
    return Section(
        w("program"),
        intro=w("program_note", days=days),
        table=Table((w("exercise"), w("dose")), rows),
    )


def _summary_lines(w: _Words, summary: TrendSummary, weeks: Sequence[WeekStats]) -> tuple[Line, ...]:
    """The trend of pain before, whether it is a meaningful improvement, adherence, and the physio advice."""
    lines: list[Line] = []
    if summary.baseline is None or summary.current is None or summary.change_points is None:
        lines.append(Line(w("too_little")))
    else:
        percent = (
            f" ({w.num(summary.change_percent, 0, sign=True)} %)"
            if summary.change_percent is not None
            else ""
        )
        lines.append(
            Line(
                w(
                    "trend",
                    baseline=w.num(summary.baseline),
                    current=w.num(summary.current),
                    points=w.num(summary.change_points, sign=True),
                    percent=percent,
                )
            )
        )
        answer = w("yes") if summary.meaningful_improvement else w("no")
        meaningful = w(
            "meaningful",
            min_points=f"{MEANINGFUL_POINTS:g}",
            min_percent=f"{MEANINGFUL_FRACTION * 100:g}",
            answer=answer,
        )
        lines.append(Line(meaningful, "good" if summary.meaningful_improvement else "normal"))
    low, high = summary.target
    verdict = w("on_target") if summary.on_target else w("below_target")
    per_week = w.num(summary.sessions_per_week)
    sessions = summary.sessions_last_4_weeks
    lines.append(
        Line(w("adherence", sessions=sessions, per_week=per_week, low=low, high=high, verdict=verdict))
    )
    lines.append(Line(w("weeks_logged", weeks=summary.weeks_logged, total=len(weeks)), "muted"))
    if summary.suggest_physio:
        lines.append(Line(w("physio", weeks=summary.span_weeks), "warning"))
    return tuple(lines)


def _graph(w: _Words, weeks: Sequence[WeekStats], target: tuple[int, int]) -> Graph:
    multi_year = len({wk.iso_year for wk in weeks}) > 1
    low, high = target
    return Graph(
        heading=w("graph"),
        legend_before=w("legend_before"),
        legend_band=w("legend_band"),
        legend_after=w("legend_after"),
        pain_axis=w("pain_axis"),
        caption=f"{w('legend_sessions')}  ·  {w('legend_target', low=low, high=high)}",
        week_labels=tuple(wk.label if multi_year else f"W{wk.iso_week:02d}" for wk in weeks),
        weeks=tuple(weeks),
        target=(low, high),
    )


def _weeks(w: _Words, weeks: Sequence[WeekStats], target: tuple[int, int]) -> Section:
    """Sessions against the target and pain before (mean, lowest–highest) and after, week by week."""
    low = target[0]
    rows = []
    for wk in weeks:
        spread = (
            f"{w.num(wk.pain_before_mean)} ({wk.pain_before_min}–{wk.pain_before_max})"
            if wk.pain_before_mean is not None
            else w("none")
        )
        rows.append(
            (
                wk.label,
                w.short_date(wk.first_date),
                str(wk.sessions),
                "✓" if wk.sessions >= low else "",
                spread,
                w.num(wk.pain_after_mean),
                str(wk.hurt_events) if wk.hurt_events else "",
            )
        )
    keys = ("week", "from_date", "sessions_col", "target_col", "before_col", "after_col", "hurts_col")
    return Section(w("weeks_title"), table=Table(tuple(w(key) for key in keys), tuple(rows)))


def _activity(
    w: _Words, library: Library, weeks: Sequence[WeekStats], activities: Sequence[Activity]
) -> Section:
    """Walking / cycling per ISO week against the program's target (e.g. 3× a week 20–30 min)."""
    target = library.plan.activity or DEFAULT_TARGET
    kinds = f" {w('or')} ".join(w(f"kind_{kind}") for kind in target.kinds)
    intro = w(
        "activity_target",
        times=target.times_per_week,
        minutes=target.minutes,
        kinds=kinds,
        low=target.minutes.low,
    )
    if not activities or not weeks:
        return Section(w("activity_title"), intro=intro, empty=Line(w("no_activity"), "muted"))
    summaries = summarize_activity_weeks(activities, [wk.first_date for wk in weeks], target)
    reached = sum(1 for summary in summaries if summary.goal_reached)
    mean = sum(summary.total_minutes for summary in summaries) / len(summaries)
    result = w("activity_result", reached=reached, weeks=len(summaries), mean=w.num(mean, 0))
    with_other = any(summary.other_minutes for summary in summaries)
    rows = []
    for wk, summary in zip(weeks, summaries, strict=True):
        row = [wk.label, w.short_date(wk.first_date)]
        row += [str(minutes) if minutes else "" for minutes in summary.minutes_per_day]
        row += [str(summary.total_minutes), str(summary.active_days), "✓" if summary.goal_reached else ""]
        if with_other:
            row.append(str(summary.other_minutes) if summary.other_minutes else "")
        rows.append(tuple(row))
    headings = [w("week"), w("from_date"), *DAYS[w.lang], w("minutes_col")]
    headings += [w("active_col", low=target.minutes.low, times=target.times_per_week), w("target_col")]
    if with_other:
        headings.append(w("other_col"))
    table = Table(tuple(headings), tuple(rows))
    return Section(w("activity_title"), intro=intro, lines=(Line(result),), table=table)


def _sessions(
    w: _Words,
    store: HistoryStore,
    library: Library,
    sessions: Sequence[SessionRecord],
    *,
    start: date | None,
    end: date,
) -> Section:
    """Every session, oldest first: when, exercises and sets done, pain before → after, rating, note (with
    the variants sets were done in, e.g. the easier one after "this hurts")."""
    sets_end = end + timedelta(days=1)  # a session at 23:30 may finish its sets after midnight
    per_session: dict[str, list[str]] = defaultdict(list)
    variants: dict[str, dict[str, None]] = defaultdict(dict)  # ordered, each once
    for s in store.sets_between(start, sets_end):
        per_session[s.session_id].append(s.exercise)
        if s.variant is not None:
            what = exercise_done_text(library.exercises.get(s.exercise), s.exercise, s.variant, w.lang)
            variants[s.session_id][what] = None
    rows = []
    for s in sessions:
        done = per_session.get(s.id, [])
        note = s.note if len(s.note) <= MAX_NOTE_CHARS else s.note[: MAX_NOTE_CHARS - 1] + "…"
        if variants.get(s.id):
            done_as = w("done_as", what="; ".join(variants[s.id]))
            note = f"{done_as} · {note}" if note else done_as
        rows.append(
            (
                w.stamp(s.started_at),
                f"{len(set(done))} / {len(done)}",
                f"{w.or_dash(s.pain_before)} → {w.or_dash(s.pain_after)}",
                w(s.rating) if s.rating else w("none"),
                w(s.status),
                note,
            )
        )
    keys = ("date", "ex_sets", "pain", "rating", "status", "note")
    return Section(w("sessions_title"), table=Table(tuple(w(key) for key in keys), tuple(rows)))


def _hurts(w: _Words, store: HistoryStore, library: Library, start: date | None, end: date) -> Section:
    hurts = store.hurt_events(start, end)
    if not hurts:
        return Section(w("hurts_title"), empty=Line(w("no_hurts"), "muted"))
    rows = tuple(
        (
            w.stamp(h.at),
            _exercise_name(w, library, h.exercise) if h.session_id or h.exercise else w("outside_session"),
            h.note,
        )
        for h in hurts
    )
    return Section(w("hurts_title"), table=Table((w("date"), w("exercise"), w("note")), rows))


def _changes(w: _Words, store: HistoryStore, library: Library, start: date | None, end: date) -> Section:
    """Plan changes in words: what changed, from what to what, and why."""
    changes = store.plan_changes(start, end)
    if not changes:
        return Section(w("changes_title"), empty=Line(w("no_changes"), "muted"))
    rows = []
    for c in changes:
        exercise = library.exercises.get(c.exercise)
        what = change_word(c.change, w.lang)
        if c.from_value is not None or c.to_value is not None:
            before = value_words(c.from_value, c.change, exercise, w.lang)
            after = value_words(c.to_value, c.change, exercise, w.lang)
            what += f": {before} → {after}"
        name = exercise_words(c.exercise, library.exercises, w.lang)
        rows.append((w.stamp(c.at), name, what, reason_word(c.reason, w.lang)))
    headings = (w("date"), w("exercise"), w("change"), w("reason"))
    return Section(w("changes_title"), table=Table(headings, tuple(rows)))


def _exercise_name(w: _Words, library: Library, exercise_id: str | None) -> str:
    if exercise_id is None:
        return w("none")
    exercise = library.exercises.get(exercise_id)
    return exercise.name.get(w.lang) if exercise is not None else exercise_id


__all__ = ["DAYS", "Graph", "Line", "ReportContent", "Section", "Table", "Tone", "build_report_content"]
