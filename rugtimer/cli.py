"""The command line: global options, the sub-commands, and the exit codes scripts rely on.

Exit codes: 0 ok, 1 a problem found or the action failed (message on stderr), 2 bad usage.
Everything here works without a display; the GUI is imported only when no sub-command is given.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from rugtimer import __version__
from rugtimer.paths import DATA_DIR_ENV, Paths, resolve_paths

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

# Each name is a module in rugtimer.commands; imported lazily so `--help` stays fast.
COMMANDS: tuple[str, ...] = (
    "check_program",
    "check",
    "backup",
    "restore",
    "trends",
    "demo",
    "export",
    "import_",
    "plan",
)


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here, not at the top: the app's start (``app_only``) does without it

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            self.print_usage(sys.stderr)
            self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")

    parser = _Parser(
        prog="rugtimer",
        description=(
            "RugTimer: follow your low-back-pain home exercise program with timers and spoken cues, "
            "rate your pain, and follow your progress. Without a command the app starts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"RugTimer {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=(
            f"keep every file of this run in DIR (also: environment variable {DATA_DIR_ENV}); may also "
            "come after the command, and when given both before and after, the one after wins"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"rugtimer.commands.{name}")
        module.add_parser(subparsers)
    for subparser in dict.fromkeys(subparsers.choices.values()):  # once each, in order
        add_global_options(subparser)
    return parser


def add_global_options(subparser: argparse.ArgumentParser) -> None:
    """The global ``--data-dir`` after a sub-command too, since people type it either way.

    Its default is SUPPRESS, so the sub-command sets ``data_dir`` only when the option is given there:
    then it replaces one given before the command, like any option given twice (the last one wins).
    """
    import argparse

    subparser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=(
            f"keep every file of this run in DIR (also: environment variable {DATA_DIR_ENV}); "
            "wins over a --data-dir given before the command"
        ),
    )


def app_only(argv: Sequence[str]) -> SimpleNamespace | None:
    """The parsed arguments when ``argv`` only starts the app (nothing, ``--data-dir DIR`` or
    ``--data-dir=DIR``); None for anything else, which the full parser reads.

    The full parser imports argparse and every sub-command, and with them much of RugTimer's core (~40 ms
    more before the window's first paint); the app's start does not need them. The forms taken here are the
    ones argparse reads the same way without a doubt (a value starting with "-" goes to the full parser,
    which decides as always).
    """
    args = list(argv)
    if not args:
        return SimpleNamespace(data_dir=None, command=None)
    if len(args) == 1 and args[0].startswith("--data-dir="):
        return SimpleNamespace(data_dir=args[0].partition("=")[2], command=None)
    if len(args) == 2 and args[0] == "--data-dir" and not args[1].startswith("-"):
        return SimpleNamespace(data_dir=args[1], command=None)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a path that is not UTF-8 is printed escaped, never a traceback
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    argv = sys.argv[1:] if argv is None else argv
    args = app_only(argv) or build_parser().parse_args(argv)
    paths: Paths = resolve_paths(args.data_dir)
    # Commands that never use the data folder (check-program) do not look at it either.
    if getattr(args, "uses_data_dir", True):
        problem = data_dir_problem(paths)
        if problem:
            print(f"rugtimer: {problem}", file=sys.stderr)
            if args.command is None:  # started from a menu there is no terminal: say it in a window too
                from rugtimer.ui.app import explain_unusable_folder

                explain_unusable_folder(paths, sys.argv[:1])
            return EXIT_PROBLEM
    if args.command is None:
        from rugtimer.ui.app import run_gui

        return run_gui(paths, sys.argv[:1])
    try:
        return int(args.run(args, paths))
    except UsageError as exc:
        print(f"rugtimer: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def data_dir_problem(paths: Paths) -> str | None:
    """Why the data folder cannot be used at all (it or a folder above it is a file, or a path the OS will
    not let us look at).

    Asked before any command reads the folder: under a file, every file name is "not there", and a
    reader would otherwise say the history is missing (or that there is none yet) instead of the cause.
    """
    from rugtimer.history.folder import file_in_path

    data_dir = paths.data_dir
    try:
        blocker = file_in_path(data_dir)
    except OSError as exc:
        return f"the data folder {data_dir} cannot be used: {exc.strerror or exc}; choose another --data-dir"
    if blocker == data_dir:
        return f"the data folder {data_dir} is a file, not a folder; choose another --data-dir"
    if blocker is not None:
        return (
            f"the data folder {data_dir} cannot be used: {blocker} is a file, not a folder; "
            "choose another --data-dir"
        )
    return None
