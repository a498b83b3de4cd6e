"""The main window: Today's program, and the session you follow from the floor, driven by the keyboard.

It wires widgets to the Qt-free core and holds no rules of its own: the plan says what to do, the runner says
when, the recorder saves what was done.

Why this file is longer than 400 lines: the page stack, the navigation, the menus, the shortcuts and a
session's life cycle (controller, recorder, floor mode, which keys are live, where the focus goes after each
dialog) all change the same window state, and splitting them would pass that state around instead of
simplifying it. What does not touch it lives beside it: ``file_actions.py`` (export, import, backup,
restore), ``settings_actions.py`` (settings, reminders), ``coach_flow.py`` (the coach's questions).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rugtimer.app.problem_words import READ_ONLY, history_problem
from rugtimer.app.week_progress import days_this_week, week_progress
from rugtimer.history.errors import HistoryError
from rugtimer.model.records import SessionRecord
from rugtimer.program.plan import Dose
from rugtimer.settings import reminder_schedule
from rugtimer.theme_data import TYPE_SCALE
from rugtimer.ui.activity_summary import ActivitySummary
from rugtimer.ui.coach_flow import CoachFlow
from rugtimer.ui.coach_panel import CoachPanel
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import exercise_key
from rugtimer.ui.dialogs import big_print
from rugtimer.ui.exercise_card import font
from rugtimer.ui.file_actions import FileActions
from rugtimer.ui.focus_ring import keep_focus_visible
from rugtimer.ui.psk_flow import PskFlow
from rugtimer.ui.psk_offer import PskOffer
from rugtimer.ui.settings_actions import SettingsActions
from rugtimer.ui.today_view import TodayView

if TYPE_CHECKING:
    from rugtimer.app.session_recorder import SessionRecorder
    from rugtimer.program.timeline import TimelineSettings
    from rugtimer.ui.dialogs.hurt_dialog import HurtChoice
    from rugtimer.ui.session_controller import SessionController
    from rugtimer.ui.session_view import SessionView


class _FirstPaint(QObject):
    """Calls ``painted`` once the watched window has painted (after Qt handled that paint)."""

    def __init__(self, painted, parent: QObject) -> None:
        super().__init__(parent)
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._painted)
        return False


class MainWindow(QMainWindow):
    """Title "RugTimer". Space starts; every session key works without the mouse."""

    def __init__(self, context: AppContext, timeline_settings: TimelineSettings | None = None) -> None:
        super().__init__()
        self.context = context
        self.timeline_settings = timeline_settings
        self.controller: SessionController | None = None
        self.recorder: SessionRecorder | None = None
        self._floor = False
        self._notices: dict[str, str] = {}  # topic -> text; every topic with a text shows in the banner
        self.files = FileActions(self)  # File ▸ Export/Import, RugTimer ▸ Backup/Restore
        self.setWindowTitle("RugTimer")
        self.setObjectName("mainWindow")
        keep_focus_visible(QApplication.instance())  # a ring around the focus in every window, from the mat
        self._fit_to_screen()

        self.today = self._make_today_page()
        self._session_view: SessionView | None = None  # built for the first session
        self.settings_actions = SettingsActions(self)  # RugTimer ▸ Settings, and the reminders
        self.banner = QLabel()
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(True)
        # The theme's note colours (calm yellow in light, deep amber in dark): palette roles follow a theme
        # change at once (a style sheet has no tool-tip roles and reads colours only once).
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setMargin(8)
        self.banner.setFont(font(TYPE_SCALE["body"]))  # setFont, not font-size: follows the text size
        self.banner.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.today)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._trends = None  # built when first shown: pyqtgraph loads only then
        self._history = None
        self._help = None
        self.coach.announce()  # now that the banner listens: an unreadable saved program is said out loud
        self._make_menu()
        self.navigation = self._make_navigation()
        self._session_keys = self._make_session_shortcuts()
        self._set_session_keys_enabled(False)
        self._today_keys = self._make_today_shortcuts()
        self.refresh_program()
        self.refresh_week_progress()
        self._shown_day = context.now().date()
        self._after_paint: list = []
        self._first_paint = _FirstPaint(self._painted, self)

    def _make_today_page(self) -> TodayView:
        """Today: the coach's line and the walking log above the program's cards."""
        context = self.context
        self.coach_panel = CoachPanel()
        self.coach = CoachFlow(context, self, self.coach_panel)
        today = TodayView(context.library, self.coach.doses(), context.language)
        today.start_session_requested.connect(self.start_session)
        today.start_exercise_requested.connect(lambda exercise_id: self.start_session([exercise_id]))
        self.activity_summary = ActivitySummary(context.language)
        self.activity_summary.add_requested.connect(self.log_activity)
        today.add_to_header(self.coach_panel)
        today.add_to_header(self.activity_summary)
        # A folder opened read-only: what would save is greyed out (the banner's notice says why).
        today.set_can_start(not context.read_only)
        self.activity_summary.add_button.setEnabled(not context.read_only)
        self.psk = PskFlow(context, self)  # "What you want to do again" (docs/psk.md)
        self.psk.problem.connect(self.show_banner)
        self.psk_offer = PskOffer(self.psk)
        today.add_to_header(self.psk_offer)
        self.coach.program_changed.connect(self.refresh_program)
        self.coach.problem.connect(lambda text: self.show_banner(text, topic="program"))
        self.coach.help_requested.connect(lambda: self.show_help("physio"))
        return today

    def _fit_to_screen(self) -> None:
        """1280×800, or less on a small screen (a 1366×768 laptop must show the whole window)."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 800
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height() - 40)
        self.resize(width, height)

    # -- what to do today ------------------------------------------------------------------------------

    def todays_doses(self) -> list[Dose]:
        """The program in use (the coach holds it)."""
        return self.coach.doses()

    def refresh_program(self) -> None:
        """The program or the plan week changed: new cards and the week line."""
        self.today.set_doses(self.coach.doses())
        self.today.set_plan_week(self.coach.plan_week())

    def days_this_week(self) -> int:
        """Exercise days of this ISO week, which count towards the target (raises HistoryError)."""
        return days_this_week(self.context.store, self.context.now().date())

    def refresh_week_progress(self) -> None:
        try:
            week = week_progress(self.context.store, self.context.library, self.context.now().date())
        except HistoryError as exc:
            self.show_banner(history_problem(exc, self.context.language))
            return
        self.today.set_week_progress(week.done, week.target)
        self.activity_summary.set_week(week.activities, week.today)
        self.psk_offer.refresh()

    def refuse_if_read_only(self) -> bool:
        """True (and the banner says why) when the folder was opened read-only: before a dialog whose
        answer could not be saved, not after the person filled it in."""
        if self.context.read_only:
            self.show_banner(READ_ONLY.get(self.context.language))
        return self.context.read_only

    def log_activity(self) -> None:
        """Minutes of walking or cycling: a quick dialog; saved at once."""
        if self.controller is not None or self.refuse_if_read_only():
            return
        from rugtimer.ui.dialogs.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.context.now().date(), self.context.language, self)
        dialog.accepted.connect(lambda: self._save_activity(dialog.result_activity()))
        dialog.finished.connect(lambda _result: self.refocus())
        dialog.open()

    def _save_activity(self, activity) -> None:
        if activity is None:
            return
        try:
            self.context.store.add_activity(activity)
        except HistoryError as exc:
            self.show_banner(
                self.tr("Could not save the walk or ride: %1").replace(
                    "%1", history_problem(exc, self.context.language)
                )
            )
            return
        self.refresh_week_progress()

    def after_first_paint(self, callback) -> None:
        """Run ``callback`` just after the window's first paint (start-up work the person need not wait for).

        An event filter that removes itself at that paint, rather than an ``event()`` override: an override
        would take every later event of the window through Python, ~15 a second during a session."""
        if not self._after_paint:
            self.installEventFilter(self._first_paint)
        self._after_paint.append(callback)

    def _painted(self) -> None:
        self.removeEventFilter(self._first_paint)
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    def after_start(self) -> None:
        """Once the window shows: say when there is no sound, tell about a session a crash or a kill
        interrupted last time, then the coach (welcome, next-day check, this week's line)."""
        self.settings_actions.reminders.set_schedule(reminder_schedule(self.context.settings))  # armed now
        cues = self.context.cues
        if not cues.available and cues.problem:
            text = self.tr("No sound: %1 RugTimer works silently.").replace("%1", cues.problem)
            self.show_banner(text, topic="sound")
        found = getattr(cues, "problem_found", None)  # the real player: a device that fails mid-session
        if found is not None:
            found.connect(self._sound_problem)
        if self.context.read_only:  # nothing can be written: no interrupted sessions to close, no welcome
            self.coach.refresh_panel(with_trends=True)  # this week's line is only read
            return
        try:
            interrupted = self.context.store.mark_running_as_interrupted()
        except HistoryError as exc:
            self.show_banner(history_problem(exc, self.context.language))
            return
        with contextlib.suppress(HistoryError):
            self.context.store.backup_if_due()
        if interrupted:
            self.ask_about_interrupted(interrupted[-1], then=self.coach.on_start)
        else:
            self.coach.on_start()

    def ask_about_interrupted(self, session: SessionRecord, then=None) -> None:
        """A crash or kill cut the last session short: its sets are kept; add how it went, or just close."""
        from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog

        sets = len(self.context.store.sets_for(session.id))
        if sets:
            text = self.tr("Your last session (%1) was interrupted. The %2 sets you finished are saved.")
        else:
            text = self.tr("Your last session (%1) was interrupted before the first set was finished.")
        text = text.replace("%1", session.started_at.strftime("%d-%m %H:%M")).replace("%2", str(sets))
        self.show_banner(text)
        dialog = AfterSessionDialog(self, heading=text)
        dialog.accepted.connect(lambda: self._complete_interrupted(session.id, dialog.result_data()))
        if then is not None:
            dialog.finished.connect(lambda _result: then())
        dialog.open()

    def _complete_interrupted(self, session_id: str, result) -> None:
        try:
            self.context.store.update_session(
                session_id, pain_after=result.pain, rating=result.rating, note=result.note
            )
        except HistoryError as exc:
            self.show_banner(history_problem(exc, self.context.language))
            return
        self.show_banner("")

    def show_banner(self, text: str, *, topic: str = "status") -> None:
        """Say ``text`` in the banner under ``topic``; an empty text clears that topic only.

        Lasting notices (no sound, unusable settings, an unreadable program, a read-only folder) each have
        their own topic, so a later status line ("Exported to …") never hides them.
        """
        if text:
            self._notices[topic] = text
        else:
            self._notices.pop(topic, None)
        joined = "\n".join(self._notices.values())
        self.banner.setText(joined)
        self.banner.setVisible(bool(joined) and not self._floor)

    # -- keyboard --------------------------------------------------------------------------------------

    def _make_navigation(self) -> QToolBar:
        """Today · Progress · History, always one click or Ctrl+1/2/3 away (hidden during a session)."""
        bar = QToolBar(self.tr("Navigation"))
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = bar.font()
        font.setPointSize(13)
        bar.setFont(font)
        group = QActionGroup(self)
        pages = (
            (self.tr("Today"), "Ctrl+1", self.show_today),
            (self.tr("Progress"), "Ctrl+2", self.show_trends),
            (self.tr("History"), "Ctrl+3", self.show_history),
            (self.tr("Help"), "Ctrl+4", lambda _checked=False: self.show_help()),  # "checked" is no section
        )
        for text, key, slot in pages:
            action = bar.addAction(text)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{text} ({key})")
            action.triggered.connect(slot)
            group.addAction(action)
        group.actions()[0].setChecked(True)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _check_navigation(self, index: int) -> None:
        self.navigation.actions()[index].setChecked(True)

    def show_today(self) -> None:
        if self.controller is None:
            self.pages.setCurrentWidget(self.today)
            self._check_navigation(0)
            self.refresh_if_new_day()

    def refresh_if_new_day(self) -> None:
        """Left open overnight: the plan week, this week's count and the coach's line follow the date."""
        today = self.context.now().date()
        if today == self._shown_day or self.controller is not None:
            return
        self._shown_day = today
        self.refresh_program()
        self.refresh_week_progress()
        self.coach.refresh_panel(with_trends=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_if_new_day()

    def show_trends(self) -> None:
        if self.controller is not None:
            return
        if self._trends is None:
            from rugtimer.ui.trends_view import TrendsView

            self._trends = TrendsView(
                lambda: self.context.store,
                self.context.language,
                target=self.context.library.plan.weekly_target,
                today=lambda: self.context.now().date(),
            )
            self._trends.psk_change_requested.connect(lambda: self.psk.choose(self._trends.refresh))
            self.pages.addWidget(self._trends)
        else:
            self._trends.refresh()
        self.pages.setCurrentWidget(self._trends)
        self._check_navigation(1)

    def show_history(self) -> None:
        if self.controller is not None:
            return
        if self._history is None:
            from rugtimer.ui.history_view import HistoryView

            self._history = HistoryView(
                lambda: self.context.store,
                self.context.library,
                self.context.language,
                today=lambda: self.context.now().date(),
            )
            self.pages.addWidget(self._history)
        else:
            self._history.refresh()
        self.pages.setCurrentWidget(self._history)
        self._check_navigation(2)

    def show_help(self, section: str = "") -> None:
        """Safety, when to see a physiotherapist, how the program works, questions, the ball size."""
        if self.controller is not None:
            return
        if self._help is None:
            from rugtimer.ui.help_view import HelpView

            self._help = HelpView(self.context.language, library=self.context.library)
            self.pages.addWidget(self._help)
        self.pages.setCurrentWidget(self._help)
        self._check_navigation(3)
        if section:
            self._help.scroll_to(section)

    def _make_today_shortcuts(self) -> list[QShortcut]:
        """Keys of the Today page (off during a session, where they mean something else)."""
        shortcut = QShortcut(QKeySequence("A"), self.today)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.log_activity)
        shortcuts = [shortcut]
        for key in ("F1", "?"):
            help_key = QShortcut(QKeySequence(key), self.today)
            help_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            help_key.activated.connect(self.show_shortcuts)
            shortcuts.append(help_key)
        return shortcuts

    def edit_program(self) -> None:
        """My program: exercises, doses, variants and rest; import or export a program file."""
        if self.controller is not None:
            self.show_banner(self.tr("Finish or stop the session before changing your program."))
            return
        if self.refuse_if_read_only():
            return
        from rugtimer.ui.dialogs.program_dialog import ProgramDialog

        dialog = ProgramDialog(
            self.context.library,
            self.coach.program,
            self.context.settings.rest_seconds,
            self.context.language,
            self,
        )
        dialog.accepted.connect(lambda: self._program_edited(dialog.program(), dialog.reason()))
        dialog.finished.connect(lambda _result: self.refocus())
        dialog.open()

    def _program_edited(self, program, reason: str) -> None:
        if self.coach.save_program(program, reason):
            self.show_banner(self.tr("Your program was saved. The change is in your history."))

    def _make_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        program = file_menu.addAction(self.tr("My &program…"))
        program.setShortcut(QKeySequence("Ctrl+E"))
        program.triggered.connect(self.edit_program)
        walk = file_menu.addAction(self.tr("Log a &walk or ride…"))
        walk.triggered.connect(self.log_activity)
        file_menu.addSeparator()
        pdf_text = self.tr("Export a &report for your physiotherapist (PDF)…")
        json_text = self.tr("Export history as &JSON…")
        csv_text = self.tr("Export history as &CSV (spreadsheet)…")
        for text, kind in ((pdf_text, "pdf"), (json_text, "json"), (csv_text, "csv")):
            file_menu.addAction(text).triggered.connect(
                lambda _checked=False, k=kind: self.files.choose_export(k)
            )
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Import history (JSON)…")).triggered.connect(self.files.choose_import)
        menu = self.menuBar().addMenu(self.tr("&RugTimer"))
        settings = menu.addAction(self.tr("&Settings…"))
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.settings_actions.open_settings)
        menu.addSeparator()
        backup = menu.addAction(self.tr("Make a &backup now"))
        backup.triggered.connect(self.files.backup_now)
        restore = menu.addAction(self.tr("&Restore a backup…"))
        restore.triggered.connect(self.files.choose_backup_to_restore)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&Safety and advice"))
        guide.triggered.connect(lambda: self.show_help("alarm"))
        ball = help_menu.addAction(self.tr("Which &ball size?"))
        ball.triggered.connect(lambda: self.show_help("ball"))
        keys = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        keys.triggered.connect(self.show_shortcuts)

    @property
    def session_view(self) -> SessionView:
        """The page followed from the mat; built when first needed (it is not part of the first paint)."""
        if self._session_view is None:
            from rugtimer.ui.session_view import SessionView

            self._session_view = SessionView(self.context.library, self.context.language)
            self._session_view.floor_mode_requested.connect(self.toggle_floor_mode)
            self.pages.insertWidget(1, self._session_view)
        return self._session_view

    def rebuild_graph(self) -> None:
        """The pyqtgraph plot takes its colours and fonts when built: after a theme or text-size change the
        Progress page is built anew (at once if it is showing, else when next opened)."""
        if self._trends is None:
            return
        showing = self.pages.currentWidget() is self._trends
        self.pages.removeWidget(self._trends)
        self._trends.deleteLater()
        self._trends = None
        if showing:
            self.show_trends()

    def _make_session_shortcuts(self) -> list[QShortcut]:
        bindings = [
            (("Space",), self._space),
            (("Right", "N"), lambda: self._with_controller(lambda c: c.next_exercise())),
            (("Left", "B"), lambda: self._with_controller(lambda c: c.repeat_set())),
            (("S",), lambda: self._with_controller(lambda c: c.skip_rest())),
            (("Escape",), self.ask_stop),
            (("M",), self.toggle_mute),
            (("P",), self.this_hurts),
            (("F1", "?"), self.show_shortcuts),
        ]
        shortcuts = []
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                shortcuts.append(shortcut)
        floor = QShortcut(QKeySequence("F11"), self)
        floor.activated.connect(self.toggle_floor_mode)
        return shortcuts

    def _set_session_keys_enabled(self, enabled: bool) -> None:
        for shortcut in self._session_keys:
            shortcut.setEnabled(enabled)

    def _with_controller(self, action) -> None:
        if self.controller is not None:
            action(self.controller)

    def _space(self) -> None:
        self._with_controller(lambda c: c.toggle_pause())

    def toggle_mute(self) -> None:
        cues = self.context.cues
        cues.set_muted(not cues.muted)
        if self._session_view is not None:
            self._session_view.hints.setToolTip(self.tr("Sound off") if cues.muted else "")
        self.statusBar().showMessage(
            self.tr("Sound off (M)") if cues.muted else self.tr("Sound on (M)"), 3000
        )

    def toggle_floor_mode(self) -> None:
        self._floor = not self._floor
        self.session_view.set_floor_mode(self._floor)
        self.menuBar().setVisible(not self._floor)
        self.banner.setVisible(bool(self.banner.text()) and not self._floor)  # floor mode: only the session
        if self._floor:
            self.showFullScreen()
        else:
            self.showNormal()
        self.refocus()

    def bring_forward(self) -> None:
        """Another start of RugTimer asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.refocus()

    def refocus(self) -> None:
        """After any dialog, give the keyboard back to the window: from the mat nobody can click."""
        self.activateWindow()
        self.raise_()
        if self.controller is not None:
            self.session_view.setFocus()

    def show_shortcuts(self) -> None:
        from rugtimer.ui.dialogs.keyboard_help import KeyboardHelp

        if self.controller is not None:
            self.controller.pause()
        box = KeyboardHelp(self)
        box.finished.connect(lambda _result: self.refocus())
        box.finished.connect(box.deleteLater)
        box.open()

    # -- a session -------------------------------------------------------------------------------------

    def start_session(self, exercise_ids: list[str] | None = None) -> None:
        if self.controller is not None:
            return
        if self.refuse_if_read_only():
            return
        doses = self.todays_doses()
        if exercise_ids:
            doses = [d for e in exercise_ids if (d := self._dose_for(e)) is not None]
        self.coach.check_next_day(lambda: self._ask_pain_before(doses))

    def _dose_for(self, exercise_id: str) -> Dose | None:
        """The program's dose; an exercise outside the program at the start plan's dose."""
        return self.coach.dose_for(exercise_id) or self.context.library.plan.dose_for(exercise_id)

    def _ask_pain_before(self, doses: list[Dose]) -> None:
        from rugtimer.ui.dialogs.pain_dialog import PainDialog

        dialog = PainDialog(self.tr("How much pain do you have now?"), allow_skip=True, parent=self)
        dialog.finished.connect(lambda _result: self._begin(doses, dialog.value()))
        dialog.open()

    def _begin(self, doses: list[Dose], pain_before: int | None) -> None:
        library = self.context.library
        if self.controller is not None or not doses:
            return
        from rugtimer.app.session import begin_session
        from rugtimer.program.timeline import TimelineSettings
        from rugtimer.ui.session_controller import SessionController

        settings = self.timeline_settings or TimelineSettings(
            lead_in_s=self.context.settings.lead_in_seconds, rest_s=self.coach.rest_seconds()
        )
        try:
            begun = begin_session(
                self.context.store,
                library,
                doses,
                settings=settings,
                plan_week=self.coach.plan_week(),
                pain_before=pain_before,
                now=self.context.now,
            )
        except HistoryError as exc:
            QMessageBox.warning(self, "RugTimer", history_problem(exc, self.context.language))
            return
        timeline, self.recorder = begun.timeline, begun.recorder
        known = frozenset(k for e in library.exercises if (k := exercise_key(e)) is not None)
        self.controller = SessionController(
            timeline,
            self.context.cues,
            self.recorder,
            spoken=self.context.settings.spoken_cues,
            known_cues=known,
            clock=self.context.clock,
            wall_clock=self.context.wall_clock,
            parent=self,
        )
        self.controller.changed.connect(self._show_state)
        self.controller.frame.connect(self._frame)
        self.controller.finished.connect(self._session_finished)
        self.controller.storage_problem.connect(self._storage_problem)
        self.session_view.set_reduced_motion(self.context.settings.reduced_motion)
        self.pages.setCurrentWidget(self.session_view)
        self.navigation.hide()
        self._set_session_keys_enabled(True)
        self.refocus()
        self.controller.start()

    def _frame(self) -> None:
        """One animation frame: the session screen redraws what moved and says when it next changes."""
        if self.controller is not None:
            self.controller.next_frame_in(self.session_view.tick(self.controller.snapshot()))

    def _sound_problem(self, problem: str) -> None:
        text = self.tr("No sound: %1 RugTimer works silently.").replace("%1", problem) if problem else ""
        self.show_banner(text, topic="sound")

    def _show_state(self) -> None:
        if self.controller is not None:
            variants = self.recorder.variants if self.recorder is not None else {}
            self.session_view.show_snapshot(self.controller.snapshot(), self.controller.timeline, variants)

    def _storage_problem(self, problem: str) -> None:
        if problem:
            self.show_banner(
                self.tr("Could not save your last set yet: %1 It is kept and saving is retried.").replace(
                    "%1", problem
                ),
                topic="storage",
            )
        else:
            self.show_banner("", topic="storage")

    def ask_stop(self) -> None:
        if self.controller is None:
            return
        self.controller.pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the session?"),
            self._stop_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("stopConfirmation")
        big_print(box)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._stop_answered(result == QMessageBox.StandardButton.Yes))
        box.open()

    def _stop_question(self) -> str:
        """The question says what stopping keeps: the finished sets, or (none yet) nothing."""
        if self.recorder is not None and not self.recorder.finished_sets:
            return self.tr("Stop this session? You have not finished a set yet.")
        return self.tr("Stop this session? The sets you finished are saved.")

    def _stop_answered(self, stop: bool) -> None:
        self.refocus()
        if self.controller is None:
            return
        if stop:
            self.controller.stop()
        else:
            self.controller.resume()

    def this_hurts(self) -> None:
        from rugtimer.ui.dialogs.hurt_dialog import HurtDialog

        controller, recorder = self.controller, self.recorder
        if controller is None or recorder is None:
            return
        controller.pause()
        exercise = self.context.library.exercise(controller.snapshot().step.exercise_id)
        try:
            recorder.hurt(exercise.id)
        except HistoryError as exc:
            self.show_banner(history_problem(exc, self.context.language))
        easier = exercise.variants_at("easier")
        dialog = HurtDialog(exercise, easier[0] if easier else None, self.context.language, self)
        dialog.finished.connect(lambda _result: self._after_hurt(exercise, dialog.choice()))
        dialog.open()

    def _after_hurt(self, exercise, choice: HurtChoice | None) -> None:
        from rugtimer.ui.dialogs.hurt_dialog import HurtChoice

        controller = self.controller
        if controller is None:
            return
        if choice is HurtChoice.EASIER and exercise.variants_at("easier"):
            easier = exercise.variants_at("easier")[0]
            if self.recorder is not None:
                self.recorder.use_variant(exercise.id, easier.id)  # the sets from here on are stored as done
            controller.repeat_set()
            controller.resume()
        elif choice is HurtChoice.SKIP:
            controller.next_exercise()
            controller.resume()
        elif choice is HurtChoice.STOP:
            controller.stop()
        else:
            controller.resume()
        self._show_state()
        self.refocus()

    def _session_finished(self, status: str) -> None:
        from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog

        self._set_session_keys_enabled(False)
        self._show_state()
        if self.recorder is not None and not self.recorder.finished_sets:
            self._save_session(status, None)  # no set was done: there is nothing to rate
            return
        dialog = AfterSessionDialog(self)
        dialog.finished.connect(lambda _result: self._save_session(status, dialog.result_data()))
        dialog.open()

    def _save_session(self, status: str, result) -> None:
        """``result`` is the after-session answers, or None when nothing was asked (no set was done)."""
        recorder = self.recorder
        session_id = recorder.session.id if recorder is not None and recorder.session is not None else None
        answers = (
            {}
            if result is None
            else {"pain_after": result.pain, "rating": result.rating, "note": result.note}
        )
        try:
            if recorder is not None and recorder.finish(status, **answers) is None:
                session_id = None  # nothing to keep: the session was removed, so no coach questions follow
        except HistoryError as exc:
            QMessageBox.warning(self, "RugTimer", history_problem(exc, self.context.language))
        with contextlib.suppress(HistoryError):  # a missed daily backup is retried at the next chance
            self.context.store.backup_if_due()
        self._end_session()
        if session_id is not None:
            self.coach.after_session(session_id, then=lambda: self.psk.weekly_check_in(self.refocus))

    def _end_session(self) -> None:
        if self.controller is not None:
            self.controller.shutdown()
            self.controller.deleteLater()
        self.controller = None
        self.recorder = None
        if self._floor:
            self.toggle_floor_mode()
        self.navigation.show()
        self.show_today()
        self.refresh_week_progress()

    def _quit_question(self) -> str:
        if self.recorder is not None and not self.recorder.finished_sets:
            return self.tr("A session is running. Quit anyway? You have not finished a set yet.")
        return self.tr("A session is running. Quit anyway? The sets you finished are saved.")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_event(event)
        if event.isAccepted():
            self.settings_actions.stop()

    def _close_event(self, event: QCloseEvent) -> None:
        if self.controller is not None and not self.controller.runner.finished:
            answer = QMessageBox.question(
                self,
                self.tr("Quit RugTimer?"),
                self._quit_question(),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.controller is not None and self.recorder is not None:
            self.controller.shutdown()
            # If this fails the session stays 'running' and is marked interrupted at the next start.
            with contextlib.suppress(HistoryError):
                self.recorder.finish("interrupted")
        super().closeEvent(event)
