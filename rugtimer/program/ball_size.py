"""Which exercise-ball size fits a body height: the source's rule of thumb of 55, 65 or 75 cm.

The source gives the limits as "up to about 1.68 m" and "up to about 1.78 m". A height exactly at a limit
gets the smaller ball (168 → 55, 169 → 65, 178 → 65, 179 → 75). The limits are approximate, so near a
limit the sitting check on the ball decides; ``near_limit`` tells the screen when to say so.
Heights are whole centimetres between 100 and 230: anything else is almost surely a typing slip (metres,
millimetres, a swapped field), and a wrong ball size is worse than a clear error.
"""

from __future__ import annotations

MIN_HEIGHT_CM = 100
MAX_HEIGHT_CM = 230
LIMITS: tuple[tuple[int, int], ...] = ((168, 55), (178, 65))
"""(tallest height in cm, ball size in cm) for each size but the largest."""
LARGEST_CM = 75
SIZES_CM: tuple[int, ...] = (*(size for _limit, size in LIMITS), LARGEST_CM)
NEAR_LIMIT_CM = 2
"""Within this many centimetres of a limit the neighbouring size may fit just as well."""


def _checked(height_cm: int) -> int:
    if isinstance(height_cm, bool) or not isinstance(height_cm, int):
        raise TypeError(f"expected a body height in whole centimetres, got {height_cm!r}")
    if not MIN_HEIGHT_CM <= height_cm <= MAX_HEIGHT_CM:
        raise ValueError(
            f"expected a body height between {MIN_HEIGHT_CM} and {MAX_HEIGHT_CM} cm, got {height_cm} cm"
            " (in centimetres: 1.75 m is 175)"
        )
    return height_cm


def ball_size_cm(height_cm: int) -> int:
    """The ball diameter in cm (55, 65 or 75) for a body height in whole cm (100–230).

    Raises TypeError for anything but an int (also for bool and float) and ValueError outside 100–230.
    """
    height = _checked(height_cm)
    for limit, size in LIMITS:
        if height <= limit:
            return size
    return LARGEST_CM


def near_limit(height_cm: int, margin: int = NEAR_LIMIT_CM) -> bool:
    """True when ``height_cm`` is within ``margin`` cm of a size limit (same checks as ``ball_size_cm``)."""
    height = _checked(height_cm)
    return any(abs(height - limit) <= margin for limit, _size in LIMITS)
