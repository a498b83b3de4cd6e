"""``rugtimer plan``: the current program (plan week, exercises, dose, variant, rest) as text.

Read-only and lock-free, like ``rugtimer trends``: a missing history is "not chosen yet" (the start plan is
shown) and is not created; a file it cannot use is reported and left as it is.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from rugtimer.app.coaching import current_program, default_program
from rugtimer.commands.arguments import day, read_history
from rugtimer.history.errors import HistoryError
from rugtimer.paths import Paths
from rugtimer.program.coach import plan_week
from rugtimer.program.library import load_library
from rugtimer.program.program_text import program_lines
from rugtimer.program.validation import ProgramError
from rugtimer.settings import load_settings


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "plan",
        help="print the current program: plan week, exercises, dose, variant, rest",
        description="Print the current program as text, to read or to print and put beside the mat.",
    )
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default=None,
        help="language of the text (default: the app's language setting, else the system's)",
    )
    parser.add_argument(
        "--today", type=day, default=None, metavar="YYYY-MM-DD", help="pretend today is this date"
    )
    parser.set_defaults(run=run)


def _language(args: argparse.Namespace, paths: Paths) -> str:
    if args.language:
        return args.language
    settings, _problems = load_settings(paths.settings)
    if settings.language:
        return settings.language
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "en" if system.startswith("en") else "nl"


def run(args: argparse.Namespace, paths: Paths) -> int:
    today = args.today or date.today()
    language = _language(args, paths)
    try:
        library = load_library()
    except ProgramError as exc:
        print(f"rugtimer: the exercise library is damaged: {exc}", file=sys.stderr)
        return 1
    rest = load_settings(paths.settings)[0].rest_seconds
    try:
        store = read_history(paths)
        if store is None:
            lines = program_lines(
                default_program(library),
                library,
                language,
                plan_week=1,
                plan_start=None,
                rest_seconds=rest,
                chosen=False,
            )
        else:
            with store:
                current = current_program(store, library)
                start = store.plan_start()
            if current.problem:
                instead = "the version before it is shown" if current.stored else "the start plan is shown"
                print(
                    f"rugtimer: the newest saved program could not be read ({current.problem}); {instead}",
                    file=sys.stderr,
                )
            lines = program_lines(
                current.program,
                library,
                language,
                plan_week=plan_week(start, today) if start else 1,
                plan_start=start,
                rest_seconds=rest,
                chosen=current.stored,
            )
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0
