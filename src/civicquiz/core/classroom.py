"""The live class view: who is working now, on what, and how many answers each learner
gave in the last minutes. Plain ORM queries, so the same code runs on SQLite and
PostgreSQL; only recent answers are read (the answer-time index), however large the
history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from civicquiz.core.models import Attempt, Learner, Response


@dataclass(frozen=True)
class LiveRow:
    learner: str
    computer: str
    quiz: str  # the title (or mode) of the quiz answered last
    answered: int  # answers in the window
    correct: int
    last_answer: datetime
    quiz_asked: int
    quiz_answered: int  # answers so far in that quiz


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def live_activity(
    session: Session, minutes: int = 10, now: datetime | None = None
) -> list[LiveRow]:
    """One row per learner who answered in the last ``minutes``, most recent first."""
    now = now or datetime.now(UTC)
    since = now - timedelta(minutes=minutes)
    rows = session.execute(
        sa_select(
            col(Response.answered_at),
            col(Response.correct),
            col(Response.computer_id),
            col(Attempt.id),
            col(Attempt.title),
            col(Attempt.mode),
            col(Attempt.question_ids),
            col(Learner.name),
        )
        .join(Attempt, col(Attempt.id) == col(Response.attempt_id))
        .join(Learner, col(Learner.id) == col(Attempt.learner_id))
        .where(col(Response.answered_at) >= since)
        .order_by(col(Response.answered_at))
    ).all()
    latest: dict[str, tuple[datetime, str, int, str, int]] = {}
    tally: dict[str, list[int]] = {}
    for answered_at, correct, computer_id, attempt_id, title, mode, ids, name in rows:
        counts = tally.setdefault(name, [0, 0])
        counts[0] += 1
        counts[1] += 1 if correct else 0
        latest[name] = (
            _aware(answered_at),
            computer_id or "",
            attempt_id,
            title or mode,
            len(ids),
        )
    so_far: dict[int, int] = {}
    attempt_ids = {entry[2] for entry in latest.values()}
    if attempt_ids:
        for attempt_id in session.exec(
            select(Response.attempt_id).where(col(Response.attempt_id).in_(attempt_ids))
        ):
            so_far[attempt_id] = so_far.get(attempt_id, 0) + 1
    result = [
        LiveRow(
            learner=name,
            computer=computer,
            quiz=quiz,
            answered=tally[name][0],
            correct=tally[name][1],
            last_answer=when,
            quiz_asked=asked,
            quiz_answered=so_far.get(attempt_id, 0),
        )
        for name, (when, computer, attempt_id, quiz, asked) in latest.items()
    ]
    return sorted(result, key=lambda row: row.last_answer, reverse=True)
