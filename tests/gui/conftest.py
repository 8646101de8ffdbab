"""A real main window on a temporary database, and helpers to drive it like a user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from civicquiz.gui.main_window import MainWindow


class Driver:
    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def idle(self, condition: Callable[[], bool] = lambda: True, timeout: int = 20_000) -> None:
        self.qtbot.waitUntil(
            lambda: self.window.controller.worker.pending == 0 and condition(), timeout=timeout
        )

    def click(self, button: Any) -> None:
        """Click and wait for the database work it starts (an answer is stored before its
        feedback is shown)."""
        button.click()
        self.idle()

    def on(self, name: str) -> Any:
        self.idle(lambda: self.window.controller.current_name() == name)
        return self.window.controller.screens[name]

    def key(self, key: Qt.Key, widget: Any = None) -> None:
        target = widget or QApplication.focusWidget() or self.window
        QTest.keyClick(target, key)

    def type(self, text: str, widget: Any = None) -> None:
        QTest.keyClicks(widget or QApplication.focusWidget(), text)

    def new_learner(self, name: str) -> Any:
        profiles = self.on("profiles")
        profiles.name_field.setFocus()
        self.type(name, profiles.name_field)
        self.key(Qt.Key.Key_Return, profiles.name_field)
        return self.on("home")


@pytest.fixture
def window(qtbot: Any, data_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.start_loading()
    assert win.controller.wait_loaded()
    yield win
    win.controller.worker.stop()


@pytest.fixture
def driver(qtbot: Any, window: MainWindow) -> Driver:
    return Driver(qtbot, window)
