"""What every question type is: the interface the registry holds (no Qt, no database).

A type answers, for its own questions, every question the rest of the program asks: is
this question valid, what does an answer score, which answer is the key, how are an answer
and the key said in words, which options does the learner's choice bring feedback from,
and how are the options shown. Answers are plain dictionaries (stored as JSON with each
response); each type documents its own shape.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from civicquiz.core.bank import Question


class OptionLike(Protocol):
    """An option as a type reads it: bank options and database rows both fit."""

    @property
    def key(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def correct(self) -> bool: ...
    @property
    def match(self) -> str | None: ...
    @property
    def weight(self) -> float | None: ...
    @property
    def feedback(self) -> str: ...


@dataclass(frozen=True)
class OptionView:
    """What grading needs of an option (database rows and domain objects both fit)."""

    key: str
    text: str
    correct: bool
    match: str | None = None
    weight: float | None = None
    feedback: str = ""


Numeric = Sequence[dict[str, float]]


class UnknownQuestionType(ValueError):
    """A question type no module of this program owns: refused, never guessed."""

    def __init__(self, qtype: str, known: Sequence[str]) -> None:
        super().__init__(f"unknown question type {qtype!r} (this version knows {', '.join(known)})")
        self.qtype = qtype


def format_number(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:,}"


class QuestionType:
    """One question type. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    label: ClassVar[str]  # English; the GUI translates it
    typed: ClassVar[bool] = False  # the learner types the answer: marking may miss a variant
    kiosk: ClassVar[bool] = True  # offered on a shared kiosk (no free typing)
    shuffled: ClassVar[bool] = False  # options shown in a mixed order

    def problems(self, question: Question) -> list[str]:
        """What is wrong with a question of this type (common checks are made already)."""
        return []

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        """The score, 0..1, of ``answer``; a malformed answer scores 0, never raises."""
        raise NotImplementedError

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        """An answer that earns full marks."""
        raise NotImplementedError

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        """A (non-empty) answer in words, as feedback and results show it."""
        return str(answer)

    def describe_key(self, options: Sequence[OptionLike], numeric: Numeric) -> str:
        """The key in words."""
        return self.describe(options, self.keyed_answer(options, numeric))

    def chosen_feedback(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> list[str]:
        """The bank's own feedback on what the learner chose or typed."""
        return []

    def arrange(
        self, keyed: list[OptionView], rng: random.Random
    ) -> tuple[list[OptionView], list[str]]:
        """The options in the order shown, and (for matching) the answers to choose from."""
        shown = list(keyed)
        if self.shuffled:
            rng.shuffle(shown)
        return shown, []

    def shown_stem(self, stem: str) -> str:
        """The question's text as the learner sees it (cloze marks its gaps here)."""
        return stem
