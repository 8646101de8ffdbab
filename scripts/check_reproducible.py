"""Build the bundle twice and check that the two builds are the same, file for file.

    .venv-dist/bin/python scripts/check_reproducible.py [--against FOLDER]

Both builds run with SOURCE_DATE_EPOCH (the last commit's time, or 2026-01-01) and
PYTHONHASHSEED=0, in separate temporary folders; their zips are compared too. With
``--against``, one build is an existing bundle folder, built with the same two settings
(as `make test-dist` builds it), and only one more build is made. Prints the files that
differ; exit 0 when none do.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_zip import make_zip  # noqa: E402


def source_date_epoch() -> str:
    try:
        stamp = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        return stamp.stdout.strip() or "1767225600"
    except (OSError, subprocess.CalledProcessError):
        return "1767225600"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(into: Path) -> dict[str, str]:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(into / "dist"), "--workpath", str(into / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, check=True,
    )  # fmt: skip
    return hashes(into / "dist" / "civicquiz", into / "dist" / "civicquiz.zip")


def hashes(bundle: Path, archive: Path) -> dict[str, str]:
    """Every file's hash, and the hash of a zip of the folder written to ``archive``."""
    make_zip(bundle, archive)
    files = {
        str(path.relative_to(bundle)): digest(path)
        for path in sorted(bundle.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }
    files["../civicquiz.zip"] = digest(archive)
    return files


def main(argv: list[str]) -> int:
    # For PyInstaller's runs and for the zips written here alike.
    os.environ.update(SOURCE_DATE_EPOCH=source_date_epoch(), PYTHONHASHSEED="0")
    against = Path(argv[1]) if argv[:1] == ["--against"] and len(argv) > 1 else None
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        if against is not None:
            one = hashes(against, Path(first) / "civicquiz.zip")
        else:
            one = build(Path(first))
        two = build(Path(second))
    differing = sorted(name for name in one.keys() | two.keys() if one.get(name) != two.get(name))
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(one)} files compared; {len(differing)} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
