"""The compiled translations (.qm) as the app loads them: the strings a native reader flagged
read naturally, the feedback after an answer is translated under the context the code asks
for, and counts take the plural form of each language (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "resources" / "translations"


@pytest.fixture(params=["en", "ru", "kk"])
def translator(request: pytest.FixtureRequest, qapp: object) -> Iterator[tuple[str, QTranslator]]:
    path = QM / f"civicquiz_{request.param}.qm"
    if not path.exists():
        pytest.skip(f"{path.name} is not built: run `make translations`")
    translator = QTranslator()
    assert translator.load(str(path)), path
    yield request.param, translator


def _tr(translator: QTranslator, context: str, source: str, n: int = -1) -> str:
    return translator.translate(context, source, None, n)


FEEDBACK = {
    "ru": {"Correct!": "Верно!", "Not quite.": "Не совсем.", "Answer:": "Ответ:",
           "True": "Верно", "False": "Неверно", "Source: {citation}": "Источник: {citation}"},
    "kk": {"Correct!": "Дұрыс!", "Not quite.": "Дұрыс емес.", "Answer:": "Жауап:",
           "True": "Дұрыс", "False": "Бұрыс", "Source: {citation}": "Дереккөз: {citation}"},
}  # fmt: skip


def test_the_feedback_after_an_answer_is_translated(translator: tuple[str, QTranslator]) -> None:
    code, qm = translator
    if code == "en":
        pytest.skip("English is the source text")
    for source, expected in FEEDBACK[code].items():
        assert _tr(qm, "FeedbackPanel", source) == expected, source


NATURAL = {
    "ru": [
        ("QuizScreen", "Question {i} of {n}", "Вопрос {i} из {n}"),
        ("QuizScreen", "I was sure of this answer", "Уверен(а) в ответе"),
        ("QuizScreen", "True or false", "Верно или неверно"),
        ("ResultsScreen", "Retry mistakes", "Работа над ошибками"),
        ("ResultsScreen", "Retry mistakes ({n})", "Работа над ошибками ({n})"),
        ("TeacherScreen", "PIN (4 to 12 digits)", "PIN-код (от 4 до 12 цифр)"),
        ("SupervisorPanel", "Unlocked.", "Разблокировано."),
        ("Paper", "True", "Верно"),
        ("ProfilesScreen", "That PIN is not right.", "Неверный PIN-код."),
    ],
    "kk": [
        ("QuizScreen", "Question {i} of {n}", "Сұрақ {i}/{n}"),
        ("TrueFalseWidget", "True", "Дұрыс"),
        ("TrueFalseWidget", "False", "Бұрыс"),
        ("QuizScreen", "True or false", "Дұрыс па, бұрыс па"),
        ("ResultsScreen", "Retry mistakes", "Қателермен жұмыс"),
        ("TeacherScreen", "PIN (4 to 12 digits)", "PIN-код (4–12 цифр)"),
        ("PinEntry", "A PIN is 4 to 12 digits.", "PIN-код 4–12 цифрдан тұрады."),
        ("SupervisorPanel", "Unlocked.", "Құлпы ашылды."),
        ("Paper", "False", "Бұрыс"),
        ("ProfilesScreen", "That PIN is not right.", "PIN-код дұрыс емес."),
    ],
}


def test_flagged_strings_read_naturally(translator: tuple[str, QTranslator]) -> None:
    code, qm = translator
    for context, source, expected in NATURAL.get(code, []):
        assert _tr(qm, context, source) == expected, (context, source)


def test_score_and_result_are_told_apart(translator: tuple[str, QTranslator]) -> None:
    code, qm = translator
    if code == "en":
        pytest.skip("English is the source text")
    score, result = (_tr(qm, "TeacherScreen", s) for s in ("Score", "Result"))
    assert score and result and score != result


PLURALS = {
    "en": {1: "1 question, no time limit.", 2: "2 questions, no time limit.",
           21: "21 questions, no time limit."},
    "ru": {1: "1 вопрос, без ограничения времени.", 3: "3 вопроса, без ограничения времени.",
           5: "5 вопросов, без ограничения времени.", 21: "21 вопрос, без ограничения времени.",
           12: "12 вопросов, без ограничения времени."},
    "kk": {1: "1 сұрақ, уақыт шектеусіз.", 5: "5 сұрақ, уақыт шектеусіз."},
}  # fmt: skip


def test_counts_take_each_languages_plural_form(translator: tuple[str, QTranslator]) -> None:
    code, qm = translator
    for n, expected in PLURALS[code].items():
        # Qt puts the number in for %n when the widget's tr() is called; here by hand.
        form = _tr(qm, "ExamStartScreen", "%n question(s), no time limit.", n)
        assert form.replace("%n", str(n)) == expected


def test_english_never_says_1_questions(translator: tuple[str, QTranslator]) -> None:
    code, qm = translator
    if code != "en":
        pytest.skip("English only")
    for context, source in [
        ("HomeScreen", "{title} (%n question(s))"),
        ("TopicCard", "{seen} of %n question(s) practised"),
        ("TeacherScreen", "Exported %n question(s) to {path}."),
        ("MainWindow", "%n saved answer(s) sent to the server."),
    ]:
        one = _tr(qm, context, source, 1)
        assert one and "(s)" not in one and "questions" not in one and "answers" not in one
        assert "(s)" not in _tr(qm, context, source, 2)


@pytest.mark.parametrize(("code", "cancel"), [("ru", "Отмена"), ("kk", "Бас тарту")])
def test_qts_own_buttons_follow_the_language(qapp: object, code: str, cancel: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from civicquiz.gui import i18n

    try:
        assert i18n.install_language(code)
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == cancel
    finally:
        i18n.install_language("en")
