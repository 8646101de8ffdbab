"""The exam's start screen: its rules, topics and time limit come before the clock."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from sqlmodel import select

from civicquiz.core.db import session_scope
from civicquiz.core.models import Attempt, Question, Topic
from tests.gui.conftest import Driver


def test_the_exam_shows_its_rules_before_the_clock_starts(driver: Driver) -> None:
    home = driver.new_learner("Erlan")
    driver.click(home.exam_button)
    start = driver.on("exam_start")
    driver.idle(lambda: start.start.isEnabled())
    text = start.text.toPlainText()
    with session_scope(driver.window.controller.engine) as session:
        topics = len(list(session.exec(select(Topic))))
        assert list(session.exec(select(Attempt))) == []  # no clock yet
    assert "20 questions, 20 minutes" in text and "Start the exam" in text
    assert f"Drawn from all {topics} topics" in text
    assert "true/false is at most a fifth" in text and "not answered before come first" in text
    driver.click(start.start)
    quiz = driver.on("quiz")
    assert quiz.data.mode == "exam" and quiz.data.time_limit_s == 20 * 60
    with session_scope(driver.window.controller.engine) as session:
        attempt = session.exec(select(Attempt)).one()
        drawn = [session.get(Question, q) for q in attempt.question_ids]
    assert attempt.question_ids == start.plan.question_ids
    assert len({q.topic_id for q in drawn if q}) == topics
    assert Counter(q.qtype for q in drawn if q)["true_false"] <= 4


def test_the_content_screenshots_are_taken(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """scripts/screenshots_content.py drives the real window to the dated lesson, a
    scenario question and the exam's start screen."""
    monkeypatch.setenv("CIVICQUIZ_DATA_DIR", str(tmp_path / "data"))  # restored afterwards
    script = Path(__file__).resolve().parents[2] / "scripts" / "screenshots_content.py"
    spec = importlib.util.spec_from_file_location("screenshots_content", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    saved = module.main(tmp_path / "shots")
    assert {p.stem for p in saved} == {
        "lesson-dated",
        "lesson-updates",
        "quiz-scenario",
        "exam-start",
    }
    for path in saved:
        image = QImage(str(path))
        assert image.width() >= 800 and image.height() >= 600, path.name
