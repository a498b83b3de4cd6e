"""The PSK ("What you want to do again") in numbers and words, for Progress and the report. Qt-free.

Only shown, never judged: no source we could reach gives a meaningful change for the PSK (docs/psk.md), so
the change is said as a plain difference ("2.5 lower than in week 46; lower is easier"), never as "a
meaningful improvement"; and the coach does not read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from rugtimer.history.psk_store import PskStore
from rugtimer.history.store import HistoryStore
from rugtimer.model import psk
from rugtimer.model.psk import PskActivity, PskChange, PskWeek
from rugtimer.model.weeks import span_years, week_label
from rugtimer.model.words import Phrase, number, translate

_WORDS: Final[Mapping[str, Phrase]] = {
    "heading": translate("PskWords", "What you want to do again (PSK)"),
    "scale": translate(
        "PskWords",
        "The person's own activities, each scored weekly for the past week: 0 = no difficulty, 10 = impossible (Patient-Specific Complaints, PSK). The mean is that of the activities scored that week.",
    ),
    "no_verdict": translate(
        "PskWords",
        "No source gives a meaningful change for the PSK, so the change is shown without a verdict.",
    ),
    "activity": translate("PskWords", "Activity"),
    "first": translate("PskWords", "First (week {week})"),
    "latest": translate("PskWords", "Latest (week {week})"),
    "change": translate("PskWords", "Change"),
    "mean": translate("PskWords", "Mean"),
    "lower": translate(
        "PskWords",
        "Mean {first} in week {first_week}, {last} in week {last_week}: {diff} lower (lower is easier).",
    ),
    "higher": translate(
        "PskWords",
        "Mean {first} in week {first_week}, {last} in week {last_week}: {diff} higher (higher is harder).",
    ),
    "same": translate(
        "PskWords", "Mean {first} in week {first_week} and {last} in week {last_week}: the same."
    ),
    "one_week": translate(
        "PskWords", "Scored once so far (week {week}), mean {mean}; the change shows from the second week."
    ),
    "none": translate("PskWords", "No weekly scores in this period."),
    "dash": translate("PskWords", "—"),
}


def words(key: str, language: str, **values: object) -> str:
    text = _WORDS[key].get(language)
    return text.format(**values) if values else text


@dataclass(frozen=True)
class PskSummary:
    """The PSK weeks with a score in a period, the activities scored in them, and the change of the mean."""

    weeks: tuple[PskWeek, ...]
    activities: tuple[PskActivity, ...]
    change: PskChange | None


def ever_chosen(store: HistoryStore) -> bool:
    """Whether the person ever chose PSK activities (else Progress and the report say nothing about it)."""
    return bool(PskStore(store).activities())


def load_psk_summary(store: HistoryStore, start: date | None = None, end: date | None = None) -> PskSummary:
    table = PskStore(store)
    weeks = tuple(psk.weekly(table.scores(start, end)))
    scored = {activity_id for week in weeks for activity_id in week.scores}
    activities = tuple(
        sorted(
            (a for a in table.activities() if a.id in scored),
            key=lambda a: (a.ended_at is None, a.position, a.created_at),
        )
    )
    return PskSummary(weeks, activities, psk.change(list(weeks)))


def change_sentence(summary: PskSummary, language: str) -> str:
    """The mean's course in one sentence, without a verdict."""
    scored = [w for w in summary.weeks if w.mean is not None]
    if not scored:
        return words("none", language)
    found = summary.change
    if found is None:
        only = scored[-1]
        return words(
            "one_week",
            language,
            week=week_label(only.week, language, with_year=False),
            mean=number(only.mean or 0, 1, language),
        )
    diff = round(found.last, 1) - round(found.first, 1)  # the difference of the numbers shown
    key = "same" if abs(diff) < 0.05 else "lower" if diff < 0 else "higher"
    years = span_years(found.first_week, found.last_week)
    return words(
        key,
        language,
        first=number(found.first, 1, language),
        first_week=week_label(found.first_week, language, with_year=years),
        last=number(found.last, 1, language),
        last_week=week_label(found.last_week, language, with_year=years),
        diff=number(abs(diff), 1, language),
    )


def table(summary: PskSummary, language: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Headings and rows: each activity's first and latest score in the period and the difference, then the
    mean; an activity that was replaced keeps its own row with its own weeks."""
    scored = [w for w in summary.weeks if w.mean is not None]
    if not scored:
        return (), ()
    first_week, last_week = scored[0], scored[-1]
    years = span_years(first_week.week, last_week.week)
    headings = (
        words("activity", language),
        words("first", language, week=week_label(first_week.week, language, with_year=years)),
        words("latest", language, week=week_label(last_week.week, language, with_year=years)),
        words("change", language),
    )
    dash = words("dash", language)
    rows = []
    for activity in summary.activities:
        values = [
            (w.week, w.scores[activity.id]) for w in summary.weeks if w.scores.get(activity.id) is not None
        ]
        first = values[0][1] if values and values[0][0] == first_week.week else None
        latest = values[-1][1] if values and values[-1][0] == last_week.week else None
        rows.append(
            (
                activity.text,
                dash if first is None else str(first),
                dash if latest is None else str(latest),
                dash if first is None or latest is None else _signed(latest - first, language, 0),
            )
        )
    rows.append(
        (
            words("mean", language),
            number(first_week.mean or 0, 1, language),
            number(last_week.mean or 0, 1, language),
            _signed(round(last_week.mean or 0, 1) - round(first_week.mean or 0, 1), language, 1)
            if first_week is not last_week
            else dash,
        )
    )
    return headings, tuple(rows)


def _signed(value: float, language: str, digits: int) -> str:
    return "0" if abs(value) < 0.05 else number(value, digits, language, sign=True)
