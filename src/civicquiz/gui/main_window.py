"""The main window: chrome around the screens (header, page stack, status bar, focus
order). What the app does (navigation, the learner, start-up, the kiosk) is decided by the
:class:`~civicquiz.gui.router.AppController` the window owns; the screens talk to it, not
to the window.

The window paints first and the controller opens the database afterwards, so heavy
imports (SQLAlchemy, pydantic) never delay the first frame.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from civicquiz import APP_NAME
from civicquiz.gui.router import STARTUP_PROBE_ENV, AppController
from civicquiz.gui.screens.base import make_button, make_label
from civicquiz.gui.widgets.a11y import EnterActivates, install_accessibility_fixes
from civicquiz.gui.widgets.flow import FlowLayout


class FirstPaint(QObject):
    """For the benchmarks: calls ``report`` once the window's next paint has been drawn
    and handed to the window system (a zero timer queued by the paint event runs after
    the backing store is flushed), not merely when the event loop starts."""

    def __init__(self, window: QWidget, report: Callable[[], None]) -> None:
        super().__init__(window)
        self.target = window
        self.report = report
        self.done = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.target
        ):
            self.done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.report()

    def flush_then_close(self) -> None:
        if self.done:
            QTimer.singleShot(0, self.target.close)
        else:
            QTimer.singleShot(5, self.flush_then_close)


class MainWindow(QMainWindow):
    def __init__(self, data_dir: str | None = None, kiosk: bool = False) -> None:
        super().__init__()
        install_accessibility_fixes()
        app = QApplication.instance()
        if app is not None:  # Enter presses the focused button, on every screen
            self._enter_activates = EnterActivates(self)
            app.installEventFilter(self._enter_activates)
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 760)

        central = self.central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QWidget()
        self.header.setObjectName("header")
        header = QHBoxLayout(self.header)
        header.setContentsMargins(16, 8, 16, 8)
        header.addWidget(
            make_label(f"<b>{APP_NAME}</b>", wrap=False, rich=True), 0, Qt.AlignmentFlag.AlignTop
        )
        self.who = make_label("", "muted")  # read as its text: "Learning: …"; wraps if long
        header.addWidget(self.who, 1, Qt.AlignmentFlag.AlignTop)
        # The buttons wrap onto a second row rather than widen the window (200 % text).
        nav_host = QWidget()
        nav_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        nav_row = FlowLayout(nav_host)
        header.addWidget(nav_host, 2)
        self.nav: dict[str, QPushButton] = {}
        for key, text in self._nav_labels():
            button = make_button(text)
            nav_row.addWidget(button)
            self.nav[key] = button
        layout.addWidget(self.header)
        # Shown while answers wait on this computer for the server (calm, not an error).
        self.offline_label = make_label("", "muted")
        self.offline_label.setObjectName("offline")
        self.offline_label.setAccessibleName(self.tr("Connection to the server"))
        self.offline_label.setContentsMargins(16, 4, 16, 4)
        self.offline_label.hide()
        layout.addWidget(self.offline_label)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.loading = make_label(self.tr("Opening your progress…"), "heading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self._progress_bar: QProgressBar | None = None
        self.statusBar().setSizeGripEnabled(False)

        self.controller = AppController(self, data_dir, kiosk)
        for key, button in self.nav.items():
            if key == "finish":
                button.clicked.connect(lambda: self.controller.end_visit(reason="finished"))
            else:
                button.clicked.connect(lambda _=False, k=key: self.controller.go(k))
        self.controller.worker.busy_changed.connect(self._busy)
        self.controller.worker.progress.connect(self._progress)
        self.set_nav_visible(False, kiosk=False)
        if os.environ.get(STARTUP_PROBE_ENV):
            controller = self.controller
            self._paint_probe = FirstPaint(self, lambda: controller._report("first_paint"))

    def _nav_labels(self) -> list[tuple[str, str]]:
        """The header's buttons: the screen each opens and its label."""
        return [
            ("home", self.tr("Home")),
            ("progress", self.tr("Progress")),
            ("settings", self.tr("Settings")),
            ("profiles", self.tr("Switch learner")),
            ("teacher", self.tr("Teacher")),
            ("finish", self.tr("Finish")),
        ]

    def retranslate_header(self) -> None:
        for key, text in self._nav_labels():
            self.nav[key].setText(text)
            self.nav[key].setAccessibleName(text)

    def show_learner(self, name: str | None) -> None:
        """The header names the learner (or no one)."""
        if name is None:
            self.who.clear()
        else:
            self.who.setText(self.tr("Learning: {name}").format(name=name))

    def show_page(self, screen: QWidget) -> None:
        """Switch screens without the focus wandering to the header on the way: the
        focused control of the old screen lets go first."""
        focused = QApplication.focusWidget()
        if focused is not None and self.stack.isAncestorOf(focused):
            focused.clearFocus()
        self.stack.setCurrentWidget(screen)

    def focus_into(self, screen: QWidget) -> None:
        """A screen that did not place the focus itself gets it on its first control."""
        if QApplication.focusWidget() is None:
            own = [w for w in self._tab_chain(screen) if w not in self.nav.values()]
            if own:
                own[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_nav(self, name: str) -> None:
        """The header shows (and tells screen readers) which screen is open."""
        for key, button in self.nav.items():
            current = key == name
            button.setProperty("primary", current)
            button.setAccessibleDescription(self.tr("Current screen") if current else "")
            button.style().unpolish(button)
            button.style().polish(button)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the open screen's controls first and the header's buttons last."""
        screen = self.controller.current_screen()
        current = QApplication.focusWidget()
        if screen is None or current is None:
            return super().focusNextPrevChild(next)
        order = self._tab_chain(screen)
        exact = [i for i, widget in enumerate(order) if widget is current]
        index = exact[0] if exact else -1
        if index < 0:  # inside a compound control (a spin box's field): its place
            for i, widget in enumerate(order):
                if widget.isAncestorOf(current) or current.focusProxy() is widget:
                    index = i
        own = order[: len(order) - sum(1 for b in order if b in self.nav.values())]
        if index < 0 and own and not (current.isVisible() and current.isEnabled()):
            # the focused control was just hidden or disabled (a screen or question changed,
            # an answer is being saved): focus stays in the open screen, not the header
            own[0 if next else -1].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if index < 0 or not order:
            return super().focusNextPrevChild(next)
        next_index = (index + (1 if next else -1)) % len(order)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        order[next_index].setFocus(reason)
        return True

    def _tab_chain(self, screen: QWidget) -> list[QWidget]:
        def reachable(widget: QWidget) -> bool:
            return (
                widget.isVisible()
                and widget.isEnabled()
                and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
                and widget.focusProxy() is None
            )

        order: list[QWidget] = []
        widget = screen.nextInFocusChain()
        for _ in range(5000):
            if widget is screen or widget is None:
                break
            if screen.isAncestorOf(widget) and reachable(widget) and widget not in order:
                order.append(widget)
            widget = widget.nextInFocusChain()
        return order + [b for b in self.nav.values() if reachable(b)]

    def answers_sent_text(self, count: int) -> str:
        """The status line after the outbox sent ``count`` answers to the server."""
        return self.tr("%n saved answer(s) sent to the server.", "", count)

    def set_nav_visible(self, visible: bool, *, kiosk: bool) -> None:
        for key, button in self.nav.items():
            if kiosk:
                button.setVisible(visible and key in ("home", "progress", "settings", "finish"))
            else:
                button.setVisible(visible and key != "finish")

    def _progress(self, what: str, done: int, total: int) -> None:
        """Long work (loading a bank) shows how far it has got."""
        bar = self._progress_bar
        if bar is None:
            bar = QProgressBar()
            bar.setAccessibleName(self.tr("Progress of the current task"))
            bar.setMaximumWidth(260)
            self.statusBar().addPermanentWidget(bar)
            self._progress_bar = bar
        bar.setRange(0, max(1, total))
        bar.setValue(done)
        bar.setVisible(done < total)
        self.statusBar().showMessage(f"{what}… {done}/{total}")
        if self.controller.current_name() == "":
            self.loading.setText(f"{what}… {round(100 * done / max(1, total))}%")

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Saving…"))
        else:
            self.statusBar().clearMessage()

    def start_loading(self) -> None:
        """After the first paint: the shortcuts, then the controller opens the data."""
        self._install_shortcuts()
        self.controller.start_loading()

    def _install_shortcuts(self) -> None:
        """Esc goes back; the platform's Quit key closes. Made after the first paint:
        PySide builds its key tables on first use, which costs a frame."""
        from PySide6.QtGui import QAction, QKeySequence, QShortcut

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.controller.back)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def lock_for_kiosk(self) -> None:
        """Full screen, frameless, no context menus."""
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.may_close():
            event.ignore()  # only the supervisor closes a kiosk
            return
        self.controller.shut_down()
        self.controller.remember_window(bytes(self.saveGeometry().toBase64().data()).decode())
        super().closeEvent(event)

    def restore_window(self) -> None:
        """This computer's size and place for this window, as it was last closed."""
        stored = self.controller.stored_window()
        if stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))
