"""Quizlet's export: one card a line, ``term<TAB>definition``.

Each card becomes a typed-answer question (the definition is shown, the term typed) and,
when there are enough cards, a choice question whose distractors are other definitions.
"""

from __future__ import annotations

import hashlib
import random

from civicquiz.core.bank import Option, Question
from civicquiz.formats.base import (
    MAX_QUESTIONS,
    Importer,
    ParseResult,
    Problem,
    ReaderLimit,
    split_lines,
)


def parse_quizlet(text: str) -> ParseResult:
    result = ParseResult()
    cards: list[tuple[int, str, str]] = []
    for number, raw in enumerate(split_lines(text), start=1):
        if not raw.strip():
            continue
        if raw.count("\t") != 1:
            result.problems.append(
                Problem(number, "a card needs one term and one definition separated by a tab")
            )
            continue
        term, definition = (part.strip() for part in raw.split("\t"))
        if not term or not definition:
            result.problems.append(Problem(number, "the term or the definition is empty"))
            continue
        cards.append((number, term, definition))
    definitions = sorted({d for _, _, d in cards})
    for number, term, definition in cards:
        if len(result.questions) >= MAX_QUESTIONS - 1:
            raise ReaderLimit(number, f"the file holds more than {MAX_QUESTIONS // 2:,} cards")
        result.add(
            Question(
                key="",
                qtype="short_answer",
                stem=f"Which term matches this definition? {definition}",
                options=[Option("s0", term, True)],
                line=number,
            )
        )
        if len(definitions) >= 3:
            # Three other definitions, drawn by index (not from a copied list: that made
            # reading quadratic in the number of cards).
            rng = random.Random(int(hashlib.sha256(term.encode()).hexdigest(), 16))
            drawn = rng.sample(range(len(definitions)), min(4, len(definitions)))
            wrong = [definitions[i] for i in drawn if definitions[i] != definition][:3]
            result.add(
                Question(
                    key="",
                    qtype="single_choice",
                    stem=f"What does “{term}” mean?",
                    options=[Option("a", definition, True)]
                    + [Option("bcd"[i], w) for i, w in enumerate(wrong)],
                    line=number,
                )
            )
    return result


def sniff_quizlet(text: str) -> float:
    lines = [line for line in split_lines(text)[:200] if line.strip()]
    if not lines:
        return 0.0
    carded = sum(1 for line in lines if line.count("\t") == 1)
    return 0.6 if carded / len(lines) >= 0.9 else 0.0


QUIZLET = Importer(
    "quizlet",
    (".quizlet", ".tsv", ".txt"),
    parse_quizlet,
    sniff_quizlet,
    "Quizlet export (term, tab, definition)",
)
