"""The seven question types CivicQuiz started with, one class each.

Answer shapes:

- single_choice: ``{"option": "b"}``          - multiple_choice: ``{"options": ["a", "c"]}``
- true_false: ``{"value": true}``             - short_answer: ``{"text": "Kurultai"}``
- numeric: ``{"value": 130}``                 - matching: ``{"pairs": {"a": "answer text"}}``
- ordering: ``{"order": ["c", "a", "b"]}``

Options (see :mod:`civicquiz.core.bank`): choices with ``correct`` marking the keyed ones;
true/false has options ``true`` and ``false``; short answer lists accepted (and 0% wrong)
answers; matching one option per pair (``text`` the prompt, ``match`` its answer; an empty
prompt only adds a distractor); ordering the items in their right order; numeric has no
options, ``numeric`` lists the accepted values with tolerances.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from civicquiz.core.qtypes.base import (
    Numeric,
    OptionLike,
    OptionView,
    QuestionType,
    format_number,
)

if TYPE_CHECKING:
    from civicquiz.core.bank import Question


def option_score(option: OptionLike) -> float:
    return option.weight if option.weight is not None else (1.0 if option.correct else 0.0)


def short_answer_option(typed: str, options: Sequence[OptionLike]) -> OptionLike | None:
    """The option a typed answer gives: one it spells exactly (after folding) first, else
    the best-scoring one it matches in another script or with a spelling slip."""
    from civicquiz.core.answers import answer_matches, fold

    folded = fold(typed)
    if not folded:
        return None
    exact = [o for o in options if fold(o.text) == folded]
    found = exact or [o for o in options if answer_matches(typed, o.text)]
    return max(found, key=option_score, default=None)


def as_float(value: Any) -> float | None:
    """A typed number, allowing thousands separators and spaces; None when it is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    return None


def _keys(options: Sequence[OptionLike]) -> dict[str, OptionLike]:
    return {o.key: o for o in options}


class _Choice(QuestionType):
    shuffled = True
    noun: ClassVar[str]

    def problems(self, question: Question) -> list[str]:
        problems = []
        if len(question.options) < 2:
            problems.append(f"a {self.noun} question needs at least two options")
        texts = [o.text.strip().casefold() for o in question.options]
        if len(set(texts)) != len(texts):
            problems.append("two options have the same text")
        return problems

    def chosen_feedback(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> list[str]:
        chosen = {str(answer.get("option"))} | {str(k) for k in answer.get("options") or []}
        return [o.feedback for o in options if o.key in chosen and o.feedback]


class SingleChoice(_Choice):
    name = "single_choice"
    label = "Single choice"
    noun = "single-choice"

    def problems(self, question: Question) -> list[str]:
        problems = super().problems(question)
        found = len(question.correct_options)
        if found != 1:
            problems.insert(
                1 if len(question.options) < 2 else 0,
                f"a single-choice question needs exactly one correct option, found {found}",
            )
        return problems

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        chosen = _keys(options).get(str(answer.get("option")))
        if chosen is None:
            return 0.0
        # the key earns full marks; a partly credited option its weight
        return 1.0 if chosen.correct else max(0.0, chosen.weight or 0.0)

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        return {"option": next(o.key for o in options if o.correct)}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        chosen = _keys(options).get(str(answer.get("option")))
        return chosen.text if chosen else "(no answer)"


class MultipleChoice(_Choice):
    name = "multiple_choice"
    label = "Multiple answers"
    noun = "multiple-answer"

    def problems(self, question: Question) -> list[str]:
        problems = super().problems(question)
        if not question.correct_options:
            problems.insert(
                1 if len(question.options) < 2 else 0,
                "a multiple-answer question needs at least one correct option",
            )
        return problems

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        chosen = set(answer.get("options") or [])
        keyed = [o for o in options if o.correct]
        if any(o.weight is not None for o in options):
            score = sum((o.weight or 0.0) for o in options if o.key in chosen)
        else:
            right = sum(1 for o in keyed if o.key in chosen)
            wrong = sum(1 for o in options if not o.correct and o.key in chosen)
            score = (right - wrong) / len(keyed) if keyed else 0.0
        return max(0.0, min(1.0, score))

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        if any(o.weight is not None for o in options):
            return {"options": [o.key for o in options if (o.weight or 0) > 0]}
        return {"options": [o.key for o in options if o.correct]}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        by_key = _keys(options)
        texts = [by_key[k].text for k in answer.get("options", []) if k in by_key]
        return "; ".join(texts) or "(nothing selected)"


class TrueFalse(QuestionType):
    name = "true_false"
    label = "True or false"

    def problems(self, question: Question) -> list[str]:
        keys = sorted(o.key for o in question.options)
        if keys != ["false", "true"] or len(question.correct_options) != 1:
            return ["a true/false question needs options 'true' and 'false', one of them correct"]
        return []

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        value = answer.get("value")
        keyed = next((o.key for o in options if o.correct), None)
        return 1.0 if isinstance(value, bool) and keyed == ("true" if value else "false") else 0.0

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        return {"value": next(o.key for o in options if o.correct) == "true"}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        value = answer.get("value")
        return "True" if value is True else "False" if value is False else "(no answer)"

    def chosen_feedback(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> list[str]:
        value = answer.get("value")
        if not isinstance(value, bool):
            return []
        chosen = "true" if value else "false"
        return [o.feedback for o in options if o.key == chosen and o.feedback]


class ShortAnswer(QuestionType):
    name = "short_answer"
    label = "Short answer"
    typed = True
    kiosk = False

    def problems(self, question: Question) -> list[str]:
        correct = question.correct_options
        if not correct or any(not o.text.strip() for o in correct):
            return ["a short-answer question needs at least one accepted answer"]
        return []

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        given = short_answer_option(str(answer.get("text", "")), options)
        return max(0.0, option_score(given)) if given is not None else 0.0

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        return {"text": max(options, key=option_score).text}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        return str(answer.get("text", "")).strip() or "(no answer)"

    def describe_key(self, options: Sequence[OptionLike], numeric: Numeric) -> str:
        return " / ".join(o.text for o in options if o.correct)

    def chosen_feedback(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> list[str]:
        if not answer.get("text"):
            return []
        given = short_answer_option(str(answer["text"]), options)
        return [given.feedback] if given is not None and given.feedback else []


class NumericType(QuestionType):
    name = "numeric"
    label = "Numeric"
    typed = True
    kiosk = False

    def problems(self, question: Question) -> list[str]:
        problems = []
        if not question.numeric:
            problems.append("a numeric question needs at least one accepted value")
        if any(not math.isfinite(a.value) for a in question.numeric):
            problems.append("a numeric answer must be a finite number (not nan or infinity)")
        if any(not math.isfinite(a.tolerance) for a in question.numeric):
            problems.append("a numeric tolerance must be a finite number (not nan or infinity)")
        elif any(a.tolerance < 0 for a in question.numeric):
            problems.append("a numeric tolerance cannot be negative")
        return problems

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        value = as_float(answer.get("value"))
        score = 0.0
        if value is not None:
            for accepted in numeric:
                if abs(value - accepted["value"]) <= accepted.get("tolerance", 0.0) + 1e-9:
                    score = max(score, accepted.get("weight", 1.0))
        return score

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        return {"value": max(numeric, key=lambda n: n.get("weight", 1.0))["value"]}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        value = answer.get("value")
        return format_number(value) if value not in (None, "") else "(no answer)"


class Matching(QuestionType):
    name = "matching"
    label = "Matching"

    def problems(self, question: Question) -> list[str]:
        problems = []
        if len(question.options) < 2:
            problems.append("a matching question needs at least two pairs")
        if any(not o.match for o in question.options):
            problems.append("every matching pair needs an answer")
        return problems

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        pairs = answer.get("pairs") or {}
        prompts = [o for o in options if o.text]  # an empty prompt only adds a distractor
        if not prompts or not isinstance(pairs, dict):
            return 0.0
        hits = sum(1 for o in prompts if o.match is not None and pairs.get(o.key) == o.match)
        return hits / len(prompts)

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        return {"pairs": {o.key: o.match for o in options if o.text}}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        pairs = answer.get("pairs", {})
        return "; ".join(f"{o.text} → {pairs.get(o.key) or '?'}" for o in options if o.text)

    def arrange(
        self, keyed: list[OptionView], rng: random.Random
    ) -> tuple[list[OptionView], list[str]]:
        choices = sorted({o.match or "" for o in keyed})
        rng.shuffle(choices)
        return list(keyed), choices


class Ordering(QuestionType):
    name = "ordering"
    label = "Ordering"

    def problems(self, question: Question) -> list[str]:
        problems = []
        if len(question.options) < 2:
            problems.append("an ordering question needs at least two items")
        texts = [o.text.strip().casefold() for o in question.options]
        if len(set(texts)) != len(texts):
            problems.append("two options have the same text")
        return problems

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        order = list(answer.get("order") or [])
        return 1.0 if order == [o.key for o in options] else 0.0

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        return {"order": [o.key for o in options]}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        by_key = _keys(options)
        return " → ".join(by_key[k].text for k in answer.get("order", []) if k in by_key)

    def arrange(
        self, keyed: list[OptionView], rng: random.Random
    ) -> tuple[list[OptionView], list[str]]:
        shown = list(keyed)
        rng.shuffle(shown)
        if len(shown) > 1 and shown == keyed:
            shown = shown[1:] + shown[:1]  # never show an ordering already solved
        return shown, []


STANDARD_TYPES: tuple[QuestionType, ...] = (
    SingleChoice(),
    MultipleChoice(),
    TrueFalse(),
    ShortAnswer(),
    NumericType(),
    Matching(),
    Ordering(),
)
