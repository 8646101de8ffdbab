"""The database: pragmas, idempotent bank loads, upgrades with backups, repair."""

from __future__ import annotations

import copy
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from civicquiz.core.bank import Bank, Option
from civicquiz.core.db import (
    DatabaseTooNewError,
    head_revision,
    integrity_ok,
    list_backups,
    make_backup,
    open_database,
    session_scope,
    thin_backups,
)
from civicquiz.core.library import bank_counts, ensure_builtin_bank, load_bank
from civicquiz.core.models import Learner, Question, QuestionOption, Response, ReviewState
from civicquiz.core.quiz import record_response, start_attempt

FIXTURE = Path(__file__).resolve().parents[1] / "migrations" / "fixtures" / "schema-0001.sqlite3"


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(engine: Engine) -> None:
    with engine.connect() as db:
        assert db.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.execute(text("PRAGMA busy_timeout")).scalar() == 5000


@pytest.mark.databases
def test_a_new_database_is_created_at_the_newest_schema(empty_db_url: str) -> None:
    opened = open_database(empty_db_url)
    with opened.engine.connect() as db:
        assert (
            db.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
    assert opened.upgraded_from is None and opened.notices == []
    opened.engine.dispose()


def _learner_answers(engine: Engine, keys: list[str]) -> int:
    with session_scope(engine) as session:
        learner = Learner(name="Dana")
        session.add(learner)
        session.commit()
        ids = [session.exec(select(Question.id).where(Question.key == k)).one() for k in keys]
        attempt = start_attempt(session, learner.id or 0, ids)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
    for qid in ids:
        record_response(engine, attempt.id or 0, qid, {"value": True})
    return len(ids)


@pytest.mark.databases
def test_loading_a_bank_twice_changes_nothing(engine: Engine, bank: Bank) -> None:
    with session_scope(engine) as session:
        first = load_bank(session, bank, origin="builtin")
    with session_scope(engine) as session:
        second = load_bank(session, bank, origin="builtin")
        assert ensure_builtin_bank(session, bank) is None
        assert bank_counts(session)[0][1] == len(bank.questions)
    assert first.added == len(bank.questions)
    assert (second.added, second.updated, second.retired) == (0, 0, 0)


@pytest.mark.databases
def test_reimporting_an_updated_bank_keeps_every_learners_history(
    engine: Engine, bank: Bank
) -> None:
    with session_scope(engine) as session:
        load_bank(session, bank)
    tf = [q.key for q in bank.questions if q.qtype == "true_false"][:3]
    answered = _learner_answers(engine, tf)

    updated = copy.deepcopy(bank)
    changed = next(q for q in updated.questions if q.key == tf[0])
    changed.stem += " (reworded)"
    changed.options = [Option("true", "Yes", True), Option("false", "No", False)]
    removed = updated.questions.pop(
        next(i for i, q in enumerate(updated.questions) if q.key == tf[1])
    )
    with session_scope(engine) as session:
        summary = load_bank(session, updated)
    assert (summary.updated, summary.retired, summary.added) == (1, 1, 0)

    with session_scope(engine) as session:
        assert len(session.exec(select(Response)).all()) == answered
        assert len(session.exec(select(ReviewState)).all()) == answered
        row = session.exec(select(Question).where(Question.key == tf[0])).one()
        assert row.stem.endswith("(reworded)")
        options = session.exec(
            select(QuestionOption).where(QuestionOption.question_id == row.id)
        ).all()
        assert sorted(o.text for o in options) == ["No", "Yes"]
        gone = session.exec(select(Question).where(Question.key == removed.key)).one()
        assert gone.retired
        assert bank_counts(session)[0][1] == len(bank.questions) - 1

    # Bringing the question back revives it with its history.
    with session_scope(engine) as session:
        back = load_bank(session, bank)
    assert back.updated == 2


@pytest.mark.databases
def test_a_failed_load_writes_nothing(engine: Engine, bank: Bank) -> None:
    broken = copy.deepcopy(bank)
    broken.questions.append(copy.deepcopy(broken.questions[0]))  # duplicate key -> constraint error
    broken.questions[-1].stem = "different"
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        load_bank(session, broken)
    with session_scope(engine) as session:
        assert session.exec(select(Question)).all() == []


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.sqlite3'}"
    open_database(url).engine.dispose()
    with sqlite3.connect(tmp_path / "future.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseTooNewError, match="newer version of CivicQuiz"):
        open_database(url)


def test_the_first_schema_upgrades_with_a_backup_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    opened = open_database(f"sqlite:///{path}")
    assert opened.upgraded_from == "0001"
    assert opened.backup is not None and integrity_ok(opened.backup, quick=False)
    assert "before-upgrade-0001" in opened.backup.name
    with sqlite3.connect(opened.backup) as db:  # the backup is the untouched old schema
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with opened.engine.connect() as db:
        assert (
            db.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
        assert db.execute(text("SELECT name FROM learner")).scalar() == "Aigerim"
        assert db.execute(text("SELECT count(*) FROM response")).scalar() == 1
        indexes = {r[1] for r in db.execute(text("PRAGMA index_list('response')"))}
        assert "ix_response_answered_at" in indexes
    with session_scope(opened.engine) as session:  # the old rows read back through today's models
        response = session.exec(select(Response)).one()
        assert response.answer == {"value": True} and response.elapsed_ms == 4200


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over every page after the first
        data[offset + 10 : offset + 400] = b"\xa5" * 390
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_replaced_by_the_newest_good_backup(
    tmp_path: Path, bank: Bank
) -> None:
    path = tmp_path / "civicquiz.sqlite3"
    url = f"sqlite:///{path}"
    opened = open_database(url)
    with session_scope(opened.engine) as session:
        load_bank(session, bank)
        session.add(Learner(name="Backed up"))
    make_backup(path, "daily")
    with session_scope(opened.engine) as session:
        session.add(Learner(name="After the backup"))
    opened.engine.dispose()
    _corrupt(path)
    assert not integrity_ok(path)

    reopened = open_database(url)
    assert (
        reopened.notices and "damaged" in reopened.notices[0] and "restored" in reopened.notices[0]
    )
    with session_scope(reopened.engine) as session:
        names = [learner.name for learner in session.exec(select(Learner))]
    assert names == ["Backed up"]
    assert integrity_ok(path, quick=False)
    assert list(tmp_path.glob("civicquiz.sqlite3.damaged-*")), "the damaged file is kept aside"


def test_a_damaged_database_without_backups_starts_fresh_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "civicquiz.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    opened = open_database(f"sqlite:///{path}")
    assert "no usable backup" in opened.notices[0]
    with opened.engine.connect() as db:
        assert db.execute(text("SELECT count(*) FROM learner")).scalar() == 0


def test_backups_are_thinned_to_recent_daily_and_monthly(tmp_path: Path) -> None:
    path = tmp_path / "civicquiz.sqlite3"
    open_database(f"sqlite:///{path}", daily_backup=False).engine.dispose()
    now = datetime(2026, 11, 22, 12, 0, 0)
    folder = tmp_path / "backups"
    folder.mkdir()
    for hours in range(0, 24 * 120, 6):  # four months of backups, four a day
        taken = now - timedelta(hours=hours)
        (folder / f"civicquiz-{taken:%Y%m%d-%H%M%S}-daily.sqlite3").write_bytes(b"x")
    thin_backups(path, now=now)
    kept = list_backups(path)
    assert 8 + 6 <= len(kept) <= 8 + 7 + 5
    assert kept[0].name.startswith("civicquiz-20261122-120000")
    assert any("202608" in p.name for p in kept), "an old month keeps one backup"


def test_opening_takes_a_daily_backup_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'civicquiz.sqlite3'}"
    open_database(url).engine.dispose()
    open_database(url).engine.dispose()
    open_database(url).engine.dispose()
    assert len(list_backups(tmp_path / "civicquiz.sqlite3")) == 1


def test_the_schema_revision_constant_is_alembics_head() -> None:
    from civicquiz.core.schema_revision import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION


@pytest.mark.databases
def test_the_migrations_build_exactly_the_schema_the_models_describe(empty_db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from civicquiz.core.db import make_engine, upgrade

    engine = make_engine(empty_db_url)
    upgrade(
        engine, empty_db_url
    )  # every migration, in order (a fresh open builds the schema at once)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert differences == []


def test_a_fresh_database_gets_the_migrations_schema_in_one_step(tmp_path: Path) -> None:
    import sqlite3

    from civicquiz.core.db import make_engine, upgrade

    migrated_url = f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
    engine = make_engine(migrated_url)
    upgrade(engine, migrated_url)
    engine.dispose()
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", daily_backup=False)
    fresh.engine.dispose()

    def schema(name: str) -> dict[str, set[str]]:
        db = sqlite3.connect(tmp_path / name)
        tables: dict[str, set[str]] = {}
        names = [
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in names:
            found = {
                f"{c[1]} {c[2]} {c[3]} {c[5]}" for c in db.execute(f"PRAGMA table_info('{table}')")
            }
            for index in db.execute(f"PRAGMA index_list('{table}')").fetchall():
                columns = [str(c[2]) for c in db.execute(f"PRAGMA index_info('{index[1]}')")]
                found.add(f"unique={index[2]}:{','.join(columns)}")
            found |= {str(k[2:5]) for k in db.execute(f"PRAGMA foreign_key_list('{table}')")}
            tables[table] = found
        tables["version"] = {str(db.execute("SELECT version_num FROM alembic_version").fetchall())}
        db.close()
        return tables

    assert schema("fresh.sqlite3") == schema("migrated.sqlite3")


@pytest.mark.databases
def test_the_classroom_upgrade_gives_every_existing_row_its_own_id(empty_db_url: str) -> None:
    from civicquiz.core.db import make_engine, upgrade
    from civicquiz.core.schema_revision import SCHEMA_REVISION

    engine = make_engine(empty_db_url)
    upgrade(engine, empty_db_url, revision="0004")
    with engine.begin() as db:
        db.execute(
            text(
                "INSERT INTO learner (name, created_at, last_active_at, settings) VALUES "
                "('Aru', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '{}'), "
                "('Ben', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '{}')"
            )
        )
    upgrade(engine, empty_db_url)
    with engine.connect() as db:
        uids = [row[0] for row in db.execute(text("SELECT uid FROM learner"))]
        assert db.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            SCHEMA_REVISION
        )
    engine.dispose()
    assert len(uids) == 2 and len(set(uids)) == 2 and all(len(u) == 32 for u in uids)
