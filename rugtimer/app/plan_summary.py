"""The program in use, as ``rugtimer plan`` prints it and the report's first page shows it: one answer to
"what does the person do now?", so the two can never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rugtimer.app.coaching import current_program, default_program
from rugtimer.history.store import HistoryStore
from rugtimer.program.advice import Advice, load_advice
from rugtimer.program.coach import plan_week
from rugtimer.program.library import Library
from rugtimer.program.program import Program
from rugtimer.program.program_text import program_lines


@dataclass(frozen=True)
class PlanSummary:
    """The program in use and where the person is in their plan."""

    program: Program
    chosen: bool  # False: nothing chosen yet, the start plan is shown
    plan_week: int
    plan_start: date | None
    since: date | None  # the day the version in use was saved
    rest_seconds: int  # the program's own rest, else the person's setting
    problem: str = ""  # why the newest saved version could not be used

    def lines(self, library: Library, language: str, advice: Advice | None = None) -> list[str]:
        """The text of ``rugtimer plan``: the program, then the alarm signals (the one list in
        ``advice.toml`` that the welcome, Help, "this hurts" and the report show too)."""
        alarm = (advice or load_advice()).alarm
        return [
            *program_lines(
                self.program,
                library,
                language,
                plan_week=self.plan_week,
                plan_start=self.plan_start,
                rest_seconds=self.rest_seconds,
                chosen=self.chosen,
            ),
            "",
            alarm.heading.get(language),
            alarm.intro.get(language),
            *(f"  - {sign.text.get(language)}" for sign in alarm.signs),
            alarm.after_hours.get(language),
        ]


def plan_summary(
    store: HistoryStore | None, library: Library, today: date, *, rest_seconds: int
) -> PlanSummary:
    """What the person does now (``store`` None: no history yet, so the start plan; raises HistoryError)."""
    if store is None:
        return PlanSummary(default_program(library), False, 1, None, None, rest_seconds)
    current = current_program(store, library)
    start = store.plan_start()
    program = current.program
    return PlanSummary(
        program=program,
        chosen=current.stored,
        plan_week=plan_week(start, today) if start else 1,
        plan_start=start,
        since=current.since.date() if current.since else None,
        rest_seconds=program.rest_seconds if program.rest_seconds is not None else rest_seconds,
        problem=current.problem,
    )


__all__ = ["PlanSummary", "plan_summary"]
