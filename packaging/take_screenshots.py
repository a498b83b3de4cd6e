"""Render the main screens to PNG for docs/screenshots (deterministic: a fake clock, a fixed date, no sound).

Under Xvfb, so dialogs size themselves against a real 1366×768 screen (the offscreen platform's screen is
800×800 and would squeeze them):
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
      .venv/bin/python packaging/take_screenshots.py --size 1366x768 --lang nl
With ``--text-scale 175`` (no theme) the files are named ``<screen>-<lang>-175.png`` (pain-dialog-nl-175.png);
``--only`` picks screens, e.g. ``--only pain-dialog,after-session,keyboard-help,today,history,progress,my-program``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from rugtimer.history.store import HistoryStore
from rugtimer.model.records import Activity, PainEntry, SessionRecord, SetRecord
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.timeline import TimelineSettings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import RecordingCuePlayer
from rugtimer.ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[1]


class Clock:
    def __init__(self) -> None:
        self.now = 10**12

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1e9)


NOW = datetime(2026, 11, 10, 18, 0, tzinfo=timezone(timedelta(hours=1)))  # Tuesday of plan week 2


def seed_a_good_first_week(store: HistoryStore) -> None:
    """Plan week 1 with three sessions and some walking, so Today shows this week's suggestion."""
    from rugtimer.app import coaching

    library = load_library()
    monday = NOW.date() - timedelta(days=NOW.weekday() + 7)
    coaching.choose_start(store, library, "floor", datetime.combine(monday, time(9), NOW.tzinfo))
    for offset, pain in ((0, 5), (2, 4), (4, 4)):
        start = datetime.combine(monday + timedelta(days=offset), time(18), NOW.tzinfo)
        session = SessionRecord(
            started_at=start,
            ended_at=start + timedelta(minutes=20),
            status="completed",
            plan_week=1,
            pain_before=pain,
            pain_after=pain - 1,
            rating="good",
        )
        store.add_session(session)
        for number, exercise in enumerate(("knee_rocking", "glute_bridge", "bird_dog"), start=1):
            done = start + timedelta(minutes=5 * number)  # the sets make it a day with exercises
            store.record_set(
                SetRecord(session_id=session.id, exercise=exercise, set_number=1, completed_at=done)
            )
    store.add_pain_entry(
        PainEntry(at=NOW - timedelta(days=3), pain=3, context="next_day_check", response="better_or_same")
    )
    for offset, kind, minutes in ((7, "walking", 30), (8, "cycling", 20)):
        store.add_activity(Activity(date=monday + timedelta(days=offset), kind=kind, minutes=minutes))


def take_coaching_shots(window, shot) -> None:
    """The coach's dialogs and the help page, each shown as the app shows it."""
    from rugtimer.program.coach import hurt_step_backs
    from rugtimer.ui.dialogs.activity_dialog import ActivityDialog
    from rugtimer.ui.dialogs.next_day_dialog import NextDayDialog
    from rugtimer.ui.dialogs.suggestion_dialog import SuggestionDialog
    from rugtimer.ui.dialogs.welcome_dialog import WelcomeDialog

    context = window.context
    language = context.language
    dialogs = [
        ("welcome", WelcomeDialog(language, window)),
        ("next-day-check", NextDayDialog(NOW.date() - timedelta(days=1), language, window)),
        ("activity", ActivityDialog(NOW.date(), language, window)),
    ]
    [step] = hurt_step_backs(window.coach.program, ["glute_bridge"], context.library.exercises)
    explanation = window.coach.tr(
        "This exercise hurt today. Next time it starts lighter, unless you would rather keep it as it is."
    )
    dialogs.append(
        (
            "lighter-next-time",
            SuggestionDialog(step, context.library.exercise("glute_bridge"), language, explanation, window),
        )
    )
    for name, dialog in dialogs:
        dialog.show()
        shot(name, dialog)
        dialog.close()
    from rugtimer.ui.dialogs.program_dialog import ProgramDialog

    program = ProgramDialog(
        context.library, window.coach.program, context.settings.rest_seconds, language, window
    )
    program.show()
    shot("my-program", program)
    program.close()
    window.show_help("alarm")
    shot("help")
    window.show_help("ball")
    window._help.height_box.setValue(181)
    shot("help-ball")
    window.show_today()


def take_text_size_shots(window, shot) -> None:
    """The screens that did not fit at 175 % text: the pain question, the keyboard help, History and
    Progress, each opened the way the app opens it."""
    from rugtimer.ui.dialogs.keyboard_help import KeyboardHelp
    from rugtimer.ui.dialogs.pain_dialog import PainDialog

    pain = PainDialog(window.tr("How much pain do you have now?"), allow_skip=True, parent=window)
    pain.show()
    shot("pain-dialog", pain)
    pain.close()
    keys = KeyboardHelp(window)
    keys.show()
    shot("keyboard-help", keys)
    keys.close()
    window.show_history()
    shot("history")
    window.show_trends()
    shot("progress")
    window.show_today()


def main() -> int:  # noqa: PLR0915 - one linear script of screens
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--theme", choices=("light", "dark", "high_contrast"), help="theme-<theme>-<scale>-*.png"
    )
    parser.add_argument(
        "--text-scale",
        type=int,
        default=100,
        help="text size in percent (alone: <screen>-<lang>-<scale>.png)",
    )
    parser.add_argument(
        "--demo-weeks", type=int, default=0, help="a demo history of this many weeks (a graph, many rows)"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated screen names to save, e.g. today,session-hold"
    )
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)  # noqa: F841 - kept alive for the run
    if args.theme or args.text_scale != 100:
        from rugtimer.ui.theme import apply_theme

        apply_theme(app, args.theme or "", args.text_scale)
    from rugtimer.ui.dialogs.after_session_dialog import AfterSessionDialog
    from rugtimer.ui.main_window import MainWindow

    clock = Clock()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.lang}-{width}x{height}" if args.text_scale == 100 else f"{args.lang}-{args.text_scale}"
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder))
        store = HistoryStore.open(paths)
        if args.demo_weeks:
            from rugtimer.app.demo import fill_demo

            fill_demo(store, args.demo_weeks, today=NOW.date(), library=load_library(), language=args.lang)
        else:
            seed_a_good_first_week(store)
        cues = RecordingCuePlayer(language=args.lang)
        context = AppContext(
            paths, load_library(), store, cues, args.lang, clock=clock, wall_clock=None, now=lambda: NOW
        )
        window = MainWindow(context, TimelineSettings())
        window.resize(width, height)
        window.show()

        def shot(name: str, widget=None) -> None:
            if args.only and name not in args.only.split(","):
                return
            for _ in range(5):  # a layout change can post the next one (a scroll area sizing its page)
                app.processEvents()
            target = args.out / f"{name}-{suffix}.png"
            if args.theme:
                target = args.out / f"theme-{args.theme}-{args.text_scale}-{name}.png"
            (widget or window).grab().save(str(target))
            print(target)

        window.coach.refresh_panel()
        shot("today")
        take_coaching_shots(window, shot)
        take_text_size_shots(window, shot)
        window._begin([window.coach.dose_for("glute_bridge")], 3)
        controller = window.controller
        for name, seconds in (
            ("session-get-ready", 1.2),
            ("session-up", 4.5),
            ("session-hold", 2.0),
            ("session-down", 2.0),
        ):
            clock.advance(seconds)
            controller._on_boundary()
            window._show_state()
            shot(name)
        clock.advance(57.0)
        controller._on_boundary()
        controller.frame.emit()
        shot("session-rest")
        window.toggle_floor_mode()
        window.showNormal()
        window.session_view.set_floor_mode(True)
        window.resize(width, height)
        shot("floor-mode")
        window.session_view.set_floor_mode(False)
        dialog = AfterSessionDialog(window)
        dialog.show()
        shot("after-session", dialog)
        dialog.close()
        controller.runner.stop()
        controller.shutdown()
        window.controller = None
        window.close()
        # Qt deletes the window (and the graph's pyqtgraph items inside their scroll area) now, in its own
        # order; left to Python's shutdown, the order is arbitrary and the process could crash on exit.
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
