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


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = tempfile.mkdtemp(prefix="civicquiz-self-test-")
    os.environ["CIVICQUIZ_DATA_DIR"] = folder
    os.environ.pop("CIVICQUIZ_DATABASE_URL", None)
    steps: list[str] = []
    try:
        from PySide6.QtWidgets import QApplication

        from civicquiz.gui import i18n, theme
        from civicquiz.gui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        theme.apply_theme(app, "light", 1.0)  # type: ignore[arg-type]
        window = MainWindow()
        errors: list[str] = []
        window.worker.default_error = lambda error, trace: errors.append(trace)
        window._load_failed = lambda error, trace: errors.append(trace)  # type: ignore[method-assign]
        window.show()
        window.start_loading()

        def settle(name: str | None = None, timeout: float = 60) -> None:
            if not window.wait_for(name, timeout, give_up=lambda: bool(errors)):
                if errors:
                    raise RuntimeError(f"a database job failed:\n{errors[0]}")
                raise RuntimeError(f"timed out waiting for the {name or 'database'} screen")

        settle("profiles")
        steps.append("database created and the built-in bank loaded")
        profiles = window.screens["profiles"]
        profiles.name_field.setText("Self test")
        profiles.add()
        settle("home")
        topics = len(window.screens["home"].view.topics)
        if topics < 5:
            raise RuntimeError(f"the home screen lists {topics} topics")
        for name in ("lesson", "progress", "settings", "teacher", "home"):
            params = (
                {"topic_id": window.screens["home"].view.topics[0].topic_id}
                if name == "lesson"
                else {}
            )
            window.go(name, **params)
            settle(name)
        steps.append("every screen built")
        for language, home in (("ru", "Главная"), ("kk", "Басты бет"), ("en", "Home")):
            window.apply_settings(language=language)
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
        window.start_quiz(size=5)
        settle("quiz")
        quiz = window.screens["quiz"]
        for _ in range(5):
            quiz.widget.set_answer(quiz.question.correct_answer())
            quiz.main_button.click()  # Check: the answer is stored, then its feedback shown
            settle()
            quiz.main_button.click()
            settle()
        settle("results")
        result = window.screens["results"].result
        if result is None or (result.total, result.correct) != (5, 5):
            raise RuntimeError(
                f"the quiz results are wrong: {result and (result.total, result.correct)}"
            )
        from sqlmodel import Session, select

        from civicquiz.core.models import Response

        with Session(window.engine) as session:
            stored = len(session.exec(select(Response)).all())
        if stored != 5:
            raise RuntimeError(f"{stored} of 5 answers were stored")
        steps.append("a quiz answered and its 5 answers stored")
        window.close()
    except Exception as exc:  # the reason is the product here
        window_ = locals().get("window")
        if window_ is not None:
            window_.worker.stop()
        for step in steps:
            print(f"ok: {step}")
        print(f"self-test FAILED: {exc}", file=sys.stderr)
        traceback.print_exc()
        return 1
    for step in steps:
        print(f"ok: {step}")
    print("self-test passed")
    return 0
