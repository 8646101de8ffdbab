"""The packaged app's size: the folder `make dist` builds and a fresh zip of it, beside the
budget (the start-up time of the same bundle is in bench_gui)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _common import emit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_zip import FOLDER_BUDGET_MB, ZIP_BUDGET_MB, folder_bytes, make_zip  # noqa: E402

FOLDER = ROOT / "dist" / "civicquiz"


def main() -> None:
    if not (FOLDER / "civicquiz").exists():
        emit({"name": "bundle size", "note": "not built: run `make dist` first"})
        return
    with tempfile.TemporaryDirectory() as work:
        archive = Path(work) / "civicquiz.zip"
        make_zip(FOLDER, archive)
        zipped = archive.stat().st_size
    qt = FOLDER / "_internal" / "PySide6" / "Qt"
    emit(
        {
            "name": "bundle size (MB = 10^6 bytes)",
            "folder_mb": folder_bytes(FOLDER) / 1e6,
            "folder_target_mb": FOLDER_BUDGET_MB,
            "zip_mb": zipped / 1e6,
            "zip_target_mb": ZIP_BUDGET_MB,
            "of_which_qt_mb": folder_bytes(qt) / 1e6 if qt.exists() else 0.0,
            "files": sum(1 for p in FOLDER.rglob("*") if not p.is_dir()),
        }
    )


if __name__ == "__main__":
    main()
