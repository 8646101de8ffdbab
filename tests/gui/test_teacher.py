"""A teacher brings in bank files (ours, and the corpus when present), builds an exam, learners take it, results are
exported: all through the window."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from civicquiz.core.db import session_scope
from civicquiz.core.models import Bank, Exam
from civicquiz.core.pins import check_pin
from tests.gui.conftest import Driver
from tests.gui.test_learner_flow import answer_current

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "banks"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def unlock(driver: Driver, pin: str = "2580") -> Any:
    driver.window.controller.go("teacher")
    teacher = driver.on("teacher")
    if teacher.creating:
        teacher.pin.setText(pin)
        teacher.pin_again.setText(pin)
    else:
        teacher.pin.setText(pin)
    teacher.submit_pin()
    driver.idle()
    return teacher


def test_the_teacher_screens_are_behind_a_pin(driver: Driver) -> None:
    driver.on("profiles")
    teacher = unlock(driver)  # the first visit sets the PIN
    assert teacher.unlocked and teacher.pages.currentIndex() == 1
    driver.window.controller.back()
    driver.window.controller.go("teacher")
    driver.on("teacher")
    assert not teacher.unlocked and not teacher.creating
    for _ in range(3):
        teacher.pin.setText("1111")
        teacher.submit_pin()
        driver.idle()
    assert teacher.gate_message.text() == "That PIN is not right."
    teacher.pin.setText("2580")
    teacher.submit_pin()
    driver.idle()
    assert "Try again in" in teacher.gate_message.text() and not teacher.unlocked


@dataclass(frozen=True)
class TeacherFiles:
    aiken: Path  # with broken questions: refused whole, then imported without them
    refused_at: str  # the first problem's FILE:LINE
    valid: int  # the good questions in it
    gift: Path
    gift_key: str
    exported: int  # at least this many questions in its Moodle XML export


OUR_FILES = TeacherFiles(
    FIXTURES / "banks" / "civics_errors.aiken.txt",
    "civics_errors.aiken.txt:9",
    4,
    FIXTURES / "banks" / "civics.gift.txt",
    "civics",
    6,
)
CORPUS_FILES = TeacherFiles(
    CORPUS / "aiken" / "aiken_errors.txt",
    "aiken_errors.txt:18",
    3,
    CORPUS / "gift" / "questions.gift.txt",
    "questions",
    7,
)


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(OUR_FILES, id="our-fixtures"),
        pytest.param(
            CORPUS_FILES,
            id="shared-corpus",
            marks=pytest.mark.skipif(
                not CORPUS.is_dir(), reason="the bank corpus (../shared/corpus) is not available"
            ),
        ),
    ],
)
def test_import_with_preview_then_exam_then_results(
    driver: Driver, tmp_path: Path, files: TeacherFiles
) -> None:
    driver.on("profiles")
    teacher = unlock(driver)
    teacher.preview_file(files.aiken)
    driver.idle()
    assert not teacher.confirm_button.isEnabled()
    assert files.refused_at in teacher.preview_text.toPlainText()
    teacher.skip_invalid.setChecked(True)
    driver.idle()
    assert (
        teacher.confirm_button.isEnabled()
        and f"{files.valid} questions will be imported" in teacher.preview_text.toPlainText()
    )
    teacher.confirm_import()
    driver.idle()
    teacher.preview_file(files.gift)
    driver.idle()
    teacher.confirm_import()
    driver.idle()
    aiken_key = files.aiken.name.split(".")[0].replace("_", "-")
    with session_scope(driver.window.controller.engine) as session:
        assert {b.key for b in session.exec(select(Bank))} == {
            "kz-constitution-2026",
            aiken_key,
            files.gift_key,
        }

    # The list reloaded by itself (the import broadcast that banks changed).
    gift_row = next(
        r
        for r in range(teacher.banks.rowCount())
        if teacher.banks.item(r, 1).text() == files.gift_key
    )
    teacher.banks.setCurrentCell(gift_row, 0)
    exported = tmp_path / "questions.xml"
    teacher.export_bank(files.gift_key, "moodle-xml", exported)
    driver.idle()
    assert exported.read_text().count('<question type="') >= files.exported

    teacher.exam_title.setText("Reform check")
    teacher.exam_size.setValue(3)
    for i in range(teacher.exam_topics.count()):
        if teacher.exam_topics.item(i).text() == "Who's who in the reform":
            teacher.exam_topics.item(i).setCheckState(Qt.CheckState.Checked)
    teacher.create_exam()
    driver.idle()
    assert "open" in teacher.exam_message.text()
    with session_scope(driver.window.controller.engine) as session:
        exam = session.exec(select(Exam)).one()
        assert exam.size == 3 and exam.time_limit_s == 20 * 60 and len(exam.topic_ids) == 1

    driver.window.controller.go("profiles")
    home = driver.new_learner("Dana")
    buttons = [
        b for b in home.findChildren(type(home.quick_button)) if b.text().startswith("Reform check")
    ]
    assert buttons, "the learner does not see the exam"
    buttons[0].click()
    start = driver.on("exam_start")  # the rules and time limit come before the clock
    driver.idle(lambda: start.start.isEnabled())
    assert "3 questions, 20 minutes" in start.text.toPlainText()
    driver.click(start.start)
    quiz = driver.on("quiz")
    assert quiz.data.mode == "exam" and len(quiz.data.questions) == 3
    for _ in range(3):
        answer_current(driver, right=True)
        driver.click(quiz.main_button)
    driver.on("results")

    teacher = unlock(driver)
    assert teacher.attempts.rowCount() == 1 and teacher.attempts.item(0, 5).text() == "passed"
    assert teacher.learners.item(0, 0).text() == "Dana"
    assert any(v > 0 for _, v in teacher.class_chart.bars)
    target = tmp_path / "class.csv"
    teacher.export_csv(target, items=False)
    driver.idle()
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows[0]["learner"] == "Dana" and rows[0]["passed"] == "yes"


def test_a_spreadsheet_with_an_unknown_layout_is_mapped_then_imported(
    driver: Driver, tmp_path: Path
) -> None:
    from civicquiz.gui.screens.teacher import ColumnMapDialog

    path = tmp_path / "sheet.csv"
    path.write_text(
        "No.,Prompt,First,Second,Key\n1,Capital?,Astana,Almaty,1\n2,Chambers?,One,Two,One\n",
        encoding="utf-8",
    )
    driver.on("profiles")
    teacher = unlock(driver)
    teacher.preview_file(path)
    driver.idle()
    assert not teacher.confirm_button.isEnabled() and teacher.map_button.isVisible()
    dialog = ColumnMapDialog(teacher, ["No.", "Prompt", "First", "Second", "Key"])
    for box, role in zip(
        dialog.boxes, ["ignore", "question", "option", "option", "answer"], strict=True
    ):
        box.setCurrentIndex(box.findData(role))
    assert all(box.accessibleName().startswith("Column") for box in dialog.boxes)
    teacher.preview_file(path, columns=dialog.mapping())
    driver.idle()
    assert (
        teacher.confirm_button.isEnabled()
        and "2 questions will be imported" in teacher.preview_text.toPlainText()
    )


def test_a_teacher_turns_the_kiosk_on_for_the_next_start(driver: Driver) -> None:
    from civicquiz.core.kiosk import kiosk_settings

    driver.on("profiles")
    teacher = unlock(driver)
    assert teacher.kiosk_start.isVisible() and not teacher.kiosk_start.isChecked()
    said: list[str] = []
    answer_supervisor_dialog(teacher, [("135799", "135790"), ("1357", "1357"),
                                       ("135799", "135799")], said)  # fmt: skip
    teacher.kiosk_start.setChecked(True)
    driver.idle(lambda: len(said) == 3)
    driver.idle()
    assert said[:2] == [
        "The two PINs differ; type them again.",
        "A supervisor PIN is 6 to 12 digits.",
    ]
    assert kiosk_settings(driver.window.controller.here()).enabled
    with session_scope(driver.window.controller.engine) as session:
        assert check_pin(session, "135799", role="supervisor").ok


def answer_supervisor_dialog(
    teacher: Any, entries: list[tuple[str, str] | None], said: list[str]
) -> None:
    """Type into the supervisor PIN dialog when it opens (None: press Cancel)."""
    from PySide6.QtCore import QTimer

    from civicquiz.gui.screens.teacher import SupervisorPinDialog

    pending = list(entries)
    timer = QTimer(teacher)

    def poll() -> None:
        dialog = next((d for d in teacher.findChildren(SupervisorPinDialog) if d.isVisible()), None)
        if dialog is None or not pending:
            if not pending:
                timer.stop()
            return
        entry = pending.pop(0)
        if entry is None:
            said.append("cancel")
            dialog.reject()
            return
        dialog.first.setText(entry[0])
        dialog.second.setText(entry[1])
        dialog.check()
        said.append(dialog.message.text() if dialog.isVisible() else "accepted")

    timer.timeout.connect(poll)
    timer.start(50)


def test_no_kiosk_is_set_up_without_a_supervisor_pin(driver: Driver) -> None:
    from civicquiz.core.kiosk import kiosk_settings
    from civicquiz.core.pins import has_pin

    driver.on("profiles")
    teacher = unlock(driver)
    said: list[str] = []
    answer_supervisor_dialog(teacher, [None], said)
    teacher.kiosk_start.setChecked(True)
    driver.idle(lambda: said == ["cancel"])
    driver.idle()
    assert not teacher.kiosk_start.isChecked()
    assert not kiosk_settings(driver.window.controller.here()).enabled
    with session_scope(driver.window.controller.engine) as session:
        assert not has_pin(session, role="supervisor")
