"""The core's messages (refusals, database and file errors, export formats) in the
interface language (issue 14): one table, gui/core_text.py, under the CoreMessages context."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from civicquiz.core.quiz import QuizError
from civicquiz.formats.registry import FORMATS
from civicquiz.gui import core_text, i18n
from civicquiz.services import user_message


@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    assert i18n.install_language("ru")
    yield
    i18n.install_language("en")


@pytest.fixture
def kazakh(qapp: object) -> Iterator[None]:
    assert i18n.install_language("kk")
    yield
    i18n.install_language("en")


def test_a_refusal_from_the_core_reads_in_russian(russian: None) -> None:
    message = user_message(QuizError("This quiz is already finished."))
    assert core_text.translate(message) == "Этот тест уже завершён."


def test_a_database_error_is_translated_with_its_reason(kazakh: None) -> None:
    message = user_message(sqlite3.OperationalError("database is locked"))
    assert message.startswith("Something went wrong with the database")
    assert core_text.translate(message) == (
        "Дерекқормен жұмыста қате шықты: дерекқорды басқа бағдарлама пайдаланып жатыр; "
        "сәлден соң қайталап көріңіз."
    )


def test_a_file_error_keeps_the_file_name(russian: None) -> None:
    error = FileNotFoundError(2, "No such file or directory", "/tmp/bank.csv")
    translated = core_text.translate(user_message(error))
    assert translated.startswith("Не удалось использовать файл (/tmp/bank.csv): ")


def test_every_bank_format_has_a_name_in_each_language(russian: None) -> None:
    for bank_format in FORMATS:
        name = core_text.translate(bank_format.label)
        assert name != bank_format.label, bank_format.label


def test_an_unknown_message_is_shown_as_it_is(russian: None) -> None:
    assert core_text.translate("Something new") == "Something new"


def test_in_english_the_message_is_the_core_s_own(qapp: object) -> None:
    i18n.install_language("en")
    assert core_text.translate("That exam is no longer open.") == "That exam is no longer open."


def test_an_import_problem_keeps_file_and_line_and_reads_in_kazakh(
    kazakh: None, tmp_path: Path
) -> None:
    from civicquiz.formats.base import ImportRefused
    from civicquiz.formats.registry import import_file

    with pytest.raises(ImportRefused) as refused:
        empty = tmp_path / "empty.gift"
        empty.write_text("", encoding="utf-8")
        import_file(empty)
    first = refused.value.problems[0]
    assert first.endswith(": the file is empty") or "no questions to import" in first
    translated = core_text.translate_problem(first)
    location = first.rsplit(": ", 1)[0]
    assert translated.startswith(location + ": ")
    assert translated != first and not translated[len(location) :].isascii()
    assert core_text.translate("line 7: the same question as on line 3") == (
        "7-жол: 3-жолдағы сұрақпен бірдей"
    )
