"""The main window opens, loads the built-in bank off the GUI thread and shows lessons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from civicquiz.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.start_loading()
    qtbot.waitUntil(lambda: win.home is not None, timeout=30_000)
    return win


def test_the_window_shows_every_topic_with_its_lesson_and_citations(window: MainWindow) -> None:
    assert window.topics.count() == 11
    assert "286" in window.subheading.text() or "questions" in window.subheading.text()
    html = window.lesson.toPlainText()
    assert "The reform at a glance" in html and "line" in html
    window.topics.setCurrentRow(3)
    assert "Kurultai" in window.lesson.toPlainText()
    assert (
        "DKNews.kz" in window.lesson.toPlainText()
        or "publisher not named" in window.lesson.toPlainText()
    )


def test_the_database_is_created_in_the_chosen_data_dir(window: MainWindow, data_dir: Path) -> None:
    assert (data_dir / "civicquiz.sqlite3").exists()


def test_interactive_widgets_have_accessible_names(window: MainWindow) -> None:
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and (
            isinstance(widget, QAbstractButton) or widget.focusPolicy() != 0
        ):
            if widget.metaObject().className() in (
                "QScrollBar",
                "QSplitterHandle",
                "QMenuBar",
                "QWidget",
            ):
                continue
            assert widget.accessibleName(), widget.metaObject().className()
