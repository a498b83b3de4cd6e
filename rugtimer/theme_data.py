"""RugTimer's looks as plain data: one palette per theme, the phase colours, one type scale, contrast math.

Qt-free on purpose: the numbers can be checked (every text colour against its background, WCAG 2) without a
window; ``rugtimer.ui.theme`` turns them into a QPalette. Colours are "#rrggbb" strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from rugtimer.program.timeline import Phase

SYSTEM = ""  # follow the desktop: its palette, and our light or dark phase colours to match it
LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high_contrast"
THEME_CHOICES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)

TEXT_SCALE_CHOICES = (100, 125, 150, 175)
"""The text sizes the settings offer, in percent of the normal size."""
TEXT_SCALE_MIN = 100
TEXT_SCALE_MAX = 200
"""A hand-edited settings file may hold any whole percentage in this range."""

TEXT_MINIMUM = 4.5
"""WCAG 2 AA for body text; the phase words are huge, but are read from 2 m, so they get no discount."""
GRAPHIC_MINIMUM = 3.0
"""WCAG 2 (1.4.11) for focus rings, control borders and text of switched-off controls."""

TYPE_SCALE: Mapping[str, float] = {
    "small": 12,  # secondary lines: a card's purpose chips, captions
    "body": 14,  # running text, dialogs, the settings
    "lead": 16,  # the line that matters most in a block of text
    "heading": 18,  # an exercise's name, group headings
    "section": 22,  # a page's section title
    "title": 26,  # a page's title ("Today")
    "display": 30,  # digits to tap or read from the mat (the pain scale)
}
"""Point sizes at 100 % text. One scale for every screen: a calm page uses few sizes, each with one job."""


# -- the session screen's type scale (pixels, from the window's height) -------------------------------------

SESSION_SHARES: Mapping[str, tuple[float, float]] = {
    "seconds": (0.24, 0.34),  # of the WINDOW's height: what is read from the mat, never squeezed by chrome
    "reps": (0.13, 0.16),  # the rest: of the session page's own height (the room under menu and banner)
    "phase": (0.085, 0.11),
    "next_up": (0.065, 0.07),
    "exercise_name": (0.045, 0.055),
    "counters": (0.038, 0.05),
    "cue": (0.03, 0.03),
    "hints": (0.024, 0.024),
}
"""Each line's pixel size as a share of a height, in a window and in floor mode, biggest first."""
SESSION_MIN_PIXELS = 12
SESSION_HINTS_MIN_PIXELS = 16  # the key line stays readable in a low window
_LINES_STEP = 0.05  # how much the small lines give way per try (5 % of their size)
_LINES_FLOOR = 0.8  # below their normal size by at most this much, before the big lines give way
_SQUEEZE_FLOOR = 0.5  # at last everything shrinks with the room, down to half


@dataclass(frozen=True)
class SessionType:
    """Pixel sizes of the session screen's lines, in a given window (see ``session_type_choices``); each
    field is named as the session view's line it sizes."""

    seconds: int
    reps: int
    phase: int
    next_up: int
    exercise_name: int
    counters: int
    cue: int
    hints: int


def session_type(
    window_px: int, room_px: int, *, floor: bool, lines: float = 1.0, squeeze: float = 1.0
) -> SessionType:
    """The session screen's sizes: ``lines`` scales the small lines (the text-size setting), ``squeeze``
    everything (a window too low for the rest).

    The seconds follow the window's height, not the page's: a bigger text size makes the menu and the notice
    banner above the page taller, and the countdown must not shrink because of them. No small line is bigger
    than the rep count."""
    column = 1 if floor else 0
    room = max(300, room_px) * squeeze
    seconds = int(max(window_px, room_px) * squeeze * SESSION_SHARES["seconds"][column])
    reps = int(room * SESSION_SHARES["reps"][column])

    def small(name: str, least: float = 0) -> int:
        wished = max(least, room * SESSION_SHARES[name][column]) * lines
        return max(SESSION_MIN_PIXELS, min(reps, int(wished)))

    return SessionType(
        seconds=max(SESSION_MIN_PIXELS, seconds),
        reps=max(SESSION_MIN_PIXELS, reps),
        phase=max(SESSION_MIN_PIXELS, int(room * SESSION_SHARES["phase"][column])),
        next_up=small("next_up"),
        exercise_name=small("exercise_name"),
        counters=small("counters"),
        cue=small("cue"),
        hints=small("hints", SESSION_HINTS_MIN_PIXELS * squeeze),
    )


def session_type_choices(window_px: int, room_px: int, text_scale: int, *, floor: bool) -> list[SessionType]:
    """The sizes to try, biggest first; the session screen shows the first whose lines all fit its page.

    The order says who gives way when the lines do not fit: first the small lines' extra size from the text
    size (in 5 % steps, from the chosen size down to 100 %), then the small lines a little below 100 %, and
    only then everything together, the seconds too. So at a bigger text size the seconds keep their size,
    and only a window too low even for small lines at 80 % squeezes them."""
    top = max(1.0, text_scale / 100)
    count = round((top - _LINES_FLOOR) / _LINES_STEP)
    grid = (round(_LINES_FLOOR + k * _LINES_STEP, 4) for k in range(count + 1))  # the same steps for all
    lines = sorted({top, *(value for value in grid if value < top)}, reverse=True)
    choices = [session_type(window_px, room_px, floor=floor, lines=value) for value in lines]
    squeezes = [
        round(1 - k * _LINES_STEP, 4) for k in range(1, round((1 - _SQUEEZE_FLOOR) / _LINES_STEP) + 1)
    ]
    choices += [
        session_type(window_px, room_px, floor=floor, lines=_LINES_FLOOR, squeeze=value) for value in squeezes
    ]
    return choices


@dataclass(frozen=True)
class Colours:
    """A theme's colour per palette role (the names follow QPalette's roles)."""

    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    placeholder_text: str
    disabled_text: str
    link: str
    link_visited: str
    bright_text: str
    tooltip_base: str  # also the notice banner at the top of the window
    tooltip_text: str

    def role(self, name: str) -> str:
        return getattr(self, name)


@dataclass(frozen=True)
class PhaseColours:
    """The session screen during one phase: the whole background, and the word, digits and bar on it."""

    background: str
    foreground: str


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool  # dark backgrounds: asks the desktop for dark title bars, light illustration strokes
    colours: Colours
    phases: Mapping[str, PhaseColours]


_INK = "#111111"
_WHITE = "#ffffff"

_LIGHT = Colours(
    window="#f4f5f7",
    window_text="#1a1f24",
    base="#ffffff",
    alternate_base="#eef1f5",
    text="#1a1f24",
    button="#e9ecef",
    button_text="#1a1f24",
    highlight="#1d63a6",
    highlighted_text="#ffffff",
    light="#ffffff",
    midlight="#e3e7eb",
    mid="#7b848e",
    dark="#2f3944",
    shadow="#1a1f24",
    placeholder_text="#5c6670",
    disabled_text="#6b7480",
    link="#0b57a4",
    link_visited="#6a3d9a",
    bright_text="#ffffff",
    tooltip_base="#fff3cd",
    tooltip_text="#1a1f24",
)

_DARK = Colours(
    window="#1e2125",
    window_text="#e8eaed",
    base="#26292e",
    alternate_base="#2d3137",
    text="#e8eaed",
    button="#30343a",
    button_text="#e8eaed",
    highlight="#3a74bf",
    highlighted_text="#ffffff",
    light="#4a4f57",
    midlight="#3a3f46",
    mid="#838b95",
    dark="#15171a",
    shadow="#000000",
    placeholder_text="#a3abb5",
    disabled_text="#9aa1ab",
    link="#8ab4f8",
    link_visited="#c5a3f0",
    bright_text="#ffffff",
    tooltip_base="#4a3b12",
    tooltip_text="#fdf0c4",
)

_HIGH_CONTRAST = Colours(
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    light="#ffffff",
    midlight="#c0c0c0",
    mid="#ffffff",
    dark="#c0c0c0",
    shadow="#ffffff",
    placeholder_text="#d9d9d9",
    disabled_text="#a6a6a6",
    link="#80ffff",
    link_visited="#ff99ff",
    bright_text="#ffff00",
    tooltip_base="#ffff00",
    tooltip_text="#000000",
)


def _phases(**by_phase: tuple[str, str]) -> dict[str, PhaseColours]:
    return {key: PhaseColours(background, foreground) for key, (background, foreground) in by_phase.items()}


# Light: Okabe–Ito, told apart with every common colour-vision deficiency (and the word says it anyway).
_LIGHT_PHASES = _phases(
    lead_in=("#f0e442", _INK),
    up=("#0072b2", _WHITE),
    hold=("#e69f00", _INK),
    down=("#009e73", _INK),
    work=("#0072b2", _WHITE),
    move=("#009e73", _INK),
    rest=("#56b4e9", _INK),
    switch=("#cc79a7", _INK),
    done=("#2b2b2b", _WHITE),
    paused=("#5f6368", _WHITE),
)
# Dark: the same hues, deep enough that a full screen of colour does not glare in a dim room.
_DARK_PHASES = _phases(
    lead_in=("#736a00", _WHITE),
    up=("#084a80", _WHITE),
    hold=("#8a5a00", _WHITE),
    down=("#00664a", _WHITE),
    work=("#084a80", _WHITE),
    move=("#00664a", _WHITE),
    rest=("#467590", _WHITE),
    switch=("#7d3a63", _WHITE),
    done=("#1b1d20", _WHITE),
    paused=("#3c4043", _WHITE),
)
# High contrast: pure, saturated fields with black or white, every pair at 7:1 or more (WCAG AAA).
_HIGH_CONTRAST_PHASES = _phases(
    lead_in=("#ffff00", "#000000"),
    up=("#0000b3", _WHITE),
    hold=("#ff9900", "#000000"),
    down=("#00e676", "#000000"),
    work=("#0000b3", _WHITE),
    move=("#00e676", "#000000"),
    rest=("#00ffff", "#000000"),
    switch=("#ff66ff", "#000000"),
    done=("#000000", _WHITE),
    paused=("#000000", "#ffff00"),
)

THEMES: Mapping[str, Theme] = {
    LIGHT: Theme(LIGHT, False, _LIGHT, _LIGHT_PHASES),
    DARK: Theme(DARK, True, _DARK, _DARK_PHASES),
    HIGH_CONTRAST: Theme(HIGH_CONTRAST, True, _HIGH_CONTRAST, _HIGH_CONTRAST_PHASES),
}
PHASE_KEYS = (*(phase.value for phase in Phase), "done", "paused")


def theme_for(choice: str, system_is_dark: bool = False) -> Theme:
    """The theme to show for a setting; "follow the system" borrows our light or dark phase colours."""
    if choice in THEMES:
        return THEMES[choice]
    return THEMES[DARK if system_is_dark else LIGHT]


def scaled_points(points: float, text_scale: int) -> float:
    """A type-scale size at the chosen text size (150 % makes 14 pt into 21 pt)."""
    return points * text_scale / 100


# -- contrast (WCAG 2.x) ----------------------------------------------------------------------------------


def parse_hex(colour: str) -> tuple[int, int, int]:
    """ "#rrggbb" (or "#rgb") as 0–255 channels; anything else is a ValueError."""
    digits = colour.removeprefix("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    if len(digits) != 6 or not colour.startswith("#"):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = int(digits, 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance: 0.0 for black, 1.0 for white."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in parse_hex(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1.0 (the same) to 21.0 (black on white); symmetric."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Pair:
    """A foreground meant to be read (or seen) on a background, and the contrast it needs."""

    what: str
    foreground: str
    background: str
    minimum: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.foreground, self.background)


_TEXT_ON = (
    ("window_text", "window"),
    ("window_text", "base"),  # labels on the exercise cards
    ("window_text", "alternate_base"),  # the coach's panel, purpose chips
    ("window_text", "button"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("button_text", "window"),  # flat tool buttons (the navigation bar)
    ("highlighted_text", "highlight"),  # Start session, chosen answers, selections
    ("highlighted_text", "dark"),  # Start session while pressed
    ("tooltip_text", "tooltip_base"),  # tooltips and the notice banner
    ("placeholder_text", "base"),  # example text in an empty field: information, so full text contrast
    ("link", "base"),
    ("link", "window"),
    ("link_visited", "base"),
)
_GRAPHICS_ON = (
    ("disabled_text", "window"),  # switched-off controls: WCAG exempts them; we keep them legible
    ("disabled_text", "button"),
    ("highlight", "window"),  # focus rings and chosen-answer borders
    ("highlight", "base"),
    ("mid", "window"),  # the edges of buttons, fields, tick boxes; card borders
    ("mid", "base"),
    ("mid", "button"),
)


def checked_pairs(theme: Theme) -> list[Pair]:
    """Every text/background pair the theme is used with, each with its WCAG minimum."""
    colours = theme.colours
    pairs = [Pair(f"{fg} on {bg}", colours.role(fg), colours.role(bg), TEXT_MINIMUM) for fg, bg in _TEXT_ON]
    pairs += [
        Pair(f"{fg} on {bg}", colours.role(fg), colours.role(bg), GRAPHIC_MINIMUM) for fg, bg in _GRAPHICS_ON
    ]
    pairs += [
        Pair(f"phase {key}", style.foreground, style.background, TEXT_MINIMUM)
        for key, style in theme.phases.items()
    ]
    return pairs


def lowest_text_pair(theme: Theme) -> Pair:
    """The weakest pair of text to be read (what a contrast report leads with)."""
    return min((p for p in checked_pairs(theme) if p.minimum >= TEXT_MINIMUM), key=lambda p: p.ratio)


def role_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Colours))
