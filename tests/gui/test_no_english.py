"""No English left in the Russian or Kazakh app (issue 14): a learner's walk through every
screen (home, lesson and glossary, a quiz with each question type and its feedback, the
results, a review, progress, an exam, the teacher's screens, settings, the kiosk) with the
interface in Russian or Kazakh, reading every visible text, fails on any English word.

What may stay in Latin letters: the app's name, names of web services, file formats and
publishers, and in the glossary the English form and Latin transliteration of each term
(that is what a glossary is for)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlmodel import col, select

from civicquiz.core.bank import QUESTION_TYPES
from civicquiz.core.db import session_scope
from civicquiz.core.kiosk import KioskSettings
from civicquiz.core.models import Question
from civicquiz.facts.glossary import load_glossary
from civicquiz.gui import i18n
from tests.gui.conftest import Driver

FACTS = (
    Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026" / "facts.toml"
)
# Latin-letter words that are names, not English: the app, services, formats, publishers,
# keys on the keyboard.
NAMES = {
    "CivicQuiz", "eGov", "eOtinish", "e-Otinish", "PIN", "CSV", "GIFT", "Moodle", "XML",
    "QTI", "JSON", "PostgreSQL", "SQLite", "PDF", "DKNews.kz", "Orda.kz", "TASS",
    "Qazinform", "Tengrinews", "Astana", "Times", "Central", "Asia", "The", "echofm.online",
    "Gazeta.kg", "Ctrl", "Esc", "Enter", "Tab", "F1", "F11", "Alt", "Shift", "Kazinform",
    "IMS", "Aiken", "Excel", "Kahoot", "Quizlet", "TSV", "English",  # each language is offered under its own name
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ0-9'’.-]*")
# file names, folders and addresses are not words: "kiosk.md", "/tmp/data", "postgresql://"
NOT_WORDS = re.compile(r"\S*[/\\]\S*|\S+\.(md|sqlite3|csv|json|gift|xml|zip|txt|log)\b|\S+://\S*")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) for every text a person can see in ``root`` now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.append(header.text() if header else "")
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    texts.append(item.text() if item else "")
        texts += [widget.toolTip()] if widget.toolTip() else []
        # what a screen reader says of it
        texts += [t for t in (widget.accessibleName(), widget.accessibleDescription()) if t]
        for text in texts:
            if text:
                yield name, _plain(text)


def english_in(text: str, allowed: set[str]) -> list[str]:
    """Latin-letter words of ``text`` that are not names (and not inside a quoted English
    name a translation glosses in brackets)."""
    text = NOT_WORDS.sub(" ", text)
    for phrase in sorted(allowed, key=len, reverse=True):
        if " " in phrase or not phrase.isalpha():
            text = text.replace(phrase, " ")
    return [
        word
        for word in LATIN_WORD.findall(text)
        if word.strip(".'’-") not in allowed and len(word.strip(".'’-")) > 1
    ]


class Walk:
    def __init__(self, driver: Driver, code: str) -> None:
        self.driver = driver
        self.code = code
        self.found: dict[str, set[str]] = {}
        self.places: list[str] = []
        self.texts = 0
        self.allowed = set(NAMES)
        self.glossary_names: set[str] = set()
        for term in load_glossary(FACTS):
            self.glossary_names.update({term.en, *(p.strip() for p in term.latin.split("/"))})

    def look(self, where: str, *, glossary: bool = False) -> None:
        self.driver.idle()
        allowed = self.allowed | (self.glossary_names if glossary else set())
        self.places.append(where)
        for widget, text in visible_texts(self.driver.window):
            self.texts += 1
            words = english_in(text, allowed)
            if words:
                self.found.setdefault(f"{where} ({widget})", set()).update(words)


def _first_of_each_type(driver: Driver) -> dict[str, int]:
    with session_scope(driver.window.controller.engine) as session:
        found = {}
        for qtype in QUESTION_TYPES:
            question_id = session.exec(
                select(Question.id)
                .where(Question.qtype == qtype, Question.retired == False)  # noqa: E712
                .order_by(col(Question.id))
            ).first()
            if question_id is not None:
                found[qtype] = int(question_id)
        return found


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_no_english_on_any_screen(driver: Driver, code: str) -> None:
    walk = Walk(driver, code)
    window = driver.window
    try:
        profiles = driver.on("profiles")
        profiles.name_field.setText("Айгерим")  # typed keys cannot carry Cyrillic offscreen
        profiles.add()
        driver.on("home")
        window.controller.apply_settings(language=code)
        driver.idle()
        window.controller.go("home")
        home = driver.on("home")
        walk.look("home")
        topic = home.view.topics[0]
        window.controller.go("lesson", topic_id=topic.topic_id)
        lesson = driver.on("lesson")
        walk.look("lesson")
        lesson.glossary.click()
        walk.look("glossary", glossary=True)
        lesson.glossary.click()

        by_type = _first_of_each_type(driver)
        window.controller.start_quiz(question_ids=list(by_type.values()))
        quiz = driver.on("quiz")
        for _ in by_type:
            walk.look(f"quiz {quiz.question.qtype}")
            question = quiz.question
            wrong = {
                "true_false": {"value": not question.correct_answer().get("value")},
                "short_answer": {"text": "жоқ"},
                "numeric": {"value": 3},
            }.get(question.qtype, question.correct_answer())
            quiz.widget.set_answer(wrong)
            driver.click(quiz.main_button)
            driver.idle(lambda: quiz.feedback.isVisible())
            walk.look(f"feedback {question.qtype}")
            driver.click(quiz.main_button)
        results = driver.on("results")
        walk.look("results")
        window.controller.start_quiz(review=True, title="")
        driver.idle()
        walk.look("review")
        window.controller.go("progress")
        driver.on("progress")
        walk.look("progress")
        window.controller.go("home")
        home = driver.on("home")
        home.exam_button.click()
        driver.idle()
        walk.look("exam")
        window.controller.go("settings")
        driver.on("settings")
        walk.look("settings")
        window.controller.go("teacher")
        teacher = driver.on("teacher")
        walk.look("teacher PIN")
        teacher.pin.setText("2580")
        teacher.pin_again.setText("2580")
        teacher.submit_pin()
        driver.idle()
        for index in range(teacher.tabs.count()):
            teacher.tabs.setCurrentIndex(index)
            walk.look(f"teacher {index}")
        window.controller.go("profiles")
        driver.on("profiles")
        walk.look("profiles")
        window.controller.kiosk_settings = KioskSettings(language=code)  # a museum set up in Kazakh
        window.controller.enter_kiosk()
        driver.on("attract")
        walk.look("kiosk")
        window.controller.start_visit()
        driver.on("home")
        walk.look("kiosk home")
        window.controller.exit_kiosk()
        driver.idle()
        assert results is not None
    finally:
        i18n.install_language("en")
    assert walk.found == {}, "\n".join(f"{k}: {sorted(v)}" for k, v in walk.found.items())
    # every question type was met, with its feedback, and the walk read real texts
    assert len(by_type) >= 7  # every type the built-in bank has
    assert {f"feedback {t}" for t in by_type} <= set(walk.places), walk.places
    assert len(walk.places) >= 25 and walk.texts > 500


def test_the_walk_would_see_english(driver: Driver) -> None:
    """The same look at the English home screen finds English words: the walk reads the
    window, not an empty list."""
    driver.new_learner("Ann")
    walk = Walk(driver, "en")
    walk.look("home")
    assert len(walk.found.get("home (QPushButton)", set())) >= 3


def test_the_english_finder_sees_english_and_spares_names() -> None:
    assert english_in("Вопрос 1 из 2 · Correct!", set(NAMES)) == ["Correct"]
    assert english_in("через eGov и eOtinish, файл CSV", set(NAMES)) == []
    assert english_in("Құрылтай — Kurultai", set(NAMES)) == ["Kurultai"]
    assert english_in("Құрылтай — Kurultai", {*NAMES, "Kurultai"}) == []
