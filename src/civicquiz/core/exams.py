"""Exams a teacher sets, and the attempts learners make at them."""

from __future__ import annotations

import random
from collections.abc import Sequence

from sqlmodel import Session, col, select

from civicquiz.core.models import Attempt, Exam
from civicquiz.core.quiz import QuizError, QuizRequest, assemble_quiz, start_attempt


def create_exam(
    session: Session,
    *,
    title: str,
    size: int,
    bank_ids: Sequence[int] = (),
    topic_ids: Sequence[int] = (),
    time_limit_s: int | None = None,
    shuffle: bool = True,
    pass_mark: int = 60,
) -> Exam:
    title = " ".join(title.split())
    if not title:
        raise QuizError("An exam needs a title.")
    if not 1 <= size <= 500:
        raise QuizError("An exam has between 1 and 500 questions.")
    if not 0 <= pass_mark <= 100:
        raise QuizError("The pass mark is a percentage from 0 to 100.")
    exam = Exam(
        title=title,
        size=size,
        bank_ids=list(bank_ids),
        topic_ids=list(topic_ids),
        time_limit_s=time_limit_s,
        shuffle=shuffle,
        pass_mark=pass_mark,
    )
    session.add(exam)
    session.commit()
    session.refresh(exam)
    return exam


def active_exams(session: Session) -> list[Exam]:
    return list(
        session.exec(select(Exam).where(col(Exam.active).is_(True)).order_by(col(Exam.created_at)))
    )


def set_exam_active(session: Session, exam_id: int, active: bool) -> None:
    exam = session.get(Exam, exam_id)
    if exam is not None:
        exam.active = active
        session.add(exam)
        session.commit()


def start_exam(
    session: Session, learner_id: int, exam_id: int, rng: random.Random | None = None
) -> Attempt:
    """A new attempt at an exam: its questions drawn from the exam's banks and topics."""
    exam = session.get(Exam, exam_id)
    if exam is None or not exam.active:
        raise QuizError("That exam is no longer open.")
    request = QuizRequest(
        size=exam.size,
        bank_ids=exam.bank_ids or None,
        topic_ids=exam.topic_ids or None,
        due_first=False,
    )
    rng = rng or random.Random()
    ids = assemble_quiz(session, learner_id, request, rng)
    if not exam.shuffle:
        ids.sort()
    attempt = start_attempt(
        session, learner_id, ids, mode="exam", title=exam.title, time_limit_s=exam.time_limit_s
    )
    attempt.exam_id = exam.id
    session.add(attempt)
    session.commit()
    session.refresh(attempt)
    return attempt
