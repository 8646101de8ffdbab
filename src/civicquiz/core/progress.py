"""A learner's progress: mastery per topic (from the FSRS review state), reviews due,
streak, accuracy over time and attempt history.

These are read-only queries in plain SQL with ``:name`` parameters, run through a small
:class:`Reader`, so the same code serves a SQLAlchemy session and a bare ``sqlite3``
connection. The latter lets the home screen appear at start-up before SQLAlchemy has
even been imported.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from civicquiz.core import scheduling

LAST_LEARNER = "last_learner_id"  # per-computer setting: who used this computer last
# content_language: the language of lessons and questions; empty follows "language", the
# interface's, and a learner may set another (a Russian speaker practising in Kazakh).
DEFAULT_LEARNER_SETTINGS: dict[str, Any] = {
    "language": "en",
    "content_language": "",
    "theme": "light",
    "font_scale": 1.0,
}


def content_language(settings: dict[str, Any]) -> str:
    """The language a learner's lessons and questions are in: their own choice, else the
    interface language. (Here, with no SQLAlchemy, so the home screen can ask it before
    the database layer is loaded.)"""
    return str(settings.get("content_language") or settings.get("language") or "en")


class Reader(Protocol):
    def rows(self, sql: str, **params: Any) -> Sequence[Sequence[Any]]: ...


class SqliteReader:
    """Queries on a DB-API ``sqlite3`` connection (no SQLAlchemy needed)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def rows(self, sql: str, **params: Any) -> Sequence[Sequence[Any]]:
        return self.connection.execute(sql, params).fetchall()


class SessionReader:
    """Queries through a SQLAlchemy session (any database SQLAlchemy supports)."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def rows(self, sql: str, **params: Any) -> Sequence[Sequence[Any]]:
        from sqlalchemy import text

        return self.session.execute(text(sql), params).all()  # type: ignore[no-any-return]


def reader_for(source: Any) -> Reader:
    if isinstance(source, sqlite3.Connection):
        return SqliteReader(source)
    if hasattr(source, "rows"):
        return source  # type: ignore[no-any-return]
    return SessionReader(source)


def _moment(value: Any) -> datetime:
    """A stored timestamp as an aware UTC datetime (SQLite returns text)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    """A time in the text form SQLite stores, for comparisons in SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _now() -> datetime:
    return datetime.now(UTC)


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
    source: Any,
    learner_id: int,
    now: datetime | None = None,
    counts: dict[int, int] | None = None,
) -> list[TopicProgress]:
    """Mastery of every topic of the enabled banks.

    A question never reviewed counts as 0; a reviewed one counts as FSRS's current
    retrievability, so mastery rises with right answers and fades as reviews fall due.
    ``counts``: live questions per topic id, when known (see :func:`topic_counts`);
    counting them is the slow part with a large bank.
    """
    reader = reader_for(source)
    now = now or _now()
    if counts is None:
        topics = reader.rows(
            "SELECT t.id, t.key, t.title, b.title, "
            "(SELECT count(*) FROM question q WHERE q.topic_id = t.id AND q.retired = false) "
            "FROM topic t JOIN bank b ON b.id = t.bank_id WHERE b.enabled = true ORDER BY b.title, t.position"
        )
    else:
        topics = [
            (*row, counts.get(int(row[0]), 0))
            for row in reader.rows(
                "SELECT t.id, t.key, t.title, b.title FROM topic t JOIN bank b ON b.id = t.bank_id "
                "WHERE b.enabled = true ORDER BY b.title, t.position"
            )
        ]
    recall: dict[int, float] = defaultdict(float)
    seen: dict[int, int] = defaultdict(int)
    due: dict[int, int] = defaultdict(int)
    states = reader.rows(
        "SELECT q.topic_id, q.id, r.card, r.due FROM review_state r JOIN question q ON q.id = r.question_id "
        "WHERE r.learner_id = :learner AND q.retired = false AND q.topic_id IS NOT NULL",
        learner=learner_id,
    )
    # A question whose last answer was wrong is not mastered, whatever FSRS's recall
    # estimate says right after the review (it is near 1 then); nor is one due for review.
    last_right = {
        question_id: bool(correct)
        for question_id, correct in reader.rows(
            "SELECT r.question_id, r.correct FROM response r JOIN attempt a ON a.id = r.attempt_id "
            "WHERE a.learner_id = :learner ORDER BY r.answered_at, r.id",
            learner=learner_id,
        )
    }  # the latest answer to each question wins
    missed = {question_id for question_id, right in last_right.items() if not right}
    for topic_id, question_id, card, due_at in states:
        seen[topic_id] += 1
        card_data = card if isinstance(card, dict) else json.loads(card)
        if _moment(due_at) <= now:
            due[topic_id] += 1
        elif question_id not in missed:
            recall[topic_id] += scheduling.retrievability(card_data, now)
    return [
        TopicProgress(
            topic_id=topic_id,
            key=key,
            title=title,
            bank_title=bank_title,
            questions=int(total),
            seen=seen[topic_id],
            due=due[topic_id],
            mastery=min(1.0, recall[topic_id] / total),
        )
        for topic_id, key, title, bank_title, total in topics
        if total
    ]


def due_count(source: Any, learner_id: int, now: datetime | None = None) -> int:
    rows = reader_for(source).rows(
        "SELECT count(*) FROM review_state r JOIN question q ON q.id = r.question_id "
        "JOIN bank b ON b.id = q.bank_id "
        "WHERE r.learner_id = :learner AND r.due <= :now AND q.retired = false AND b.enabled = true",
        learner=learner_id,
        now=_stamp(now or _now()),
    )
    return int(rows[0][0])


def _answer_days(
    reader: Reader, learner_id: int, zone: tzinfo | None, since: date | None = None
) -> list[tuple[date, bool]]:
    """(local day, right) of the learner's answers; from the day ``since`` on when given
    (a long history is then not read whole)."""
    sql = (
        "SELECT r.answered_at, r.correct FROM response r JOIN attempt a ON a.id = r.attempt_id "
        "WHERE a.learner_id = :learner"
    )
    params: dict[str, Any] = {"learner": learner_id}
    if since is not None:  # a day early in UTC, so no local day is cut short
        sql += " AND r.answered_at >= :since"
        start = datetime.combine(since - timedelta(days=1), datetime.min.time(), UTC)
        params["since"] = _stamp(start)
    local: dict[Any, date] = {}  # answers come minutes apart: convert each minute once
    days = []
    for answered, correct in reader.rows(sql, **params):
        minute = (
            answered[:16]
            if isinstance(answered, str)
            else answered.replace(second=0, microsecond=0)
        )
        day = local.get(minute)
        if day is None:
            day = local[minute] = _moment(answered).astimezone(zone).date()
        if since is None or day >= since:
            days.append((day, bool(correct)))
    return days


def streak(
    source: Any, learner_id: int, today: date | None = None, zone: tzinfo | None = None
) -> int:
    """Consecutive days, ending today or yesterday, on which the learner answered anything.
    Reads the recent weeks first and goes further back only while the streak does."""
    reader = reader_for(source)
    today = today or datetime.now(zone).date()
    window = 42
    while True:
        since = today - timedelta(days=window)
        days = {day for day, _ in _answer_days(reader, learner_id, zone, since)}
        day = today if today in days else today - timedelta(days=1)
        count = 0
        while day in days:
            count += 1
            day -= timedelta(days=1)
        if day >= since or window > 36_500:  # the streak ended inside what was read
            return count
        window *= 4


@dataclass(frozen=True)
class DayAccuracy:
    day: date
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def accuracy_by_day(
    source: Any,
    learner_id: int,
    days: int = 30,
    today: date | None = None,
    zone: tzinfo | None = None,
) -> list[DayAccuracy]:
    today = today or datetime.now(zone).date()
    start = today - timedelta(days=days - 1)
    tally: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for day, correct in _answer_days(reader_for(source), learner_id, zone, start):
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


def attempt_history(source: Any, learner_id: int, limit: int = 50) -> list[AttemptSummary]:
    rows = reader_for(source).rows(
        "SELECT a.id, a.title, a.mode, a.started_at, a.finished_at, a.question_ids, "
        "(SELECT count(*) FROM response r WHERE r.attempt_id = a.id), "
        "(SELECT count(*) FROM response r WHERE r.attempt_id = a.id AND r.correct = true) "
        "FROM attempt a WHERE a.learner_id = :learner ORDER BY a.started_at DESC, a.id DESC LIMIT :limit",
        learner=learner_id,
        limit=limit,
    )
    return [
        AttemptSummary(
            attempt_id=attempt_id,
            title=title,
            mode=mode,
            started_at=_moment(started),
            finished=finished is not None,
            answered=int(answered),
            asked=len(ids if isinstance(ids, list) else json.loads(ids)),
            correct=int(correct),
        )
        for attempt_id, title, mode, started, finished, ids, answered, correct in rows
    ]


@dataclass(frozen=True)
class HomeSummary:
    """Everything the home screen shows."""

    topics: list[TopicProgress]
    due: int
    streak: int
    unfinished: tuple[int, int, int] | None  # attempt id, answered, asked
    exams: list[tuple[int, str, int, int | None]] = field(
        default_factory=list
    )  # id, title, size, seconds

    @property
    def total_questions(self) -> int:
        return sum(t.questions for t in self.topics)

    @property
    def mastery(self) -> float:
        return sum(t.mastery * t.questions for t in self.topics) / max(1, self.total_questions)


TOPIC_COUNTS = "topic_counts"  # app setting: live questions per topic, with the banks' state


def banks_signature(source: Any) -> str:
    """Changes whenever a bank's questions may have: loaded, changed, retired, deleted."""
    rows = reader_for(source).rows("SELECT id, content_hash FROM bank ORDER BY id")
    return ";".join(f"{bank_id}:{digest}" for bank_id, digest in rows)


def topic_counts(source: Any) -> dict[int, int]:
    """Live questions per topic id (one grouped count)."""
    return {
        int(topic_id): int(count)
        for topic_id, count in reader_for(source).rows(
            "SELECT topic_id, count(*) FROM question WHERE NOT retired AND topic_id IS NOT NULL "
            "GROUP BY topic_id"
        )
    }


def cached_topic_counts(source: Any) -> dict[int, int] | None:
    """The counts stored by the last full open, when the banks have not changed since."""
    reader = reader_for(source)
    rows = reader.rows("SELECT value FROM app_setting WHERE key = :key", key=TOPIC_COUNTS)
    if not rows or rows[0][0] is None:
        return None
    stored = rows[0][0] if isinstance(rows[0][0], dict) else json.loads(rows[0][0])
    if not isinstance(stored, dict) or stored.get("banks") != banks_signature(reader):
        return None
    return {int(k): int(v) for k, v in stored.get("counts", {}).items()}


def home_summary(source: Any, learner_id: int, counts: dict[int, int] | None = None) -> HomeSummary:
    reader = reader_for(source)
    open_attempts = [a for a in attempt_history(reader, learner_id, limit=20) if not a.finished]
    latest = open_attempts[0] if open_attempts else None
    return HomeSummary(
        topics=topic_progress(reader, learner_id, counts=counts),
        due=due_count(reader, learner_id),
        streak=streak(reader, learner_id),
        unfinished=(latest.attempt_id, latest.answered, latest.asked) if latest else None,
        exams=[
            (int(exam_id), str(title), int(size), limit)
            for exam_id, title, size, limit in reader.rows(
                "SELECT id, title, size, time_limit_s FROM exam WHERE active = true ORDER BY created_at"
            )
        ],
    )


def last_learner_summary(source: Any, learner_id: Any) -> tuple[int, str, dict[str, Any]] | None:
    """(id, name, settings) of the learner ``learner_id`` (who used this computer last,
    from its settings file), or None when there is none or they were deleted."""
    reader = reader_for(source)
    if not isinstance(learner_id, int):
        return None
    found = reader.rows("SELECT id, name, settings FROM learner WHERE id = :id", id=learner_id)
    if not found:
        return None
    _, name, settings = found[0]
    data = settings if isinstance(settings, dict) else json.loads(settings or "{}")
    return int(learner_id), str(name), DEFAULT_LEARNER_SETTINGS | data
