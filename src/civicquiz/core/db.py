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
from sqlmodel import Session, create_engine

from civicquiz.core.schema_revision import SCHEMA_REVISION

BACKUP_PREFIX = "civicquiz-"
BACKUP_SUFFIX = ".sqlite3"
DAILY_BACKUP = timedelta(days=1)


class DatabaseError(RuntimeError):
    """The database cannot be opened; the message is for the user."""


class DatabaseTooNewError(DatabaseError):
    pass


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
        return create_engine(url, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"})
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
    """True when SQLite's integrity check passes on ``path``."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


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


def restore_newest_good_backup(db_path: Path) -> Path | None:
    """Move a damaged database aside and put the newest backup that passes the check in
    its place. Returns the backup used, or None when there was none."""
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    for suffix in ("", "-wal", "-shm"):
        damaged = db_path.with_name(db_path.name + suffix)
        if damaged.exists():
            damaged.rename(db_path.with_name(f"{db_path.name}.damaged-{stamp}{suffix}"))
    for backup in list_backups(db_path):
        if integrity_ok(backup, quick=False):
            shutil.copy2(backup, db_path)
            return backup
    return None


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
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0 and not integrity_ok(path):
            used = restore_newest_good_backup(path)
            if used:
                notices.append(
                    f"The database {path} was damaged. It was set aside and the backup of "
                    f"{_backup_time(used) or used.name} was restored; answers given after that "
                    "backup are lost."
                )
            else:
                notices.append(
                    f"The database {path} was damaged and no usable backup was found. It was set "
                    "aside and a new, empty database was started."
                )
    engine = make_engine(url)
    result = OpenResult(engine=engine, path=path, notices=notices)
    current = current_revision(engine)
    if current == SCHEMA_REVISION:
        _daily_backup(result, daily_backup)
        return result
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(url))
    known = {rev.revision for rev in script.walk_revisions()}
    head = script.get_current_head()
    if current is not None and current not in known:
        engine.dispose()
        raise DatabaseTooNewError(
            f"The database {path or url} was written by a newer version of CivicQuiz "
            f"(schema {current}); this version understands schemas up to {head}. "
            "Install the newer CivicQuiz, or start this one with another --data-dir."
        )
    if current != head:
        if current is not None and path is not None:
            result.backup = make_backup(path, f"before-upgrade-{current}")
        upgrade(engine, url)
        result.upgraded_from = current
    else:
        _daily_backup(result, daily_backup)
    return result


def _daily_backup(result: OpenResult, wanted: bool) -> None:
    if not wanted or result.path is None:
        return
    newest = list_backups(result.path)
    taken = _backup_time(newest[0]) if newest else None
    if taken is None or datetime.now() - taken > DAILY_BACKUP:
        result.backup = make_backup(result.path, "daily")
