"""The single-writer lock inside one process (the cross-process cases are in tests/reliability)."""

from __future__ import annotations

import os

import pytest

from rugtimer.history import AlreadyRunning, HistoryStore, InstanceLock
from rugtimer.paths import Paths


def test_a_second_holder_gets_already_running(paths: Paths) -> None:
    paths.ensure()
    with InstanceLock(paths.lock) as first:
        assert first.held
        with pytest.raises(AlreadyRunning) as caught:
            InstanceLock(paths.lock).acquire()
        assert caught.value.pid == os.getpid()
        assert str(paths.lock) in str(caught.value)
    assert not first.held
    second = InstanceLock(paths.lock)
    second.acquire()
    second.acquire()  # taking a held lock again is a no-op
    second.release()
    second.release()


def test_opening_the_store_takes_no_lock(paths: Paths) -> None:
    """CLI read commands must work while the app runs."""
    paths.ensure()
    with InstanceLock(paths.lock), HistoryStore.open(paths) as store:
        assert store.session_count() == 0
