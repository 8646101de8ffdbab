"""Profiles, presenting and resuming quizzes, results and progress, with no GUI."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from civicquiz.core.attempts import attempt_results, load_attempt, unfinished_attempt
from civicquiz.core.db import session_scope
from civicquiz.core.learners import (
    LearnerError,
    add_learner,
    delete_learner,
    last_learner,
    learner_settings,
    list_learners,
    rename_learner,
    touch_learner,
    update_learner_settings,
)
from civicquiz.core.library import load_bank
from civicquiz.core.models import Attempt, Response, ReviewState, Topic
from civicquiz.core.progress import (
    accuracy_by_day,
    attempt_history,
    due_count,
    streak,
    topic_progress,
)
from civicquiz.core.quiz import (
    QuizRequest,
    assemble_quiz,
    finish_attempt,
    record_response,
    start_attempt,
)

pytestmark = pytest.mark.databases  # each test runs on SQLite and PostgreSQL


def new_quiz(engine: Engine, name: str, size: int = 8, topic: str | None = None) -> tuple[int, int]:
    with session_scope(engine) as session:
        learner = add_learner(session, name)
        topic_ids = None
        if topic:
            topic_ids = [session.exec(select(Topic.id).where(Topic.key == topic)).one()]
        ids = assemble_quiz(
            session, learner.id, QuizRequest(size=size, topic_ids=topic_ids), random.Random(1)
        )
        attempt = start_attempt(session, learner.id or 0, ids, title="Test quiz", seed=42)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        return learner.id or 0, attempt.id or 0


def test_profiles_can_be_added_renamed_switched_and_deleted(loaded: Engine, tmp_path: Path) -> None:
    here, other_seat = tmp_path / "seat-1", tmp_path / "seat-2"
    with session_scope(loaded) as session:
        aru = add_learner(session, "Aru")
        ben = add_learner(session, "Ben")
        with pytest.raises(LearnerError, match="already"):
            add_learner(session, "aru ".replace("a", "A"))
        with pytest.raises(LearnerError, match="already"):
            rename_learner(session, ben.id or 0, "Aru")
        rename_learner(session, ben.id or 0, "Benjamin")
        touch_learner(session, aru.id or 0, here)
        assert last_learner(session, here).name == "Aru"  # type: ignore[union-attr]
        touch_learner(session, ben.id or 0, other_seat)
        assert last_learner(session, here).name == "Aru"  # type: ignore[union-attr]
        assert next(lr.name for lr in list_learners(session)) == "Benjamin"
        delete_learner(session, ben.id or 0)
        assert [lr.name for lr in list_learners(session)] == ["Aru"]
        assert last_learner(session, other_seat) is None


def test_deleting_a_learner_removes_their_answers_and_reviews(loaded: Engine) -> None:
    learner_id, attempt_id = new_quiz(loaded, "Gone soon")
    data = load_attempt(loaded, attempt_id)
    record_response(loaded, attempt_id, data.questions[0].id, data.questions[0].correct_answer())
    with session_scope(loaded) as session:
        delete_learner(session, learner_id)
        assert session.exec(select(Attempt)).all() == []
        assert session.exec(select(Response)).all() == []
        assert session.exec(select(ReviewState)).all() == []


def test_settings_start_from_defaults_and_persist(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner = add_learner(session, "Settings")
        assert learner_settings(learner)["theme"] == "light"
        update_learner_settings(session, learner.id or 0, theme="dark", font_scale=1.5)
    with session_scope(loaded) as session:
        again = list_learners(session)[0]
        assert learner_settings(again) | {} == {
            "language": "en",
            "content_language": "",  # follows the interface language
            "theme": "dark",
            "font_scale": 1.5,
        }


def test_options_are_shuffled_per_attempt_but_stable_when_resumed(loaded: Engine) -> None:
    _, attempt_id = new_quiz(loaded, "Shuffle", size=20)
    first = load_attempt(loaded, attempt_id)
    again = load_attempt(loaded, attempt_id)
    assert [[o.key for o in q.options] for q in first.questions] == [
        [o.key for o in q.options] for q in again.questions
    ]
    orders = [[o.key for o in q.options] for q in first.questions if q.qtype == "single_choice"]
    assert any(order != sorted(order) for order in orders)
    for q in first.questions:
        if q.qtype == "ordering":
            assert [o.key for o in q.options] != [o.key for o in q.keyed]


def test_a_quiz_resumes_at_the_first_unanswered_question(loaded: Engine) -> None:
    learner_id, attempt_id = new_quiz(loaded, "Resume")
    data = load_attempt(loaded, attempt_id)
    for q in data.questions[:3]:
        record_response(loaded, attempt_id, q.id, q.correct_answer())
    resumed = load_attempt(loaded, attempt_id)
    assert resumed.next_index == 3 and len(resumed.answers) == 3
    with session_scope(loaded) as session:
        assert unfinished_attempt(session, learner_id).id == attempt_id  # type: ignore[union-attr]
    finish_attempt(loaded, attempt_id)
    with session_scope(loaded) as session:
        assert unfinished_attempt(session, learner_id) is None


def test_results_show_score_topics_answers_keys_and_mistakes(loaded: Engine) -> None:
    _, attempt_id = new_quiz(loaded, "Results", size=6)
    data = load_attempt(loaded, attempt_id)
    for index, q in enumerate(data.questions):
        answer = (
            q.correct_answer() if index % 3 else {"text": "nothing", "option": "zz", "value": -99}
        )
        record_response(loaded, attempt_id, q.id, answer)
    finish_attempt(loaded, attempt_id)
    result = attempt_results(loaded, attempt_id)
    assert result.total == 6 and result.correct == 4 and result.percent == 67
    assert len(result.mistakes) == 2
    assert sum(n for _, n in result.by_topic.values()) == 6
    for item in result.items:
        assert (
            item.question.describe_key() and item.question.explanation and item.question.citations
        )
        if item.grade and item.grade.correct:
            assert (
                item.your_answer == item.question.describe_key()
                or item.question.qtype == "short_answer"
            )


def test_mastery_comes_from_review_state_and_rises_with_right_answers(loaded: Engine) -> None:
    learner_id, attempt_id = new_quiz(loaded, "Mastery", size=10, topic="people")
    with session_scope(loaded) as session:
        before = {t.key: t for t in topic_progress(session, learner_id)}
    assert before["people"].mastery == 0 and before["people"].seen == 0
    for q in load_attempt(loaded, attempt_id).questions:
        record_response(loaded, attempt_id, q.id, q.correct_answer(), elapsed_ms=3000)
    with session_scope(loaded) as session:
        after = {t.key: t for t in topic_progress(session, learner_id)}
        assert after["people"].seen == 10
        assert 0 < after["people"].mastery < 10 / after["people"].questions + 1e-9
        assert after["referendum"].mastery == 0
        assert due_count(session, learner_id) == 0
        history = attempt_history(session, learner_id)
        assert history[0].answered == 10 and history[0].correct == 10


def test_streak_and_accuracy_over_time(loaded: Engine) -> None:
    learner_id, attempt_id = new_quiz(loaded, "Streak", size=4)
    data = load_attempt(loaded, attempt_id)
    for q in data.questions:
        record_response(loaded, attempt_id, q.id, q.correct_answer())
    today = date.today()
    with session_scope(loaded) as session:
        responses = session.exec(select(Response)).all()
        for back, response in enumerate(responses):  # answers on three consecutive days
            response.answered_at = response.answered_at - timedelta(days=min(back, 2))
            session.add(response)
        session.commit()
        assert streak(session, learner_id, today) == 3
        assert streak(session, learner_id, today + timedelta(days=1)) == 3  # yesterday still counts
        assert streak(session, learner_id, today + timedelta(days=2)) == 0
        days = accuracy_by_day(session, learner_id, days=7, today=today)
        assert sum(d.answered for d in days) == 4 and all(d.accuracy == 1.0 for d in days)


def test_the_banks_own_feedback_on_a_chosen_option_is_shown(engine: Engine, tmp_path: Path) -> None:
    from civicquiz.formats.registry import import_text

    result = import_text("Who?{=Azimova#Yes, she chaired it. ~Karin#No, he was State Counselor.}",
                         source="f.gift", format_name="gift")  # fmt: skip
    with session_scope(engine) as session:
        load_bank(session, result.bank)
    with session_scope(engine) as session:
        learner = add_learner(session, "Feedback")
        ids = assemble_quiz(session, learner.id, QuizRequest(size=1), random.Random(1))
        attempt = start_attempt(session, learner.id or 0, ids)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
    question = load_attempt(engine, attempt.id or 0).questions[0]
    wrong = next(o.key for o in question.keyed if not o.correct)
    assert question.feedback_for({"option": wrong}) == ["No, he was State Counselor."]


def test_learner_names_are_unique_whatever_the_case_and_script(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        add_learner(session, "Aigerim")
        with pytest.raises(LearnerError, match="already a learner called Aigerim"):
            add_learner(session, "aigerim")
        add_learner(session, "Айгерим")
        with pytest.raises(LearnerError, match="already"):
            add_learner(session, "АЙГЕРИМ")
        other = add_learner(session, "Bolat")
        with pytest.raises(LearnerError, match="already"):
            rename_learner(session, other.id or 0, "AIGERIM")
        rename_learner(session, other.id or 0, "BOLAT")  # a learner may change their own case
        assert sorted(lr.name for lr in list_learners(session)) == ["Aigerim", "BOLAT", "Айгерим"]


def test_mastery_is_not_full_right_after_a_wrong_answer_or_while_reviews_are_due(
    loaded: Engine,
) -> None:
    from datetime import UTC, datetime

    learner_id, attempt_id = new_quiz(loaded, "Missed", size=10, topic="people")
    questions = load_attempt(loaded, attempt_id).questions
    for q in questions:
        record_response(loaded, attempt_id, q.id, q.correct_answer(), elapsed_ms=3000)
    with session_scope(loaded) as session:
        right = {t.key: t for t in topic_progress(session, learner_id)}["people"]
    from tests.gui.test_learner_flow import wrong_answer

    with session_scope(loaded) as session:
        second = start_attempt(session, learner_id, [q.id for q in questions]).id or 0
        session.commit()  # the caller owns the transaction
    missed = load_attempt(loaded, second).questions[0]
    record_response(loaded, second, missed.id, wrong_answer(missed), elapsed_ms=3000)
    with session_scope(loaded) as session:
        after = {t.key: t for t in topic_progress(session, learner_id)}["people"]
        later = {
            t.key: t
            for t in topic_progress(
                session, learner_id, now=datetime.now(UTC) + timedelta(days=400)
            )
        }["people"]
    assert after.mastery < right.mastery, "a wrong answer lowers mastery at once"
    assert later.due == later.seen and later.mastery == 0, "all due: nothing counts as mastered"
