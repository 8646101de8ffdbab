"""Operations: a service on the worker, its changes broadcast, its failures logged."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from civicquiz.gui.main_window import MainWindow
from civicquiz.services.changes import Changed, Changes
from tests.gui.conftest import Driver


def test_a_write_broadcasts_what_changed_and_hands_back_its_value(driver: Driver) -> None:
    ops = driver.window.controller.ops
    values: list[int] = []
    with driver.qtbot.waitSignal(ops.changed) as changed:
        ops.collection(lambda db: Changed(7, Changes.LEARNERS | Changes.ATTEMPTS), values.append)
    assert changed.args == [Changes.LEARNERS | Changes.ATTEMPTS, None]  # changes, initiator
    driver.idle()
    assert values == [7]


def test_the_open_screen_reloads_what_it_shows_when_it_changes(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = driver.new_learner("Gulnar")
    reloads: list[dict[str, Any]] = []
    original = home.enter
    monkeypatch.setattr(home, "enter", lambda **p: (reloads.append(p), original(**p)))
    ops = driver.window.controller.ops
    ops.collection(lambda db: Changed(None, Changes.ATTEMPTS))  # Home shows attempts
    driver.idle()
    assert len(reloads) == 1
    ops.collection(lambda db: Changed(None, Changes.SETTINGS))  # not shown on Home
    ops.collection(lambda db: Changed(None, Changes.ATTEMPTS), initiator=home)  # its own
    driver.idle()
    assert len(reloads) == 1


def test_a_query_changes_nothing(driver: Driver) -> None:
    ops = driver.window.controller.ops
    seen: list[Any] = []
    ops.changed.connect(seen.append)
    ops.query(lambda db: db.dialect.name)
    driver.idle()
    assert seen == []


def test_a_failed_job_tells_the_user_and_logs_its_traceback(
    driver: Driver, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def refused(_db: Any) -> Changed[None]:
        raise ValueError("That bank file has no questions.")

    def broken(_db: Any) -> Changed[None]:
        raise RuntimeError("a bug")

    ops = driver.window.controller.ops
    with caplog.at_level(logging.INFO), driver.qtbot.waitSignal(ops.failed) as failed:
        ops.collection(refused)
    assert isinstance(failed.args[0], ValueError)
    assert shown[-1] == "<p>That bank file has no questions.</p>"  # the refusal, as it is
    [record] = [r for r in caplog.records if r.name == "civicquiz.gui.worker"]
    assert record.levelno == logging.INFO and "Traceback" not in record.getMessage()
    caplog.clear()
    with caplog.at_level(logging.INFO), driver.qtbot.waitSignal(ops.failed) as failed:
        ops.collection(broken)
    error, trace = failed.args
    assert isinstance(error, RuntimeError)
    assert 'in broken\n    raise RuntimeError("a bug")' in trace
    [record] = [r for r in caplog.records if r.name == "civicquiz.gui.worker"]
    assert record.levelno == logging.ERROR and 'raise RuntimeError("a bug")' in record.getMessage()
    assert "a bug" not in shown[-1] and "log" in shown[-1]  # details in the log, not on screen


def test_screens_get_the_controller_not_the_window(window: MainWindow) -> None:
    home = window.controller.screen_named("home")
    assert home.controller is window.controller
    assert not hasattr(home, "window_")
    assert window.screen() is not None  # QWidget.screen() is Qt's again
