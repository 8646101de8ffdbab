"""The embedded-answers widget: one input per gap, reached with Tab, named "Gap n of N",
its answer graded per gap and each gap's verdict shown after Check."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QRadioButton

from civicquiz.core.attempts import PresentedQuestion
from civicquiz.core.db import session_scope
from civicquiz.core.qtypes import OptionView, question_type
from civicquiz.formats.registry import import_file
from civicquiz.gui.widgets.answers import WIDGETS, answer_widget

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cloze.xml"


def presented(index: int) -> PresentedQuestion:
    q = import_file(FIXTURE).bank.questions[index]
    keyed = [OptionView(o.key, o.text, o.correct, o.match, o.weight, o.feedback) for o in q.options]
    shown, _ = question_type("cloze").arrange(keyed, random.Random(7))
    return PresentedQuestion(1, q.key, "cloze", q.stem, q.stem_format, "Reform", 2,
                             q.explanation, [], shown, keyed, [])  # fmt: skip


def test_every_type_has_a_widget() -> None:
    from civicquiz.core.qtypes import QUESTION_TYPES

    assert set(WIDGETS) == set(QUESTION_TYPES)


def test_one_named_input_per_gap_reached_by_keyboard(qtbot: Any) -> None:
    question = presented(0)
    assert "one chamber, the [1]. The referendum was held in [2] on [3]." in question.shown_stem
    widget = answer_widget(question)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    inputs = [i.focus_widget() for i in widget.inputs]  # type: ignore[attr-defined]
    assert [type(w) for w in inputs] == [QLineEdit, QLineEdit, QComboBox]
    assert [w.accessibleName() for w in inputs] == ["Gap 1 of 3", "Gap 2 of 3", "Gap 3 of 3"]
    widget.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inputs[0])
    QTest.keyClicks(inputs[0], "kurultai")
    QTest.keyClick(inputs[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inputs[1]
    QTest.keyClicks(inputs[1], "2025")
    QTest.keyClick(inputs[1], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inputs[2]
    box = inputs[2]
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findText("15 March"))
    answer = widget.answer()
    assert answer == {"gaps": {"1": "kurultai", "2": "2025", "3": "3.0"}}
    grade = question.grade(answer)
    assert grade.score == (1 + 2 * 0.5 + 1) / 4 and not grade.correct
    widget.show_result()
    verdicts = [v.text() for v in widget.verdicts]  # type: ignore[attr-defined]
    assert verdicts[0] == "✓ Right" and verdicts[2] == "✓ Right"
    assert verdicts[1] == "Partly right (50%). The answer is: 2026"
    assert inputs[1].accessibleDescription() == verdicts[1]
    assert question.describe(answer) == "1: kurultai; 2: 2025; 3: 15 March"


def test_button_and_tick_gaps_and_restoring_an_answer(qtbot: Any) -> None:
    question = presented(1)
    widget = answer_widget(question)
    qtbot.addWidget(widget)
    inputs = widget.inputs  # type: ignore[attr-defined]
    assert isinstance(inputs[1].focus_widget(), QRadioButton)  # MCV: buttons down
    assert isinstance(inputs[6].focus_widget(), QCheckBox)  # MR: ticks
    assert inputs[6].buttons[0].accessibleName().startswith("Gap 7 of 13: ")
    key = question.correct_answer()
    widget.set_answer(key)
    assert widget.answer() == key and question.grade(key).correct


def test_a_cloze_question_through_a_practice_quiz(driver: Any) -> None:
    """Imported into the app, answered with the keyboard, checked, stored and shown."""
    from sqlmodel import col, select

    from civicquiz.core.library import import_bank
    from civicquiz.core.models import Question, Response

    window = driver.window
    with session_scope(window.controller.engine) as session:
        import_bank(session, import_file(FIXTURE).bank, source_file=str(FIXTURE))
        session.commit()
        qid = session.exec(select(Question.id).where(Question.key == "Reform in gaps")).one()
    driver.new_learner("Gaps")
    window.controller.start_quiz(question_ids=[qid], title="Gaps")
    quiz = driver.on("quiz")
    assert "the [1]. The referendum was held in [2] on [3]." in quiz.stem.text()
    inputs = [i.focus_widget() for i in quiz.widget.inputs]
    driver.qtbot.waitUntil(lambda: QApplication.focusWidget() is inputs[0])
    driver.type("Kurultai")
    driver.key(Qt.Key.Key_Tab)
    driver.type("2026")
    driver.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inputs[2]
    driver.key(Qt.Key.Key_Down)  # the drop-down's first choice after "Choose…"
    driver.click(quiz.main_button)  # Check
    assert quiz.feedback.isVisible()
    right = quiz.widget.answer()["gaps"]["3"] == "3.0"
    assert quiz.feedback.verdict.text() == ("Correct!" if right else "Partly right (75%)")
    assert "1: Kurultai; 2: 2026; 3: 15 March" in quiz.feedback.key.text()
    with session_scope(window.controller.engine) as session:
        (stored,) = session.exec(select(Response).order_by(col(Response.id))).all()
    assert stored.answer["gaps"]["1"] == "Kurultai" and stored.answer["gaps"]["2"] == "2026"
    assert stored.score == (1.0 if right else 0.75)
