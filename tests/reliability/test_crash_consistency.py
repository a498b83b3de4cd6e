"""Crash consistency: a child records sets and is killed with SIGKILL at random moments, a new process
every round. After each kill the file passes integrity_check, every set whose id was printed (printed only
after its commit returned) is there exactly once and whole, and no half-written set exists anywhere.

Kill moments are spread over the child's life: during start-up (opening, creating or recovering the
file, marking the previous session interrupted, beginning a session) and in the middle of recording.
Set RUGTIMER_CRASH_SEED to replay a failing run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from rugtimer.history import HistoryStore
from rugtimer.paths import Paths

CHILD = Path(__file__).with_name("crash_child.py")
EXERCISES = ("knee_rock", "micro_moves", "glute_bridge", "bird_dog_light")
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def expected(number: int) -> tuple[object, ...]:
    """Mirror of crash_child.expected (kept independent on purpose): exercise, reps, seconds, side."""
    return (EXERCISES[number % 4], number % 25, number / 4, ("left", "right", None)[number % 3])


@dataclass
class Ledger:
    """What the children promised: every set id printed after its commit, and the sessions begun."""

    sets: dict[str, int] = field(default_factory=dict)
    sessions: set[str] = field(default_factory=set)
    kills_during_startup: int = 0
    kills_while_recording: int = 0


def one_round(data_dir: Path, rnd: random.Random, ledger: Ledger) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-I", "-S", str(CHILD), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    if rnd.random() < 0.2:
        lines.append(proc.stdout.readline())  # "opening": imports are done
        time.sleep(rnd.uniform(0, 0.012))  # somewhere in open/recovery, marking interrupted, begin_session
        ledger.kills_during_startup += 1
    else:
        wanted = rnd.randint(2, 22)
        while len(lines) < wanted:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
        if rnd.random() < 0.7:
            time.sleep(rnd.uniform(0, 0.003))  # land anywhere inside the next commit
        ledger.kills_while_recording += 1
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rest = proc.stdout.read()
    proc.stdout.close()
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"the child died by itself ({proc.returncode}): {stderr}"
    lines.extend(rest.splitlines(keepends=True))
    for line in lines:
        if not line.endswith("\n"):
            continue  # cut off by the kill: never printed in full, so never promised
        first, second = line.split()
        if first == "opening":
            continue
        if first == "session":
            ledger.sessions.add(second)
        else:
            ledger.sets[first] = int(second)


def verify(database: Path, ledger: Ledger) -> None:
    # Read-write, as the app's next start opens it: after a kill, SQLite may have to recover the WAL (and
    # create its -shm), which a read-only connection cannot do ("attempt to write a readonly database").
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sets" not in tables:  # killed on the very first start, before its schema was committed
            assert not ledger.sets and not ledger.sessions, "a committed record without a schema"
            return
        rows = conn.execute(
            "SELECT id, session_id, set_number, exercise, reps, seconds, side FROM sets"
        ).fetchall()
        stored = {row[0]: row for row in rows}
        assert len(stored) == len(rows)
        missing = set(ledger.sets) - set(stored)
        assert not missing, f"{len(missing)} committed sets lost"
        for set_id, _session, number, *content in rows:
            assert tuple(content) == expected(number), f"half-written set {set_id}"
            if set_id in ledger.sets:
                assert ledger.sets[set_id] == number
        per_session = conn.execute(
            "SELECT count(*) = count(DISTINCT session_id || ':' || set_number) FROM sets"
        ).fetchone()[0]
        assert per_session == 1, "a set number stored twice in one session"
        sessions = {row[0] for row in conn.execute("SELECT id FROM sessions")}
        assert ledger.sessions <= sessions
    finally:
        conn.close()


def final_check(paths: Paths, ledger: Ledger) -> None:
    """What the next app start does: everything left running becomes interrupted, with its sets."""
    with HistoryStore.open(paths) as store:
        store.mark_running_as_interrupted()
        assert store.check() == []
        for session in store.sessions():
            assert session.status == "interrupted"
            sets = store.sets_for(session.id)
            assert session.ended_at == (max(s.completed_at for s in sets) if sets else session.started_at)
        assert set(ledger.sets) <= {s.id for s in store.sets_between()}


def soak(tmp_path: Path, rounds: int) -> Ledger:
    seed = int(os.environ.get("RUGTIMER_CRASH_SEED", random.randrange(2**32)))
    rnd = random.Random(seed)
    paths = Paths(tmp_path / "data")
    ledger = Ledger()
    for number in range(rounds):
        try:
            one_round(paths.data_dir, rnd, ledger)
            if paths.database.exists():
                verify(paths.database, ledger)
        except AssertionError as exc:
            raise AssertionError(f"round {number}, RUGTIMER_CRASH_SEED={seed}: {exc}") from exc
    final_check(paths, ledger)
    return ledger


def test_sigkill_at_random_moments_loses_no_committed_set(tmp_path: Path) -> None:
    ledger = soak(tmp_path, rounds=200)
    assert len(ledger.sets) > 500
    assert ledger.kills_during_startup > 10 and ledger.kills_while_recording > 100


@pytest.mark.slow
def test_sigkill_soak(tmp_path: Path) -> None:
    ledger = soak(tmp_path, rounds=3000)
    assert len(ledger.sets) > 10_000
