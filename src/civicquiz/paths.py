"""Where bundled resources and per-user data live.

Every lookup of a bundled file goes through :func:`resource_path`, so the same code works
from a source checkout, an installed wheel and a frozen (PyInstaller) bundle. Bundled data
is read-only; everything the app writes goes under :func:`data_dir`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from civicquiz import APP_NAME

DATA_DIR_ENV = "CIVICQUIZ_DATA_DIR"
DATABASE_URL_ENV = "CIVICQUIZ_DATABASE_URL"
BUILTIN_BANK_ID = "kz-constitution-2026"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_roots() -> list[Path]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root) / "civicquiz" / "_data")
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel
    roots.append(_PACKAGE_DIR.parents[1])  # source checkout: src/civicquiz -> repo root
    return roots


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource such as ``question_banks/schema.json``.

    Raises FileNotFoundError naming every place that was searched.
    """
    tried = []
    for root in _resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(
        f"bundled resource {'/'.join(parts)!r} not found; looked in: " + ", ".join(tried)
    )


def builtin_bank_dir() -> Path:
    return resource_path("question_banks", BUILTIN_BANK_ID)


def migrations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "civicquiz" / "migrations"
    return _PACKAGE_DIR / "migrations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user folder for the database and backups, created on first use.

    Precedence: the explicit ``override`` (``--data-dir``), then ``CIVICQUIZ_DATA_DIR``,
    then the platform's per-user data folder.
    """
    if override:
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def sqlite_url(path: Path) -> str:
    """The URL of the SQLite file at ``path``, built by SQLAlchemy's URL object so that
    characters such as ``?``, ``#`` and ``%`` in folder names stay part of the path (pasted
    into a URL string they would start a query or be decoded)."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def default_database_file(data_folder: Path) -> Path | None:
    """The SQLite file in the data folder, or None when ``CIVICQUIZ_DATABASE_URL`` or the
    server stored for this computer names the database instead (no SQLAlchemy needed: the
    fast start-up path uses this)."""
    from civicquiz import computer

    if os.environ.get(DATABASE_URL_ENV) or computer.server_url(data_folder):
        return None
    return data_folder / "civicquiz.sqlite3"


def readonly_uri(path: Path) -> str:
    """A ``sqlite3`` URI opening ``path`` read-only; the path is percent-encoded, so a
    ``?`` or ``#`` in a folder name cannot end the path and start the URI's options."""
    from urllib.parse import quote

    return f"file:{quote(str(path), safe='/')}?mode=ro"


def database_url(data_folder: Path) -> str:
    """The database to use: ``--database-url`` or ``CIVICQUIZ_DATABASE_URL`` if given
    (the command line sets the variable), else the server stored for this computer in
    teacher mode, else a SQLite file in the data folder."""
    from civicquiz import computer

    url = os.environ.get(DATABASE_URL_ENV) or computer.server_url(data_folder)
    if url:
        computer.use_password_file(data_folder)
        return url
    return local_database_url(data_folder)


def local_database_url(data_folder: Path) -> str:
    """The embedded SQLite database in the data folder."""
    return sqlite_url(data_folder / "civicquiz.sqlite3")
