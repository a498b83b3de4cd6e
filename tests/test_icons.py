"""The app icon: one SVG, PNGs of every size rendered from it, and the window icon the app sets from it."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from rugtimer.ui.app import paths_icon

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "rugtimer.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "nl.rugtimer.RugTimer.png"


def load_render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_svg_is_square_and_valid(qapp: QApplication) -> None:
    root = ET.parse(SVG).getroot()
    assert root.get("viewBox") == "0 0 512 512"
    assert "<text" not in SVG.read_text(encoding="utf-8")  # no words: it has to read at 16 px in any language
    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()


@pytest.mark.parametrize("size", SIZES)
def test_png_of_every_size_is_square_with_a_transparent_outside(qapp: QApplication, size: int) -> None:
    image = QImage(str(png(size)))
    assert not image.isNull(), png(size)
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # Round stopwatch shape: the corners stay see-through (any panel colour), the middle is solid.
    assert image.pixelColor(0, size - 1).alpha() == 0
    assert image.pixelColor(size - 1, size - 1).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_pngs_are_rendered_from_the_current_svg(qapp: QApplication) -> None:
    """Someone who edits the SVG must run packaging/render_icons.py; a stale PNG shows up here."""
    render_icons = load_render_icons()
    assert render_icons.SIZES == SIZES
    renderer = QSvgRenderer(str(SVG))
    for size in (16, 64, 256):
        fresh = render_icons.render(renderer, size)
        committed = QImage(str(png(size))).convertToFormat(fresh.format())
        differences = [
            abs(fresh.pixelColor(x, y).value() - committed.pixelColor(x, y).value())
            + abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
            for x in range(0, size, max(1, size // 64))
            for y in range(0, size, max(1, size // 64))
        ]
        assert sum(differences) / len(differences) < 3, size


def test_window_icon_loads_from_the_package(qapp: QApplication) -> None:
    path = paths_icon()
    assert path is not None and Path(path).name == "rugtimer.svg"
    before = qapp.windowIcon()
    try:
        qapp.setWindowIcon(
            QIcon(path)
        )  # as run_gui does; the tray and dialogs take QApplication.windowIcon()
        icon = qapp.windowIcon()
        assert not icon.isNull()
        small = icon.pixmap(16, 16).toImage()
        assert small.width() == 16
        assert small.pixelColor(8, 8).alpha() == 255  # really drawn, not an empty pixmap
    finally:
        qapp.setWindowIcon(before)
