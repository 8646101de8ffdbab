"""A quiz started while the classroom server is away.

While the database answers, this computer keeps a copy of what a quick quiz needs in its
outbox file (``outbox.sqlite3``): the live questions of the enabled banks, with their
options and topics, and each learner's review schedule. When the server cannot be
reached, :func:`start_offline` assembles the quiz from that copy instead (called by
``services.quiz.start_quiz_here``) (reviews that are
due first, as online), and the quiz itself goes to the outbox ahead of its answers: the
server creates it, with the same id, when the outbox drains, and then stores the answers
as if they had been given online. The copy of the schedule follows the answers given
offline, so a second quiz offline does not ask the same due reviews again.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from civicquiz.core import scheduling
from civicquiz.core.attempts import AttemptData, _in_language, present
from civicquiz.core.models import (
    Attempt,
    Bank,
    Question,
    QuestionOption,
    ReviewState,
    Topic,
    utcnow,
)
from civicquiz.core.outbox import (
    Delivery,
    Outbox,
    PendingAnswer,
    PendingStart,
    deliver,
)
from civicquiz.core.quiz import QuizError, QuizRequest

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS cached_question (id INTEGER PRIMARY KEY, topic_id INTEGER, "
    "qtype TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS cached_review (learner_id INTEGER NOT NULL, "
    "question_id INTEGER NOT NULL, due TEXT NOT NULL, card TEXT NOT NULL, "
    "PRIMARY KEY (learner_id, question_id))",
    "CREATE TABLE IF NOT EXISTS cached_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

REVIEW_SIZE = 20  # as many due reviews as a review session takes online


@contextmanager
def _db(outbox: Outbox) -> Iterator[sqlite3.Connection]:
    outbox.path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(outbox.path, timeout=10)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        for statement in _SCHEMA:
            connection.execute(statement)
        with connection:
            yield connection


def _stamp(moment: datetime) -> str:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


def _signature(session: Session) -> str:
    rows = session.exec(select(Bank.id, Bank.content_hash, Bank.enabled).order_by(col(Bank.id)))
    return ";".join(f"{i}:{digest}:{int(on)}" for i, digest, on in rows)


def refresh_cache(engine: Engine, outbox: Outbox, learner_id: int | None) -> int:
    """Copy the questions (when the banks changed since the last copy) and the learner's
    review schedule to this computer; returns the questions the copy holds."""
    with Session(engine) as session:
        signature = _signature(session)
        with _db(outbox) as db:
            stored = db.execute("SELECT value FROM cached_meta WHERE key = 'banks'").fetchone()
        questions: list[tuple[int, int | None, str, str]] | None = None
        if stored is None or stored[0] != signature:
            questions = _question_rows(session)
        reviews = (
            [
                (learner_id, r.question_id, _stamp(r.due), json.dumps(r.card))
                for r in session.exec(
                    select(ReviewState).where(ReviewState.learner_id == learner_id)
                )
            ]
            if learner_id is not None
            else []
        )
    with _db(outbox) as db:
        if questions is not None:
            db.execute("DELETE FROM cached_question")
            db.executemany("INSERT INTO cached_question VALUES (?, ?, ?, ?)", questions)
            db.execute("INSERT OR REPLACE INTO cached_meta VALUES ('banks', ?)", (signature,))
        if learner_id is not None:
            db.execute("DELETE FROM cached_review WHERE learner_id = ?", (learner_id,))
            db.executemany("INSERT INTO cached_review VALUES (?, ?, ?, ?)", reviews)
        return int(db.execute("SELECT count(*) FROM cached_question").fetchone()[0])


def _question_rows(session: Session) -> list[tuple[int, int | None, str, str]]:
    enabled = {
        b.id: (b.key, b.origin)
        for b in session.exec(select(Bank).where(col(Bank.enabled).is_(True)))
    }
    topics = {t.id: t.title for t in session.exec(select(Topic))}
    live = [
        q
        for q in session.exec(select(Question).where(col(Question.retired).is_(False)))
        if q.bank_id in enabled
    ]
    options: dict[int, list[dict[str, Any]]] = {}
    for option in session.exec(select(QuestionOption).order_by(col(QuestionOption.position))):
        options.setdefault(option.question_id, []).append(
            option.model_dump(exclude={"id", "question_id"})
        )
    rows = []
    for question in live:
        assert question.id is not None
        data = question.model_dump(exclude={"content_hash"})
        data["topic"] = topics.get(question.topic_id or -1, "")
        data["bank"] = list(enabled[question.bank_id])  # key and origin, for its languages
        data["options"] = options.get(question.id, [])
        rows.append((question.id, question.topic_id, question.qtype, json.dumps(data)))
    return rows


def cached_question_count(outbox: Outbox) -> int:
    if not outbox.path.exists():
        return 0
    with _db(outbox) as db:
        return int(db.execute("SELECT count(*) FROM cached_question").fetchone()[0])


def _due_from_cache(
    db: sqlite3.Connection, learner_id: int, allowed: set[int], now: datetime
) -> list[int]:
    rows = db.execute(
        "SELECT question_id, due FROM cached_review WHERE learner_id = ? ORDER BY due",
        (learner_id,),
    ).fetchall()
    return [
        int(qid)
        for qid, due in rows
        if int(qid) in allowed and datetime.fromisoformat(due) <= now.astimezone(UTC)
    ]


def start_offline(
    outbox: Outbox,
    learner_id: int,
    request: QuizRequest,
    *,
    review: bool = False,
    mode: str = "practice",
    title: str = "",
    computer_id: str | None = None,
    rng: random.Random | None = None,
    language: str | None = None,
) -> AttemptData:
    """Assemble a quiz from this computer's copy and queue it in the outbox: due reviews
    first (only those, for a review), then questions drawn at random."""
    rng = rng or random.Random()
    if not cached_question_count(outbox):
        raise QuizError(
            "The server cannot be reached, and this computer has no copy of the questions "
            "yet: please try again when the server is back."
        )
    with _db(outbox) as db:
        clauses: list[str] = []
        params: list[Any] = []
        if request.topic_ids is not None:
            clauses.append(f"topic_id IN ({', '.join('?' * len(request.topic_ids))})")
            params += list(request.topic_ids)
        if request.qtypes is not None:
            clauses.append(f"qtype IN ({', '.join('?' * len(request.qtypes))})")
            params += list(request.qtypes)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        allowed = {int(r[0]) for r in db.execute("SELECT id FROM cached_question" + where, params)}
        due = _due_from_cache(db, learner_id, allowed, utcnow())
        if review:
            chosen = due[:REVIEW_SIZE]
        else:
            chosen = due[: request.size] if request.due_first else []
            rest = sorted(allowed - set(chosen))
            chosen += rng.sample(rest, min(request.size - len(chosen), len(rest)))
        if not chosen:
            raise QuizError(
                "No reviews are due just now."
                if review
                else "There are no questions to choose from."
            )
        data = {
            int(qid): json.loads(text)
            for qid, text in db.execute(
                f"SELECT id, data FROM cached_question WHERE id IN ({', '.join('?' * len(chosen))})",
                chosen,
            )
        }
    start = PendingStart(
        learner_id,
        chosen,
        mode=mode,
        title=title,
        seed=rng.randrange(2**31),
        computer_id=computer_id,
    )
    outbox.put(start)
    presented = []
    for qid in chosen:
        item = dict(data[qid])
        topic = str(item.pop("topic", ""))
        bank_key, origin = item.pop("bank", ("", ""))
        options = [QuestionOption(question_id=qid, **o) for o in item.pop("options", [])]
        shown = present(Question(**item), options, topic, start.seed)
        presented.append(_in_language(shown, bank_key, origin, language))
    return AttemptData(
        attempt_id=-rng.randrange(1, 2**31),  # never a database's id; the uid names it
        learner_id=learner_id,
        mode=mode,
        title=title,
        started_at=datetime.fromisoformat(start.started_at),
        finished_at=None,
        time_limit_s=None,
        questions=presented,
        answers={},
        grades={},
        uid=start.uid,
        offline=True,
    )


def attempt_id_of(engine: Engine, uid: str) -> int | None:
    """The database's id of the quiz with this uid (None while it waits in the outbox)."""
    with Session(engine) as session:
        return session.exec(select(Attempt.id).where(Attempt.uid == uid)).first()


def deliver_answer(
    engine: Engine, outbox: Outbox, item: PendingAnswer, learner_id: int, correct: bool
) -> Delivery:
    """:func:`deliver` the answer; when it waits in the outbox, this computer's copy of
    the learner's schedule takes it in, as the server will."""
    delivery = deliver(engine, outbox, item)
    if delivery.queued:
        note_answer(outbox, learner_id, item.question_id, correct, item.elapsed_ms, item.confident)
    return delivery


def note_answer(
    outbox: Outbox,
    learner_id: int,
    question_id: int,
    correct: bool,
    elapsed_ms: int,
    confident: bool,
    when: datetime | None = None,
) -> None:
    when = when or utcnow()
    with _db(outbox) as db:
        row = db.execute(
            "SELECT card FROM cached_review WHERE learner_id = ? AND question_id = ?",
            (learner_id, question_id),
        ).fetchone()
        card = scheduling.review(
            json.loads(row[0]) if row else None,
            scheduling.rating_for(correct, elapsed_ms, confident),
            when,
        )
        db.execute(
            "INSERT OR REPLACE INTO cached_review VALUES (?, ?, ?, ?)",
            (
                learner_id,
                question_id,
                _stamp(datetime.fromisoformat(card["due"])),
                json.dumps(card),
            ),
        )
