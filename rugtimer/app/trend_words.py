"""The trend in words, for Progress and the report alike: one set of sentences, in the one catalogue.

Written so they read well to the person on Progress and to a physiotherapist in the report: plain, about
"the first weeks" and "the last weeks", never guessing. The numbers and the rules behind them come from
``history/trends.py`` (meaningful change, adherence in exercise days, when to suggest a physiotherapist).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from rugtimer.history.trends import (
    ADHERENCE_WEEKS,
    MEANINGFUL_FRACTION,
    MEANINGFUL_POINTS,
    TrendSummary,
)
from rugtimer.model.weeks import week_label
from rugtimer.model.words import number, translate

Tone = Literal["normal", "muted", "good", "warning"]

MEANINGFUL_SOURCE: Final = "Ostelo et al. 2008"  # a name and a year: the same in every language


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A short heading and what it says; the tone tells a view how much it should stand out."""

    heading: str
    text: str
    tone: Tone = "normal"


def trend_paragraphs(summary: TrendSummary, language: str) -> list[Paragraph]:
    """Pain before exercising, the exercise days, walking and cycling (when logged) and, when the pain has
    not improved for weeks, the suggestion to see a physiotherapist."""
    paragraphs = [
        Paragraph(
            translate("TrendWords", "Pain before exercising").get(language),
            pain_words(summary, language),
            "good" if summary.meaningful_improvement else "normal",
        ),
        Paragraph(
            translate("TrendWords", "Days with exercises").get(language), days_words(summary, language)
        ),
    ]
    if summary.activity_minutes_last_4_weeks:
        text = translate("TrendWords", "{minutes} minutes in the last {weeks} weeks.").get(language)
        paragraphs.append(
            Paragraph(
                translate("TrendWords", "Walking and cycling").get(language),
                text.format(minutes=summary.activity_minutes_last_4_weeks, weeks=ADHERENCE_WEEKS),
            )
        )
    if summary.suggest_physio:
        text = translate(
            "TrendWords",
            "Pain has been rated for {weeks} weeks without a clear improvement. When complaints last longer than 6 to 8 weeks, it is worth seeing a physiotherapist, who can check the exercises and adjust the plan.",
        ).get(language)
        paragraphs.append(
            Paragraph(
                translate("TrendWords", "A suggestion").get(language),
                text.format(weeks=summary.span_weeks),
                "warning",
            )
        )
    return paragraphs


def pain_words(summary: TrendSummary, language: str) -> str:
    """The change in pain before exercising since the start, and whether it is a meaningful improvement."""
    if summary.weeks_logged == 0:
        return translate(
            "TrendWords", "No pain ratings yet. Rate the pain before a session, and the trend appears here."
        ).get(language)
    if summary.baseline is None or summary.current is None or summary.change_points is None:
        return translate(
            "TrendWords", "Pain ratings in one week so far. The change shows from the second week on."
        ).get(language)
    values = {
        "baseline": number(summary.baseline, 1, language),
        "current": number(summary.current, 1, language),
        "points": number(abs(summary.change_points), 1, language),
        "percent": number(abs(summary.change_percent or 0.0), 0, language),
        "min_points": number(MEANINGFUL_POINTS, 0, language),
        "min_percent": number(MEANINGFUL_FRACTION * 100, 0, language),
        "source": MEANINGFUL_SOURCE,
    }
    change = summary.change_points
    if abs(change) < 0.05:
        headline = translate("TrendWords", "The same as at the start.")
    elif change < 0:
        headline = translate("TrendWords", "{points} points lower than at the start ({percent} % less).")
    elif summary.change_percent is None:
        headline = translate("TrendWords", "{points} points higher than at the start.")
    else:
        headline = translate("TrendWords", "{points} points higher than at the start ({percent} % more).")
    if summary.first_rated_week is not None:  # "the start" named, so no one reads it as the graph's range
        values["week"] = week_label(summary.first_rated_week, language, with_year=True)
    if summary.window_weeks >= 2:
        basis = translate(
            "TrendWords",
            "Weekly mean {baseline} in the first two weeks with ratings (from week {week}), {current} in the last two.",
        )
    else:
        basis = translate(
            "TrendWords",
            "Weekly mean {baseline} in the first week with ratings (week {week}), {current} in the last.",
        )
    if summary.meaningful_improvement:
        verdict = translate(
            "TrendWords",
            "That is a meaningful improvement for low back pain (at least {min_points} points or {min_percent} % less; {source}).",
        )
    elif change < 0:
        verdict = translate(
            "TrendWords",
            "Less pain, but not yet a meaningful change for low back pain ({min_points} points or {min_percent} % less; {source}).",
        )
    else:
        verdict = translate(
            "TrendWords",
            "A meaningful improvement for low back pain is {min_points} points or {min_percent} % less ({source}).",
        )
    return " ".join(words.get(language).format(**values) for words in (headline, basis, verdict))


def days_words(summary: TrendSummary, language: str) -> str:
    """Exercise days in the last four weeks against the plan's days a week."""
    low, high = summary.target
    text = translate(
        "TrendWords",
        "Exercises on {count} days in the last {weeks} weeks: {per_week} a week. The program asks for {low} to {high} days a week.",
    ).get(language)
    sentence = text.format(
        count=summary.days_last_4_weeks,
        weeks=ADHERENCE_WEEKS,
        per_week=number(summary.days_per_week, 1, language),
        low=low,
        high=high,
    )
    if summary.on_target:
        verdict = translate("TrendWords", "On target.")
    else:
        verdict = translate(
            "TrendWords",
            "Below the target for now. Regularity matters more than effort: a short session counts too.",
        )
    return f"{sentence} {verdict.get(language)}"


__all__ = ["MEANINGFUL_SOURCE", "Paragraph", "Tone", "days_words", "pain_words", "trend_paragraphs"]
