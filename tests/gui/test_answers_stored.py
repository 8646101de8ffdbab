"""An answer is in the database before the learner sees its feedback, waits out another
program's lock, is never recorded for a question left untouched, and a failure to store
it is said plainly, with no grade shown."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from sqlmodel import col, select

from civicquiz.core.db import session_scope, sqlite_path
from civicquiz.core.models import Question
from tests.gui.conftest import Driver
from tests.gui.test_learner_flow import answer_current, stored_responses


def _ids(driver: Driver, qtype: str, count: int) -> list[int]:
    with session_scope(driver.window.controller.engine) as session:
        return list(
            session.exec(
                select(Question.id)
                .where(Question.qtype == qtype)
                .order_by(col(Question.id))
                .limit(count)
            )
        )


def _database_file(driver: Driver) -> Any:
    path = sqlite_path(str(driver.window.controller.require_engine().url))
    assert path is not None
    return path


def _refuse_every_answer(driver: Driver, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The disk refuses every answer from now on; returns the warnings the window shows."""
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: told.append(f"{title}: {text}")
    )
    with sqlite3.connect(_database_file(driver)) as db:
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON response "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    return told


def test_an_untouched_ordering_question_in_an_exam_records_nothing(driver: Driver) -> None:
    driver.new_learner("Examinee")
    ids = _ids(driver, "true_false", 3) + _ids(driver, "ordering", 2)
    driver.window.controller.start_quiz(question_ids=ids, mode="exam", title="Exam")
    quiz = driver.on("quiz")
    answered = []
    for _ in ids:
        if quiz.question.qtype == "ordering":
            assert quiz.widget.answer() is None, "an order nobody touched is not an answer"
        else:
            answer_current(driver, right=True)
            answered.append(quiz.question.id)
        driver.click(quiz.main_button)
    results = driver.on("results")
    assert results.result.correct == 3 and results.result.total == 5
    assert sorted(r.question_id for r in stored_responses(driver.window)) == sorted(answered)


def test_feedback_waits_until_the_answer_is_stored_through_a_lock(
    driver: Driver, qtbot: Any
) -> None:
    driver.new_learner("Patient")
    driver.window.controller.start_quiz(question_ids=_ids(driver, "true_false", 1))
    quiz = driver.on("quiz")
    answer_current(driver, right=True)
    holder = sqlite3.connect(_database_file(driver), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program (an import) is writing
    holder.execute("UPDATE learner SET name = name")
    released: list[bool] = []

    def release() -> None:
        holder.execute("COMMIT")
        holder.close()
        released.append(True)

    try:
        quiz.main_button.click()
        qtbot.wait(400)
        assert not quiz.feedback.isVisible(), "feedback shown for an answer not yet stored"
        assert quiz.saving and not any(b.isEnabled() for b in quiz.widget.buttons)
        quiz.main_button.click()  # pressing again while it is stored does nothing
        assert stored_responses(driver.window) == []
        QTimer.singleShot(100, release)
        driver.idle(quiz.feedback.isVisible)
    finally:
        if not released:
            holder.close()
    assert quiz.feedback.verdict.text() == "Correct!"
    assert len(stored_responses(driver.window)) == 1


def test_an_answer_that_cannot_be_stored_is_not_graded_and_the_learner_is_told(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver.new_learner("Unlucky")
    driver.window.controller.start_quiz(question_ids=_ids(driver, "true_false", 2))
    quiz = driver.on("quiz")
    told = _refuse_every_answer(driver, monkeypatch)
    answer_current(driver, right=True)
    driver.click(quiz.main_button)
    assert not quiz.feedback.isVisible()
    assert len(told) == 1 and told[0].startswith("Answer not saved: Your answer could not be saved")
    assert "It has not been marked" in told[0]
    assert "sqlalchemy" not in told[0].lower() and "sqlite:" not in told[0].lower()
    assert quiz.main_button.isEnabled() and quiz.widget.isEnabled(), "the learner may retry"
    assert stored_responses(driver.window) == []
    with sqlite3.connect(_database_file(driver)) as db:
        db.execute("DROP TRIGGER refuse")
    driver.click(quiz.main_button)  # the retry stores it and only then shows the grade
    assert quiz.feedback.isVisible() and len(stored_responses(driver.window)) == 1


def test_the_window_never_shows_a_raw_database_error(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message, *a: told.append(message))
    driver.on("profiles")
    engine = driver.window.controller.require_engine()

    def broken_job() -> None:
        with engine.connect() as connection:
            connection.execute(text("SELECT * FROM no_such_table"))

    driver.window.controller.run(broken_job)
    driver.idle(lambda: bool(told))
    assert "no_such_table" not in told[0] and "SELECT" not in told[0]
    assert "sqlite" not in told[0].lower() and "sqlalchemy" not in told[0].lower()
    assert "Something went wrong with the database" in told[0]


def test_an_exam_moves_on_while_the_answer_is_written(driver: Driver, qtbot: Any) -> None:
    """No grade is shown in an exam, so the next question comes at once; the answer is
    written behind it (here after another program's lock is released)."""
    driver.new_learner("Quick")
    driver.window.controller.start_quiz(question_ids=_ids(driver, "true_false", 3), mode="exam")
    quiz = driver.on("quiz")
    given = answer_current(driver, right=True)
    holder = sqlite3.connect(_database_file(driver), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    holder.execute("UPDATE learner SET name = name")
    try:
        quiz.main_button.click()
        qtbot.wait(200)
        assert quiz.index == 1 and quiz.widget.answer() is None  # the next one, untouched
        assert stored_responses(driver.window) == []  # still waiting for the lock
    finally:
        holder.execute("COMMIT")
        holder.close()
    driver.idle()
    assert [r.answer for r in stored_responses(driver.window)] == [given]


def test_an_exam_answer_that_cannot_be_written_comes_back_with_a_message(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver.new_learner("Unlucky examinee")
    driver.window.controller.start_quiz(question_ids=_ids(driver, "true_false", 3), mode="exam")
    quiz = driver.on("quiz")
    told = _refuse_every_answer(driver, monkeypatch)
    given = answer_current(driver, right=False)
    first = quiz.question.id
    driver.click(quiz.main_button)  # moves on, then the write fails
    assert len(told) == 1 and told[0].startswith("Answer not saved")
    assert quiz.index == 0 and quiz.question.id == first, "back to the answer not kept"
    assert quiz.widget.answer() == given and quiz.main_button.isEnabled()
    assert stored_responses(driver.window) == []
    with sqlite3.connect(_database_file(driver)) as db:
        db.execute("DROP TRIGGER refuse")
    driver.click(quiz.main_button)  # given again: kept this time
    assert quiz.index == 1
    assert [(r.question_id, r.answer) for r in stored_responses(driver.window)] == [(first, given)]
