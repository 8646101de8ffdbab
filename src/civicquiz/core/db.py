"""Opening the database: engine, SQLite pragmas, integrity check, backups and upgrades.

:func:`open_database` is the one entry point. For a SQLite file it

1. runs ``PRAGMA quick_check``; a damaged file is moved aside and the newest backup that
   passes the check is restored (the caller is told through ``OpenResult.notices``);
2. refuses a database whose schema revision this version does not know (made by a newer
   CivicQuiz), with a message saying so;
3. backs the file up (timestamped, old backups thinned) before any schema upgrade, then
   upgrades with Alembic inside a transaction;
4. keeps a daily backup, so there is always something recent to restore.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from civicquiz.core.schema_revision import SCHEMA_REVISION

BACKUP_PREFIX = "civicquiz-"
BACKUP_SUFFIX = ".sqlite3"
DAILY_BACKUP = timedelta(days=1)


class DatabaseError(RuntimeError):
    """The database cannot be opened; the message is for the user."""


class DatabaseTooNewError(DatabaseError):
    pass


class DatabaseUnavailableError(DatabaseError):
    """The database is there but cannot be used now (permission, read-only disk, locked by
    another program). Not damage: nothing is repaired, restored or moved."""


log = logging.getLogger(__name__)

#: How long the integrity check waits for another program's lock before giving up.
CHECK_TIMEOUT_S = 5.0

# SQLite's answers that mean the file itself is damaged; any other error when reading it
# (busy, locked, cannot open, I/O, permission) says nothing about its content.
_DAMAGE_ERRORS = {"SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_CORRUPT_INDEX", "SQLITE_CORRUPT_VTAB"}
_LOCK_ERRORS = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_RECOVERY", "SQLITE_BUSY_SNAPSHOT"}


@dataclass
class OpenResult:
    engine: Engine
    path: Path | None
    notices: list[str] = field(default_factory=list)
    upgraded_from: str | None = None
    backup: Path | None = None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed answer survives a power cut, not just a crash of the app.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with foreign keys, WAL and a busy timeout on SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # Times are compared in UTC everywhere (plain-SQL parameters are UTC text).
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"options": "-c timezone=UTC", "connect_timeout": 5},
        )
    return create_engine(url, pool_pre_ping=True)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# -- integrity and backups --------------------------------------------------------------


def integrity_ok(path: Path, *, quick: bool = True) -> bool:
    """True when SQLite's integrity check passes on ``path``; False when the file is
    damaged. Raises :class:`DatabaseUnavailableError` when the file cannot be read at all
    (locked, no permission, I/O error): that is not damage."""
    from civicquiz.paths import readonly_uri

    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True, timeout=CHECK_TIMEOUT_S)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name in _DAMAGE_ERRORS:
            return False
        log.warning("cannot check %s: %s (%s)", path, exc, name)
        if name in _LOCK_ERRORS:
            raise DatabaseUnavailableError(
                f"The database {path} is in use by another program (it is locked). Nothing "
                "was changed. Close the other CivicQuiz window or program and try again."
            ) from exc
        if disk_full(path.parent):
            raise DatabaseUnavailableError(
                f"The disk holding {path.parent} is full, so CivicQuiz cannot open its database. "
                "Nothing was changed. Free some space and try again."
            ) from exc
        raise DatabaseUnavailableError(
            f"The database {path} could not be read ({exc}). It was not changed; it does not "
            "look damaged, so no backup was restored. Check the disk and the file's permissions."
        ) from exc
    return rows == [("ok",)]


def disk_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (almost) no room left for SQLite."""
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def _read_only_disk(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def check_access(path: Path) -> None:
    """Refuse, with a plain message, a database the app could open only to fail later:
    one it may not read or write, or in a folder it may not write (SQLite writes its
    journal there). Raises :class:`DatabaseUnavailableError`; changes nothing."""
    folder = path.parent
    if _read_only_disk(folder):
        raise DatabaseUnavailableError(
            f"The data folder {folder} is on a read-only disk, so CivicQuiz cannot save "
            "anything there. Nothing was changed. Start CivicQuiz with a writable --data-dir, "
            "or make the disk writable."
        )
    unreadable = path.exists() and not os.access(path, os.R_OK)
    unwritable = [p for p in (path, folder) if p.exists() and not os.access(p, os.W_OK)]
    if unreadable or unwritable:
        what = path if unreadable else unwritable[0]
        verb = "read" if unreadable else "write to"
        raise DatabaseUnavailableError(
            f"CivicQuiz has no permission to {verb} {what}. Nothing was changed: the database "
            "is not damaged. Give your user account access to the data folder, or start "
            "CivicQuiz with another --data-dir."
        )


def diagnose(path: Path) -> str:
    """What state the database file is in, before anything touches it: ``"missing"``,
    ``"empty"`` (0 bytes), ``"ok"`` or ``"damaged"``. Anything else that keeps it from
    being used (permission, read-only disk, lock) raises :class:`DatabaseUnavailableError`,
    so it is never mistaken for damage."""
    check_access(path)
    if not path.exists():
        return "missing"
    if path.stat().st_size == 0:
        return "empty"
    return "ok" if integrity_ok(path) else "damaged"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path``, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _backup_time(path: Path) -> datetime | None:
    stamp = path.name[len(BACKUP_PREFIX) :].split("-")[0:2]
    try:
        return datetime.strptime("-".join(stamp), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def make_backup(db_path: Path, label: str, now: datetime | None = None) -> Path:
    """Copy the database with SQLite's online backup (consistent even under WAL)."""
    now = now or datetime.now()
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{BACKUP_PREFIX}{now:%Y%m%d-%H%M%S}-{label}{BACKUP_SUFFIX}"
    counter = 1
    while target.exists():
        target = folder / f"{BACKUP_PREFIX}{now:%Y%m%d-%H%M%S}-{label}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    source = sqlite3.connect(db_path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    thin_backups(db_path, now=now)
    return target


def thin_backups(db_path: Path, *, now: datetime | None = None, keep_recent: int = 8) -> list[Path]:
    """Keep the newest ``keep_recent`` backups, one a day for a week and one a month
    beyond that; delete the rest. Returns what was deleted."""
    now = now or datetime.now()
    kept_days: set[str] = set()
    kept_months: set[str] = set()
    deleted = []
    for index, path in enumerate(list_backups(db_path)):
        taken = _backup_time(path)
        if index < keep_recent or taken is None:
            continue
        day, month = f"{taken:%Y%m%d}", f"{taken:%Y%m}"
        if now - taken <= timedelta(days=7) and day not in kept_days:
            kept_days.add(day)
            continue
        if now - taken > timedelta(days=7) and month not in kept_months:
            kept_months.add(month)
            continue
        path.unlink()
        deleted.append(path)
    return deleted


def _backup_ok(path: Path) -> bool:
    try:
        return integrity_ok(path, quick=False)
    except DatabaseUnavailableError:
        return False


def newest_good_backup(db_path: Path) -> Path | None:
    return next((b for b in list_backups(db_path) if _backup_ok(b)), None)


def set_aside(db_path: Path, label: str = "damaged") -> Path:
    """Rename the database (and its WAL files) to ``NAME.LABEL-STAMP``; the copy kept."""
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    kept = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            current.rename(kept.with_name(kept.name + suffix))
    return kept


def restore_newest_good_backup(db_path: Path, label: str = "damaged") -> Path | None:
    """Move a damaged database aside (kept, never deleted) and put the newest backup that
    passes the check in its place. Returns the backup used, or None when there was none."""
    set_aside(db_path, label)
    backup = newest_good_backup(db_path)
    if backup is not None:
        shutil.copy2(backup, db_path)
    return backup


# -- migrations -------------------------------------------------------------------------


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    from civicquiz.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_alembic_config("sqlite://")).get_heads()
    return str(heads[0])


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for a new, empty one)."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if value is None else str(value)


def upgrade(engine: Engine, url: str, revision: str = "head") -> None:
    """Run the migrations in one transaction.

    On SQLite, batch migrations rebuild a table by copying it and dropping the old one;
    with foreign keys enforced, that drop would cascade and delete the rows that point at
    it (a learner's answers). So keys are switched off while migrating (SQLite only
    allows that outside a transaction) and checked before the transaction commits.
    """
    from alembic import command
    from sqlalchemy import text

    config = _alembic_config(url)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise DatabaseError(
                            f"the upgrade left {len(broken)} broken references; nothing was changed"
                        )
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def open_database(url: str, *, daily_backup: bool = True) -> OpenResult:
    """Open (creating, repairing or upgrading as needed) the database at ``url``."""
    path = sqlite_path(url)
    notices: list[str] = []
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailableError(
                f"CivicQuiz cannot create its data folder {path.parent} ({exc.strerror})."
            ) from exc
        notices += _repair(path)
    try:
        return _open(url, path, notices, daily_backup)
    except OSError as exc:
        raise DatabaseUnavailableError(_os_error_message(exc, path)) from exc
    except (SQLAlchemyError, sqlite3.Error) as exc:
        shown = path or make_url(url).render_as_string(hide_password=True)
        log.exception("opening %s failed", shown)
        raise DatabaseUnavailableError(
            f"CivicQuiz could not open its database {shown}: {plain_database_error(exc)}"
        ) from exc


def _repair(path: Path) -> list[str]:
    """Restore a backup in place of a damaged or emptied database; what to tell the user.
    The file replaced is always kept beside it."""
    state = diagnose(path)
    if state == "damaged":
        kept = set_aside(path, "damaged")
        used = newest_good_backup(path)
        if used:
            shutil.copy2(used, path)
            return [
                f"The database {path} was damaged. It was kept as {kept.name} and the backup "
                f"of {_backup_time(used) or used.name} was restored; answers given after that "
                "backup are lost."
            ]
        return [
            f"The database {path} was damaged and no usable backup was found. It was kept as "
            f"{kept.name} and a new, empty database was started."
        ]
    if state == "empty":
        used = newest_good_backup(path)
        if used:
            kept = set_aside(path, "empty")
            shutil.copy2(used, path)
            return [
                f"The database {path} was empty (0 bytes): it had been cut short. The empty "
                f"file was kept as {kept.name} and the backup of "
                f"{_backup_time(used) or used.name} was restored; answers given after that "
                "backup are lost."
            ]
    return []


def plain_database_error(exc: BaseException) -> str:
    """A database error in words for the user: no SQL, no URL, no driver names."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return "the database is busy with another program; please try again in a moment."
    if "disk is full" in text or "no space" in text or "database or disk is full" in text:
        return "the disk is full; free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "the database cannot be written (read-only)."
    if "unable to open" in text or "permission" in text:
        return "the database file cannot be opened (check the folder's permissions)."
    if "connection" in text or "could not connect" in text:
        return "the database server cannot be reached."
    return "an unexpected database error (details are in the log)."


def _os_error_message(exc: OSError, path: Path | None) -> str:
    where = path.parent if path is not None else "the data folder"
    if exc.errno == errno.ENOSPC or (path is not None and disk_full(path.parent)):
        return f"The disk holding {where} is full. Free some space and start CivicQuiz again."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"CivicQuiz cannot write in {where} ({exc.strerror}). Nothing was changed; start "
            "it with a writable --data-dir."
        )
    return f"CivicQuiz could not use {where}: {exc.strerror or exc}."


def _open(url: str, path: Path | None, notices: list[str], daily_backup: bool) -> OpenResult:
    engine = make_engine(url)
    result = OpenResult(engine=engine, path=path, notices=notices)
    current = current_revision(engine)
    if current == SCHEMA_REVISION:
        _daily_backup(result, daily_backup)
        return result
    if current is None and _create_fresh(engine):
        log.info("new database created at schema %s", SCHEMA_REVISION)
        return result
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(url))
    known = {rev.revision for rev in script.walk_revisions()}
    head = script.get_current_head()
    if current is not None and current not in known:
        engine.dispose()
        raise DatabaseTooNewError(
            f"The database {path or 'on the server'} was written by a newer version of CivicQuiz "
            f"(schema {current}); this version understands schemas up to {head}. "
            "Install the newer CivicQuiz, or start this one with another --data-dir."
        )
    if current != head:
        if current is not None and path is not None:
            result.backup = make_backup(path, f"before-upgrade-{current}")
            log.info("backup before the upgrade: %s", result.backup)
        log.info("upgrading the database from schema %s to %s", current, head)
        upgrade(engine, url)
        log.info("database upgraded to schema %s", head)
        result.upgraded_from = current
    else:
        _daily_backup(result, daily_backup)
    return result


def _create_fresh(engine: Engine) -> bool:
    """A database with no tables at all gets the newest schema in one step, as the
    migrations would build it (a test compares the two), without loading Alembic and
    replaying every revision: a first start is then as quick as the next. False when
    the database holds tables already (the migrations must decide)."""
    from sqlalchemy import inspect
    from sqlmodel import SQLModel

    import civicquiz.core.models  # noqa: F401  (the tables, registered on the metadata)

    with engine.begin() as connection:
        if inspect(connection).get_table_names():
            return False
        SQLModel.metadata.create_all(connection)
        connection.exec_driver_sql(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        connection.exec_driver_sql(
            f"INSERT INTO alembic_version (version_num) VALUES ('{SCHEMA_REVISION}')"
        )
    return True


def _daily_backup(result: OpenResult, wanted: bool) -> None:
    if not wanted or result.path is None:
        return
    newest = list_backups(result.path)
    taken = _backup_time(newest[0]) if newest else None
    if taken is None or datetime.now() - taken > DAILY_BACKUP:
        try:
            result.backup = make_backup(result.path, "daily")
            log.info("daily backup: %s", result.backup)
        except (OSError, sqlite3.Error) as exc:  # the app still works; the user is told
            log.warning("daily backup of %s failed: %s", result.path, exc)
            result.notices.append(
                f"Today's backup of your data could not be made ({exc}). Your data is "
                f"unchanged; free some space on the disk holding {result.path.parent}."
            )
