"""A fair mock exam: every topic in proportion, mixed types, unseen or due items first."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from civicquiz.core.db import session_scope
from civicquiz.core.exams import _quotas, begin_exam, create_exam, plan_exam, start_exam
from civicquiz.core.learners import add_learner
from civicquiz.core.models import Question, ReviewState, Topic, utcnow


def _practise(session: Session, learner_id: int, questions: list[Question], *, due: bool) -> None:
    when = utcnow() + (timedelta(days=-1) if due else timedelta(days=30))
    for question in questions:
        session.add(ReviewState(learner_id=learner_id, question_id=question.id or 0, due=when))
    session.commit()


def test_quotas_are_proportional_and_cover_every_topic() -> None:
    quotas = _quotas({1: 43, 2: 31, 3: 22, 4: 2, 5: 5}, 20)
    assert sum(quotas.values()) == 20 and min(quotas.values()) >= 1
    assert quotas[1] > quotas[2] > quotas[3] > quotas[4]
    assert _quotas({1: 1, 2: 10}, 5) == {1: 1, 2: 4}  # never more than a topic holds
    # twelve topics as in the built-in bank: the largest gets its share, not more
    sizes = dict(enumerate([5, 31, 7, 13, 16, 8, 11, 2, 8, 22, 12, 46], start=1))
    quotas = _quotas(sizes, 20)
    assert sum(quotas.values()) == 20 and min(quotas.values()) == 1
    for topic, size in sizes.items():
        fair = 1 + (20 - len(sizes)) * size / sum(sizes.values())
        assert abs(quotas[topic] - fair) < 1, (topic, quotas[topic], fair)


def test_after_practice_the_exam_draws_across_every_topic_with_mixed_types(
    loaded: Engine,
) -> None:
    with session_scope(loaded) as session:
        learner_id = add_learner(session, "Dana").id or 0
        questions = [
            Question(
                id=q.id, topic_id=q.topic_id, qtype=q.qtype, bank_id=q.bank_id, key=q.key, stem=""
            )
            for q in session.exec(select(Question))
        ]
        topic_ids = {t.id for t in session.exec(select(Topic))}
        # practice: every question of the largest topic seen (not due), half of another due
        by_topic = Counter(q.topic_id for q in questions)
        big, second = (t for t, _ in by_topic.most_common(2))
        _practise(session, learner_id, [q for q in questions if q.topic_id == big], due=False)
        due_ones = [q for q in questions if q.topic_id == second][::2]
        _practise(session, learner_id, due_ones, due=True)
        plan = plan_exam(
            session, learner_id, size=20, title="Mock", time_limit_s=1800, rng=random.Random(3)
        )
    drawn = [q for q in questions if q.id in set(plan.question_ids)]
    assert len(drawn) == 20 == len(set(plan.question_ids))
    # every topic present, none over-represented
    assert {q.topic_id for q in drawn} == topic_ids
    per_topic = Counter(q.topic_id for q in drawn)
    assert max(per_topic.values()) <= 5, per_topic
    assert sorted(n for _, n in plan.topics) == sorted(per_topic.values())
    # types mixed: true/false at most a fifth, no type over 40%
    types = Counter(q.qtype for q in drawn)
    assert types["true_false"] <= 4 and max(types.values()) <= 8, types
    assert len(types) >= 4, types
    # unseen first: nothing already seen and not due is drawn while unseen ones remain
    # (the practised topic has nothing unseen left, so only its own share is seen before)
    from_big = sum(1 for q in drawn if q.topic_id == big)
    assert 1 <= from_big <= 5
    assert plan.unseen + plan.due == 20 - from_big
    assert plan.time_limit_s == 1800 and plan.topics_available == len(topic_ids)


def test_a_teachers_exam_uses_the_blueprint_and_starts_only_when_asked(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner_id = add_learner(session, "Arman").id or 0
        exam = create_exam(session, title="Unit test", size=12, time_limit_s=600)
        before = len(list(session.exec(select(Question))))
        plan = plan_exam(session, learner_id, size=12, rng=random.Random(1))
        assert before and len(plan.question_ids) == 12
        attempt = start_exam(session, learner_id, exam.id or 0, random.Random(2))
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        assert attempt.mode == "exam" and attempt.exam_id == exam.id
        assert attempt.time_limit_s == 600 and len(attempt.question_ids) == 12
        kinds = Counter(
            session.get(Question, q).qtype  # type: ignore[union-attr]
            for q in attempt.question_ids
        )
        assert kinds["true_false"] <= 2 and len(kinds) >= 3
        again = begin_exam(session, learner_id, plan)
        session.commit()  # the caller owns the transaction
        session.refresh(again)
        assert again.question_ids == plan.question_ids and again.exam_id is None


@pytest.mark.databases
def test_one_seed_draws_the_same_exam_after_the_rows_move(loaded: Engine) -> None:
    """The draw reads the questions in a fixed order: on PostgreSQL an update moves rows
    within the table, and an unordered read would then hand the same seed other questions."""
    with session_scope(loaded) as session:
        learner_id = add_learner(session, "Seed").id or 0
        before = plan_exam(session, learner_id, size=20, rng=random.Random(11)).question_ids
        # every other question rewritten (same values): its row moves on PostgreSQL
        session.connection().execute(
            text("UPDATE question SET difficulty = difficulty WHERE mod(id, 2) = 0")
        )
        session.commit()
        after = plan_exam(session, learner_id, size=20, rng=random.Random(11)).question_ids
    assert after == before
