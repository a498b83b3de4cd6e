"""The PSK's moments in the app ("What you want to do again", docs/psk.md): choosing the activities, and the
weekly check-in after the first session of an ISO week. Only shows and stores: the coach never reads it.

The check-in comes *after* a session (never between the person and the Start button), only when activities
are chosen and this week has no entry yet; "Skip this week" is stored too (as unscored), so it is not asked
again that week. Every answer is committed at once (``PskStore.record_week``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rugtimer.app.problem_words import history_problem
from rugtimer.history.errors import HistoryError
from rugtimer.history.psk_store import PskStore
from rugtimer.model import psk
from rugtimer.model.psk import PskScore
from rugtimer.ui.context import AppContext

OFFER_AFTER_DAYS = 7
"""Today offers choosing the activities after the first week of the plan: not on the very first day, when
the person has enough to take in."""


class PskFlow(QObject):
    """Opens the PSK dialogs for the window and stores what they return. ``changed`` after every save;
    ``problem`` with a message when the history could not be read or written."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: QWidget | None = None  # the open dialog, for tests and screenshots

    def _table(self) -> PskStore:
        return PskStore(self.context.store)

    def offer_due(self) -> bool:
        """Today's offer: no activities chosen yet, and the plan began at least a week ago."""
        try:
            if self._table().activities():
                return False
            start = self.context.store.plan_start()
        except HistoryError:
            return False
        return start is not None and self.context.now().date() - start >= timedelta(days=OFFER_AFTER_DAYS)

    def check_in_due(self) -> bool:
        try:
            table = self._table()
            return psk.check_in_due(self.context.now().date(), table.activities(), table.scores())
        except HistoryError:
            return False

    def weekly_check_in(self, then: Callable[[], None] | None = None) -> None:
        """The check-in when it is due (else ``then`` at once); ``then`` runs after it closes."""
        if self.context.read_only or not self.check_in_due():
            if then is not None:
                then()
            return
        from rugtimer.ui.dialogs.psk_dialog import PskDialog

        table = self._table()
        week = psk.week_of(self.context.now())
        current = table.activities(include_ended=False)
        dialog = PskDialog(current, psk.previous_scores(week, table.scores()), self.window)
        self.dialog = dialog

        def done(_result: int) -> None:
            now = self.context.now()
            values = dialog.scores() if not dialog.skipped() else dict.fromkeys((a.id for a in current), None)
            self._save([PskScore(activity_id=i, week=week, score=v, at=now) for i, v in values.items()])
            self.dialog = None
            dialog.deleteLater()
            if then is not None:
                then()

        dialog.finished.connect(done)
        dialog.open()

    def choose(self, then: Callable[[], None] | None = None) -> None:
        """Choose or change the activities; a changed line ends the old activity (its scores stay)."""
        from rugtimer.ui.dialogs.psk_choose_dialog import PskChooseDialog

        try:
            current = [a.text for a in self._table().activities(include_ended=False)]
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            return
        dialog = PskChooseDialog(current, self.window)
        self.dialog = dialog

        def done(result: int) -> None:
            if result and dialog.texts():
                try:
                    self._table().choose(dialog.texts(), self.context.now())
                    self.changed.emit()
                except HistoryError as exc:
                    self.problem.emit(history_problem(exc, self.context.language))
            self.dialog = None
            dialog.deleteLater()
            if then is not None:
                then()

        dialog.finished.connect(done)
        dialog.open()

    def _save(self, scores: list[PskScore]) -> None:
        try:
            self._table().record_week(scores)
        except HistoryError as exc:
            self.problem.emit(history_problem(exc, self.context.language))
            return
        self.changed.emit()
