"""Nothing lost when the server goes away: answers wait in the computer's outbox and are
sent, once each, when the database answers again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from civicquiz.core.attempts import load_attempt
from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner
from civicquiz.core.models import Attempt, Response
from civicquiz.core.outbox import Outbox, PendingAnswer, PendingFinish, deliver, drain
from civicquiz.core.quiz import QuizError, QuizRequest, assemble_quiz, start_attempt
from tests.pgserver import PostgresServer


@pytest.fixture
def own_server(stoppable_pg: PostgresServer) -> PostgresServer:
    return stoppable_pg


def new_quiz(engine: Engine, name: str, size: int = 6) -> tuple[int, int]:
    with session_scope(engine) as session:
        learner = add_learner(session, name)
        ids = assemble_quiz(session, learner.id, QuizRequest(size=size), None)
        attempt = start_attempt(session, learner.id or 0, ids, computer_id="seat-1")
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        return learner.id or 0, attempt.id or 0


def answers_in(engine: Engine, attempt_id: int) -> list[str]:
    with session_scope(engine) as session:
        return sorted(
            r.uid or ""
            for r in session.exec(select(Response).where(Response.attempt_id == attempt_id))
        )


def test_the_server_stopped_and_restarted_mid_quiz_loses_and_duplicates_nothing(
    classroom: Engine, own_server: PostgresServer, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path)
    _, attempt_id = new_quiz(classroom, "Aru")
    questions = load_attempt(classroom, attempt_id).questions
    given = [
        PendingAnswer(attempt_id, q.id, q.correct_answer(), computer_id="seat-1") for q in questions
    ]
    statuses = [
        deliver(classroom, outbox, given[0]).status,
        deliver(classroom, outbox, given[1]).status,
    ]
    own_server.stop()
    statuses += [deliver(classroom, outbox, item).status for item in given[2:5]]
    assert statuses == ["stored", "stored", "queued", "queued", "queued"]
    assert outbox.pending_count() == 3
    own_server.start()
    outbox.offline_until = 0  # the periodic retry comes round
    result = drain(classroom, outbox)
    assert (result.sent, result.already, result.left) == (3, 0, 0)
    assert deliver(classroom, outbox, given[5]).status == "stored"
    assert deliver(classroom, outbox, PendingFinish(attempt_id)).status == "stored"
    assert answers_in(classroom, attempt_id) == sorted(a.uid for a in given)
    # Sent again (the outbox file restored from a copy, say): stored once.
    for item in given:
        outbox.put(item)
    again = drain(classroom, outbox)
    assert (again.sent, again.already) == (0, 6)
    assert len(answers_in(classroom, attempt_id)) == 6
    with session_scope(classroom) as session:
        attempt = session.get(Attempt, attempt_id)
        assert attempt is not None and attempt.finished_at is not None
        assert attempt.computer_id == "seat-1"


DRAINER = """
import sys, time
from civicquiz.core import outbox as ob
from civicquiz.core.db import make_engine
real = ob._send
def slow(engine, kind, payload):
    real(engine, kind, payload)
    print("sent", payload["uid"], flush=True)
    time.sleep(0.3)
ob._send = slow
engine = make_engine(sys.argv[1])
ob.drain(engine, ob.Outbox(__import__("pathlib").Path(sys.argv[2])))
print("done", flush=True)
"""


def test_a_seat_killed_while_draining_sends_the_rest_once_later(
    classroom: Engine, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path)
    _, attempt_id = new_quiz(classroom, "Ben", size=8)
    questions = load_attempt(classroom, attempt_id).questions
    given = [PendingAnswer(attempt_id, q.id, q.correct_answer()) for q in questions]
    for item in given:
        outbox.put(item)
    url = classroom.url.render_as_string(hide_password=False)
    child = subprocess.Popen(
        [sys.executable, "-c", DRAINER, url, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    sent = [child.stdout.readline() for _ in range(3)]
    assert all(line.startswith("sent") for line in sent)
    os.kill(child.pid, signal.SIGKILL)  # mid-drain: stored but maybe not yet forgotten
    child.wait(timeout=30)
    assert 3 <= len(answers_in(classroom, attempt_id)) < 8
    waiting = outbox.pending_count()
    assert waiting >= 8 - len(answers_in(classroom, attempt_id))
    result = drain(classroom, outbox)
    assert result.left == 0 and result.sent + result.already == waiting
    assert answers_in(classroom, attempt_id) == sorted(a.uid for a in given)
    assert outbox.pending_count() == 0


def test_two_seats_answering_the_same_learners_quiz_store_each_question_once(
    classroom: Engine, tmp_path: Path
) -> None:
    _, attempt_id = new_quiz(classroom, "Cem", size=4)
    questions = load_attempt(classroom, attempt_id).questions
    seat_a, seat_b = Outbox(tmp_path / "a"), Outbox(tmp_path / "b")
    first = PendingAnswer(
        attempt_id, questions[0].id, questions[0].correct_answer(), computer_id="a"
    )
    second = PendingAnswer(attempt_id, questions[0].id, {"option": "zzz"}, computer_id="b")
    assert deliver(classroom, seat_a, first).status == "stored"
    with pytest.raises(QuizError, match="already answered"):
        deliver(classroom, seat_b, second)
    with session_scope(classroom) as session:
        rows = session.exec(select(Response).where(Response.attempt_id == attempt_id)).all()
        assert [(r.uid, r.computer_id) for r in rows] == [(first.uid, "a")]
        count = session.execute(text("SELECT count(*) FROM response")).scalar()
        assert count == 1
