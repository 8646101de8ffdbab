"""Checks made before Qt is loaded, so a missing display or system library gives a clear
message instead of a Qt abort. Runs without importing Qt.

``python -m civicquiz.preflight`` reports what is missing (exit 1) and, with ``--install``,
installs it with apt-get when run as root on Debian or Ubuntu.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Shared libraries Qt's GUI and its X11/offscreen plugins load, and the Debian package of each.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
}
# Fonts: Qt needs at least one font to draw text; fontconfig alone does not bring any.
FONT_PACKAGE = "fonts-dejavu-core"


def _qt_binaries() -> list[Path]:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    qt = root / "Qt"
    names = [
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6Widgets.so.6",
        qt / "lib" / "libQt6XcbQpa.so.6",
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "platforms" / "libqoffscreen.so",
    ]
    names += sorted(root.glob("QtGui*.so"))
    return [p for p in names if p.exists()]


def missing_libraries() -> list[str]:
    """Sonames Qt needs that the dynamic loader cannot find (Linux only)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    missing: set[str] = set()
    for binary in _qt_binaries():
        try:
            output = subprocess.run(
                ["ldd", str(binary)], capture_output=True, text=True, timeout=30, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        for line in output.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
    return sorted(missing)


def unloadable_libraries() -> list[str]:
    """Known Qt dependencies the dynamic loader cannot open: a fast check for every launch
    (``dlopen`` of each, no subprocess). :func:`missing_libraries` is the thorough one."""
    if not sys.platform.startswith("linux"):
        return []
    import ctypes

    platform = os.environ.get("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "")
    headless = platform.split(":")[0] in ("offscreen", "minimal", "vnc")
    missing = []
    for soname in DEBIAN_PACKAGES:
        if headless and soname.startswith(("libxcb", "libX11", "libxkbcommon-x11")):
            continue  # only the X11 platform plugin loads these
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def missing_fonts() -> bool:
    """True when no font file is installed (stops at the first one found)."""
    if not sys.platform.startswith("linux"):
        return False
    folders = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    for folder in folders:
        if folder.is_dir():
            for _ in folder.rglob("*.[ot]tf"):
                return False
    return True


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """Debian packages for ``sonames``, and the sonames with no known package."""
    packages = sorted({DEBIAN_PACKAGES[s] for s in sonames if s in DEBIAN_PACKAGES})
    unknown = [s for s in sonames if s not in DEBIAN_PACKAGES]
    return packages, unknown


def display_problem() -> str | None:
    """Why no window can be shown, or None when a display (or a headless platform) is set."""
    if not sys.platform.startswith("linux"):
        return None
    if (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None
    return (
        "No display was found (DISPLAY and WAYLAND_DISPLAY are not set). CivicQuiz is a desktop app: "
        "start it from a graphical session. For a headless check, set QT_QPA_PLATFORM=offscreen."
    )


def library_problem(*, thorough: bool = True) -> str | None:
    missing = missing_libraries() if thorough else unloadable_libraries()
    fonts = missing_fonts()
    if not missing and not fonts:
        return None
    packages, unknown = packages_for(missing)
    if fonts:
        packages.append(FONT_PACKAGE)
    message = "Qt cannot start: system libraries it needs are missing"
    if missing:
        message += f" ({', '.join(missing)})"
    if fonts:
        message += "; no fonts are installed"
    message += ".\nInstall them with:\n    sudo apt-get install " + " ".join(packages)
    if unknown:
        message += f"\n(also find the packages that provide: {', '.join(unknown)})"
    return message


def install_missing() -> int:
    missing = missing_libraries()
    packages, unknown = packages_for(missing)
    if missing_fonts():
        packages.append(FONT_PACKAGE)
    if not packages:
        return 0 if not unknown else 1
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        print(library_problem(), file=sys.stderr)
        return 1
    print(f"installing Qt's system libraries: {' '.join(packages)}", file=sys.stderr)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
    done = subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=False, env=env)
    if done.returncode != 0 or missing_libraries():
        print(library_problem() or "apt-get failed", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    if "--install" in argv:
        return install_missing()
    problem = library_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    print("Qt's system libraries are present.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
