"""The listening rig's drift figure (benchmarks/listening.py) tells a slow drift from the step that a stall's
correction makes: in a one-minute run both raise a plain least-squares slope alike, but only the drift
carries a 20-minute session off its beat. Pure arithmetic, so no sound server is needed."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.listening import PLACED_BEFORE_NS, clock_segment, drift_between_corrections

S = 1_000_000_000


def cue_times(count: int = 34, seconds: float = 60.0) -> np.ndarray:
    return np.linspace(0.0, seconds, count)


def test_a_step_after_a_corrected_stall_is_not_drift() -> None:
    times = cue_times()
    values = np.where(times >= 30.0, 1.6, 0.0)  # every cue after 30 s heard 1.6 ms later
    segments = [0 if t < 30.0 else 1 for t in times]
    plain = float(np.polyfit(times / 60, values, 1)[0])
    assert plain > 2.0  # what the one-minute test read as drift before
    drift, fitted, steps = drift_between_corrections(times, values, segments)
    assert drift == pytest.approx(0.0, abs=1e-9)
    assert fitted == len(times) and steps == [pytest.approx(1.6)]


@given(
    per_minute=st.floats(-20, 20, allow_nan=False),
    step=st.floats(-10, 10, allow_nan=False),
    at=st.floats(10.0, 50.0),
)
def test_a_real_drift_is_measured_across_a_step(per_minute: float, step: float, at: float) -> None:
    times = cue_times()
    values = per_minute * times / 60 + np.where(times >= at, step, 0.0)
    drift, _, steps = drift_between_corrections(times, values, [0 if t < at else 1 for t in times])
    assert drift == pytest.approx(per_minute, abs=1e-6)
    assert steps == [pytest.approx(step, abs=1e-6)]


def test_cues_placed_before_the_clock_settled_are_left_out_of_the_slope() -> None:
    times = cue_times()
    values = np.zeros_like(times)
    values[0] = -8.0  # the first cue, placed on a partial measurement
    drift, fitted, _ = drift_between_corrections(times, values, [None, *[0] * (len(times) - 1)])
    assert drift == pytest.approx(0.0) and fitted == len(times) - 1


def test_a_segment_of_one_cue_cannot_tell_a_slope() -> None:
    times = cue_times(4)
    values = np.array([0.0, 0.0, 5.0, 0.0])
    drift, fitted, steps = drift_between_corrections(times, values, [0, 0, 1, 2])
    assert (drift, fitted, steps) == (0.0, 2, [])


def test_clock_segment_names_the_measurement_that_placed_a_cue() -> None:
    reanchored, settled = [10 * S], [2 * S, 12 * S]
    assert clock_segment(1 * S, reanchored, settled) is None  # before the first measurement settled
    assert clock_segment(2 * S + PLACED_BEFORE_NS, reanchored, settled) == 0
    assert clock_segment(9 * S, reanchored, settled) == 0
    assert clock_segment(11 * S, reanchored, settled) is None  # after the stall, still measuring
    assert clock_segment(13 * S, reanchored, settled) == 1
    assert clock_segment(20 * S, [10 * S], [2 * S]) is None  # a measurement that never settled
