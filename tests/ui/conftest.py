"""Fixtures shared by the widget tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def text_scale_175(qapp) -> Iterator[None]:
    """The app's text size at 175 % for one test (theme and size put back after)."""
    from rugtimer.ui.theme import apply_theme, current_choice, current_text_scale

    before = (current_choice(qapp), current_text_scale(qapp))
    apply_theme(qapp, "", 175)
    try:
        yield
    finally:
        apply_theme(qapp, *before)
