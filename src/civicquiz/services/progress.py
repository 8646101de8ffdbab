"""What the learner sees of their progress: the home screen, the progress screen, lessons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from civicquiz.services.unit import read_only

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.progress import HomeSummary


@dataclass(frozen=True)
class ProgressView:
    topics: list[Any]
    days: list[Any]
    due: int
    streak: int
    history: list[Any]


@dataclass(frozen=True)
class Lesson:
    topic_id: int
    title: str
    intro: str
    paragraphs: list[dict[str, Any]]


def home(engine: Engine, learner_id: int) -> HomeSummary:
    """The home screen: topics with the learner's mastery, what is due, open exams."""
    from civicquiz.core.progress import home_summary

    with read_only(engine) as session:
        return home_summary(session, learner_id)


def progress(engine: Engine, learner_id: int) -> ProgressView:
    """The progress screen: per topic, per day (30 days), the streak and past quizzes."""
    from civicquiz.core.progress import (
        accuracy_by_day,
        attempt_history,
        due_count,
        streak,
        topic_progress,
    )

    with read_only(engine) as session:
        return ProgressView(
            topics=topic_progress(session, learner_id),
            days=accuracy_by_day(session, learner_id, days=30),
            due=due_count(session, learner_id),
            streak=streak(session, learner_id),
            history=attempt_history(session, learner_id),
        )


def lesson(engine: Engine, topic_id: int, language: str | None = None) -> Lesson:
    """A topic's lesson, in the content ``language`` where a translation exists;
    LookupError when the topic is gone."""
    from civicquiz.core.content import topic_text
    from civicquiz.core.models import Bank, Topic

    with read_only(engine) as session:
        topic = session.get(Topic, topic_id)
        if topic is None:
            raise LookupError("That topic no longer exists.")
        bank = session.get(Bank, topic.bank_id)
        translated = (
            topic_text(bank.key, bank.origin, topic.key, language) if bank and language else None
        )
        if translated:
            title, intro, paragraphs = translated
            return Lesson(topic_id, title, intro, list(paragraphs))
        return Lesson(topic_id, topic.title, topic.intro, list(topic.lesson))
