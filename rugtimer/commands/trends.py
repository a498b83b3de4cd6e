"""``rugtimer trends``: the weekly numbers behind the pain graph, as an aligned table or CSV.

Lock-free (WAL lets it read while the app writes). A missing or empty history file is "nothing yet", not an
error, and is not created. A file it cannot use is reported and left exactly as it is: unlike the app, this
command never moves a damaged file aside (``db.inspect`` looks first, read-only).
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date, timedelta

from rugtimer.commands.arguments import day, read_history, whole_number
from rugtimer.history.errors import HistoryError
from rugtimer.history.trends import WeekStats, load_weekly_psk, load_weekly_stats
from rugtimer.model.psk import PskWeek
from rugtimer.model.weeks import monday_of
from rugtimer.paths import Paths

HEADER = (
    "week",
    "first_date",
    "exercise_days",
    "sessions",
    "pain_before_mean",
    "pain_before_min",
    "pain_before_max",
    "pain_after_mean",
    "psk_mean",
    "psk_scored",
)
NOTHING_YET = "No sessions yet: the weekly numbers appear here after your first session."


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "trends",
        help="print the weekly pain numbers (ISO weeks of the local date) as a table or CSV",
        description=(
            "Print per ISO week: first date, days with exercises (a session with at least one completed "
            "set; the plan's target counts these), sessions, mean / min / max pain before and mean pain "
            "after, and the PSK (what you want to do again: the mean of the week's 0-10 scores, 0 = no "
            "difficulty, and how many activities were scored). Weeks without sessions are shown empty, "
            "never as zero."
        ),
    )
    parser.add_argument(
        "--weeks",
        type=whole_number(0),
        default=12,
        metavar="N",
        help="the last N ISO weeks up to today, the current week included (default 12; 0 = everything)",
    )
    parser.add_argument("--format", choices=("table", "csv"), default="table", help="output format")
    parser.add_argument(
        "--today", type=day, default=None, metavar="YYYY-MM-DD", help="pretend today is this date"
    )
    parser.set_defaults(run=run)


def _number(value: float | None, decimals: int) -> str:
    return "" if value is None else f"{value:.{decimals}f}"


def row(week: WeekStats, decimals: int, psk_week: PskWeek | None = None) -> tuple[str, ...]:
    """One week as texts; an empty text is a gap (no rating that week)."""
    scored = 0 if psk_week is None else sum(v is not None for v in psk_week.scores.values())
    return (
        week.label,
        week.first_date.isoformat(),
        str(week.exercise_days),
        str(week.sessions),
        _number(week.pain_before_mean, decimals),
        "" if week.pain_before_min is None else str(week.pain_before_min),
        "" if week.pain_before_max is None else str(week.pain_before_max),
        _number(week.pain_after_mean, decimals),
        _number(None if psk_week is None else psk_week.mean, decimals),
        str(scored) if psk_week is not None else "",
    )


def _print_table(weeks: list[WeekStats], psk_weeks: dict[date, PskWeek]) -> None:
    titles = (
        "week",
        "first date",
        "days",
        "sessions",
        "before mean",
        "min",
        "max",
        "after mean",
        "psk",
        "scored",
    )
    rows = [tuple(cell or "-" for cell in row(week, 1, psk_weeks.get(week.first_date))) for week in weeks]
    widths = [max(len(r[i]) for r in (titles, *rows)) for i in range(len(titles))]
    for r in (titles, *rows):
        cells = [r[0].ljust(widths[0]), r[1].ljust(widths[1])]
        cells += [cell.rjust(width) for cell, width in zip(r[2:], widths[2:], strict=True)]
        print("  ".join(cells))


def run(args: argparse.Namespace, paths: Paths) -> int:
    today = args.today or date.today()
    start = monday_of(today) - timedelta(weeks=args.weeks - 1) if args.weeks else None
    try:
        store = read_history(paths)
        if store is None:
            print(NOTHING_YET)
            return 0
        with store:
            if store.session_count() == 0:
                print(NOTHING_YET)
                return 0
            weeks = load_weekly_stats(store, start=start, end=today)
            psk_weeks = load_weekly_psk(store, start=start, end=today)
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(row(week, 2, psk_weeks.get(week.first_date)) for week in weeks)
    else:
        _print_table(weeks, psk_weeks)
    return 0
