"""The screenshot script drives every screen and saves a real picture of each."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_every_screen_is_captured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CIVICQUIZ_DATA_DIR", str(tmp_path / "data"))
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    saved = module.main(tmp_path / "shots")
    names = {p.stem for p in saved}
    assert {
        "profiles",
        "home",
        "lesson",
        "quiz-feedback",
        "results",
        "progress",
        "settings",
    } <= names
    for path in saved:
        image = QImage(str(path))
        assert image.width() >= 800 and image.height() >= 600, path.name
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 37)
        }
        assert len(colours) > 4, f"{path.name} looks blank"
