"""How RugTimer decides: every rule the app applies, with its numbers, and where each comes from.

The numbers are read from the constants the rules use (``program/coach.py``, ``history/trends.py``,
``plan.toml``), so Help can never say something other than what the app does. Each rule is marked: taken
from the source article, from the literature (with the reference), or RugTimer's own choice where the source
leaves it open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from rugtimer.app.trend_words import MEANINGFUL_SOURCE
from rugtimer.history.trends import (
    ADHERENCE_WEEKS,
    MEANINGFUL_FRACTION,
    MEANINGFUL_POINTS,
    PHYSIO_AFTER_WEEKS,
)
from rugtimer.model.words import Phrase, translate
from rugtimer.program.coach import (
    AFTER_PAIN_WINDOW,
    CONTINUOUS_STEP_S,
    NEXT_DAY_CHECK_DAYS,
    REPS_STEP,
    REVERT_WITHIN_DAYS,
    TIMED_STEP_S,
)
from rugtimer.program.library import Library

Origin = Literal["source", "literature", "rugtimer"]

ORIGIN_WORDS: Final[dict[Origin, Phrase]] = {
    "source": translate("Decisions", "From the exercise program"),
    "literature": translate("Decisions", "From the literature"),
    "rugtimer": translate("Decisions", "RugTimer's own choice"),
}


@dataclass(frozen=True, slots=True)
class Decision:
    """One rule in words, and where it comes from."""

    id: str
    title: str
    text: str
    origin: Origin

    def origin_words(self, language: str) -> str:
        return ORIGIN_WORDS[self.origin].get(language)


def decisions(library: Library, language: str) -> list[Decision]:
    """The app's rules in the order a person meets them."""
    low, high = library.plan.weekly_target
    hours = int(AFTER_PAIN_WINDOW.total_seconds() // 3600)

    def rule(key: str, origin: Origin, title: Phrase, text: Phrase, **values: object) -> Decision:
        return Decision(key, title.get(language), text.get(language).format(**values), origin)

    return [
        rule(
            "days",
            "source",
            translate("Decisions", "Days, not sessions"),
            translate(
                "Decisions",
                "The program asks for {low} to {high} days a week. A day counts when at least one set was completed that day; three sessions on one day are one day, and a session in which no set was completed does not count.",
            ),
            low=low,
            high=high,
        ),
        rule(
            "good_week",
            "rugtimer",
            translate("Decisions", "A good week"),
            translate(
                "Decisions",
                "Exercises on at least {low} days, no back that stayed worse for more than {hours} hours, no “this hurts” and no session rated too hard. Only after such a week does RugTimer suggest a step up.",
            ),
            low=low,
            hours=hours,
        ),
        rule(
            "one_step",
            "source",
            translate("Decisions", "One change a week"),
            translate(
                "Decisions",
                "Build up slowly: at most one change a week, for one exercise, and only when you agree.",
            ),
        ),
        rule(
            "step_size",
            "rugtimer",
            translate("Decisions", "How big a step is"),
            translate(
                "Decisions",
                "{reps} repetitions more, {timed} seconds longer for a hold, {continuous} seconds longer for a continuous exercise, or the next harder variant, always within the range the exercise card gives.",
            ),
            reps=REPS_STEP,
            timed=TIMED_STEP_S,
            continuous=CONTINUOUS_STEP_S,
        ),
        rule(
            "after_pain",
            "source",
            translate("Decisions", "The day after"),
            translate(
                "Decisions",
                "Stiffness that is gone within a day is fine. Worse for more than {hours} hours: one step back. RugTimer asks about your newest session once {hours} hours have passed since it ended, and not about sessions older than {days} days.",
            ),
            hours=hours,
            days=NEXT_DAY_CHECK_DAYS,
        ),
        rule(
            "step_back",
            "rugtimer",
            translate("Decisions", "Which step back"),
            translate(
                "Decisions",
                "If the last step up was less than {days} days ago, that step is undone. Otherwise the last exercise in your program that can go lighter goes one step lighter.",
            ),
            days=REVERT_WITHIN_DAYS,
        ),
        rule(
            "this_hurts",
            "source",
            translate("Decisions", "“This hurts”"),
            translate(
                "Decisions",
                "Sharp pain during an exercise: stop that exercise, or go on with its easier variant. RugTimer then offers to make that exercise lighter next time.",
            ),
        ),
        rule(
            "meaningful",
            "literature",
            translate("Decisions", "A meaningful change in pain"),
            translate(
                "Decisions",
                "Your pain before exercising counts as clearly better when it is at least {points} points or {percent} % lower than in your first weeks ({source}). RugTimer compares the mean of your first two weeks with ratings with that of your last two.",
            ),
            points=f"{MEANINGFUL_POINTS:g}",
            percent=f"{MEANINGFUL_FRACTION * 100:g}",
            source=MEANINGFUL_SOURCE,
        ),
        rule(
            "adherence",
            "rugtimer",
            translate("Decisions", "On target"),
            translate(
                "Decisions",
                "Progress and the report count your days with exercises over the last {weeks} weeks; on average {low} a week or more is on target.",
            ),
            weeks=ADHERENCE_WEEKS,
            low=low,
        ),
        rule(
            "physio",
            "source",
            translate("Decisions", "When to see a physiotherapist"),
            translate(
                "Decisions",
                "The program advises a physiotherapist when complaints last longer than 6 to 8 weeks. RugTimer suggests it once you have rated your pain for {weeks} weeks without a meaningful improvement.",
            ),
            weeks=PHYSIO_AFTER_WEEKS,
        ),
        rule(
            "tempo",
            "rugtimer",
            translate("Decisions", "Tempos the program leaves open"),
            translate(
                "Decisions",
                "The program gives the {bridge} its tempo of {bridge_tempo} seconds. For the {bird_dog} it only says to hold for {bird_hold} seconds, and for the {squat} it gives none: RugTimer counts {bird_tempo} and {squat_tempo} seconds. “Small movements” on the chair means a few millimetres.",
            ),
            bridge=_name(library, "glute_bridge", language),
            bridge_tempo=_tempo(library, "glute_bridge"),
            bird_dog=_name(library, "bird_dog", language),
            bird_hold=_tempo(library, "bird_dog").split("-")[1],
            bird_tempo=_tempo(library, "bird_dog"),
            squat=_name(library, "ball_wall_squat", language),
            squat_tempo=_tempo(library, "ball_wall_squat"),
        ),
    ]


def _name(library: Library, exercise_id: str, language: str) -> str:
    exercise = library.exercises.get(exercise_id)
    return exercise.name.get(language) if exercise is not None else exercise_id


def _tempo(library: Library, exercise_id: str) -> str:
    """ "2-2-2": seconds per phase in the order they are done."""
    exercise = library.exercises.get(exercise_id)
    tempo = exercise.tempo if exercise is not None else None
    return "-".join(str(seconds) for _phase, seconds in tempo.phases()) if tempo else "–"


__all__ = ["ORIGIN_WORDS", "Decision", "Origin", "decisions"]
