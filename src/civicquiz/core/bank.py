"""Question banks as plain objects: what every format reads into and the database stores.

A bank holds topics (each with a lesson) and questions. Every question type keeps its
answer data in ``options`` (and numeric ones in ``numeric``); what each type puts there is
said by its module in :mod:`civicquiz.core.qtypes`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from civicquiz.core.qtypes import QUESTION_TYPES, TYPE_LABELS, type_problems

__all__ = ["QUESTION_TYPES", "TYPE_LABELS"]  # the registry's, for older callers

DIFFICULTY_LABELS = {1: "easy", 2: "medium", 3: "hard"}


@dataclass(frozen=True)
class Citation:
    """Where a question or lesson paragraph comes from, as shown to the learner."""

    text: str
    fact: str | None = None
    seed: str | None = None
    lines: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """As stored in bank files and the database (empty fields left out)."""
        out: dict[str, Any] = {"text": self.text}
        if self.fact:
            out["fact"] = self.fact
        if self.seed:
            out["seed"] = self.seed
        if self.lines:
            out["lines"] = list(self.lines)
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Citation:
        return cls(raw["text"], raw.get("fact"), raw.get("seed"), tuple(raw.get("lines") or ()))


@dataclass
class Option:
    key: str
    text: str
    correct: bool = False
    match: str | None = None
    weight: float | None = None
    feedback: str = ""


@dataclass
class NumericAnswer:
    value: float
    tolerance: float = 0.0
    weight: float = 1.0


@dataclass
class Question:
    key: str
    qtype: str
    stem: str
    topic: str | None = None
    difficulty: int = 2
    options: list[Option] = field(default_factory=list)
    numeric: list[NumericAnswer] = field(default_factory=list)
    explanation: str = ""
    sources: list[Citation] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    stem_format: str = "plain"
    line: int | None = None  # line in the file it was read from, for messages

    def content_hash(self) -> str:
        """A digest of everything a learner sees; equal digests mean the same question."""
        data = [
            self.qtype,
            self.stem,
            self.stem_format,
            self.topic,
            self.difficulty,
            self.explanation,
            [[o.key, o.text, o.correct, o.match, o.weight, o.feedback] for o in self.options],
            [[n.value, n.tolerance, n.weight] for n in self.numeric],
            [[c.text, c.fact, c.seed, list(c.lines)] for c in self.sources],
        ]
        encoded = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()[:32]

    @property
    def correct_options(self) -> list[Option]:
        return [o for o in self.options if o.correct]


@dataclass
class LessonParagraph:
    text: str
    citation: Citation | None = None


@dataclass
class Topic:
    key: str
    title: str
    intro: str = ""
    paragraphs: list[LessonParagraph] = field(default_factory=list)


@dataclass
class Bank:
    key: str
    title: str
    description: str = ""
    language: str = "en"
    topics: list[Topic] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    def content_hash(self, question_hashes: list[str] | None = None) -> str:
        """A digest of the whole bank; pass the questions' digests when already known."""
        digest = hashlib.sha256()
        digest.update(json.dumps([self.key, self.title, self.description]).encode())
        for topic in self.topics:
            digest.update(json.dumps(asdict(topic), sort_keys=True).encode())
        hashes = question_hashes or [q.content_hash() for q in self.questions]
        for question, question_hash in zip(self.questions, hashes, strict=True):
            digest.update(question.key.encode() + question_hash.encode())
        return digest.hexdigest()[:32]


def question_problems(question: Question) -> list[str]:
    """What is wrong with one question, as short sentences (empty when it is valid): the
    checks every question gets, then its type's own (see :mod:`civicquiz.core.qtypes`)."""
    problems: list[str] = []
    if question.qtype not in QUESTION_TYPES:
        return [f"unknown question type {question.qtype!r}"]
    if not question.stem.strip():
        problems.append("the question has no text")
    if question.difficulty not in DIFFICULTY_LABELS:
        problems.append(f"difficulty must be 1, 2 or 3, not {question.difficulty}")
    keys = [o.key for o in question.options]
    if len(set(keys)) != len(keys):
        problems.append("two options share the same id")
    return problems + type_problems(question)


def bank_problems(bank: Bank) -> list[str]:
    """Every problem in a bank, each naming the question it is about."""
    problems: list[str] = []
    if not bank.key.strip():
        problems.append("the bank has no id")
    topic_keys = {t.key for t in bank.topics}
    seen: set[str] = set()
    for question in bank.questions:
        where = f"question {question.key!r}"
        if question.key in seen:
            problems.append(f"{where}: the id is used twice")
        seen.add(question.key)
        if question.topic is not None and topic_keys and question.topic not in topic_keys:
            problems.append(f"{where}: unknown topic {question.topic!r}")
        problems.extend(f"{where}: {p}" for p in question_problems(question))
    return problems
