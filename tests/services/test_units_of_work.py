"""Each service is one unit of work: all of it is stored, or none of it."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from civicquiz.core.exams import create_exam
from civicquiz.core.exams import start_exam as core_start_exam
from civicquiz.core.learners import add_learner
from civicquiz.core.models import Attempt
from civicquiz.services import exams, quiz
from civicquiz.services.changes import Changes
from civicquiz.services.unit import unit_of_work

pytestmark = pytest.mark.databases  # each test runs on SQLite and PostgreSQL


def _learner_and_exam(engine: Engine) -> tuple[int, int]:
    with unit_of_work(engine) as session:
        learner_id = add_learner(session, "Dana").id or 0
        exam_id = create_exam(session, title="Chapter test", size=5, pass_mark=80).id or 0
    return learner_id, exam_id


def _attempts(engine: Engine) -> list[Attempt]:
    with Session(engine) as session:
        return list(session.exec(select(Attempt)))


def test_an_exam_starts_with_its_pass_mark_in_one_transaction(loaded: Engine) -> None:
    learner_id, exam_id = _learner_and_exam(loaded)
    started = exams.start_exam(loaded, learner_id, exam_id)
    assert started.changes == Changes.ATTEMPTS
    [attempt] = _attempts(loaded)
    assert attempt.id == started.value and attempt.exam_id == exam_id
    assert attempt.mode == "exam" and len(attempt.question_ids) == 5


def test_a_crash_while_an_exam_starts_leaves_no_half_exam(loaded: Engine) -> None:
    learner_id, exam_id = _learner_and_exam(loaded)
    with pytest.raises(RuntimeError, match="power cut"), unit_of_work(loaded) as session:
        attempt = core_start_exam(session, learner_id, exam_id)
        assert attempt.id is not None and attempt.exam_id == exam_id
        with Session(loaded) as other:  # the core did not commit behind the caller's back
            assert other.exec(select(func.count()).select_from(Attempt)).one() == 0
        raise RuntimeError("power cut")
    assert _attempts(loaded) == []


def test_a_review_asks_at_most_twenty_and_a_kiosk_only_tapped_types(loaded: Engine) -> None:
    from civicquiz.core.kiosk import KIOSK_QUESTION_TYPES
    from civicquiz.core.models import Question

    with unit_of_work(loaded) as session:
        learner_id = add_learner(session, "Erlan").id or 0
    plan = quiz.QuizPlan(size=40, kiosk=True)
    attempt_id = quiz.start_quiz(loaded, learner_id, plan).value
    with Session(loaded) as session:
        attempt = session.get(Attempt, attempt_id)
        assert attempt is not None and len(attempt.question_ids) == 40
        kinds = {session.get(Question, q).qtype for q in attempt.question_ids}  # type: ignore[union-attr]
    assert kinds <= set(KIOSK_QUESTION_TYPES)
    # Nothing is due yet for a new learner: a review still asks one question, not twenty.
    review = quiz.start_quiz(loaded, learner_id, quiz.QuizPlan(review=True)).value
    with Session(loaded) as session:
        again = session.get(Attempt, review)
        assert again is not None and len(again.question_ids) == 1


def test_the_unfinished_quiz_counts_its_answers(loaded: Engine) -> None:
    with unit_of_work(loaded) as session:
        learner_id = add_learner(session, "Farida").id or 0
    assert quiz.unfinished_quiz(loaded, learner_id) is None
    attempt_id = quiz.start_quiz(loaded, learner_id, quiz.QuizPlan(size=3)).value
    unfinished = quiz.unfinished_quiz(loaded, learner_id)
    assert unfinished is not None and unfinished.attempt_id == attempt_id
    assert (unfinished.answered, unfinished.total, unfinished.started) == (0, 3, False)
