"""A learner's whole journey through the real window, checked against the database."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)
from sqlmodel import col, select

from civicquiz.core.bank import QUESTION_TYPES, Bank
from civicquiz.core.db import session_scope
from civicquiz.core.models import Attempt, Learner, Question, Response
from civicquiz.gui.main_window import MainWindow
from tests.gui.conftest import Driver


def one_of_each_type(window: MainWindow) -> list[int]:
    """A question of each type the built-in bank has (embedded answers come only from
    teachers' files: tests/gui/test_cloze_widget.py takes one through a quiz)."""
    with session_scope(window.controller.engine) as session:
        found = [
            session.exec(
                select(Question.id).where(Question.qtype == qtype).order_by(col(Question.id))
            ).first()
            for qtype in QUESTION_TYPES
        ]
    return [i for i in found if i is not None]


def stored_responses(window: MainWindow) -> list[Response]:
    with session_scope(window.controller.engine) as session:
        return list(session.exec(select(Response).order_by(col(Response.id))))


def test_first_start_asks_who_is_learning_and_creates_the_profile(driver: Driver) -> None:
    home = driver.new_learner("Aigerim")
    assert home.greeting.text() == "Hello, Aigerim"
    assert home.view is not None and len(home.view.topics) == 12  # the bank's topics
    with session_scope(driver.window.controller.engine) as session:
        assert [lr.name for lr in session.exec(select(Learner))] == ["Aigerim"]


def hold_the_full_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The window's full open (SQLAlchemy, the database made or upgraded, the bank) waits
    on the worker until the returned event is set."""
    from civicquiz.services import app_data

    opening = threading.Event()
    real_open = app_data.open_for_window

    def held_open(*args: Any, **kwargs: Any) -> Any:
        opening.wait(20)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(app_data, "open_for_window", held_open)
    return opening


def test_a_first_start_shows_the_profiles_while_the_database_is_made(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The profile screen does not wait for the database to be created and the bank
    loaded: it is up while that runs, and a name typed at once is stored after it."""
    opening = hold_the_full_open(monkeypatch)  # until the name is typed
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.start_loading()
    qtbot.waitUntil(lambda: win.controller.current_name() == "profiles", timeout=20_000)
    assert win.controller.engine is None and not (data_dir / "civicquiz.sqlite3").exists()
    driver = Driver(qtbot, win)
    profiles = win.controller.screens["profiles"]
    QTest.keyClicks(profiles.name_field, "Dana")
    QTest.keyClick(profiles.name_field, Qt.Key.Key_Return)
    opening.set()
    assert driver.on("home").greeting.text() == "Hello, Dana"
    with session_scope(win.controller.engine) as session:
        assert [lr.name for lr in session.exec(select(Learner))] == ["Dana"]
    win.controller.worker.stop()


def test_quick_quiz_clicked_before_the_database_is_open_starts_the_quiz(
    qtbot: Any, driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The home screen is up before the full open (read with sqlite3 alone); an eager
    click on Quick quiz then waits for the open and starts the quiz, instead of failing."""
    driver.new_learner("Eager")
    driver.window.close()
    opening = hold_the_full_open(monkeypatch)
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.start_loading()
    qtbot.waitUntil(lambda: again.controller.current_name() == "home", timeout=20_000)
    assert again.controller.engine is None  # the quick read put the home screen up
    again.controller.screens["home"].quick_button.click()
    opening.set()
    quiz = Driver(qtbot, again).on("quiz")
    assert quiz.data is not None and len(quiz.data.questions) == 10
    again.controller.worker.stop()


def test_a_refused_name_is_explained_until_the_learner_types_again(driver: Driver) -> None:
    profiles = driver.on("profiles")
    profiles.name_field.setFocus()
    driver.type("   ", profiles.name_field)
    driver.key(Qt.Key.Key_Return, profiles.name_field)
    driver.idle(lambda: profiles.message.text() == "A learner needs a name.")
    driver.type("A", profiles.name_field)
    assert profiles.message.text() == "No learners yet: type your name and press Enter."
    driver.type("igerim", profiles.name_field)
    driver.key(Qt.Key.Key_Return, profiles.name_field)
    assert driver.on("home").greeting.text() == "Hello, Aigerim"


def test_the_last_learner_is_remembered(qtbot: Any, driver: Driver) -> None:
    driver.new_learner("Bolat")
    driver.window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.start_loading()
    assert again.controller.wait_loaded()
    Driver(qtbot, again).on("home")
    assert again.controller.learner_name == "Bolat"
    again.controller.worker.stop()


def test_reading_a_lesson_then_practising_its_topic(driver: Driver) -> None:
    home = driver.new_learner("Lesson reader")
    topic = next(t for t in home.view.topics if t.key == "peoples-council")
    driver.window.controller.go("lesson", topic_id=topic.topic_id)
    lesson = driver.on("lesson")
    text = lesson.text.toPlainText()
    assert "Halyk Kenesi" in text and "Sources" in text and "line" in text
    lesson.practice.click()
    quiz = driver.on("quiz")
    assert all(q.topic == topic.title for q in quiz.data.questions)


def answer_current(driver: Driver, right: bool) -> dict[str, Any]:
    quiz = driver.window.controller.screens["quiz"]
    question = quiz.question
    answer = question.correct_answer() if right else wrong_answer(question)
    quiz.widget.set_answer(answer)
    return quiz.widget.answer()


def wrong_answer(question: Any) -> dict[str, Any]:
    right = question.correct_answer()
    if question.qtype == "single_choice":
        return {"option": next(o.key for o in question.options if not o.correct)}
    if question.qtype == "true_false":
        return {"value": not right["value"]}
    if question.qtype == "multiple_choice":
        return {"options": [o.key for o in question.options if not o.correct][:1]}
    if question.qtype == "short_answer":
        return {"text": "something else"}
    if question.qtype == "numeric":
        return {"value": right["value"] + 1000}
    if question.qtype == "matching":
        return {"pairs": {k: question.match_choices[0] for k in right["pairs"]}}
    return {"order": list(reversed(right["order"]))}


def test_a_practice_quiz_with_every_question_type(driver: Driver) -> None:
    driver.new_learner("All types")
    ids = one_of_each_type(driver.window)
    driver.window.controller.start_quiz(question_ids=ids, title="Every type")
    quiz = driver.on("quiz")
    given = {}
    for index in range(len(ids)):
        assert quiz.index == index
        assert (
            type(quiz.widget).__name__.lower().startswith(quiz.question.qtype.replace("_", "")[:5])
        )
        given[quiz.question.id] = answer_current(driver, right=index % 2 == 0)
        driver.click(quiz.main_button)  # Check
        assert quiz.feedback.isVisible()
        expected = "Correct!" if index % 2 == 0 else "Not quite."
        assert quiz.feedback.verdict.text() in (
            expected,
            "Partly right (50%)",
            "Partly right (33%)",
        )
        assert quiz.feedback.citation.text().startswith("Source:")
        driver.click(quiz.main_button)  # Next / See results
    results = driver.on("results")
    assert results.result.total == 7 and results.result.correct == 4
    stored = stored_responses(driver.window)
    assert {r.question_id: r.answer for r in stored} == given
    assert [r.correct for r in stored] == [i % 2 == 0 for i in range(7)]
    assert results.retry_button.text() == "Retry mistakes (3)"
    results.retry_button.click()
    retry = driver.on("quiz")
    assert [q.id for q in retry.data.questions] == [r.question_id for r in stored if not r.correct]


def test_an_exam_gives_feedback_only_at_the_end(driver: Driver) -> None:
    driver.new_learner("Examinee")
    driver.window.controller.start_quiz(size=5, mode="exam", time_limit_s=600, title="Exam")
    quiz = driver.on("quiz")
    assert quiz.timer_label.text().endswith("left")
    for index in range(5):
        if index < 3:
            answer_current(driver, right=True)
        driver.click(quiz.main_button)  # Next / Finish; the last two are left blank
        assert not quiz.feedback.isVisible()
    results = driver.on("results")
    assert results.result.correct == 3 and results.result.total == 5
    assert len(stored_responses(driver.window)) == 3
    with session_scope(driver.window.controller.engine) as session:
        assert session.exec(select(Attempt)).one().finished_at is not None


def test_a_quiz_is_completed_with_the_keyboard_alone(driver: Driver) -> None:
    driver.new_learner("Keyboard")
    with session_scope(driver.window.controller.engine) as session:
        ids = list(
            session.exec(
                select(Question.id)
                .where(col(Question.qtype).in_(["single_choice", "true_false"]))
                .limit(6)
            )
        )
    driver.window.controller.start_quiz(question_ids=ids)
    quiz = driver.on("quiz")
    for _ in ids:
        driver.key(Qt.Key.Key_1)  # the number key picks option 1
        assert quiz.widget.answer() is not None
        driver.key(Qt.Key.Key_Return)  # Enter checks
        driver.idle(quiz.feedback.isVisible)
        driver.key(Qt.Key.Key_Return)  # Enter moves on
    driver.on("results")
    assert len(stored_responses(driver.window)) == len(ids)


def test_escape_leaves_a_quiz_which_then_resumes_where_it_stopped(driver: Driver) -> None:
    driver.new_learner("Resumer")
    driver.window.controller.start_quiz(size=4)
    quiz = driver.on("quiz")
    for _ in range(2):
        answer_current(driver, right=True)
        driver.click(quiz.main_button)
        driver.click(quiz.main_button)
    driver.key(Qt.Key.Key_Escape)
    home = driver.on("home")
    assert home.continue_button.isVisible() and "(2 of 4)" in home.continue_button.text()
    home.continue_button.click()
    resumed = driver.on("quiz")
    assert resumed.index == 2 and resumed.position.text() == "Question 3 of 4"


def test_progress_shows_mastery_and_history_after_practice(driver: Driver) -> None:
    driver.new_learner("Progressing")
    driver.window.controller.start_quiz(size=3)
    quiz = driver.on("quiz")
    for _ in range(3):
        answer_current(driver, right=True)
        driver.click(quiz.main_button)
        driver.click(quiz.main_button)
    driver.on("results")
    driver.window.controller.go("progress")
    progress = driver.on("progress")
    assert progress.history.rowCount() == 1 and progress.history.item(0, 2).text() == "3/3"
    assert any(value > 0 for _, value in progress.mastery.bars)
    assert progress.accuracy.points and progress.accuracy.points[-1][1] == 1.0


def test_settings_change_theme_and_text_size_and_are_kept(driver: Driver) -> None:
    driver.new_learner("Settler")
    driver.window.controller.go("settings")
    settings = driver.on("settings")
    settings.theme.setCurrentIndex(settings.theme.findData("contrast"))
    settings.text_size.setValue(200)
    driver.idle()
    app = QApplication.instance()
    assert app.palette().window().color().name() == "#000000"
    assert app.font().pointSizeF() == 22.0
    with session_scope(driver.window.controller.engine) as session:
        learner = session.exec(select(Learner)).one()
        assert learner.settings["theme"] == "contrast" and learner.settings["font_scale"] == 2.0


def interactive_widgets(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox)
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QLabel):
            continue
        name = widget.metaObject().className()
        if isinstance(widget, kinds) or name in (
            "QListWidget",
            "QTextBrowser",
            "QSlider",
            "QTableWidget",
            "_OrderList",
        ):
            if name in ("QScrollBar", "QTabBar") or widget.objectName().startswith("qt_"):
                continue
            found.append(widget)
    return found


def test_every_interactive_widget_has_an_accessible_name(driver: Driver) -> None:
    missing: list[str] = []

    def check(screen: str) -> None:
        for widget in interactive_widgets(driver.window):
            if not widget.accessibleName():
                missing.append(
                    f"{screen}: {widget.metaObject().className()} {getattr(widget, 'text', lambda: '')()}"
                )

    check("profiles")
    driver.new_learner("Accessible")
    check("home")
    driver.window.controller.start_quiz(question_ids=one_of_each_type(driver.window))
    quiz = driver.on("quiz")
    for _ in range(7):
        check(f"quiz {quiz.question.qtype}")
        answer_current(driver, right=True)
        driver.click(quiz.main_button)
        check("feedback")
        driver.click(quiz.main_button)
    driver.on("results")
    check("results")
    for name in ("progress", "settings"):
        driver.window.controller.go(name)
        driver.on(name)
        check(name)
    assert missing == []


def test_text_at_200_percent_is_not_clipped(driver: Driver) -> None:
    driver.new_learner("Large text")
    driver.window.controller.apply_settings(font_scale=2.0)
    driver.window.controller.go("home")
    driver.on("home")
    driver.window.controller.start_quiz(question_ids=one_of_each_type(driver.window))
    quiz = driver.on("quiz")
    clipped = []
    for _ in range(7):
        QApplication.processEvents()
        for widget in driver.window.findChildren(QAbstractButton):
            if widget.isVisible() and widget.width() < widget.sizeHint().width() - 2:
                clipped.append(f"{quiz.question.qtype}: button {widget.text()!r}")
        for label in driver.window.findChildren(QLabel):
            if (
                label.isVisible()
                and not label.wordWrap()
                and label.width() < label.sizeHint().width() - 2
            ):
                clipped.append(f"{quiz.question.qtype}: label {label.text()[:40]!r}")
        answer_current(driver, right=True)
        driver.click(quiz.main_button)
        driver.click(quiz.main_button)
    assert clipped == []


def test_a_returning_learner_sees_home_at_once_and_can_practise(qtbot: Any, driver: Driver) -> None:
    driver.new_learner("Returning")
    driver.window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.start_loading()
    second = Driver(qtbot, again)
    home = second.on("home")
    assert home.view is not None and len(home.view.topics) == 12  # the bank's topics
    assert again.controller.engine is not None  # the full open followed the quick read
    again.controller.start_quiz(size=2)
    quiz = second.on("quiz")
    answer_current(second, right=True)
    second.click(quiz.main_button)
    assert len(stored_responses(again)) == 1
    again.controller.worker.stop()


def test_loading_the_bank_on_a_first_start_shows_progress(
    qtbot: Any, data_dir: Any, bank: Bank
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    events: list[tuple[str, int, int]] = []
    window.controller.worker.progress.connect(lambda *event: events.append(event))
    with qtbot.waitSignal(window.controller.data_opened, timeout=60_000):
        window.start_loading()
    window.controller.worker.stop()
    assert events, "no progress was shown while the bank loaded"
    what, done, total = events[-1]
    assert done == total == len(bank.questions) and "question bank" in what
    bar = window.statusBar().findChild(QProgressBar)
    assert bar is not None and bar.value() == bar.maximum()


def test_deleting_a_profile_asks_first(driver: Driver, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    driver.new_learner("Keep me")
    driver.window.controller.go("profiles")
    profiles = driver.on("profiles")
    profiles.list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    profiles.delete_selected()
    driver.idle()
    assert profiles.list.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    profiles.delete_selected()
    driver.on("profiles")
    driver.idle()
    assert profiles.list.count() == 0 and "was deleted" in profiles.message.text()
    with session_scope(driver.window.controller.engine) as session:
        assert session.exec(select(Learner)).all() == []
