"""A learner's progress: mastery per topic (from the FSRS review state), reviews due,
streak, accuracy over time and attempt history."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import Integer, cast, func
from sqlmodel import Session, col, select

from civicquiz.core import scheduling
from civicquiz.core.models import Attempt, Bank, Question, Response, ReviewState, Topic, utcnow


@dataclass(frozen=True)
class TopicProgress:
    topic_id: int
    key: str
    title: str
    bank_title: str
    questions: int
    seen: int
    due: int
    mastery: float  # 0..1: average probability of recalling the topic's questions now

    @property
    def percent(self) -> int:
        return round(self.mastery * 100)


def topic_progress(
    session: Session, learner_id: int, now: datetime | None = None
) -> list[TopicProgress]:
    """Mastery of every topic of the enabled banks.

    A question never reviewed counts as 0; a reviewed one counts as FSRS's current
    retrievability, so mastery rises with right answers and fades as reviews fall due.
    """
    now = now or utcnow()
    rows = session.exec(
        select(Topic, Bank.title)
        .join(Bank, col(Bank.id) == Topic.bank_id)
        .where(col(Bank.enabled).is_(True))
        .order_by(col(Bank.title), col(Topic.position))
    ).all()
    counts = dict(
        session.exec(
            select(Question.topic_id, func.count())
            .where(col(Question.retired).is_(False))
            .group_by(col(Question.topic_id))
        ).all()
    )
    recall: dict[int, float] = defaultdict(float)
    seen: dict[int, int] = defaultdict(int)
    due: dict[int, int] = defaultdict(int)
    states = session.exec(
        select(ReviewState, Question.topic_id)
        .join(Question, col(Question.id) == ReviewState.question_id)
        .where(ReviewState.learner_id == learner_id, col(Question.retired).is_(False))
    ).all()
    for state, topic_id in states:
        if topic_id is None:
            continue
        seen[topic_id] += 1
        recall[topic_id] += scheduling.retrievability(state.card, now)
        if _aware(state.due) <= now:
            due[topic_id] += 1
    result = []
    for topic, bank_title in rows:
        total = int(counts.get(topic.id, 0))
        if total == 0 or topic.id is None:
            continue
        result.append(
            TopicProgress(
                topic_id=topic.id,
                key=topic.key,
                title=topic.title,
                bank_title=bank_title,
                questions=total,
                seen=seen[topic.id],
                due=due[topic.id],
                mastery=min(1.0, recall[topic.id] / total),
            )
        )
    return result


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def due_count(session: Session, learner_id: int, now: datetime | None = None) -> int:
    now = now or utcnow()
    total = session.exec(
        select(func.count())
        .select_from(ReviewState)
        .join(Question, col(Question.id) == ReviewState.question_id)
        .join(Bank, col(Bank.id) == Question.bank_id)
        .where(
            ReviewState.learner_id == learner_id,
            col(ReviewState.due) <= now,
            col(Question.retired).is_(False),
            col(Bank.enabled).is_(True),
        )
    ).one()
    return int(total)


def _local_days(session: Session, learner_id: int, zone: tzinfo | None) -> list[date]:
    stamps = session.exec(
        select(Response.answered_at)
        .join(Attempt, col(Attempt.id) == Response.attempt_id)
        .where(Attempt.learner_id == learner_id)
    ).all()
    return sorted({_aware(s).astimezone(zone).date() for s in stamps})


def streak(
    session: Session, learner_id: int, today: date | None = None, zone: tzinfo | None = None
) -> int:
    """Consecutive days, ending today or yesterday, on which the learner answered anything."""
    days = set(_local_days(session, learner_id, zone))
    today = today or datetime.now(zone).date()
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


@dataclass(frozen=True)
class DayAccuracy:
    day: date
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def accuracy_by_day(
    session: Session,
    learner_id: int,
    days: int = 30,
    today: date | None = None,
    zone: tzinfo | None = None,
) -> list[DayAccuracy]:
    today = today or datetime.now(zone).date()
    start = today - timedelta(days=days - 1)
    rows = session.exec(
        select(Response.answered_at, Response.correct)
        .join(Attempt, col(Attempt.id) == Response.attempt_id)
        .where(Attempt.learner_id == learner_id)
    ).all()
    tally: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for answered_at, correct in rows:
        day = _aware(answered_at).astimezone(zone).date()
        if start <= day <= today:
            tally[day][0] += 1
            tally[day][1] += 1 if correct else 0
    return [DayAccuracy(d, n, c) for d, (n, c) in sorted(tally.items())]


@dataclass(frozen=True)
class AttemptSummary:
    attempt_id: int
    title: str
    mode: str
    started_at: datetime
    finished: bool
    answered: int
    asked: int
    correct: int


def attempt_history(session: Session, learner_id: int, limit: int = 50) -> list[AttemptSummary]:
    attempts = session.exec(
        select(Attempt)
        .where(Attempt.learner_id == learner_id)
        .order_by(col(Attempt.started_at).desc())
        .limit(limit)
    ).all()
    ids = [a.id for a in attempts]
    tallies = {
        attempt_id: (int(n), int(c or 0))
        for attempt_id, n, c in session.exec(
            select(
                Response.attempt_id, func.count(), func.sum(cast(col(Response.correct), Integer))
            )
            .where(col(Response.attempt_id).in_(ids))
            .group_by(col(Response.attempt_id))
        ).all()
    }
    return [
        AttemptSummary(
            attempt_id=a.id or 0,
            title=a.title,
            mode=a.mode,
            started_at=a.started_at,
            finished=a.finished_at is not None,
            answered=tallies.get(a.id or 0, (0, 0))[0],
            asked=len(a.question_ids),
            correct=tallies.get(a.id or 0, (0, 0))[1],
        )
        for a in attempts
    ]
