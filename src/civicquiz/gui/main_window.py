"""The main window: a small state machine over the screens (profiles -> home -> lesson,
quiz -> results; progress; settings), in the manner of Anki's main window.

Database work goes through one :class:`DbWorker`; the window paints first and opens the
database afterwards, so heavy imports (SQLAlchemy, pydantic) never delay the first frame.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from civicquiz import APP_NAME
from civicquiz.gui import i18n, theme
from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.gui.widgets.a11y import EnterActivates, install_accessibility_fixes
from civicquiz.gui.widgets.flow import FlowLayout
from civicquiz.gui.worker import DbWorker

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

DEFAULT_SETTINGS: dict[str, Any] = {
    "language": "en",
    "content_language": "",  # empty: lessons and questions follow the interface language
    "theme": "light",
    "font_scale": 1.0,
}
STARTUP_PROBE_ENV = "CIVICQUIZ_STARTUP_PROBE"
log = logging.getLogger(__name__)
PROBE_CLICK_ENV = "CIVICQUIZ_PROBE_CLICK"


class _FirstPaint(QObject):
    """For the benchmarks: calls ``report`` once the window's next paint has been drawn
    and handed to the window system (a zero timer queued by the paint event runs after
    the backing store is flushed), not merely when the event loop starts."""

    def __init__(self, window: QWidget, report: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
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
            and watched.window() is self.window
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
            QTimer.singleShot(0, self.window.close)
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
        self.data_dir = data_dir
        self.kiosk_requested = kiosk
        self.kiosk = False
        self.kiosk_settings: Any = None
        self.guard: Any = None
        self._exit_allowed = False
        self.engine: Engine | None = None
        self.data_folder: Path | None = None  # resolved when the data is opened
        self._outbox: Any = None
        self._computer_id: str | None = None
        self._draining = False
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(15_000)
        self._drain_timer.timeout.connect(self._drain_soon)
        self.notices: list[str] = []
        self.learner_id: int | None = None
        self.learner_name = ""
        self.settings: dict[str, Any] = dict(DEFAULT_SETTINGS)
        # The language the screens are built in (English too: its .qm holds the %n plurals).
        i18n.install_language(str(self.settings["language"]))
        self.history: list[tuple[str, dict[str, Any]]] = []
        self.worker = DbWorker(self)
        self.worker.default_error = self._job_failed
        self.worker.busy_changed.connect(self._busy)
        self.worker.progress.connect(self._progress)
        self.progress_events: list[tuple[str, int, int]] = []
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 760)
        self._probe = os.environ.get(STARTUP_PROBE_ENV)
        self._interactive_reported = False

        central = QWidget()
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
        self.nav: dict[str, Any] = {}
        for key, text in self._nav_labels():
            button = make_button(text)
            if key == "finish":
                button.clicked.connect(lambda: self.end_visit(reason="finished"))
            else:
                button.clicked.connect(lambda _=False, k=key: self.go(k))
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
        self.screens: dict[str, Screen] = {}
        self._set_nav_visible(False)

        self.statusBar().setSizeGripEnabled(False)
        if self._probe:
            self._paint_probe = _FirstPaint(self, lambda: self._report("first_paint"))

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

    # -- screens ------------------------------------------------------------------------
    SCREENS: ClassVar[dict[str, tuple[str, str]]] = {
        "profiles": ("civicquiz.gui.screens.profiles", "ProfilesScreen"),
        "home": ("civicquiz.gui.screens.home", "HomeScreen"),
        "lesson": ("civicquiz.gui.screens.lesson", "LessonScreen"),
        "quiz": ("civicquiz.gui.screens.quiz", "QuizScreen"),
        "exam_start": ("civicquiz.gui.screens.exam_start", "ExamStartScreen"),
        "results": ("civicquiz.gui.screens.results", "ResultsScreen"),
        "progress": ("civicquiz.gui.screens.progress", "ProgressScreen"),
        "settings": ("civicquiz.gui.screens.settings", "SettingsScreen"),
        "teacher": ("civicquiz.gui.screens.teacher", "TeacherScreen"),
        "attract": ("civicquiz.gui.screens.attract", "AttractScreen"),
    }

    def screen(self, name: str) -> Screen:
        """The screen called ``name``, built the first time it is needed (so that building
        the window, and its first paint, stay cheap)."""
        if name not in self.screens:
            import importlib

            module, class_name = self.SCREENS[name]
            screen = getattr(importlib.import_module(module), class_name)(self)
            self.screens[name] = screen
            self.stack.addWidget(screen)
        return self.screens[name]

    def rebuild_screens(self) -> None:
        """Recreate the screens, e.g. after the interface language changed."""
        current = self.current_name()
        for screen in self.screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        for key, text in self._nav_labels():
            self.nav[key].setText(text)
            self.nav[key].setAccessibleName(text)
        if self.learner_id is not None:
            self.who.setText(self.tr("Learning: {name}").format(name=self.learner_name))
        if current:
            screen = self.screen(current)
            self.stack.setCurrentWidget(screen)
            screen.enter(**(self.history[-1][1] if self.history else {}))

    def current_name(self) -> str:
        widget = self.stack.currentWidget()
        return widget.name if isinstance(widget, Screen) else ""

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def go(self, name: str, **params: Any) -> None:
        """Show screen ``name``; the home screen resets the Back history."""
        if self.kiosk and name in ("profiles", "teacher", "attract"):
            name = "attract" if self.learner_id is None else "home"  # no way out of the kiosk
        elif self.kiosk and self.learner_id is None:
            name = "attract"
        elif name not in ("profiles", "teacher") and self.learner_id is None:
            name = "profiles"
        if name in ("home", "profiles"):
            self.history.clear()
        self.history.append((name, params))
        screen = self.screen(name)
        self._show_screen(screen)
        self._set_nav_visible(self.learner_id is not None)
        self._mark_nav(name)
        screen.enter(**params)
        self._focus_into(screen)

    def _show_screen(self, screen: QWidget) -> None:
        """Switch screens without the focus wandering to the header on the way: the
        focused control of the old screen lets go first."""
        focused = QApplication.focusWidget()
        if focused is not None and self.stack.isAncestorOf(focused):
            focused.clearFocus()
        self.stack.setCurrentWidget(screen)

    def _focus_into(self, screen: QWidget) -> None:
        """A screen that did not place the focus itself gets it on its first control."""
        if QApplication.focusWidget() is None:
            own = [w for w in self._tab_chain(screen) if w not in self.nav.values()]
            if own:
                own[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_nav(self, name: str) -> None:
        """The header shows (and tells screen readers) which screen is open."""
        for key, button in self.nav.items():
            current = key == name
            button.setProperty("primary", current)
            button.setAccessibleDescription(self.tr("Current screen") if current else "")
            button.style().unpolish(button)
            button.style().polish(button)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the open screen's controls first and the header's buttons last."""
        screen = self.current_screen()
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

    def back(self) -> None:
        """Esc: leave the current screen (a quiz keeps its answers) and go back."""
        screen = self.current_screen()
        if screen is None or not screen.leave():
            return
        if screen.name == "quiz":
            self.go("home")
            self.statusBar().showMessage(
                self.tr("Your answers are saved. Continue any time from Home."), 5000
            )
            return
        if len(self.history) > 1:
            self.history.pop()
            name, params = self.history[-1]
            self._show_screen(self.screen(name))
            self._mark_nav(name)
            self.screens[name].enter(**params)
            self._focus_into(self.screens[name])
        elif screen.name != "home" and self.learner_id is not None:
            self.go("home")

    def _set_nav_visible(self, visible: bool) -> None:
        for key, button in self.nav.items():
            if self.kiosk:
                button.setVisible(visible and key in ("home", "progress", "settings", "finish"))
            else:
                button.setVisible(visible and key != "finish")

    # -- database work ------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for use inside worker jobs."""
        from sqlmodel import Session

        with Session(self.require_engine(), expire_on_commit=False) as session:
            yield session

    # -- the outbox: answers kept on this computer while the database is out of reach ---
    def outbox(self) -> Any:
        from civicquiz.core.outbox import Outbox

        if self._outbox is None:
            self._outbox = Outbox(self.here())
        return self._outbox

    def computer_id(self) -> str:
        from civicquiz import computer

        if self._computer_id is None:
            self._computer_id = computer.computer_id(self.here())
        return self._computer_id

    def note_delivery(self, delivery: Any) -> None:
        """After an answer was stored or queued: say so calmly when it was queued, and
        keep trying to send the queue in the background."""
        if delivery.queued:
            self.offline_label.setText(
                self.tr("Saved on this computer: results will be sent when the server is back.")
            )
            self.offline_label.show()
            if not self._drain_timer.isActive():
                self._drain_timer.start()
        elif self.offline_label.isVisible():
            self._drain_soon()

    def _drain_if_waiting(self) -> None:
        """At start: answers left in the outbox last time are sent in the background."""
        if self.outbox().path.exists():
            self._drain_timer.start()
            self._drain_soon()

    def _drain_soon(self) -> None:
        """Send what waits in the outbox (on the worker thread; the window never waits)."""
        if self.engine is None or self._draining:
            return
        if not self.outbox().path.exists() and not self.offline_label.isVisible():
            self._drain_timer.stop()
            return
        from civicquiz.core.outbox import drain, server_answers

        self._draining = True
        engine, outbox = self.engine, self.outbox()

        def job() -> Any:
            drained, left = drain(engine, outbox), outbox.pending_count()
            if not left and not (drained.sent or drained.already):
                server_answers(engine)  # nothing was waiting: is the server back?
            return drained, left

        def done(result: Any) -> None:
            self._draining = False
            drained, left = result
            if left == 0:
                self._drain_timer.stop()
                self.offline_label.hide()
                if drained.sent:
                    self.statusBar().showMessage(
                        self.tr("%n saved answer(s) sent to the server.", "", drained.sent),
                        10_000,
                    )

        def failed(_error: BaseException, _trace: str) -> None:
            self._draining = False  # tried again at the next tick

        self.run(job, done, failed)

    def here(self) -> Path:
        """This computer's data folder, where its own settings file lives."""
        if self.data_folder is None:
            from civicquiz.paths import data_dir

            self.data_folder = data_dir(self.data_dir)
        return self.data_folder

    def run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException, str], None] | None = None,
    ) -> int:
        return self.worker.submit(job, done, error)

    def _job_failed(self, error: BaseException, trace: str) -> None:
        from civicquiz.core.outbox import unreachable
        from civicquiz.gui import core_text
        from civicquiz.gui.screens.base import as_rich_text
        from civicquiz.services import user_message

        log.error("a background job failed: %s\n%s", error, trace)
        server = self.engine is not None and self.engine.dialect.name != "sqlite"
        if server and unreachable(error):
            # The classroom server is away: no raw message and no dialog at every screen
            # the learner opens; the quiet line under the header says it, and the outbox
            # timer keeps trying (a quick quiz still starts, from this computer's copy).
            self.offline_label.setText(
                self.tr(
                    "The server cannot be reached just now. Answers given here are kept on "
                    "this computer and sent when it is back; a quick quiz still starts."
                )
            )
            self.offline_label.show()
            self.outbox()._went_offline(error)
            if not self._drain_timer.isActive():
                self._drain_timer.start()
            return
        message = core_text.translate(user_message(error))
        QMessageBox.warning(self, APP_NAME, as_rich_text(message))

    def _progress(self, what: str, done: int, total: int) -> None:
        """Long work (loading a bank) shows how far it has got."""
        from PySide6.QtWidgets import QProgressBar

        self.progress_events.append((what, done, total))
        bar = getattr(self, "_progress_bar", None)
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
        if self.current_name() == "":
            self.loading.setText(f"{what}… {round(100 * done / max(1, total))}%")

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Saving…"))
        else:
            self.statusBar().clearMessage()

    # -- start-up -----------------------------------------------------------------------
    def start_loading(self) -> None:
        """Two steps on the worker: a quick read with ``sqlite3`` alone puts the home screen
        up, then the full open (SQLAlchemy, upgrades, backups) runs behind it. When the
        quick read cannot be trusted (a first start, damage, an upgrade), only the full
        open runs, and the first screen follows it."""
        self._install_shortcuts()
        data_dir = self.data_dir

        def quick() -> Any:
            from civicquiz.services import quick_start

            return quick_start(data_dir)

        def full() -> Any:
            from civicquiz import computer
            from civicquiz.core.kiosk import kiosk_settings
            from civicquiz.core.progress import LAST_LEARNER, last_learner_summary
            from civicquiz.services import open_app_data

            label = self.tr("Loading the question bank")
            data = open_app_data(
                data_dir, progress=lambda done, total: self.worker.report(label, done, total)
            )
            self.engine = data.engine
            self.data_folder = data.data_dir
            self.kiosk_settings = kiosk_settings(data.data_dir)
            with self.session() as session:
                last = computer.get(data.data_dir, LAST_LEARNER)
                return data, last_learner_summary(session, last)

        def after_quick(start: Any) -> None:
            if (
                start is not None
                and start.learner is not None
                and not (self.kiosk_requested or start.kiosk)
            ):
                self._use_learner(*start.learner)
                self.go("home", summary=start.home)
                self.run(full, self._opened_after_quick, self._load_failed)
            elif start is not None and start.fresh and not (self.kiosk_requested or start.kiosk):
                # A first start: the open (which creates the database and loads the bank)
                # queued first, then the profile screen at once; its list is read after.
                self.run(full, self._opened_after_quick, self._load_failed)
                self._show_profiles()
            else:
                self.run(full, self._loaded, self._load_failed)

        self.run(quick, after_quick, lambda *_: self.run(full, self._loaded, self._load_failed))

    def _install_shortcuts(self) -> None:
        """Esc goes back; the platform's Quit key closes. Made after the first paint:
        PySide builds its key tables on first use, which costs a frame."""
        from PySide6.QtGui import QAction, QKeySequence, QShortcut

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.back)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    # -- kiosk ------------------------------------------------------------------------
    def enter_kiosk(self) -> None:
        """Full screen, frameless, locked: visitors only ever see the learner's screens."""
        from civicquiz.core.kiosk import KioskSettings
        from civicquiz.gui.kiosk import IdleWarning, KioskGuard, SupervisorPanel

        self.kiosk = True
        self.kiosk_settings = self.kiosk_settings or KioskSettings()
        self.forget_learner()
        self._apply(DEFAULT_SETTINGS | self.kiosk_settings.visitor_defaults)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.showFullScreen()
        self.guard = KioskGuard(
            self, self.kiosk_settings.idle_seconds, self.kiosk_settings.warning_seconds
        )
        self.guard.start()
        self.idle_warning = IdleWarning(self.centralWidget(), self.kiosk_continue)
        self.supervisor = SupervisorPanel(self.centralWidget(), self)
        self.who.clear()
        self.go("attract")

    def kiosk_visit_active(self) -> bool:
        return self.kiosk and self.learner_id is not None and self.current_name() != "attract"

    def kiosk_warn(self, seconds: int) -> None:
        self.idle_warning.show_seconds(seconds)

    def kiosk_continue(self) -> None:
        if self.guard is not None:
            self.guard.warning_started = None
            self.guard.touch()
        self.idle_warning.hide()

    def start_visit(self) -> None:
        from civicquiz.core.kiosk import start_guest

        settings = self.kiosk_settings
        language = self.settings.get("language")  # chosen on the start screen: kept

        def job() -> tuple[int, str, dict[str, Any]]:
            with self.session() as session:
                guest = start_guest(session, settings, language=language)
                return guest.id or 0, guest.name, dict(guest.settings)

        def done(guest: tuple[int, str, dict[str, Any]]) -> None:
            learner_id, _, guest_settings = guest
            self._use_learner(learner_id, self.tr("Guest"), guest_settings)
            if self.guard is not None:
                self.guard.touch()
            self.go("home")

        self.run(job, done)

    def end_visit(self, reason: str = "finished") -> None:
        """The visitor finished or walked away: their state goes, the attract screen returns."""
        from civicquiz.core.kiosk import end_guest

        guest_id, settings = self.learner_id, self.kiosk_settings
        if guest_id is not None:

            def job() -> None:
                with self.session() as session:
                    end_guest(session, guest_id, settings)

            self.run(job)
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.idle_warning.hide()
        self.supervisor.hide()
        for name in [n for n in self.screens if n != "attract"]:  # no inputs survive the visit
            screen = self.screens.pop(name)
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.history.clear()
        self.learner_id = None
        self.learner_name = ""
        self.who.clear()
        self._apply(DEFAULT_SETTINGS | settings.visitor_defaults)
        self.go("attract")
        self.last_visit_end = reason

    def ask_supervisor(self) -> None:
        if self.kiosk:
            self.supervisor.open()

    def kiosk_exit_allowed(self) -> bool:
        return self._exit_allowed

    def exit_kiosk(self) -> None:
        self._exit_allowed = True
        if self.guard is not None:
            self.guard.stop()
        self.close()

    def require_engine(self) -> Engine:
        assert self.engine is not None, "the database is not open yet"
        return self.engine

    def wait_loaded(self, timeout_s: float = 30) -> bool:
        """Process events until the database is open and a first screen is shown."""
        return self.wait_for(None, timeout_s) and self.engine is not None

    def wait_for(
        self,
        name: str | None = None,
        timeout_s: float = 30,
        give_up: Callable[[], bool] | None = None,
    ) -> bool:
        """Process events until no database job is pending and screen ``name`` (any, if
        None) is shown. For scripts driving the window: tests, the self-test, benchmarks."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if give_up is not None and give_up():
                return False
            shown = self.current_name()
            if (
                self.engine is not None
                and self.worker.pending == 0
                and shown
                and name in (None, shown)
            ):
                return True
            time.sleep(0.005)
        return False

    def _loaded(self, result: tuple[Any, tuple[int, str, dict[str, Any]] | None]) -> None:
        _, last = result
        self._drain_if_waiting()
        if self.kiosk_requested or (
            self.kiosk_settings is not None and self.kiosk_settings.enabled
        ):
            self.enter_kiosk()
            self.mark_interactive()
        elif last:
            self._use_learner(*last)
            self.go("home")
        else:
            self._show_profiles()
        self._opened(result)

    def _show_profiles(self) -> None:
        """No learner yet: the profile screen, in the language this computer was last used in."""
        from civicquiz import computer

        language = computer.get(self.here(), "language")
        if isinstance(language, str) and language != self.settings["language"]:
            self._apply(self.settings | {"language": language})
        self.go("profiles")
        self.mark_interactive()

    def _opened(self, result: tuple[Any, Any]) -> None:
        data, _ = result
        self._drain_if_waiting()
        self.notices = list(data.notices)
        from civicquiz.gui.screens.base import as_rich_text

        for notice in self.notices:
            QMessageBox.warning(self, APP_NAME, as_rich_text(notice))

    def _opened_after_quick(self, result: tuple[Any, Any]) -> None:
        if result[0].notices:  # the full open repaired the database: show what it now holds
            self._loaded(result)
        else:
            self._opened(result)

    def _load_failed(self, error: BaseException, trace: str) -> None:
        from civicquiz.gui import core_text
        from civicquiz.gui.screens.base import as_rich_text
        from civicquiz.services import user_message

        log.error("opening the data failed: %s\n%s", error, trace)
        heading = self.tr("Could not open your data")
        message = core_text.translate(user_message(error))
        self.loading.setText(f"<h2>{html.escape(heading)}</h2><p>{html.escape(message)}</p>")
        self.loading.setTextFormat(Qt.TextFormat.RichText)
        self.loading.setWordWrap(True)
        QMessageBox.critical(self, APP_NAME, as_rich_text(message))

    def mark_interactive(self) -> None:
        """The first screen can be used. With the start-up probe (benchmarks) this is
        reported; with ``CIVICQUIZ_PROBE_CLICK`` the probe then clicks Quick quiz at once,
        as an eager user would, and reports when the first question is on screen."""
        if self._probe and not self._interactive_reported:
            self._interactive_reported = True
            self._report("interactive")
            home = self.screens.get("home")
            if (
                os.environ.get(PROBE_CLICK_ENV)
                and home is not None
                and self.current_name() == "home"
            ):
                quiz = self.screen("quiz")

                def answered() -> None:
                    quiz.on_question_shown = None
                    self._paint_probe = _FirstPaint(self, lambda: self._report("click_answered"))
                    self.update()
                    QTimer.singleShot(0, self._paint_probe.flush_then_close)

                quiz.on_question_shown = answered
                QTimer.singleShot(0, lambda: (self._report("click"), home.quick_button.click()))
            else:
                QTimer.singleShot(0, self.close)

    def _report(self, event: str) -> None:
        if self._probe:
            with open(self._probe, "a", encoding="utf-8") as probe:
                probe.write(f"{event} {time.time():.6f}\n")

    # -- learners and settings ----------------------------------------------------------
    def _use_learner(self, learner_id: int, name: str, settings: dict[str, Any]) -> None:
        self.learner_id = learner_id
        self.learner_name = name
        self.who.setText(self.tr("Learning: {name}").format(name=name))
        self._apply(DEFAULT_SETTINGS | settings)
        self.refresh_offline_copy()

    def switch_learner(self, learner_id: int, name: str) -> None:
        from civicquiz.core.learners import learner_settings, touch_learner

        def job() -> dict[str, Any]:
            from civicquiz.core.models import Learner

            with self.session() as session:
                touch_learner(session, learner_id, self.here())
                learner = session.get(Learner, learner_id)
                return learner_settings(learner) if learner else dict(DEFAULT_SETTINGS)

        def done(settings: dict[str, Any]) -> None:
            self._use_learner(learner_id, name, settings)
            self.go("home")

        self.run(job, done)

    def forget_learner(self) -> None:
        self.learner_id = None
        self.learner_name = ""
        self.who.clear()
        self._apply(dict(DEFAULT_SETTINGS))

    @property
    def content_language(self) -> str:
        """The language of lessons and questions for this learner (see core.learners)."""
        from civicquiz.core.learners import content_language

        return content_language(self.settings)

    @property
    def theme(self) -> str:
        return str(self.settings["theme"])

    def _apply(self, settings: dict[str, Any]) -> None:
        language_changed = settings["language"] != self.settings["language"]
        self.settings = dict(settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, self.theme, float(settings["font_scale"]), touch=self.kiosk)
        if language_changed:
            i18n.install_language(str(settings["language"]))
            self.rebuild_screens()

    def apply_settings(self, **changes: Any) -> None:
        """Apply at once and keep them with the learner."""
        from civicquiz.core.learners import update_learner_settings

        self._apply(self.settings | changes)
        learner_id = self.learner_id
        if learner_id is not None:

            def job() -> None:
                with self.session() as session:
                    update_learner_settings(session, learner_id, **changes)

            self.run(job)

    # -- quizzes ------------------------------------------------------------------------
    def start_quiz(
        self,
        *,
        size: int = 10,
        topic_ids: list[int] | None = None,
        question_ids: list[int] | None = None,
        review: bool = False,
        mode: str = "practice",
        time_limit_s: int | None = None,
        title: str = "",
    ) -> None:
        from civicquiz.core import offline
        from civicquiz.core.kiosk import KIOSK_QUESTION_TYPES
        from civicquiz.core.quiz import QuizRequest

        learner_id, computer_id = self.learner_id, self.computer_id()
        if learner_id is None:
            self.go("profiles")
            return
        language = self.content_language
        # A kiosk may have no keyboard: only questions answered by tapping.
        kinds = KIOSK_QUESTION_TYPES if self.kiosk else None
        request = QuizRequest(size=max(1, size), topic_ids=topic_ids, qtypes=kinds)

        def job() -> Any:
            # From the server; while it is away, from this computer's copy (core.offline).
            engine, outbox = self.require_engine(), self.outbox()  # open by now: jobs run in order
            return offline.start_quiz(
                engine,
                outbox,
                learner_id,
                request,
                question_ids=question_ids,
                review=review,
                mode=mode,
                title=title,
                time_limit_s=time_limit_s,
                computer_id=computer_id,
                server=engine.dialect.name != "sqlite",
                language=language,
            )

        self.unless_unfinished(lambda: self.run(job, self.open_quiz))

    def open_quiz(self, data: Any) -> None:
        if data.offline:
            self.offline_label.setText(
                self.tr(
                    "The server cannot be reached just now: this quiz comes from the copy kept "
                    "on this computer, and your answers will be sent when the server is back."
                )
            )
            self.offline_label.show()
            if not self._drain_timer.isActive():
                self._drain_timer.start()
        self.go("quiz", data=data)

    def refresh_offline_copy(self) -> None:
        """Keep this computer's copy of the questions and of the learner's schedule, for a
        quiz started while the server is away (in the background; a failure is quiet)."""
        if self.engine is None or self.engine.dialect.name == "sqlite":
            return
        from civicquiz.core.offline import refresh_cache

        engine, outbox, learner_id = self.engine, self.outbox(), self.learner_id
        self.run(lambda: refresh_cache(engine, outbox, learner_id), None, lambda *_: None)

    def unless_unfinished(self, start: Callable[[], None]) -> None:
        """Run ``start`` (a new quiz) at once, or, when an unfinished quiz would stop being
        offered under Continue, only after the learner agrees."""
        from civicquiz.core.attempts import unfinished_attempt

        learner_id = self.learner_id
        if learner_id is None:
            return

        def job() -> tuple[int, int] | None:
            with self.session() as session:
                attempt = unfinished_attempt(session, learner_id)
                if attempt is None or attempt.id is None:
                    return None
                from sqlmodel import func, select

                from civicquiz.core.models import Response

                answered = session.exec(
                    select(func.count()).where(Response.attempt_id == attempt.id)
                ).one()
                return int(answered), len(attempt.question_ids)

        def away(error: BaseException, trace: str) -> None:
            from civicquiz.core.outbox import unreachable

            if unreachable(error):
                start()  # the server is away: the quiz may come from this computer's copy
            else:
                self._job_failed(error, trace)

        def done(unfinished: tuple[int, int] | None) -> None:
            if unfinished is not None and 0 < unfinished[0] < unfinished[1]:
                from civicquiz.gui.screens.base import confirm

                if not confirm(
                    self,
                    self.tr("Start a new quiz?"),
                    self.tr(
                        "You have an unfinished quiz ({a} of {n} answered). If you start a "
                        "new one, Home will offer the new one under Continue instead; the "
                        "answers you gave are kept."
                    ).format(a=unfinished[0], n=unfinished[1]),
                ):
                    return
            start()

        if self.outbox().offline:
            start()  # the server failed moments ago: do not wait on it again
            return
        self.run(job, done, away)

    def start_exam(self, exam_id: int) -> None:
        from civicquiz.core.exams import start_exam

        learner_id = self.learner_id
        if learner_id is None:
            return

        def job() -> int:
            with self.session() as session:
                return start_exam(session, learner_id, exam_id).id or 0

        self.unless_unfinished(lambda: self.run(job, self.open_attempt))

    def open_attempt(self, attempt_id: int) -> None:
        from civicquiz.core.attempts import load_attempt

        self.run(
            lambda: load_attempt(self.require_engine(), attempt_id, self.content_language),
            lambda data: self.go("quiz", data=data),
        )

    def show_results(self, attempt_id: int) -> None:
        self.go("results", attempt_id=attempt_id)

    # -- closing ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk and not self._exit_allowed:
            event.ignore()  # only the supervisor closes a kiosk
            return
        self.worker.stop()  # answers still queued reach the database first
        if self.engine is not None:
            self.engine.dispose()
        self._remember_window()
        super().closeEvent(event)

    def _remember_window(self) -> None:
        """This computer's window size and place, and its language, for the next start."""
        if self.kiosk:
            return
        from civicquiz import computer

        with contextlib.suppress(OSError):  # a read-only data folder: defaults next time
            computer.update(
                self.here(),
                window=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
                language=str(self.settings["language"]),
            )

    def restore_window(self) -> None:
        from PySide6.QtCore import QByteArray

        from civicquiz import computer

        stored = computer.get(self.here(), "window")
        if isinstance(stored, str) and stored:
            self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii")))
