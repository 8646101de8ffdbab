"""The start-up fast path: the home screen read with sqlite3 alone, and when it steps aside."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from civicquiz.core.bank import Bank
from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner, touch_learner
from civicquiz.core.progress import home_summary
from civicquiz.core.schema_revision import SCHEMA_REVISION
from civicquiz.services import BUILTIN_FINGERPRINT, open_app_data, quick_start


def prepared(data_dir: Path) -> int:
    data = open_app_data()
    with session_scope(data.engine) as session:
        learner = add_learner(session, "Quick")
        touch_learner(session, learner.id or 0, data.data_dir)
        learner_id = learner.id or 0
    data.engine.dispose()
    return learner_id


def test_a_first_start_shows_the_profiles_before_the_database_exists(data_dir: Path) -> None:
    start = quick_start()
    assert start is not None and start.fresh and start.learner is None and not start.kiosk
    assert not (data_dir / "civicquiz.sqlite3").exists()  # made by the full open, not here


def test_the_quick_read_matches_the_full_one(data_dir: Path, bank: Bank) -> None:
    learner_id = prepared(data_dir)
    start = quick_start()
    assert start is not None and start.learner is not None
    assert start.learner[:2] == (learner_id, "Quick") and start.learner[2]["theme"] == "light"
    data = open_app_data()
    with session_scope(data.engine) as session:
        assert home_summary(session, learner_id) == start.home
    assert len(start.home.topics) == len(bank.topics)


def test_it_steps_aside_for_an_upgrade_a_new_bank_or_damage(data_dir: Path) -> None:
    prepared(data_dir)
    database = data_dir / "civicquiz.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute(
            "UPDATE alembic_version SET version_num = '0002'"
        )  # as if made by an older version
    assert quick_start() is None
    with sqlite3.connect(database) as db:
        db.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_REVISION,))
        db.execute(
            "UPDATE app_setting SET value = '\"stale\"' WHERE key = ?", (BUILTIN_FINGERPRINT,)
        )
    assert quick_start() is None
    open_app_data().engine.dispose()  # reloads the bank and records its fingerprint again
    assert quick_start() is not None
    database.write_bytes(b"garbage" * 1000)
    assert quick_start() is None


def test_the_quick_read_imports_no_sqlalchemy(data_dir: Path) -> None:
    prepared(data_dir)
    code = (
        "import sys; from civicquiz.services import quick_start; start = quick_start();"
        "print(start is not None, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'pydantic'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True []"


def test_opening_reports_progress_while_the_bank_loads(data_dir: Path, bank: Bank) -> None:
    seen: list[tuple[int, int]] = []
    open_app_data(progress=lambda done, total: seen.append((done, total))).engine.dispose()
    total = len(bank.questions)
    assert seen[0][0] == 1 and seen[-1] == (total, total)
    seen.clear()
    open_app_data(progress=lambda done, total: seen.append((done, total))).engine.dispose()
    assert seen == []  # nothing to load the second time
