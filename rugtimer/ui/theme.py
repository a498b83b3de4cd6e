"""Puts a theme and a text size on the running application, at once: palette, style, style sheets, fonts.

The colours themselves live in the Qt-free ``rugtimer.theme_data``. "Follow the system" keeps the desktop's
own palette and style and picks our light or dark phase colours to match it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rugtimer.theme_data import SYSTEM, THEMES, Colours, Theme, theme_for
from rugtimer.ui.text_scale import TextScaler
from rugtimer.ui.themed_style import ThemedStyle

_STATE_NAME = "rugtimerTheme"

_ROLES = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "window_text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.Light: "light",
    QPalette.ColorRole.Midlight: "midlight",
    QPalette.ColorRole.Mid: "mid",
    QPalette.ColorRole.Dark: "dark",
    QPalette.ColorRole.Shadow: "shadow",
    QPalette.ColorRole.PlaceholderText: "placeholder_text",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.LinkVisited: "link_visited",
    QPalette.ColorRole.BrightText: "bright_text",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.Accent: "highlight",
}
_EDGED_CONTROLS = (
    "QPushButton",
    "QToolButton",
    "QComboBox",
    "QAbstractSpinBox",
    "QLineEdit",
    "QCheckBox",
    "QRadioButton",
    "QSlider",
    "QGroupBox",
)
"""Fusion draws these controls' edges in the window colour made 40 % darker: black on black in high contrast,
barely visible in dark. They get a window colour of their own so the edge comes out as the theme's ``mid``."""
_FUSION_DARKER = 140
_DISABLED_TEXT_ROLES = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.HighlightedText,
)


def palette_for(colours: Colours) -> QPalette:
    """Every role in every colour group, so nothing of the desktop's palette shows through."""
    palette = QPalette()
    for role, name in _ROLES.items():
        palette.setColor(role, QColor(colours.role(name)))
    for role in _DISABLED_TEXT_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.disabled_text))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor(colours.mid))
    return palette


def _edge_palette(palette: QPalette, colours: Colours) -> QPalette:
    """``palette`` with a window colour that Fusion darkens into the theme's edge colour (``mid``)."""
    edge = QColor(colours.mid)
    hue, saturation, value, _ = edge.getHsv()
    window = QColor.fromHsv(max(hue, 0), saturation, min(255, round(value * _FUSION_DARKER / 100)))
    edged = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        edged.setColor(group, QPalette.ColorRole.Window, window)
    return edged


class _ThemeState(QObject):
    """What one application needs to switch themes back and forth: the desktop's style, the text scaler."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_STATE_NAME)
        self.choice = SYSTEM
        self.system_style = app.style().name()
        self.style = ""  # the base of the ThemedStyle set last ("" = the desktop's own, untouched)
        self.scaler = TextScaler(app)
        self._app = app
        app.styleHints().colorSchemeChanged.connect(self._desktop_scheme_changed)

    def _desktop_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        """The desktop went dark (or light) while we follow it: Qt swaps the palette; once that has reached
        the widgets, the style sheets read their colours again."""
        if self.choice == SYSTEM:
            QTimer.singleShot(0, self, lambda: _refresh_style_sheets(self._app))


def _state(app: QApplication) -> _ThemeState:
    state = app.findChild(_ThemeState, _STATE_NAME)
    return state if state is not None else _ThemeState(app)


def system_is_dark(app: QGuiApplication | None = None) -> bool:
    """Does the desktop ask for dark? Its colour scheme where it tells, else the darkness of its palette."""
    app = app or QGuiApplication.instance()
    if app is None:
        return False
    scheme = app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5


def current_theme() -> Theme:
    """The theme showing now (for "follow the system": our light or dark one, matching the desktop)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return theme_for(SYSTEM)
    state = app.findChild(_ThemeState, _STATE_NAME)
    choice = state.choice if state is not None else SYSTEM
    return theme_for(choice, choice == SYSTEM and system_is_dark(app))


def current_choice(app: QApplication) -> str:
    state = app.findChild(_ThemeState, _STATE_NAME)
    return state.choice if state is not None else SYSTEM


def current_text_scale(app: QApplication) -> int:
    state = app.findChild(_ThemeState, _STATE_NAME)
    return state.scaler.scale if state is not None else 100


def apply_theme(app: QApplication, theme: str, text_scale: int) -> None:
    """Show ``theme`` ("" = follow the system) at ``text_scale`` percent, on every open window at once."""
    state = _state(app)
    changed = theme != state.choice
    state.choice = theme
    chosen = THEMES.get(theme)
    _ask_desktop_for(app, chosen)
    # Fusion draws with the palette everywhere (some desktop styles ignore it); the desktop's style otherwise.
    # Both wrapped in ThemedStyle, whose icons take the theme's colours.
    style = state.system_style if chosen is None else "fusion"
    if style.lower() != state.style.lower():
        app.setStyle(ThemedStyle(style))
        state.style = style
    if chosen is None:
        app.setPalette(
            QPalette()
        )  # nothing set: every role follows the desktop again (and no class palettes)
    else:
        palette = palette_for(chosen.colours)
        app.setPalette(palette)  # also drops the class palettes of an earlier theme
        edged = _edge_palette(palette, chosen.colours)
        for class_name in _EDGED_CONTROLS:
            app.setPalette(edged, class_name)
    # Qt posts the change to each widget; deliver it now, so every widget (and the style sheets read below)
    # has the new colours when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    if changed:
        _refresh_style_sheets(app)
    state.scaler.set_scale(text_scale)


def _ask_desktop_for(app: QApplication, chosen: Theme | None) -> None:
    """Title bars and native parts follow a dark theme where the platform allows (Qt 6.8+)."""
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    if chosen is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if chosen.dark else Qt.ColorScheme.Light)


def _refresh_style_sheets(app: QApplication) -> None:
    """Style sheets read ``palette(...)`` once: setting each again makes it read the new colours."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)
