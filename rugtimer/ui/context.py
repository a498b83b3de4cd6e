"""The app context: what the windows share for one run, in a module of its own.

Built in ``ui.app.run_gui`` (or by a test) and passed down; the windows import it from here, so start-up
(``ui.app``) imports the windows and never the other way round.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from rugtimer.history.store import HistoryStore
from rugtimer.local_time import local_now
from rugtimer.paths import Paths
from rugtimer.program.library import Library
from rugtimer.settings import Settings
from rugtimer.ui.cues import CuePlayer

if TYPE_CHECKING:
    from rugtimer.program.runner import Clock


@dataclass
class AppContext:
    """What the windows share for one run."""

    paths: Paths
    library: Library
    store: HistoryStore
    cues: CuePlayer
    language: str = "nl"
    settings: Settings = field(default_factory=Settings)
    clock: Clock = field(default=time.monotonic_ns)  # session timing; a fake in tests
    wall_clock: Clock | None = field(default=time.time_ns)  # only to notice a suspend
    now: Callable[[], datetime] = field(default=local_now)  # today's date and record times; fixed in tests
    read_only: bool = False  # the data folder cannot be written: look and export only
