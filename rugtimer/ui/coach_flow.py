"""The coach in the app: when to ask what, and what to store. Holds the program in use.

The rules live in ``program.coach`` and the storing in ``coaching``; this class only orders the questions
(welcome → next-day check → this week's suggestion) and turns outcomes into words. Every dialog is opened
with ``open()`` and the next step runs from its ``finished`` signal, so the event loop (and the window) never
blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rugtimer.app import coaching
from rugtimer.app.problem_words import READ_ONLY, history_problem
from rugtimer.history.errors import HistoryError
from rugtimer.model.records import SessionRecord
from rugtimer.program.coach import (
    Suggestion,
    WeeklyOutcome,
    hurt_step_backs,
    monday_of,
    next_day_check_due,
    plan_week,
    weekly_suggestion,
)
from rugtimer.program.plan import Dose
from rugtimer.program.program import Program
from rugtimer.program.program_text import dose_text
from rugtimer.ui.coach_panel import CoachPanel
from rugtimer.ui.context import AppContext

Then = Callable[[], None]


class CoachFlow(QObject):
    """``program_changed`` after any change of the program; ``problem`` with a text for the banner;
    ``help_requested`` when the person wants to read more (the physiotherapist advice)."""

    program_changed = Signal()
    problem = Signal(str)
    help_requested = Signal()

    def __init__(self, context: AppContext, window: QWidget, panel: CoachPanel) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.panel = panel
        self.program: Program = coaching.default_program(context.library)
        self.stored = False
        self._notice = ""  # what to say about the stored program; said by ``announce()``
        self._weekly: WeeklyOutcome | None = None
        self._physio_weeks = 0
        panel.accepted.connect(lambda: self._answer_weekly(True))
        panel.declined.connect(lambda: self._answer_weekly(False))
        panel.more_requested.connect(self.help_requested)
        # The program is read now, so Today builds its cards once; the window calls ``announce()`` once it
        # listens to ``problem`` (a notice emitted here would be lost).
        self.reload(announce=False)

    # -- the program in use

    def reload(self, *, announce: bool = True) -> None:
        """Read the program from the history again (at start, after a restore or an import)."""
        try:
            current = coaching.current_program(self.context.store, self.context.library)
        except HistoryError as exc:
            self._notice = history_problem(exc, self.context.language)
        else:
            self.program, self.stored = current.program, current.stored
            self._notice = self._program_notice(current)
        if announce:
            self.announce()
            self.program_changed.emit()

    def announce(self) -> None:
        """Say (or clear) the notice about the stored program."""
        self.problem.emit(self._notice)

    def _program_notice(self, current: coaching.CurrentProgram) -> str:
        if not current.problem:
            return ""
        if current.stored:
            return self.tr(
                "Your newest saved program could not be read (%1). The version before it is used; "
                "your history is intact."
            ).replace("%1", current.problem)
        return self.tr(
            "Your saved program could not be read (%1). The start plan is used; your history is intact."
        ).replace("%1", current.problem)

    def doses(self) -> list[Dose]:
        return list(self.program.doses)

    def dose_for(self, exercise_id: str) -> Dose | None:
        return self.program.dose_for(exercise_id)

    def plan_week(self) -> int:
        try:
            start = self.context.store.plan_start()
        except HistoryError:
            return 1
        return plan_week(start, self._now().date()) if start else 1

    def rest_seconds(self) -> int:
        rest = self.program.rest_seconds
        return rest if rest is not None else self.context.settings.rest_seconds

    def _now(self) -> datetime:
        return self.context.now()

    # -- at start-up

    def on_start(self, then: Then | None = None) -> None:
        """First start: welcome and the choice of set. Then the next-day check, then this week's line."""
        if self.stored:
            self.check_next_day(lambda: self._finish_start(then))
            return
        from rugtimer.ui.dialogs.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self.context.language, self.window)
        dialog.finished.connect(lambda _result: self._chose_set(dialog.choice(), then))
        dialog.open()

    def _chose_set(self, choice: str, then: Then | None) -> None:
        try:
            self.program = coaching.choose_start(
                self.context.store, self.context.library, choice, self._now()
            )  # type: ignore[arg-type]
            self.stored = True
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
        self.program_changed.emit()
        self.check_next_day(lambda: self._finish_start(then))

    def _finish_start(self, then: Then | None) -> None:
        self.refresh_panel(with_trends=True)
        if then is not None:
            then()

    # -- the after-pain rule

    def check_next_day(self, then: Then) -> None:
        """Ask about the last session of an earlier day, if not asked yet; then run ``then``."""
        try:
            facts = coaching.coach_facts(
                self.context.store, self.context.library, self.program, self._now().date()
            )
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            then()
            return
        session = next_day_check_due(facts, self._now())
        if session is None:
            then()
            return
        from rugtimer.ui.dialogs.next_day_dialog import NextDayDialog

        dialog = NextDayDialog(session.started_at.date(), self.context.language, self.window)
        dialog.accepted.connect(
            lambda: self._next_day_answered(session, dialog.response(), dialog.pain(), then)
        )
        dialog.rejected.connect(then)
        dialog.open()

    def _next_day_answered(
        self, session: SessionRecord, response: str | None, pain: int | None, then: Then
    ) -> None:
        if response is None:
            then()
            return
        try:
            step = coaching.answer_next_day(
                self.context.store,
                self.context.library,
                self.program,
                session,
                response=response,
                pain=pain,
                now=self._now(),
            )
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            then()
            return
        if step is None:
            self.refresh_panel()
            then()
            return
        explanation = self.tr(
            "Your back was worse for more than a day after your last session. The rule: go one step back, and build up again from there when it settles."
        )
        self._ask(step, explanation, then)

    # -- "this hurts"

    def after_session(self, session_id: str, then: Then | None = None) -> None:
        """For each exercise that hurt in this session: offer to make it lighter next time (default yes)."""
        try:
            hurt = coaching.hurt_exercises(self.context.store, session_id)
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            hurt = []
        steps = hurt_step_backs(self.program, hurt, self.context.library.exercises)
        explanation = self.tr(
            "This exercise hurt today. Next time it starts lighter, unless you would rather keep it as it is."
        )

        def ask_next(remaining: list[Suggestion]) -> None:
            if not remaining:
                self.refresh_panel()
                if then is not None:
                    then()
                return
            first, rest = remaining[0], remaining[1:]
            # The program may have changed with the previous answer: build the step on the program in use.
            [current] = hurt_step_backs(self.program, [first.exercise], self.context.library.exercises) or [
                first
            ]
            self._ask(current, explanation, lambda: ask_next(rest))

        ask_next(steps)

    # -- this week's suggestion

    def refresh_panel(self, *, with_trends: bool = False) -> None:
        """Work out this week's line on Today (and, at start-up, whether to suggest a physiotherapist)."""
        store, library = self.context.store, self.context.library
        today = self._now().date()
        try:
            facts = coaching.coach_facts(store, library, self.program, today)
            self._weekly = weekly_suggestion(facts, library.exercises, library.plan.days_per_week)
            if with_trends:
                from rugtimer.history.trends import load_weekly_stats, summarize

                summary = summarize(
                    load_weekly_stats(store, end=today), today, target=library.plan.weekly_target
                )
                self._physio_weeks = summary.span_weeks if summary.suggest_physio else 0
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            self.panel.clear()
            return
        self._show_weekly(self._weekly, facts.plan_week, facts.answers)

    def weekly(self) -> WeeklyOutcome | None:
        return self._weekly

    def _show_weekly(self, outcome: WeeklyOutcome, week: int, answers) -> None:
        self._show_outcome(outcome, week, answers)
        if self._physio_weeks:
            self.panel.set_aside(
                self.tr(
                    "Time to see a physiotherapist? You have rated your pain for %1 weeks without a clear improvement. A physiotherapist can look at what would help you."
                ).replace("%1", str(self._physio_weeks)),
                self.tr("Read &more"),
            )
        else:
            self.panel.set_aside("")

    def _show_outcome(self, outcome: WeeklyOutcome, week: int, answers) -> None:
        panel = self.panel
        low = self.context.library.plan.days_per_week.low
        suggestion = outcome.suggestion
        if outcome.reason == "suggested" and suggestion is not None and self.context.read_only:
            # Nothing can be saved: the step is shown as a note, with no question that cannot be answered.
            panel.show_note(
                self.tr("Suggestion for this week: %1").replace("%1", self._change_text(suggestion)),
                READ_ONLY.get(self.context.language),
            )
            return
        if outcome.reason == "suggested" and suggestion is not None:
            panel.show_suggestion(
                self.tr("A good week: exercises on %1 days. One small step up?").replace(
                    "%1", str(outcome.days_last_week)
                ),
                self.tr("Suggestion for this week: %1").replace("%1", self._change_text(suggestion)),
                self.tr("&Yes, do it"),
                self.tr("Not this &week"),
            )
            return
        this_week = [
            a for a in answers if a.kind == "progression" and a.at.date() >= monday_of(self._now().date())
        ]
        notes = {
            "start_weeks": self.tr(
                "Do this program 3 to 4 days a week. From next week on, after a good week, RugTimer suggests one small step up."
            ),
            "few_days": self.tr(
                "Last week: exercises on %1 days. After a week with %2 days or more, RugTimer suggests the next step."
            )
            .replace("%1", str(outcome.days_last_week))
            .replace("%2", str(low)),
            "after_pain": self.tr(
                "Your back was worse for more than a day recently, so your program stays as it is this week."
            ),
            "hurt": self.tr("An exercise hurt last week, so your program stays as it is this week."),
            "too_hard": self.tr(
                "A session felt too hard last week, so your program stays as it is this week."
            ),
            "changed_this_week": self.tr(
                "Your program already changed this week. One change a week is enough."
            ),
            "top_reached": self.tr(
                "You are at the top of every range. Keep it up, or ask your physiotherapist about a next step."
            ),
        }
        if outcome.reason == "already_answered" and this_week:
            last = this_week[-1]
            if last.answer == "accepted":
                text = self.tr("This week's step is in your program. RugTimer looks again next week.")
            else:
                text = self.tr("You keep your program as it is this week. RugTimer looks again next week.")
        else:
            text = notes.get(outcome.reason, "")
        if not text:
            panel.clear()
            return
        panel.show_note(self.tr("Week %1 of your plan").replace("%1", str(week)), text)

    def _answer_weekly(self, accepted: bool) -> None:
        outcome = self._weekly
        if outcome is None or outcome.suggestion is None:
            return
        self._store_answer(outcome.suggestion, accepted)
        self.refresh_panel()

    # -- shared

    def _change_text(self, suggestion: Suggestion) -> str:
        exercise = self.context.library.exercise(suggestion.exercise)
        language = self.context.language
        before = dose_text(suggestion.before, exercise, language)
        after = dose_text(suggestion.after, exercise, language)
        return f"{exercise.name.get(language)}: {before} → {after}"

    def _ask(self, suggestion: Suggestion, explanation: str, then: Then) -> None:
        from rugtimer.ui.dialogs.suggestion_dialog import SuggestionDialog

        exercise = self.context.library.exercise(suggestion.exercise)
        dialog = SuggestionDialog(suggestion, exercise, self.context.language, explanation, self.window)
        dialog.finished.connect(lambda result: self._asked(suggestion, bool(result), then))
        dialog.open()

    def _asked(self, suggestion: Suggestion, accepted: bool, then: Then) -> None:
        self._store_answer(suggestion, accepted)
        then()

    def _store_answer(self, suggestion: Suggestion, accepted: bool) -> None:
        try:
            self.program = coaching.answer(
                self.context.store,
                self.context.library,
                self.program,
                suggestion,
                accepted=accepted,
                now=self._now(),
            )
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            return
        if accepted:
            self.program_changed.emit()

    # -- my program

    def save_program(self, new: Program, reason: str) -> bool:
        """The person's own change (or a physiotherapist's file): stored with its plan changes."""
        try:
            changed = coaching.save_program(
                self.context.store, self.context.library, self.program, new, reason=reason, now=self._now()
            )
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            return False
        self.program, self.stored = new, True
        if changed:
            self.program_changed.emit()
            self.refresh_panel()
        return changed
