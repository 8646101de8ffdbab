"""``civicquiz --self-test``: proves an installation works, with no display and no network.

In a temporary data folder it creates the database, loads the built-in bank, builds every
screen, switches through the three interface languages, checks the Unicode data (ICU) and
the image formats the bundle carries, answers a quiz and checks that the answers were
stored. Exit status 0 when all is well; otherwise 1 and the reason.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import uuid
from typing import Any


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = tempfile.mkdtemp(prefix="civicquiz-self-test-")
    os.environ["CIVICQUIZ_DATA_DIR"] = folder
    # With --database-url the test runs against that database (a classroom server) as a
    # learner of its own, removed at the end; otherwise on a new SQLite file.
    shared = bool(os.environ.get("CIVICQUIZ_DATABASE_URL"))
    learner_name = f"Self test {uuid.uuid4().hex[:8]}" if shared else "Self test"
    steps: list[str] = []
    try:
        from PySide6.QtWidgets import QApplication

        from civicquiz.gui import i18n, theme
        from civicquiz.gui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        theme.apply_theme(app, "light", 1.0)  # type: ignore[arg-type]
        window = MainWindow()
        errors: list[str] = []
        window.controller.ops.failed.connect(lambda error, trace: errors.append(trace))
        window.controller.load_failed.connect(lambda error, trace: errors.append(trace))
        window.show()
        window.start_loading()

        def settle(name: str | None = None, timeout: float = 60) -> None:
            if not window.controller.wait_for(name, timeout, give_up=lambda: bool(errors)):
                if errors:
                    raise RuntimeError(f"a database job failed:\n{errors[0]}")
                raise RuntimeError(f"timed out waiting for the {name or 'database'} screen")

        settle("profiles")
        steps.append("database created and the built-in bank loaded")
        from civicquiz.gui.screens.home import HomeScreen
        from civicquiz.gui.screens.profiles import ProfilesScreen
        from civicquiz.gui.screens.quiz import QuizScreen
        from civicquiz.gui.screens.results import ResultsScreen

        controller = window.controller
        profiles = controller.screen_as("profiles", ProfilesScreen)
        profiles.name_field.setText(learner_name)
        profiles.add()
        settle("home")
        home_view = controller.screen_as("home", HomeScreen).view
        assert home_view is not None
        topics = len(home_view.topics)
        if topics < 5:
            raise RuntimeError(f"the home screen lists {topics} topics")
        for name in ("lesson", "progress", "settings", "teacher", "home"):
            params = {"topic_id": home_view.topics[0].topic_id} if name == "lesson" else {}
            window.controller.go(name, **params)
            settle(name)
        steps.append("every screen built")
        for language, home in (("ru", "Главная"), ("kk", "Басты бет"), ("en", "Home")):
            window.controller.apply_settings(language=language)
            settle()
            if window.nav["home"].text() != home:
                raise RuntimeError(
                    f"the interface did not switch to {language!r} (translations missing?)"
                )
        i18n.install_language("en")
        steps.append("English, Russian and Kazakh interfaces")
        # The bundle carries ICU's data for these languages only: Kazakh has its own
        # alphabetical order (ё after е, ұ before ү), which the root order does not know.
        from PySide6.QtCore import QCollator, QLocale

        order = sorted(["үй", "ұл", "ёж", "ел"], key=QCollator(QLocale("kk")).sortKey)
        if order != ["ел", "ёж", "ұл", "үй"] or QLocale("kk").toUpper("әліппе") != "ӘЛІППЕ":
            raise RuntimeError(f"Unicode data (ICU) for Kazakh is missing: sorted as {order}")
        steps.append("Kazakh text sorted and capitalised with ICU's data")
        # Images a teacher's Moodle XML may embed, and the SVG icon: Qt's image plugins.
        from PySide6.QtGui import QImageReader

        readable = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        if missing := {"png", "jpeg", "gif", "webp", "svg"} - readable:
            raise RuntimeError(f"images that cannot be shown: {', '.join(sorted(missing))}")
        steps.append("PNG, JPEG, GIF, WebP and SVG images can be shown")
        steps.append(_postgresql_and_tls())
        window.controller.start_quiz(size=5)
        settle("quiz")
        quiz = controller.screen_as("quiz", QuizScreen)
        for _ in range(5):
            assert quiz.widget is not None and quiz.question is not None
            quiz.widget.set_answer(quiz.question.correct_answer())
            quiz.main_button.click()  # Check: feedback shows once the answer is stored
            settle("quiz")
            quiz.main_button.click()  # Next
        settle("results")
        result = controller.screen_as("results", ResultsScreen).result
        if result is None or (result.total, result.correct) != (5, 5):
            raise RuntimeError(
                f"the quiz results are wrong: {result and (result.total, result.correct)}"
            )
        from sqlmodel import Session, col, select

        from civicquiz.core.models import Attempt, Response

        with Session(window.controller.engine) as session:
            stored = len(
                session.exec(
                    select(Response)
                    .join(Attempt, col(Attempt.id) == col(Response.attempt_id))
                    .where(Attempt.learner_id == window.controller.learner_id)
                ).all()
            )
        if stored != 5:
            raise RuntimeError(f"{stored} of 5 answers were stored")
        steps.append("a quiz answered and its 5 answers stored")
        window.close()
        if shared:
            _remove_learner(window.controller.engine, learner_name)
            steps.append("the self-test's learner removed from the shared database")
    except Exception as exc:  # the reason is the product here
        window_ = locals().get("window")
        if window_ is not None:
            window_.controller.worker.stop()
            if shared and window_.controller.engine is not None:
                _remove_learner(window_.controller.engine, learner_name)
        for step in steps:
            print(f"ok: {step}")
        print(f"self-test FAILED: {exc}", file=sys.stderr)
        traceback.print_exc()
        return 1
    for step in steps:
        print(f"ok: {step}")
    print("self-test passed")
    return 0


def _remove_learner(engine: Any, name: str) -> None:
    from sqlmodel import select

    from civicquiz.core.db import session_scope
    from civicquiz.core.learners import delete_learner
    from civicquiz.core.models import Learner

    with session_scope(engine) as session:
        for learner in session.exec(select(Learner).where(Learner.name == name)).all():
            delete_learner(session, learner.id or 0)


def _postgresql_and_tls() -> str:
    """The PostgreSQL driver loads with its own libpq, and both it and Python can use TLS
    (a school's server may require it). Opens no connection to anything."""
    import ssl

    import psycopg

    context = ssl.create_default_context()  # Python's TLS, with the system's certificates
    if not (context.check_hostname and ssl.HAS_TLSv1_3):
        raise RuntimeError(f"Python's TLS is incomplete ({ssl.OPENSSL_VERSION})")
    if psycopg.pq.__impl__ not in ("binary", "c"):
        raise RuntimeError(f"psycopg runs on the {psycopg.pq.__impl__!r} libpq, not its own")
    # libpq refuses sslmode=require before it opens anything when built without TLS; with
    # TLS it goes on to look for a server socket in a folder that does not exist.
    try:
        psycopg.connect("host=/nonexistent-civicquiz-self-test sslmode=require", connect_timeout=5)
    except psycopg.OperationalError as exc:
        if "not compiled in" in str(exc):
            raise RuntimeError(f"libpq has no TLS: {exc}") from exc
    else:
        raise RuntimeError("connected to a PostgreSQL server that should not exist")
    libpq = psycopg.pq.version_pretty(psycopg.pq.version())
    return f"PostgreSQL driver (psycopg {psycopg.__version__}, libpq {libpq}) and TLS"
