"""Kiosk mode: one application-wide event filter that keeps the app in place, an idle
watch that ends a visit nobody is using, and the supervisor's way in.

- Closing is refused (the window ignores close requests; Escape, F11, Ctrl+Q, Ctrl+W,
  Alt+F4 and the like are swallowed), and no context menu opens anywhere.
- Key, mouse, wheel and touch input count as activity, timed on a monotonic clock. After
  the idle time a warning counts down (at least 20 seconds) with a Continue button; if
  nobody answers, the visit ends and the attract screen returns.
- The hidden supervisor gesture (Ctrl+Alt+Shift+S, or five taps on the attract screen's
  title within four seconds) asks for the supervisor PIN.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui.screens.base import make_button, make_label

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController

log = logging.getLogger(__name__)

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
META = Qt.KeyboardModifier.MetaModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# Keys that would leave, close, print, open files or full-screen toggle: swallowed.
BLOCKED_ALONE = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F11,
    Qt.Key.Key_F1,
    Qt.Key.Key_Print,
    Qt.Key.Key_Close,
}
BLOCKED_WITH_CTRL = {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4, Qt.Key.Key_P, Qt.Key.Key_O, Qt.Key.Key_S,
                     Qt.Key.Key_N, Qt.Key.Key_T, Qt.Key.Key_L}  # fmt: skip
SUPERVISOR_KEY = (Qt.Key.Key_S, CTRL | ALT | SHIFT)


def is_blocked(event: QKeyEvent) -> bool:
    key, mods = event.key(), event.modifiers()
    if key in BLOCKED_ALONE:
        return True
    if mods & ALT and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Space):
        return True
    if mods & META:
        return True
    return bool(mods & CTRL and key in BLOCKED_WITH_CTRL)


class KioskGuard(QObject):
    """Installed on the application while the kiosk runs."""

    refused = Signal(str)  # what a visitor tried and was refused: a key, "close", "context menu"

    def __init__(
        self,
        window: QWidget,
        controller: AppController,
        idle_seconds: float,
        warning_seconds: float,
    ) -> None:
        super().__init__(window)
        self.target = window
        self.controller = controller
        self.idle_seconds = idle_seconds
        self.warning_seconds = warning_seconds
        self.last_input = time.monotonic()
        self.warning_started: float | None = None
        self.refusals = 0  # how many times something was refused (a count, not a list)
        self.reasserted = 0  # times the window was put back (full screen, in front)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def touch(self) -> None:
        self.last_input = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            if (event.key(), event.modifiers()) == SUPERVISOR_KEY and kind == QEvent.Type.KeyPress:
                self.controller.ask_supervisor()
                return True
            if is_blocked(event):
                if kind == QEvent.Type.KeyPress:
                    self._refuse(f"key {event.key()} {int(event.modifiers().value)}")
                event.accept()
                return True
        if (
            kind == QEvent.Type.Close
            and watched is self.target
            and not self.controller.kiosk_exit_allowed()
        ):
            event.ignore()  # the window manager's close button, Alt+F4, a session's close request
            self._refuse("close")
            return True
        if kind == QEvent.Type.ContextMenu:
            self._refuse("context menu")
            return True
        if watched is self.target and kind in (
            QEvent.Type.WindowStateChange,
            QEvent.Type.WindowDeactivate,
            QEvent.Type.Hide,
        ):
            # Minimised (super+d, Alt+Space), moved to another desktop, un-full-screened:
            # put back as soon as the window manager has finished.
            QTimer.singleShot(100, self.keep_in_front)
        if kind in ACTIVITY:
            self.touch()
            if self.warning_started is not None and kind != QEvent.Type.MouseMove:
                self.controller.kiosk_continue()
        return False

    def _refuse(self, what: str) -> None:
        self.refusals += 1
        log.debug("kiosk refused: %s", what)
        self.refused.emit(what)

    def displaced(self) -> bool:
        """The window is not full screen, is minimised or hidden, or the app has lost the
        focus with no dialog of its own open."""
        window = self.target
        if self.controller.kiosk_exit_allowed():
            return False
        state = window.windowState()
        if state & Qt.WindowState.WindowMinimized or not state & Qt.WindowState.WindowFullScreen:
            return True
        if not window.isVisible():
            return True
        return QApplication.activeModalWidget() is None and QApplication.activeWindow() is None

    def keep_in_front(self) -> None:
        if not self.displaced():
            return
        window = self.target
        self.reasserted += 1
        state = window.windowState() & ~Qt.WindowState.WindowMinimized
        window.setWindowState(state | Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowActive)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()

    def idle_for(self) -> float:
        return time.monotonic() - self.last_input

    def tick(self) -> None:
        self.keep_in_front()
        if not self.controller.kiosk_visit_active():
            self.warning_started = None
            return
        if self.warning_started is None:
            if self.idle_for() >= self.idle_seconds:
                self.warning_started = time.monotonic()
                self.controller.kiosk_warn(int(self.warning_seconds))
            return
        left = self.warning_seconds - (time.monotonic() - self.warning_started)
        if left <= 0:
            self.warning_started = None
            self.controller.end_visit(reason="idle")
        else:
            self.controller.kiosk_warn(int(left + 0.999))


class IdleWarning(QFrame):
    """Asks an idle visitor whether they are still there, with a visible countdown."""

    def __init__(self, parent: QWidget, on_continue: Any) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarning")
        highlight = self.palette().highlight().color().name()
        base = self.palette().base().color().name()
        self.setStyleSheet(
            f"QFrame#idleWarning {{ background: {base}; border: 4px solid {highlight}; border-radius: 12px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(make_label(self.tr("Are you still there?"), "title"))
        self.countdown = make_label("", "heading")
        self.countdown.setAccessibleDescription(self.tr("Time left before the session ends"))
        layout.addWidget(self.countdown)
        self.continue_button = make_button(self.tr("Continue"), primary=True)
        self.continue_button.clicked.connect(on_continue)
        layout.addWidget(self.continue_button)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.countdown.setText(
            self.tr("This session ends in {s} seconds, and your answers are cleared.").format(
                s=seconds
            )
        )
        parent = self.parentWidget()
        if parent is not None:
            self.adjustSize()
            self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
        self.show()
        self.raise_()
        self.continue_button.setFocus()


class SupervisorPanel(QFrame):
    """The supervisor's view: the PIN first, then the kiosk's settings and the way out."""

    def __init__(self, parent: QWidget, controller: AppController) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(make_label(self.tr("Supervisor"), "title"))
        self.message = make_label("", "muted")
        self.message.setAccessibleDescription(self.tr("Message"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(self.tr("Supervisor PIN"))
        self.pin.returnPressed.connect(self.submit)
        self.unlock_button = make_button(self.tr("Unlock"), primary=True)
        self.unlock_button.clicked.connect(self.submit)
        self.close_button = make_button(self.tr("Back to the kiosk"))
        self.close_button.clicked.connect(self.hide)
        self.controls = QWidget()
        form = QFormLayout(self.controls)
        self.idle = QSpinBox()
        self.idle.setRange(15, 3600)
        self.idle.setSuffix(" s")
        self.idle.setAccessibleName(self.tr("Idle time before a visit ends"))
        self.keep = QCheckBox(
            self.tr("Keep guests' answers (anonymously) for the teacher's statistics")
        )
        self.keep.setAccessibleName(self.keep.text())
        self.start_in_kiosk = QCheckBox(self.tr("Start in kiosk mode"))
        self.start_in_kiosk.setAccessibleName(self.start_in_kiosk.text())
        form.addRow(self.tr("Idle time"), self.idle)
        form.addRow("", self.keep)
        form.addRow("", self.start_in_kiosk)
        row = QHBoxLayout()
        self.save_button = make_button(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.exit_button = make_button(self.tr("Quit the app"))
        self.exit_button.clicked.connect(self.controller.exit_kiosk)
        row.addWidget(self.save_button)
        row.addWidget(self.exit_button)
        form.addRow("", row)
        for widget in (
            self.message,
            self.pin,
            self.unlock_button,
            self.controls,
            self.close_button,
        ):
            layout.addWidget(widget)
        self.has_pin = False
        self.hide()

    def open(self) -> None:
        from civicquiz.services import settings

        self.pin.clear()
        self.message.clear()
        self.controls.hide()
        self.pin.show()
        self.unlock_button.show()

        def show(exists: bool) -> None:
            # A PIN is never chosen here: this is the public screen, and whoever got here
            # first would own the kiosk. It is set, typed twice, outside the kiosk.
            self.has_pin = exists
            self.pin.setVisible(exists)
            self.unlock_button.setVisible(exists)
            self.message.setText(
                self.tr("Enter the supervisor PIN.") if exists
                else self.tr("No supervisor PIN is set, so the kiosk cannot be unlocked here. "
                             "Set one on the Teacher screen outside kiosk mode, or with: "
                             "civicquiz pin --role supervisor --set")
            )  # fmt: skip
            parent = self.parentWidget()
            self.adjustSize()
            if parent is not None:
                self.move(
                    (parent.width() - self.width()) // 2, (parent.height() - self.height()) // 4
                )
            self.show()
            self.raise_()
            self.pin.setFocus()

        self.controller.ops.query(lambda db: settings.has_pin(db, role="supervisor"), show)

    def submit(self) -> None:
        from civicquiz.gui.widgets.pin import PinEntry

        if not self.has_pin:
            return
        pin = self.pin.text()
        self.pin.clear()
        PinEntry(self.controller, "supervisor").submit(
            pin, creating=False, unlocked=self.unlocked, say=self.message.setText
        )

    def unlocked(self) -> None:
        settings = self.controller.kiosk_settings
        assert settings is not None
        self.idle.setValue(settings.idle_seconds)
        self.keep.setChecked(settings.keep_results)
        self.start_in_kiosk.setChecked(settings.enabled)
        self.pin.hide()
        self.unlock_button.hide()
        self.message.setText(self.tr("Unlocked."))
        self.controls.show()
        self.adjustSize()

    def save(self) -> None:
        from civicquiz.services.settings import save_kiosk_settings

        settings = self.controller.kiosk_settings
        assert settings is not None
        settings.idle_seconds = self.idle.value()
        settings.keep_results = self.keep.isChecked()
        settings.enabled = self.start_in_kiosk.isChecked()
        self.controller.save_kiosk_settings(settings)
        here = self.controller.here()

        self.controller.ops.collection(
            lambda _db: save_kiosk_settings(here, settings),
            lambda _: self.message.setText(self.tr("Saved.")),
        )
