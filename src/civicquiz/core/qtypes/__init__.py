"""The question-type registry: each type is one module here, one class that validates,
grades and describes its questions (see :class:`~civicquiz.core.qtypes.base.QuestionType`).

The rest of the core asks :func:`question_type` instead of comparing type names, so a new
type is a new module in this package, named in :data:`_ALL` below; the formats
(:mod:`civicquiz.formats.qtypes`) and the GUI (:mod:`civicquiz.gui.widgets.answers`) have
one registry each in the same spirit. A name none of them owns is refused with
:class:`UnknownQuestionType`, never guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civicquiz.core.qtypes.base import (
    OptionLike,
    OptionView,
    QuestionType,
    UnknownQuestionType,
)
from civicquiz.core.qtypes.cloze import Cloze
from civicquiz.core.qtypes.standard import STANDARD_TYPES

if TYPE_CHECKING:
    from civicquiz.core.bank import Question

__all__ = [
    "QUESTION_TYPES",
    "TYPE_LABELS",
    "OptionLike",
    "OptionView",
    "QuestionType",
    "UnknownQuestionType",
    "question_type",
    "type_problems",
]

_ALL: tuple[QuestionType, ...] = (*STANDARD_TYPES, Cloze())
REGISTRY: dict[str, QuestionType] = {t.name: t for t in _ALL}
QUESTION_TYPES: tuple[str, ...] = tuple(REGISTRY)
TYPE_LABELS: dict[str, str] = {t.name: t.label for t in _ALL}


def question_type(name: str) -> QuestionType:
    """The type called ``name``; :class:`UnknownQuestionType` when no module owns it."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownQuestionType(name, QUESTION_TYPES) from None


def type_problems(question: Question) -> list[str]:
    """The type's own checks of a question (an unknown type is one problem)."""
    found = REGISTRY.get(question.qtype)
    if found is None:
        return [f"unknown question type {question.qtype!r}"]
    return found.problems(question)
