"""Exams a teacher sets, and the attempts learners make at them.

An exam is drawn by a blueprint (:func:`plan_exam`), so that it is a fair mock test:

- every topic in the selection is represented, in proportion to its share of the questions
  (largest remainder; each topic gets at least one item when the exam is long enough);
- question types are mixed: no type fills more than 40% of the exam, true/false at most 20%;
- within a topic, questions the learner has not seen come first, then those due for review,
  then the rest, each group in random order.

The plan is shown to the learner (its rules, topics and time limit) before the clock starts.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC

from sqlalchemy import text
from sqlmodel import Session, col, select

from civicquiz.core.models import Attempt, Exam, utcnow
from civicquiz.core.quiz import QuizError, QuizRequest, _filters, start_attempt

MAX_TYPE_SHARE = 0.40
MAX_TRUE_FALSE_SHARE = 0.20


@dataclass(frozen=True)
class ExamPlan:
    """The questions an exam draws and what the learner is told before starting."""

    title: str
    question_ids: list[int]
    time_limit_s: int | None
    pass_mark: int | None
    exam_id: int | None
    topics: list[tuple[str, int]]  # topic title and items drawn, in the bank's order
    types: list[tuple[str, int]]  # question type and items drawn, most first
    unseen: int  # items the learner has never answered
    due: int  # items due for review
    topics_available: int  # topics in the selection (all of them are drawn from)


def _quotas(sizes: dict[int, int], total: int) -> dict[int, int]:
    """Split ``total`` across topics in proportion to ``sizes`` (largest remainder), at
    least one each when there is room, never more than a topic holds."""
    quotas = {t: 1 if total >= len(sizes) and sizes[t] else 0 for t in sizes}
    left = total - sum(quotas.values())
    while left > 0:
        room = {t: sizes[t] - quotas[t] for t in sizes if sizes[t] > quotas[t]}
        if not room:
            break
        weight = sum(sizes[t] for t in room)
        ideal = {t: left * sizes[t] / weight for t in room}
        extra = {t: min(room[t], math.floor(ideal[t])) for t in room}
        rest = left - sum(extra.values())
        for topic in sorted(room, key=lambda t: (-(ideal[t] - math.floor(ideal[t])), t)):
            if rest <= 0:
                break
            if extra[topic] < room[topic]:
                extra[topic] += 1
                rest -= 1
        given = sum(extra.values())
        if given == 0:
            break
        for topic, count in extra.items():
            quotas[topic] += count
        left -= given
    return quotas


def plan_exam(
    session: Session,
    learner_id: int | None,
    *,
    size: int,
    title: str = "",
    bank_ids: Sequence[int] | None = None,
    topic_ids: Sequence[int] | None = None,
    qtypes: Sequence[str] | None = None,
    time_limit_s: int | None = None,
    pass_mark: int | None = None,
    exam_id: int | None = None,
    rng: random.Random | None = None,
) -> ExamPlan:
    """Draw an exam by the blueprint described in the module docstring."""
    rng = rng or random.Random()
    request = QuizRequest(size=size, bank_ids=bank_ids, topic_ids=topic_ids, qtypes=qtypes)
    clauses, params = _filters(request)
    connection = session.connection()
    rows = connection.execute(
        text(
            "SELECT q.id, q.topic_id, q.qtype, t.title, t.position FROM question q "
            "JOIN bank b ON b.id = q.bank_id LEFT JOIN topic t ON t.id = q.topic_id WHERE "
            + " AND ".join(clauses)
            # in a fixed order, so one seed draws the same exam on every database
            + " ORDER BY q.id"
        ),
        params,
    ).all()
    if not rows:
        raise QuizError(
            "There are no questions to choose from: enable a bank or pick other topics."
        )
    seen: set[int] = set()
    due: set[int] = set()
    if learner_id is not None:
        now = utcnow().astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        for question_id, is_due in connection.execute(
            text("SELECT question_id, due <= :now FROM review_state WHERE learner_id = :learner"),
            {"learner": learner_id, "now": now},
        ):
            seen.add(question_id)
            if is_due:
                due.add(question_id)
    by_topic: dict[int, list[tuple[int, str]]] = {}
    titles: dict[int, tuple[int, str]] = {}
    for question_id, topic_id, qtype, topic_title, position in rows:
        key = topic_id or 0
        by_topic.setdefault(key, []).append((question_id, qtype))
        titles[key] = (position or 0, topic_title or "Other questions")
    size = min(size, len(rows))
    quotas = _quotas({t: len(items) for t, items in by_topic.items()}, size)
    caps = {qtype: max(1, math.floor(size * MAX_TYPE_SHARE)) for _, _, qtype, _, _ in rows}
    caps["true_false"] = max(1, math.floor(size * MAX_TRUE_FALSE_SHARE)) if size >= 5 else 1

    def tier(question_id: int) -> int:
        return 0 if question_id not in seen else (1 if question_id in due else 2)

    chosen: list[int] = []
    types: Counter[str] = Counter()
    spare: list[tuple[int, int, str]] = []  # (tier, id, type) left over by the type caps
    # Small quotas first, so that a capped type does not starve a small topic.
    for topic in sorted(by_topic, key=lambda t: (quotas[t], titles[t])):
        items = by_topic[topic][:]
        rng.shuffle(items)
        order = {question_id: index for index, (question_id, _) in enumerate(items)}
        taken = 0
        while taken < quotas[topic] and items:
            open_items = [i for i in items if types[i[1]] < caps.get(i[1], size)]
            if not open_items:
                break
            # unseen before due before the rest; among those, the type used least so far
            best = min(open_items, key=lambda i: (tier(i[0]), types[i[1]], order[i[0]]))
            items.remove(best)
            chosen.append(best[0])
            types[best[1]] += 1
            taken += 1
        spare.extend((tier(question_id), question_id, qtype) for question_id, qtype in items)
        quotas[topic] = taken
    # Fill what the caps left open from any topic, unseen first, caps relaxed only if needed.
    spare.sort(key=lambda item: item[0])
    for relax in (False, True):
        for _, question_id, qtype in spare:
            if len(chosen) >= size:
                break
            if question_id in chosen:
                continue
            if not relax and types[qtype] >= caps.get(qtype, size):
                continue
            chosen.append(question_id)
            types[qtype] += 1
    rng.shuffle(chosen)
    drawn = set(chosen)
    topic_of = {question_id: topic_id or 0 for question_id, topic_id, *_ in rows}
    per_topic = Counter(topic_of[q] for q in chosen)
    return ExamPlan(
        title=title,
        question_ids=chosen,
        time_limit_s=time_limit_s,
        pass_mark=pass_mark,
        exam_id=exam_id,
        topics=[(titles[t][1], per_topic[t]) for t in sorted(by_topic, key=lambda t: titles[t])],
        types=types.most_common(),
        unseen=sum(1 for q in drawn if q not in seen),
        due=sum(1 for q in drawn if q in due),
        topics_available=len(by_topic),
    )


def plan_teacher_exam(
    session: Session, learner_id: int, exam_id: int, rng: random.Random | None = None
) -> ExamPlan:
    """The blueprint of an exam a teacher set, for the start screen and the attempt."""
    exam = session.get(Exam, exam_id)
    if exam is None or not exam.active:
        raise QuizError("That exam is no longer open.")
    return plan_exam(
        session,
        learner_id,
        size=exam.size,
        title=exam.title,
        bank_ids=exam.bank_ids or None,
        topic_ids=exam.topic_ids or None,
        time_limit_s=exam.time_limit_s,
        pass_mark=exam.pass_mark,
        exam_id=exam.id,
        rng=rng,
    )


def begin_exam(session: Session, learner_id: int, plan: ExamPlan) -> Attempt:
    """Start the clock: the attempt at the questions ``plan`` drew."""
    attempt = start_attempt(
        session,
        learner_id,
        plan.question_ids,
        mode="exam",
        title=plan.title,
        time_limit_s=plan.time_limit_s,
        exam_id=plan.exam_id,
    )
    return attempt


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
    session.flush()  # the caller commits (one unit of work)
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
        session.flush()  # the caller commits (one unit of work)


def start_exam(
    session: Session, learner_id: int, exam_id: int, rng: random.Random | None = None
) -> Attempt:
    """A new attempt at an exam: its questions drawn by the blueprint from the exam's banks
    and topics."""
    plan = plan_teacher_exam(session, learner_id, exam_id, rng)
    exam = session.get(Exam, exam_id)
    if exam is not None and not exam.shuffle:
        plan = replace(plan, question_ids=sorted(plan.question_ids))
    return begin_exam(session, learner_id, plan)
