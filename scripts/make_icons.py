"""Render the app's icon, `resources/icons/civicquiz.svg`, into the files each system wants.

    make icons        (or: .venv/bin/python scripts/make_icons.py)

Writes, under `packaging/icons/`:

- `hicolor/NxN/apps/<app id>.png` for the usual freedesktop sizes, and
  `hicolor/scalable/apps/<app id>.svg` (the SVG itself), for the Linux menu;
- `civicquiz.ico` (Windows: the executable's and the installer's icon);
- `civicquiz.icns` (macOS: the app bundle's icon).

Qt's own SVG renderer draws every size from the SVG (no size is scaled from another);
Pillow only packs the drawn PNGs into the .ico and .icns containers. The files are
committed, so a build on any system needs neither step; `tests/test_packaging_tools.py`
renders the SVG again and fails when a committed file no longer matches it.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from packaging_meta import APP_ID  # noqa: E402

SVG = ROOT / "resources" / "icons" / "civicquiz.svg"
ICONS = ROOT / "packaging" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows asks for, 256 being the largest
# The PNG entries (ic07-ic14) macOS reads, @2x ones included.
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)


def hicolor_png(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn by Qt at ``size`` × ``size`` pixels on a transparent ground, as PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # fonts, image I/O
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _pillow_images(sizes: tuple[int, ...]) -> list[object]:
    try:
        from PIL import Image
    except ImportError:
        sys.exit("make_icons.py needs Pillow for the .ico and .icns: .venv/bin/pip install pillow")
    return [Image.open(io.BytesIO(render(size))) for size in sizes]


def main() -> int:
    for size in HICOLOR_SIZES:
        target = hicolor_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(size))
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    # Largest first: Pillow writes the first image and the others given with it, each at
    # its own size, so every entry is Qt's drawing rather than a rescaled copy.
    ico = _pillow_images(tuple(reversed(ICO_SIZES)))
    ico[0].save(  # type: ignore[attr-defined]
        ICONS / "civicquiz.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico[1:],
        bitmap_format="png",
    )
    icns = _pillow_images(tuple(reversed(ICNS_SIZES)))
    icns[0].save(ICONS / "civicquiz.icns", format="ICNS", append_images=icns[1:])  # type: ignore[attr-defined]
    print(f"icons written under {ICONS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
