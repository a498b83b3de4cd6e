"""``rugtimer plan``: the current program (plan week, exercises, dose, variant, rest) as text.

Read-only and lock-free, like ``rugtimer trends``: a missing history is "not chosen yet" (the start plan is
shown) and is not created; a file it cannot use is reported and left as it is.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from rugtimer.app.plan_summary import plan_summary
from rugtimer.commands.arguments import add_language_option, day, language_of, read_history
from rugtimer.history.errors import HistoryError
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.validation import ProgramError
from rugtimer.settings import load_settings


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "plan",
        help="print the current program: plan week, exercises, dose, variant, rest",
        description="Print the current program as text, to read or to print and put beside the mat.",
    )
    add_language_option(parser, "the text")
    parser.add_argument(
        "--today", type=day, default=None, metavar="YYYY-MM-DD", help="pretend today is this date"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    today = args.today or date.today()
    language = language_of(args, paths)
    try:
        library = load_library()
    except ProgramError as exc:
        print(f"rugtimer: the exercise library is damaged: {exc}", file=sys.stderr)
        return 1
    rest = load_settings(paths.settings)[0].rest_seconds
    try:
        store = read_history(paths)
        if store is None:
            summary = plan_summary(None, library, today, rest_seconds=rest)
        else:
            with store:
                summary = plan_summary(store, library, today, rest_seconds=rest)
        if summary.problem:
            instead = "the version before it is shown" if summary.chosen else "the start plan is shown"
            print(
                f"rugtimer: the newest saved program could not be read ({summary.problem}); {instead}",
                file=sys.stderr,
            )
        lines = summary.lines(library, language)
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0
