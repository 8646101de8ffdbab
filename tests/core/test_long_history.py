"""A long history read in part: a streak longer than the weeks read first is still counted
whole, and the 30-day accuracy ignores older answers."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from civicquiz.core.progress import accuracy_by_day, streak
from tests.large_class import fill_class

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_a_hundred_day_streak_and_the_last_thirty_days(loaded: Engine) -> None:
    path = Path(str(loaded.url.database))
    learner = fill_class(path, learners=1, quizzes=100, answers=3, seed=9, now=NOW)
    db = sqlite3.connect(path)
    today = NOW.date()
    assert streak(db, learner, today=today, zone=UTC) == 100  # one quiz a day, ending yesterday
    db.execute(  # a gap 50 days ago ends it there
        "DELETE FROM response WHERE substr(answered_at, 1, 10) = ?",
        ((today - timedelta(days=50)).isoformat(),),
    )
    db.commit()
    assert streak(db, learner, today=today, zone=UTC) == 49
    days = accuracy_by_day(db, learner, days=30, today=today, zone=UTC)
    assert [d.day for d in days] == [today - timedelta(days=n) for n in range(29, 0, -1)]
    assert all(d.answered == 3 for d in days)
    right = db.execute(
        "SELECT count(*) FROM response WHERE correct AND answered_at >= ?",
        ((today - timedelta(days=29)).isoformat(),),
    ).fetchone()[0]
    assert sum(d.correct for d in days) == right
    db.close()
