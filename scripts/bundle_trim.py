"""What `build.spec` leaves out of the Linux bundle, as functions it calls on the Analysis
lists (TOC entries: ``(destination, source, typecode)``). What each step saves is measured
in docs/packaging.md.

1. Qt plugins the app does not load (:data:`QT_PLUGINS` names the ones it does).
2. The libraries a Linux desktop provides and Qt's own wheel already takes from the system:
   the ones :mod:`civicquiz.preflight` checks at every start, naming the packages to install.
3. Every other library that nothing kept needs: Python's extension modules, the Qt bindings,
   the kept plugins and libpython are the roots; a library stays when a root, or a library
   that stays, names it.
4. ICU's data cut down to our languages (:mod:`icu_data`).

It also adds the licence texts of the system libraries that stay, and of ICU.
"""

from __future__ import annotations

import os.path
import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

QT_PLUGINS = {
    # X11 desktops, Wayland (and the cage kiosk), headless (the self-test, CI).
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"},
    # Images a teacher's Moodle XML may embed (PNG is built into Qt), and the SVG icon.
    "imageformats": {"libqjpeg.so", "libqgif.so", "libqwebp.so", "libqsvg.so"},
    "iconengines": {"libqsvgicon.so"},
    # Dead keys and input methods when typing answers.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # Wayland: the desktop shell protocol, and title bars where the compositor draws none.
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": {"libadwaita.so", "libbradient.so"},
}


def _posix(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


def plugin_kept(dest: str) -> bool:
    """False for a Qt plugin the app does not load; True for everything else."""
    path = _posix(dest)
    if "plugins" not in path.parts[:-2]:
        return True
    return path.name in QT_PLUGINS.get(path.parent.name, ())


def prunable(dest: str) -> bool:
    """Libraries kept only when needed: the top folder's (system libraries collected as
    dependencies) and Qt's own, but not libpython, which the executable loads."""
    path = _posix(dest)
    top = len(path.parts) == 1 and not path.name.startswith("libpython")
    return top or path.parts[:3] == ("PySide6", "Qt", "lib")


def needed(binary: str) -> set[str]:
    """The sonames a binary names itself (not those of its dependencies)."""
    out = subprocess.run(
        ["objdump", "-p", binary], capture_output=True, text=True, check=True
    ).stdout
    return {line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")}


def reachable(binaries: list[Entry], names_of: Callable[[str], set[str]] = needed) -> list[Entry]:
    """``binaries`` without the prunable libraries that nothing kept needs."""
    by_name = {_posix(dest).name: source for dest, source, _ in binaries}
    reached: set[str] = set()
    todo = [source for dest, source, _ in binaries if not prunable(dest)]
    while todo:
        for name in names_of(todo.pop()):
            if name not in reached and name in by_name:
                reached.add(name)
                todo.append(by_name[name])
    return [b for b in binaries if not prunable(b[0]) or _posix(b[0]).name in reached]


def without_dangling_links(entries: list[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """SYMLINK entries (PyInstaller keeps them with the data) whose target is still bundled."""
    files = {os.path.normpath(d) for d, _, kind in [*entries, *binaries] if kind != "SYMLINK"}

    def target(dest: str, link: str) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(dest), link))

    return [e for e in entries if e[2] != "SYMLINK" or target(e[0], e[1]) in files]


def trim_linux(
    binaries: list[Entry],
    datas: list[Entry],
    workpath: str,
    *,
    system_libraries: Iterable[str],
    icu: bool = True,
) -> tuple[list[Entry], list[Entry]]:
    """The four steps above; returns the new ``(binaries, datas)``."""
    import icu_data

    system = set(system_libraries)
    kept = [b for b in binaries if plugin_kept(b[0]) and _posix(b[0]).name not in system]
    kept = reachable(kept)
    if icu:
        if missing := icu_data.missing_tools():
            print(
                f"WARNING: ICU's data is bundled whole (32 MB): install {', '.join(missing)}"
                " (Debian: binutils icu-devtools) for the trimmed copy"
            )
        else:
            for i, (dest, source, kind) in enumerate(kept):
                if _posix(dest).name.startswith("libicudata.so."):
                    trimmed = icu_data.trim(Path(source), Path(workpath) / "icu")
                    kept[i] = (dest, str(trimmed), kind)
    return kept, without_dangling_links(datas, kept) + licence_files(kept)


def _debian_package(path: str) -> str | None:
    """The Debian package that installed ``path`` (also under /usr, for merged /usr)."""
    candidates = [path, "/usr" + path] if not path.startswith("/usr/") else [path]
    for candidate in candidates:
        done = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0 and ":" in done.stdout:
            return done.stdout.split(":")[0].strip()
    return None


def library_base(name: str) -> str:
    """``libpq-e9b5c9ac.so.5.18`` -> ``libpq``: the library a wheel vendored (auditwheel adds
    a hash to the name), without its version."""
    return re.split(r"-[0-9a-f]{8}\.so|\.so", name, maxsplit=1)[0]


def vendored_library_package(name: str) -> str | None:
    """The Debian package of the same library as one a wheel carries in its ``*.libs``
    folder (psycopg's libpq, OpenSSL, Kerberos, ...): its copyright file holds the licence
    of the same upstream project. None when this system has no such package."""
    done = subprocess.run(
        ["dpkg-query", "-S", f"*/{library_base(name)}[.-]*so*"], capture_output=True, text=True
    )
    owners = sorted(
        {line.split(":")[0] for line in done.stdout.splitlines() if ":" in line},
        key=lambda package: (package.endswith("-dev"), package),  # the library's own first
    )
    return owners[0] if done.returncode == 0 and owners else None


def licence_files(binaries: Iterable[Entry]) -> list[Entry]:
    """Licence texts of the system libraries the bundle carries (Debian's copyright file of
    each one's package), of the libraries wheels vendor (the copyright file of Debian's
    package of the same library) and of ICU, as data entries under ``licenses/``."""
    entries: list[Entry] = []
    if not Path("/usr/bin/dpkg-query").exists():
        return entries
    packages = set()
    for dest, source, _ in binaries:
        path = _posix(dest)
        if len(path.parts) == 1 and os.path.isabs(source):
            package = _debian_package(source)
        elif len(path.parts) == 2 and path.parts[0].endswith(".libs"):
            package = vendored_library_package(path.name)
        else:
            continue
        if package:
            packages.add(package)
    for package in sorted(packages):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.exists():
            entries.append((f"licenses/system/{package}/copyright", str(copyright_file), "DATA"))
    # Qt's wheel carries ICU without its licence: the text ICU's own packages install.
    icu = sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))
    icu += sorted(Path("/usr/share/icu").glob("*/LICENSE"))
    if icu:
        entries.append(("licenses/ICU/LICENSE", str(icu[-1]), "DATA"))
    return entries
