"""Opening the app's data: the database, upgraded and repaired, with the built-in bank.

Shared by the command line and the GUI so both start the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from civicquiz import paths


@dataclass
class AppData:
    engine: Engine
    data_dir: Path
    url: str
    notices: list[str] = field(default_factory=list)


def builtin_bank_file() -> Path:
    return paths.builtin_bank_dir() / "bank.json"


def open_app_data(data_dir: str | None = None, *, load_builtin: bool = True) -> AppData:
    """Open the database (creating, repairing, upgrading it) and load the built-in bank
    when it is missing or out of date."""
    from civicquiz.core.db import open_database, session_scope
    from civicquiz.core.library import ensure_builtin_bank
    from civicquiz.formats.native import read_native_bank

    folder = paths.data_dir(data_dir)
    url = paths.database_url(folder)
    opened = open_database(url)
    if load_builtin:
        bank = read_native_bank(builtin_bank_file())
        with session_scope(opened.engine) as session:
            ensure_builtin_bank(session, bank)
    return AppData(engine=opened.engine, data_dir=folder, url=url, notices=opened.notices)
