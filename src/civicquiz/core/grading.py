"""Grading a learner's answer to one question.

Answers are plain dictionaries (stored as JSON with each response):

- single_choice: ``{"option": "b"}``          - multiple_choice: ``{"options": ["a", "c"]}``
- true_false: ``{"value": true}``             - short_answer: ``{"text": "Kurultai"}``
- numeric: ``{"value": 130}``                 - matching: ``{"pairs": {"a": "answer text"}}``
- ordering: ``{"order": ["c", "a", "b"]}``
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from civicquiz.core.answers import answer_matches, fold


def normalize_answer(text: str) -> str:
    """Fold case, Latin accents, apostrophe and dash variants and spacing, so that typed
    answers compare as a person would: ``Halyk  Keňesi.`` equals ``halyk kenesi``. Kazakh
    letters stay distinct (see :mod:`civicquiz.core.answers`)."""
    return fold(text)


def short_answer_option(typed: str, options: Sequence[OptionView]) -> OptionView | None:
    """The option a typed answer gives: one it spells exactly (after folding) first, else
    the best-scoring one it matches in another script or with a spelling slip."""
    folded = fold(typed)
    if not folded:
        return None
    exact = [o for o in options if fold(o.text) == folded]
    found = exact or [o for o in options if answer_matches(typed, o.text)]
    return max(found, key=_option_score, default=None)


def _option_score(option: OptionView) -> float:
    return option.weight if option.weight is not None else (1.0 if option.correct else 0.0)


@dataclass(frozen=True)
class OptionView:
    """What grading needs of an option (database rows and domain objects both fit)."""

    key: str
    text: str
    correct: bool
    match: str | None = None
    weight: float | None = None
    feedback: str = ""


@dataclass(frozen=True)
class Grade:
    score: float  # 0..1
    correct: bool


def _as_float(value: Any) -> float | None:
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


def grade_response(
    qtype: str,
    options: Sequence[OptionView],
    numeric: Sequence[dict[str, float]],
    answer: dict[str, Any],
) -> Grade:
    """Score ``answer``; a malformed or empty answer scores 0 rather than raising."""
    score = 0.0
    if qtype == "single_choice":
        chosen = next((o for o in options if o.key == answer.get("option")), None)
        if chosen is not None:  # the key earns full marks; a partly credited option its weight
            score = 1.0 if chosen.correct else max(0.0, chosen.weight or 0.0)
    elif qtype == "true_false":
        value = answer.get("value")
        keyed_key = next((o.key for o in options if o.correct), None)
        score = (
            1.0 if isinstance(value, bool) and keyed_key == ("true" if value else "false") else 0.0
        )
    elif qtype == "multiple_choice":
        chosen_keys = set(answer.get("options") or [])
        keyed = [o for o in options if o.correct]
        if any(o.weight is not None for o in options):
            score = sum((o.weight or 0.0) for o in options if o.key in chosen_keys)
        else:
            right = sum(1 for o in keyed if o.key in chosen_keys)
            wrong = sum(1 for o in options if not o.correct and o.key in chosen_keys)
            score = (right - wrong) / len(keyed) if keyed else 0.0
        score = max(0.0, min(1.0, score))
    elif qtype == "short_answer":
        given = short_answer_option(str(answer.get("text", "")), options)
        score = max(0.0, _option_score(given)) if given is not None else 0.0
    elif qtype == "numeric":
        value = _as_float(answer.get("value"))
        if value is not None:
            for accepted in numeric:
                if abs(value - accepted["value"]) <= accepted.get("tolerance", 0.0) + 1e-9:
                    score = max(score, accepted.get("weight", 1.0))
    elif qtype == "matching":
        pairs = answer.get("pairs") or {}
        prompts = [o for o in options if o.text]  # an empty prompt only adds a distractor
        if prompts:
            hits = sum(1 for o in prompts if o.match is not None and pairs.get(o.key) == o.match)
            score = hits / len(prompts)
    elif qtype == "ordering":
        order = list(answer.get("order") or [])
        expected = [o.key for o in options]
        score = 1.0 if order == expected else 0.0
    return Grade(score=score, correct=score >= 1.0 - 1e-9)


def keyed_answer(
    qtype: str, options: Sequence[OptionView], numeric: Sequence[dict[str, float]]
) -> dict[str, Any]:
    """An answer that earns full marks: what the feedback shows as the correct answer."""
    if qtype == "single_choice":
        return {"option": next(o.key for o in options if o.correct)}
    if qtype == "true_false":
        return {"value": next(o.key for o in options if o.correct) == "true"}
    if qtype == "multiple_choice":
        if any(o.weight is not None for o in options):
            return {"options": [o.key for o in options if (o.weight or 0) > 0]}
        return {"options": [o.key for o in options if o.correct]}
    if qtype == "short_answer":
        best = max(options, key=lambda o: o.weight if o.weight is not None else float(o.correct))
        return {"text": best.text}
    if qtype == "numeric":
        best_value = max(numeric, key=lambda n: n.get("weight", 1.0))
        return {"value": best_value["value"]}
    if qtype == "matching":
        return {"pairs": {o.key: o.match for o in options if o.text}}
    if qtype == "ordering":
        return {"order": [o.key for o in options]}
    raise ValueError(f"unknown question type {qtype!r}")
