"""The helpers `make dist` uses: the trimmed ICU data library and the zip of the bundle."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import bundle_trim  # noqa: E402
import icu_data  # noqa: E402
import make_zip  # noqa: E402


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("coll/kk.res", True),
        ("coll/ru.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("en_GB.res", True),
        ("kk_KZ.res", True),
        ("supplementalData.res", True),
        ("zoneinfo64.res", True),
        ("pool.res", True),
        ("lang/res_index.res", True),
        ("uprops.icu", True),
        ("coll/de.res", False),
        ("coll/de_.res", False),
        ("sr_Latn_BA.res", False),
        ("lang/zh_Hant.res", False),
        ("gb18030.cnv", False),
        ("brkitr/cjdict.dict", False),
        ("translit/root.res", False),
    ],
)
def test_icu_keeps_its_core_tables_and_our_three_languages(item: str, kept: bool) -> None:
    assert icu_data.keeps(item) is kept


def _qt_icu_data() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    found = sorted((Path(spec.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not found:
        pytest.skip("Qt's wheel carries ICU on Linux only")
    if icu_data.missing_tools():
        pytest.skip(f"needs {', '.join(icu_data.missing_tools())} (binutils, icu-devtools)")
    return found[0]


def test_the_trimmed_icu_library_holds_kazakh_and_drops_the_rest(tmp_path: Path) -> None:
    original = _qt_icu_data()
    trimmed = icu_data.trim(original, tmp_path)
    assert trimmed.name == original.name
    assert trimmed.stat().st_size < original.stat().st_size / 4
    version = original.name.rsplit(".", 1)[1]
    symbols = subprocess.run(["nm", "-D", trimmed], capture_output=True, text=True).stdout
    assert f"R icudt{version}_dat" in symbols  # what ICU's common library links against
    items = subprocess.run(
        ["icupkg", "-l", tmp_path / f"icudt{version}l.dat"], capture_output=True, text=True
    ).stdout.split()
    assert {"coll/kk.res", "coll/ru.res", "coll/root.res", "kk.res", "ru.res"} <= set(items)
    assert "coll/de.res" not in items and "gb18030.cnv" not in items


def test_kazakh_sorts_as_kazakh_with_the_trimmed_data(tmp_path: Path) -> None:
    """Qt loaded beside the trimmed data (a copy of PySide6 whose ICU data is replaced)."""
    original = _qt_icu_data()
    package = original.parents[2]
    copy = tmp_path / "site" / "PySide6"
    # QtCore alone: the package's Python files, its bindings, Qt Core and ICU.
    shutil.copytree(
        package,
        copy,
        symlinks=True,
        ignore=lambda folder, names: [
            name
            for name in names
            if (
                (name.endswith(".so") or ".so." in name)
                and not name.startswith(("QtCore.", "libpyside6", "libQt6Core", "libicu"))
            )
            or name in ("plugins", "qml", "translations", "metatypes", "typesystems", "include")
        ],
    )
    shutil.copytree(package.parent / "shiboken6", tmp_path / "site" / "shiboken6", symlinks=True)
    icu_data.trim(original, tmp_path / "icu")
    shutil.copy(tmp_path / "icu" / original.name, copy / "Qt" / "lib" / original.name)
    probe = (
        "from PySide6.QtCore import QCollator, QLocale\n"
        "words = ['үй', 'ұл', 'ёж', 'ел', 'әке']\n"
        "print(' '.join(sorted(words, key=QCollator(QLocale('kk')).sortKey)))\n"
        "print(' '.join(sorted(words, key=QCollator(QLocale('ru')).sortKey)))\n"
        "print(open('/proc/self/maps').read().count('" + str(copy / "Qt" / "lib") + "'))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "site"))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    kazakh, russian, mapped = done.stdout.splitlines()
    assert kazakh == "әке ел ёж ұл үй"  # Kazakh's own order: ё after е, ұ before ү
    assert russian == "әке ёж ел үй ұл"  # Russian: ё sorts with е
    assert int(mapped) > 0  # the copy's libraries were the ones loaded


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "app"
    (folder / "lib").mkdir(parents=True)
    (folder / "lib" / "libdata.so.1").write_bytes(b"\x7fELF" + bytes(range(256)) * 400)
    (folder / "libdata.so.1").symlink_to("lib/libdata.so.1")
    run = folder / "app"
    run.write_text("#!/bin/sh\necho started\n")
    run.chmod(0o755)
    return folder


def test_the_zip_keeps_links_and_the_executable_bit(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    archive = tmp_path / "app.zip"
    make_zip.make_zip(folder, archive)
    with zipfile.ZipFile(archive) as opened:
        link = opened.getinfo("app/libdata.so.1")
        assert opened.read(link) == b"lib/libdata.so.1"  # stored once, as a link
        assert (opened.getinfo("app/app").external_attr >> 16) & 0o111
    if shutil.which("unzip") is None:
        pytest.skip("unzip is not installed")
    out = tmp_path / "out"
    subprocess.run(["unzip", "-q", archive, "-d", out], check=True)
    assert (out / "app" / "libdata.so.1").is_symlink()
    assert (out / "app" / "libdata.so.1").read_bytes() == (
        folder / "lib" / "libdata.so.1"
    ).read_bytes()
    assert (
        subprocess.run([out / "app" / "app"], capture_output=True, text=True).stdout == "started\n"
    )


def test_two_zips_of_the_same_folder_are_the_same(tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    make_zip.make_zip(folder, tmp_path / "one.zip")
    os.utime(folder / "app", (1, 1))  # a later checkout: other file times
    make_zip.make_zip(folder, tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/QtCore.abi3.so", True),
        ("libX11.so.6", True),
    ],
)
def test_only_the_qt_plugins_the_app_loads_are_bundled(dest: str, kept: bool) -> None:
    assert bundle_trim.plugin_kept(dest) is kept


def test_a_library_stays_only_when_something_kept_needs_it() -> None:
    binaries = [
        ("python3.11/lib-dynload/_ssl.so", "/src/_ssl.so", "EXTENSION"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ]
    links = {
        "/src/_ssl.so": {"libcrypto.so.3"},
        "/src/QtGui.abi3.so": {"libQt6Gui.so.6"},
        "/src/libQt6Gui.so.6": {"libQt6Core.so.6"},
        "/src/libQt6Core.so.6": {"libz.so.1", "libc.so.6"},
        "/src/libgtk-3.so.0": {"libcairo.so.2"},  # needed only by a library nothing needs
    }
    kept = {dest for dest, _, _ in bundle_trim.reachable(binaries, lambda s: links.get(s, set()))}
    assert kept == {
        "python3.11/lib-dynload/_ssl.so",
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libcrypto.so.3",
        "libz.so.1",
    }


def test_links_to_libraries_left_out_go_too() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("civicquiz/_data/bank.json", "/src/bank.json", "DATA"),
    ]
    assert bundle_trim.without_dangling_links(datas, binaries) == [datas[0], datas[2]]
