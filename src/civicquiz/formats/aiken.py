"""Aiken: a question, lettered options ("A)" or "A."), then "ANSWER: B".

Text is plain: anything that looks like HTML is shown as typed, never rendered.
"""

from __future__ import annotations

import re

from civicquiz.core.bank import Option, Question
from civicquiz.formats.base import Importer, ParseResult, Problem, split_lines

_OPTION = re.compile(r"^([A-Z])[.)]\s*(.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)


def parse_aiken(text: str) -> ParseResult:
    result = ParseResult()
    stem: list[str] = []
    stem_line = 0
    options: list[tuple[str, str]] = []

    def reset() -> None:
        nonlocal stem, options, stem_line
        stem, options, stem_line = [], [], 0

    for number, raw in enumerate(split_lines(text), start=1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            letter = answer.group(1).strip().upper()
            if not stem:
                result.problems.append(Problem(number, "an ANSWER line with no question before it"))
            elif len(options) < 2:
                result.problems.append(
                    Problem(number, "a question needs at least two options before its ANSWER")
                )
            elif letter not in {key for key, _ in options}:
                result.problems.append(
                    Problem(
                        number,
                        f"ANSWER {letter!r} is not one of the options ({', '.join(k for k, _ in options)})",
                    )
                )
            else:
                result.add(
                    Question(
                        key="",
                        qtype="single_choice",
                        stem=" ".join(stem),
                        options=[Option(key.lower(), body, key == letter) for key, body in options],
                        line=stem_line,
                    )
                )
            reset()
        elif option and (stem or options):
            if not stem:
                result.problems.append(Problem(number, "an option with no question before it"))
                continue
            options.append((option.group(1), option.group(2).strip()))
        elif option:
            result.problems.append(Problem(number, "an option with no question before it"))
        else:
            if options:  # a new question while the last still waits for its ANSWER
                result.problems.append(
                    Problem(
                        number,
                        f"the question on line {stem_line} has no ANSWER line before this one",
                    )
                )
                reset()
            if not stem:
                stem_line = number
            stem.append(line)
    if stem:
        result.problems.append(
            Problem(stem_line, "the file ends before this question's ANSWER line")
        )
    return result


def sniff_aiken(text: str) -> float:
    lines = [line.strip() for line in split_lines(text)[:400] if line.strip()]
    answers = sum(1 for line in lines if _ANSWER.match(line))
    options = sum(1 for line in lines if _OPTION.match(line))
    # Aiken's shape (options, then ANSWER) wins over braces that happen to be in its text.
    return 0.95 if answers and options >= 2 * answers else 0.0


AIKEN = Importer(
    "aiken", (".aiken", ".aiken.txt", ".txt"), parse_aiken, sniff_aiken, "Aiken (plain text)"
)
