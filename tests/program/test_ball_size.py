"""The ball-size rule of thumb: 55 cm up to 168 cm, 65 cm up to 178 cm, 75 cm above; silly input refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.program.ball_size import (
    LIMITS,
    MAX_HEIGHT_CM,
    MIN_HEIGHT_CM,
    NEAR_LIMIT_CM,
    SIZES_CM,
    ball_size_cm,
    near_limit,
)

heights = st.integers(min_value=MIN_HEIGHT_CM, max_value=MAX_HEIGHT_CM)


@pytest.mark.parametrize(
    ("height", "size"),
    [(100, 55), (150, 55), (167, 55), (168, 55), (169, 65), (175, 65), (178, 65), (179, 75), (230, 75)],
)
def test_sizes_at_and_around_the_limits(height: int, size: int) -> None:
    assert ball_size_cm(height) == size


def test_the_limits_are_the_sources_numbers() -> None:
    assert LIMITS == ((168, 55), (178, 65))
    assert SIZES_CM == (55, 65, 75)


@given(heights, heights)
def test_a_taller_person_never_gets_a_smaller_ball(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert ball_size_cm(low) <= ball_size_cm(high)


@given(heights)
def test_every_height_gets_one_of_the_three_sizes(height: int) -> None:
    assert ball_size_cm(height) in SIZES_CM


@given(st.integers(min_value=MIN_HEIGHT_CM, max_value=MAX_HEIGHT_CM - 1))
def test_where_the_size_changes_the_helper_says_it_is_near_a_limit(height: int) -> None:
    if ball_size_cm(height) != ball_size_cm(height + 1):
        assert near_limit(height)
        assert near_limit(height + 1)


@given(heights)
def test_near_limit_means_within_two_centimetres_of_a_limit(height: int) -> None:
    expected = any(abs(height - limit) <= NEAR_LIMIT_CM for limit, _ in LIMITS)
    assert near_limit(height) is expected


@pytest.mark.parametrize("height", [172, 173, 174, 100, 230])
def test_far_from_a_limit_no_note(height: int) -> None:
    assert not near_limit(height)


@given(st.one_of(st.integers(max_value=MIN_HEIGHT_CM - 1), st.integers(min_value=MAX_HEIGHT_CM + 1)))
def test_heights_outside_100_to_230_are_refused(height: int) -> None:
    with pytest.raises(ValueError, match="between 100 and 230 cm"):
        ball_size_cm(height)
    with pytest.raises(ValueError, match="between 100 and 230 cm"):
        near_limit(height)


def test_metres_by_mistake_get_a_hint() -> None:
    with pytest.raises(ValueError, match=r"1\.75 m is 175"):
        ball_size_cm(2)


@pytest.mark.parametrize("height", [1.75, 175.0, "175", True, None])
def test_only_whole_centimetres_are_accepted(height: object) -> None:
    with pytest.raises(TypeError, match="whole centimetres"):
        ball_size_cm(height)  # type: ignore[arg-type]
