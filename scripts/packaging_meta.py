"""What every package of CivicQuiz says about itself, in one place: the app's id, name,
version and summary, and the platform details `build.spec` passes to PyInstaller (the
Windows version resource, the macOS Info.plist). Imported by build.spec,
scripts/make_deb.py, scripts/make_icons.py and the tests; needs Python's standard library
and `packaging` (which PyInstaller brings).
"""

from __future__ import annotations

import re
import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# The reverse-DNS id of the desktop entry, the AppStream component, the icons and the
# macOS bundle (the app sets it as its desktop file name). It is a name, not an address:
# no web site is behind it.
from civicquiz import APP_ID as APP_ID  # noqa: E402  (the package's __init__ imports nothing)
from civicquiz import APP_NAME as APP_NAME  # noqa: E402

PACKAGE = "civicquiz"
PUBLISHER = "CivicQuiz developers"
SUMMARY = "Lessons and quizzes on Kazakhstan's 2026 constitutional reform"
# The executables of the bundle on each system (build.spec makes them).
WINDOWS_GUI_EXE, WINDOWS_CONSOLE_EXE = "civicquiz.exe", "civicquiz-console.exe"
MACOS_APP = f"{APP_NAME}.app"


@cache
def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def version() -> str:
    return str(pyproject()["project"]["version"])


def version_tuple() -> tuple[int, int, int, int]:
    """``0.1.0`` as ``(0, 1, 0, 0)``: Windows wants four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version().split("+")[0])[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def _name(requirement: str) -> tuple[str, set[str]]:
    """``psycopg[binary]>=3.1`` -> ``("psycopg", {"binary"})`` (no markers on our own lines)."""
    match = re.match(r"\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?", requirement)
    assert match, requirement
    extras = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
    return match.group(1), extras


def runtime_distributions() -> list[str]:
    """The installed distributions the app needs at run time: pyproject's dependencies and
    theirs, for this system (markers evaluated), sorted. The build copies their licences."""
    from packaging.requirements import Requirement

    found: dict[str, str] = {}
    todo = [_name(line) for line in pyproject()["project"]["dependencies"]]
    while todo:
        name, extras = todo.pop()
        dist = metadata.distribution(name)
        key = re.sub(r"[-_.]+", "-", dist.metadata["Name"])  # as PyPI shows it
        if key in found and not extras:
            continue
        found[key] = key
        for line in dist.requires or []:
            requirement = Requirement(line)
            environments = [{"extra": e} for e in extras] or [{"extra": ""}]
            if requirement.marker is None or any(
                requirement.marker.evaluate(env) for env in environments
            ):
                todo.append((requirement.name, set(requirement.extras)))
    return sorted(found, key=str.lower)


def windows_version_file() -> str:
    """The version resource of the Windows executables (Explorer's Properties > Details), in
    the text form PyInstaller reads from the file given as EXE(version=...) (the form its
    `pyi-grab_version` writes)."""
    numbers = version_tuple()
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": version(),
        "InternalName": PACKAGE,
        "LegalCopyright": f"{PUBLISHER}; GNU GPL 3.0 or later",
        "OriginalFilename": WINDOWS_GUI_EXE,
        "ProductName": APP_NAME,
        "ProductVersion": version(),
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def macos_info_plist() -> dict[str, Any]:
    """Keys of the app bundle's Info.plist beyond those PyInstaller writes itself."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "ru", "kk"],
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": f"{PUBLISHER}. Free software under the GNU GPL 3.0 or later.",
    }
