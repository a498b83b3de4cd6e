"""Render the app icon SVG to the PNG sizes desktops, the tray and installers ask for.

Run after changing resources/icons/rugtimer.svg:  .venv/bin/python packaging/render_icons.py
The PNGs are committed in the freedesktop hicolor layout under the app id, so Linux packaging copies the
folder as it is:  resources/icons/hicolor/<N>x<N>/apps/nl.rugtimer.RugTimer.png
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "rugtimer.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
APP_ID = "nl.rugtimer.RugTimer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, folder: Path = HICOLOR) -> Path:
    """Where the PNG of one size lives (the hicolor theme layout, named by the app id)."""
    return folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """One square, transparent, antialiased image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=HICOLOR, help="folder for the hicolor tree")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(args.svg))
    if not renderer.isValid():
        print(f"render_icons: {args.svg} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        target = png_path(size, args.out)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"render_icons: could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(args.out.parent) if args.out.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
