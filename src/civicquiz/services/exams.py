"""Exams: starting one, as the teacher set it or as the learner planned it."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.exams import ExamPlan


def start_exam(
    engine: Engine, learner_id: int, exam_id: int, rng: random.Random | None = None
) -> Changed[int]:
    """A new attempt at the teacher's exam ``exam_id``: its questions drawn and the attempt
    tied to the exam (and so to its pass mark) in one transaction."""
    from civicquiz.core.exams import start_exam as start

    with unit_of_work(engine) as session:
        return Changed(start(session, learner_id, exam_id, rng).id or 0, Changes.ATTEMPTS)


def plan_exam(
    engine: Engine,
    learner_id: int,
    *,
    exam_id: int | None = None,
    size: int = 20,
    title: str = "",
    time_limit_s: int | None = None,
    kiosk: bool = False,
) -> ExamPlan:
    """The questions an exam would ask, drawn by the blueprint: the teacher's exam
    ``exam_id``, else a mock exam of ``size`` over every topic (on a kiosk only the
    question types answered by tapping)."""
    from civicquiz.core.exams import plan_exam as plan_mock
    from civicquiz.core.exams import plan_teacher_exam
    from civicquiz.services.quiz import question_types_for
    from civicquiz.services.unit import read_only

    with read_only(engine) as session:
        if exam_id is not None:
            return plan_teacher_exam(session, learner_id, exam_id)
        return plan_mock(
            session,
            learner_id,
            size=size,
            title=title,
            qtypes=question_types_for(kiosk),
            time_limit_s=time_limit_s,
        )


def begin_exam(engine: Engine, learner_id: int, plan: ExamPlan) -> Changed[int]:
    """Start the clock on the questions ``plan`` drew; returns the attempt's id."""
    from civicquiz.core.exams import begin_exam as begin

    with unit_of_work(engine) as session:
        return Changed(begin(session, learner_id, plan).id or 0, Changes.ATTEMPTS)


def create_exam(
    engine: Engine,
    *,
    title: str,
    size: int,
    bank_ids: list[int],
    topic_ids: list[int],
    time_limit_s: int | None,
    shuffle: bool,
    pass_mark: int,
) -> Changed[int]:
    """A teacher's exam, open at once (QuizError says what is wrong with the form)."""
    from civicquiz.core.exams import create_exam as create

    with unit_of_work(engine) as session:
        exam = create(
            session,
            title=title,
            size=size,
            bank_ids=bank_ids,
            topic_ids=topic_ids,
            time_limit_s=time_limit_s,
            shuffle=shuffle,
            pass_mark=pass_mark,
        )
        return Changed(exam.id or 0, Changes.EXAMS)


def set_exam_open(engine: Engine, exam_id: int, is_open: bool) -> Changed[None]:
    from civicquiz.core.exams import set_exam_active

    with unit_of_work(engine) as session:
        set_exam_active(session, exam_id, is_open)
    return Changed(None, Changes.EXAMS)
