"""Hostile input and damaged folders (issue 16): nothing bricks the app, a refusal is clean and located, and a
damaged history never costs the good backup.

Everything goes through the command line (``rugtimer.cli.main`` in-process, as a script would call it) or the
public core readers (``load_settings``, ``parse_history``, ``read_program_file``, ``current_program``). The
hostile files come from ``hostile_strategies.py``; big files are built in ``tmp_path``, never committed.

The property over every reader: a file is accepted, or refused with exit code 1 and a message on stderr that
names the file and (for a problem in one field) the field's path; never a traceback; after a refusal the
history is byte-identical (the database, its ``-wal`` and every backup). What was accepted must leave every
other command working: ``plan`` prints a program, ``trends`` a sane number of weeks, exports work.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from rugtimer.cli import main
from tests.reliability import hostile_strategies as hs

# Deterministic (derandomize, no example database) and cheap: no shrinking, so a failure shows the drawn case.
HOSTILE = settings(
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
MAX_WEEKS = (date.today() - date(2000, 1, 1)).days // 7 + 3
"""More weekly rows than this in `trends --weeks 0` means a record older than 2000 got in."""
PROGRAM_LINE = re.compile(r"^\s*1\s{2,}\S", re.MULTILINE)
"""The first numbered exercise line of `rugtimer plan` ("  1  Knee rocking on your back   1 min")."""
NAMESPACE = uuid.UUID("5d3c0f2e-7a51-4d43-9d0e-1f2a3b4c5d6e")
# The demo fills whole ISO weeks up to yesterday, so its last week holds as many days as today is into the
# week: on a Tuesday a 1-week demo is a single Monday with no activity. The module's histories are made as if
# today were this week's Monday, so they hold the same records whatever weekday the suite runs on.
DEMO_TODAY = (date.today() - timedelta(days=date.today().weekday())).isoformat()


# --- running the command line ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    code: int | str
    out: str
    err: str
    crash: str = ""  # an exception that escaped main(): what a person would see as a traceback

    def __str__(self) -> str:
        crash = f"\n  escaped: {self.crash}" if self.crash else ""
        return f"exit {self.code}{crash}\n  stderr: {self.err[-800:]!r}\n  stdout: {self.out[-300:]!r}"


def rugtimer(*argv: str, data: Path | None = None) -> Run:
    """``rugtimer [--data-dir DATA] ARGV`` in this process; stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    crash = ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | str = main([*(["--data-dir", str(data)] if data is not None else []), *argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:
            code = "crash"
            crash = "".join(traceback.format_exception_only(exc)).strip()[-500:]
    return Run(code, out.getvalue(), err.getvalue(), crash)


def assert_refused_cleanly(run: Run, file: Path, where: tuple[str, ...], label: str) -> None:
    """Exit 1, no traceback, stderr names the file and (when given) one of the field paths."""
    assert not run.crash, f"{label}: an exception escaped main(): {run}"
    assert run.code == 1, f"{label}: expected exit 1: {run}"
    assert "Traceback" not in run.out + run.err, f"{label}: a traceback was printed: {run}"
    assert str(file) in run.err, f"{label}: the message does not name the file {file}: {run}"
    if where:
        assert any(hs.mentions(run.err, w) for w in where), (
            f"{label}: the message names none of {where}: {run}"
        )
    assert "CHECK constraint" not in run.err and "constraint failed" not in run.err, (
        f"{label}: raw SQL: {run}"
    )


def prints_a_program(run: Run) -> bool:
    return run.code == 0 and PROGRAM_LINE.search(run.out) is not None


def clean_text(text: str) -> bool:
    """No NUL and no lone surrogate (text that cannot be written as UTF-8)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --- folders -----------------------------------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str | None]:
    """The history as bytes: the database, its -wal (absent = empty) and every backup."""
    database = folder / "history.sqlite3"
    wal = folder / "history.sqlite3-wal"
    state: dict[str, str | None] = {
        "history.sqlite3": digest(database) if database.exists() else None,
        "history.sqlite3-wal": digest(wal) if wal.exists() and wal.stat().st_size else "empty",
    }
    backups = folder / "backups"
    for backup in sorted(backups.iterdir()) if backups.is_dir() else []:
        state[f"backups/{backup.name}"] = digest(backup) if backup.is_file() else "folder"
    return state


def fresh_copy(template: Path, parent: Path) -> Path:
    folder = parent / "data"
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("*-shm", "rugtimer.lock"))
    return folder


class World:
    """Made once per module: a small history to import into, and a valid export of another history."""

    def __init__(self, template: Path, base: dict[str, Any], base_file: Path) -> None:
        self.template = template  # a demo history (1 week, seed 1) with one backup
        self.base = base  # a valid export of another demo history (6 weeks, seed 7), every kind of record
        self.base_file = base_file

    def __repr__(self) -> str:
        return f"World({self.template.parent})"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile-world")
    template = root / "template"
    for run in (
        rugtimer("demo", "--weeks", "1", "--seed", "1", "--today", DEMO_TODAY, data=template),
        rugtimer("backup", data=template),
        rugtimer("demo", "--weeks", "6", "--seed", "7", "--today", DEMO_TODAY, data=root / "source"),
        rugtimer("export", "--format", "json", "--out", str(root / "export.json"), data=root / "source"),
    ):
        assert run.code == 0, str(run)
    base = json.loads((root / "export.json").read_text("utf-8"))
    # Every kind of record at least once (the demo makes no pain entries or coach answers of its own).
    at = base["sessions"][-1]["started_at"]
    base["pain_entries"].append(
        {"id": str(uuid.uuid5(NAMESPACE, "pain")), "at": at, "pain": 3, "context": "manual", "note": "stiff"}
    )
    if not base["coach_answers"]:
        base["coach_answers"].append(
            {
                "id": str(uuid.uuid5(NAMESPACE, "answer")),
                "at": at,
                "kind": "progression",
                "exercise": "glute_bridge",
                "change": "reps",
                "from": "10",
                "to": "12",
                "answer": "declined",
            }
        )
    (root / "export.json").write_text(json.dumps(base, indent=1), "utf-8")
    kinds = (
        "sessions",
        "activities",
        "programs",
        "hurt_events",
        "plan_changes",
        "pain_entries",
        "coach_answers",
    )
    assert all(base[kind] for kind in kinds), "the demo changed shape"
    # The unchanged export goes in, or every refusal below would prove nothing.
    accepted = rugtimer("import", str(root / "export.json"), data=fresh_copy(template, root / "check"))
    assert accepted.code == 0 and "added " in accepted.out, str(accepted)
    return World(template, base, root / "export.json")


@pytest.fixture
def scratch(tmp_path: Path) -> Callable[[], contextlib.AbstractContextManager[str]]:
    """A new empty folder per hypothesis example (one test function runs many)."""
    return lambda: tempfile.TemporaryDirectory(dir=tmp_path)


def assert_still_usable(folder: Path, work: Path, label: str) -> None:
    """After an accepted import every reader of the history still works, with plausible results."""
    plan = rugtimer("plan", "--language", "en", data=folder)
    assert prints_a_program(plan), f"{label}: accepted, then `plan` fails: {plan}"
    assert clean_text(plan.out), f"{label}: `plan` prints a NUL or a lone surrogate: {plan.out!r}"
    check = rugtimer("check", data=folder)
    assert check.code == 0, f"{label}: accepted, then `check` fails: {check}"
    trends = rugtimer("trends", "--weeks", "0", "--format", "csv", data=folder)
    assert trends.code == 0, f"{label}: accepted, then `trends` fails: {trends}"
    weeks = len(trends.out.splitlines()) - 1
    assert weeks <= MAX_WEEKS, (
        f"{label}: accepted, then `trends` shows {weeks:,} weeks (a record before 2000?)"
    )
    table = work / "sessions.csv"
    export = rugtimer(
        "export",
        "--format",
        "csv",
        "--table",
        "sessions",
        "--delimiter",
        ",",
        "--out",
        str(table),
        data=folder,
    )
    assert export.code == 0, f"{label}: accepted, then the CSV export fails: {export}"
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"))))
    minutes = rows[0].index("minutes")
    negative = [row[minutes] for row in rows[1:] if row[minutes].startswith("-")]
    assert not negative, f"{label}: accepted, then sessions of {negative} minutes (an end before its start)"
    again = work / "again.json"
    export = rugtimer("export", "--format", "json", "--out", str(again), data=folder)
    assert export.code == 0, f"{label}: accepted, then the JSON export fails: {export}"
    reimport = rugtimer("import", str(again), data=work / "elsewhere")
    assert reimport.code == 0, f"{label}: accepted, exported, and then that export is refused: {reimport}"


# --- 1. the property over every reader ---------------------------------------------------------------------


@settings(HOSTILE, max_examples=100)
@given(data=st.data())
def test_any_history_file_is_imported_or_refused_cleanly(
    world: World, scratch: Callable[[], contextlib.AbstractContextManager[str]], data: st.DataObject
) -> None:
    from rugtimer.history.errors import HistoryError
    from rugtimer.history.exchange import parse_history

    case = data.draw(hs.export_cases(world.base), label="case")
    with scratch() as name:
        work = Path(name)
        folder = fresh_copy(world.template, work)
        file = work / "hostile.json"
        file.write_bytes(case.data)
        before = snapshot(folder)
        run = rugtimer("import", str(file), data=folder)
        if run.code == 0:
            assert not case.must_refuse, f"{case.label}: accepted, but must be refused: {run}"
            assert_still_usable(folder, work, case.label)
        else:
            assert_refused_cleanly(run, file, case.where, case.label)
            assert snapshot(folder) == before, f"{case.label}: refused, but the history changed"
        with contextlib.suppress(HistoryError):  # the reader the app's Import uses: typed errors only
            parse_history(case.data, str(file))


@settings(HOSTILE, max_examples=60)
@given(case=hs.program_file_cases())
def test_any_program_file_is_checked_or_refused_cleanly(
    scratch: Callable[[], contextlib.AbstractContextManager[str]], case: hs.Case
) -> None:
    from rugtimer.program.library import load_library
    from rugtimer.program.program_files import read_program_file
    from rugtimer.program.validation import ProgramError

    with scratch() as name:
        work = Path(name)
        file = work / "program.toml"
        file.write_bytes(case.data)
        unused = work / "no-data-folder"
        run = rugtimer("check-program", str(file), data=unused)
        assert not unused.exists(), f"{case.label}: check-program created the data folder it does not use"
        if run.code == 0:
            assert not case.must_refuse, f"{case.label}: check-program accepts it, but must refuse: {run}"
            assert f"{file}: ok" in run.out, f"{case.label}: no summary line: {run}"
        else:
            assert_refused_cleanly(run, file, case.where, case.label)
        # My program → Import reads the same file: the same verdict, and only a typed error.
        try:
            read_program_file(file, load_library().exercises)
        except ProgramError:
            assert run.code == 1, f"{case.label}: check-program accepts what My program → Import refuses"
        else:
            assert run.code == 0, f"{case.label}: My program → Import accepts what check-program refuses"


def _same(got: object, wanted: object) -> bool:
    """The value in use is the one in the file (True is not 1 here)."""
    if isinstance(got, bool) or isinstance(wanted, bool):
        return got is wanted
    return bool(got == wanted)


@settings(HOSTILE, max_examples=60)
@given(case=hs.settings_cases())
def test_any_settings_file_gives_usable_settings_and_says_what_was_wrong(
    scratch: Callable[[], contextlib.AbstractContextManager[str]], case: hs.SettingsCase
) -> None:
    from rugtimer.settings import Settings, load_settings

    label, raw, key, must_report = case.label, case.data, case.key, case.must_report
    with scratch() as name:
        folder = Path(name) / "data"
        folder.mkdir()
        path = folder / "settings.toml"
        path.write_bytes(raw)
        try:
            loaded, problems = load_settings(path)
        except Exception as exc:
            pytest.fail(f"{label}: load_settings raised {type(exc).__name__}: {str(exc)[:200]}")
        assert isinstance(loaded, Settings) and all(isinstance(p, str) for p in problems), label
        assert loaded.validated()[1] == [], f"{label}: out-of-range settings were returned: {loaded}"
        for spec in fields(Settings):
            value = getattr(loaded, spec.name)
            default = getattr(Settings(), spec.name)
            assert type(value) is type(default), f"{label}: {spec.name} is a {type(value).__name__}"
            assert not isinstance(value, str) or clean_text(value), f"{label}: {spec.name} = {value!r}"
        try:
            document: dict[str, Any] | None = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
            document = None
        if must_report or (key is not None and document is None):
            assert problems, f"{label}: a damaged settings file, but no problem is reported"
        elif key is not None and document is not None and not _same(getattr(loaded, key), document[key]):
            set_aside = loaded == Settings() and bool(problems)  # the whole file refused, and that was said
            assert set_aside or any(hs.mentions(p, key) for p in problems), (
                f"{label}: {key} was replaced silently: {problems}"
            )
        assert path.read_bytes() == raw, f"{label}: reading the settings changed the file"
        plan = rugtimer("plan", data=folder)
        assert prints_a_program(plan), f"{label}: `plan` with these settings: {plan}"


@settings(HOSTILE, max_examples=25)
@given(data=st.data())
def test_a_hostile_program_version_in_an_import_never_stops_plan(
    world: World, scratch: Callable[[], contextlib.AbstractContextManager[str]], data: st.DataObject
) -> None:
    from rugtimer.app import coaching
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library

    program = data.draw(hs.program_text_cases(), label="program")
    label, text, unusable = program.label, program.text, program.unusable
    export = json.loads(json.dumps(world.base))
    index = len(export["programs"])
    export["programs"].append(
        {
            "id": str(uuid.uuid5(NAMESPACE, label)),
            "at": hs.RECENT,  # the newest version: the one in use after the import
            "reason": "my_program",
            "program": text,
            "is_demo": False,
        }
    )
    with scratch() as name:
        work = Path(name)
        folder = fresh_copy(world.template, work)
        file = work / "with-program.json"
        file.write_text(json.dumps(export), "utf-8")
        before = snapshot(folder)
        run = rugtimer("import", str(file), data=folder)
        if run.code != 0:
            assert_refused_cleanly(run, file, (f"programs[{index}].program",), label)
            assert snapshot(folder) == before, f"{label}: refused, but the history changed"
            return
        plan = rugtimer("plan", "--language", "en", data=folder)
        assert prints_a_program(plan), f"{label}: imported, then `plan` fails: {plan}"
        assert clean_text(plan.out), f"{label}: `plan` prints a NUL or a lone surrogate: {plan.out!r}"
        library = load_library()
        with HistoryStore.open(Paths(folder)) as store:
            try:
                current = coaching.current_program(store, library)
                coaching.coach_facts(store, library, current.program, date.today())
            except Exception as exc:
                pytest.fail(f"{label}: the stored program stops the coach: {type(exc).__name__}: {exc}"[:400])
        assert current.program.doses, f"{label}: the program in use holds no exercise"
        if unusable:  # the previous good version or the start plan takes over, and the app says so
            assert current.problem, f"{label}: an unusable program is set aside without a word"


# --- 2a. brick attempt: a program version nested thousands of levels ------------------------------------------


def _brick_text(kind: str, depth: int) -> str:
    return hs.PROGRAM + hs.toml_nested_statements(kind, depth)


def _bricked_export(base: dict[str, Any], kind: str, depth: int) -> dict[str, Any]:
    export = json.loads(json.dumps(base))
    export["programs"].append(
        {
            "id": str(uuid.uuid5(NAMESPACE, f"brick {kind} {depth}")),
            "at": hs.RECENT,
            "reason": "my_program",
            "program": _brick_text(kind, depth),
            "is_demo": False,
        }
    )
    return export


def _start_plan_folder(folder: Path) -> None:
    """A new laptop: the start plan chosen two days ago, nothing else (the importer adopts a program here)."""
    from rugtimer.app import coaching
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library

    with HistoryStore.open(Paths(folder)) as store:
        coaching.choose_start(store, load_library(), "floor", datetime.now().astimezone() - timedelta(days=2))


def _bricked_folder(world: World, tmp_path: Path, kind: str, depth: int, *, via: str) -> Path:
    """A history whose newest program version is nested ``depth`` levels: imported, or already stored (a
    database an older RugTimer accepted it into)."""
    folder = tmp_path / "data"
    _start_plan_folder(folder)
    if via == "import":
        file = tmp_path / "brick.json"
        file.write_text(json.dumps(_bricked_export(world.base, kind, depth)), "utf-8")
        run = rugtimer("import", str(file), data=folder)
        if run.code != 0:
            assert_refused_cleanly(run, file, (), f"brick {kind} {depth}")
        return folder
    from rugtimer.history.store import HistoryStore
    from rugtimer.model.records import ProgramRecord
    from rugtimer.paths import Paths

    with HistoryStore.open(Paths(folder)) as store:
        store.add_program(
            ProgramRecord(
                at=datetime.now().astimezone() - timedelta(minutes=5),
                program=_brick_text(kind, depth),
                reason="imported",
            )
        )
    return folder


BRICKS = [(kind, depth) for kind, depth in hs.TOML_NESTINGS if depth >= 2_000]


@pytest.mark.parametrize(("kind", "depth"), BRICKS)
@pytest.mark.parametrize("via", ["import", "stored"])
def test_brick_attempt_plan_still_prints_a_program(
    world: World, tmp_path: Path, kind: str, depth: int, via: str
) -> None:
    from rugtimer.app import coaching
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library

    folder = _bricked_folder(world, tmp_path, kind, depth, via=via)
    plan = rugtimer("plan", "--language", "en", data=folder)
    assert prints_a_program(plan), str(plan)
    library = load_library()
    with HistoryStore.open(Paths(folder)) as store:
        stored = store.current_program()
        current = coaching.current_program(store, library)
        coaching.coach_facts(store, library, current.program, date.today())
    assert current.program.doses, "the program in use holds no exercise"
    if stored is not None and stored.program == _brick_text(kind, depth):  # the nested version is the newest
        assert current.problem, "the nested program is set aside without a word"
        assert plan.err.strip(), "`plan` does not say that the saved program could not be read"


@pytest.fixture
def open_windows() -> Iterator[list[Any]]:
    from PySide6.QtWidgets import QApplication

    made: list[Any] = []
    yield made
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    for window in made:
        window.deleteLater()
        window.context.store.close()


def open_window(folder: Path, qtbot: Any, open_windows: list[Any]) -> Any:
    """The main window on ``folder``, built as the app builds it (offscreen, a fake clock, recorded cues)."""
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.program.timeline import TimelineSettings
    from rugtimer.ui.context import AppContext
    from rugtimer.ui.cues import RecordingCuePlayer
    from rugtimer.ui.main_window import MainWindow
    from tests.program.fake_clock import FakeClock

    paths = Paths(folder)
    store = HistoryStore.open(paths)
    clock = FakeClock()
    cues = RecordingCuePlayer(clock=lambda: clock.now_ns / 1e9)
    context = AppContext(paths, load_library(), store, cues, language="en", clock=clock, wall_clock=None)
    try:
        window = MainWindow(context, TimelineSettings(lead_in_s=5, rest_s=30))
    except BaseException:
        store.close()
        raise
    open_windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    "brick", [("array", 2_000, "import"), ("inline", 10_000, "stored"), ("table", 10_000, "stored")], ids=str
)
def test_brick_attempt_the_window_still_opens(
    world: World, tmp_path: Path, brick: tuple[str, int, str], qtbot: Any, open_windows: list[Any]
) -> None:
    """The main window is built on such a history, shows a program, and the coach reads every version."""
    kind, depth, via = brick
    window = open_window(_bricked_folder(world, tmp_path, kind, depth, via=via), qtbot, open_windows)
    assert window.todays_doses(), "the window shows no exercise"
    window.after_start()
    assert window.isVisible()


@contextlib.contextmanager
def modal_sweeper() -> Iterator[list[str]]:
    """Closes any modal dialog that opens (a blocking ``exec()`` would hang the test) and keeps its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def sweep() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QMessageBox):
            seen.append("\n".join((widget.text(), widget.informativeText(), widget.detailedText())))
        else:
            seen.append(widget.windowTitle())
        widget.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def _said(window: Any, swept: list[str]) -> str:
    """Everything the window now says: its banner, any message box still open, any modal one swept away."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [window.banner.text() if window.banner.isVisible() else ""]
    texts += ["\n".join((b.text(), b.informativeText(), b.detailedText())) for b in boxes]
    for box in boxes:
        box.close()
    return "\n".join([*texts, *swept])


def _hostile_exports(world: World, folder: Path) -> dict[str, Path]:
    """A few files from each family, for the window's File → Import."""
    folder.mkdir()
    text = json.dumps(world.base, indent=1)
    files: dict[str, bytes] = {
        "year 1": text.replace(world.base["sessions"][1]["started_at"], "0001-01-01T00:30:00+01:00").encode(),
        "lone surrogate": text.replace('"note": "demo"', '"note": "\\ud800"', 1).encode(),
        "NUL in a note": text.replace('"note": "demo"', '"note": "a\\u0000b"', 1).encode(),
        "duplicate key": text.replace('"format": ', '"format": "x", "format": ', 1).encode(),
        "nested 10,000": ("[" * 10_000 + text + "]" * 10_000).encode(),
        "Infinity": text.replace('"pain_before": ', '"pain_before": Infinity, "x": ', 1).encode(),
        "UTF-16": text.encode("utf-16"),
        "cut off": text[: len(text) // 2].encode(),
        "empty": b"",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.json"
        paths[name].write_bytes(data)
    paths["a folder"] = folder / "a-folder.json"
    paths["a folder"].mkdir()
    with (folder / "sparse.json").open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    paths["60 MB"] = folder / "sparse.json"
    return paths


def test_the_windows_import_says_what_is_wrong_and_changes_nothing(
    world: World, tmp_path: Path, qtbot: Any, open_windows: list[Any]
) -> None:
    """File → Import in the window: every hostile file is refused with a message naming it; nothing escapes.
    Each file gets a fresh history and window, so one wrongly accepted file cannot hide the next."""
    wrong: list[str] = []
    for index, (name, path) in enumerate(_hostile_exports(world, tmp_path / "files").items()):
        folder = fresh_copy(world.template, tmp_path / f"run{index}")
        window = open_window(folder, qtbot, open_windows)
        before = snapshot(folder)
        with modal_sweeper() as swept:
            try:
                imported = window.files.import_history(path)
            except Exception as exc:
                wrong.append(f"{name}: {type(exc).__name__} escaped: {str(exc)[:150]}")
                continue
            qtbot.wait(50)  # a dialog opened with open() or exec() shows (and is swept) within this
        said = _said(window, swept)
        if imported:
            wrong.append(f"{name}: imported")
        elif path.name not in said:
            wrong.append(f"{name}: the window does not name {path.name}: {said[-200:]!r}")
        elif snapshot(folder) != before:
            wrong.append(f"{name}: refused, but the history changed")
        window.close()
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "name",
    ["NUL in the name", "nested 10,000", "dotted 12,000", "UTF-16", "a folder", "60 MB", "year 1 as rest"],
)
def test_my_program_import_shows_the_problem_and_keeps_the_program(
    qtbot: Any, tmp_path: Path, name: str
) -> None:
    """My program → Import with a hostile file: False, a message that names the file, the rows unchanged."""
    from rugtimer.program.library import load_library
    from rugtimer.program.program import start_program
    from rugtimer.ui.dialogs.program_dialog import ProgramDialog

    library = load_library()
    program = start_program(library.plan, "floor", library.exercises)
    path = tmp_path / f"{name}.toml"
    if name == "NUL in the name":
        path.write_text(hs.PROGRAM.replace('name = "Week 3 voor Anna"', 'name = "Anna\\u0000"'), "utf-8")
    elif name == "nested 10,000":
        path.write_text(hs.PROGRAM + hs.toml_nested_statements("inline", 10_000), "utf-8")
    elif name == "dotted 12,000":
        path.write_text(hs.PROGRAM + hs.toml_nested_statements("dotted", 12_000), "utf-8")
    elif name == "UTF-16":
        path.write_bytes(hs.PROGRAM.encode("utf-16"))
    elif name == "a folder":
        path.mkdir()
    elif name == "60 MB":
        hs.sixty_mb(path, hs.PROGRAM.encode() + b'\nx = "', b"y", b'"\n')
    else:
        path.write_text(hs.PROGRAM.replace("rest_seconds = 30", "rest_seconds = 0001-01-01T00:30:00+01:00"))
    dialog = ProgramDialog(library, program, 30, "en")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    try:
        with modal_sweeper() as swept:
            assert dialog.import_file(path) is False
            qtbot.wait(50)
        box = dialog.error_box()
        said = "\n".join(
            swept + ([f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"] if box else [])
        )
        assert path.name in said, f"no message names {path.name}: {said!r}"
        assert dialog.program() == program
    finally:
        box = dialog.error_box()
        if box is not None:
            box.done(0)
        dialog.reject()


GUI_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(1500, app.quit)
from rugtimer.paths import Paths
from rugtimer.ui.app import run_gui
print("run_gui returned", run_gui(Paths(Path(sys.argv[1])), sys.argv[:1]), flush=True)
"""


def test_brick_attempt_the_app_still_starts(world: World, tmp_path: Path) -> None:
    """The real start-up (``run_gui``) in its own process, on a history holding a 10,000-level program."""
    folder = _bricked_folder(world, tmp_path, "inline", 10_000, via="stored")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RUGTIMER_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-c", GUI_SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert "run_gui returned 0" in result.stdout, result.stderr[-1500:]
    assert "Traceback" not in result.stderr, result.stderr[-1500:]


# --- 2b. a deeply nested settings.toml ---------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "depth"), hs.TOML_NESTINGS)
def test_deeply_nested_settings_give_the_defaults_and_a_problem(
    tmp_path: Path, kind: str, depth: int
) -> None:
    from rugtimer.settings import Settings, load_settings

    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text(hs.toml_nested_statements(kind, depth, key="volume"), "utf-8")
    try:
        loaded, problems = load_settings(path)
    except Exception as exc:
        pytest.fail(f"load_settings raised {type(exc).__name__}: {str(exc)[:200]}")
    assert loaded == Settings()
    assert problems and any(str(path) in p or "volume" in p for p in problems), problems
    plan = rugtimer("plan", data=folder)
    assert prints_a_program(plan), str(plan)


DEEP_DOTTED = 12_000
"""A dotted key of 12,000 parts: 24 kB, within every size limit; Python's TOML parser needs seconds for it."""


@pytest.mark.parametrize("reader", ["check-program", "settings", "stored program"])
def test_deep_nesting_is_refused_before_it_costs_seconds(
    world: World, tmp_path: Path, reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A depth limit checked after parsing bounds nothing: the app reads its settings and the stored program
    at every start, so a small file must not cost seconds (at 50,000 parts, within the 100,000 characters a
    program version may have, it would be a minute). The proxy for the seconds is whether the deep text
    reached the TOML parser at all: a stopwatch is a poor judge on a shared 2-core machine."""
    from rugtimer.app import coaching
    from rugtimer.history.store import HistoryStore
    from rugtimer.model import guarded_text
    from rugtimer.model.limits import MAX_NESTING
    from rugtimer.model.records import ProgramRecord
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.settings import Settings, load_settings

    statements = hs.toml_nested_statements("dotted", DEEP_DOTTED)
    parsed_depths: list[int] = []
    parse = guarded_text.tomllib.loads

    def noting_parse(text: str, **kwargs: Any) -> dict[str, Any]:
        parsed_depths.append(guarded_text.longest_toml_key(text))
        return parse(text, **kwargs)

    monkeypatch.setattr(guarded_text.tomllib, "loads", noting_parse)
    folder = tmp_path / "data"
    library = load_library()
    if reader == "check-program":
        file = tmp_path / "deep.toml"
        file.write_text(hs.PROGRAM + statements, "utf-8")
        assert_refused_cleanly(rugtimer("check-program", str(file)), file, (), reader)
    elif reader == "settings":
        folder.mkdir()
        (folder / "settings.toml").write_text(statements, "utf-8")
        loaded, problems = load_settings(folder / "settings.toml")
        assert loaded == Settings() and problems
    else:
        _start_plan_folder(folder)
        with HistoryStore.open(Paths(folder)) as store:
            at = datetime.now().astimezone() - timedelta(minutes=5)
            store.add_program(ProgramRecord(at=at, program=hs.PROGRAM + statements, reason="imported"))
            assert coaching.current_program(store, library).problem
    assert max(parsed_depths, default=0) <= MAX_NESTING, (
        f"{reader}: a key of {max(parsed_depths):,} parts went to the TOML parser (seconds of work)"
    )


# --- 2c. a damaged history ---------------------------------------------------------------------------------


DAMAGED = re.compile(r"damaged|corrupt", re.IGNORECASE)


@pytest.mark.parametrize(
    "damage", [hs.damage_middle, hs.damage_zero], ids=["garbage-in-the-middle", "zero-bytes"]
)
def test_a_damaged_history_never_costs_the_good_backup(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    folder = tmp_path / "data"
    assert rugtimer("demo", "--weeks", "4", data=folder).code == 0
    good = tmp_path / "good.json"
    assert rugtimer("export", "--format", "json", "--out", str(good), data=folder).code == 0
    sessions = len(json.loads(good.read_text("utf-8"))["sessions"])
    made = rugtimer("backup", data=folder)
    assert made.code == 0, str(made)
    backup = Path(made.out.strip().splitlines()[-1])
    assert backup.is_file()
    kept = {p.name: digest(p) for p in (folder / "backups").iterdir()}

    damage(folder / "history.sqlite3")
    for attempt in (1, 2):  # every later run says the same thing again
        check = rugtimer("check", data=folder)
        assert check.code == 1 and not check.crash, f"check, attempt {attempt}: {check}"
        assert DAMAGED.search(check.out + check.err), (
            f"check, attempt {attempt}, does not report damage: {check}"
        )
        for argv in (("backup",), ("import", str(good))):
            run = rugtimer(*argv, data=folder)
            assert run.code == 1 and not run.crash, f"{argv[0]}, attempt {attempt}: {run}"
            assert DAMAGED.search(run.err), f"{argv[0]}, attempt {attempt}: no word about the damage: {run}"
            assert "Traceback" not in run.err
            now = {p.name: digest(p) for p in (folder / "backups").iterdir()}
            lost = {name for name, value in kept.items() if now.get(name) != value}
            assert not lost, f"{argv[0]}, attempt {attempt}: replaced or deleted the good backup(s) {lost}"

    restored = rugtimer("restore", str(backup), data=folder)
    assert restored.code == 0, str(restored)
    out = tmp_path / "after.json"
    assert rugtimer("export", "--format", "json", "--out", str(out), data=folder).code == 0
    assert len(json.loads(out.read_text("utf-8"))["sessions"]) == sessions


GUI_QUIT_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication(sys.argv[:1])
def sweep():
    widget = QApplication.activeModalWidget()
    if widget is None:
        return
    texts = [type(widget).__name__, widget.windowTitle()]
    if isinstance(widget, QMessageBox):
        texts += [widget.text(), widget.informativeText(), *(b.text() for b in widget.buttons())]
    print("MODAL:", " / ".join(texts).replace("\\n", " "), flush=True)
    widget.close()  # Escape: the person quits at the question
timer = QTimer()
timer.timeout.connect(sweep)
timer.start(100)
QTimer.singleShot(4000, app.quit)
from rugtimer.paths import Paths
from rugtimer.ui.app import run_gui
print("run_gui returned", run_gui(Paths(Path(sys.argv[1])), sys.argv[:1]), flush=True)
"""


def test_a_damaged_history_quit_at_the_question_restart_backup_then_restore(tmp_path: Path) -> None:
    """The issue's path in the app itself: damage, start, quit at the question, start again (the same
    question, no Welcome and no new empty history), a backup refused, and the good backup still restores."""
    folder = tmp_path / "data"
    assert rugtimer("demo", "--weeks", "4", data=folder).code == 0
    good = tmp_path / "good.json"
    assert rugtimer("export", "--format", "json", "--out", str(good), data=folder).code == 0
    sessions = len(json.loads(good.read_text("utf-8"))["sessions"])
    made = rugtimer("backup", data=folder)
    assert made.code == 0, str(made)
    backup = Path(made.out.strip().splitlines()[-1])
    kept = {p.name: digest(p) for p in (folder / "backups").iterdir()}
    hs.damage_middle(folder / "history.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8", "LANGUAGE": "en"}
    env.pop("RUGTIMER_DATA_DIR", None)
    for start in (1, 2):
        result = subprocess.run(
            [sys.executable, "-c", GUI_QUIT_SCRIPT, str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        modals = [line for line in result.stdout.splitlines() if line.startswith("MODAL:")]
        assert "Traceback" not in result.stderr, result.stderr[-1500:]
        assert any(DAMAGED.search(m) or "beschadigd" in m for m in modals), f"start {start}: {modals}"
        assert not any("Welcome" in m or "Welkom" in m for m in modals), f"start {start}: {modals}"
        refused = rugtimer("backup", data=folder)
        assert refused.code == 1 and DAMAGED.search(refused.err), f"backup after start {start}: {refused}"
        now = {p.name: digest(p) for p in (folder / "backups").iterdir()}
        assert all(now.get(name) == value for name, value in kept.items()), f"start {start}: a backup changed"
    restored = rugtimer("restore", str(backup), data=folder)
    assert restored.code == 0, str(restored)
    out = tmp_path / "after.json"
    assert rugtimer("export", "--format", "json", "--out", str(out), data=folder).code == 0
    assert len(json.loads(out.read_text("utf-8"))["sessions"]) == sessions


# --- 2d. a read-only data folder ---------------------------------------------------------------------------

READ_ONLY = re.compile(r"read[- ]only", re.IGNORECASE)


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """``chattr -R +i`` a folder (a backup medium, an old disk); always undone, so tmp cleanup works."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed here")
    frozen: list[Path] = []

    def freeze(folder: Path) -> None:
        frozen.append(folder)
        result = subprocess.run(
            ["chattr", "-R", "+i", str(folder)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            pytest.skip(f"this filesystem or user cannot make files immutable: {result.stderr.strip()}")

    yield freeze
    for folder in frozen:
        subprocess.run(["chattr", "-R", "-i", str(folder)], capture_output=True, check=False)


def _demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert rugtimer("demo", "--weeks", "2", data=folder).code == 0
    return folder


READERS = {
    "export-json": lambda out: ("export", "--format", "json", "--out", str(out / "x.json")),
    "export-csv": lambda out: ("export", "--format", "csv", "--out", str(out / "x.csv")),
    "check": lambda out: ("check",),
    "trends": lambda out: ("trends", "--weeks", "0"),
    "plan": lambda out: ("plan", "--language", "en"),
}


@pytest.mark.parametrize("command", sorted(READERS))
def test_an_immutable_history_can_still_be_read(
    tmp_path: Path, immutable: Callable[[Path], None], command: str
) -> None:
    folder = _demo_folder(tmp_path)
    immutable(folder)
    out = tmp_path / "out"
    out.mkdir()
    run = rugtimer(*READERS[command](out), data=folder)
    assert run.code == 0 and not run.crash, str(run)
    if command == "export-json":
        assert json.loads((out / "x.json").read_text("utf-8"))["sessions"], "the export holds no session"
    if command == "plan":
        assert prints_a_program(run), str(run)


@pytest.mark.parametrize("command", sorted(READERS))
def test_every_reader_warns_of_changes_a_read_only_folder_keeps_unread(
    tmp_path: Path, immutable: Callable[[Path], None], command: str
) -> None:
    """The newest changes can wait in the -wal file, which cannot be read in a read-only folder: every reader
    says so (check printed a bare "ok" where trends, export and plan warned)."""
    folder = _demo_folder(tmp_path)
    (folder / "history.sqlite3-wal").write_bytes(b"changes of the last session, not yet checkpointed")
    immutable(folder)
    out = tmp_path / "out"
    out.mkdir()
    run = rugtimer(*READERS[command](out), data=folder)
    assert run.code == 0 and not run.crash, str(run)
    assert "warning" in run.err and "history.sqlite3-wal" in run.err, str(run)


@pytest.mark.parametrize("command", ["import", "backup", "demo"])
def test_an_immutable_history_refuses_writes_saying_read_only(
    world: World, tmp_path: Path, immutable: Callable[[Path], None], command: str
) -> None:
    folder = _demo_folder(tmp_path)
    argv = {
        "import": ("import", str(world.base_file)),
        "backup": ("backup",),
        "demo": ("demo", "--weeks", "1"),
    }
    immutable(folder)
    before = snapshot(folder)
    run = rugtimer(*argv[command], data=folder)
    assert run.code == 1 and not run.crash, str(run)
    assert "Traceback" not in run.err, str(run)
    if command == "demo":  # two true reasons here; either may come first
        assert READ_ONLY.search(run.err) or "already holds" in run.err, str(run)
    else:
        assert READ_ONLY.search(run.err), f"no word that the folder is read-only: {run}"
    assert snapshot(folder) == before


def test_demo_in_an_empty_immutable_folder_says_read_only(
    tmp_path: Path, immutable: Callable[[Path], None]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    immutable(folder)
    run = rugtimer("demo", "--weeks", "1", data=folder)
    assert run.code == 1 and not run.crash, str(run)
    assert READ_ONLY.search(run.err), f"no word that the folder is read-only: {run}"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="as root, chmod 0555 does not stop writes"
)
def test_a_chmod_read_only_history_can_be_read_and_refuses_writes(world: World, tmp_path: Path) -> None:
    folder = _demo_folder(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    for path in (folder / "backups", folder):
        path.chmod(0o555)
    (folder / "history.sqlite3").chmod(0o444)
    try:
        for command in sorted(READERS):
            run = rugtimer(*READERS[command](out), data=folder)
            assert run.code == 0 and not run.crash, f"{command}: {run}"
        for argv in (("import", str(world.base_file)), ("backup",)):
            run = rugtimer(*argv, data=folder)
            assert run.code == 1 and not run.crash and READ_ONLY.search(run.err), f"{argv[0]}: {run}"
    finally:
        for path in (folder, folder / "backups"):
            path.chmod(0o700)


@pytest.mark.parametrize("command", ["import", "demo", "restore"])
def test_a_lock_path_that_is_a_folder_is_refused_cleanly(world: World, tmp_path: Path, command: str) -> None:
    folder = tmp_path / "data"
    argv: tuple[str, ...] = ("demo", "--weeks", "1")
    if command != "demo":
        assert rugtimer("demo", "--weeks", "1", data=folder).code == 0
        made = rugtimer("backup", data=folder)
        assert made.code == 0, str(made)
        argv = ("import", str(world.base_file)) if command == "import" else ("restore", made.out.split()[-1])
    (folder / "rugtimer.lock").unlink(missing_ok=True)
    (folder / "rugtimer.lock").mkdir(parents=True)
    before = snapshot(folder)
    run = rugtimer(*argv, data=folder)
    assert run.code == 1 and not run.crash and "Traceback" not in run.err, str(run)
    assert "rugtimer.lock" in run.err, f"the message does not say what is in the way: {run}"
    assert snapshot(folder) == before


# --- 2e. check-program never needs the data folder -------------------------------------------------------------


@pytest.mark.parametrize(
    "how", ["--data-dir is a file", "RUGTIMER_DATA_DIR under a file", "HOME under a file"]
)
def test_check_program_works_without_a_usable_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    good = tmp_path / "anna.toml"
    good.write_text(hs.PROGRAM, "utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(hs.PROGRAM.replace("reps = 10", "reps = 1e308"), "utf-8")
    regular = tmp_path / "a-file"
    regular.write_text("not a folder")
    argv: list[str] = []
    if how == "--data-dir is a file":
        argv = ["--data-dir", str(regular)]
    elif how == "RUGTIMER_DATA_DIR under a file":
        monkeypatch.setenv("RUGTIMER_DATA_DIR", str(regular / "sub"))
    else:
        monkeypatch.delenv("RUGTIMER_DATA_DIR", raising=False)
        for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            monkeypatch.setenv(variable, str(regular / "sub"))
    assert main([*argv, "check-program", str(good)]) == 0
    out, err = capsys.readouterr()
    assert f"{good}: ok" in out and "Traceback" not in err, err
    assert main([*argv, "check-program", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: exercise[1].reps" in err and "Traceback" not in err, err
    assert regular.read_text() == "not a folder"


# --- 2f and the plausibility rules: refused, located, nothing changed ------------------------------


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def _end_before_start(data: dict[str, Any]) -> None:
    session = data["sessions"][1]
    session["ended_at"] = (datetime.fromisoformat(session["started_at"]) - timedelta(days=1)).isoformat()


PLAUSIBILITY = {
    "year 1 with a positive offset": (
        _set(("sessions", 1, "started_at"), "0001-01-01T00:30:00+01:00"),
        "sessions[1].started_at",
    ),
    "year 9999 with a negative offset": (
        _set(("sessions", 1, "started_at"), "9999-12-31T23:30:00-01:00"),
        "sessions[1].started_at",
    ),
    "year 1 in UTC": (
        _set(("sessions", 1, "started_at"), "0001-01-01T00:00:00+00:00"),
        "sessions[1].started_at",
    ),
    "a set completed in year 1": (
        _set(("sessions", 0, "sets", 0, "completed_at"), "0001-01-01T00:30:00+01:00"),
        "sessions[0].sets[0].completed_at",
    ),
    "a session on 9999-12-31": (
        _set(("sessions", 1, "ended_at"), "9999-12-31T23:59:59+00:00"),
        "sessions[1].ended_at",
    ),
    "a session ending three days ahead": (
        _set(("sessions", 1, "ended_at"), hs.FUTURE),
        "sessions[1].ended_at",
    ),
    # Also after its end, but the start in the future is the problem to name (and every problem is listed).
    "a session starting three days ahead": (
        _set(("sessions", 1, "started_at"), hs.FUTURE),
        "sessions[1].started_at",
    ),
    "a session in 1999": (
        _set(("sessions", 1, "started_at"), "1999-12-31T12:00:00+01:00"),
        "sessions[1].started_at",
    ),
    "ended_at before started_at": (_end_before_start, "sessions[1].ended_at"),
    "seconds = 1e308": (_set(("sessions", 0, "sets", 0, "seconds"), 1e308), "sessions[0].sets[0].seconds"),
    "seconds = a million": (_set(("sessions", 0, "sets", 0, "seconds"), 1e6), "sessions[0].sets[0].seconds"),
    "an activity in year 1": (_set(("activities", 0, "date"), "0001-01-01"), "activities[0].date"),
    "an activity on 9999-12-31": (_set(("activities", 0, "date"), "9999-12-31"), "activities[0].date"),
    "a program dated 9999": (_set(("programs", 0, "at"), "9999-12-31T23:30:00-01:00"), "programs[0].at"),
    "a NUL in a note": (_set(("sessions", 1, "note"), "before\x00after"), "sessions[1].note"),
    "a lone surrogate in a note": (_set(("sessions", 1, "note"), "\ud800"), "sessions[1].note"),
    "a NUL in an exercise id": (
        _set(("sessions", 0, "sets", 0, "exercise"), "glute_bridge\x00"),
        "sessions[0].sets[0].exercise",
    ),
    "a NUL in a program": (
        _set(("programs", 0, "program"), 'format = "rugtimer-program"\x00'),
        "programs[0].program",
    ),
}


@pytest.mark.parametrize("rule", sorted(PLAUSIBILITY))
def test_an_implausible_record_is_refused_with_its_path(world: World, tmp_path: Path, rule: str) -> None:
    edit, path = PLAUSIBILITY[rule]
    data = json.loads(json.dumps(world.base))
    edit(data)
    file = tmp_path / "implausible.json"
    file.write_text(json.dumps(data), "utf-8")  # ASCII: a lone surrogate is written as \ud800
    folder = fresh_copy(world.template, tmp_path)
    before = snapshot(folder)
    run = rugtimer("import", str(file), data=folder)
    assert_refused_cleanly(run, file, (path,), rule)
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("key", "path"),
    [
        ("pain_before", "sessions[1].pain_before"),
        ("note", "sessions[1].note"),
        ("started_at", "sessions[1].started_at"),
    ],
)
def test_a_duplicate_json_key_is_refused_not_last_wins(
    world: World, tmp_path: Path, key: str, path: str
) -> None:
    data = json.loads(json.dumps(world.base))
    session = data["sessions"][1]
    first = {"pain_before": 9, "note": "first", "started_at": session["started_at"]}[key]
    text = json.dumps(data, indent=1).replace(
        f'"{key}": {json.dumps(session[key])}',
        f'"{key}": {json.dumps(first)}, "{key}": {json.dumps(session[key])}',
        1,
    )
    assert text.count(f'"{key}": {json.dumps(first)}') >= 1
    file = tmp_path / "twice.json"
    file.write_text(text, "utf-8")
    folder = fresh_copy(world.template, tmp_path)
    before = snapshot(folder)
    run = rugtimer("import", str(file), data=folder)
    assert_refused_cleanly(run, file, (path, f'"{key}"', key), f"{key} twice")
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (('name = "Week 3 voor Anna"', 'name = "Anna\\u0000"'), "name"),
        (("rest_seconds = 30", "rest_seconds = 1e308"), "rest_seconds"),
        (("seconds = 90", "seconds = inf"), "exercise[0].seconds"),
        (("sets = 3", "sets = 18446744073709551616"), "exercise[1].sets"),
        (("reps = 10", "reps = true"), "exercise[1].reps"),
        (("reps = 10", "reps = 0001-01-01T00:30:00+01:00"), "exercise[1].reps"),
    ],
)
def test_an_implausible_program_file_is_refused_with_its_field(
    tmp_path: Path, edit: tuple[str, str], field: str
) -> None:
    file = tmp_path / "program.toml"
    file.write_text(hs.PROGRAM.replace(*edit), "utf-8")
    run = rugtimer("check-program", str(file))
    assert_refused_cleanly(run, file, (field,), f"{field}: {edit[1]}")


def test_a_history_an_older_rugtimer_filled_with_implausible_records_still_works(
    world: World, tmp_path: Path
) -> None:
    """Before issue 16 the importer accepted an activity in the year 1, an end before its start, 1e308 seconds
    and a NUL in a note; people who imported such a file have those rows now. Written here with plain SQL
    into the columns of schema version 2 (what those versions wrote), then every reader must cope: no
    105,709-week trends, no negative minutes; the person's own export is refused on a new laptop with every
    implausible row named (the importer stays strict; the old laptop keeps the history)."""
    import sqlite3

    folder = fresh_copy(world.template, tmp_path)
    conn = sqlite3.connect(folder / "history.sqlite3")
    try:
        with conn:
            conn.execute(
                "UPDATE activities SET date = '0001-01-01' WHERE rowid = (SELECT min(rowid) FROM activities)"
            )
            first = conn.execute(
                "SELECT id, started_at FROM sessions ORDER BY started_utc LIMIT 1"
            ).fetchone()
            conn.execute(
                "UPDATE sessions SET ended_at = ?, ended_utc = ?, ended_date = ?, note = ? WHERE id = ?",
                (
                    "2001-01-01T00:00:00.000+01:00",
                    "2000-12-31T23:00:00.000Z",
                    "2001-01-01",
                    "a\x00b",
                    first[0],
                ),
            )
            conn.execute("UPDATE sets SET seconds = 1e308 WHERE rowid = (SELECT min(rowid) FROM sets)")
    finally:
        conn.close()
    plan = rugtimer("plan", "--language", "en", data=folder)
    assert prints_a_program(plan), str(plan)
    trends = rugtimer("trends", "--weeks", "0", "--format", "csv", data=folder)
    assert trends.code == 0, str(trends)
    weeks = len(trends.out.splitlines()) - 1
    assert weeks <= MAX_WEEKS, f"`trends` shows {weeks:,} weeks: the year-1 activity still counts"
    table = tmp_path / "sessions.csv"
    export = rugtimer(
        "export",
        "--format",
        "csv",
        "--table",
        "sessions",
        "--delimiter",
        ",",
        "--out",
        str(table),
        data=folder,
    )
    assert export.code == 0, str(export)
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"))))
    minutes = rows[0].index("minutes")
    assert not [r[minutes] for r in rows[1:] if r[minutes].startswith("-")], "negative minutes in the CSV"
    moved = tmp_path / "to-the-new-laptop.json"
    export = rugtimer("export", "--format", "json", "--out", str(moved), data=folder)
    assert export.code == 0, str(export)
    # The export is faithful (what is stored); the importer stays strict, so the old rows are named, each
    # with its place, and nothing is written on the new laptop. The person's history on the old one is intact.
    again = rugtimer("import", str(moved), data=tmp_path / "new-laptop")
    assert again.code == 1 and "Traceback" not in again.err, str(again)
    assert "sessions[0].note" in again.err and "activities[0].date" in again.err, str(again)
    assert not (tmp_path / "new-laptop" / "history.sqlite3").exists() or rugtimer(
        "trends", data=tmp_path / "new-laptop"
    ).out.startswith("No")


# --- whole files: a folder, 60 MB, encodings -------------------------------------------------------------------


def test_a_folder_given_as_the_file(world: World, tmp_path: Path) -> None:
    from rugtimer.settings import Settings, load_settings

    given_folder = tmp_path / "a-folder.json"
    given_folder.mkdir()
    folder = fresh_copy(world.template, tmp_path)
    before = snapshot(folder)
    assert_refused_cleanly(
        rugtimer("import", str(given_folder), data=folder), given_folder, (), "import a folder"
    )
    assert snapshot(folder) == before
    assert_refused_cleanly(rugtimer("check-program", str(given_folder)), given_folder, (), "check a folder")
    (folder / "settings.toml").mkdir()
    loaded, problems = load_settings(folder / "settings.toml")
    assert loaded == Settings() and problems
    assert prints_a_program(rugtimer("plan", data=folder))


def test_sixty_megabyte_files_are_refused_quickly(world: World, tmp_path: Path) -> None:
    from rugtimer.settings import Settings, load_settings

    text = json.dumps(world.base)
    cut = text.index('"note": "') + len('"note": "')
    big_json = hs.sixty_mb(tmp_path / "big.json", text[:cut].encode(), b"x", text[cut:].encode())
    folder = fresh_copy(world.template, tmp_path)
    before = snapshot(folder)
    assert_refused_cleanly(rugtimer("import", str(big_json), data=folder), big_json, (), "60 MB export")
    assert snapshot(folder) == before

    big_toml = hs.sixty_mb(tmp_path / "big.toml", hs.PROGRAM.encode() + b'\nx = "', b"y", b'"\n')
    assert_refused_cleanly(rugtimer("check-program", str(big_toml)), big_toml, (), "60 MB program")

    settings_file = hs.sixty_mb(folder / "settings.toml", b'language = "en"\n', b"# comment\n", b"")
    loaded, problems = load_settings(settings_file)
    assert loaded == Settings() or loaded.language == "en"
    assert problems, "a 60 MB settings file is not a settings file; nothing was said"
    assert prints_a_program(rugtimer("plan", data=folder))


@contextlib.contextmanager
def pipe_opener(path: Path, after: float) -> Iterator[list[float]]:
    """Whenever the code under test has opened the named pipe ``path`` and waits for a writer, open it for
    writing after ``after`` seconds and close it at once (end of file), so a test of a hang ends instead of
    hanging for ever. Yields the list of the monotonic times it released such a reader: empty when nothing
    waited, however slowly the code under test ran."""
    stop = threading.Event()
    released: list[float] = []

    def writer() -> None:
        deadline = time.monotonic() + after
        while not stop.wait(0.02):
            if time.monotonic() < deadline:
                continue
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # ENXIO while nobody reads
            except OSError:
                continue
            released.append(time.monotonic())

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield released
    finally:
        stop.set()
        thread.join(5)


def test_a_backups_folder_that_is_a_file(world: World, tmp_path: Path) -> None:
    """``backups`` is a file: the history can still be read, and writers name what is in the way."""
    folder = fresh_copy(world.template, tmp_path)
    shutil.rmtree(folder / "backups")
    (folder / "backups").write_text("not a folder")
    for command in sorted(READERS):
        run = rugtimer(*READERS[command](tmp_path), data=folder)
        assert run.code == 0 and not run.crash, f"{command}: {run}"
    before = snapshot(folder)
    for argv in (("backup",), ("import", str(world.base_file))):
        run = rugtimer(*argv, data=folder)
        assert run.code == 1 and not run.crash and "Traceback" not in run.err, f"{argv[0]}: {run}"
        assert str(folder / "backups") in run.err, (
            f"{argv[0]}: the message does not name the backups file: {run}"
        )
    assert snapshot(folder) == before


def test_an_import_that_conflicts_with_the_history_changes_no_byte(world: World, tmp_path: Path) -> None:
    """Refused in the merge (a record of this history changed in the file), not in the parsing: the history,
    its -wal and its backups stay byte for byte as they were."""
    folder = fresh_copy(world.template, tmp_path)
    own = tmp_path / "own.json"
    assert rugtimer("export", "--format", "json", "--out", str(own), data=folder).code == 0
    data = json.loads(own.read_text("utf-8"))
    data["sessions"][0]["pain_before"] = (data["sessions"][0]["pain_before"] or 0) % 10 + 1
    data["sessions"].extend(world.base["sessions"])  # something new too, so a merge would write
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), "utf-8")
    before = snapshot(folder)
    run = rugtimer("import", str(changed), data=folder)
    assert_refused_cleanly(
        run, changed, ("sessions[0].id", "sessions[0].pain_before", "sessions[0]"), "conflict"
    )
    assert snapshot(folder) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("reader", ["import", "restore", "check-program", "settings.toml"])
def test_a_named_pipe_is_refused_without_waiting_for_it(world: World, tmp_path: Path, reader: str) -> None:
    """A named pipe (a 'file' that never ends until someone writes) must be refused like a folder is, not
    opened: opening it waits for ever. As settings.toml it would stop every start of the app."""
    folder = fresh_copy(world.template, tmp_path)
    pipe = folder / "settings.toml" if reader == "settings.toml" else tmp_path / "pipe.json"
    os.mkfifo(pipe)
    argv = {
        "import": ("import", str(pipe)),
        "restore": ("restore", str(pipe)),
        "check-program": ("check-program", str(pipe)),
        "settings.toml": ("plan", "--language", "en"),
    }[reader]
    before = snapshot(folder)
    began = time.monotonic()
    with pipe_opener(pipe, after=2.0) as released:
        run = rugtimer(*argv, data=folder)
    assert not released, (
        f"{reader}: waited on the named pipe until this test wrote to it, {released[0] - began:.1f} s in"
    )
    assert not run.crash and "Traceback" not in run.err, str(run)
    if reader == "settings.toml":
        assert prints_a_program(run), str(run)
    else:
        assert_refused_cleanly(run, pipe, (), reader)
    assert snapshot(folder) == before


@pytest.mark.skipif(os.name != "posix", reason="only POSIX file names may hold bytes that are not UTF-8")
def test_a_data_folder_whose_name_is_not_utf8(world: World, tmp_path: Path) -> None:
    """A folder named on an old Latin-1 system (a backup disk): 'été' as the bytes e9 74 e9. In a normal desktop
    locale the terminal is strict UTF-8 (PYTHONIOENCODING=utf-8 here); every command works, never a
    traceback. Real processes, since the failure is in printing to a real stream."""
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/oud-\xe9t\xe9"))
    try:
        folder.mkdir()
    except OSError as exc:
        pytest.skip(f"this filesystem refuses a name that is not UTF-8: {exc}")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("RUGTIMER_DATA_DIR", None)
    wrong = []
    for argv in (
        ("demo", "--weeks", "1", "--seed", "1"),
        ("backup",),
        ("import", str(world.base_file)),
        ("export", "--format", "json", "--out", str(tmp_path / "x.json")),
        ("plan", "--language", "en"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "rugtimer", "--data-dir", str(folder), *argv],
            capture_output=True,
            env=env,
            timeout=60,
            check=False,
        )
        stderr = result.stderr.decode("utf-8", "replace")
        if result.returncode != 0 or "Traceback" in stderr:
            wrong.append(f"{argv[0]}: exit {result.returncode}: {stderr.strip().splitlines()[-1:]}")
    assert not wrong, "\n".join(wrong)


def test_a_file_of_many_tiny_records_is_refused_quickly(world: World, tmp_path: Path) -> None:
    """1 MB of empty records ``{}``: 350,000 sessions, each with every field missing. Only the first 50
    problems are shown, so finding millions more is wasted work: at the 50 MB an export may have, it took
    over three minutes and 2.5 GB of memory (the app's File → Import reads the same way).

    The proxy for "quickly" is the work done, not a stopwatch (a timed assertion failed here while the
    other core was busy): the check must stop within the first few records and say that it stopped."""
    count = 1024 * 1024 // 3
    file = tmp_path / "many.json"
    file.write_text(
        '{"format": "rugtimer-history", "version": 1, "sessions": [' + ",".join(["{}"] * count) + "]}"
    )
    folder = fresh_copy(world.template, tmp_path)
    before = snapshot(folder)
    run = rugtimer("import", str(file), data=folder)
    assert_refused_cleanly(run, file, ("sessions[0].id", "sessions[0]"), "many tiny records")
    assert snapshot(folder) == before
    assert run.err.rstrip().endswith("the check stopped here"), str(run)
    named = {int(index) for index in re.findall(r"sessions\[(\d+)\]", run.err)}
    assert max(named) < 20, f"the check went on to sessions[{max(named)}] for 50 problems"


def test_odd_but_acceptable_text_travels_to_every_export(world: World, tmp_path: Path) -> None:
    """Text the importer may accept (no NUL, no lone surrogate) reaches the PDF, the CSV, the JSON and
    `plan` without a crash, and comes back equal through export and import."""
    data = json.loads(json.dumps(world.base))
    half = len(hs.ODD_TEXTS) // 2
    for index, session in enumerate(data["sessions"]):  # every odd text in some note
        session["note"] = hs.ODD_TEXTS[index % half] + hs.ODD_TEXTS[half + index % half]
    data["sessions"][0]["sets"][0]["exercise"] = "\u202e" + "x" * 150
    file = tmp_path / "odd.json"
    file.write_text(json.dumps(data), "utf-8")
    folder = fresh_copy(world.template, tmp_path)
    run = rugtimer("import", str(file), data=folder)
    if run.code != 0:  # refusing some of it is allowed, if it is said well
        assert_refused_cleanly(run, file, ("sessions[0]", "sessions[1]", "sessions[2]", "sessions[3]"), "odd")
        return
    assert_still_usable(folder, tmp_path, "odd text")
    pdf = rugtimer("export", "--format", "pdf", "--out", str(tmp_path / "odd.pdf"), data=folder)
    assert pdf.code == 0 and not pdf.crash, str(pdf)
    assert (tmp_path / "odd.pdf").read_bytes().startswith(b"%PDF")
    again = tmp_path / "again.json"
    assert rugtimer("export", "--format", "json", "--out", str(again), data=folder).code == 0
    notes = {s["id"]: s["note"] for s in json.loads(again.read_text("utf-8"))["sessions"]}
    assert all(notes[s["id"]] == s["note"] for s in data["sessions"]), "a note changed on its way through"


@pytest.mark.parametrize(
    "kind",
    [
        "a folder",
        "empty",
        "60 MB of nothing",
        "an export (JSON)",
        "another program's database",
        "cut in half",
        "garbage in the middle",
        "from a newer RugTimer",
    ],
)
def test_restoring_a_hostile_backup_is_refused_and_changes_nothing(
    world: World, tmp_path: Path, kind: str
) -> None:
    folder = fresh_copy(world.template, tmp_path)
    good = next(p for p in (folder / "backups").iterdir() if p.suffix == ".sqlite3")
    hostile = hs.hostile_backup(kind, good, tmp_path / "hostile.sqlite3")
    before = snapshot(folder)
    run = rugtimer("restore", str(hostile), data=folder)
    assert_refused_cleanly(run, hostile, (), kind)
    assert snapshot(folder) == before
    assert prints_a_program(rugtimer("plan", "--language", "en", data=folder))


@pytest.mark.parametrize("where", ["a name of 300 characters", "under a file", "a folder"])
@pytest.mark.parametrize("kind", ["json", "csv"])
def test_an_export_to_an_impossible_path_says_why(
    world: World, tmp_path: Path, where: str, kind: str
) -> None:
    regular = tmp_path / "a-file"
    regular.write_text("x")
    (tmp_path / "a-folder").mkdir()
    out = {
        "a name of 300 characters": tmp_path / ("x" * 300 + ".json"),
        "under a file": regular / "x.json",
        "a folder": tmp_path / "a-folder",
    }[where]
    run = rugtimer("export", "--format", kind, "--out", str(out), data=world.template)
    assert run.code in (1, 2) and not run.crash and "Traceback" not in run.err, str(run)
    assert run.err.strip(), str(run)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_an_export_in_another_encoding_is_imported_or_refused_cleanly(
    world: World, tmp_path: Path, encoding: str
) -> None:
    file = tmp_path / "encoded.json"
    file.write_bytes(json.dumps(world.base, ensure_ascii=False).encode(encoding))
    folder = fresh_copy(world.template, tmp_path)
    before = snapshot(folder)
    run = rugtimer("import", str(file), data=folder)
    if run.code == 0:
        assert_still_usable(folder, tmp_path, encoding)
    else:
        assert_refused_cleanly(run, file, (), encoding)
        assert snapshot(folder) == before
