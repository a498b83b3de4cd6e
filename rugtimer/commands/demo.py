"""``rugtimer demo --weeks N``: fill an empty data folder with a clearly marked demo history.

For previewing every screen, screenshots and benchmarks. Takes the single-writer lock (it writes), refuses a
folder that holds real history or already a demo, and writes all or nothing in one transaction.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from rugtimer.app.demo import MAX_WEEKS, demo_start, fill_demo
from rugtimer.commands.arguments import add_language_option, day, language_of, whole_number
from rugtimer.history import folder
from rugtimer.history.errors import AlreadyRunning, HistoryError
from rugtimer.history.lock import InstanceLock
from rugtimer.history.psk_store import PskStore
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "demo",
        help="fill an empty data folder with a clearly marked demo history",
        description=(
            "Fill an empty data folder with a plausible demo history (marked as demo) ending yesterday. "
            "Refuses a folder that already holds history. RugTimer must not be running."
        ),
    )
    parser.add_argument(
        "--weeks", type=whole_number(1, MAX_WEEKS), required=True, metavar="N", help=f"1 to {MAX_WEEKS} weeks"
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="the same seed gives the same history (default 7)"
    )
    parser.add_argument(
        "--today", type=day, default=None, metavar="YYYY-MM-DD", help="pretend today is this date"
    )
    add_language_option(parser, "the demo person's own words (the activities they want to do again)")
    parser.set_defaults(run=run)


def _is_empty(store: HistoryStore) -> bool:
    return (
        store.session_count() == 0
        and not store.hurt_events()
        and not store.pain_entries()
        and not store.activities()
        and not store.plan_changes()
        and store.current_program() is None
        and not store.coach_answers()
        and not PskStore(store).activities()
    )


def run(args: argparse.Namespace, paths: Paths) -> int:
    today = args.today or date.today()
    try:
        demo_start(
            args.weeks, today
        )  # before the folder is touched: a demo that cannot be made changes nothing
    except ValueError as exc:
        print(f"rugtimer demo: {exc}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    try:
        folder.prepare(paths)
        with InstanceLock(paths.lock, holder="demo"), HistoryStore.open(paths) as store:
            if not store.has_real_history() and not _is_empty(store):
                print(
                    f"rugtimer: {paths.data_dir} already holds a demo history; nothing was changed. "
                    "Use an empty folder (--data-dir) for a new one.",
                    file=sys.stderr,
                )
                return 1
            made = fill_demo(
                store, args.weeks, today=today, seed=args.seed, language=language_of(args, paths)
            )
    except AlreadyRunning as exc:
        hint = " Close RugTimer first." if exc.holder == "app" else ""
        print(f"rugtimer: {exc}{hint}", file=sys.stderr)
        return 1
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - began
    print(
        f"made a demo history in {paths.data_dir}: {made.sessions} sessions "
        f"({made.interrupted} interrupted, {made.stopped} stopped) from {made.first_date} to {made.last_date}, "
        f"{made.sets} sets, {made.hurt_events} 'this hurts' events, {made.plan_changes} plan changes "
        f"in {made.programs} program versions, {made.activities} activities, {made.psk_scores} weekly scores of "
        f"what the person wants to do again ({seconds:.1f} s)"
    )
    return 0
