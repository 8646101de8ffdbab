"""Grading a learner's answer to one question, through the question's type (each type's
module in :mod:`civicquiz.core.qtypes` says what its answers look like and how they score).

Answers are plain dictionaries stored as JSON with each response, for example
``{"option": "b"}`` for single choice or ``{"gaps": {"1": "Astana"}}`` for embedded answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from civicquiz.core.answers import fold
from civicquiz.core.qtypes import OptionLike, OptionView, question_type
from civicquiz.core.qtypes.standard import short_answer_option

__all__ = [
    "Grade",
    "OptionView",
    "grade_response",
    "keyed_answer",
    "normalize_answer",
    "short_answer_option",
]


def normalize_answer(text: str) -> str:
    """Fold case, Latin accents, apostrophe and dash variants and spacing, so that typed
    answers compare as a person would: ``Halyk  Keňesi.`` equals ``halyk kenesi``. Kazakh
    letters stay distinct (see :mod:`civicquiz.core.answers`)."""
    return fold(text)


@dataclass(frozen=True)
class Grade:
    score: float  # 0..1
    correct: bool


def grade_response(
    qtype: str,
    options: Sequence[OptionLike],
    numeric: Sequence[dict[str, float]],
    answer: dict[str, Any],
) -> Grade:
    """Score ``answer``; a malformed or empty answer scores 0 rather than raising. A type
    this program does not know raises :class:`~civicquiz.core.qtypes.UnknownQuestionType`."""
    score = question_type(qtype).grade(options, numeric, answer)
    return Grade(score=score, correct=score >= 1.0 - 1e-9)


def keyed_answer(
    qtype: str, options: Sequence[OptionLike], numeric: Sequence[dict[str, float]]
) -> dict[str, Any]:
    """An answer that earns full marks: what the feedback shows as the correct answer."""
    return question_type(qtype).keyed_answer(options, numeric)
