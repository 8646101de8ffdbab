"""Pictures of the teaching content: a dated lesson, a scenario question and the exam's
start screen, driven through the real window (offscreen by default).

    .venv/bin/python scripts/screenshots_content.py [OUTPUT_DIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from civicquiz.core.db import session_scope

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication


def main(output: Path) -> list[Path]:
    from sqlmodel import select

    from civicquiz.core.models import Question, Topic
    from civicquiz.gui import theme
    from civicquiz.gui.main_window import MainWindow

    output.mkdir(parents=True, exist_ok=True)
    os.environ["CIVICQUIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="cq-content-shots-")
    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light", 1.0)  # type: ignore[arg-type]
    window = MainWindow()
    window.resize(1200, 820)
    window.show()
    window.start_loading()
    saved: list[Path] = []

    def settle(name: str | None = None) -> None:
        window.controller.wait_for(name, 30)
        for _ in range(5):
            app.processEvents()

    def shot(name: str) -> None:
        settle()
        path = output / f"{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    settle("profiles")
    profiles = window.controller.screens["profiles"]
    profiles.name_field.setText("Aruzhan")
    profiles.add()
    settle("home")
    with session_scope(window.controller.engine) as session:
        updates = session.exec(select(Topic).where(Topic.key == "updates")).one()
        council = session.exec(select(Topic).where(Topic.key == "peoples-council")).one()
        council_id = council.id
        scenario = session.exec(
            select(Question).where(Question.key == "scenario.election-deadline")
        ).one()
        updates_id, scenario_id = updates.id, scenario.id
    window.controller.go("lesson", topic_id=council_id)
    settle("lesson")
    shot("lesson-dated")
    window.controller.go("lesson", topic_id=updates_id)
    settle("lesson")
    shot("lesson-updates")
    window.controller.start_quiz(question_ids=[scenario_id or 0], title="Scenario")
    settle("quiz")
    shot("quiz-scenario")
    window.controller.go("home")
    settle("home")
    window.controller.screens["home"].exam_button.click()
    settle("exam_start")
    start = window.controller.screens["exam_start"]
    for _ in range(200):
        if start.start.isEnabled():
            break
        settle()
    shot("exam-start")
    window.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for saved_path in main(target):
        print(saved_path)
