"""What the physiotherapist's report says, as plain data: every word, number, date and table row, no Qt.

The renderer (``ui/report_render.py``) only lays this out and draws it, so the report's text is made in one
place, in Dutch or English, and can be tested without a window or a PDF. Plan changes in words come from
``program/change_words.py``, the trend numbers from ``history/trends.py``.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from rugtimer.app import psk_words
from rugtimer.app.coaching import parse_version
from rugtimer.app.plan_summary import PlanSummary, plan_summary
from rugtimer.app.trend_words import MEANINGFUL_SOURCE, Tone, trend_paragraphs
from rugtimer.history.store import HistoryStore
from rugtimer.history.trends import TrendSummary, WeekStats, load_weekly_stats, summarize
from rugtimer.model.records import Activity, HurtEvent, PlanChange, SessionRecord
from rugtimer.model.words import Phrase, number, translate
from rugtimer.program.activity_week import DEFAULT_TARGET, summarize_activity_weeks
from rugtimer.program.advice import Advice, load_advice
from rugtimer.program.change_words import change_word, exercise_words, reason_word, value_words
from rugtimer.program.library import Library
from rugtimer.program.program import Program
from rugtimer.program.program_text import exercise_done_text, program_rows
from rugtimer.program.validation import ProgramError
from rugtimer.settings import Settings

MAX_NOTE_CHARS: Final = 600  # a note longer than this is cut with "…" so one row never outgrows a page

_WORDS: Final[Mapping[str, Phrase]] = {
    "title": translate("ReportContent", "RugTimer — exercise report"),
    "period": translate("ReportContent", "Period: {start} – {end}"),
    "made": translate("ReportContent", "Made on {date}"),
    "intro": translate(
        "ReportContent",
        "Home exercise program for low back pain. Pain on the 0–10 scale (0 = no pain, 10 = worst imaginable pain), rated by the person before and after each session. Adherence counts days with at least one completed set, as the program's 3–4 days a week do.",
    ),
    "program": translate("ReportContent", "Current program"),
    "exercise": translate("ReportContent", "Exercise"),
    "dose": translate("ReportContent", "Dose"),
    "plan_week": translate("ReportContent", "Week {week} of the plan, which began on {start}."),
    "days_rest": translate("ReportContent", "{days} days a week, rest between sets {rest} s."),
    "not_chosen": translate("ReportContent", "Not chosen yet: this is the start plan."),
    "in_use_since": translate("ReportContent", "In use since {date}."),
    "changes_line": translate(
        "ReportContent", "Plan changes in this period: {count}; the latest on {date}: {what}."
    ),
    "hurts_line": translate("ReportContent", "“This hurts” in this period: {count} times ({what})."),
    "legend_days": translate("ReportContent", "Days with exercises per week"),
    "legend_target": translate("ReportContent", "Target {low}–{high} days a week"),
    "days_col": translate("ReportContent", "Days"),
    "sources_title": translate("ReportContent", "Sources"),
    "sources_intro": translate(
        "ReportContent",
        "The exercises, the doses and the 24-hour rule follow the literature below. A meaningful change in pain (2 points or 30 %) is taken from {source}. How many steps, and how big, are RugTimer's own choices; Help lists them.",
    ),
    "summary": translate("ReportContent", "Summary"),
    "no_data": translate(
        "ReportContent",
        "No sessions have been recorded in this period yet. Once exercises are done, this report shows the days with exercises per week, the pain course and the sessions.",
    ),
    "graph": translate("ReportContent", "Pain per week"),
    "legend_before": translate("ReportContent", "Pain before (mean)"),
    "legend_band": translate("ReportContent", "Pain before (lowest–highest)"),
    "legend_after": translate("ReportContent", "Pain after (mean)"),
    "pain_axis": translate("ReportContent", "Pain (0–10)"),
    "weeks_title": translate("ReportContent", "Days with exercises and pain per week"),
    "week": translate("ReportContent", "Week"),
    "from_date": translate("ReportContent", "From"),
    "sessions_col": translate("ReportContent", "Sessions"),
    "target_col": translate("ReportContent", "Target"),
    "before_col": translate("ReportContent", "Before mean (min–max)"),
    "after_col": translate("ReportContent", "After mean"),
    "hurts_col": translate("ReportContent", "Hurt reports"),
    "sessions_title": translate("ReportContent", "Sessions"),
    "date": translate("ReportContent", "Date"),
    "ex_sets": translate("ReportContent", "Ex. / sets"),
    "pain": translate("ReportContent", "Pain before → after"),
    "rating": translate("ReportContent", "Rating"),
    "status": translate("ReportContent", "Status"),
    "note": translate("ReportContent", "Note"),
    "done_as": translate("ReportContent", "Done as: {what}"),
    "hurts_title": translate("ReportContent", "“This hurts” reports"),
    "no_hurts": translate("ReportContent", "No “this hurts” reports in this period."),
    "changes_title": translate("ReportContent", "Changes to the program"),
    "no_changes": translate("ReportContent", "No changes to the program in this period."),
    "change": translate("ReportContent", "Change"),
    "reason": translate("ReportContent", "Reason"),
    "page": translate("ReportContent", "page {page} of {pages}"),
    "continued": translate("ReportContent", "(continued)"),
    "none": translate("ReportContent", "—"),
    "outside_session": translate("ReportContent", "outside a session"),
    "too_easy": translate("ReportContent", "too easy"),
    "good": translate("ReportContent", "good"),
    "too_hard": translate("ReportContent", "too hard"),
    "completed": translate("ReportContent", "completed"),
    "stopped": translate("ReportContent", "stopped"),
    "interrupted": translate("ReportContent", "interrupted"),
    "running": translate("ReportContent", "running"),
    "activity_title": translate("ReportContent", "Walking and cycling per week"),
    "activity_target": translate(
        "ReportContent",
        "Target from the program: {times}× a week {minutes} minutes of {kinds} at an easy pace. A day counts when that day's minutes add up to at least {low}. Logged by the person.",
    ),
    "activity_result": translate(
        "ReportContent", "Target reached in {reached} of {weeks} weeks; on average {mean} minutes a week."
    ),
    "no_activity": translate("ReportContent", "No walking or cycling minutes were logged in this period."),
    "minutes_col": translate("ReportContent", "Min."),
    "active_col": translate("ReportContent", "Days ≥ {low} min (target {times})"),
    "other_col": translate("ReportContent", "Other (min)"),
    "or": translate("ReportContent", "or"),
    "kind_walking": translate("ReportContent", "walking"),
    "kind_cycling": translate("ReportContent", "cycling"),
    "kind_other": translate("ReportContent", "something else"),
}


_MONTHS: Final = (
    translate("Calendar", "January"), translate("Calendar", "February"), translate("Calendar", "March"),
    translate("Calendar", "April"), translate("Calendar", "May"), translate("Calendar", "June"),
    translate("Calendar", "July"), translate("Calendar", "August"), translate("Calendar", "September"),
    translate("Calendar", "October"), translate("Calendar", "November"), translate("Calendar", "December"),
)  # fmt: skip
DAYS: Final = (
    translate("Calendar", "Mon"), translate("Calendar", "Tue"), translate("Calendar", "Wed"),
    translate("Calendar", "Thu"), translate("Calendar", "Fri"), translate("Calendar", "Sat"),
    translate("Calendar", "Sun"),
)  # fmt: skip


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
    alarm: Section
    sources: Section
    continued: str  # after a table's heading on the next page
    page_words: str  # "pagina {page} van {pages}"
    psk: Section | None = None  # "What you want to do again", page 1 beside pain; None: never chosen

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
        return self("none") if value is None else number(value, digits, self.lang, sign=sign)

    def long_date(self, day: date) -> str:
        return f"{day.day} {_MONTHS[day.month - 1].get(self.lang)} {day.year}"

    def short_date(self, day: date) -> str:
        weekday = DAYS[day.weekday()].get(self.lang)
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
    rest_seconds: int = Settings().rest_seconds,
    advice: Advice | None = None,
) -> ReportContent:
    """The report for ``start``..``end`` (inclusive local dates; None = from the first record / up to
    ``today``), ``today`` being the app's clock and ``rest_seconds`` the person's rest setting.

    Page 1 answers "what does the person do now, and how is it going": the program in use (the same
    ``PlanSummary`` ``rugtimer plan`` prints), the trend in words with its source (the same sentences as
    Progress), plan changes and "this hurts" in a line each, the graph, and the alarm signals."""
    w = _Words(language)
    end = end or today
    weeks = load_weekly_stats(store, start=start, end=end)
    target = library.plan.weekly_target
    sessions = list(reversed(store.sessions(start, end)))  # oldest first, like the graph
    first = start or (weeks[0].first_date if weeks else end)
    with_weeks = bool(weeks and sessions)
    versions = _versions(store, library)
    changes = store.plan_changes(start, end)
    hurts = [(h, _hurt_what(w, library, versions, h)) for h in store.hurt_events(start, end)]
    summary = plan_summary(store, library, today, rest_seconds=rest_seconds)
    advice = advice or load_advice()
    return ReportContent(
        language=w.lang,
        title=w("title"),
        period=w("period", start=w.long_date(first), end=w.long_date(end)),
        made=w("made", date=w.long_date(today)),
        intro=w("intro"),
        program=_program(w, library, summary),
        summary=Section(
            w("summary"),
            lines=(
                *_summary_lines(w, summarize(weeks, min(today, end), target=target)),
                *_events_lines(w, library, changes, hurts),
                *_psk_line(w, store, start, end),
            )
            if sessions
            else (),
            empty=None if sessions else Line(w("no_data")),
        ),
        graph=_graph(w, weeks, target) if with_weeks else None,
        weeks=_weeks(w, weeks, target) if with_weeks else None,
        activity=_activity(w, library, weeks, store.activities(start, end)),
        sessions=_sessions(w, store, library, sessions, start=start, end=end) if with_weeks else None,
        hurts=_hurts(w, hurts),
        changes=_changes(w, library, changes),
        alarm=_alarm(advice, w.lang),
        sources=_sources(w, library),
        continued=w("continued"),
        page_words=_WORDS["page"].get(w.lang),
        psk=_psk(w, store, start, end),
    )


def _psk_line(w: _Words, store: HistoryStore, start: date | None, end: date) -> tuple[Line, ...]:
    """The PSK's course in one line of the summary, right beside the pain's (none when never chosen)."""
    if not psk_words.ever_chosen(store):
        return ()
    summary = psk_words.load_psk_summary(store, start, end)
    return (Line(f"{psk_words.words('heading', w.lang)}: {psk_words.change_sentence(summary, w.lang)}"),)


def _psk(w: _Words, store: HistoryStore, start: date | None, end: date) -> Section | None:
    """The PSK beside the pain (the guideline reads it first after the pain line): the scale, the mean's
    course without a verdict, and each activity's first and latest score. None when never chosen."""
    if not psk_words.ever_chosen(store):
        return None
    summary = psk_words.load_psk_summary(store, start, end)
    headings, rows = psk_words.table(summary, w.lang)
    intro = f"{psk_words.words('scale', w.lang)} {psk_words.words('no_verdict', w.lang)}"
    heading = psk_words.words("heading", w.lang)
    if not rows:
        return Section(heading, intro=intro, empty=Line(psk_words.words("none", w.lang)))
    return Section(
        heading,
        intro=intro,
        lines=(Line(psk_words.change_sentence(summary, w.lang)),),
        table=Table(headings, rows),
    )


def _program(w: _Words, library: Library, summary: PlanSummary) -> Section:
    """The program in use: plan week, since when, days a week, rest, and every exercise with its dose and
    variant, exactly as ``rugtimer plan`` lists them."""
    plan = library.plan
    facts = [
        w("days_rest", days=f"{plan.days_per_week.low}–{plan.days_per_week.high}", rest=summary.rest_seconds)
    ]
    if summary.plan_start is not None:
        facts.insert(0, w("plan_week", week=summary.plan_week, start=w.long_date(summary.plan_start)))
    if not summary.chosen:
        facts.append(w("not_chosen"))
    elif summary.since is not None:
        facts.append(w("in_use_since", date=w.long_date(summary.since)))
    rows = tuple(
        (name, dose) for _group, _label, name, dose in program_rows(summary.program, library, w.lang)
    )
    return Section(w("program"), intro=" ".join(facts), table=Table((w("exercise"), w("dose")), rows))


def _summary_lines(w: _Words, summary: TrendSummary) -> tuple[Line, ...]:
    """The trend in words, the same sentences Progress shows (``app/trend_words.py``)."""
    return tuple(Line(f"{p.heading}: {p.text}", p.tone) for p in trend_paragraphs(summary, w.lang))


def _events_lines(
    w: _Words, library: Library, changes: Sequence[PlanChange], hurts: Sequence[tuple[HurtEvent, str]]
) -> tuple[Line, ...]:
    """Plan changes and "this hurts" in the period, one line each (the tables further on have every row)."""
    lines = []
    if changes:
        last = changes[-1]
        lines.append(
            Line(
                w(
                    "changes_line",
                    count=len(changes),
                    date=w.long_date(last.at.date()),
                    what=_change_words(w, library, last),
                )
            )
        )
    else:
        lines.append(Line(w("no_changes"), "muted"))
    if hurts:
        counts: dict[str, int] = defaultdict(int)
        for _hurt, name in hurts:
            counts[name] += 1
        what = "; ".join(f"{name} {count}×" for name, count in counts.items())
        lines.append(Line(w("hurts_line", count=len(hurts), what=what), "warning"))
    else:
        lines.append(Line(w("no_hurts"), "muted"))
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
        caption=f"{w('legend_days')}  ·  {w('legend_target', low=low, high=high)}",
        week_labels=tuple(wk.label if multi_year else f"W{wk.iso_week:02d}" for wk in weeks),
        weeks=tuple(weeks),
        target=(low, high),
    )


def _weeks(w: _Words, weeks: Sequence[WeekStats], target: tuple[int, int]) -> Section:
    """Exercise days against the target, sessions, and pain before (mean, lowest–highest) and after, week by week."""
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
                str(wk.exercise_days),
                str(wk.sessions),
                "✓" if wk.exercise_days >= low else "",
                spread,
                w.num(wk.pain_after_mean),
                str(wk.hurt_events) if wk.hurt_events else "",
            )
        )
    keys = (
        "week",
        "from_date",
        "days_col",
        "sessions_col",
        "target_col",
        "before_col",
        "after_col",
        "hurts_col",
    )
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
    headings = [w("week"), w("from_date"), *(day.get(w.lang) for day in DAYS), w("minutes_col")]
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


def _hurts(w: _Words, hurts: Sequence[tuple[HurtEvent, str]]) -> Section:
    """Every "this hurts", with the exercise and the variant it was done in."""
    if not hurts:
        return Section(w("hurts_title"), empty=Line(w("no_hurts"), "muted"))
    rows = tuple((w.stamp(h.at), name, h.note) for h, name in hurts)
    return Section(w("hurts_title"), table=Table((w("date"), w("exercise"), w("note")), rows))


def _hurt_what(
    w: _Words, library: Library, versions: Sequence[tuple[datetime, Program]], hurt: HurtEvent
) -> str:
    """The exercise and its variant at that moment ("Bruggetje · variant: Kleine brug")."""
    if hurt.exercise is None:
        return w("none") if hurt.session_id else w("outside_session")
    exercise = library.exercises.get(hurt.exercise)
    return exercise_done_text(exercise, hurt.exercise, _variant_at(versions, hurt.exercise, hurt.at), w.lang)


def _versions(store: HistoryStore, library: Library) -> list[tuple[datetime, Program]]:
    """Every readable program version, oldest first: which variant was in use when."""
    versions = []
    for record in store.programs():
        with contextlib.suppress(ProgramError):
            versions.append((record.at, parse_version(record, library)))
    return versions


def _variant_at(versions: Sequence[tuple[datetime, Program]], exercise_id: str, at: datetime) -> str | None:
    in_use = [program for saved, program in versions if saved <= at]
    if not in_use:
        return None
    dose = next((d for d in in_use[-1].doses if d.exercise == exercise_id), None)
    return dose.variant if dose is not None else None


def _changes(w: _Words, library: Library, changes: Sequence[PlanChange]) -> Section:
    """Plan changes in words: what changed, from what to what, and why."""
    if not changes:
        return Section(w("changes_title"), empty=Line(w("no_changes"), "muted"))
    rows = [
        (
            w.stamp(c.at),
            exercise_words(c.exercise, library.exercises, w.lang),
            _change_words(w, library, c, with_name=False),
            reason_word(c.reason, w.lang),
        )
        for c in changes
    ]
    headings = (w("date"), w("exercise"), w("change"), w("reason"))
    return Section(w("changes_title"), table=Table(headings, tuple(rows)))


def _change_words(w: _Words, library: Library, change: PlanChange, *, with_name: bool = True) -> str:
    """ "Bruggetje, herhalingen: 8 → 10"; without the name for the table, which has its own column."""
    exercise = library.exercises.get(change.exercise)
    what = change_word(change.change, w.lang)
    if change.from_value is not None or change.to_value is not None:
        before = value_words(change.from_value, change.change, exercise, w.lang)
        after = value_words(change.to_value, change.change, exercise, w.lang)
        what += f": {before} → {after}"
    if with_name and change.exercise != "program":
        what = f"{exercise_words(change.exercise, library.exercises, w.lang)}, {what}"
    return what


def _alarm(advice: Advice, language: str) -> Section:
    """The alarm signals: the one list the welcome, Help, "this hurts" and ``rugtimer plan`` show too."""
    alarm = advice.alarm
    return Section(
        alarm.heading.get(language),
        intro=alarm.intro.get(language),
        lines=(
            *(Line(f"• {sign.text.get(language)}", "warning") for sign in alarm.signs),
            Line(alarm.after_hours.get(language)),
        ),
    )


def _sources(w: _Words, library: Library) -> Section:
    """The literature behind the program and behind RugTimer's own rules (e.g. the meaningful change)."""
    lines = tuple(Line(text, "muted") for text in library.references.values())
    return Section(w("sources_title"), intro=w("sources_intro", source=MEANINGFUL_SOURCE), lines=lines)


__all__ = ["DAYS", "Graph", "Line", "ReportContent", "Section", "Table", "Tone", "build_report_content"]
