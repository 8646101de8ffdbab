"""Quizzes: assembling and starting one, finding an unfinished one, loading it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import read_only, unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.attempts import AttemptData
    from civicquiz.core.outbox import Outbox
    from civicquiz.core.quiz import QuizRequest

REVIEW_LIMIT = 20  # a review session asks at most this many of the questions due (as offline)


@dataclass(frozen=True)
class QuizPlan:
    """What the learner asked for: a quick quiz, a topic, a review of what is due, or
    exactly these questions."""

    size: int = 10
    topic_ids: Sequence[int] | None = None
    question_ids: Sequence[int] | None = None
    review: bool = False
    mode: str = "practice"
    time_limit_s: int | None = None
    title: str = ""
    kiosk: bool = False  # a kiosk may have no keyboard: only questions answered by tapping

    def request(self, size: int) -> QuizRequest:
        """What to draw: ``size`` questions of the plan's topics and allowed types."""
        from civicquiz.core.quiz import QuizRequest

        return QuizRequest(
            size=max(1, size),
            topic_ids=list(self.topic_ids) if self.topic_ids is not None else None,
            qtypes=question_types_for(self.kiosk),
        )


def question_types_for(kiosk: bool) -> tuple[str, ...] | None:
    """The question types a quiz may hold here: on a kiosk only those answered by
    tapping; elsewhere any (None)."""
    if not kiosk:
        return None
    from civicquiz.core.kiosk import KIOSK_QUESTION_TYPES

    return tuple(KIOSK_QUESTION_TYPES)


def start_quiz(
    engine: Engine,
    learner_id: int,
    plan: QuizPlan,
    *,
    computer_id: str | None = None,
    rng: random.Random | None = None,
) -> Changed[int]:
    """Choose the questions (unless given) and start the attempt, in one transaction;
    returns the attempt's id. A review asks ``min(20, due)`` questions."""
    from civicquiz.core.progress import due_count
    from civicquiz.core.quiz import assemble_quiz, start_attempt

    with unit_of_work(engine) as session:
        ids = list(plan.question_ids or [])
        if not ids:
            count = min(REVIEW_LIMIT, due_count(session, learner_id)) if plan.review else plan.size
            ids = assemble_quiz(session, learner_id, plan.request(count), rng)
        attempt = start_attempt(
            session,
            learner_id,
            ids,
            mode=plan.mode,
            title=plan.title,
            time_limit_s=plan.time_limit_s,
            computer_id=computer_id,
        )
        return Changed(attempt.id or 0, Changes.ATTEMPTS)


def start_quiz_here(
    engine: Engine,
    outbox: Outbox,
    learner_id: int,
    plan: QuizPlan,
    *,
    computer_id: str | None = None,
    server: bool = True,
    language: str | None = None,
) -> Changed[AttemptData]:
    """The window's quiz: started in the database (one transaction) and read in the
    content ``language``, and this computer's copy refreshed; when the database (a
    ``server``) cannot be reached, started from that copy (core.offline), its answers kept
    in the outbox. A quiz of given questions (a retry of mistakes) is not started offline."""
    from civicquiz.core import offline
    from civicquiz.core.attempts import load_attempt as load
    from civicquiz.core.outbox import unreachable

    try:
        if outbox.offline and server and not plan.question_ids:
            raise _Offline
        attempt_id = start_quiz(engine, learner_id, plan, computer_id=computer_id).value
        data = load(engine, attempt_id, language)
    except Exception as error:
        if not isinstance(error, _Offline):
            if not (server and unreachable(error)) or plan.question_ids:
                raise
            outbox._went_offline(error)
        started = offline.start_offline(
            outbox,
            learner_id,
            plan.request(plan.size),
            review=plan.review,
            mode=plan.mode,
            title=plan.title,
            computer_id=computer_id,
            language=language,
        )
        return Changed(started, Changes.NONE)  # in the outbox: the database has not changed
    if server:
        try:
            offline.refresh_cache(engine, outbox, learner_id)
        except Exception as error:  # the quiz has started; the copy waits for next time
            if not unreachable(error):
                raise
    return Changed(data, Changes.ATTEMPTS)


class _Offline(Exception):
    """The outbox knows the server is away (it failed moments ago): do not wait on it."""


def refresh_copy(engine: Engine, outbox: Outbox, learner_id: int | None) -> int:
    """Keep this computer's copy of the questions and the learner's schedule, for a quiz
    started while the server is away."""
    from civicquiz.core.offline import refresh_cache

    return refresh_cache(engine, outbox, learner_id)


@dataclass(frozen=True)
class Unfinished:
    attempt_id: int
    answered: int
    total: int

    @property
    def started(self) -> bool:
        """Begun and not yet complete: starting another quiz would set it aside."""
        return 0 < self.answered < self.total


def unfinished_quiz(engine: Engine, learner_id: int) -> Unfinished | None:
    """The learner's unfinished quiz (the one Home offers under Continue), if any."""
    from sqlmodel import func, select

    from civicquiz.core.attempts import unfinished_attempt
    from civicquiz.core.models import Response

    with read_only(engine) as session:
        attempt = unfinished_attempt(session, learner_id)
        if attempt is None or attempt.id is None:
            return None
        answered = session.exec(select(func.count()).where(Response.attempt_id == attempt.id)).one()
        return Unfinished(attempt.id, int(answered), len(attempt.question_ids))


def load_attempt(engine: Engine, attempt_id: int, language: str | None = None) -> AttemptData:
    """An attempt with its questions, ready to show (in the content ``language``)."""
    from civicquiz.core.attempts import load_attempt as load

    return load(engine, attempt_id, language)
