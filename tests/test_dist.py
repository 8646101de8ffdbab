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
sys.path.insert(0, str(ROOT / "scripts"))

from make_zip import FOLDER_BUDGET_MB, ZIP_BUDGET_MB, folder_bytes, make_zip  # noqa: E402

FOLDER_BUDGET, ZIP_BUDGET = FOLDER_BUDGET_MB * 1e6, ZIP_BUDGET_MB * 1e6  # in bytes

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


@pytest.fixture(scope="module")
def bundle_zip(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    archive = tmp_path_factory.mktemp("zip") / "civicquiz.zip"
    make_zip(bundle.parent, archive)
    return archive


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
    if Path("/usr/bin/dpkg-query").exists():
        # Every system library in the top folder comes with its package's licence file.
        internal = bundle.parent / "_internal"
        libraries = [
            p.name
            for p in internal.glob("lib*.so*")
            if not p.is_symlink() and not p.name.startswith("libpython")
        ]
        carried = {p.name for p in (licences / "system").iterdir()}
        for library in libraries:
            owners = subprocess.run(
                ["dpkg-query", "-S", f"*/{library}"], capture_output=True, text=True
            ).stdout
            packages = {line.split(":")[0] for line in owners.splitlines()}
            assert packages & carried, f"no licence for {library} ({packages})"
        assert "Unicode" in (licences / "ICU" / "LICENSE").read_text(errors="replace")


def test_the_bundle_and_its_zip_fit_the_size_budget(bundle: Path, bundle_zip: Path) -> None:
    size, zipped = folder_bytes(bundle.parent), bundle_zip.stat().st_size
    assert size <= FOLDER_BUDGET, f"the folder is {size / 1e6:.1f} MB"
    assert zipped <= ZIP_BUDGET, f"the zip is {zipped / 1e6:.1f} MB"


def test_the_unzipped_app_passes_its_self_test(bundle_zip: Path, tmp_path: Path) -> None:
    if shutil.which("unzip") is None:
        pytest.skip("unzip is not installed")
    subprocess.run(["unzip", "-q", str(bundle_zip), "-d", str(tmp_path / "unpacked")], check=True)
    result = self_test([str(tmp_path / "unpacked" / "civicquiz" / "civicquiz"), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
