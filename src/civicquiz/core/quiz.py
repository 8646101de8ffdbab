"""Assembling quizzes, starting attempts and recording answers.

Every answer is graded and committed in its own transaction the moment it is given, with
the learner's review state, so a crash or a quit mid-quiz loses nothing already answered.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlmodel import Session, col, select

from civicquiz.core import scheduling
from civicquiz.core.grading import Grade, OptionView, grade_response
from civicquiz.core.models import (
    Attempt,
    Bank,
    Learner,
    Question,
    QuestionOption,
    Response,
    ReviewState,
    new_uid,
    utcnow,
)
from civicquiz.core.qtypes import REGISTRY


class QuizError(ValueError):
    """A quiz request cannot be met; the message is for the user."""


class AnswerNotStoredError(RuntimeError):
    """An answer could not be written to the database; the message is for the user."""


log = logging.getLogger(__name__)

#: How long :func:`store_answer` keeps trying while another program holds the database.
STORE_PATIENCE_S = 30.0


@dataclass(frozen=True)
class QuizRequest:
    size: int = 20
    bank_ids: Sequence[int] | None = None  # None: every enabled bank
    topic_ids: Sequence[int] | None = None
    qtypes: Sequence[str] | None = None
    due_first: bool = True


def candidate_question_ids(connection: Any, request: QuizRequest) -> list[int]:
    """Ids of every live question the request allows (one index-backed query)."""
    clauses, params = _filters(request)
    sql = "SELECT q.id FROM question q JOIN bank b ON b.id = q.bank_id WHERE " + " AND ".join(
        clauses
    )
    return [row[0] for row in connection.execute(text(sql), params)]


def _filters(request: QuizRequest) -> tuple[list[str], dict[str, Any]]:
    clauses = ["q.retired = false", "b.enabled = true"]
    params: dict[str, Any] = {}

    def in_list(column: str, name: str, values: Sequence[Any]) -> None:
        names = [f"{name}{i}" for i in range(len(values))]
        clauses.append(f"{column} IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, values, strict=True))

    if request.bank_ids is not None:
        in_list("q.bank_id", "b", list(request.bank_ids))
    if request.topic_ids is not None:
        in_list("q.topic_id", "t", list(request.topic_ids))
    if request.qtypes is not None:
        in_list("q.qtype", "k", list(request.qtypes))
    return clauses, params


def _sample_by_id(
    connection: Any, request: QuizRequest, count: int, exclude: set[int], rng: random.Random
) -> list[int] | None:
    """Draw ``count`` matching ids by probing random primary keys, or None when the
    filters match too few questions for probing to pay (the caller then scans)."""
    # Two statements: SQLite answers min() or max() alone from the primary key at once,
    # but scans an index when both share one query.
    low = connection.execute(text("SELECT min(id) FROM question")).scalar()
    high = connection.execute(text("SELECT max(id) FROM question")).scalar()
    if low is None:
        return []
    clauses, params = _filters(request)
    found: list[int] = []
    tried: set[int] = set(exclude)
    span = high - low + 1
    batch = count * 3
    for _ in range(4):
        untried = span - len(tried)
        if untried <= 0:
            break
        probe = {rng.randint(low, high) for _ in range(min(batch, untried))} - tried
        tried |= probe
        if not probe:
            continue
        names = {f"p{i}": v for i, v in enumerate(sorted(probe))}
        sql = "SELECT q.id FROM question q JOIN bank b ON b.id = q.bank_id WHERE " + " AND ".join(
            [*clauses, f"q.id IN ({', '.join(':' + n for n in names)})"]
        )
        hits = [row[0] for row in connection.execute(text(sql), params | names)]
        rng.shuffle(hits)
        found.extend(hits[: count - len(found)])
        if len(found) >= count:
            return found
        batch *= 4
    return None


def assemble_quiz(
    session: Session, learner_id: int | None, request: QuizRequest, rng: random.Random | None = None
) -> list[int]:
    """Choose ``request.size`` question ids: reviews that are due first (when asked), then
    questions drawn at random from the rest.

    Large banks are sampled by probing random ids, so the cost does not grow with the bank;
    narrow selections (a topic of a big bank) fall back to scanning the matching ids.
    """
    rng = rng or random.Random()
    connection = session.connection()
    chosen: list[int] = []
    if request.due_first and learner_id is not None:
        clauses, params = _filters(request)
        due_sql = (
            "SELECT r.question_id FROM review_state r JOIN question q ON q.id = r.question_id "
            "JOIN bank b ON b.id = q.bank_id WHERE r.learner_id = :learner AND r.due <= :now AND "
            + " AND ".join(clauses)
            + " ORDER BY r.due LIMIT :n"
        )
        now = utcnow().astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows = connection.execute(
            text(due_sql), params | {"learner": learner_id, "now": now, "n": request.size}
        )
        chosen = [row[0] for row in rows]
    remaining = request.size - len(chosen)
    if remaining > 0:
        taken = set(chosen)
        sampled = _sample_by_id(connection, request, remaining, taken, rng)
        if sampled is None:
            pool = [q for q in candidate_question_ids(connection, request) if q not in taken]
            sampled = rng.sample(pool, min(remaining, len(pool)))
        chosen.extend(sampled)
    if not chosen:
        raise QuizError(
            "There are no questions to choose from: enable a bank or pick other topics."
        )
    return chosen


def start_attempt(
    session: Session,
    learner_id: int,
    question_ids: Sequence[int],
    *,
    mode: str = "practice",
    title: str = "",
    time_limit_s: int | None = None,
    seed: int | None = None,
    computer_id: str | None = None,
    exam_id: int | None = None,
) -> Attempt:
    """A new attempt at ``question_ids``; flushed (it has its id), committed by the caller."""
    attempt = Attempt(
        learner_id=learner_id,
        computer_id=computer_id,
        exam_id=exam_id,
        mode=mode,
        title=title,
        question_ids=list(question_ids),
        time_limit_s=time_limit_s,
        seed=seed if seed is not None else random.randrange(2**31),
    )
    session.add(attempt)
    learner = session.get(Learner, learner_id)
    if learner is not None:
        learner.last_active_at = utcnow()
        session.add(learner)
    session.flush()
    return attempt


def options_of(session: Session, question_id: int) -> list[QuestionOption]:
    return list(
        session.exec(
            select(QuestionOption)
            .where(QuestionOption.question_id == question_id)
            .order_by(col(QuestionOption.position))
        )
    )


def grade_question(session: Session, question: Question, answer: dict[str, Any]) -> Grade:
    """Grade ``answer``; a built-in question answered in another of its languages (a
    typed form, a matching pair in Kazakh) is graded as the same answer in English."""
    from civicquiz.core.content import also_accepted, canonical_answer

    assert question.id is not None
    views = [
        OptionView(o.key, o.text, o.correct, o.match, o.weight)
        for o in options_of(session, question.id)
    ]
    if question.qtype in ("short_answer", "matching"):
        bank = session.get(Bank, question.bank_id)
        key, origin = (bank.key, bank.origin) if bank else ("", "")
        if question.qtype == "short_answer":
            views += also_accepted(key, origin, question.key)
        else:
            answer = canonical_answer(key, origin, question.key, views, answer)
    return grade_response(question.qtype, views, question.numeric, answer)


_ANSWERED = (
    "This question was already answered in this quiz (perhaps on another computer); "
    "the first answer counts."
)


def record_response(
    engine: Engine,
    attempt_id: int,
    question_id: int,
    answer: dict[str, Any],
    *,
    elapsed_ms: int = 0,
    confident: bool = False,
    uid: str | None = None,
    answered_at: datetime | None = None,
    computer_id: str | None = None,
) -> Response:
    """Grade ``answer``, store it and update the review state, committed at once.

    ``uid`` is the answer's id, given when it was answered; an answer whose id is already
    stored is not stored again (it was sent before). ``answered_at`` is when it was given,
    for an answer delivered later from a computer's outbox."""
    with Session(engine, expire_on_commit=False) as session:
        if uid is not None:
            known = session.exec(select(Response).where(Response.uid == uid)).first()
            if known is not None:
                return known
        attempt = session.get(Attempt, attempt_id)
        question = session.get(Question, question_id)
        if attempt is None or question is None:
            raise QuizError("That quiz or question no longer exists.")
        if question_id not in attempt.question_ids:
            raise QuizError("That question is not part of this quiz.")
        now = answered_at or utcnow()
        if attempt.finished_at is not None and (
            answered_at is None or _aware(answered_at) > _aware(attempt.finished_at)
        ):
            raise QuizError("This quiz is already finished.")
        if session.exec(
            select(Response.id).where(
                Response.attempt_id == attempt_id, Response.question_id == question_id
            )
        ).first():
            raise QuizError(_ANSWERED)
        grade = grade_question(session, question, answer)
        response = Response(
            uid=uid or new_uid(),
            computer_id=computer_id,
            attempt_id=attempt_id,
            question_id=question_id,
            position=attempt.question_ids.index(question_id),
            answer=answer,
            correct=grade.correct,
            score=grade.score,
            answered_at=now,
            elapsed_ms=elapsed_ms,
        )
        session.add(response)
        state = session.exec(
            select(ReviewState).where(
                ReviewState.learner_id == attempt.learner_id, ReviewState.question_id == question_id
            )
        ).first()
        rating = scheduling.rating_for(grade.correct, elapsed_ms, confident)
        card = scheduling.review(state.card if state else None, rating, now)
        if state is None:
            state = ReviewState(learner_id=attempt.learner_id, question_id=question_id)
        state.card = card
        state.due = datetime.fromisoformat(card["due"])
        state.reps += 1
        state.lapses += 0 if grade.correct else 1
        state.last_review = now
        session.add(state)
        try:
            session.commit()
        except IntegrityError as clash:  # another seat stored this question just now
            session.rollback()
            if uid is not None:
                known = session.exec(select(Response).where(Response.uid == uid)).first()
                if known is not None:
                    return known
            raise QuizError(_ANSWERED) from clash
        return response


def _aware(moment: datetime) -> datetime:
    """SQLite hands stored times back without their zone (they are UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _locked(exc: OperationalError) -> bool:
    name = getattr(exc.orig, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc.orig)


def store_answer(
    engine: Engine,
    attempt_id: int,
    question_id: int,
    answer: dict[str, Any],
    *,
    elapsed_ms: int = 0,
    confident: bool = False,
    patience_s: float | None = None,
    uid: str | None = None,
    answered_at: datetime | None = None,
    computer_id: str | None = None,
) -> Response:
    """The one way a learner's answer reaches the database: the GUI calls this and shows
    feedback only once it returns. While another program holds the database (an import
    in a second window) the whole transaction is tried again, for up to ``patience_s``
    seconds; any failure raises :class:`AnswerNotStoredError` with a plain message (the
    details go to the log), never a raw database error."""
    patience = STORE_PATIENCE_S if patience_s is None else patience_s
    deadline = time.monotonic() + patience
    pause = 0.05
    while True:
        try:
            return record_response(
                engine,
                attempt_id,
                question_id,
                answer,
                elapsed_ms=elapsed_ms,
                confident=confident,
                uid=uid,
                answered_at=answered_at,
                computer_id=computer_id,
            )
        except OperationalError as exc:
            log.warning("storing an answer failed: %s", exc)
            if _locked(exc) and time.monotonic() < deadline:
                time.sleep(pause)
                pause = min(pause * 2, 1.0)
                continue
            from civicquiz.core.db import plain_database_error

            raise AnswerNotStoredError(
                f"Your answer could not be saved: {plain_database_error(exc)}"
            ) from exc
        except SQLAlchemyError as exc:
            log.warning("storing an answer failed: %s", exc)
            from civicquiz.core.db import plain_database_error

            raise AnswerNotStoredError(
                f"Your answer could not be saved: {plain_database_error(exc)}"
            ) from exc
        except OSError as exc:
            log.warning("storing an answer failed: %s", exc)
            raise AnswerNotStoredError(
                f"Your answer could not be saved ({exc.strerror or exc})."
            ) from exc


def finish_attempt(engine: Engine, attempt_id: int, finished_at: datetime | None = None) -> Attempt:
    with Session(engine, expire_on_commit=False) as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None:
            raise QuizError("That quiz no longer exists.")
        if attempt.finished_at is None:
            attempt.finished_at = finished_at or utcnow()
            session.add(attempt)
            session.commit()
        return attempt


def responses_of(session: Session, attempt_id: int) -> list[Response]:
    return list(
        session.exec(
            select(Response)
            .where(Response.attempt_id == attempt_id)
            .order_by(col(Response.position))
        )
    )


# Typed answers: the marking may miss a variant, so the learner may overrule it.
OVERRULABLE = tuple(name for name, kind in REGISTRY.items() if kind.typed)


def overrule_answer(engine: Engine, attempt_id: int, question_id: int) -> Response:
    """The learner says a typed answer marked wrong was right ("I was right"). It then
    counts as right for them, and the response keeps the mark ``overruled`` next to the
    text they typed, so teachers see (item analysis, CSV) that the learner, not the key,
    decided it. The review schedule is left as the marking set it."""
    with Session(engine, expire_on_commit=False) as session:
        response = session.exec(
            select(Response).where(
                Response.attempt_id == attempt_id, Response.question_id == question_id
            )
        ).first()
        question = session.get(Question, question_id)
        if response is None or question is None:
            raise QuizError("That answer was not found.")
        if question.qtype not in OVERRULABLE:
            raise QuizError("Only typed answers can be overruled.")
        if response.correct:
            raise QuizError("That answer was already marked right.")
        response.answer = {**response.answer, "overruled": True}
        response.correct = True
        response.score = 1.0
        session.add(response)
        session.commit()
        return response
