"""The application controller: navigation and its history, the guards on it, the current
learner and their settings, start-up, the offline outbox and the kiosk.

In the manner of Anki's typed main-window state: the :class:`MainWindow` is chrome (header,
page stack, status bar, focus order); this object decides which screen shows and what
happens when the learner asks for something. Screens get this controller, typed, and reach
the database only through its :attr:`AppController.ops` (services on the worker thread).
Business rules (how many questions a review asks, which types a kiosk offers) live in the
services, not here.
"""

from __future__ import annotations

import contextlib
import html
import importlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from civicquiz import APP_NAME
from civicquiz.gui import i18n, theme
from civicquiz.gui.operations import Operations
from civicquiz.gui.screens.base import Screen, as_rich_text, confirm
from civicquiz.services.changes import Changes

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.attempts import AttemptData
    from civicquiz.core.kiosk import KioskSettings
    from civicquiz.core.outbox import Outbox
    from civicquiz.gui.kiosk import IdleWarning, KioskGuard, SupervisorPanel
    from civicquiz.gui.main_window import MainWindow
    from civicquiz.services.learners import LearnerState
    from civicquiz.services.quiz import QuizPlan, Unfinished

DEFAULT_SETTINGS: dict[str, Any] = {
    "language": "en",
    "content_language": "",  # empty: lessons and questions follow the interface language
    "theme": "light",
    "font_scale": 1.0,
}
STARTUP_PROBE_ENV = "CIVICQUIZ_STARTUP_PROBE"
PROBE_CLICK_ENV = "CIVICQUIZ_PROBE_CLICK"
log = logging.getLogger(__name__)
LearnerSummary = tuple[int, str, dict[str, Any]]
S = TypeVar("S", bound=Screen)


class AppController(QObject):
    """Owns what the app is doing; the window shows it. Its texts keep the main window's
    translation context ("MainWindow"), where they were written and translated first."""

    screen_shown = Signal(str)  # a screen was shown (its name), after it was entered
    data_opened = Signal()  # the database is open (the full open, upgrades done)
    visit_ended = Signal(str)  # a kiosk visit ended: "finished" or "idle"
    load_failed = Signal(object, str)  # the data could not be opened: error, traceback

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

    def __init__(self, window: MainWindow, data_dir: str | None, kiosk: bool) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.kiosk_requested = kiosk
        self.kiosk = False
        self.kiosk_settings: KioskSettings | None = None
        self.guard: KioskGuard | None = None
        self.idle_warning: IdleWarning | None = None
        self.supervisor: SupervisorPanel | None = None
        self._exit_allowed = False
        self.engine: Engine | None = None
        self.data_folder: Path | None = None  # resolved when the data is opened
        self._outbox: Outbox | None = None
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
        self.screens: dict[str, Screen] = {}
        self.ops = Operations(self.require_engine, self)
        self.worker = self.ops.worker
        self.ops.failed.connect(self.show_error)
        self.ops.changed.connect(self._data_changed)
        self._probe = os.environ.get(STARTUP_PROBE_ENV)
        self._interactive_reported = False

    # -- screens and navigation -----------------------------------------------------------
    def screen_named(self, name: str) -> Screen:
        """The screen called ``name``, built the first time it is needed (so that building
        the window, and its first paint, stay cheap)."""
        if name not in self.screens:
            module, class_name = self.SCREENS[name]
            screen = getattr(importlib.import_module(module), class_name)(self)
            self.screens[name] = screen
            self.window.stack.addWidget(screen)
        return self.screens[name]

    def screen_as(self, name: str, kind: type[S]) -> S:
        """The screen called ``name``, checked to be a ``kind`` (for typed callers)."""
        screen = self.screen_named(name)
        if not isinstance(screen, kind):
            raise TypeError(f"the {name} screen is a {type(screen).__name__}")
        return screen

    def rebuild_screens(self) -> None:
        """Recreate the screens, e.g. after the interface language changed."""
        current = self.current_name()
        for screen in self.screens.values():
            self.window.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        self.window.retranslate_header()
        if self.learner_id is not None:
            self.window.show_learner(self.learner_name)
        if current:
            screen = self.screen_named(current)
            self.window.stack.setCurrentWidget(screen)
            screen.enter(**(self.history[-1][1] if self.history else {}))

    def current_name(self) -> str:
        widget = self.window.stack.currentWidget()
        return widget.name if isinstance(widget, Screen) else ""

    def current_screen(self) -> Screen | None:
        widget = self.window.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def allowed(self, name: str) -> str:
        """The guards: the screen actually shown when ``name`` is asked for."""
        if self.kiosk and name in ("profiles", "teacher", "attract"):
            return "attract" if self.learner_id is None else "home"  # no way out of the kiosk
        if self.kiosk and self.learner_id is None:
            return "attract"
        if name not in ("profiles", "teacher") and self.learner_id is None:
            return "profiles"
        return name

    def go(self, name: str, **params: Any) -> None:
        """Show screen ``name``; the home screen resets the Back history."""
        name = self.allowed(name)
        if name in ("home", "profiles"):
            self.history.clear()
        self.history.append((name, params))
        self._show(name, params)

    def _show(self, name: str, params: dict[str, Any]) -> None:
        screen = self.screen_named(name)
        self.window.show_page(screen)
        self.window.set_nav_visible(self.learner_id is not None, kiosk=self.kiosk)
        self.window.mark_nav(name)
        screen.enter(**params)
        self.window.focus_into(screen)
        self.screen_shown.emit(name)

    def back(self) -> None:
        """Esc: leave the current screen (a quiz keeps its answers) and go back."""
        screen = self.current_screen()
        if screen is None or not screen.leave():
            return
        if screen.name == "quiz":
            self.go("home")
            self.status(
                QCoreApplication.translate(
                    "MainWindow", "Your answers are saved. Continue any time from Home."
                ),
                5000,
            )
            return
        if len(self.history) > 1:
            self.history.pop()
            name, params = self.history[-1]
            self._show(name, params)
        elif screen.name != "home" and self.learner_id is not None:
            self.go("home")

    def _data_changed(self, changes: Changes, initiator: object) -> None:
        """An operation changed data: the open screen reloads it if it shows it (unless
        it started the operation on its way out, as Home does when a quiz starts)."""
        screen = self.current_screen()
        if screen is not None and screen is not initiator and screen.shows & changes:
            screen.data_changed(changes)

    def status(self, message: str, timeout_ms: int = 0) -> None:
        """A passing message in the status bar."""
        self.window.statusBar().showMessage(message, timeout_ms)

    # -- database work ------------------------------------------------------------------
    def run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException, str], None] | None = None,
    ) -> int:
        """A job that is no service (opening the data, the outbox) on the worker thread;
        screens use :attr:`ops` with a service instead."""
        return self.ops.run(job, done, error)

    def require_engine(self) -> Engine:
        assert self.engine is not None, "the database is not open yet"
        return self.engine

    def here(self) -> Path:
        """This computer's data folder, where its own settings file lives."""
        if self.data_folder is None:
            from civicquiz.paths import data_dir

            self.data_folder = data_dir(self.data_dir)
        return self.data_folder

    def show_error(self, error: BaseException, trace: str) -> None:
        from civicquiz.core.outbox import unreachable
        from civicquiz.gui import core_text
        from civicquiz.services import user_message

        server = self.engine is not None and self.engine.dialect.name != "sqlite"
        if server and unreachable(error):
            # The classroom server is away: no raw message and no dialog at every screen
            # the learner opens; the quiet line under the header says it, and the outbox
            # timer keeps trying (a quick quiz still starts, from this computer's copy).
            label = self.window.offline_label
            label.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "The server cannot be reached just now. Answers given here are kept on "
                    "this computer and sent when it is back; a quick quiz still starts.",
                )
            )
            label.show()
            self.outbox()._went_offline(error)
            if not self._drain_timer.isActive():
                self._drain_timer.start()
            return
        message = core_text.translate(user_message(error))
        QMessageBox.warning(self.window, APP_NAME, as_rich_text(message))

    # -- the outbox: answers kept on this computer while the database is out of reach ---
    def outbox(self) -> Outbox:
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
        label = self.window.offline_label
        if delivery.queued:
            label.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "Saved on this computer: results will be sent when the server is back.",
                )
            )
            label.show()
            if not self._drain_timer.isActive():
                self._drain_timer.start()
        elif label.isVisible():
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
        if not self.outbox().path.exists() and not self.window.offline_label.isVisible():
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
                self.window.offline_label.hide()
                if drained.sent:
                    self.status(self.window.answers_sent_text(drained.sent), 10_000)
            if drained.sent:
                self.ops.announce(Changes.ATTEMPTS)

        def failed(_error: BaseException, _trace: str) -> None:
            self._draining = False  # tried again at the next tick

        self.run(job, done, failed)

    # -- start-up -----------------------------------------------------------------------
    def start_loading(self) -> None:
        """Two steps on the worker: a quick read with ``sqlite3`` alone puts the home screen
        up, then the full open (SQLAlchemy, upgrades, backups) runs behind it. When the
        quick read cannot be trusted (a first start, damage, an upgrade), only the full
        open runs, and the first screen follows it."""
        data_dir = self.data_dir
        worker = self.worker
        label = QCoreApplication.translate("MainWindow", "Loading the question bank")
        requested = self.kiosk_requested

        def quick() -> Any:
            from civicquiz.services import quick_start

            return quick_start(data_dir)

        def full() -> Any:
            from civicquiz.services.app_data import open_for_window

            opened = open_for_window(
                data_dir, progress=lambda done, total: worker.report(label, done, total)
            )
            data, settings, _ = opened
            # Set here, on the worker, so that the jobs queued behind this one find them.
            self.engine, self.data_folder, self.kiosk_settings = (
                data.engine,
                data.data_dir,
                settings,
            )
            return opened

        def after_quick(start: Any) -> None:
            if start is not None and start.learner is not None and not (requested or start.kiosk):
                self._use_learner(*start.learner)
                self.go("home", summary=start.home)
                self.run(full, self._opened_after_quick, self._load_failed)
            elif start is not None and start.fresh and not (requested or start.kiosk):
                # A first start: the open (which creates the database and loads the bank)
                # queued first, then the profile screen at once; its list is read after.
                self.run(full, self._opened_after_quick, self._load_failed)
                self._show_profiles()
            else:
                self.run(full, self._loaded, self._load_failed)

        def quick_failed(_error: BaseException, _trace: str) -> None:
            self.run(full, self._loaded, self._load_failed)  # the full open says what is wrong

        self.run(quick, after_quick, quick_failed)

    def _loaded(self, result: tuple[Any, Any, LearnerSummary | None]) -> None:
        last = result[2]
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

    def _opened(self, result: tuple[Any, Any, Any]) -> None:
        self._drain_if_waiting()
        self.notices = list(result[0].notices)
        self.data_opened.emit()
        for notice in self.notices:
            QMessageBox.warning(self.window, APP_NAME, as_rich_text(notice))

    def _opened_after_quick(self, result: tuple[Any, Any, Any]) -> None:
        if result[0].notices:  # the full open repaired the database: show what it now holds
            self._loaded(result)
        else:
            self._opened(result)

    def _load_failed(self, error: BaseException, trace: str) -> None:
        from civicquiz.gui import core_text
        from civicquiz.services import user_message

        log.error("opening the data failed: %s\n%s", error, trace)
        self.load_failed.emit(error, trace)
        heading = QCoreApplication.translate("MainWindow", "Could not open your data")
        message = core_text.translate(user_message(error))
        loading = self.window.loading
        loading.setText(f"<h2>{html.escape(heading)}</h2><p>{html.escape(message)}</p>")
        loading.setTextFormat(Qt.TextFormat.RichText)
        loading.setWordWrap(True)
        QMessageBox.critical(self.window, APP_NAME, as_rich_text(message))

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
                from civicquiz.gui.main_window import FirstPaint
                from civicquiz.gui.screens.quiz import QuizScreen

                quiz = self.screen_named("quiz")
                assert isinstance(quiz, QuizScreen)

                def answered() -> None:
                    quiz.question_shown.disconnect(answered)
                    probe = FirstPaint(self.window, lambda: self._report("click_answered"))
                    self.window.update()
                    QTimer.singleShot(0, probe.flush_then_close)

                quiz.question_shown.connect(answered)
                button = getattr(home, "quick_button", None)
                assert button is not None

                def click() -> None:
                    self._report("click")
                    button.click()

                QTimer.singleShot(0, click)
            else:
                QTimer.singleShot(0, self.window.close)

    def _report(self, event: str) -> None:
        if self._probe:
            with open(self._probe, "a", encoding="utf-8") as probe:
                probe.write(f"{event} {time.time():.6f}\n")

    # -- learners and settings ----------------------------------------------------------
    def _use_learner(self, learner_id: int, name: str, settings: dict[str, Any]) -> None:
        self.learner_id = learner_id
        self.learner_name = name
        self.window.show_learner(name)
        self._apply(DEFAULT_SETTINGS | settings)
        self.refresh_offline_copy()

    def refresh_offline_copy(self) -> None:
        """Keep this computer's copy of the questions and of the learner's schedule, for a
        quiz started while the server is away (in the background; a failure is quiet)."""
        if self.engine is None or self.engine.dialect.name == "sqlite":
            return
        from civicquiz.services import quiz

        outbox, learner_id = self.outbox(), self.learner_id
        self.ops.query(lambda db: quiz.refresh_copy(db, outbox, learner_id), None, lambda *_: None)

    def switch_learner(self, learner_id: int, name: str) -> None:
        from civicquiz.services import learners

        here = self.here()

        def done(state: LearnerState | None) -> None:
            settings = state.settings if state is not None else dict(DEFAULT_SETTINGS)
            self._use_learner(learner_id, name, settings)
            self.go("home")

        self.ops.collection(lambda db: learners.open_learner(db, learner_id, here), done)

    def forget_learner(self) -> None:
        self.learner_id = None
        self.learner_name = ""
        self.window.show_learner(None)
        self._apply(dict(DEFAULT_SETTINGS))

    @property
    def content_language(self) -> str:
        """The language of lessons and questions for this learner (see core.learners)."""
        from civicquiz.core.progress import content_language  # no SQLAlchemy: home asks it

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
        from civicquiz.services import learners

        self._apply(self.settings | changes)
        learner_id = self.learner_id
        if learner_id is not None:
            self.ops.collection(lambda db: learners.update_settings(db, learner_id, changes))

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
        from civicquiz.services import quiz
        from civicquiz.services.quiz import QuizPlan

        learner_id = self.learner_id
        if learner_id is None:
            self.go("profiles")
            return
        computer_id, outbox, language = self.computer_id(), self.outbox(), self.content_language
        server = self.engine is not None and self.engine.dialect.name != "sqlite"
        plan: QuizPlan = QuizPlan(
            size=size,
            topic_ids=topic_ids,
            question_ids=question_ids,
            review=review,
            mode=mode,
            time_limit_s=time_limit_s,
            title=title,
            kiosk=self.kiosk,
        )
        leaving = self.current_screen()  # it is left for the quiz: no need to reload it
        self.unless_unfinished(
            lambda: self.ops.collection(
                # From the server; while it is away, from this computer's copy (core.offline).
                lambda db: quiz.start_quiz_here(
                    db,
                    outbox,
                    learner_id,
                    plan,
                    computer_id=computer_id,
                    server=server,
                    language=language,
                ),
                self.open_quiz,
                initiator=leaving,
            )
        )

    def open_quiz(self, data: AttemptData) -> None:
        if data.offline:
            label = self.window.offline_label
            label.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "The server cannot be reached just now: this quiz comes from the copy kept "
                    "on this computer, and your answers will be sent when the server is back.",
                )
            )
            label.show()
            if not self._drain_timer.isActive():
                self._drain_timer.start()
        self.go("quiz", data=data)

    def question_types(self) -> tuple[str, ...] | None:
        """The question types quizzes may hold here (None: any)."""
        from civicquiz.services.quiz import question_types_for

        return question_types_for(self.kiosk)

    def unless_unfinished(self, start: Callable[[], object]) -> None:
        """Run ``start`` (a new quiz) at once, or, when an unfinished quiz would stop being
        offered under Continue, only after the learner agrees."""
        from civicquiz.services import quiz

        learner_id = self.learner_id
        if learner_id is None:
            return

        def done(unfinished: Unfinished | None) -> None:
            if (
                unfinished is not None
                and unfinished.started
                and not confirm(
                    self.window,
                    QCoreApplication.translate("MainWindow", "Start a new quiz?"),
                    QCoreApplication.translate(
                        "MainWindow",
                        "You have an unfinished quiz ({a} of {n} answered). If you start a "
                        "new one, Home will offer the new one under Continue instead; the "
                        "answers you gave are kept.",
                    ).format(a=unfinished.answered, n=unfinished.total),
                )
            ):
                return
            start()

        def away(error: BaseException, trace: str) -> None:
            from civicquiz.core.outbox import unreachable

            if unreachable(error):
                start()  # the server is away: the quiz may come from this computer's copy
            else:
                self.show_error(error, trace)

        if self.outbox().offline:
            start()  # the server failed moments ago: do not wait on it again
            return
        self.ops.query(lambda db: quiz.unfinished_quiz(db, learner_id), done, away)

    def start_exam(self, exam_id: int) -> None:
        from civicquiz.services import exams

        learner_id = self.learner_id
        if learner_id is None:
            return
        leaving = self.current_screen()
        self.unless_unfinished(
            lambda: self.ops.collection(
                lambda db: exams.start_exam(db, learner_id, exam_id),
                self.open_attempt,
                initiator=leaving,
            )
        )

    def open_attempt(self, attempt_id: int) -> None:
        from civicquiz.services import quiz

        language = self.content_language
        self.ops.query(
            lambda db: quiz.load_attempt(db, attempt_id, language),
            lambda data: self.go("quiz", data=data),
        )

    def show_results(self, attempt_id: int) -> None:
        self.go("results", attempt_id=attempt_id)

    # -- kiosk ------------------------------------------------------------------------
    def enter_kiosk(self) -> None:
        """Full screen, frameless, locked: visitors only ever see the learner's screens."""
        from civicquiz.core.kiosk import KioskSettings
        from civicquiz.gui.kiosk import IdleWarning, KioskGuard, SupervisorPanel

        self.kiosk = True
        settings = self.kiosk_settings = self.kiosk_settings or KioskSettings()
        self.forget_learner()
        self._apply(DEFAULT_SETTINGS | settings.visitor_defaults)
        self.window.lock_for_kiosk()
        self.guard = KioskGuard(self.window, self, settings.idle_seconds, settings.warning_seconds)
        self.guard.start()
        self.idle_warning = IdleWarning(self.window.central, self.kiosk_continue)
        self.supervisor = SupervisorPanel(self.window.central, self)
        self.window.show_learner(None)
        log.info("kiosk mode: idle time %s s", settings.idle_seconds)
        self.go("attract")

    def kiosk_visit_active(self) -> bool:
        return self.kiosk and self.learner_id is not None and self.current_name() != "attract"

    def kiosk_warn(self, seconds: int) -> None:
        if self.idle_warning is not None:
            self.idle_warning.show_seconds(seconds)

    def kiosk_continue(self) -> None:
        if self.guard is not None:
            self.guard.warning_started = None
            self.guard.touch()
        if self.idle_warning is not None:
            self.idle_warning.hide()

    def start_visit(self) -> None:
        from civicquiz.services import learners

        settings = self.kiosk_settings
        assert settings is not None
        language = self.settings.get("language")  # chosen on the start screen: kept

        def done(guest: LearnerState) -> None:
            self._use_learner(
                guest.learner_id, QCoreApplication.translate("MainWindow", "Guest"), guest.settings
            )
            if self.guard is not None:
                self.guard.touch()
            self.go("home")

        self.ops.collection(lambda db: learners.start_guest(db, settings, language), done)

    def end_visit(self, reason: str = "finished") -> None:
        """The visitor finished or walked away: their state goes, the attract screen returns."""
        from civicquiz.services import learners

        guest_id, settings = self.learner_id, self.kiosk_settings
        assert settings is not None
        if guest_id is not None:
            self.ops.collection(lambda db: learners.end_guest(db, guest_id, settings))
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        if self.idle_warning is not None:
            self.idle_warning.hide()
        if self.supervisor is not None:
            self.supervisor.hide()
        for name in [n for n in self.screens if n != "attract"]:  # no inputs survive the visit
            screen = self.screens.pop(name)
            self.window.stack.removeWidget(screen)
            screen.deleteLater()
        self.history.clear()
        self.learner_id = None
        self.learner_name = ""
        self.window.show_learner(None)
        self._apply(DEFAULT_SETTINGS | settings.visitor_defaults)
        self.go("attract")
        log.info("kiosk visit ended (%s): the visitor's state was reset", reason)
        self.visit_ended.emit(reason)

    def ask_supervisor(self) -> None:
        if self.kiosk and self.supervisor is not None:
            self.supervisor.open()

    def kiosk_exit_allowed(self) -> bool:
        return self._exit_allowed

    def may_close(self) -> bool:
        """Only the supervisor closes a kiosk."""
        return not self.kiosk or self._exit_allowed

    def exit_kiosk(self) -> None:
        self._exit_allowed = True
        if self.guard is not None:
            self.guard.stop()
        log.info("kiosk mode left by the supervisor")
        self.window.close()

    def save_kiosk_settings(self, settings: KioskSettings) -> None:
        """The kiosk's settings changed (by the supervisor or the teacher)."""
        self.kiosk_settings = settings
        if self.guard is not None:
            self.guard.idle_seconds = settings.idle_seconds

    # -- closing ------------------------------------------------------------------------
    def shut_down(self) -> None:
        self.ops.stop()  # answers still queued reach the database first
        if self.engine is not None:
            self.engine.dispose()

    def remember_window(self, geometry: str) -> None:
        """This computer's window size and place, and its language, for the next start."""
        if self.kiosk:
            return
        from civicquiz import computer

        with contextlib.suppress(OSError):  # a read-only data folder: defaults next time
            computer.update(self.here(), window=geometry, language=str(self.settings["language"]))

    def stored_window(self) -> str | None:
        from civicquiz import computer

        stored = computer.get(self.here(), "window")
        return stored if isinstance(stored, str) and stored else None

    # -- for scripts driving the window: tests, the self-test, benchmarks ----------------
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
        None) is shown."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if give_up is not None and give_up():
                return False
            shown = self.current_name()
            if (
                self.engine is not None
                and self.ops.pending == 0
                and shown
                and name in (None, shown)
            ):
                return True
            time.sleep(0.005)
        return False
