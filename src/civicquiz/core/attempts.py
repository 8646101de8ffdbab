"""A quiz as the learner meets it, without any GUI: questions presented in a shuffled but
reproducible order, instant local grading for feedback, resuming, and results.

The option order depends only on the attempt's seed and the question, so an attempt
resumed after a quit or a crash looks exactly as it did.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from civicquiz.core.grading import Grade, OptionView, grade_response, keyed_answer
from civicquiz.core.models import Attempt, Bank, Question, QuestionOption, Response, Topic
from civicquiz.core.qtypes import QuestionType, question_type


@dataclass
class PresentedQuestion:
    id: int
    key: str
    qtype: str
    stem: str
    stem_format: str
    topic: str
    difficulty: int
    explanation: str
    citations: list[str]
    options: list[OptionView]  # in the order shown (shuffled where order is not the answer)
    keyed: list[OptionView]  # in stored order: the key for ordering and matching
    numeric: list[dict[str, float]]
    match_choices: list[str] = field(default_factory=list)  # matching: the answers, shuffled
    # typed answers accepted in the question's other languages (the built-in bank)
    also_accepted: list[OptionView] = field(default_factory=list)

    @property
    def kind(self) -> QuestionType:
        """The question's type, which grades and describes its answers."""
        return question_type(self.qtype)

    @property
    def shown_stem(self) -> str:
        """The text as the learner sees it (a cloze question marks its gaps)."""
        return self.kind.shown_stem(self.stem)

    def grade(self, answer: dict[str, Any]) -> Grade:
        return grade_response(self.qtype, [*self.keyed, *self.also_accepted], self.numeric, answer)

    def feedback_for(self, answer: dict[str, Any]) -> list[str]:
        """The bank's own feedback on the options the learner chose (or typed)."""
        return self.kind.chosen_feedback(self.keyed, answer)

    def correct_answer(self) -> dict[str, Any]:
        return keyed_answer(self.qtype, self.keyed, self.numeric)

    def describe(self, answer: dict[str, Any] | None) -> str:
        """An answer in words, as results and feedback show it."""
        if not answer:
            return "(no answer)"
        return self.kind.describe(self.keyed, answer)

    def describe_key(self) -> str:
        return self.kind.describe_key(self.keyed, self.numeric)


def present(
    question: Question, options: list[QuestionOption], topic: str, seed: int
) -> PresentedQuestion:
    keyed = [OptionView(o.key, o.text, o.correct, o.match, o.weight, o.feedback) for o in options]
    rng = random.Random(f"{seed}:{question.id}")
    shown, match_choices = question_type(question.qtype).arrange(keyed, rng)
    return PresentedQuestion(
        id=question.id or 0,
        key=question.key,
        qtype=question.qtype,
        stem=question.stem,
        stem_format=question.stem_format,
        topic=topic,
        difficulty=question.difficulty,
        explanation=question.explanation,
        citations=[str(s.get("text", "")) for s in question.sources if s.get("text")],
        options=shown,
        keyed=keyed,
        numeric=question.numeric,
        match_choices=match_choices,
    )


def _in_language(
    presented: PresentedQuestion, bank_key: str, origin: str, language: str | None
) -> PresentedQuestion:
    from civicquiz.core.content import also_accepted, localize_question

    if presented.qtype == "short_answer":
        presented.also_accepted = also_accepted(bank_key, origin, presented.key)
    if not language:
        return presented
    return localize_question(presented, bank_key, origin, language)


@dataclass
class AttemptData:
    attempt_id: int
    learner_id: int
    mode: str
    title: str
    started_at: datetime
    finished_at: datetime | None
    time_limit_s: int | None
    questions: list[PresentedQuestion]
    answers: dict[int, dict[str, Any]]  # question id -> stored answer
    grades: dict[int, Grade]
    uid: str | None = None
    offline: bool = False  # started from this computer's copy while the server was away

    @property
    def next_index(self) -> int:
        """Where to resume: the first question not yet answered."""
        for index, question in enumerate(self.questions):
            if question.id not in self.answers:
                return index
        return len(self.questions)


def load_attempt(engine: Engine, attempt_id: int, language: str | None = None) -> AttemptData:
    """Everything a quiz screen needs, read in one session; with ``language`` the built-in
    bank's questions are shown in that language (see :mod:`civicquiz.core.content`)."""
    with Session(engine) as session:
        attempt = session.get(Attempt, attempt_id)
        if attempt is None:
            raise LookupError(f"quiz {attempt_id} not found")
        ids = list(attempt.question_ids)
        questions = {
            q.id: q for q in session.exec(select(Question).where(col(Question.id).in_(ids)))
        }
        options: dict[int, list[QuestionOption]] = defaultdict(list)
        rows = session.exec(
            select(QuestionOption)
            .where(col(QuestionOption.question_id).in_(ids))
            .order_by(col(QuestionOption.question_id), col(QuestionOption.position))
        )
        for option in rows:
            options[option.question_id].append(option)
        topic_ids = {q.topic_id for q in questions.values() if q.topic_id}
        topics = {
            t.id: t.title for t in session.exec(select(Topic).where(col(Topic.id).in_(topic_ids)))
        }
        responses = session.exec(select(Response).where(Response.attempt_id == attempt_id)).all()
        bank_ids = {q.bank_id for q in questions.values()}
        banks = {
            b.id: (b.key, b.origin)
            for b in session.exec(select(Bank).where(col(Bank.id).in_(bank_ids)))
        }
        presented = [
            present(
                questions[qid],
                options[qid],
                topics.get(questions[qid].topic_id or -1, ""),
                attempt.seed,
            )
            for qid in ids
            if qid in questions
        ]
        presented = [
            _in_language(p, *banks.get(questions[p.id].bank_id, ("", "")), language)
            for p in presented
        ]
        return AttemptData(
            attempt_id=attempt_id,
            learner_id=attempt.learner_id,
            mode=attempt.mode,
            title=attempt.title,
            started_at=attempt.started_at,
            finished_at=attempt.finished_at,
            time_limit_s=attempt.time_limit_s,
            questions=presented,
            answers={r.question_id: r.answer for r in responses},
            uid=attempt.uid,
            grades={r.question_id: Grade(r.score, r.correct) for r in responses},
        )


def unfinished_attempt(session: Session, learner_id: int) -> Attempt | None:
    """The learner's latest quiz that was left before the end, to offer "Continue"."""
    return session.exec(
        select(Attempt)
        .where(Attempt.learner_id == learner_id, col(Attempt.finished_at).is_(None))
        .order_by(col(Attempt.started_at).desc())
    ).first()


@dataclass
class ResultItem:
    question: PresentedQuestion
    answer: dict[str, Any] | None
    grade: Grade | None

    @property
    def your_answer(self) -> str:
        return self.question.describe(self.answer)


@dataclass
class AttemptResult:
    attempt_id: int
    mode: str
    title: str
    score: float  # sum of question scores
    total: int
    correct: int
    duration_s: float
    by_topic: dict[str, tuple[int, int]]  # topic -> (correct, asked)
    items: list[ResultItem]

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.total) if self.total else 0

    @property
    def mistakes(self) -> list[int]:
        return [i.question.id for i in self.items if not (i.grade and i.grade.correct)]


def attempt_results(engine: Engine, attempt_id: int, language: str | None = None) -> AttemptResult:
    """An attempt's score and review; the built-in bank's questions in ``language``."""
    data = load_attempt(engine, attempt_id, language)
    items = [ResultItem(q, data.answers.get(q.id), data.grades.get(q.id)) for q in data.questions]
    by_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in items:
        tally = by_topic[item.question.topic or "Other"]
        tally[1] += 1
        tally[0] += 1 if item.grade and item.grade.correct else 0
    with Session(engine) as session:
        last = session.exec(
            select(Response.answered_at)
            .where(Response.attempt_id == attempt_id)
            .order_by(col(Response.answered_at).desc())
        ).first()
    end = data.finished_at or last or data.started_at
    return AttemptResult(
        attempt_id=attempt_id,
        mode=data.mode,
        title=data.title,
        score=sum(i.grade.score for i in items if i.grade),
        total=len(items),
        correct=sum(1 for i in items if i.grade and i.grade.correct),
        duration_s=max(0.0, (end - data.started_at).total_seconds()),
        by_topic={topic: (c, n) for topic, (c, n) in by_topic.items()},
        items=items,
    )
