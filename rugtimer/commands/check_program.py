"""``rugtimer check-program FILE...``: validate program, exercise, plan or reference files (TOML).

A physiotherapist checks a program file (``rugtimer-program``) here before giving it to a patient: a good
file prints one summary line, a bad one every problem with its file, field and what was expected.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rugtimer.paths import Paths


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check-program",
        help="validate program, exercise or plan files (TOML); list every problem",
        description=(
            "Validate program files (what My program imports and exports) and exercise, plan or reference"
            " files in RugTimer's TOML format (docs/program-format.md). Exit 0 when every file is good,"
            " 1 when a file has problems (each one printed with its file, field and what was expected)."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path)
    parser.set_defaults(run=run, uses_data_dir=False)


def run(args: argparse.Namespace, paths: Paths) -> int:
    from rugtimer.program.checking import check_files

    failed = 0
    for report in check_files(args.files):
        if report.problems:
            failed += 1
            for problem in report.problems:
                print(problem, file=sys.stderr)
        else:
            print(f"{report.file}: ok — {report.summary}")
    if failed:
        print(f"{failed} of {len(args.files)} file(s) have problems", file=sys.stderr)
        return 1
    return 0
