"""A long session with a large class: Progress and the teacher's class results opened
hundreds of times (200 each). PySide6 6.12.0 aborted the interpreter here (see test_binding.py); the
tables are now on model/view, so each opening is a handful of binding calls, not one per
cell, and nothing leaks."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import Driver
from tests.gui.test_teacher import unlock
from tests.large_class import fill_class

LEARNERS = 300
QUIZZES = 20
ANSWERS = 5


def test_progress_and_class_results_opened_hundreds_of_times(
    driver: Driver, data_dir: Path
) -> None:
    driver.on("profiles")
    first = fill_class(
        data_dir / "civicquiz.sqlite3", learners=LEARNERS, quizzes=QUIZZES, answers=ANSWERS
    )
    window = driver.window
    none_before = sys.getrefcount(None)

    window.controller.switch_learner(first, "Learner 1-0000")
    driver.on("home")
    progress = None
    for _ in range(200):
        window.controller.go("progress")
        progress = driver.on("progress")
        QApplication.processEvents()  # painted, not just filled
        window.controller.go("home")
        driver.on("home")
    assert progress is not None
    assert progress.history.rowCount() == QUIZZES  # the learner's whole (capped) history
    assert progress.history.item(0, 2).text() == f"{ANSWERS}/{ANSWERS}"

    teacher = unlock(driver)
    teacher.tabs.setCurrentIndex(2)
    data = teacher.data
    assert teacher.learners.rowCount() == LEARNERS
    assert teacher.attempts.rowCount() == LEARNERS * QUIZZES
    for round_ in range(200):
        if round_ % 40 == 0:
            teacher.refresh()  # read from the database again, as opening the screen does
            driver.idle()
            data = teacher.data
        else:
            teacher._show(data)
        teacher.result_tabs.setCurrentIndex(round_ % 3)
        QApplication.processEvents()
    assert teacher.attempts.rowCount() == LEARNERS * QUIZZES
    assert teacher.items.rowCount() == len(data["items"]) > 0

    if sys.version_info < (3, 12):  # None is immortal from 3.12
        lost = none_before - sys.getrefcount(None)
        assert lost < 1000, f"the session lost {lost} references to None"
