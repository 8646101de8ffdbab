"""The packaged app: build the PyInstaller bundle and run its self-test, also with no
network. Slow (about a minute); run by `make test-dist`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "civicquiz" / "civicquiz"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("CIVICQUIZ_TEST_DIST"), reason="builds the bundle: run `make test-dist`"
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.5"], check=True
    )
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", str(ROOT / "build.spec")],
        cwd=ROOT, check=True, timeout=900,
    )  # fmt: skip
    assert BUNDLE.exists()
    return BUNDLE


def self_test(command: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIVICQUIZ_", "PYTHON"))}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_the_frozen_app_passes_its_self_test(bundle: Path) -> None:
    result = self_test([str(bundle), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_the_frozen_app_needs_no_network(bundle: Path) -> None:
    unshare = shutil.which("unshare")
    if (
        unshare is None
        or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode != 0
    ):
        pytest.skip("unshare -rn is not available here")
    result = self_test([unshare, "-rn", str(bundle), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_bundle_is_read_only_to_the_app(bundle: Path, tmp_path: Path) -> None:
    before = {p: p.stat().st_mtime for p in bundle.parent.rglob("*") if p.is_file()}
    self_test([str(bundle), "--self-test"])
    after = {p: p.stat().st_mtime for p in bundle.parent.rglob("*") if p.is_file()}
    assert before == after, "the app wrote inside its own bundle"


def test_two_builds_are_the_same_file_for_file() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_reproducible.py")],
                            capture_output=True, text=True, timeout=1800)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 differ" in result.stdout


def test_the_bundle_carries_the_licences(bundle: Path) -> None:
    licences = bundle.parent / "_internal" / "licenses"
    assert (licences / "NOTICE.md").exists()
    for name in ("sqlmodel", "SQLAlchemy", "alembic", "fsrs", "pydantic", "defusedxml"):
        assert any((licences / name).iterdir()), name
    if Path("/usr/share/common-licenses/LGPL-3").exists():
        assert (
            "LESSER GENERAL PUBLIC LICENSE"
            in (licences / "PySide6-Essentials" / "LGPL-3").read_text()
        )
