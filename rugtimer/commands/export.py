"""``rugtimer export``: the history as JSON (complete, re-importable), CSV (for a spreadsheet) or a PDF report.

Lock-free (WAL lets it read while the app runs) and it never changes the history: a damaged or newer file is
reported, not moved aside. The output is written atomically and created 0600 (it is health data).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from rugtimer.atomic_file import write_atomically
from rugtimer.commands.arguments import add_language_option, day, language_of, read_history
from rugtimer.history.errors import HistoryError
from rugtimer.history.exchange import (
    check_delimiter,
    dump_json,
    export_csv,
    export_json,
)
from rugtimer.paths import Paths
from rugtimer.settings import load_settings

PDF_MISSING = "PDF export is not available in this version"


def _delimiter(text: str) -> str:
    text = {"tab": "\t", "\\t": "\t"}.get(text.lower(), text)
    try:
        return check_delimiter(text)
    except HistoryError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export",
        help="export the history as JSON, CSV or a PDF report",
        description=(
            "Write the history (or the period --from .. --to, local dates, inclusive) to PATH. "
            "JSON is complete and can be imported again; CSV is for a spreadsheet (see docs/export-format.md)."
        ),
    )
    parser.add_argument("--format", choices=("csv", "json", "pdf"), required=True, help="what to write")
    parser.add_argument("--out", type=Path, required=True, metavar="PATH", help="the file to write")
    parser.add_argument("--from", dest="start", type=day, metavar="YYYY-MM-DD", help="first date")
    parser.add_argument("--to", dest="end", type=day, metavar="YYYY-MM-DD", help="last date")
    add_language_option(parser, "the PDF report")
    parser.add_argument(
        "--table",
        choices=("sets", "sessions", "psk"),
        default="sets",
        help="CSV: one row per set (default), per session, or (psk) per activity and week of "
        '"What you want to do again", a file of its own',
    )
    parser.add_argument(
        "--delimiter",
        type=_delimiter,
        default=";",
        metavar="X",
        help='CSV: the column separator (default ";" with decimal commas, for Excel/LibreOffice in Dutch; '
        '"," or "tab" give decimal points)',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, paths: Paths) -> int:
    if args.start and args.end and args.start > args.end:
        print(
            f"rugtimer export: --from {args.start} is after --to {args.end}; nothing was written",
            file=sys.stderr,
        )
        return 2
    try:
        is_folder = args.out.is_dir()
    except OSError as exc:  # a name too long for the file system, a path through a file, ...
        print(
            f"rugtimer: could not write {args.out}: {exc.strerror or exc}; nothing was written",
            file=sys.stderr,
        )
        return 1
    if is_folder:
        print(f"rugtimer export: {args.out} is a folder; give a file name", file=sys.stderr)
        return 2
    write_report = None
    if args.format == "pdf":
        try:
            from rugtimer.ui.report_render import write_report  # type: ignore[import-not-found, no-redef]
        except ImportError:
            print(f"rugtimer: {PDF_MISSING}", file=sys.stderr)
            return 1
    try:
        store = read_history(paths)
        if store is None:
            print(
                f"rugtimer: there is no history in {paths.data_dir} yet; nothing was written", file=sys.stderr
            )
            return 1
        with store:
            if write_report is not None:
                from rugtimer.program.library import load_library

                pages = write_report(
                    store,
                    load_library(),
                    args.out,
                    start=args.start,
                    end=args.end,
                    language=language_of(args, paths),
                    rest_seconds=load_settings(paths.settings)[0].rest_seconds,
                )
                what = f"a PDF report of {pages} pages"
            elif args.format == "json":
                data = export_json(store, args.start, args.end, datetime.now().astimezone())
                write_atomically(args.out, dump_json(data))
                what = f"{len(data['sessions'])} sessions as JSON"
            else:
                text = export_csv(store, args.start, args.end, args.table, args.delimiter)
                write_atomically(args.out, text.encode("utf-8"))
                rows = text.count("\r\n") - 1
                what = f"{rows} {'PSK scores' if args.table == 'psk' else args.table} as CSV"
    except HistoryError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"rugtimer: could not write {args.out}: {exc.strerror or exc}; nothing was written",
            file=sys.stderr,
        )
        return 1
    print(f"wrote {what} to {args.out}")
    return 0
