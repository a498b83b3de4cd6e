"""Every screen and dialog of RugTimer, opened the way the app opens them, for the accessibility checks.

The main window runs on a demo history (so History and Progress have rows and a graph) with a fixed "now";
each dialog is opened by the window's own method (or the coach's), never built by hand. No pytest here: the
1366×768 check runs this module in a subprocess with its own offscreen screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from rugtimer.app.demo import fill_demo
from rugtimer.history.store import HistoryStore
from rugtimer.model.records import HurtEvent
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.main_window import MainWindow
from tests.history.history_helpers import one_set

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 11)  # a Wednesday


def now() -> datetime:
    return datetime.combine(TODAY, time(9), tzinfo=TZ)


class _Clock:
    """Session time stands still: the screens are inspected, not run."""

    now_ns = 0

    def __call__(self) -> int:
        return self.now_ns


def wait_until(condition: Callable[[], bool], timeout_ms: int = 3000) -> None:
    """Let Qt run until ``condition`` holds (the subprocess has no qtbot)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("condition not met in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def open_top_levels(kind: type = QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def the_open(kind: type) -> QWidget:
    wait_until(lambda: bool(open_top_levels(kind)))
    return open_top_levels(kind)[-1]


@dataclass
class Screen:
    """One screen to inspect: ``root`` is the part to walk (a page or a dialog), ``window`` its window."""

    name: str
    root: QWidget
    window: QWidget


class App:
    """The main window on a demo history; ``close()`` ends a running session and closes every window."""

    def __init__(self, paths: Paths, language: str = "en", weeks: int = 20) -> None:
        self.paths = paths
        library = load_library()
        store = HistoryStore.open(paths)
        fill_demo(store, weeks, today=TODAY, library=library)
        cues = RecordingCuePlayer()
        context = AppContext(
            paths, library, store, cues, language=language, clock=_Clock(), wall_clock=None, now=now
        )
        self.window = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.activate(self.window)
        self.window.coach.refresh_panel(with_trends=True)

    @staticmethod
    def activate(window: QWidget) -> None:
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window)

    def close(self) -> None:
        window = self.window
        # Dialogs first, until none is left: an answer may start a session or open the next question.
        for _round in range(10):
            dialogs = [widget for widget in reversed(open_top_levels()) if widget is not window]
            if not dialogs:
                break
            for widget in dialogs:
                if isinstance(widget, QDialog):
                    widget.done(QDialog.DialogCode.Rejected)
                widget.close()
            QCoreApplication.processEvents()
        if window.controller is not None:  # closing mid-session would ask "quit anyway?" and wait
            window.controller.runner.stop()
            window.controller.shutdown()
            window.controller = None
            window.recorder = None
        window.close()
        window.deleteLater()
        window.context.store.close()

    def open(self, name: str) -> Screen:
        """A page ("Today" … "Help"), the session view ("Session") or a dialog (see ``DIALOGS``)."""
        if name == "Today+suggestion":
            return self.today_with_suggestion()
        if name in PAGES:
            return self.page(name)
        return self.session() if name == "Session" else self.dialog(name)

    # -- pages

    def page(self, name: str) -> Screen:
        """The page as Ctrl+1 … Ctrl+4 shows it; Today comes with the window's toolbar, menu and coach line."""
        window = self.window
        show = {
            "Today": window.show_today,
            "Progress": window.show_trends,
            "History": window.show_history,
            "Help": window.show_help,
        }[name]
        show()
        QCoreApplication.processEvents()
        return Screen(name, window if name == "Today" else window.pages.currentWidget(), window)

    def today_with_suggestion(self) -> Screen:
        """Today with the coach's fullest line: the weekly step up with its two answers, and the advice to
        see a physiotherapist with its button (the coach's own texts, in the app's language)."""
        screen = self.page("Today")
        coach = self.window.coach
        coach.panel.show_suggestion(
            coach.tr("A good week: exercises on %1 days. One small step up?").replace("%1", "3"),
            coach.tr("Suggestion for this week: %1").replace("%1", "Knee rocking: 1 min → 1.5 min"),
            coach.tr("&Yes, do it"),
            coach.tr("Not this &week"),
        )
        coach.panel.set_aside(
            coach.tr(
                "Time to see a physiotherapist? You have rated your pain for %1 weeks without a clear improvement. A physiotherapist can look at what would help you."
            ).replace("%1", "8"),
            coach.tr("Read &more"),
        )
        QCoreApplication.processEvents()
        return Screen("Today+suggestion", screen.root, screen.window)

    def session(self) -> Screen:
        """The session view during a session (the bridges, pain before 4), under the notice a laptop
        without a sound device shows: the tallest line above the page, and it grows with the text size."""
        window = self.window
        window.start_session(["glute_bridge"])
        pain = self._answer_next_day_then(_pain_dialog_type())
        QTest.keyClick(pain, Qt.Key.Key_4)
        QTest.keyClick(pain, Qt.Key.Key_Return)
        wait_until(lambda: window.controller is not None)
        no_device = "No audio output device was found, so the sound cues are silent."
        window._sound_problem(QCoreApplication.translate("CuePlayer", no_device))
        self.activate(window)
        QCoreApplication.processEvents()
        return Screen("Session", window.session_view, window)

    def _answer_next_day_then(self, kind: type) -> QWidget:
        from rugtimer.ui.dialogs.next_day_dialog import NextDayDialog

        def shown() -> bool:
            return bool(open_top_levels(kind) or open_top_levels(NextDayDialog))

        wait_until(shown)
        for check in open_top_levels(NextDayDialog):
            QTest.keyClick(check, Qt.Key.Key_Escape)  # ask me later
        return the_open(kind)

    # -- dialogs, each opened by the app's own code path

    def dialog(self, name: str) -> Screen:
        opener = getattr(self, f"_open_{name}")
        dialog = opener()
        QTest.qWaitForWindowExposed(dialog)
        self.activate(dialog)
        return Screen(name, dialog, dialog)

    def _open_pain(self) -> QWidget:
        self.window.start_session(["glute_bridge"])
        return self._answer_next_day_then(_pain_dialog_type())

    def _open_after_session(self) -> QWidget:
        from rugtimer.program.runner import SetDone
        from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog

        self.session()
        # The questions come only after a session with a finished set; the recorder takes it as the
        # controller hands it over when a set completes (a real set would take a minute here).
        self.window.recorder.set_done(SetDone("glute_bridge", 1, None, 10, 60.0))
        self.window.controller.stop()
        return the_open(AfterSessionDialog)

    def _open_hurt(self) -> QWidget:
        from rugtimer.ui.dialogs.hurt_dialog import HurtDialog

        self.session()
        QTest.keyClick(self.window, Qt.Key.Key_P)
        return the_open(HurtDialog)

    def _open_stop_confirmation(self) -> QWidget:
        self.session()
        QTest.keyClick(self.window, Qt.Key.Key_Escape)
        return the_open(QMessageBox)

    def _open_shortcuts(self) -> QWidget:
        from rugtimer.ui.dialogs.keyboard_help import KeyboardHelp

        self.window.show_shortcuts()
        return the_open(KeyboardHelp)

    def _open_settings(self) -> QWidget:
        from rugtimer.ui.dialogs.settings_dialog import SettingsDialog

        self.window.settings_actions.open_settings()
        return the_open(SettingsDialog)

    def _open_activity(self) -> QWidget:
        from rugtimer.ui.dialogs.activity_dialog import ActivityDialog

        self.window.log_activity()
        return the_open(ActivityDialog)

    def _open_program(self) -> QWidget:
        from rugtimer.ui.dialogs.program_dialog import ProgramDialog

        self.window.edit_program()
        return the_open(ProgramDialog)

    def _open_psk_check_in(self) -> QWidget:
        """The weekly PSK check-in on the demo's activities, opened as the flow opens it (it is not due
        mid-week on the demo, whose first session of this week already had it)."""
        from rugtimer.history.psk_store import PskStore
        from rugtimer.ui.dialogs.psk_dialog import PskDialog

        table = PskStore(self.window.context.store)
        dialog = PskDialog(table.activities(include_ended=False), {}, self.window)
        dialog.open()
        return the_open(PskDialog)

    def _open_psk_choose(self) -> QWidget:
        from rugtimer.ui.dialogs.psk_choose_dialog import PskChooseDialog

        self.window.psk.choose()
        return the_open(PskChooseDialog)

    def _open_next_day(self) -> QWidget:
        from rugtimer.ui.dialogs.next_day_dialog import NextDayDialog

        store = self.window.context.store
        started = now() - timedelta(hours=26)  # yesterday's session, 24 h over, not asked about yet
        for later in store.sessions(started.date(), now().date()):
            if later.started_at > started:  # the demo's later sessions would take the question over
                store.delete_session(later.id)
        session = store.begin_session(started, 1)
        store.record_set(one_set(session.id, started))
        store.finish_session(session.id, started + timedelta(minutes=20), "completed")
        self.window.coach.check_next_day(lambda: None)
        return the_open(NextDayDialog)

    def _open_suggestion(self) -> QWidget:
        from rugtimer.ui.dialogs.suggestion_dialog import SuggestionDialog

        store = self.window.context.store
        session = store.begin_session(now(), 1)
        store.record_hurt(HurtEvent(at=now(), exercise="glute_bridge", session_id=session.id))
        self.window.coach.after_session(session.id)
        return the_open(SuggestionDialog)

    def _open_welcome(self) -> QWidget:
        from rugtimer.ui.dialogs.welcome_dialog import WelcomeDialog

        self.window.coach.stored = False  # as on the very first start
        self.window.coach.on_start()
        return the_open(WelcomeDialog)

    def _open_edit_session(self) -> QWidget:
        self.page("History")
        dialog = self.window._history.edit_selected()
        assert dialog is not None
        return dialog

    def _open_delete_session(self) -> QWidget:
        self.page("History")
        box = self.window._history.ask_delete()
        assert box is not None
        return box


def _pain_dialog_type() -> type:
    from rugtimer.ui.dialogs.pain_dialog import PainDialog

    return PainDialog


PAGES = ("Today", "Progress", "History", "Help")
DIALOGS = (
    "pain",
    "after_session",
    "hurt",
    "stop_confirmation",
    "shortcuts",
    "settings",
    "activity",
    "program",
    "next_day",
    "suggestion",
    "welcome",
    "edit_session",
    "delete_session",
    "psk_check_in",
    "psk_choose",
)


SCREENS = (*PAGES, "Today+suggestion", "Session", *DIALOGS)


@contextlib.contextmanager
def running_app(paths: Paths, language: str = "en") -> Iterator[App]:
    app = App(paths, language)
    try:
        yield app
    finally:
        app.close()


def each_screen(folder: Path, names: tuple[str, ...] = SCREENS, language: str = "en") -> Iterator[Screen]:
    """Every screen in turn, each in a fresh window on its own demo history under ``folder``."""
    for index, name in enumerate(names):
        with running_app(Paths(folder / f"screen{index}"), language) as running:
            yield running.open(name)


# -- the layout probe, run in a subprocess with a 1366×768 offscreen screen


LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
WHOLE_AT_ONCE = ("pain", "after_session", "shortcuts")
"""Dialogs that fit 1366×768 without scrolling at every text size (the after-session questions put the
pain on the left and the rest on the right when the scale wraps)."""
IN_VIEW = {"welcome": ("choicePrompt", "choice_floor", "choice_ball", "choice_both", "startButton")}
"""What a screen shows without scrolling when it opens, at every text size (besides a dialog's closing
buttons, which every dialog must show)."""
MIN_PLOT_HEIGHT = 120  # px: a 0-10 axis with its title stays readable
MIN_HISTORY_ROWS = 5
"""Sessions History shows at once on the laptop (4 at 175 % was too few to compare a week)."""
TITLE_BAR = 40
"""Room a desktop's title bar takes above a window (offscreen windows have none); the main window leaves
the same."""


def probe_layouts(
    data_root: Path,
    text_scale: int,
    *,
    keyboard: bool = True,
    pictures: Path | None = None,
    language: str = "en",
    names: tuple[str, ...] = SCREENS,
) -> dict[str, object]:
    """Open every page and dialog (or those in ``names``) at ``text_scale`` percent (the app's own text-size
    setting) in ``language`` and list every text that does not fit and every window larger than the screen;
    with ``keyboard`` also the names and the Tab chain (a dialog too tall for the screen scrolls, which
    changes both). ``pictures``: a folder to save a screenshot of each screen in, to look at. Returns the
    screens seen, the offenders and ``measures``: sizes to compare between text sizes (the seconds')."""
    from rugtimer.ui.dialogs import ScrollingBody
    from rugtimer.ui.theme import apply_theme
    from rugtimer.ui.translations import install_translators
    from tests.ui.a11y_checks import (
        clipping_offenders,
        closing_buttons_offenders,
        focus_visibility_offenders,
        header_offenders,
        hidden_column_offenders,
        in_view_offenders,
        inherited_size_offenders,
        naming_offenders,
        rows_in_view_offenders,
        seconds_measures,
        seconds_offenders,
        squeezed_plot_offenders,
        tab_chain_offenders,
    )

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, language)  # noqa: F841 - kept alive for the probe
    apply_theme(app, "", text_scale)
    screen = app.primaryScreen().availableGeometry()
    offenders: list[str] = []
    seen: list[str] = []
    measures: dict[str, dict] = {}
    for shown in each_screen(data_root, names, language=language):
        name = shown.name
        seen.append(name)
        QCoreApplication.processEvents()
        window = shown.window
        if window.width() > screen.width() or window.height() + TITLE_BAR > screen.height():
            offenders.append(
                f"{name}: the window ({window.width()}×{window.height()}) and its title bar do not fit on"
                f" the screen ({screen.width()}×{screen.height()})"
            )
        minimum = window.minimumSizeHint()
        if window.width() < minimum.width() or window.height() < minimum.height():
            offenders.append(
                f"{name}: the window ({window.width()}×{window.height()}) is smaller than its content needs"
                f" ({minimum.width()}×{minimum.height()})"
            )
        if pictures is not None:
            window.grab().save(str(pictures / f"{name}.png"))
        offenders += clipping_offenders(name, shown.root)
        offenders += header_offenders(name, shown.root)
        offenders += inherited_size_offenders(name, shown.root)
        offenders += closing_buttons_offenders(name, window)
        offenders += in_view_offenders(name, window, IN_VIEW.get(name, ()))
        if name in WHOLE_AT_ONCE and window.findChild(ScrollingBody) is not None:
            offenders.append(f"{name}: the dialog scrolls; it is answered from the mat and must show whole")
        if name == "Session":
            offenders += seconds_offenders(name, shown.root)
            measures["seconds"] = seconds_measures(shown.root)
        if name == "History":
            offenders += rows_in_view_offenders(name, shown.root, "historyTable", MIN_HISTORY_ROWS)
            offenders += hidden_column_offenders(name, shown.root)
        if name == "Progress":
            offenders += squeezed_plot_offenders(name, shown.root, ("trendsPlot", "pskPlot"), MIN_PLOT_HEIGHT)
        if keyboard and name != "Session":
            offenders += naming_offenders(name, shown.root)
            offenders += focus_visibility_offenders(name, window, shown.root)
            offenders += tab_chain_offenders(name, window, shown.root)
    return {"screens": seen, "offenders": offenders, "measures": measures}


if __name__ == "__main__":
    import json
    import sys

    folder = Path(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] != "-" else None
    chosen = sys.argv[4] if len(sys.argv) > 4 else "en"
    print(json.dumps(probe_layouts(Path(sys.argv[1]), int(sys.argv[2]), pictures=folder, language=chosen)))


# -- History and Progress under the no-sound notice, on a laptop or at a desktop scale


NO_SOUND_DEVICE = "No audio output device was found, so the sound cues are silent."
PAGES_UNDER_NOTICE = ("History", "Progress")
MIN_SET_ROWS = 2
"""Sets of the selected session History shows at once, under its sessions."""
WHOLE_HISTORY_COLUMNS = {0: "date", 2: "pain", 3: "rating", 5: "status"}
"""History's columns whose texts must show whole (the status without its demo mark, the same in every row);
the exercises and the note elide, and show whole in their tool tip and under the table."""


def _without_demo_mark(text: str) -> str:
    return text.split(" · ", maxsplit=1)[0]


def probe_pages_under_notice(
    data_root: Path, text_scale: int, *, language: str = "en", pictures: Path | None = None
) -> dict[str, object]:
    """History and Progress as a laptop without a sound device shows them (a reviewer's case, under Xvfb):
    under the two-line no-sound notice, at ``text_scale`` percent, on whatever screen the process has (a
    1366×768 laptop, or that laptop at a desktop scale of 150 %: 911×512 logical pixels). Lists every text
    that does not fit, rows too few to read, columns hidden or cut, a page cut off on the right, and
    graph labels that overlap or are cut; ``measures``: the whole rows each History table shows."""
    from rugtimer.ui.theme import apply_theme
    from rugtimer.ui.translations import install_translators
    from tests.ui.a11y_checks import (
        clipping_offenders,
        cut_column_offenders,
        header_offenders,
        hidden_column_offenders,
        plot_text_offenders,
        sideways_cut_offenders,
        squeezed_plot_offenders,
        whole_rows_offenders,
        whole_rows_shown,
    )

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, language)  # noqa: F841 - kept alive for the probe
    apply_theme(app, "", text_scale)
    offenders: list[str] = []
    measures: dict[str, int] = {}
    for index, name in enumerate(PAGES_UNDER_NOTICE):
        with running_app(Paths(data_root / f"notice{index}"), language) as running:
            window = running.window
            window._sound_problem(QCoreApplication.translate("CuePlayer", NO_SOUND_DEVICE))
            shown = running.page(name)
            for _round in range(5):  # the page's own deferred fitting (History's split, Progress's labels)
                QCoreApplication.processEvents()
            screen = f"{name} under the notice"
            if pictures is not None:
                window.grab().save(str(pictures / f"{name}-notice.png"))
            offenders += clipping_offenders(screen, shown.root)
            offenders += header_offenders(screen, shown.root)
            offenders += sideways_cut_offenders(screen, shown.root)
            offenders += plot_text_offenders(screen, shown.root)
            if name == "History":
                offenders += whole_rows_offenders(screen, shown.root, "historyTable", MIN_HISTORY_ROWS)
                offenders += whole_rows_offenders(screen, shown.root, "setsTable", MIN_SET_ROWS)
                offenders += hidden_column_offenders(screen, shown.root)
                offenders += cut_column_offenders(
                    screen, shown.root, "historyTable", WHOLE_HISTORY_COLUMNS, keep=_without_demo_mark
                )
                for table in ("historyTable", "setsTable"):
                    measures[table] = whole_rows_shown(shown.root.findChild(QWidget, table))
            if name == "Progress":
                offenders += squeezed_plot_offenders(
                    screen, shown.root, ("trendsPlot", "pskPlot"), MIN_PLOT_HEIGHT
                )
    return {"screens": list(PAGES_UNDER_NOTICE), "offenders": offenders, "measures": measures}
