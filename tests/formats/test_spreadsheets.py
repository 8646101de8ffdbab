"""Spreadsheets (.xlsx) in the CSV layouts we read, Kahoot's quiz template included: the
rows above a template's header are passed over, and messages give the sheet's row."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from civicquiz.formats.base import ImportRefused
from civicquiz.formats.registry import import_file

KAHOOT_HEADER = ["", "Question - max 120 characters", "Answer 1 - max 75 characters",
                 "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
                 "Answer 4 - max 75 characters",
                 "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
                 "Correct answer(s) - choose at least one"]  # fmt: skip


def workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def kahoot(rows: list[list[object]]) -> bytes:
    intro: list[list[object]] = [["Kahoot quiz template"], [], ["Add questions, at least two answer "
                                 "alternatives, time limit and choose correct answers."], [], [], [], []]  # fmt: skip
    return workbook([*intro, KAHOOT_HEADER, *rows])


def test_kahoots_template_imports_with_one_or_several_right_answers(tmp_path: Path) -> None:
    path = tmp_path / "kahoot.xlsx"
    path.write_bytes(kahoot([
        [1, "How many chambers does the Kurultai have?", "One", "Two", "Three", None, 20, 1],
        [2, "Which are branches of power?", "Legislative", "Culinary", "Executive", "Judicial", 30, "1,3,4"],
        [3, "Seats in the Kurultai?", 145, 98.5, None, None, 20, 2],
    ]))  # fmt: skip
    result = import_file(path)
    assert result.format == "xlsx"
    one, several, numbers = result.bank.questions
    assert [o.text for o in one.correct_options] == ["One"] and one.line == 9
    assert several.qtype == "multiple_choice"
    assert [o.text for o in several.correct_options] == ["Legislative", "Executive", "Judicial"]
    assert [o.text for o in numbers.options] == ["145", "98.5"] and numbers.options[1].correct


def test_our_csv_layout_in_a_workbook_and_errors_name_the_row(tmp_path: Path) -> None:
    path = tmp_path / "bank.xlsx"
    path.write_bytes(workbook([
        ["question", "type", "A", "B", "answer", "explanation", "topic"],
        ["The Kurultai has one chamber.", "truefalse", None, None, True, "Article 50", "Parliament"],
        ["Pick the capital", None, "Astana", "Almaty", "A", None, None],
        ["Broken", None, "x", "y", "Z", None, None],
    ]))  # fmt: skip
    with pytest.raises(ImportRefused) as caught:
        import_file(path)
    assert caught.value.problems == [f"{path}:4: the answer 'Z' is not one of the options "
                                     "(give a letter, a number or the text)"]  # fmt: skip
    result = import_file(path, skip_invalid=True)
    truth, choice = result.bank.questions
    assert truth.qtype == "true_false" and truth.correct_options[0].key == "true"
    assert truth.topic == "Parliament" and choice.correct_options[0].text == "Astana"


def test_a_zip_that_is_not_a_workbook_and_a_broken_workbook_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "bank.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("questions.gift", "Ok?{T}")
    with pytest.raises(ImportRefused, match=r"neither an \.xlsx workbook nor a QTI package"):
        import_file(archive)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(workbook([["question", "answer"], ["Q", "a"]])[:400])
    with pytest.raises(ImportRefused) as caught:
        import_file(broken)
    assert caught.value.problems[0].startswith(f"{broken}:1: ")


def test_a_workbook_without_a_question_header_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    path.write_bytes(workbook([["name", "score"], ["Dana", 3]]))
    with pytest.raises(ImportRefused, match="no sheet has a header row with a question column"):
        import_file(path)
