"""Spaced review with FSRS: turning a graded answer into the learner's next review date."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

SLOW_ANSWER_MS = 30_000  # a right answer this slow was hard
FAST_ANSWER_MS = 6_000  # a right, confident answer this fast was easy


@cache
def scheduler() -> Any:
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=False)


def rating_for(correct: bool, elapsed_ms: int, confident: bool = False) -> int:
    """FSRS rating: wrong -> Again; right -> Good, Hard when slow, Easy when fast and sure."""
    from fsrs import Rating

    if not correct:
        return int(Rating.Again)
    if elapsed_ms >= SLOW_ANSWER_MS:
        return int(Rating.Hard)
    if confident and elapsed_ms <= FAST_ANSWER_MS:
        return int(Rating.Easy)
    return int(Rating.Good)


def review(card_data: dict[str, Any] | None, rating: int, when: datetime) -> dict[str, Any]:
    """The card after a review; ``card_data`` is None for a question never seen before."""
    from fsrs import Card, Rating

    card = Card.from_dict(card_data) if card_data else Card(card_id=0, due=when)  # type: ignore[arg-type]
    updated, _log = scheduler().review_card(card, Rating(rating), review_datetime=when)
    result: dict[str, Any] = updated.to_dict()
    return result


def retrievability(card_data: dict[str, Any], when: datetime) -> float:
    """Probability the learner recalls the card at ``when`` (0 for a card never reviewed)."""
    from fsrs import Card

    card = Card.from_dict(card_data)  # type: ignore[arg-type]
    if card.last_review is None:
        return 0.0
    return float(scheduler().get_card_retrievability(card, current_datetime=when))


@cache
def forgetting_curve() -> tuple[float, float]:
    """FSRS's (factor, decay): recall after ``t`` whole days at stability ``s`` is
    ``(1 + factor * t / s) ** decay``; what :func:`retrievability` computes per card, for
    code that reads stability and the last review straight from the database."""
    decay = -float(scheduler().parameters[20])
    return 0.9 ** (1 / decay) - 1, decay


def recall(stability: float | None, elapsed_days: int) -> float:
    """Retrievability of a card from its stability and the whole days since its review."""
    if not stability:
        return 0.0
    factor, decay = forgetting_curve()
    return float((1 + factor * max(0, elapsed_days) / stability) ** decay)
