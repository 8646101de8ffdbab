"""The teacher moves learners into and out of a class, and a learner picks or changes
their own class on a seat: all by keyboard, in the real window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from civicquiz.core.classes import create_class
from civicquiz.core.db import session_scope
from civicquiz.core.models import Learner
from tests.gui.conftest import Driver
from tests.gui.test_teacher import unlock


def classes_of(driver: Driver) -> dict[str, str | None]:
    from civicquiz.core.models import Classroom

    with session_scope(driver.window.controller.engine) as session:
        names = {c.id: c.name for c in session.exec(select(Classroom))}
        return {lr.name: names.get(lr.class_id) for lr in session.exec(select(Learner))}


def press(driver: Driver, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    driver.idle()


def test_the_teacher_moves_learners_and_a_learner_changes_class_by_keyboard(
    driver: Driver,
) -> None:
    driver.new_learner("Aru")
    driver.window.controller.go("profiles")
    driver.new_learner("Ben")
    with session_scope(driver.window.controller.engine) as session:
        create_class(session, "7A")
        create_class(session, "7B")
    teacher = unlock(driver)
    teacher.tabs.setCurrentWidget(teacher.classroom)
    tab = teacher.classroom
    driver.idle(lambda: tab.roster.count() == 2 and tab.move_to.count() == 3)
    assert [tab.roster.item(i).text() for i in range(2)] == ["Aru (no class)", "Ben (no class)"]

    # Both into 7B: the list, Ctrl+A, Tab to the class, End/Up to 7B, Tab, Space.
    tab.roster.setFocus()
    press(driver, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(driver, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.move_to
    press(driver, Qt.Key.Key_Down)  # 7A -> 7B
    assert tab.move_to.currentText() == "7B"
    press(driver, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.move_button
    press(driver, Qt.Key.Key_Space)
    driver.idle(lambda: tab.classes_message.text() == "2 learners moved to 7B.")
    assert classes_of(driver) == {"Aru": "7B", "Ben": "7B"}
    driver.idle(lambda: tab.roster.item(0).text() == "Aru (class 7B)")

    # Aru out of any class.
    tab.roster.clearSelection()
    tab.roster.item(0).setSelected(True)
    tab.move_to.setCurrentIndex(tab.move_to.findData(None))
    driver.click(tab.move_button)
    driver.idle(lambda: "taken out of their class" in tab.classes_message.text())
    assert classes_of(driver) == {"Aru": None, "Ben": "7B"}

    # Ben, on a seat, changes to 7A in his settings.
    driver.window.controller.back()
    driver.window.controller.go("profiles")
    with session_scope(driver.window.controller.engine) as session:
        ben = session.exec(select(Learner).where(Learner.name == "Ben")).one()
    driver.window.controller.switch_learner(ben.id or 0, "Ben")
    driver.on("home")
    driver.window.controller.go("settings")
    settings = driver.on("settings")
    driver.idle(lambda: settings.my_class.isVisible() and settings.my_class.count() == 3)
    assert settings.my_class.currentText() == "7B"
    assert settings.class_label.buddy() is settings.my_class
    settings.my_class.setFocus()
    press(driver, Qt.Key.Key_Up)  # 7B -> 7A
    driver.idle(lambda: settings.class_message.text() == "You are now in class 7A.")
    assert classes_of(driver) == {"Aru": None, "Ben": "7A"}
