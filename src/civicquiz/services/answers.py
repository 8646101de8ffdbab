"""Answers: storing one (or keeping it on this computer while the server is away),
finishing a quiz, and the learner overruling the marking of a typed answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civicquiz.services.changes import Changed, Changes

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.outbox import Delivery, Outbox, PendingAnswer


def record_answer(
    engine: Engine, outbox: Outbox, pending: PendingAnswer, learner_id: int, correct: bool
) -> Changed[Delivery]:
    """Grade and store the answer in its own transaction, or queue it in the outbox when
    the database cannot be reached (it is sent later, once; this computer's copy of the
    learner's schedule takes it in meanwhile)."""
    from civicquiz.core.offline import deliver_answer

    delivery = deliver_answer(engine, outbox, pending, learner_id, correct)
    # The quiz screen shows the answer itself; the rest of the app learns at the end.
    return Changed(delivery, Changes.NONE)


def finish_quiz(
    engine: Engine, outbox: Outbox, attempt_id: int, uid: str | None = None
) -> Changed[tuple[Delivery, int | None]]:
    """Mark the attempt finished (or queue that, like an answer). Returns the delivery and
    the attempt's id in the database (a quiz started offline, ``uid``, gets its id when
    the server takes it; None while it waits)."""
    from civicquiz.core.offline import attempt_id_of
    from civicquiz.core.outbox import PendingFinish, deliver

    delivery = deliver(engine, outbox, PendingFinish(attempt_id, attempt_uid=uid))
    changes = Changes.NONE if delivery.queued else Changes.ATTEMPTS
    if delivery.queued or uid is None:
        return Changed((delivery, attempt_id), changes)
    return Changed((delivery, attempt_id_of(engine, uid)), changes)


def overrule_answer(engine: Engine, attempt_id: int, question_id: int) -> Changed[None]:
    """The learner's call: their typed answer counts as right (and is marked so)."""
    from civicquiz.core.quiz import overrule_answer as overrule

    overrule(engine, attempt_id, question_id)
    return Changed(None, Changes.ATTEMPTS)
