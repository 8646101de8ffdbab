"""Storing a large bank: rows go in by batches, every value arrives as the app reads it,
and a failure in a late batch leaves nothing behind."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select

from civicquiz.core import bank as domain
from civicquiz.core.db import session_scope
from civicquiz.core.library import BATCH, load_bank
from civicquiz.core.models import Bank, Question, QuestionOption


def big_bank(count: int, key: str = "big") -> domain.Bank:
    questions = []
    for i in range(count):
        q = domain.Question(key=f"q{i}", qtype="single_choice", stem=f"Stem {i} «ü»", topic=f"T{i % 7}",
                            tags=[f"tag{i % 3}"] if i % 2 else [],
                            sources=[domain.Citation(f"Article {i}", seed="s1")] if i % 5 == 0 else [])  # fmt: skip
        q.options = [domain.Option(k, f"{k} for {i}", k == "b", feedback="fb" if k == "a" else "") for k in "abc"]  # fmt: skip
        if i % 11 == 0:
            q.qtype, q.options = "numeric", []
            q.numeric = [domain.NumericAnswer(i + 0.5, 0.25)]
        questions.append(q)
    return domain.Bank(key=key, title="Big", questions=questions)


def test_a_bank_larger_than_a_batch_is_stored_whole_and_reads_back(engine: Engine) -> None:
    count = BATCH * 2 + 17
    bank = big_bank(count)
    with session_scope(engine) as session:
        summary = load_bank(session, bank)
    assert summary.added == count
    with session_scope(engine) as session:
        stored = {q.key: q for q in session.exec(select(Question))}
        assert len(stored) == count
        q5, q11 = stored["q5"], stored["q11"]
        assert q5.stem == "Stem 5 «ü»" and q5.tags == ["tag2"] and q5.position == 5
        assert q5.sources == [{"text": "Article 5", "seed": "s1"}] and q5.retired is False
        assert q11.numeric == [{"value": 11.5, "tolerance": 0.25, "weight": 1.0}]
        options = session.exec(
            select(QuestionOption).where(QuestionOption.question_id == q5.id)
        ).all()
        assert [(o.key, o.correct, o.feedback) for o in sorted(options, key=lambda o: o.position)] == [
            ("a", False, "fb"), ("b", True, ""), ("c", False, "")]  # fmt: skip
        total_options = session.exec(select(func.count()).select_from(QuestionOption)).one()
        assert total_options == sum(len(q.options) for q in bank.questions)
    with session_scope(engine) as session:  # the same bank again: nothing to write
        again = load_bank(session, bank)
    assert (again.added, again.updated, again.unchanged) == (0, 0, count)


def test_a_failure_in_a_late_batch_leaves_nothing_behind(engine: Engine) -> None:
    bank = big_bank(BATCH + 50, key="broken")
    bank.questions[-1].key = bank.questions[0].key  # the second batch breaks a unique key
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        load_bank(session, bank)
    with session_scope(engine) as session:
        assert session.exec(select(Bank).where(Bank.key == "broken")).first() is None
        assert session.exec(select(func.count()).select_from(Question)).one() == 0
        assert session.exec(select(func.count(col(QuestionOption.id)))).one() == 0


def test_new_questions_between_kept_ones_get_their_place(engine: Engine) -> None:
    bank = big_bank(30)
    with session_scope(engine) as session:
        load_bank(session, bank)
    grown = big_bank(40)
    grown.questions = grown.questions[30:35] + bank.questions + grown.questions[35:]
    with session_scope(engine) as session:
        summary = load_bank(session, grown)
    assert (summary.added, summary.unchanged) == (10, 30)
    with session_scope(engine) as session:
        order = session.exec(select(Question.key).order_by(col(Question.position))).all()
    assert order == [q.key for q in grown.questions]
