"""A classroom seat on a real PostgreSQL server: the server goes away mid-quiz and the
learner keeps working, told calmly; nothing is lost or stored twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from civicquiz import paths
from civicquiz.core.db import session_scope
from civicquiz.core.models import Attempt, Response
from civicquiz.gui.main_window import MainWindow
from tests.conftest import new_pg_database
from tests.gui.conftest import Driver
from tests.gui.test_learner_flow import answer_current
from tests.pgserver import PostgresServer


@pytest.fixture
def seat(
    qtbot: Any, data_dir: Path, stoppable_pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> Any:
    _, url = new_pg_database(stoppable_pg)
    monkeypatch.setenv(paths.DATABASE_URL_ENV, url)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start_loading()
    assert window.controller.wait_loaded()
    yield Driver(qtbot, window)
    window.controller.worker.stop()


def test_the_server_going_away_mid_quiz_loses_nothing(
    seat: Driver, stoppable_pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: told.append(text))
    seat.new_learner("Aru")
    seat.window.controller.start_quiz(size=6)
    quiz = seat.on("quiz")
    given = []

    def answer_one() -> None:
        given.append(answer_current(seat, right=True))
        quiz.main_button.click()
        seat.idle(lambda: quiz.checked)
        assert quiz.feedback.isVisible()  # graded: stored or queued
        quiz.main_button.click()
        seat.idle()

    answer_one()
    answer_one()
    stoppable_pg.stop()
    for _ in range(4):
        answer_one()
    window = seat.window
    assert window.offline_label.isVisible()
    assert "sent when the server is back" in window.offline_label.text()
    assert [t for t in told if "kept safely on this computer" not in t] == []  # no raw errors
    assert window.controller.outbox().pending_count() == 5  # four answers and the finish
    stoppable_pg.start()
    window.controller.outbox().offline_until = 0
    window.controller._drain_soon()
    seat.idle(lambda: not window.offline_label.isVisible())
    assert window.controller.outbox().pending_count() == 0
    with session_scope(window.controller.engine) as session:
        stored = session.exec(select(Response)).all()
    assert len(stored) == 6 and len({r.uid for r in stored}) == 6
    assert {r.computer_id for r in stored} == {window.controller.computer_id()}


def test_a_new_quiz_starts_and_is_answered_while_the_server_is_down(
    seat: Driver, stoppable_pg: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: told.append(text))
    home = seat.new_learner("Dana")
    window = seat.window
    seat.idle(
        lambda: window.controller.outbox().path.exists()
    )  # the copy for offline quizzes is made
    seat.idle()
    # An online quiz first: once it is finished, the copy holds the schedule it left.
    window.controller.start_quiz(size=3)
    online = seat.on("quiz")
    for _ in range(3):
        answer_current(seat, right=False)
        online.main_button.click()
        seat.idle(lambda: online.checked)
        online.main_button.click()
        seat.idle()
    seat.on("results")
    seat.idle()
    with sqlite3.connect(window.controller.outbox().path) as copy:
        cached = copy.execute("SELECT count(*) FROM cached_review").fetchone()[0]
    assert cached == 3
    window.controller.go("home")
    seat.idle()
    stoppable_pg.stop()
    seat.click(home.quick_button)
    quiz = seat.on("quiz")
    assert quiz.data.offline and len(quiz.data.questions) > 0
    assert window.offline_label.isVisible()
    assert "copy kept on this computer" in window.offline_label.text()
    asked = len(quiz.data.questions)
    for _ in range(asked):
        answer_current(seat, right=True)
        quiz.main_button.click()
        seat.idle(lambda: quiz.checked)
        assert quiz.feedback.isVisible() and quiz.feedback.accessibleName() == "Correct!"
        quiz.main_button.click()
        seat.idle()
    assert told and all("kept safely on this computer" in t for t in told)  # no raw errors
    assert window.controller.outbox().pending_count() == asked + 2  # the quiz, its answers, its end
    uid = quiz.data.uid
    # Home cannot read the server: a quiet line says so (no dialog), and another quick
    # quiz still starts.
    window.controller.go("home")
    seat.idle()
    assert window.controller.current_name() == "home" and window.offline_label.isVisible()
    assert "a quick quiz still starts" in window.offline_label.text()
    seat.click(home.quick_button)
    seat.idle(lambda: window.controller.current_name() == "quiz" and quiz.data.uid != uid)
    assert quiz.data.offline and window.controller.outbox().pending_count() == asked + 3
    assert all("kept safely on this computer" in t for t in told)  # still no raw errors
    window.controller.outbox().offline_until = 0
    window.controller._drain_soon()  # the server is still away: nothing is lost, the line stays
    seat.idle()
    assert (
        window.offline_label.isVisible() and window.controller.outbox().pending_count() == asked + 3
    )
    stoppable_pg.start()
    window.controller.outbox().offline_until = 0
    window.controller._drain_soon()
    seat.idle(lambda: not window.offline_label.isVisible())
    assert window.controller.outbox().pending_count() == 0
    with session_scope(window.controller.engine) as session:
        attempt = session.exec(select(Attempt).where(Attempt.uid == uid)).one()
        stored = session.exec(select(Response).where(Response.attempt_id == attempt.id)).all()
    assert attempt.finished_at is not None and len(stored) == asked
    assert all(r.correct for r in stored)


def test_the_teacher_sees_who_is_working_and_merges_results_files(
    seat: Driver, bank: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.core.test_results_file import seat_with_answers
    from tests.gui.test_teacher import unlock

    # A learner answering on this computer, through the window.
    seat.new_learner("Aru")
    seat.window.controller.start_quiz(size=5)
    quiz = seat.on("quiz")
    for _ in range(2):
        answer_current(seat, right=True)
        quiz.main_button.click()
        seat.idle(lambda: quiz.checked)
        quiz.main_button.click()
        seat.idle()
    # A results file from a computer without the server, on a USB stick, copied twice.
    other = seat_with_answers(tmp_path, bank, ["Ben"], answers=3)
    from civicquiz.core.db import session_scope
    from civicquiz.core.results_file import export_results

    stick = tmp_path / "stick"
    stick.mkdir()
    with session_scope(other) as session:
        export_results(session, stick / "seat-7.json", "seat-7")
    other.dispose()
    (stick / "copy.json").write_bytes((stick / "seat-7.json").read_bytes())

    teacher = unlock(seat)
    teacher.tabs.setCurrentWidget(teacher.classroom)
    tab = teacher.classroom
    seat.idle(lambda: bool(tab.live_rows))
    (row,) = tab.live_rows
    assert (row.learner, row.quiz_answered, row.quiz_asked, row.answered) == ("Aru", 2, 5, 2)
    assert row.computer == seat.window.controller.computer_id()
    assert "1 learner answered" in tab.live_note.text()

    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda *a, **k: ([str(stick / "seat-7.json"), str(stick / "copy.json")], ""),
    )
    tab.merge_button.click()
    seat.idle(lambda: "Merged" in tab.files_message.text())
    assert "added 3 answers in 1 quizzes and 1 new learners" in tab.files_message.text()
    assert "3 answers were already there" in tab.files_message.text()
    tab.refresh_live()
    seat.idle(lambda: len(tab.live_rows) == 2)  # Ben's merged answers are recent too


def test_a_teacher_defines_classes_and_a_seat_shows_its_class_behind_pins(
    driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tests.gui.test_teacher import unlock

    teacher = unlock(driver)
    teacher.tabs.setCurrentWidget(teacher.classroom)
    tab = teacher.classroom
    for name in ("7A", "7B"):
        tab.class_field.setText(name)
        tab.add_class_button.click()
        driver.idle(
            lambda n=name: any(
                tab.class_list.item(i).text() == n for i in range(tab.class_list.count())
            )
        )
    driver.window.controller.go("profiles")
    profiles = driver.on("profiles")
    driver.idle(lambda: profiles.class_picker.isVisible())
    picker = profiles.class_picker.choice
    assert [picker.itemText(i) for i in range(picker.count())] == ["All learners", "7A", "7B"]
    picker.setCurrentIndex(1)
    picker.activated.emit(1)  # the learner picks 7A on this seat, once
    driver.idle()
    driver.new_learner("Aru")  # joins 7A
    driver.window.controller.go("profiles")
    profiles = driver.on("profiles")
    picker = profiles.class_picker.choice
    picker.setCurrentIndex(2)
    picker.activated.emit(2)
    driver.idle()
    assert profiles.learners == []  # 7B has nobody yet
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    driver.idle(lambda: len(profiles.learners) == 1)
    # Aru protects the profile with a PIN; opening it then asks for the PIN.
    answers = iter(["12", "2468", "1111", "2468"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(answers), True))
    profiles.list.setCurrentRow(0)
    profiles.pin_button.click()  # no PIN yet: asks only for the new one; 12 is too short
    driver.idle()
    assert "4 to 6 digits" in profiles.message.text()
    profiles.pin_button.click()
    driver.idle(lambda: "protected by a PIN" in profiles.message.text())
    driver.window.controller.learner_id = None
    profiles.open_selected()  # a wrong PIN: stays here
    driver.idle()
    assert (
        "not right" in profiles.message.text()
        and driver.window.controller.current_name() == "profiles"
    )
    profiles.open_selected()
    driver.on("home")
    assert driver.window.controller.learner_name == "Aru"


def test_window_and_language_are_remembered_by_this_computer(qtbot: Any, data_dir: Path) -> None:
    from civicquiz import computer

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(720, 520)  # within the offscreen screen (800 x 600)
    first.show()
    first.start_loading()
    assert first.controller.wait_loaded()
    first.controller._apply(first.controller.settings | {"language": "ru"})
    size = (first.width(), first.height())
    first.close()
    stored = computer.load(data_dir)
    assert stored["language"] == "ru" and stored["window"]
    second = MainWindow()
    qtbot.addWidget(second)
    second.restore_window()
    second.show()
    second.start_loading()
    assert second.controller.wait_loaded()
    assert (second.width(), second.height()) == size != (1100, 760)  # not the default size
    Driver(qtbot, second).on("profiles")
    assert (
        second.controller.settings["language"] == "ru"
    )  # no learner yet: this computer's language
    assert second.nav["home"].text() == "Главная"
    second.controller._apply(second.controller.settings | {"language": "en"})
    second.controller.worker.stop()
