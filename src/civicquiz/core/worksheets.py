"""What goes on paper: the questions of a bank, a topic of it, or an exam a teacher set,
chosen the same way by ``civicquiz print`` and the teacher screen's Print dialog (the PDF
itself is drawn by gui/paper.py, through Qt)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlmodel import Session, col, select

from civicquiz.core import models
from civicquiz.core.bank import Bank, Question
from civicquiz.core.library import bank_from_db


@dataclass
class PaperChoice:
    bank: Bank  # the bank the questions come from (for an exam, its pool as one bank)
    questions: list[Question]
    title: str


@dataclass
class PaperSources:
    """What the Print dialog offers: banks (key, title, [(topic key, title)]) and exams."""

    banks: list[tuple[str, str, list[tuple[str, str]]]]
    exams: list[tuple[int, str, int]]  # id, title, questions drawn


def paper_sources(session: Session) -> PaperSources:
    banks = []
    for row in session.exec(select(models.Bank).order_by(col(models.Bank.title))):
        topics = session.exec(
            select(models.Topic.key, models.Topic.title)
            .where(models.Topic.bank_id == row.id)
            .order_by(col(models.Topic.position))
        ).all()
        banks.append((row.key, row.title, [(k, t) for k, t in topics]))
    exams = [
        (e.id or 0, e.title, e.size)
        for e in session.exec(select(models.Exam).order_by(col(models.Exam.id)))
    ]
    return PaperSources(banks=banks, exams=exams)


def exam_pool(session: Session, name: str) -> tuple[Bank, int]:
    """An exam's question pool (its banks, or every enabled bank, and its topics) as one
    bank, and how many questions the exam draws. ``name`` is its title or number."""
    exams = session.exec(select(models.Exam)).all()
    exam = next((e for e in exams if name in (e.title, str(e.id))), None)
    if exam is None:
        known = "; ".join(f"{e.id}: {e.title}" for e in exams) or "none"
        raise LookupError(f"there is no exam {name!r} (exams: {known})")
    banks = session.exec(select(models.Bank)).all()
    chosen = [b for b in banks if (b.id in exam.bank_ids if exam.bank_ids else b.enabled)]
    topics = {t.id: (t.bank_id, t.key) for t in session.exec(select(models.Topic)).all()}
    wanted = {topics[i] for i in exam.topic_ids if i in topics}
    pool = []
    for row in chosen:
        for question in bank_from_db(session, row.key).questions:
            if not wanted or (row.id, question.topic) in wanted:
                pool.append(question)
    return Bank(key=f"exam-{exam.id}", title=exam.title, questions=pool), exam.size


def choose_for_paper(
    session: Session,
    *,
    bank_key: str | None = None,
    exam: str | None = None,
    topic: str | None = None,
    count: int | None = None,
    seed: int = 1,
    title: str | None = None,
) -> PaperChoice:
    """The questions to print: a bank (or one topic of it) or an exam; ``count`` of them
    drawn with ``seed`` (an exam draws its own number unless told). Raises LookupError
    with a message naming what is missing."""
    if (bank_key is None) == (exam is None):
        raise LookupError("name a bank or an exam, not both")
    if exam is not None:
        bank, exam_size = exam_pool(session, exam)
        count = count or exam_size
    else:
        assert bank_key is not None
        bank = bank_from_db(session, bank_key)
    questions = list(bank.questions)
    heading = title or bank.title
    if topic:
        found = next((t for t in bank.topics if topic in (t.key, t.title)), None)
        key = found.key if found else topic
        questions = [q for q in questions if q.topic == key]
        if not questions:
            known = ", ".join(t.key for t in bank.topics) or "none"
            raise LookupError(f"no questions in topic {topic!r} (topics: {known})")
        heading = title or (found.title if found else topic)
    if not questions:
        raise LookupError(f"{bank.title!r} has no questions to print")
    if count:
        questions = random.Random(seed).sample(questions, min(count, len(questions)))
    return PaperChoice(bank=bank, questions=questions, title=heading)
