"""Fixtures for the history tests: every file lives under ``tmp_path``; nothing is mocked.

Uses the ``slow`` marker (registered in pyproject.toml, deselected by default) for the long SIGKILL soak
in tests/reliability. ``paths`` comes from tests/conftest.py (a fresh data folder under ``tmp_path``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rugtimer.history import HistoryStore
from rugtimer.paths import Paths


@pytest.fixture
def store(paths: Paths) -> Iterator[HistoryStore]:
    with HistoryStore.open(paths) as opened:
        yield opened
