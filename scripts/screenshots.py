"""Save a picture of every screen, driven through the real window (offscreen by default).

    .venv/bin/python scripts/screenshots.py [OUTPUT_DIR]     (default: docs/screenshots)

The learner practises a little first, so that progress and results have something to show.

    .venv/bin/python scripts/screenshots.py --show NAME

opens the app on a real display at one of the SHOWN states (a Kazakh lesson, a Russian quiz
with its feedback, the glossary) and leaves it open, for /work/shared/tools/screenshot to
photograph the real window: scripts/language_screenshots.sh takes all three.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from civicquiz.core.db import session_scope

if "--show" not in sys.argv:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication


def main(output: Path) -> list[Path]:
    from sqlmodel import col, select

    from civicquiz.core.bank import QUESTION_TYPES
    from civicquiz.core.models import Question
    from civicquiz.gui import i18n, theme
    from civicquiz.gui.main_window import MainWindow

    output.mkdir(parents=True, exist_ok=True)
    os.environ["CIVICQUIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="cq-shots-")
    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light", 1.0)  # type: ignore[arg-type]
    window = MainWindow()
    window.resize(1200, 820)
    window.show()
    window.start_loading()
    saved: list[Path] = []

    def settle(name: str | None = None) -> None:
        window.controller.wait_for(name, 20)
        for _ in range(5):  # let layouts and paints catch up before the picture
            app.processEvents()

    def click(button: Any) -> None:
        """Click, then wait as a person would: an answer is stored before its feedback."""
        button.click()
        settle()

    def shot(name: str) -> None:
        settle()
        path = output / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    settle("profiles")
    shot("profiles")
    profiles = window.controller.screens["profiles"]
    profiles.name_field.setText("Aruzhan")
    profiles.add()
    settle("home")
    with session_scope(window.controller.engine) as session:
        by_type = {
            qtype: session.exec(
                select(Question.id).where(Question.qtype == qtype).order_by(col(Question.id))
            ).first()
            for qtype in QUESTION_TYPES
        }
    # A short practice session first, so the home, results and progress screens have data.
    window.controller.start_quiz(
        question_ids=[by_type["true_false"], by_type["single_choice"], by_type["numeric"]]
    )
    settle("quiz")
    quiz = window.controller.screens["quiz"]
    for right in (True, False, True):
        question = quiz.question
        quiz.widget.set_answer(
            question.correct_answer()
            if right
            else {"option": question.options[0].key, "value": False}
        )
        click(quiz.main_button)
        click(quiz.main_button)
    settle("results")
    window.controller.go("home")
    settle("home")
    shot("home")
    topic = window.controller.screens["home"].view.topics[4]
    window.controller.go("lesson", topic_id=topic.topic_id)
    settle("lesson")
    shot("lesson")
    window.controller.start_quiz(
        question_ids=[
            by_type[t] for t in ("single_choice", "matching", "ordering", "multiple_choice")
        ]
    )
    settle("quiz")
    shot("quiz-single-choice")
    quiz.widget.set_answer(quiz.question.correct_answer())
    click(quiz.main_button)
    shot("quiz-feedback")
    click(quiz.main_button)
    settle("quiz")
    shot("quiz-matching")
    quiz.widget.set_answer(quiz.question.correct_answer())
    click(quiz.main_button)
    click(quiz.main_button)
    settle("quiz")
    shot("quiz-ordering")
    quiz.widget.set_answer(quiz.question.correct_answer())
    click(quiz.main_button)
    click(quiz.main_button)
    settle("quiz")
    shot("quiz-multiple-answers")
    quiz.widget.set_answer({"options": [quiz.question.options[0].key]})
    click(quiz.main_button)
    click(quiz.main_button)
    settle("results")
    shot("results")
    window.controller.go("progress")
    settle("progress")
    shot("progress")
    window.controller.go("settings")
    settle("settings")
    shot("settings")
    for name, settings in (
        ("home-dark", {"theme": "dark"}),
        ("home-high-contrast", {"theme": "contrast"}),
        ("home-russian", {"theme": "light", "language": "ru"}),
        ("home-kazakh", {"language": "kk"}),
        ("home-text-200", {"language": "en", "font_scale": 2.0}),
    ):
        window.controller.apply_settings(**settings)
        window.controller.go("home")
        settle("home")
        shot(name)
    window.controller.apply_settings(font_scale=1.0)
    i18n.install_language("en")
    window.resize(1200, 820)  # back to the normal size after the enlarged text
    window.controller.go("teacher")
    settle("teacher")
    teacher = window.controller.screens["teacher"]
    teacher.pin.setText("2580")
    teacher.pin_again.setText("2580")
    teacher.submit_pin()
    settle("teacher")
    from civicquiz.paths import resource_path

    teacher.preview_file(resource_path("question_banks", "csv-template.csv"))
    settle("teacher")
    teacher.banks.setCurrentCell(0, 0)
    shot("teacher-banks")
    teacher.confirm_import()
    settle("teacher")
    teacher.tabs.setCurrentIndex(1)
    teacher.exam_title.setText("Reform check")
    shot("teacher-exams")
    teacher.tabs.setCurrentIndex(2)
    shot("teacher-results")
    window.resize(1280, 800)
    window.controller.enter_kiosk()
    settle("attract")  # the real full-screen kiosk is pictured under Xvfb (README)
    window.controller.start_visit()
    settle("home")
    window.controller.start_quiz(question_ids=[by_type["single_choice"]])
    settle("quiz")
    window.controller.screen_named("quiz").widget.set_answer(
        window.controller.screen_named("quiz").question.correct_answer()
    )
    window.controller.screen_named("quiz").main_button.click()
    window.controller.kiosk_warn(27)
    shot("kiosk-idle-warning")
    window.controller.exit_kiosk()
    return saved


# --show NAME: (interface language, content language, what to open)
SHOWN = {
    "lesson-kazakh": ("kk", "kk", "lesson"),
    "quiz-russian-feedback": ("ru", "ru", "feedback"),
    "glossary": ("kk", "kk", "glossary"),
}


def show(name: str) -> int:
    """Open the app at ``name`` (see SHOWN) on the real display and keep it open."""
    from sqlmodel import col, select

    from civicquiz.core.models import Question, Topic
    from civicquiz.gui import theme
    from civicquiz.gui.main_window import MainWindow

    language, content, what = SHOWN[name]
    os.environ["CIVICQUIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="cq-show-")
    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light", 1.0)  # type: ignore[arg-type]
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.start_loading()

    def settle(screen: str | None = None) -> None:
        window.controller.wait_for(screen, 30)
        for _ in range(5):
            app.processEvents()

    settle("profiles")
    profiles = window.controller.screens["profiles"]
    profiles.name_field.setText("Аружан" if language == "kk" else "Дарья")
    profiles.add()
    settle("home")
    window.controller.apply_settings(language=language, content_language=content)
    settle()
    with session_scope(window.controller.engine) as session:
        topic = session.exec(select(Topic).where(Topic.key == "kurultai")).first()
        choice = session.exec(
            select(Question.id)
            .where(Question.key == "working-group-meeting.choice")
            .order_by(col(Question.id))
        ).first()
    if what in ("lesson", "glossary") and topic is not None:
        window.controller.go("lesson", topic_id=topic.id, glossary=what == "glossary")
        settle("lesson")
    else:
        window.controller.start_quiz(question_ids=[int(choice or 0)])
        settle("quiz")
        quiz = window.controller.screens["quiz"]
        wrong = next(o.key for o in quiz.question.options if not o.correct)
        quiz.widget.set_answer({"option": wrong})
        quiz.main_button.click()
        settle()
    return app.exec()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--show":
        sys.exit(show(sys.argv[2]))
    target = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    for path in main(target):
        print(path)
