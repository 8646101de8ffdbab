"""Kazakh alphabetical order and case (ICU through QCollator/QLocale) in the teacher's
learner and bank lists (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner
from civicquiz.gui import i18n
from tests.gui.conftest import Driver
from tests.gui.test_teacher import unlock

# In the Kazakh alphabet: а ә б ... о ө ... у ұ ү ... ы і ... я
KAZAKH_ORDER = [
    "Ахмет",
    "Әлия",
    "Болат",
    "Олжас",
    "Өмір",
    "Ұлан",
    "Үміт",
    "Ыбырай",
    "Ілияс",
    "Ясмин",
]


def test_kazakh_names_sort_in_the_kazakh_alphabet(qapp: object) -> None:
    shuffled = [KAZAKH_ORDER[i] for i in (9, 3, 1, 7, 0, 5, 8, 2, 6, 4)]
    assert i18n.sorted_by_name(shuffled, str, "kk") == KAZAKH_ORDER
    # Code-point order, what SQL's ORDER BY gives, puts the Kazakh letters after я.
    assert sorted(shuffled) != KAZAKH_ORDER
    assert sorted(shuffled)[-1] in ("Ұлан", "Үміт", "Ілияс", "Әлия", "Өмір")


def test_case_and_numbers_compare_as_a_reader_expects(qapp: object) -> None:
    # Case does not decide the order (code points put every Ә before every ә).
    assert i18n.sorted_by_name(["Әсел", "әлия"], str, "kk") == ["әлия", "Әсел"]
    assert sorted(["Әсел", "әлия"]) == ["Әсел", "әлия"]
    assert i18n.sorted_by_name(["10А", "7Б", "9В"], str, "kk") == ["7Б", "9В", "10А"]
    assert i18n.upper("әлия іңкәр", "kk") == "ӘЛИЯ ІҢКӘР"
    assert i18n.upper("istanbul", "tr") == "İSTANBUL"  # ICU's language rules, not Python's


def test_the_teachers_learner_list_follows_the_kazakh_alphabet(driver: Driver) -> None:
    profiles = driver.on("profiles")
    profiles.name_field.setText("Ясмин")  # QTest types ASCII only
    driver.key(Qt.Key.Key_Return, profiles.name_field)
    driver.on("home")
    with session_scope(driver.window.controller.engine) as session:
        for name in reversed(KAZAKH_ORDER[:-1]):
            add_learner(session, name)
        session.commit()
    driver.window.controller.apply_settings(language="kk")
    driver.idle()
    try:
        teacher = unlock(driver)
        driver.idle(lambda: teacher.learners.rowCount() == len(KAZAKH_ORDER))
        shown = [teacher.learners.item(row, 0).text() for row in range(teacher.learners.rowCount())]
        assert shown == KAZAKH_ORDER
        banks = [teacher.banks.item(row, 0).text() for row in range(teacher.banks.rowCount())]
        assert banks == i18n.sorted_by_name(banks, str, "kk")
    finally:
        i18n.install_language("en")
