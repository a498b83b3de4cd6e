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
    clock.observe(origin + 100_000_000, 10 * RATE)  # settled: later observations do not move it
    assert clock.offset == -12
    assert clock.frame_at(origin + 2_000_000_000) == 2 * RATE - 12


def test_stream_clock_reanchors_after_a_stall() -> None:
    clock = StreamClock(0, settle=2)
    clock.observe(10_000_000, 441)
    clock.observe(20_000_000, 882)
    assert clock.offset == 0
    clock.reanchor()
    assert clock.offset == 0  # the old offset serves until the first new observation
    clock.observe(3_000_000_000, 3 * RATE - 2205)  # the device lost 50 ms while the GUI thread stalled
    assert clock.offset == -2205 and clock.reanchored == 1
