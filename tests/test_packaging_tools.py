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


# --- Desktop integration, icons, lock, metadata and installers (issue 16) -----------------

import plistlib  # noqa: E402
import re  # noqa: E402
import tomllib  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

import make_deb  # noqa: E402
import make_icons  # noqa: E402
import make_source  # noqa: E402
import packaging_meta  # noqa: E402

ROOT = SCRIPTS.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{packaging_meta.APP_ID}.desktop"
METAINFO = LINUX / f"{packaging_meta.APP_ID}.metainfo.xml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(
            f"{name} is not installed: `make packaging-tools` (desktop-file-utils, appstream)"
        )
    return found


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        [_validator("desktop-file-validate"), DESKTOP], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_appstream_metainfo_validates() -> None:
    done = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", "--explain", METAINFO],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    # Errors and warnings fail; only pedantic notes (the id's capitals) may remain.
    assert not re.search(r"^[EWI]: ", done.stdout, re.MULTILINE), done.stdout


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_menu_entry_metainfo_app_and_package_agree_on_name_id_and_version() -> None:
    import civicquiz

    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    assert civicquiz.APP_ID == packaging_meta.APP_ID == component.findtext("id")
    assert component.findtext("launchable") == DESKTOP.name
    assert entry["Icon"] == packaging_meta.APP_ID
    # The command the menu starts is the one pyproject installs and the .deb links.
    assert entry["Exec"] == entry["TryExec"] == "civicquiz" in PYPROJECT["project"]["scripts"]
    assert component.findtext("provides/binary") == "civicquiz"
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == PYPROJECT["project"]["version"] == civicquiz.__version__
    assert component.findtext("project_license") == PYPROJECT["project"]["license"]


def test_the_app_names_its_desktop_entry(qapp) -> None:
    """What the running app tells the desktop: the installed entry's name."""
    source = (ROOT / "src" / "civicquiz" / "app.py").read_text()
    assert "setDesktopFileName(APP_ID)" in source
    qapp.setDesktopFileName(packaging_meta.APP_ID)
    assert qapp.desktopFileName() + ".desktop" == DESKTOP.name


def _pixels(png: bytes):
    from PySide6.QtGui import QImage

    image = QImage.fromData(png)
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGBA8888)


def _difference(one, two) -> tuple[int, float]:
    """Largest and mean difference of two images' channels (0-255)."""
    assert (one.width(), one.height()) == (two.width(), two.height())
    a, b = bytes(one.constBits()), bytes(two.constBits())
    diffs = [abs(x - y) for x, y in zip(a, b, strict=True)]
    return max(diffs), sum(diffs) / len(diffs)


def _matches_the_svg(image, size: int) -> None:
    largest, mean = _difference(image, _pixels(make_icons.render(size)))
    # Antialiasing may differ by a step or two between Qt versions; a changed drawing not.
    assert largest <= 24 and mean < 0.5, f"{size}px: differs from the SVG ({largest}, {mean:.2f})"


@pytest.mark.parametrize("size", make_icons.HICOLOR_SIZES)
def test_each_hicolor_icon_is_the_svg_drawn_at_its_size(qapp, size: int) -> None:
    image = _pixels(make_icons.hicolor_png(size).read_bytes())
    assert (image.width(), image.height()) == (size, size)
    _matches_the_svg(image, size)


def test_the_scalable_icon_is_the_svg() -> None:
    scalable = make_icons.ICONS / "hicolor" / "scalable" / "apps" / f"{packaging_meta.APP_ID}.svg"
    assert scalable.read_bytes() == make_icons.SVG.read_bytes()


def test_the_windows_icon_holds_every_size_drawn_from_the_svg(qapp) -> None:
    from PySide6.QtGui import QImage, QImageReader

    reader = QImageReader(str(make_icons.ICONS / "civicquiz.ico"))
    assert reader.canRead(), reader.errorString()
    found = {}
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        found[image.width()] = image.convertToFormat(QImage.Format.Format_RGBA8888)
    assert set(found) == set(make_icons.ICO_SIZES)
    for size, image in found.items():
        _matches_the_svg(image, size)


# Apple's PNG entries of an .icns file and their sizes in pixels (@2x entries included).
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256,
              b"ic09": 512, b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256,
              b"ic14": 512}  # fmt: skip


def test_the_macos_icon_holds_every_size_drawn_from_the_svg(qapp) -> None:
    data = (make_icons.ICONS / "civicquiz.icns").read_bytes()
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
    sizes, offset = set(), 8
    while offset < len(data):  # entries: a type, a length (header included), the data
        kind, length = (
            data[offset : offset + 4],
            int.from_bytes(data[offset + 4 : offset + 8], "big"),
        )
        if kind in ICNS_TYPES:
            image = _pixels(data[offset + 8 : offset + length])
            assert image.width() == ICNS_TYPES[kind], kind
            _matches_the_svg(image, image.width())
            sizes.add(image.width())
        offset += length
    assert sizes == set(make_icons.ICNS_SIZES)


def _lock() -> dict[str, tuple[str, str, set[str]]]:
    """requirements.lock as {name: (version, marker, what asked for it)}."""
    entries: dict[str, tuple[str, str, set[str]]] = {}
    current = ""
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$", line):
            current = match.group(1).lower()
            entries[current] = (match.group(2), (match.group(3) or "").strip(), set())
        elif match := re.match(r"^\s+# via (.*)$", line):
            entries[current][2].update(v.strip() for v in match.group(1).split(","))
        elif line.startswith("    --hash=sha256:"):
            continue
        elif line.strip() and not line.startswith("#"):
            raise AssertionError(f"unexpected line in requirements.lock: {line!r}")
    return entries


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_lock_pins_exactly_what_pyproject_asks_for() -> None:
    """Run `make lock` when this fails: a dependency was added, removed or narrowed in
    pyproject.toml without the lock."""
    from packaging.requirements import Requirement

    lock = {_canonical(k): v for k, v in _lock().items()}
    wanted = [
        Requirement(line)
        for line in PYPROJECT["project"]["dependencies"]
        + PYPROJECT["project"]["optional-dependencies"]["dist"]
    ]
    for requirement in wanted:
        name = _canonical(requirement.name)
        assert name in lock, f"{requirement} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(lock[name][0], prereleases=True), (
            f"requirements.lock pins {name}=={lock[name][0]}, outside {requirement}: run `make lock`"
        )
    direct = {name for name, (_, _, via) in lock.items() if "civicquiz (pyproject.toml)" in via}
    assert direct == {_canonical(r.name) for r in wanted}, "run `make lock`"
    # Every pin is there because something locked asks for it.
    for name, (_, _, via) in lock.items():
        askers = {_canonical(v.split(" ")[0]) for v in via} - {"civicquiz"}
        assert "civicquiz (pyproject.toml)" in via or askers & set(lock), name


def test_every_pin_carries_hashes() -> None:
    text = (ROOT / "requirements.lock").read_text()
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    for block in blocks:
        assert "--hash=sha256:" in block, block.splitlines()[0]


def test_pyproject_carries_the_licence_expression_and_known_classifiers() -> None:
    import trove_classifiers

    project = PYPROJECT["project"]
    assert project["license"] == "GPL-3.0-or-later"  # SPDX expression (PEP 639)
    assert (
        (ROOT / project["license-files"][0])
        .read_text()
        .startswith("                    GNU GENERAL PUBLIC LICENSE")
    )
    unknown = set(project["classifiers"]) - set(trove_classifiers.classifiers)
    assert not unknown
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]  # PEP 639


def test_the_windows_version_resource_carries_the_version() -> None:
    """The text PyInstaller evaluates on Windows, evaluated here the same way (its classes
    stood in by ones that keep their arguments)."""
    text = packaging_meta.windows_version_file()
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")  # fmt: skip
    made: list[tuple[str, tuple, dict]] = []

    def recorder(name: str):
        return lambda *args, **kwargs: made.append((name, args, kwargs)) or (name, args, kwargs)

    eval(compile(text, "version_info.txt", "eval"), {n: recorder(n) for n in names})
    strings = {args[0]: args[1] for name, args, _ in made if name == "StringStruct"}
    version = PYPROJECT["project"]["version"]
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == packaging_meta.WINDOWS_GUI_EXE
    fixed = next(kwargs for name, _, kwargs in made if name == "FixedFileInfo")
    assert fixed["filevers"] == fixed["prodvers"] == packaging_meta.version_tuple()
    assert fixed["filevers"][:3] == tuple(int(n) for n in version.split(".")[:3])


def test_the_macos_info_plist_is_valid_and_carries_the_version() -> None:
    plist = plistlib.loads(plistlib.dumps(packaging_meta.macos_info_plist()))
    assert plist["CFBundleShortVersionString"] == PYPROJECT["project"]["version"]
    assert set(plist["CFBundleLocalizations"]) == {"en", "ru", "kk"}


def test_the_spec_gives_each_system_its_icon_executables_and_bundle() -> None:
    spec = (ROOT / "build.spec").read_text()
    assert 'icon=str(ICONS / "civicquiz.ico"), version=str(version_file)' in spec
    assert "version_file.write_text(meta.windows_version_file()" in spec
    assert 'meta.WINDOWS_GUI_EXE.removesuffix(".exe"), False' in spec  # no console window
    assert 'meta.WINDOWS_CONSOLE_EXE.removesuffix(".exe"), True' in spec  # the command line
    assert "bundle_identifier=meta.APP_ID" in spec and "info_plist=meta.macos_info_plist()" in spec
    for name in ("civicquiz.ico", "civicquiz.icns"):
        assert (make_icons.ICONS / name).is_file()


def test_the_inno_setup_script_installs_the_bundle_per_machine() -> None:
    iss = (ROOT / "packaging" / "windows" / "civicquiz.iss").read_text()
    define = re.search(r'#define AppVersion "([^"]+)"', iss)
    assert define and define.group(1) == PYPROJECT["project"]["version"]
    assert "PrivilegesRequired=admin" in iss
    assert re.search(r'#define GuiExe "([^"]+)"', iss).group(1) == packaging_meta.WINDOWS_GUI_EXE  # type: ignore[union-attr]
    assert re.search(
        r"^Name: \"\{autoprograms\}\\\{#AppName\}\"; Filename: \"\{app\}\\\{#GuiExe\}\"",
        iss,
        re.MULTILINE,
    )
    assert "UninstallDisplayIcon=" in iss  # the uninstaller, in Settings > Apps
    folder = ROOT / "packaging" / "windows"
    for relative in re.findall(r"^(?:LicenseFile|SetupIconFile)=(.+)$", iss, re.MULTILINE):
        assert (folder / relative.replace("\\", "/")).resolve().is_file(), relative
    source = make_source.archive_name().replace(PYPROJECT["project"]["version"], "{#AppVersion}")
    assert source in iss


def test_the_source_archive_holds_the_project_and_is_the_same_twice(
    tmp_path: Path, monkeypatch
) -> None:
    import tarfile

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    one = make_source.make_source(tmp_path / "one")
    two = make_source.make_source(tmp_path / "two")
    assert one.read_bytes() == two.read_bytes()
    prefix = f"civicquiz-{PYPROJECT['project']['version']}/"
    with tarfile.open(one) as tar:
        names = set(tar.getnames())
    for needed in ("pyproject.toml", "LICENSE", "build.spec", "src/civicquiz/__init__.py",
                   "requirements.lock", "scripts/make_deb.py"):  # fmt: skip
        assert prefix + needed in names
    assert not [n for n in names if "/.venv" in n or "/dist/" in n or n.endswith(".pyc")]


def test_the_deb_lays_out_the_bundle_menu_entry_and_command(tmp_path: Path) -> None:
    bundle = _folder(tmp_path)  # a stand-in bundle: an executable and a library link
    (bundle / "civicquiz").write_text('#!/bin/sh\necho civicquiz "$@"\n')
    (bundle / "civicquiz").chmod(0o755)
    stage = tmp_path / "stage"
    make_deb.stage_package(bundle, stage)
    command = stage / "usr" / "bin" / "civicquiz"
    assert command.is_symlink() and not os.readlink(command).startswith("/")
    done = subprocess.run([command, "--self-test"], capture_output=True, text=True)
    assert done.stdout == "civicquiz --self-test\n"  # the link leads to /opt/civicquiz
    assert (stage / "opt" / "civicquiz" / "libdata.so.1").is_symlink()
    share = stage / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (
        share / "icons" / "hicolor" / "48x48" / "apps" / f"{packaging_meta.APP_ID}.png"
    ).is_file()
    assert (share / "doc" / "civicquiz" / make_source.archive_name()).is_file()
    assert "GPL-3" in (share / "doc" / "civicquiz" / "copyright").read_text()


def test_the_deb_depends_on_every_library_the_app_checks_for() -> None:
    from civicquiz.preflight import DEBIAN_PACKAGES, FONT_PACKAGE

    depends = make_deb.depends(SCRIPTS)  # no ELF files here: the oldest glibc we accept
    names = {part.split(" ")[0] for part in depends.split(", ")}
    assert names == {"libc6", FONT_PACKAGE, *DEBIAN_PACKAGES.values()}


def test_two_debs_of_the_same_bundle_are_the_same(tmp_path: Path, monkeypatch) -> None:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed (not a Debian system)")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    bundle = _folder(tmp_path)
    (bundle / "civicquiz").write_bytes(b"\x7fELF stand-in")
    one = make_deb.build(bundle, tmp_path / "one", tmp_path / "work")
    os.utime(bundle / "app", (1, 1))  # a later copy of the same files
    two = make_deb.build(bundle, tmp_path / "two", tmp_path / "work")
    assert one.read_bytes() == two.read_bytes()
    listing = subprocess.run(["dpkg-deb", "-c", one], capture_output=True, text=True).stdout
    assert "root/root" in listing and "./opt/civicquiz/civicquiz" in listing
    assert "./usr/bin/civicquiz -> ../../opt/civicquiz/civicquiz" in listing
