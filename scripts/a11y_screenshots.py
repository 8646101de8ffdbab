"""Pictures of every theme with text at 200 % on a 1280×800 screen (docs/screenshots/).

    .venv/bin/python scripts/a11y_screenshots.py [OUTPUT_DIR]

For each theme: Home, a question, and the feedback after Check. Also prints the window's
smallest size at 200 % on every screen, which must fit 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from civicquiz.core.db import session_scope

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

SCREEN = (1280, 800)


def main(output: Path) -> tuple[list[Path], dict[str, tuple[int, int]]]:
    from sqlmodel import col, select

    from civicquiz.core.models import Question
    from civicquiz.gui import theme
    from civicquiz.gui.main_window import MainWindow

    output.mkdir(parents=True, exist_ok=True)
    os.environ["CIVICQUIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="cq-a11y-shots-")
    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light", 1.0)  # type: ignore[arg-type]
    window = MainWindow()
    window.resize(*SCREEN)
    window.show()
    window.start_loading()
    saved: list[Path] = []
    minimum: dict[str, tuple[int, int]] = {}

    def settle(name: str | None = None) -> None:
        window.controller.wait_for(name, 20)
        for _ in range(5):
            app.processEvents()

    def shot(name: str) -> None:
        settle()
        hint = window.minimumSizeHint()
        minimum[name] = (hint.width(), hint.height())
        path = output / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    settle("profiles")
    profiles = window.controller.screens["profiles"]
    profiles.name_field.setText("Aruzhan Seitkali")
    profiles.add()
    settle("home")
    with session_scope(window.controller.engine) as session:
        ids = [
            session.exec(
                select(Question.id).where(Question.qtype == kind).order_by(col(Question.id))
            ).first()
            for kind in ("single_choice", "matching")
        ]
    for name in theme.THEMES:
        window.controller.apply_settings(theme=name, font_scale=2.0)
        window.resize(*SCREEN)
        window.controller.go("home")
        settle("home")
        shot(f"a11y-{name}-200-home")
        window.controller.start_quiz(question_ids=[i for i in ids if i])
        settle("quiz")
        quiz = window.controller.screens["quiz"]
        shot(f"a11y-{name}-200-question")
        quiz.widget.set_answer(quiz.question.correct_answer())
        quiz.main_button.click()
        settle("quiz")
        shot(f"a11y-{name}-200-feedback")
        quiz.main_button.click()
        settle("quiz")
        answer = quiz.question.correct_answer()
        pairs = dict(answer.get("pairs", {}))
        if pairs:  # one row wrong, so the picture shows both kinds of row feedback
            first = next(iter(pairs))
            others = [c for c in quiz.question.match_choices if c != pairs[first]]
            pairs[first] = others[0] if others else pairs[first]
        quiz.widget.set_answer({"pairs": pairs})
        quiz.main_button.click()
        settle("quiz")
        shot(f"a11y-{name}-200-matching")
        quiz.main_button.click()
        settle("results")
    window.controller.apply_settings(theme="light", font_scale=1.0)
    window.controller.worker.stop()
    return saved, minimum


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    files, sizes = main(target)
    for name, (w, h) in sizes.items():
        print(f"{name}: smallest window {w}×{h}")
    print("\n".join(str(p) for p in files))
