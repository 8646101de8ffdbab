"""A quiz in the Russian and Kazakh interface: the feedback after an answer, the counts and
the review at the end are in the learner's language, not English (issue 14)."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from civicquiz.core.db import session_scope
from civicquiz.core.models import Question
from civicquiz.gui import i18n
from tests.gui.conftest import Driver

WORDS = {
    "ru": {"wrong": "Не совсем.", "answer": "Ответ:", "true": "Верно", "false": "Неверно",
           "source": "Источник:", "position": "Вопрос 1 из 2", "retry": "Работа над ошибками"},
    "kk": {"wrong": "Дұрыс емес.", "answer": "Жауап:", "true": "Дұрыс", "false": "Бұрыс",
           "source": "Дереккөз:", "position": "Сұрақ 1/2", "retry": "Қателермен жұмыс"},
}  # fmt: skip


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_quiz_speaks_the_learners_language(driver: Driver, code: str) -> None:
    words = WORDS[code]
    driver.new_learner("Aigerim")
    driver.window.controller.apply_settings(language=code)
    driver.idle()
    with session_scope(driver.window.controller.engine) as session:
        ids = session.exec(
            select(Question.id).where(Question.qtype == "true_false").order_by(col(Question.id))
        ).all()[:2]
    try:
        driver.window.controller.start_quiz(question_ids=list(ids))
        quiz = driver.on("quiz")
        assert quiz.position.text() == words["position"]
        key = quiz.question.correct_answer()["value"]
        quiz.widget.set_answer({"value": not key})
        driver.click(quiz.main_button)
        driver.idle(lambda: quiz.feedback.isVisible())
        feedback = quiz.feedback
        assert feedback.verdict.text() == words["wrong"]
        said = feedback.spoken()
        assert f"{words['answer']} {words['true' if key else 'false']}" in said
        if feedback.citation.text():
            assert feedback.citation.text().startswith(words["source"])
        for english in ("Correct!", "Not quite.", "Answer:", "Source:"):
            assert english not in said
        driver.click(quiz.main_button)
        quiz.widget.set_answer({"value": not quiz.question.correct_answer()["value"]})
        driver.click(quiz.main_button)
        driver.click(quiz.main_button)
        results = driver.on("results")
        review = results.review.toPlainText()
        assert words["answer"] in review and " True" not in review and " False" not in review
        assert results.retry_button.text().startswith(words["retry"])
    finally:
        i18n.install_language("en")
