"""A new quiz while the classroom server is down: it comes from this computer's copy of
the questions and of the learner's schedule, its answers wait in the outbox, and the
server takes the quiz and its answers, once, when it is back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from civicquiz.core.attempts import load_attempt
from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner
from civicquiz.core.models import Attempt, Question, Response, ReviewState
from civicquiz.core.offline import deliver_answer, refresh_cache
from civicquiz.core.outbox import Outbox, PendingAnswer, PendingFinish, deliver, drain
from civicquiz.core.quiz import QuizError
from civicquiz.services.quiz import QuizPlan, start_quiz_here
from tests.pgserver import PostgresServer


def test_a_quiz_started_with_the_server_down_is_answered_and_sent_once_later(
    classroom: Engine, stoppable_pg: PostgresServer, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path)
    with session_scope(classroom) as session:
        learner_id = add_learner(session, "Aru").id or 0
    # Online: a quiz, two answers wrong two days ago (so due now), the rest right today.
    online = start_quiz_here(classroom, outbox, learner_id, QuizPlan(size=6)).value
    assert not online.offline and online.attempt_id > 0
    two_days_ago = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    for n, question in enumerate(online.questions):
        wrong = n < 2
        item = PendingAnswer(
            online.attempt_id,
            question.id,
            {"option": "none"} if wrong else question.correct_answer(),
            answered_at=two_days_ago if wrong else datetime.now(UTC).isoformat(),
        )
        assert deliver(classroom, outbox, item).status == "stored"
    due_now = [q.id for q in online.questions[:2]]
    with session_scope(classroom) as session:
        live = len(session.exec(select(Question.id).where(Question.retired == False)).all())  # noqa: E712
    assert refresh_cache(classroom, outbox, learner_id) == live > 100  # the whole bank

    stoppable_pg.stop()
    quiz = start_quiz_here(classroom, outbox, learner_id, QuizPlan(size=5), language="ru").value
    assert quiz.offline and quiz.uid and len(quiz.questions) == 5
    assert sorted(q.id for q in quiz.questions[:2]) == sorted(due_now)  # reviews first
    assert all(q.options or q.numeric for q in quiz.questions)
    statuses, given = [], []
    for question in quiz.questions:
        item = PendingAnswer(
            quiz.attempt_id, question.id, question.correct_answer(), attempt_uid=quiz.uid
        )
        given.append(item)
        statuses.append(deliver_answer(classroom, outbox, item, learner_id, True).status)
    finish = PendingFinish(quiz.attempt_id, attempt_uid=quiz.uid)
    statuses.append(deliver(classroom, outbox, finish).status)
    assert statuses == ["queued"] * 6
    # The copy of the schedule took the answers in: nothing is due for review now.
    with pytest.raises(QuizError, match="No reviews are due"):
        start_quiz_here(classroom, outbox, learner_id, QuizPlan(review=True))
    assert outbox.pending_count() == 7  # the quiz, five answers, its end

    stoppable_pg.start()
    outbox.offline_until = 0  # the periodic retry comes round
    sent = drain(classroom, outbox)
    assert (sent.sent, sent.already, sent.refused, sent.left) == (7, 0, 0, 0)
    with session_scope(classroom) as session:
        attempt = session.exec(select(Attempt).where(Attempt.uid == quiz.uid)).one()
        assert attempt.learner_id == learner_id and attempt.finished_at is not None
        assert attempt.question_ids == [q.id for q in quiz.questions]
        stored = session.exec(select(Response).where(Response.attempt_id == attempt.id)).all()
        assert len(stored) == 5 and all(r.correct for r in stored)
        reviewed = session.exec(
            select(ReviewState).where(
                ReviewState.learner_id == learner_id,
                ReviewState.question_id.in_(due_now),  # type: ignore[attr-defined]
            )
        ).all()
        assert [r.reps for r in reviewed] == [2, 2]  # the server's schedule has them too
    # Shown offline exactly as the server shows that quiz: in Russian, options in order.
    again = load_attempt(classroom, attempt.id or 0, "ru")
    assert [(q.stem, [o.key for o in q.options]) for q in again.questions] == [
        (q.stem, [o.key for o in q.options]) for q in quiz.questions
    ]
    assert any(not q.stem.isascii() for q in quiz.questions)
    # The same outbox items sent again (a copy restored): stored once.
    for item in given:
        outbox.put(item)
    again = drain(classroom, outbox)
    assert (again.sent, again.already, again.refused) == (0, 5, 0)
    with session_scope(classroom) as session:
        assert len(session.exec(select(Response)).all()) == 11


def test_with_no_copy_yet_the_learner_is_told_plainly(
    classroom: Engine, stoppable_pg: PostgresServer, tmp_path: Path
) -> None:
    with session_scope(classroom) as session:
        learner_id = add_learner(session, "Ben").id or 0
    stoppable_pg.stop()
    with pytest.raises(QuizError, match="no copy of the questions yet"):
        start_quiz_here(classroom, Outbox(tmp_path), learner_id, QuizPlan(size=5))
