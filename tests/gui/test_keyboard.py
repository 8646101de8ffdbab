"""A keyboard-only learner: every step by keys sent to the focused widget, no clicks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QWidget,
)
from sqlmodel import col, select

from civicquiz.core.db import session_scope
from civicquiz.core.models import Response
from civicquiz.gui.widgets.a11y import ANNOUNCED
from tests.gui.conftest import Driver


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab_sequence(steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        press(Qt.Key.Key_Tab)
        seen.append(focused())
    return seen


def answer_by_keyboard(driver: Driver, quiz: Any) -> None:
    """Give an answer with the keys a learner would use for this kind of question."""
    kind = quiz.question.qtype
    if kind in ("single_choice", "multiple_choice", "true_false"):
        QTest.keyClick(focused(), Qt.Key.Key_1)
    elif kind in ("short_answer", "numeric"):
        assert isinstance(focused(), QLineEdit)
        QTest.keyClicks(focused(), "12")
    elif kind == "matching":
        for _ in quiz.widget.boxes:
            assert isinstance(focused(), QComboBox)
            press(Qt.Key.Key_Down)
            press(Qt.Key.Key_Tab)
        quiz.widget.focus_first()
    elif kind == "ordering":
        assert isinstance(focused(), QListWidget)
        press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


def test_a_whole_quiz_by_keyboard_alone(driver: Driver) -> None:
    window = driver.window
    driver.new_learner("Keys only")
    header = set(window.nav.values())
    visited_header: list[str] = []

    def note(_old: QWidget | None, new: QWidget | None) -> None:
        if new in header and window.controller.current_name() == "quiz":
            visited_header.append(new.text())

    QApplication.instance().focusChanged.connect(note)  # type: ignore[union-attr]
    home = driver.on("home")
    assert focused() is home.quick_button
    press(Qt.Key.Key_Return)  # Enter presses the focused button
    quiz = driver.on("quiz")
    for index in range(len(quiz.data.questions)):
        assert quiz.index == index
        assert quiz.widget.isAncestorOf(focused()), "focus starts on the answer"
        answer_by_keyboard(driver, quiz)
        press(Qt.Key.Key_Return)  # Check
        driver.idle()
        assert quiz.checked
        assert focused() is quiz.feedback, "focus goes to the feedback"
        assert ANNOUNCED[-1] == quiz.feedback.verdict.text()
        press(Qt.Key.Key_Tab)
        if focused() is quiz.feedback.overrule_button:  # a typed answer marked wrong
            press(Qt.Key.Key_Tab)
        assert focused() is quiz.main_button, (focused().text(), quiz.question.qtype)
        press(Qt.Key.Key_Return)  # Next / See results
        driver.idle()
    assert driver.on("results")
    assert visited_header == [], "focus never jumps to the header during the quiz"
    with session_scope(window.controller.engine) as session:
        assert len(list(session.exec(select(Response).order_by(col(Response.id))))) == 10


def test_tab_order_question_options_sure_check_then_header(driver: Driver) -> None:
    window = driver.window
    driver.new_learner("Tabber")
    from tests.gui.test_learner_flow import one_of_each_type

    single = one_of_each_type(window)[0]
    window.controller.start_quiz(question_ids=[single, single])
    quiz = driver.on("quiz")
    assert quiz.question.qtype == "single_choice"
    press(Qt.Key.Key_1)  # an answer, so that Check can be reached
    press(Qt.Key.Key_Backtab)
    assert focused() is quiz.stem, "Shift+Tab from the first option reaches the question"
    order = [quiz.stem, *tab_sequence(30)]
    first_lap = order[: order.index(quiz.stem, 1)] if quiz.stem in order[1:] else order
    options = quiz.widget.buttons
    names = [type(w).__name__ for w in first_lap]
    assert not any(isinstance(w, QScrollArea) for w in first_lap), names
    positions = {w: i for i, w in enumerate(first_lap)}
    # Tab reaches the group of options (arrow keys move inside it, as on every desktop)
    reached = [positions[o] for o in options if o in positions]
    assert reached, names
    assert max(reached) < positions[quiz.confident] < positions[quiz.main_button]
    assert positions[quiz.main_button] < positions[quiz.leave_button]
    visible_nav = [b for b in window.nav.values() if b.isVisible()]
    assert [w for w in first_lap if w in visible_nav] == visible_nav
    assert min(positions[b] for b in visible_nav) > positions[quiz.leave_button], "header last"
    for widget in first_lap:
        assert widget.isVisible(), f"invisible tab stop: {type(widget).__name__}"


def test_enter_presses_the_focused_button_on_every_screen(driver: Driver) -> None:
    window = driver.window
    driver.new_learner("Enter key")
    driver.on("home")
    window.nav["progress"].setFocus()
    press(Qt.Key.Key_Enter)
    driver.on("progress")
    window.nav["settings"].setFocus()
    press(Qt.Key.Key_Return)
    driver.on("settings")
    window.nav["home"].setFocus()
    press(Qt.Key.Key_Space)
    home = driver.on("home")
    home.quick_button.setFocus()
    press(Qt.Key.Key_Return)
    quiz = driver.on("quiz")
    quiz.leave_button.setFocus()
    press(Qt.Key.Key_Return)  # not Check: the focused button is "Save and leave"
    driver.on("home")
    assert window.nav["home"].property("primary") is True


def test_the_header_shows_the_screen_after_esc(driver: Driver) -> None:
    window = driver.window
    driver.new_learner("Esc key")
    driver.on("home")
    window.controller.go("progress")
    driver.on("progress")
    window.controller.go("settings")
    driver.on("settings")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    driver.on("progress")
    lit = [key for key, button in window.nav.items() if button.property("primary")]
    assert lit == ["progress"]
    assert window.nav["progress"].accessibleDescription() == "Current screen"


def test_every_focusable_control_has_a_name(driver: Driver) -> None:
    window = driver.window
    driver.new_learner("Names")
    from tests.gui.test_learner_flow import one_of_each_type

    window.controller.start_quiz(question_ids=one_of_each_type(window))
    quiz = driver.on("quiz")
    for _ in range(len(quiz.data.questions)):
        for widget in window.findChildren(QWidget):
            if (
                widget.isVisible()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QListWidget))
            ):
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else ""
                )
                assert name.strip(), f"{type(widget).__name__} has no accessible name"
        quiz.main_button.setEnabled(True)
        quiz.advance()
        driver.idle()
        if window.controller.current_name() != "quiz":
            break


def test_i_was_right_counts_a_typed_answer_and_tells_the_teacher(driver: Driver) -> None:
    from civicquiz.core.reports import item_analysis, items_csv
    from tests.gui.test_learner_flow import one_of_each_type

    window = driver.window
    driver.new_learner("Typist")
    short = one_of_each_type(window)[3]
    window.controller.start_quiz(question_ids=[short, short])
    quiz = driver.on("quiz")
    assert quiz.question.qtype == "short_answer"
    QTest.keyClicks(focused(), "Kurultaj")  # a spelling the key does not list
    press(Qt.Key.Key_Return)
    driver.idle(lambda: quiz.checked)
    button = quiz.feedback.overrule_button
    assert quiz.feedback.verdict.text() == "Not quite." and button.isVisible()
    press(Qt.Key.Key_Tab)
    assert focused() is button
    press(Qt.Key.Key_Return)
    driver.idle(lambda: not button.isVisible())
    assert quiz.feedback.verdict.text() == "Counted as right (your call)"
    with session_scope(window.controller.engine) as session:
        response = session.exec(select(Response)).one()
        assert response.correct and response.score == 1.0
        assert response.answer == {"text": "Kurultaj", "overruled": True}
        items = item_analysis(session)
    assert [i.overruled for i in items] == [1]
    assert items_csv(items).splitlines()[0].endswith("overruled_by_learners")
