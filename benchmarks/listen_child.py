"""Child process: a real glute-bridge session in the real MainWindow, with the real cue output (one QAudioSink).

Run by ``benchmarks.listening`` with a private PulseAudio in the environment; arguments: ``DATA_DIR SECONDS
[STALL_AT[:SECONDS]]`` (block the GUI thread at STALL_AT for SECONDS, default STALL_S: the stream runs dry).
Prints one JSON line: every beat whose cues were handed to the player (monotonic ns and keys), how the
stream's measured offset moved (for drift), the stream's re-anchorings and limiter blocks, and the CPU time
of the whole process and of its GUI thread over the session, and the process's wake-ups (getrusage), so the
same run gives timing and real-session CPU.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.common import emit

LEAD_IN_S, REST_S = 3, 3  # 3-2-1 in the lead-in and the rests (countdown_min_s = 3); bridge 2-2-2 x 10
SET_S = LEAD_IN_S + 10 * 6 + REST_S
OFFSET_EVERY_MS = 5000
STALL_S = 0.3


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wakeups() -> int:
    """Times a thread of the process went to sleep and was woken (voluntary context switches, all threads):
    steadier than CPU time on a shared machine, and what a sleeping writer or a still screen saves."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw


def main() -> None:  # noqa: PLR0915 - one straight-line scenario
    data_dir, seconds = Path(sys.argv[1]), float(sys.argv[2])
    from rugtimer.ui.qt_messages import quiet_qt_messages

    quiet_qt_messages()  # as run_gui: QtMultimedia's known start-up chatter stays off stderr
    app = QApplication([])
    from rugtimer.history.store import HistoryStore
    from rugtimer.paths import Paths
    from rugtimer.program.library import load_library
    from rugtimer.program.plan import Dose
    from rugtimer.program.timeline import TimelineSettings
    from rugtimer.ui.context import AppContext
    from rugtimer.ui.cue_stream import StreamCuePlayer
    from rugtimer.ui.main_window import MainWindow

    paths = Paths(data_dir)
    store = HistoryStore.open(paths)
    player = StreamCuePlayer(language="en")
    player.set_volume(1.0)
    beats: dict[int, list[str]] = {}
    play_at = player.play_at

    def noting_play_at(key: str, at_ns: int | None) -> None:
        beats.setdefault(time.monotonic_ns() if at_ns is None else at_ns, []).append(key)
        play_at(key, at_ns)

    player.play_at = noting_play_at  # type: ignore[method-assign]
    context = AppContext(paths, load_library(), store, player, "en")
    settings = TimelineSettings(lead_in_s=LEAD_IN_S, rest_s=REST_S, countdown_min_s=3)
    window = MainWindow(context, settings)
    window.show()
    app.processEvents()
    sets = max(1, -(-int(seconds) // SET_S))
    cpu_start, wall_start = cpu_s(), time.monotonic_ns()
    main_start, wakeups_start = time.thread_time(), wakeups()
    window._begin([Dose("glute_bridge", sets=sets, reps=10)], None)
    controller = window.controller
    assert controller is not None
    offsets: list[tuple[int, float]] = []

    def note_offset() -> None:
        clock = player.stream_clock
        if clock.observations:
            offsets.append((time.monotonic_ns(), clock.offset))

    sampler = QTimer()
    sampler.timeout.connect(note_offset)
    sampler.start(OFFSET_EVERY_MS)
    result: dict = {}

    def finished(status: str) -> None:
        result.update(
            status=status,
            cpu_s=cpu_s() - cpu_start,
            main_thread_cpu_s=time.thread_time() - main_start,  # finished() runs on the GUI thread
            wakeups=wakeups() - wakeups_start,
            wall_s=(time.monotonic_ns() - wall_start) / 1e9,
            reanchored=player.stream_clock.reanchored,
            reanchored_at_ns=player.stream_clock.reanchored_at_ns,
            settled_at_ns=player.stream_clock.settled_at_ns,
            longest_write_gap_ms=player.longest_gap_ns / 1e6,
            stalls=player.stalls,
            problem=player.problem,
        )
        QTimer.singleShot(3000, app.quit)  # the final chime plays out, then the stream closes itself

    controller.finished.connect(finished)
    if len(sys.argv) > 3:  # STALL_AT[:SECONDS]: block the GUI thread there (the writer must catch up)
        at, _, length = sys.argv[3].partition(":")
        QTimer.singleShot(int(float(at) * 1000), lambda: time.sleep(float(length or STALL_S)))
    app.exec()
    sampler.stop()
    result["streaming_after"] = player.streaming
    window.close()
    player.close()
    store.close()
    emit(
        {
            **result,
            "beats": sorted([at, keys] for at, keys in beats.items()),
            "offsets": offsets,
            "total_ms": controller.timeline.total_ms,
        }
    )


if __name__ == "__main__":
    main()
