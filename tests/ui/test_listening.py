"""Listen to a real session: a private PulseAudio null sink, the real window, controller and cue output, and
a recording of what came out (``benchmarks.listening``). Every cue must sound on its beat.

Drift is judged between the stream clock's corrections (a corrected stall's step is judged per cue, like
every cue): see ``benchmarks.listening``. About 70 s: a glute-bridge set of 10 x (2 s up, 2 s hold, 2 s down) with a 3 s lead-in and its 3-2-1.
Needs ``pulseaudio`` and ``pulseaudio-utils`` (scripts/setup.sh installs them as root); skipped without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.listening import listen, missing_tools

SECONDS = 60
TOLERANCE_MS = 10.0  # every cue, after removing one constant output latency
DRIFT_MS_PER_MIN = 2.0  # between the stream clock's corrections (see benchmarks.listening): 40 ms in 20 min

pytestmark = pytest.mark.skipif(missing_tools() is not None, reason=f"cannot listen: {missing_tools()}")


def test_every_cue_of_a_real_session_sounds_on_its_beat(tmp_path: Path) -> None:
    result = listen(SECONDS, tmp_path / "data")
    # Every figure and each cue's deviation, printed: pytest shows a failed test's output whole (it cuts
    # long assertion messages), and a failure in CI is read from that alone.
    print("\n".join(f"{key}: {value}" for key, value in result.items()))
    summary = {k: v for k, v in result.items() if k not in ("deviations", "stderr_lines")}
    assert result["session_s"] >= SECONDS, summary
    assert result["problem"] is None, summary
    assert result["beats"] >= 30, summary
    assert (result["missing"], result["extra"]) == (0, 0), summary
    worst = max(result["deviations"], key=lambda item: abs(item[1]))
    assert abs(worst[1]) <= TOLERANCE_MS, f"cue at {worst[0]} s is {worst[1]} ms off"
    assert result["drift_cues"] >= 20, "too few cues to tell a drift"
    assert abs(result["drift_ms_per_min"]) <= DRIFT_MS_PER_MIN, f"drift {result['drift_ms_per_min']} ms/min"
    assert result["stream_closed_after"], "the stream must close when the session is over"
    heard, expected = result["last_cue_heard_ms"]
    assert heard >= expected - 5, f"the final cue was cut off: {heard} of {expected} ms heard"
    assert result["stderr_lines"] == [], "a session with sound prints nothing on stderr"
