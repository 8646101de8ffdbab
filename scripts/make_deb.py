"""A Debian package of the one-folder bundle: `dist/civicquiz_VERSION_ARCH.deb`.

    make deb      (or: .venv/bin/python scripts/make_deb.py [BUNDLE [OUT_DIR]])

What it installs:

- /opt/civicquiz/                      the bundle, as `make dist` built it
- /usr/bin/civicquiz                   a link to /opt/civicquiz/civicquiz (the window app
                                       with no arguments, the command line with them)
- /usr/share/applications/, /usr/share/metainfo/, /usr/share/icons/hicolor/
                                       the menu entry, its AppStream data, its icons
- /usr/share/doc/civicquiz/            copyright, and the source archive NOTICE.md names

No maintainer scripts: Debian's desktop-file-utils and hicolor-icon-theme refresh the menu
and icon caches by dpkg triggers on those folders. `Depends` lists the libraries the bundle
takes from the system (the ones `civicquiz.preflight` checks), a font, and the C library
version the bundled binaries need. Built with `dpkg-deb --root-owner-group`; every file is
dated SOURCE_DATE_EPOCH when set, so two packages of the same bundle are the same bytes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "src")]

from make_source import archive_name, make_source  # noqa: E402
from packaging_meta import APP_ID, PACKAGE, PUBLISHER, SUMMARY, version  # noqa: E402

from civicquiz.preflight import DEBIAN_PACKAGES, FONT_PACKAGE  # noqa: E402

PREFIX = Path("opt") / PACKAGE
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons" / "hicolor"


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def deb_name() -> str:
    return f"{PACKAGE}_{version()}_{architecture()}.deb"


def glibc_needed(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for."""
    newest = (2, 17)
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-T", path], capture_output=True, text=True).stdout
        for found in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(found[0]), int(found[1])))
    return f"{newest[0]}.{newest[1]}"


def depends(bundle: Path) -> str:
    libraries = sorted(set(DEBIAN_PACKAGES.values()))
    return ", ".join([f"libc6 (>= {glibc_needed(bundle)})", *libraries, FONT_PACKAGE])


def control(bundle: Path, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {PUBLISHER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends(bundle)}\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Description: {SUMMARY[0].lower() + SUMMARY[1:]}\n"
        " CivicQuiz teaches the 2026 amendments to the Constitution of Kazakhstan\n"
        " with short lessons and quizzes whose every fact cites its article, and\n"
        " brings questions back by spaced review. It works offline; several\n"
        " learners can share a computer, and teachers import their own banks.\n"
        " .\n"
        " The app is a self-contained build installed under /opt/civicquiz.\n"
    )


COPYRIGHT = f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: CivicQuiz
Source: {archive_name()} in this folder (the complete source of this version)

Files: *
Copyright: {PUBLISHER}
License: GPL-3+
 CivicQuiz is free software: you can redistribute it and/or modify it under
 the terms of the GNU General Public License as published by the Free Software
 Foundation, either version 3 of the License, or (at your option) any later
 version.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in /usr/share/common-licenses/GPL-3.

Files: opt/civicquiz/_internal/*
Copyright: the authors of each bundled library
License: various
 The bundled libraries (Qt, Python, the Python packages, system libraries) are
 listed, each with its licence text, in
 /opt/civicquiz/_internal/licenses/NOTICE.md and the folders beside it.
"""


def _normalise(stage: Path, epoch: int) -> None:
    """Modes as Debian wants them (0755 folders and executables, 0644 the rest) and one
    date on everything."""
    for path in [*sorted(stage.rglob("*"), reverse=True), stage]:
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)
        os.utime(path, (epoch, epoch))


def stage_package(bundle: Path, stage: Path) -> Path:
    """Lay out the package's files under ``stage``; returns the DEBIAN folder."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / PREFIX, symlinks=True)
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # Relative, so that the link also works in a package unpacked under another root.
    (usr_bin / PACKAGE).symlink_to(Path("..", "..", PREFIX, PACKAGE))
    share = stage / "usr" / "share"
    for folder, name in (("applications", ".desktop"), ("metainfo", ".metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy(LINUX / f"{APP_ID}{name}", share / folder / f"{APP_ID}{name}")
    shutil.copytree(ICONS, share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT)
    make_source(doc)
    debian = stage / "DEBIAN"
    debian.mkdir()
    return debian


def build(bundle: Path, out_dir: Path, work: Path) -> Path:
    if not (bundle / PACKAGE).is_file():
        raise FileNotFoundError(f"{bundle}: no bundle here; build it first with `make dist`")
    stage = work / "deb" / PACKAGE
    debian = stage_package(bundle, stage)
    sizes = (p.lstat().st_size for p in stage.rglob("*") if not p.is_dir())
    (debian / "control").write_text(control(bundle, (sum(sizes) + 1023) // 1024))
    _normalise(stage, int(os.environ.get("SOURCE_DATE_EPOCH", "1767225600")))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / deb_name()
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    shutil.rmtree(stage)
    return target


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / PACKAGE
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "dist"
    if shutil.which("dpkg-deb") is None:
        print("make_deb.py needs dpkg-deb (Debian's dpkg package)", file=sys.stderr)
        return 1
    try:
        target = build(bundle, out_dir, ROOT / "build")
    except FileNotFoundError as exc:
        print(f"make_deb.py: {exc}", file=sys.stderr)
        return 1
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
