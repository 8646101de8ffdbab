"""Database tables (SQLModel over SQLite).

Banks own topics and questions; questions own their options. Learners own attempts,
responses and per-question review state. Questions are keyed within their bank by the
stable id from the bank file, so re-importing a bank updates rows in place and every
learner's history stays attached. Questions that disappear from a bank are retired, not
deleted, for the same reason.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (the only kind the tables accept)."""
    return datetime.now(UTC)


# Default factories are plain functions: pydantic inspects a factory's signature for every
# row, and for builtins like ``list`` that costs a slow parse of their text signature.
def _empty_list() -> list[Any]:
    return []


def _empty_dict() -> dict[str, Any]:
    return {}


def new_uid() -> str:
    """A stable, globally unique id (32 hex digits) for a learner, quiz or answer: the same
    row keeps it in every database it is copied or merged into."""
    return uuid.uuid4().hex


def _uid() -> Any:
    return Field(default_factory=new_uid, unique=True, index=True, nullable=True)


def _fk(target: str, *, nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, index=True
        ),
    )


class Bank(SQLModel, table=True):
    __tablename__ = "bank"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True)
    title: str
    description: str = ""
    language: str = "en"
    origin: str = "builtin"  # builtin | imported
    source_file: str = ""
    content_hash: str = ""
    enabled: bool = True
    imported_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Topic(SQLModel, table=True):
    __tablename__ = "topic"
    __table_args__ = (UniqueConstraint("bank_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    bank_id: int = _fk("bank.id")
    key: str
    title: str
    position: int = 0
    intro: str = ""
    lesson: list[dict[str, Any]] = Field(
        default_factory=_empty_list, sa_column=Column(JSON, nullable=False)
    )


class Question(SQLModel, table=True):
    __tablename__ = "question"
    __table_args__ = (
        UniqueConstraint("bank_id", "key"),
        Index("ix_question_pick", "bank_id", "retired", "topic_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    bank_id: int = _fk("bank.id")
    topic_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("topic.id", ondelete="SET NULL"), nullable=True),
    )
    key: str
    qtype: str
    difficulty: int = 2
    stem: str
    stem_format: str = "plain"
    explanation: str = ""
    numeric: list[dict[str, Any]] = Field(
        default_factory=_empty_list, sa_column=Column(JSON, nullable=False)
    )
    sources: list[dict[str, Any]] = Field(
        default_factory=_empty_list, sa_column=Column(JSON, nullable=False)
    )
    tags: list[str] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    content_hash: str = ""
    position: int = 0
    retired: bool = False


class QuestionOption(SQLModel, table=True):
    __tablename__ = "question_option"

    id: int | None = Field(default=None, primary_key=True)
    question_id: int = _fk("question.id")
    position: int = 0
    key: str
    text: str
    correct: bool = False
    match: str | None = None
    weight: float | None = None
    feedback: str = ""


class Classroom(SQLModel, table=True):
    """A class a teacher defined; each seat shows the learners of its class."""

    __tablename__ = "classroom"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created_at: datetime = Field(default_factory=utcnow)


class Learner(SQLModel, table=True):
    __tablename__ = "learner"

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _uid()
    name: str = Field(unique=True)
    class_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("classroom.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    pin: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)
    last_active_at: datetime = Field(default_factory=utcnow)
    settings: dict[str, Any] = Field(
        default_factory=_empty_dict, sa_column=Column(JSON, nullable=False)
    )


class Attempt(SQLModel, table=True):
    __tablename__ = "attempt"

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _uid()
    computer_id: str | None = None
    learner_id: int = _fk("learner.id")
    mode: str = "practice"  # practice | exam | review
    title: str = ""
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    time_limit_s: int | None = None
    seed: int = 0  # option shuffling, so a resumed attempt shows the same order
    question_ids: list[int] = Field(
        default_factory=_empty_list, sa_column=Column(JSON, nullable=False)
    )
    exam_id: int | None = Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey("exam.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )


class Exam(SQLModel, table=True):
    """An exam a teacher set: which questions, how many, how long, and the pass mark."""

    __tablename__ = "exam"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    bank_ids: list[int] = Field(default_factory=_empty_list, sa_column=Column(JSON, nullable=False))
    topic_ids: list[int] = Field(
        default_factory=_empty_list, sa_column=Column(JSON, nullable=False)
    )
    size: int = 20
    time_limit_s: int | None = None
    shuffle: bool = True
    pass_mark: int = 60  # percent
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class Response(SQLModel, table=True):
    __tablename__ = "response"
    __table_args__ = (
        UniqueConstraint("attempt_id", "question_id"),
        Index("ix_response_answered_at", "answered_at"),
        # The reports: marks summed per quiz and per learner from the index alone, and
        # each question's answers grouped by their text (core/reports.py).
        Index("ix_response_attempt_marks", "attempt_id", "question_id", "correct", "score"),
        Index("ix_response_question_answer", "question_id", text("CAST(answer AS TEXT)")),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str | None = _uid()
    computer_id: str | None = None
    attempt_id: int = _fk("attempt.id")
    question_id: int = _fk("question.id")
    position: int = 0
    answer: dict[str, Any] = Field(
        default_factory=_empty_dict, sa_column=Column(JSON, nullable=False)
    )
    correct: bool = False
    score: float = 0.0
    answered_at: datetime = Field(default_factory=utcnow)
    elapsed_ms: int = 0


class ReviewState(SQLModel, table=True):
    __tablename__ = "review_state"
    __table_args__ = (
        UniqueConstraint("learner_id", "question_id"),
        Index("ix_review_due", "learner_id", "due"),
    )

    id: int | None = Field(default=None, primary_key=True)
    learner_id: int = _fk("learner.id")
    question_id: int = _fk("question.id")
    card: dict[str, Any] = Field(
        default_factory=_empty_dict, sa_column=Column(JSON, nullable=False)
    )
    due: datetime = Field(default_factory=utcnow)
    reps: int = 0
    lapses: int = 0
    last_review: datetime | None = None


class AppSetting(SQLModel, table=True):
    """App-wide preferences kept with the data (last learner, kiosk and teacher settings)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
