"""The packaged app: build the PyInstaller bundle (in .venv-dist, from requirements.lock)
and the Debian package, and run the self-test from the folder, the zip and the package
installed in a throwaway root, also with no network. Slow (minutes); run by `make test-dist`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "civicquiz" / "civicquiz"
sys.path.insert(0, str(ROOT / "scripts"))

import bundle_trim  # noqa: E402
import make_deb  # noqa: E402
from check_reproducible import source_date_epoch  # noqa: E402
from make_zip import FOLDER_BUDGET_MB, ZIP_BUDGET_MB, folder_bytes, make_zip  # noqa: E402

# The Python of the build environment `make dist-deps` makes from requirements.lock.
DIST_PYTHON = Path(os.environ.get("CIVICQUIZ_DIST_PYTHON", ROOT / ".venv-dist" / "bin" / "python"))

FOLDER_BUDGET, ZIP_BUDGET = FOLDER_BUDGET_MB * 1e6, ZIP_BUDGET_MB * 1e6  # in bytes

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("CIVICQUIZ_TEST_DIST"), reason="builds the bundle: run `make test-dist`"
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    assert DIST_PYTHON.exists(), f"no build environment at {DIST_PYTHON}: run `make test-dist`"
    # With the settings of a reproducible build: the check below builds once more and
    # compares the two.
    env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch(), PYTHONHASHSEED="0")
    subprocess.run(
        [DIST_PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", str(ROOT / "build.spec")],
        cwd=ROOT, check=True, timeout=900, env=env,
    )  # fmt: skip
    assert BUNDLE.exists()
    return BUNDLE


@pytest.fixture(scope="module")
def bundle_zip(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    archive = tmp_path_factory.mktemp("zip") / "civicquiz.zip"
    make_zip(bundle.parent, archive)
    return archive


def self_test(command: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIVICQUIZ_", "PYTHON"))}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def test_the_frozen_app_passes_its_self_test(bundle: Path) -> None:
    result = self_test([str(bundle), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    # PostgreSQL support: psycopg with its own libpq, and TLS in both it and Python.
    assert "ok: PostgreSQL driver (psycopg 3." in result.stdout


def _locked_versions() -> dict[str, str]:
    """requirements.lock's pins that apply to this system."""
    from packaging.markers import Marker

    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith((" ", "#")):
            requirement, _, marker = line.rstrip(" \\").partition(";")
            if not marker.strip() or Marker(marker.strip()).evaluate():
                name, version = requirement.strip().split("==")
                pins[name.lower()] = version
    return pins


def test_the_bundle_is_built_with_the_locked_versions(bundle: Path) -> None:
    freeze = subprocess.run(
        [DIST_PYTHON, "-m", "pip", "list", "--format=freeze"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    installed = {
        line.split("==")[0].lower().replace("_", "-"): line.split("==")[1]
        for line in freeze.splitlines()
        if "==" in line
    }
    installed.pop("pip", None)
    assert installed == _locked_versions()
    # What the bundle carries is what was installed: PySide6's version in its library's name.
    major_minor = ".".join(installed["pyside6-essentials"].split(".")[:2])
    assert (bundle.parent / "_internal" / f"libpyside6.abi3.so.{major_minor}").exists()


def test_the_frozen_app_needs_no_network(bundle: Path) -> None:
    unshare = shutil.which("unshare")
    if (
        unshare is None
        or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode != 0
    ):
        pytest.skip("unshare -rn is not available here")
    result = self_test([unshare, "-rn", str(bundle), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_bundle_is_read_only_to_the_app(bundle: Path, tmp_path: Path) -> None:
    before = {p: p.stat().st_mtime for p in bundle.parent.rglob("*") if p.is_file()}
    self_test([str(bundle), "--self-test"])
    after = {p: p.stat().st_mtime for p in bundle.parent.rglob("*") if p.is_file()}
    assert before == after, "the app wrote inside its own bundle"


def test_two_builds_are_the_same_file_for_file(bundle: Path) -> None:
    result = subprocess.run([DIST_PYTHON, str(ROOT / "scripts" / "check_reproducible.py"),
                             "--against", str(bundle.parent)],
                            capture_output=True, text=True, timeout=1800)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 differ" in result.stdout


def test_the_bundle_carries_the_licences(bundle: Path) -> None:
    licences = bundle.parent / "_internal" / "licenses"
    assert (licences / "NOTICE.md").exists()
    for name in ("sqlmodel", "SQLAlchemy", "alembic", "fsrs", "pydantic", "defusedxml"):
        assert any((licences / name).iterdir()), name
    if Path("/usr/share/common-licenses/LGPL-3").exists():
        assert (
            "LESSER GENERAL PUBLIC LICENSE"
            in (licences / "PySide6-Essentials" / "LGPL-3").read_text()
        )
    if Path("/usr/bin/dpkg-query").exists():
        # Every system library in the top folder comes with its package's licence file.
        internal = bundle.parent / "_internal"
        libraries = [
            p.name
            for p in internal.glob("lib*.so*")
            if not p.is_symlink() and not p.name.startswith("libpython")
        ]
        carried = {p.name for p in (licences / "system").iterdir()}
        for library in libraries:
            owners = subprocess.run(
                ["dpkg-query", "-S", f"*/{library}"], capture_output=True, text=True
            ).stdout
            packages = {line.split(":")[0] for line in owners.splitlines()}
            assert packages & carried, f"no licence for {library} ({packages})"
        assert "Unicode" in (licences / "ICU" / "LICENSE").read_text(errors="replace")
        # The libraries psycopg's wheel brings (libpq, OpenSSL, Kerberos, LDAP, SASL).
        vendored = sorted(internal.glob("*.libs/lib*.so*"))
        assert vendored, "psycopg's libraries are missing"
        for library in vendored:
            package = bundle_trim.vendored_library_package(library.name)
            assert package in carried, f"no licence for {library.name} ({package})"


def test_the_bundle_and_its_zip_fit_the_size_budget(bundle: Path, bundle_zip: Path) -> None:
    size, zipped = folder_bytes(bundle.parent), bundle_zip.stat().st_size
    assert size <= FOLDER_BUDGET, f"the folder is {size / 1e6:.1f} MB"
    assert zipped <= ZIP_BUDGET, f"the zip is {zipped / 1e6:.1f} MB"


def test_the_unzipped_app_passes_its_self_test(bundle_zip: Path, tmp_path: Path) -> None:
    if shutil.which("unzip") is None:
        pytest.skip("unzip is not installed")
    subprocess.run(["unzip", "-q", str(bundle_zip), "-d", str(tmp_path / "unpacked")], check=True)
    result = self_test([str(tmp_path / "unpacked" / "civicquiz" / "civicquiz"), "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed (not a Debian system)")
    folder = tmp_path_factory.mktemp("deb")
    return make_deb.build(bundle.parent, folder, folder / "work")


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package installed by dpkg itself into an empty root with its own database (the
    libraries it depends on are this system's: --force-depends, checked below)."""
    root = tmp_path_factory.mktemp("root")
    database = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (database / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (database / name).touch()
    done = subprocess.run(
        ["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "-i", str(deb)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return root


def test_the_deb_installed_in_a_throwaway_root_runs_its_self_test(installed: Path) -> None:
    # `civicquiz` on the PATH, as the menu entry and a terminal start it.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIVICQUIZ_", "PYTHON"))}
    env["PATH"] = f"{installed / 'usr' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    command = shutil.which("civicquiz", path=env["PATH"])
    assert command == str(installed / "usr" / "bin" / "civicquiz")
    assert Path(command).resolve() == installed / "opt" / "civicquiz" / "civicquiz"
    result = subprocess.run(
        ["civicquiz", "--self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_the_installed_menu_entry_metainfo_and_icons_are_where_desktops_look(
    installed: Path,
) -> None:
    import packaging_meta

    share = installed / "usr" / "share"
    entry = share / "applications" / f"{packaging_meta.APP_ID}.desktop"
    text = entry.read_text()
    assert "Exec=civicquiz\n" in text and f"Icon={packaging_meta.APP_ID}\n" in text
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", entry], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    assert (share / "metainfo" / f"{packaging_meta.APP_ID}.metainfo.xml").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{packaging_meta.APP_ID}.png"
        ).is_file()
    sources = list((share / "doc" / "civicquiz").glob("civicquiz-*-source.tar.gz"))
    assert len(sources) == 1, "the source archive NOTICE.md names"


def test_the_deb_runs_no_maintainer_scripts_and_its_dependencies_are_installed_here(
    deb: Path, tmp_path: Path
) -> None:
    subprocess.run(["dpkg-deb", "--control", str(deb), str(tmp_path / "control")], check=True)
    assert sorted(p.name for p in (tmp_path / "control").iterdir()) == ["control"]
    fields = dict(
        line.split(": ", 1)
        for line in (tmp_path / "control" / "control").read_text().splitlines()
        if ": " in line and not line.startswith(" ")
    )
    # Every dependency is installed on this system (which runs the app above), in a version
    # the package accepts.
    for dependency in fields["Depends"].split(", "):
        name, _, constraint = dependency.partition(" ")
        status = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Status} ${Version}", name], capture_output=True, text=True
        ).stdout
        assert status.startswith("install ok installed"), f"{name} is not installed"
        if constraint:
            relation, wanted = constraint.strip("()").split()
            have = status.split()[-1]
            assert (
                subprocess.run(
                    ["dpkg", "--compare-versions", have, relation.replace(">=", "ge"), wanted]
                ).returncode
                == 0
            )


def test_removing_the_deb_leaves_nothing_behind(installed: Path) -> None:
    done = subprocess.run(
        ["dpkg", f"--root={installed}", "--force-not-root", "--purge", "civicquiz"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    left = [p for p in installed.rglob("*") if "var" not in p.relative_to(installed).parts[:1]]
    assert left == []


def test_the_deb_fits_the_zip_budget(deb: Path) -> None:
    assert deb.stat().st_size <= ZIP_BUDGET, f"the package is {deb.stat().st_size / 1e6:.1f} MB"


def test_the_frozen_app_works_on_a_postgresql_server(bundle: Path, pg_server: Any) -> None:
    """A lab seat: the bundle creates the schema on an empty server database, takes its
    self-test's quiz there and removes its learner afterwards."""
    from sqlalchemy import create_engine, text

    url = pg_server.create_database("frozen_seat")
    result = self_test([str(bundle), "--database-url", url, "--self-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    engine = create_engine(url)
    try:
        with engine.connect() as db:
            assert db.execute(text("SELECT count(*) FROM question")).scalar() > 100
            assert db.execute(text("SELECT count(*) FROM learner")).scalar() == 0
    finally:
        engine.dispose()
