"""Start-up work done once: the questions per topic are counted by the full open and
kept for the next start's quick read (and only while the banks are unchanged); the
integrity check runs in the full open, not twice; the built-in bank is checked by the
suite, not at every first start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from civicquiz.core.db import session_scope
from civicquiz.core.library import import_bank
from civicquiz.core.progress import TOPIC_COUNTS, cached_topic_counts, home_summary
from civicquiz.formats.native import read_native_bank
from civicquiz.services import builtin_bank_file, open_app_data, quick_start
from tests.core.test_quick_start import prepared


def test_the_shipped_bank_passes_every_check_it_skips_at_start_up() -> None:
    checked = read_native_bank(builtin_bank_file())
    for question in checked.questions:
        question.line = None  # where each was found: only the checked read says
    assert read_native_bank(builtin_bank_file(), trusted=True) == checked


def test_topic_counts_are_kept_and_dropped_when_a_bank_changes(data_dir: Path) -> None:
    learner_id = prepared(data_dir)
    database_file = data_dir / "civicquiz.sqlite3"
    raw = sqlite3.connect(database_file)
    cached = cached_topic_counts(raw)
    assert (
        cached
        and sum(cached.values())
        == raw.execute(
            "SELECT count(*) FROM question WHERE NOT retired AND topic_id IS NOT NULL"
        ).fetchone()[0]
    )
    start = quick_start()
    assert start is not None
    data = open_app_data()
    with session_scope(data.engine) as session:
        assert home_summary(session, learner_id) == start.home  # counted afresh: the same
        bank = read_native_bank(builtin_bank_file(), trusted=True)
        bank.key, bank.title = "copy", "A copy"
        import_bank(session, bank)
        session.commit()
    assert cached_topic_counts(raw) is None  # a bank changed: the stored counts are stale
    changed = quick_start()
    assert changed is not None
    with session_scope(data.engine) as session:
        assert home_summary(session, learner_id) == changed.home
        assert changed.home.total_questions == 2 * start.home.total_questions
    data.engine.dispose()
    open_app_data().engine.dispose()  # the next full open counts again
    assert cached_topic_counts(raw) is not None
    stored = raw.execute("SELECT value FROM app_setting WHERE key = ?", (TOPIC_COUNTS,))
    assert stored.fetchone() is not None
    raw.close()


def test_one_integrity_check_per_start(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prepared(data_dir)
    checks: list[str] = []
    real_execute = sqlite3.Connection.execute
    original_connect = sqlite3.connect

    class Counting(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            if "quick_check" in sql or "integrity_check" in sql:
                checks.append(sql)
            return real_execute(self, sql, *args)  # type: ignore[arg-type]

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        kwargs.setdefault("factory", Counting)
        return original_connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert quick_start() is not None
    assert checks == []  # the quick read checks nothing; the full open does, once
    open_app_data().engine.dispose()
    assert len(checks) == 1
