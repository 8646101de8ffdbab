"""Question banks as plain objects: what every format reads into and the database stores.

A bank holds topics (each with a lesson) and questions. Every question type keeps its
answer data in ``options``:

- single_choice / multiple_choice: the choices, ``correct`` marks the keyed ones;
- true_false: two options with keys ``true`` and ``false``;
- short_answer: the accepted answers (all ``correct``);
- matching: one option per pair, ``text`` the prompt and ``match`` its answer, ``correct``
  set (an option with an empty prompt only adds a distractor answer);
- ordering: the items in their correct order, all ``correct``;
- numeric: no options; ``numeric`` lists the accepted values with tolerances.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass, field
from typing import Any

QUESTION_TYPES = (
    "single_choice",
    "multiple_choice",
    "true_false",
    "short_answer",
    "numeric",
    "matching",
    "ordering",
)
TYPE_LABELS = {
    "single_choice": "Single choice",
    "multiple_choice": "Multiple answers",
    "true_false": "True or false",
    "short_answer": "Short answer",
    "numeric": "Numeric",
    "matching": "Matching",
    "ordering": "Ordering",
}
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
    """What is wrong with one question, as short sentences (empty when it is valid)."""
    problems: list[str] = []
    qtype = question.qtype
    if qtype not in QUESTION_TYPES:
        return [f"unknown question type {qtype!r}"]
    if not question.stem.strip():
        problems.append("the question has no text")
    if question.difficulty not in DIFFICULTY_LABELS:
        problems.append(f"difficulty must be 1, 2 or 3, not {question.difficulty}")
    keys = [o.key for o in question.options]
    if len(set(keys)) != len(keys):
        problems.append("two options share the same id")
    correct = question.correct_options
    if qtype == "single_choice":
        if len(question.options) < 2:
            problems.append("a single-choice question needs at least two options")
        if len(correct) != 1:
            problems.append(
                f"a single-choice question needs exactly one correct option, found {len(correct)}"
            )
    elif qtype == "multiple_choice":
        if len(question.options) < 2:
            problems.append("a multiple-answer question needs at least two options")
        if not correct:
            problems.append("a multiple-answer question needs at least one correct option")
    elif qtype == "true_false":
        if sorted(keys) != ["false", "true"] or len(correct) != 1:
            problems.append(
                "a true/false question needs options 'true' and 'false', one of them correct"
            )
    elif qtype == "short_answer":
        if not correct or any(not o.text.strip() for o in correct):
            problems.append("a short-answer question needs at least one accepted answer")
    elif qtype == "numeric":
        if not question.numeric:
            problems.append("a numeric question needs at least one accepted value")
        if any(not math.isfinite(a.value) for a in question.numeric):
            problems.append("a numeric answer must be a finite number (not nan or infinity)")
        if any(not math.isfinite(a.tolerance) for a in question.numeric):
            problems.append("a numeric tolerance must be a finite number (not nan or infinity)")
        elif any(a.tolerance < 0 for a in question.numeric):
            problems.append("a numeric tolerance cannot be negative")
    elif qtype == "matching":
        if len(question.options) < 2:
            problems.append("a matching question needs at least two pairs")
        if any(not o.match for o in question.options):
            problems.append("every matching pair needs an answer")
    elif qtype == "ordering" and len(question.options) < 2:
        problems.append("an ordering question needs at least two items")
    texts = [o.text.strip().casefold() for o in question.options if qtype != "short_answer"]
    if qtype in ("single_choice", "multiple_choice", "ordering") and len(set(texts)) != len(texts):
        problems.append("two options have the same text")
    return problems


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
