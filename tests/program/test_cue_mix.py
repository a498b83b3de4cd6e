"""The Qt-free half of the cue output: cues land on their frame, overlap without clipping, cancel cleanly,
and the stream clock keeps the offset it measured."""

from __future__ import annotations

import numpy as np

from rugtimer.program.cue_mix import RATE, CueMixer, StreamClock, to_samples


def rendered(mixer: CueMixer, frames: int, block: int = 441) -> np.ndarray:
    parts = []
    while frames > 0:
        parts.append(np.frombuffer(mixer.render(min(block, frames)), dtype="<i2"))
        frames -= block
    return np.concatenate(parts)


def test_a_cue_starts_on_its_frame_across_blocks() -> None:
    mixer = CueMixer()
    click = np.full(100, 1000.0, dtype=np.float32)
    assert mixer.place("tone:tick", click, 1000) == 1000
    out = rendered(mixer, 2000, block=300)  # the cue spans the 900-1200 block border
    assert np.flatnonzero(out).tolist() == list(range(1000, 1100))
    assert not mixer.active  # played out and forgotten


def test_a_cue_already_past_starts_at_the_next_frame() -> None:
    mixer = CueMixer()
    rendered(mixer, 500)
    assert mixer.place("tone:up", np.ones(10, dtype=np.float32), 100) == 500


def test_overlapping_cues_are_summed_and_never_clip() -> None:
    mixer = CueMixer()
    mixer.place("a", np.full(400, 3000.0, dtype=np.float32), 0)
    mixer.place("b", np.full(400, 2000.0, dtype=np.float32), 200)
    out = rendered(mixer, 600, block=600)
    assert out[100] == 3000 and out[300] == 5000 and out[500] == 2000
    loud = CueMixer()
    loud.place("a", np.full(100, 30000.0, dtype=np.float32), 0)
    loud.place("b", np.full(100, 30000.0, dtype=np.float32), 0)
    out = rendered(loud, 100, block=100)
    assert out.max() == 32767 and loud.limited_blocks == 1  # scaled down as a block, not clipped


def test_cancel_pending_drops_only_what_has_not_started() -> None:
    mixer = CueMixer()
    mixer.place("sounding", np.full(1000, 100.0, dtype=np.float32), 0)
    mixer.place("later", np.full(100, 100.0, dtype=np.float32), 5000)
    rendered(mixer, 441)
    assert mixer.pending == 1
    assert mixer.cancel_pending() == 1
    out = rendered(mixer, 6000)
    assert np.count_nonzero(out) == 1000 - 441  # the sounding cue plays out, the planned one never


def test_mute_renders_silence_at_once() -> None:
    mixer = CueMixer()
    mixer.place("tone:up", np.full(1000, 500.0, dtype=np.float32), 0)
    mixer.gain = 0.0
    assert not rendered(mixer, 1000).any()


def test_to_samples_reads_little_endian_pcm() -> None:
    assert to_samples(np.array([1, -2, 32767], dtype="<i2").tobytes()).tolist() == [1.0, -2.0, 32767.0]


def test_stream_clock_keeps_the_upper_envelope_of_its_first_observations() -> None:
    origin = 5_000_000_000
    clock = StreamClock(origin, settle=4)
    assert clock.frame_at(origin + 1_000_000_000) == RATE  # nothing measured: the monotonic clock alone
    clock.observe(origin + 10_000_000, 0)  # the device has not begun: no information
    assert clock.observations == 0
    for step, chunk_lag in enumerate([-30, -12, -25, -18]):  # consumption in chunks lags by varying amounts
        now = origin + (step + 1) * 10_000_000
        clock.observe(now, (step + 1) * RATE // 100 + chunk_lag)
    assert clock.settled and clock.offset == -12
    assert clock.settled_at_ns == [origin + 40_000_000]  # the fourth observation completed the measurement
    clock.observe(origin + 100_000_000, 10 * RATE)  # settled: later observations do not move it
    assert clock.offset == -12
    assert clock.frame_at(origin + 2_000_000_000) == 2 * RATE - 12


def test_stream_clock_moves_by_the_slip_across_a_stall_only() -> None:
    """Qt's counters run fast against the real sound (docs/audio-timing.md): after a stall only the jump
    across it is taken, not the counters' new absolute value."""
    clock = StreamClock(0, settle=2)
    tick = 10_000_000
    clock.observe(tick, 441 - 10)
    clock.observe(2 * tick, 882 - 10)
    assert clock.offset == -10
    clock.observe(60 * 100 * tick, 60 * RATE + 440)  # a minute on: the counters say +450, the sound does not
    assert clock.offset == -10
    stalled = 60 * 100 * tick + 200_000_000
    clock.reanchor(stalled)
    assert clock.offset == -10  # the old offset serves until the first new observation
    now = 60 * 100 * tick + 300_000_000
    clock.observe(now, 60 * RATE + 300 * 44.1 + 440 - 2205)  # the device played 50 ms of silence of its own
    assert clock.offset == -10 - 2205 and clock.reanchored == 1
    clock.observe(now + tick, 60 * RATE + 310 * 44.1 + 440 - 2205)
    assert clock.reanchored_at_ns == [stalled] and clock.settled_at_ns == [2 * tick, now + tick]
