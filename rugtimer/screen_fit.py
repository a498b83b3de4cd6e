"""What fits on a small screen at a large text size: column widths, a two-pane split, axis labels, legend columns.

Qt-free on purpose, like ``theme_data``: these rules decide what the person sees of History and Progress on a
1366×768 laptop at 175 % text (or at a desktop scale of 150 %), so they are tested with plain numbers. The
widgets measure their texts and hand the pixels over; nothing here knows a font.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def fit_columns(least: Sequence[int], room: int, steps: Sequence[tuple[int, int]], rest_to: int) -> list[int]:
    """Widths for columns sharing ``room`` px: each its ``least``, then wider step by step while room lasts.

    ``least``: a column is never narrower (its title whole, and its texts too when cutting them would
    change what they say: a date, a pain score, a status). ``steps``: (column, width) in the order the room
    goes, each widening its column up to that width; a column may come back in a later step for more. What
    is left after the last step goes to ``rest_to``. Every column stays (a hidden column is a silent loss:
    History once dropped its notes at 175 %); texts in a column narrower than they are elide. When even the
    least widths do not fit, those are returned: the table then scrolls sideways, the last resort.
    """
    widths = list(least)
    spare = room - sum(widths)
    for column, wanted in steps:
        if spare <= 0:
            break
        give = min(spare, max(0, wanted - widths[column]))
        widths[column] += give
        spare -= give
    if spare > 0:
        widths[rest_to] += spare
    return widths


def split_heights(total: int, first_least: int, second_least: int, first_share: float) -> tuple[int, int]:
    """Two stacked panes in ``total`` px: ``first_share`` of it for the first, but each at least its least.

    When both leasts do not fit, the shortfall is shared half and half, so neither pane vanishes (History:
    five sessions over two sets at 175 % under a two-line notice, or as close to that as the window allows).
    """
    if total <= 0:
        return 0, 0
    first = round(total * first_share)
    first = max(first, first_least)
    first = min(first, total - second_least)
    if first_least + second_least > total:
        shortfall = first_least + second_least - total
        first = first_least - shortfall // 2
    first = max(0, min(total, first))
    return first, total - first


# -- axis labels ---------------------------------------------------------------------------------------------


def spaced_labels(
    ticks: Sequence[tuple[float, str]], pixels_per_unit: float, label_px: float, gap_px: float = 2
) -> list[tuple[float, str]]:
    """The ticks, most important first, whose labels do not overlap one already kept (ordered by value).

    ``label_px`` is a label's extent along the axis (its text height on a vertical axis).
    """
    kept: list[tuple[float, str]] = []
    for value, text in ticks:
        if all(abs(value - other) * pixels_per_unit >= label_px + gap_px for other, _ in kept):
            kept.append((value, text))
    return sorted(kept)


def target_axis_labels(
    low: int, high: int, pixels_per_unit: float, label_px: float, gap_px: float = 2
) -> list[tuple[float, str]]:
    """The labels of the days axis: 0 and the target band's ``low`` and ``high`` when they fit apart.

    When ``low`` and ``high`` would overlap (3 and 4 at 175 % text on a laptop) the band gets one label,
    "3–4", in its middle; the band is what the axis is for, so 0 gives way before it.
    """
    if low == high:
        return spaced_labels([(low, str(low)), (0, "0")], pixels_per_unit, label_px, gap_px)
    whole = spaced_labels([(low, str(low)), (high, str(high)), (0, "0")], pixels_per_unit, label_px, gap_px)
    if len(whole) == 3 or (low == 0 and len(whole) == 2):
        return whole
    band = ((low + high) / 2, f"{low}–{high}")
    return spaced_labels([band, (0, "0")], pixels_per_unit, label_px, gap_px)


def even_step(steps: Sequence[int], pixels_per_unit: float, label_px: float, gap_px: float = 2) -> int:
    """The smallest of ``steps`` whose labels stand apart (the last one when none does)."""
    for step in steps:
        if step * pixels_per_unit >= label_px + gap_px:
            return step
    return steps[-1]


def week_label_step(
    count: int, pixels_per_week: float, short_px: float, long_px: float, steps: Sequence[int]
) -> int:
    """How many weeks apart the week labels go: the smallest of ``steps`` at which neighbouring labels keep
    a gap of a third of a short label ("wk 48", ``short_px`` wide) between them.

    The first label and each one in a new year carry the year ("wk 48 · 2026", ``long_px``): beside a short
    one at most, while labels are less than a year apart; every label does from 52 weeks apart on.
    """
    for step in steps:
        neighbour = long_px if step >= 52 else short_px
        if step * pixels_per_week >= (long_px + neighbour) / 2 + short_px / 3 or step >= count:
            return step
    return steps[-1]


# -- a legend in columns -------------------------------------------------------------------------------------


def grid_columns(count: int, cell_px: int, room: int, spacing: int, most: int) -> int:
    """How many legend entries ``cell_px`` wide go side by side in ``room`` px: at least one, at most
    ``most``; rows then come out as even as the count allows (7 entries in 4 columns, not 6 and 1)."""
    if count <= 0:
        return 1
    fits = max(1, (room + spacing) // max(1, cell_px + spacing))
    columns = max(1, min(most, count, fits))
    rows = math.ceil(count / columns)
    return math.ceil(count / rows)
