"""The app installed from a wheel finds its bank, translations and migrations inside the
installed package, runs its self-test and writes nothing where it is installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / "resources" / "translations" / "civicquiz_kk.qm").exists():
        pytest.skip("the translations are not compiled: run `make translations`")
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = work.glob("civicquiz-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "civicquiz/_data/question_banks/kz-constitution-2026/bank.json" in names
    assert "civicquiz/_data/resources/translations/civicquiz_kk.qm" in names
    assert "civicquiz/migrations/env.py" in names
    site = work / "site"
    done = subprocess.run(
        [*pip, "install", "--no-deps", "--no-compile", "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return site


def _run(site: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("CIVICQUIZ_") and k != "PYTHONPATH"
    }
    env.update(
        PYTHONPATH=str(site),  # ahead of the checkout's editable install
        PYTHONDONTWRITEBYTECODE="1",
        QT_QPA_PLATFORM="offscreen",
        CIVICQUIZ_DATA_DIR=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=300,
    )  # fmt: skip


def test_resources_are_found_inside_the_installed_package(installed: Path, tmp_path: Path) -> None:
    probe = (
        "from civicquiz import paths\n"
        "print(paths.builtin_bank_dir())\n"
        "print(paths.migrations_dir())\n"
        "print(paths.resource_path('resources', 'translations', 'civicquiz_ru.qm'))\n"
    )
    result = _run(installed, tmp_path, "-c", probe)
    assert result.returncode == 0, result.stderr
    found = [Path(line) for line in result.stdout.splitlines()]
    assert len(found) == 3
    for path in found:
        assert path.is_relative_to(installed), f"{path} is not in the installed package"
        assert path.exists()


def test_the_installed_app_passes_its_self_test_and_leaves_its_folder_alone(
    installed: Path, tmp_path: Path
) -> None:
    before = _snapshot(installed)
    result = _run(installed, tmp_path, "-m", "civicquiz", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert _snapshot(installed) == before
