"""Quizzes: assembly, answers committed as given, review scheduling, crash safety."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from civicquiz.core.db import session_scope
from civicquiz.core.grading import OptionView, keyed_answer
from civicquiz.core.learners import add_learner as create_learner
from civicquiz.core.models import Learner, Question, Response, ReviewState, utcnow
from civicquiz.core.quiz import (
    QuizError,
    QuizRequest,
    assemble_quiz,
    finish_attempt,
    options_of,
    record_response,
    responses_of,
    start_attempt,
)

pytestmark = pytest.mark.databases  # each test runs on SQLite and PostgreSQL


def answer_for(session: Session, question_id: int, right: bool) -> dict[str, object]:
    question = session.get(Question, question_id)
    assert question is not None
    views = [
        OptionView(o.key, o.text, o.correct, o.match, o.weight)
        for o in options_of(session, question_id)
    ]
    answer = keyed_answer(question.qtype, views, question.numeric)
    if right:
        return answer
    return (
        {"option": "zz"}
        if question.qtype == "single_choice"
        else {"text": "wrong", "value": -1, "options": []}
    )


def test_a_quiz_has_the_requested_number_of_distinct_questions(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner = create_learner(session, "Aruzhan")
        ids = assemble_quiz(session, learner.id, QuizRequest(size=20), random.Random(1))
    assert len(ids) == len(set(ids)) == 20


def test_a_quiz_can_be_limited_to_topics_and_types(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        topic_id = session.exec(
            select(Question.topic_id).where(Question.key.startswith("person-"))
        ).first()  # type: ignore[attr-defined]
        ids = assemble_quiz(
            session, None, QuizRequest(size=10, topic_ids=[topic_id], qtypes=["single_choice"])
        )
        rows = [session.get(Question, i) for i in ids]
    assert len(rows) == 10
    assert all(r and r.topic_id == topic_id and r.qtype == "single_choice" for r in rows)


def test_an_empty_selection_is_explained(loaded: Engine) -> None:
    with Session(loaded) as session, pytest.raises(QuizError, match="no questions"):
        assemble_quiz(session, None, QuizRequest(topic_ids=[-1]))


def test_answers_are_stored_graded_and_scheduled(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner = create_learner(session, "Timur")
        ids = assemble_quiz(session, learner.id, QuizRequest(size=6), random.Random(2))
        attempt = start_attempt(session, learner.id or 0, ids)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        answers = [answer_for(session, qid, right=i % 2 == 0) for i, qid in enumerate(ids)]
    for qid, answer in zip(ids, answers, strict=True):
        record_response(loaded, attempt.id or 0, qid, answer, elapsed_ms=4000)
    finish_attempt(loaded, attempt.id or 0)
    with session_scope(loaded) as session:
        stored = responses_of(session, attempt.id or 0)
        assert [r.question_id for r in stored] == ids
        assert [r.correct for r in stored] == [True, False, True, False, True, False]
        states = {s.question_id: s for s in session.exec(select(ReviewState))}
    now = utcnow()
    for response in stored:
        due = states[response.question_id].due
        # A wrong answer comes back within minutes; a right one not before then.
        if response.correct:
            assert due > now + timedelta(minutes=5)
        else:
            assert due < now + timedelta(minutes=15)


def test_due_reviews_come_first(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner_id = create_learner(session, "Dias").id or 0
        ids = assemble_quiz(session, learner_id, QuizRequest(size=3), random.Random(3))
        attempt = start_attempt(session, learner_id, ids)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        wrong = [answer_for(session, qid, right=False) for qid in ids]
    for qid, answer in zip(ids, wrong, strict=True):
        record_response(loaded, attempt.id or 0, qid, answer)
    with session_scope(loaded) as session:
        for state in session.exec(select(ReviewState)):  # pretend time has passed
            state.due = utcnow() - timedelta(minutes=1)
            session.add(state)
        session.commit()
        next_quiz = assemble_quiz(session, learner_id, QuizRequest(size=10), random.Random(4))
    assert set(next_quiz[:3]) == set(ids)


def test_an_answer_cannot_be_given_twice_or_to_a_finished_quiz(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner = create_learner(session, "Alua")
        ids = assemble_quiz(session, learner.id, QuizRequest(size=2), random.Random(5))
        attempt = start_attempt(session, learner.id or 0, ids)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
    record_response(loaded, attempt.id or 0, ids[0], {"value": True})
    with pytest.raises(QuizError, match="already answered"):
        record_response(loaded, attempt.id or 0, ids[0], {"value": False})
    finish_attempt(loaded, attempt.id or 0)
    with pytest.raises(QuizError, match="finished"):
        record_response(loaded, attempt.id or 0, ids[1], {"value": True})
    with session_scope(loaded) as session:
        assert len(session.exec(select(Response)).all()) == 1


def test_learner_names_are_unique_and_required(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        create_learner(session, "Erlan")
        with pytest.raises(QuizError, match="already"):
            create_learner(session, "  Erlan ")
        with pytest.raises(QuizError, match="name"):
            create_learner(session, "   ")


CHILD = r"""
import json, random, sys, time
from civicquiz.core.db import session_scope
from civicquiz.core.grading import OptionView, keyed_answer
from civicquiz.core.models import Question
from civicquiz.core.learners import add_learner as create_learner
from civicquiz.core.quiz import QuizRequest, assemble_quiz, options_of, record_response, start_attempt
from civicquiz.services import open_app_data

data = open_app_data(sys.argv[1])
with session_scope(data.engine) as session:
    learner = create_learner(session, "Crash test")
    ids = assemble_quiz(session, learner.id, QuizRequest(size=40), random.Random(9))
    attempt = start_attempt(session, learner.id, ids)
    session.commit()  # the caller owns the transaction
    session.refresh(attempt)
print("attempt", attempt.id, flush=True)
for i, qid in enumerate(ids):
    with session_scope(data.engine) as session:
        q = session.get(Question, qid)
        views = [OptionView(o.key, o.text, o.correct, o.match, o.weight) for o in options_of(session, qid)]
        answer = keyed_answer(q.qtype, views, q.numeric)
    record_response(data.engine, attempt.id, qid, answer, elapsed_ms=1000 + i)
    print("answered", qid, json.dumps(answer), flush=True)
    time.sleep(0.02)
print("finished", flush=True)
"""


@pytest.mark.slow
def test_killing_the_app_mid_quiz_loses_no_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, CIVICQUIZ_DATA_DIR=str(data))
    env.pop("CIVICQUIZ_DATABASE_URL", None)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    reported: dict[int, dict[str, object]] = {}
    attempt_id = None
    deadline = time.monotonic() + 120
    while len(reported) < 12 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        parts = line.split(" ", 2)
        if parts[0] == "attempt":
            attempt_id = int(parts[1])
        elif parts[0] == "answered":
            reported[int(parts[1])] = json.loads(parts[2])
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(reported) == 12 and attempt_id is not None

    database = data / "civicquiz.sqlite3"
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = db.execute(
            "SELECT question_id, answer, correct FROM response WHERE attempt_id = ?", (attempt_id,)
        ).fetchall()
    stored = {qid: json.loads(answer) for qid, answer, _ in rows}
    for qid, answer in reported.items():
        assert stored.get(qid) == answer, f"answer to question {qid} was lost"
    assert len(stored) <= len(reported) + 1  # at most the answer being written at the kill
    assert all(correct == 1 for _, _, correct in rows)


@pytest.mark.sqlite_only  # SQLite's whole-file write lock
def test_store_answer_waits_out_a_lock_longer_than_the_busy_timeout(
    loaded: Engine,
) -> None:
    import threading

    from sqlalchemy import event
    from sqlalchemy.exc import OperationalError

    from civicquiz.core.db import sqlite_path
    from civicquiz.core.quiz import record_response, store_answer

    event.listen(loaded, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout=50"))
    loaded.dispose()
    with session_scope(loaded) as session:
        learner = Learner(name="Waiting")
        session.add(learner)
        session.commit()
        ids = list(session.exec(select(Question.id).where(Question.qtype == "true_false")))[:2]
        attempt = start_attempt(session, learner.id or 0, ids)
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
    path = sqlite_path(str(loaded.url))
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(OperationalError, match="locked"):
        record_response(loaded, attempt.id or 0, ids[0], {"value": True})
    threading.Timer(0.5, lambda: (holder.execute("COMMIT"), holder.close())).start()
    stored = store_answer(loaded, attempt.id or 0, ids[0], {"value": True}, patience_s=20)
    assert stored.id is not None
