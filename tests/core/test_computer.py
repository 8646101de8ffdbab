"""Settings of one computer kept apart from the shared database: two seats on one database
each open with their own last learner and their own kiosk choice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from civicquiz import computer, paths
from civicquiz.core.db import session_scope
from civicquiz.core.kiosk import KioskSettings, kiosk_settings, save_kiosk_settings
from civicquiz.core.learners import add_learner, last_learner, touch_learner
from civicquiz.services import open_app_data, quick_start


@pytest.mark.databases
def test_two_seats_on_one_database_keep_their_own_learner_and_kiosk_choice(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATABASE_URL_ENV, db_url)
    seat_a, seat_b = tmp_path / "seat-a", tmp_path / "seat-b"
    data_a = open_app_data(str(seat_a))
    data_b = open_app_data(str(seat_b))
    with session_scope(data_a.engine) as session:
        aru = add_learner(session, "Aru")
        ben = add_learner(session, "Ben")
        touch_learner(session, aru.id or 0, seat_a)
        touch_learner(session, ben.id or 0, seat_b)
        assert last_learner(session, seat_a).name == "Aru"  # type: ignore[union-attr]
        assert last_learner(session, seat_b).name == "Ben"  # type: ignore[union-attr]
    save_kiosk_settings(seat_a, KioskSettings(enabled=True, idle_seconds=60))
    assert kiosk_settings(seat_a).enabled and not kiosk_settings(seat_b).enabled
    assert computer.computer_id(seat_a) != computer.computer_id(seat_b)
    assert computer.computer_id(seat_a) == computer.computer_id(seat_a)  # kept
    data_a.engine.dispose()
    data_b.engine.dispose()


def test_an_older_database_hands_its_settings_to_this_computer(data_dir: Path) -> None:
    data = open_app_data()
    with session_scope(data.engine) as session:
        learner_id = add_learner(session, "Dana").id
    data.engine.dispose()
    # What an earlier version left in the database itself.
    with sqlite3.connect(data_dir / "civicquiz.sqlite3") as db:
        db.execute(
            "INSERT INTO app_setting (key, value) VALUES ('last_learner_id', ?)", (str(learner_id),)
        )
        db.execute(
            "INSERT INTO app_setting (key, value) VALUES ('kiosk', ?)",
            ('{"enabled": true, "idle_seconds": 45}',),
        )
    assert quick_start() is None  # the full open moves them first
    open_app_data().engine.dispose()
    assert kiosk_settings(data_dir).enabled and kiosk_settings(data_dir).idle_seconds == 45
    assert computer.get(data_dir, "last_learner_id") == learner_id
    with sqlite3.connect(data_dir / "civicquiz.sqlite3") as db:
        assert db.execute(
            "SELECT count(*) FROM app_setting WHERE key IN ('kiosk', 'last_learner_id')"
        ).fetchone() == (0,)
    start = quick_start()
    assert start is not None and start.kiosk and start.learner and start.learner[1] == "Dana"
