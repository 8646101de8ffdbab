"""Opening the app's data: the database, upgraded and repaired, with the built-in bank.

Shared by the command line and the GUI so both start the same way. :func:`quick_start`
is the GUI's fast path: with nothing to repair, upgrade or reload it reads what the home
screen needs with the standard ``sqlite3`` module alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicquiz import paths

BUILTIN_FINGERPRINT = "builtin_bank_sha256"
log = logging.getLogger(__name__)


@dataclass
class AppData:
    engine: Any  # sqlalchemy Engine
    data_dir: Path
    url: str
    notices: list[str] = field(default_factory=list)


def builtin_bank_file() -> Path:
    return paths.builtin_bank_dir() / "bank.json"


def builtin_fingerprint() -> str:
    return hashlib.sha256(builtin_bank_file().read_bytes()).hexdigest()


def open_app_data(
    data_dir: str | None = None, *, load_builtin: bool = True, progress: Any = None
) -> AppData:
    """Open the database (creating, repairing, upgrading it) and load the built-in bank
    when it is missing or has changed since it was last loaded. ``progress(done, total)``
    is called while a bank loads."""
    from civicquiz.core.db import open_database, session_scope
    from civicquiz.core.learners import get_setting, set_setting
    from civicquiz.core.library import ensure_builtin_bank
    from civicquiz.formats.native import read_native_bank

    folder = paths.data_dir(data_dir)
    url = paths.database_url(folder)
    opened = open_database(url)
    if load_builtin:
        fingerprint = builtin_fingerprint()
        with session_scope(opened.engine) as session:
            if get_setting(session, BUILTIN_FINGERPRINT) != fingerprint:
                log.info("loading the built-in question bank (new or changed)")
                ensure_builtin_bank(
                    session, read_native_bank(builtin_bank_file(), trusted=True), progress=progress
                )
                set_setting(session, BUILTIN_FINGERPRINT, fingerprint)
    if opened.path is not None:
        adopt_database_settings(opened.engine, folder)
    remember_topic_counts(opened.engine)
    from civicquiz.computer import mask_url

    log.info("data opened: folder %s, database %s", folder, mask_url(url))
    for notice in opened.notices:
        log.warning("%s", notice)
    return AppData(engine=opened.engine, data_dir=folder, url=url, notices=opened.notices)


def open_for_window(
    data_dir: str | None = None, *, progress: Any = None
) -> tuple[AppData, Any, tuple[int, str, dict[str, Any]] | None]:
    """The window's full open: the data (see :func:`open_app_data`), this computer's kiosk
    settings, and the learner it was last used by (id, name, settings), if any."""
    from civicquiz import computer
    from civicquiz.core.kiosk import kiosk_settings
    from civicquiz.core.progress import LAST_LEARNER, last_learner_summary
    from civicquiz.services.unit import read_only

    data = open_app_data(data_dir, progress=progress)
    settings = kiosk_settings(data.data_dir)
    with read_only(data.engine) as session:
        last = computer.get(data.data_dir, LAST_LEARNER)
        return data, settings, last_learner_summary(session, last)


def describe(data: AppData) -> list[tuple[str, str]]:
    """What `civicquiz info` prints: the data folder, the database (a server's URL without
    its password), this computer's id, the schema, the backups, the log file."""
    from civicquiz.computer import computer_id, mask_url
    from civicquiz.core.db import current_revision, list_backups, sqlite_path

    path = sqlite_path(data.url)
    rows = [
        ("data folder", str(data.data_dir)),
        ("database", str(path) if path is not None else mask_url(data.url)),
        ("computer", computer_id(data.data_dir)),
        ("schema", str(current_revision(data.engine))),
    ]
    if path is not None:
        rows.append(("backups", f"{len(list_backups(path))} in {path.parent / 'backups'}"))
    rows.append(("log", str(log_file(data.data_dir))))
    return rows


def is_refusal(error: BaseException) -> bool:
    """An error that is the app refusing something (a PIN too short, a name taken, a file
    with mistakes): told to the user as it is; not a fault, so no traceback is logged."""
    return isinstance(error, ValueError | LookupError) and not isinstance(error, KeyError)


def user_message(error: BaseException) -> str:
    """What to tell the user about ``error``: the app's own refusals as they are, database
    and system errors in plain words, never SQL, a database URL or a traceback (those go
    to the log)."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from civicquiz.core.db import DatabaseError, plain_database_error

    if isinstance(error, DatabaseError):
        return str(error)
    if isinstance(error, SQLAlchemyError | sqlite3.Error):
        return "Something went wrong with the database: " + plain_database_error(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"A file could not be used{where}: {error.strerror or 'system error'}."
    if is_refusal(error):
        return str(error) or "That could not be done."
    return "Something went wrong; the details are in CivicQuiz's log."


LOG_FILE = "civicquiz.log"


def log_file(folder: Path) -> Path:
    """Where :func:`setup_logging` writes (``civicquiz info`` names it)."""
    return folder / LOG_FILE


def setup_logging(folder: Path) -> Path | None:
    """Log to ``civicquiz.log`` in the data folder (rotated at 1 MB, two old files kept):
    the app's own events from INFO up (start-up, the data opened, migrations and backups,
    imports, kiosk visits), other libraries' warnings, every error with its traceback. The
    log holds the details that messages on screen leave out; never a PIN or a password.
    Called again (the CLI after a failure), it adds no second handler."""
    from logging.handlers import RotatingFileHandler

    class QuietHandler(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            pass  # a full disk must not turn a plain message into a traceback

    path = log_file(folder)
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, RotatingFileHandler) and Path(existing.baseFilename) == path:
            return path
    try:
        handler = QuietHandler(path, maxBytes=2**20, backupCount=2, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, logging.WARNING))
    app_log = logging.getLogger("civicquiz")
    if app_log.level == logging.NOTSET or app_log.level > logging.INFO:
        app_log.setLevel(logging.INFO)
    return path


def adopt_database_settings(engine: Any, folder: Path) -> None:
    """Earlier versions kept the last learner and the kiosk settings in the database.
    They belong to the computer: move them from this computer's own (SQLite) database
    into its settings file, once."""
    from civicquiz import computer
    from civicquiz.core.db import session_scope
    from civicquiz.core.kiosk import KIOSK_SETTING
    from civicquiz.core.models import AppSetting
    from civicquiz.core.progress import LAST_LEARNER

    with session_scope(engine) as session:
        for key in (LAST_LEARNER, KIOSK_SETTING):
            row = session.get(AppSetting, key)
            if row is None:
                continue
            if computer.get(folder, key) is None and row.value is not None:
                computer.update(folder, **{key: row.value})
            session.delete(row)


def remember_topic_counts(engine: Any) -> None:
    """Store the questions per topic for the next start's quick read, unless what is
    stored still holds (counting a large bank is the slow part of the home screen)."""
    from civicquiz.core.db import session_scope
    from civicquiz.core.learners import set_setting
    from civicquiz.core.progress import (
        TOPIC_COUNTS,
        SessionReader,
        banks_signature,
        cached_topic_counts,
        topic_counts,
    )

    with session_scope(engine) as session:
        reader = SessionReader(session)
        if cached_topic_counts(reader) is None:
            counts = topic_counts(reader)
            set_setting(
                session,
                TOPIC_COUNTS,
                {
                    "banks": banks_signature(reader),
                    "counts": {str(k): v for k, v in counts.items()},
                },
            )


@dataclass
class QuickStart:
    learner: tuple[int, str, dict[str, Any]] | None
    home: Any  # HomeSummary, when there is a learner
    kiosk: bool = False  # the operator set this computer to start as a kiosk
    # No database yet (a first start): the profile screen can come up at once, empty,
    # while the full open creates the database and loads the bank behind it.
    fresh: bool = False


def quick_start(data_dir: str | None = None) -> QuickStart | None:
    """What the first screen needs, read with ``sqlite3`` alone; None whenever the full
    open must run first (no database yet, damage, an upgrade, a changed built-in bank)."""
    from civicquiz import computer
    from civicquiz.core.progress import (
        LAST_LEARNER,
        cached_topic_counts,
        home_summary,
        last_learner_summary,
    )
    from civicquiz.core.schema_revision import SCHEMA_REVISION

    folder = paths.data_dir(data_dir)
    path = paths.default_database_file(folder)
    if path is None:
        return None
    if not path.exists() and not path.with_name(path.name + "-wal").exists():
        stored = computer.load(folder).get("kiosk")
        kiosk = bool(isinstance(stored, dict) and stored.get("enabled"))
        return QuickStart(learner=None, home=None, kiosk=kiosk, fresh=True)
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(paths.readonly_uri(path), uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        # No integrity check here: the full open that follows runs it once, off the path
        # to the first screen; a file too damaged to read fails the reads below.
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision != (SCHEMA_REVISION,):
            return None
        stored = connection.execute(
            "SELECT value FROM app_setting WHERE key = ?", (BUILTIN_FINGERPRINT,)
        ).fetchone()
        if stored is None or json.loads(stored[0]) != builtin_fingerprint():
            return None
        legacy = connection.execute(
            "SELECT count(*) FROM app_setting WHERE key IN ('kiosk', 'last_learner_id')"
        ).fetchone()
        if legacy != (0,):
            return None  # settings to move to this computer's file: the full open does it
        here = computer.load(folder)
        kiosk_stored = here.get("kiosk")
        kiosk = bool(isinstance(kiosk_stored, dict) and kiosk_stored.get("enabled"))
        learner = last_learner_summary(connection, here.get(LAST_LEARNER))
        counts = cached_topic_counts(connection)
        home = home_summary(connection, learner[0], counts) if learner and not kiosk else None
        return QuickStart(learner=learner, home=home, kiosk=kiosk)
    except sqlite3.Error:
        return None
    finally:
        connection.close()
