"""Every theme's colours, checked without a window: WCAG 2 contrast of each text on its background."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugtimer.theme_data import (
    DARK,
    GRAPHIC_MINIMUM,
    HIGH_CONTRAST,
    LIGHT,
    PHASE_KEYS,
    TEXT_MINIMUM,
    THEME_CHOICES,
    THEMES,
    TYPE_SCALE,
    checked_pairs,
    contrast_ratio,
    lowest_text_pair,
    parse_hex,
    relative_luminance,
    role_names,
    scaled_points,
    theme_for,
)

hex_colours = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")


def test_luminance_and_contrast_match_the_wcag_reference_values() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the famous near miss
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)


@given(hex_colours, hex_colours)
def test_contrast_is_symmetric_and_between_1_and_21(first: str, second: str) -> None:
    ratio = contrast_ratio(first, second)
    assert ratio == pytest.approx(contrast_ratio(second, first))
    assert 1.0 <= ratio <= 21.0 + 1e-9


@pytest.mark.parametrize("bad", ["fff000", "#12345", "#gggggg", "red", ""])
def test_a_colour_that_is_not_hex_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_hex(bad)


@pytest.mark.parametrize("name", [LIGHT, DARK, HIGH_CONTRAST])
def test_every_text_pair_of_every_theme_reaches_its_minimum(name: str) -> None:
    theme = THEMES[name]
    too_weak = [
        f"{pair.what}: {pair.foreground} on {pair.background} = {pair.ratio:.2f}:1 < {pair.minimum}"
        for pair in checked_pairs(theme)
        if pair.ratio < pair.minimum
    ]
    assert too_weak == []


@pytest.mark.parametrize("name", [LIGHT, DARK, HIGH_CONTRAST])
def test_the_checks_cover_text_the_banner_the_highlight_and_every_phase(name: str) -> None:
    pairs = {pair.what: pair for pair in checked_pairs(THEMES[name])}
    for what in (
        "window_text on window",
        "button_text on button",
        "highlighted_text on highlight",
        "tooltip_text on tooltip_base",  # the notice banner
        "placeholder_text on base",
    ):
        assert pairs[what].minimum == TEXT_MINIMUM
    assert pairs["disabled_text on window"].minimum == GRAPHIC_MINIMUM
    assert pairs["highlight on window"].minimum == GRAPHIC_MINIMUM  # focus rings
    for key in PHASE_KEYS:
        assert pairs[f"phase {key}"].minimum == TEXT_MINIMUM  # the digits and words read from 2 m


def test_high_contrast_reaches_aaa_everywhere_text_is_read() -> None:
    theme = THEMES[HIGH_CONTRAST]
    assert lowest_text_pair(theme).ratio >= 7.0
    assert theme.colours.highlight == "#ffff00" and theme.colours.window == "#000000"


def test_every_theme_defines_every_role_and_every_phase_as_hex() -> None:
    for theme in THEMES.values():
        for role in role_names():
            parse_hex(theme.colours.role(role))
        assert set(theme.phases) == set(PHASE_KEYS)
        for style in theme.phases.values():
            parse_hex(style.background)
            parse_hex(style.foreground)


def test_the_phases_stay_recognisable_in_dark_the_same_hue_family_as_light() -> None:
    """Dark keeps each phase's hue (yellow stays yellowish, blue bluish): hue within 30 degrees."""
    import colorsys

    def hue(colour: str) -> float:
        red, green, blue = (c / 255 for c in parse_hex(colour))
        return colorsys.rgb_to_hsv(red, green, blue)[0] * 360

    for key in ("lead_in", "up", "hold", "down", "rest", "switch"):
        light, dark = hue(THEMES[LIGHT].phases[key].background), hue(THEMES[DARK].phases[key].background)
        assert min(abs(light - dark), 360 - abs(light - dark)) <= 30, key


def test_up_and_rest_differ_in_every_theme() -> None:
    """The two blues (move up, rest) never look alike: lightness differs, not only a shade."""
    for theme in THEMES.values():
        up, rest = theme.phases["up"].background, theme.phases["rest"].background
        assert contrast_ratio(up, rest) >= 1.3, theme.name


def test_follow_the_system_borrows_light_or_dark() -> None:
    assert theme_for("") is THEMES[LIGHT]
    assert theme_for("", system_is_dark=True) is THEMES[DARK]
    assert theme_for(HIGH_CONTRAST, system_is_dark=False) is THEMES[HIGH_CONTRAST]
    assert THEME_CHOICES == ("", LIGHT, DARK, HIGH_CONTRAST)


def test_one_type_scale_rising_and_scaled_by_the_text_size() -> None:
    sizes = list(TYPE_SCALE.values())
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    assert TYPE_SCALE["body"] >= 14  # read from a mat
    assert scaled_points(TYPE_SCALE["body"], 150) == 21


def test_theme_data_needs_no_qt() -> None:
    code = "import sys, rugtimer.theme_data; assert not any(m.startswith('PySide6') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_lowest_text_pair_is_the_weakest_pair_meant_to_be_read() -> None:
    for theme in THEMES.values():
        lowest = lowest_text_pair(theme)
        text_pairs = [p for p in checked_pairs(theme) if p.minimum == TEXT_MINIMUM]
        assert lowest.ratio == min(p.ratio for p in text_pairs) >= TEXT_MINIMUM
