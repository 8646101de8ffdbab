"""Paper worksheets and exams: a PDF through Qt's writer, questions numbered and options
lettered, room to write, sources, a separate key; A4 or Letter; large print."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from civicquiz.core.bank import Bank, Citation, NumericAnswer, Option, Question
from civicquiz.core.db import session_scope
from civicquiz.gui.paper import PaperOptions, answer_text, key_html, print_paper, worksheet_html


def bank() -> Bank:
    questions = [
        Question(key="one", qtype="single_choice", stem="How many chambers?",
                 options=[Option("a", "One", True), Option("b", "Two")],
                 sources=[Citation("Draft constitution, Article 50", lines=(3,))]),
        Question(key="num", qtype="numeric", stem="Seats in the Kurultai?", numeric=[NumericAnswer(145)]),
        Question(key="tf", qtype="true_false", stem="The referendum was in March.",
                 options=[Option("true", "True", True), Option("false", "False")]),
        Question(key="m", qtype="matching", stem="Match", options=[
            Option("m0", "Kurultai", True, match="laws"), Option("m1", "Court", True, match="verdicts")]),
        Question(key="o", qtype="ordering", stem="Order", options=[
            Option("a", "Draft", True), Option("b", "Vote", True)]),
        Question(key="s", qtype="short_answer", stem="Capital?", options=[Option("s0", "Astana", True)]),
    ] * 4  # fmt: skip
    return Bank(key="b", title="Reform", questions=questions)


def pages(pdf: Path) -> tuple[int, str]:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    return len(boxes), f"{float(boxes[0][0]):.0f}x{float(boxes[0][1]):.0f}"


def test_an_exam_and_its_key_on_a4_and_letter_and_in_large_print(
    qapp: QApplication, tmp_path: Path
) -> None:
    b = bank()
    sheet, key = print_paper(b, b.questions, tmp_path / "exam.pdf", PaperOptions(title="Exam"))
    assert key == tmp_path / "exam-key.pdf"
    normal, size = pages(sheet)
    assert size == "595x842" and normal >= 2 and pages(key)[0] >= 1
    letter, _ = print_paper(
        b, b.questions, tmp_path / "letter.pdf", PaperOptions(title="Exam", page="letter")
    )
    assert pages(letter)[1] == "612x792"
    large, _ = print_paper(
        b, b.questions, tmp_path / "large.pdf", PaperOptions(title="Exam", large_print=True)
    )
    assert pages(large)[0] > normal  # bigger type takes more pages


def test_numbered_lettered_room_to_write_sources_and_a_key(qapp: QApplication) -> None:
    questions = bank().questions[:6]
    sheet = worksheet_html(questions, PaperOptions(title="Exam"))
    assert "<b>1.</b> How many chambers?" in sheet and "<b>6.</b> Capital?" in sheet
    assert "<b>A</b></td><td>One" in sheet and "<b>B</b></td><td>Two" in sheet
    assert "Draft constitution, Article 50" in sheet and "Name:" in sheet
    assert sheet.count("border-bottom") >= 4  # ruled lines under the written answers
    assert "Astana" not in sheet and "145" not in sheet  # no answers on the worksheet
    key = key_html(questions, PaperOptions(title="Exam"))
    assert [answer_text(q) for q in questions] == [
        "A (One)", "145", "True", answer_text(questions[3]), "Draft → Vote", "Astana"]  # fmt: skip
    assert re.fullmatch(r"1–[AB], 2–[AB]", answer_text(questions[3]))
    assert "Answer key: Exam" in key


def test_the_print_command_writes_both_files(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    run = subprocess.run([sys.executable, "-m", "civicquiz", "--data-dir", str(tmp_path / "d"), "print",
                          "kz-constitution-2026", "--count", "5", "-o", str(out), "--page", "letter"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "(5 questions)" in run.stdout and pages(out)[1] == "612x792"
    assert (tmp_path / "sheet-key.pdf").exists()


def test_an_exam_a_teacher_set_prints_from_its_topics(tmp_path: Path) -> None:
    from sqlmodel import select

    from civicquiz.core import models
    from civicquiz.core.exams import create_exam
    from civicquiz.services import open_app_data

    data = open_app_data(str(tmp_path / "d"))
    with session_scope(data.engine) as session:
        topic = session.exec(select(models.Topic)).first()
        assert topic is not None and topic.id is not None
        create_exam(session, title="Unit test", size=3, topic_ids=[topic.id])
        session.commit()
        key = topic.key
    out = tmp_path / "exam.pdf"
    run = subprocess.run([sys.executable, "-m", "civicquiz", "--data-dir", str(tmp_path / "d"), "print",
                          "--exam", "Unit test", "-o", str(out)],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "(3 questions)" in run.stdout and pages(out)[0] >= 1
    assert key
    wrong = subprocess.run([sys.executable, "-m", "civicquiz", "--data-dir", str(tmp_path / "d"), "print",
                            "--exam", "Nope", "-o", str(out)], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert wrong.returncode == 1 and "Unit test" in wrong.stderr


def test_the_teachers_print_button_writes_the_pdf_and_its_key(
    driver: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from civicquiz.gui.screens.print_dialog import PrintDialog
    from tests.gui.test_teacher import unlock

    driver.on("profiles")
    teacher = unlock(driver)
    driver.idle(lambda: teacher.banks.model().rowCount() > 0)
    teacher.banks.selectRow(0)
    driver.click(teacher.print_button)
    driver.idle(lambda: isinstance(getattr(teacher, "print_dialog", None), PrintDialog))
    dialog = teacher.print_dialog
    assert dialog.isVisible() and dialog.chosen() == ("bank", "kz-constitution-2026")
    assert dialog.topic.count() > 2  # "All topics" and the bank's topics
    dialog.count.setValue(30)
    dialog.page.setCurrentIndex(dialog.page.findData("letter"))
    target = tmp_path / "worksheet"  # no suffix: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    driver.click(dialog.save_button)
    driver.idle(lambda: dialog.written is not None)
    written = dialog.written
    assert written.sheet == tmp_path / "worksheet.pdf" and written.key.is_file()
    count, size = pages(written.sheet)
    assert size == "612x792" and count == written.sheet_pages >= 2
    assert pages(written.key)[0] == written.key_pages >= 1
    assert f"on {count} pages" in dialog.message.text()
    # The same choice through `civicquiz print` (its own database, the same bank) gives
    # the same number of pages; in large print, more.
    out = tmp_path / "cli.pdf"
    run = subprocess.run([sys.executable, "-m", "civicquiz", "--data-dir", str(tmp_path / "d"), "print",
                          "kz-constitution-2026", "--count", "30", "-o", str(out),
                          "--page", "letter"], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert pages(out)[0] == count
    dialog.large_print.setChecked(True)
    dialog.save(tmp_path / "large.pdf")
    driver.idle(lambda: dialog.written.sheet.name == "large.pdf")
    assert pages(dialog.written.sheet)[0] > count
    # One topic, all of its questions.
    from civicquiz.core.library import bank_from_db

    dialog.large_print.setChecked(False)
    dialog.topic.setCurrentIndex(1)
    dialog.count.setValue(0)
    with session_scope(driver.window.controller.engine) as session:
        in_topic = [
            q
            for q in bank_from_db(session, "kz-constitution-2026").questions
            if q.topic == dialog.topic.currentData()
        ]
    dialog.save(tmp_path / "topic.pdf")
    driver.idle(lambda: dialog.written.sheet.name == "topic.pdf")
    assert f"{len(in_topic)} questions" in dialog.message.text() and in_topic
    assert pages(dialog.written.sheet)[0] == dialog.written.sheet_pages


def test_an_exam_prints_from_the_exams_tab(driver: Any, tmp_path: Path) -> None:

    from civicquiz.core.models import Exam
    from civicquiz.gui.screens.print_dialog import PrintDialog
    from tests.gui.test_teacher import unlock

    driver.on("profiles")
    with session_scope(driver.window.controller.engine) as session:
        session.add(Exam(title="Spring test", size=12))
        session.commit()
    teacher = unlock(driver)
    teacher.refresh()
    driver.idle(lambda: teacher.exams.model().rowCount() == 1)
    teacher.exams.selectRow(0)
    driver.click(teacher.print_exam_button)
    driver.idle(lambda: isinstance(getattr(teacher, "print_dialog", None), PrintDialog))
    dialog = teacher.print_dialog
    assert dialog.source.currentText() == "Exam: Spring test"
    assert dialog.count.value() == 12 and not dialog.topic.isEnabled()
    dialog.save(tmp_path / "exam.pdf")
    driver.idle(lambda: dialog.written is not None)
    assert "12 questions" in dialog.message.text()
    assert pages(dialog.written.sheet)[0] == dialog.written.sheet_pages
    assert pages(dialog.written.sheet)[1] == "595x842"


def test_embedded_answers_print_their_gaps_and_key(qapp: QApplication) -> None:
    from civicquiz.formats.registry import import_file

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "reform.cloze.txt"
    (question,) = import_file(fixture).bank.questions
    sheet = worksheet_html([question], PaperOptions(title="Gaps"))
    assert "one chamber, the [1];" in sheet and "{#1}" not in sheet
    assert "Fill in each gap." in sheet and "☐ prime minister &nbsp; ☐ vice-president" in sheet
    assert "Kurultai" not in sheet and "2026" not in sheet.split("15 March")[1]
    assert answer_text(question) == "1: Kurultai; 2: vice-president; 3: 2026"
    assert "Embedded answers" in key_html([question], PaperOptions(title="Gaps"))
