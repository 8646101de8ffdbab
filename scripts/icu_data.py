"""A smaller ICU data library for the bundle: only what Qt can use for our languages.

    .venv/bin/python scripts/icu_data.py [LIBRARY [FOLDER]]

Qt's Linux wheels carry ICU, whose data library (``libicudata.so.NN``) holds collation,
locale names, break dictionaries and code-page tables for every language: about 32 MB,
a quarter of the bundle. The app shows English, Russian and Kazakh text and reads its files
through Python, so the bundle keeps ICU's core tables (properties, normalisation, time
zones, plural rules) and the per-language data of the root locale, English, Russian and
Kazakh only. Left out: the other languages' data, the code-page converters (UTF-8 and
Latin-1 are built into ICU), transliteration, and the word dictionaries for Chinese,
Japanese, Thai, Lao, Khmer and Burmese.

The data is taken out of the library with ``objcopy``, trimmed with ICU's own ``icupkg``
(Debian: ``icu-devtools``), and put back into a library of the same name with ``as`` and
``ld`` (binutils). Needs all four; :func:`missing_tools` says which are absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("en", "ru", "kk")
TOOLS = ("objcopy", "icupkg", "as", "ld")
# Locale data is named after its locale (en.res, kk_KZ.res, sr_Latn_BA.res); the
# language-independent tables have longer names (supplementalData.res, zoneinfo64.res).
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
# Whole kinds of data Qt never asks ICU for.
DROPPED_FOLDERS = ("translit",)
DROPPED_SUFFIXES = (".cnv", ".dict")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def keeps(item: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether an item of the data package (``coll/kk.res``, ``gb18030.cnv``) stays."""
    folder, _, name = item.rpartition("/")
    if folder in DROPPED_FOLDERS or name.endswith(DROPPED_SUFFIXES):
        return False
    if name in ("root.res", "pool.res", "res_index.res"):
        return True
    if LOCALE_ITEM.match(name):
        return name.split(".")[0].split("_")[0] in languages
    return True


def _run(*command: str | Path) -> str:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(str(command[0])).name} failed:\n{done.stderr or done.stdout}")
    return done.stdout


def trim(library: Path, folder: Path, languages: tuple[str, ...] = LANGUAGES) -> Path:
    """Write a trimmed copy of the ICU data ``library`` into ``folder``; returns its path."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if not match:
        raise ValueError(f"{library}: not an ICU data library (libicudata.so.NN)")
    version = match.group(1)
    folder.mkdir(parents=True, exist_ok=True)
    # ICU names the package after the file, little-endian: icudt73l.dat.
    full, trimmed = folder / "full" / f"icudt{version}l.dat", folder / f"icudt{version}l.dat"
    full.parent.mkdir(exist_ok=True)
    _run("objcopy", "-O", "binary", "--only-section=.rodata", library, full)
    items = _run("icupkg", "-l", full).split()
    if not items:
        raise RuntimeError(f"{library}: no ICU data found in its .rodata section")
    removed = folder / "removed.txt"
    removed.write_text("\n".join(item for item in items if not keeps(item, languages)) + "\n")
    trimmed.unlink(missing_ok=True)
    # The break-iterator rules name the word dictionaries; ICU does without them (no word
    # breaks inside Chinese or Thai text). Any other missing dependency is an error.
    check = subprocess.run(["icupkg", "-r", removed, full, trimmed], capture_output=True, text=True)
    missing = set(re.findall(r"depends on missing item (\S+)", check.stderr))
    if check.returncode != 0 and (not missing or any(not m.endswith(".dict") for m in missing)):
        raise RuntimeError(f"icupkg failed:\n{check.stderr}")
    if check.returncode != 0:
        _run("icupkg", "--ignore-deps", "-r", removed, full, trimmed)
    # The data, aligned as ICU expects, under the symbol ICU's common library looks for.
    source = folder / "icudata.s"
    source.write_text(
        f"""\t.section .rodata
\t.balign 16
\t.globl icudt{version}_dat
\t.type icudt{version}_dat, @object
icudt{version}_dat:
\t.incbin "{trimmed.name}"
\t.size icudt{version}_dat, . - icudt{version}_dat
\t.section .note.GNU-stack,"",@progbits
"""
    )
    obj, out = folder / "icudata.o", folder / library.name
    _run("as", "-I", folder, "-o", obj, source)
    _run("ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-o", out, obj)
    full.unlink()
    full.parent.rmdir()
    return out


def main(argv: list[str]) -> int:
    if missing := missing_tools():
        print(f"needs {', '.join(missing)}: sudo apt-get install binutils icu-devtools")
        return 1
    if argv:
        library = Path(argv[0])
    else:
        import PySide6

        library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    folder = Path(argv[1]) if len(argv) > 1 else Path("build") / "icu"
    out = trim(library, folder)
    before, after = library.stat().st_size / 1e6, out.stat().st_size / 1e6
    print(f"{library.name}: {before:.1f} MB -> {after:.1f} MB ({out})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
