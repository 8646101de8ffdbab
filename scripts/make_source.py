"""The source archive that goes with every build: `dist/civicquiz-VERSION-source.tar.gz`.

    .venv/bin/python scripts/make_source.py [OUT_DIR]

The GPL asks that whoever passes the app on can pass its source with it; NOTICE.md names
this file. It holds the project's files as the working tree has them (what git tracks,
plus new files git does not ignore), so it is the source of the build made beside it even
before a commit. Entries are sorted, owned by root, dated SOURCE_DATE_EPOCH when set, and
gzip stores no time: two archives of the same files are the same bytes.
"""

from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from packaging_meta import PACKAGE, version  # noqa: E402


def archive_name() -> str:
    return f"{PACKAGE}-{version()}-source.tar.gz"


def project_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return sorted(name for name in listed.split("\0") if name and (ROOT / name).is_file())


def make_source(out_dir: Path) -> Path:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "1767225600"))
    prefix = f"{PACKAGE}-{version()}"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in project_files():
            path = ROOT / name
            info = tar.gettarinfo(str(path), arcname=f"{prefix}/{name}")
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = epoch
            info.mode = 0o755 if path.stat().st_mode & 0o111 else 0o644
            if info.isfile():
                with path.open("rb") as content:
                    tar.addfile(info, content)
            else:
                tar.addfile(info)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / archive_name()
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz,
    ):
        gz.write(buffer.getvalue())
    return target


def main(argv: list[str]) -> int:
    try:
        target = make_source(Path(argv[0]) if argv else ROOT / "dist")
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"make_source.py: needs a git checkout of the project ({exc})", file=sys.stderr)
        return 1
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
