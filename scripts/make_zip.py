"""Zip the one-folder app: `dist/civicquiz/` becomes `dist/civicquiz.zip`.

    .venv/bin/python scripts/make_zip.py [FOLDER [ZIP]]

What `python -m zipfile -c` does not: symbolic links stay links (the bundle links its Qt
libraries from the top folder; followed, each would be stored twice), files keep their
permissions (the app stays executable after unzipping), entries come in a fixed order with
the time from SOURCE_DATE_EPOCH when it is set (so two builds give the same zip), and
everything is deflated at the strongest level, which any unzip tool can read.
"""

from __future__ import annotations

import os
import stat
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNIX = 3  # "made by" system for entries that carry Unix permissions
# The bundle's size budget (MB = 10**6 bytes): checked by tests/test_dist.py, printed by
# bench/bench_bundle.py.
FOLDER_BUDGET_MB, ZIP_BUDGET_MB = 120.0, 50.0


def _entry(name: str, status: os.stat_result) -> zipfile.ZipInfo:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch else int(status.st_mtime)
    stamp = time.gmtime(max(seconds, 315532800))  # zip dates start in 1980
    info = zipfile.ZipInfo(name, stamp[:6])
    info.create_system = UNIX
    info.external_attr = (status.st_mode & 0xFFFF) << 16
    return info


def folder_bytes(folder: Path) -> int:
    """The folder's size as a user's file manager counts it: files, with links as links."""
    sizes = (p.lstat() for p in folder.rglob("*"))
    return sum(s.st_size for s in sizes if not stat.S_ISDIR(s.st_mode))


def make_zip(folder: Path, archive: Path) -> int:
    """Write ``archive`` holding ``folder`` (under its own name); returns the entry count."""
    base = folder.parent
    paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(base).as_posix())
    partial = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        out.writestr(_entry(folder.name + "/", folder.lstat()), b"")
        for path in paths:
            name, status = path.relative_to(base).as_posix(), path.lstat()
            if stat.S_ISLNK(status.st_mode):
                # The link's target is the entry's content; unzip recreates the link.
                out.writestr(_entry(name, status), os.readlink(path), zipfile.ZIP_STORED)
            elif stat.S_ISDIR(status.st_mode):
                out.writestr(_entry(name + "/", status), b"")
            else:
                content = path.read_bytes()
                out.writestr(_entry(name, status), content, zipfile.ZIP_DEFLATED, compresslevel=9)
    partial.replace(archive)
    return len(paths) + 1


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "civicquiz"
    archive = Path(argv[1]) if len(argv) > 1 else folder.with_name(folder.name + ".zip")
    if not folder.is_dir():
        print(f"{folder}: no such folder; build it first with `make dist`", file=sys.stderr)
        return 1
    count = make_zip(folder, archive)
    print(f"{archive}: {count} entries, {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
