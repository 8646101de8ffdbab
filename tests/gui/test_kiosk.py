"""Kiosk mode: the window stays put, visits end cleanly, the supervisor gets out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLineEdit
from sqlmodel import select

from civicquiz.core.db import session_scope
from civicquiz.core.kiosk import KIOSK_QUESTION_TYPES, KioskSettings, save_kiosk_settings
from civicquiz.core.models import Learner, Response
from civicquiz.gui.main_window import MainWindow
from tests.gui.conftest import Driver
from tests.gui.test_learner_flow import answer_current


@pytest.fixture
def kiosk(qtbot: Any, data_dir: Path) -> Iterator[Driver]:
    window = MainWindow(kiosk=True)
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    assert window.controller.wait_loaded()
    driver = Driver(qtbot, window)
    driver.on("attract")
    yield driver
    window.controller.exit_kiosk()


def visit(driver: Driver) -> Any:
    driver.window.controller.screens["attract"].start_button.click()
    return driver.on("home")


def test_the_kiosk_starts_full_screen_on_the_attract_screen(kiosk: Driver) -> None:
    window = kiosk.window
    assert window.isFullScreen() and window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.nav["teacher"].isVisible() and not window.nav["profiles"].isVisible()
    assert QApplication.font().pointSizeF() > 11  # large type


def test_close_requests_are_refused(kiosk: Driver) -> None:
    assert kiosk.window.close() is False
    assert kiosk.window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_escape_shortcuts_are_swallowed(
    kiosk: Driver, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    visit(kiosk)
    kiosk.window.controller.go("progress")
    kiosk.on("progress")
    QTest.keyClick(kiosk.window, key, modifiers)
    kiosk.idle()
    assert (
        kiosk.window.isVisible() and kiosk.window.controller.current_name() == "progress"
    )  # not even "back"
    assert kiosk.window.controller.guard.refusals


def test_context_menus_are_blocked_even_on_text_fields(kiosk: Driver) -> None:
    field = QLineEdit(kiosk.window)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(2, 2), field.mapToGlobal(QPoint(2, 2))
    )
    guard = kiosk.window.controller.guard
    with kiosk.qtbot.waitSignal(guard.refused) as refused:
        assert guard.eventFilter(field, event) is True
    assert refused.args == ["context menu"]


def test_kiosk_quizzes_need_no_typing(kiosk: Driver) -> None:
    visit(kiosk)
    kiosk.window.controller.start_quiz(size=20)
    quiz = kiosk.on("quiz")
    assert {q.qtype for q in quiz.data.questions} <= set(KIOSK_QUESTION_TYPES)


def test_an_idle_visit_warns_then_resets_and_leaves_nothing_behind(kiosk: Driver) -> None:
    window = kiosk.window
    window.controller.kiosk_settings.keep_results = False  # this kiosk discards guests' answers
    visit(kiosk)
    window.controller.start_quiz(size=3)
    quiz = kiosk.on("quiz")
    answer_current(kiosk, right=True)
    quiz.main_button.click()
    kiosk.idle()
    QApplication.clipboard().setText("a visitor's note")
    with session_scope(window.controller.engine) as session:
        assert len(session.exec(select(Response)).all()) == 1
    window.controller.guard.idle_seconds, window.controller.guard.warning_seconds = 0.3, 0.6
    window.controller.guard.touch()
    kiosk.qtbot.waitUntil(lambda: window.controller.idle_warning.isVisible(), timeout=5000)
    assert "seconds" in window.controller.idle_warning.countdown.text()
    kiosk.qtbot.waitUntil(lambda: window.controller.current_name() == "attract", timeout=5000)
    kiosk.idle()
    assert window.controller.learner_id is None and not window.controller.idle_warning.isVisible()
    assert set(window.controller.screens) == {
        "attract"
    }  # every screen holding the visit's inputs is gone
    assert QApplication.clipboard().text() == ""
    with session_scope(window.controller.engine) as session:
        assert session.exec(select(Response)).all() == []
        assert session.exec(select(Learner)).all() == []


def test_continue_keeps_the_visit_going(kiosk: Driver) -> None:
    window = kiosk.window
    visit(kiosk)
    window.controller.guard.idle_seconds, window.controller.guard.warning_seconds = 0.2, 30
    kiosk.qtbot.waitUntil(lambda: window.controller.idle_warning.isVisible(), timeout=5000)
    window.controller.idle_warning.continue_button.click()
    assert (
        not window.controller.idle_warning.isVisible()
        and window.controller.current_name() == "home"
    )
    window.controller.guard.idle_seconds = 60
    time.sleep(0.3)
    kiosk.idle()
    assert window.controller.learner_id is not None


def test_kept_results_stay_anonymous(kiosk: Driver) -> None:
    window = kiosk.window
    visit(kiosk)
    window.controller.start_quiz(size=2)
    quiz = kiosk.on("quiz")
    answer_current(kiosk, right=True)
    quiz.main_button.click()
    kiosk.idle()
    window.nav["finish"].click()
    kiosk.on("attract")
    with session_scope(window.controller.engine) as session:
        names = [lr.name for lr in session.exec(select(Learner))]
        assert len(names) == 1 and names[0].startswith("Guest ")
        assert len(session.exec(select(Response)).all()) == 1


def _supervisor_gesture(window: MainWindow) -> None:
    QApplication.sendEvent(
        window, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_S,
                          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    )  # fmt: skip


def test_no_supervisor_pin_can_be_chosen_on_the_kiosk_itself(kiosk: Driver) -> None:
    from civicquiz.core.pins import has_pin

    window = kiosk.window
    _supervisor_gesture(window)
    kiosk.idle()
    panel = window.controller.supervisor
    assert panel.isVisible() and not panel.pin.isVisible() and not panel.unlock_button.isVisible()
    assert "civicquiz pin --role supervisor --set" in panel.message.text()
    panel.pin.setText("135799")  # even if something typed into the hidden field
    panel.submit()
    kiosk.idle()
    assert not panel.controls.isVisible() and not panel.exit_button.isVisible()
    with session_scope(window.controller.engine) as session:
        assert not has_pin(session, role="supervisor")


def test_the_supervisor_pin_opens_the_way_out_and_wrong_pins_are_throttled(kiosk: Driver) -> None:
    from civicquiz.core.pins import set_pin

    window = kiosk.window
    with session_scope(window.controller.engine) as session:
        set_pin(session, "135799", role="supervisor")  # set outside the kiosk (CLI, teacher)
    _supervisor_gesture(window)
    kiosk.idle()
    panel = window.controller.supervisor
    assert panel.isVisible() and panel.pin.isVisible()
    for _ in range(8):  # Enter on an empty field is no attempt: nobody is locked out by it
        panel.submit()
        kiosk.idle()
    assert panel.message.text() == "Type the PIN first."
    panel.pin.setText("135799")
    panel.submit()
    kiosk.idle()
    assert panel.controls.isVisible()
    panel.hide()
    title = window.controller.screens["attract"].title
    for _ in range(5):  # the hidden gesture: five taps on the title
        QTest.mouseClick(title, Qt.MouseButton.LeftButton)
    kiosk.idle()
    assert panel.isVisible() and not panel.controls.isVisible()
    for _ in range(3):
        panel.pin.setText("000000")
        panel.submit()
        kiosk.idle()
    panel.pin.setText("135799")
    panel.submit()
    kiosk.idle()
    assert "Try again in" in panel.message.text() and not panel.controls.isVisible()


@pytest.mark.parametrize("how", ["minimised", "normal", "deactivated"])
def test_the_kiosk_comes_back_full_screen_when_displaced(kiosk: Driver, how: str) -> None:
    window = kiosk.window
    assert window.isFullScreen()
    if how == "minimised":  # super+d, Alt+Space > Iconify
        window.showMinimized()
    elif how == "normal":  # a window manager dropping full screen
        window.showNormal()
    else:  # another desktop or window took the focus
        window.setWindowState(Qt.WindowState.WindowNoState)
    kiosk.qtbot.waitUntil(
        lambda: window.isFullScreen() and not window.isMinimized() and window.isVisible(),
        timeout=10_000,
    )
    assert window.controller.guard.reasserted >= 1


def test_the_start_screens_language_is_kept_for_the_visit(kiosk: Driver) -> None:
    attract = kiosk.window.controller.screens["attract"]
    russian = next(
        b for b in attract.findChildren(QAbstractButton) if b.text() in ("Русский", "Russian")
    )
    russian.click()
    assert kiosk.window.controller.settings["language"] == "ru"
    visit(kiosk)
    assert kiosk.window.controller.settings["language"] == "ru", (
        "the visit kept the visitor's language"
    )
    with session_scope(kiosk.window.controller.engine) as session:
        guest = session.get(Learner, kiosk.window.controller.learner_id)
        assert guest is not None and guest.settings["language"] == "ru"
    kiosk.window.controller.end_visit()
    kiosk.on("attract")
    assert kiosk.window.controller.settings["language"] == "en", "the next visitor starts afresh"


def test_supervisor_settings_survive_a_restart(qtbot: Any, data_dir: Path) -> None:
    from civicquiz.services import open_app_data

    data = open_app_data()
    save_kiosk_settings(
        data.data_dir, KioskSettings(enabled=True, idle_seconds=120, keep_results=False)
    )
    window = MainWindow()  # no --kiosk: the stored setting decides
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    assert window.controller.wait_loaded()
    Driver(qtbot, window).on("attract")
    assert window.controller.kiosk and window.controller.guard.idle_seconds == 120
    window.controller.exit_kiosk()


def test_no_file_dialog_can_be_reached(kiosk: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(
            QFileDialog, name, lambda *a, n=name, **k: (opened.append(n), ("", ""))[1]
        )
    window = kiosk.window
    visit(kiosk)
    for screen in ("home", "progress", "settings"):
        window.controller.go(screen)
        kiosk.on(screen)
        for button in [b for b in window.findChildren(QAbstractButton) if b.isVisible()]:
            if not shiboken6.isValid(button):  # a language change rebuilt the screen
                continue
            if button is window.nav["finish"] or button.text().startswith(
                ("Practise", "Quick", "Exam", "Review", "Lesson", "Continue")
            ):
                continue
            button.click()
            kiosk.idle()
    window.controller.go("teacher")
    kiosk.idle()
    assert window.controller.current_name() != "teacher" and opened == []


SCREENSHOT = Path(__file__).resolve().parents[3] / "shared" / "tools" / "screenshot"


@pytest.mark.slow
@pytest.mark.skipif(
    not SCREENSHOT.exists(),
    reason="the real-window tool (../shared/tools/screenshot) is not available",
)
def test_in_a_real_window_under_a_window_manager_the_kiosk_stays(tmp_path: Path) -> None:
    """Alt+F4 (which the window manager turns into a close request), Escape and Ctrl+Q,
    sent by xdotool to a real X window: the app keeps running, full screen."""
    import os
    import subprocess
    import sys

    app = Path(sys.executable).parent / "civicquiz"
    picture = tmp_path / "kiosk.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "CIVICQUIZ_DATABASE_URL")
    }
    env["CIVICQUIZ_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [str(SCREENSHOT), "--wm", "--out", str(picture), "--wait", "4", "--keys", "alt+F4 Escape ctrl+q ctrl+w F11",
         "--", str(app), "--kiosk"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    if "could not install" in result.stderr or "no free X display" in result.stderr:
        pytest.skip(f"no virtual screen here: {result.stderr.strip()}")
    assert "program: still running" in result.stdout, result.stdout + result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 800)
    assert (
        image.pixelColor(5, 795).name() == image.pixelColor(1275, 5).name()
    )  # one window filling the screen
