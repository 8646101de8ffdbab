"""CivicQuiz's own JSON bank format (``question_banks/schema.json``)."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from civicquiz.core.bank import (
    Bank,
    Citation,
    LessonParagraph,
    NumericAnswer,
    Option,
    Question,
    Topic,
    bank_problems,
)
from civicquiz.formats.base import (
    MAX_NESTING,
    MAX_QUESTIONS,
    Importer,
    ParseResult,
    Problem,
)
from civicquiz.paths import resource_path

FORMAT_NAME = "civicquiz-bank"
FORMAT_VERSION = 1


@dataclass
class BankFileError(ValueError):
    """A bank file was refused. ``problems`` are ``FILE:LINE: what is wrong`` lines."""

    path: str
    problems: list[str]

    def __str__(self) -> str:
        return "\n".join(self.problems)


@cache
def bank_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        resource_path("question_banks", "schema.json").read_text("utf-8")
    )
    return schema


def json_value_offsets(text: str) -> dict[tuple[str | int, ...], int]:
    """Offsets where each value of a JSON document starts, keyed by its path.

    The standard parser keeps no positions, so this walks the text once with the ``json``
    module's own string scanner. It assumes ``text`` is valid JSON.
    """
    from json.decoder import scanstring  # type: ignore[attr-defined]

    offsets: dict[tuple[str | int, ...], int] = {}
    whitespace = " \t\n\r"

    def skip(i: int) -> int:
        while i < len(text) and text[i] in whitespace:
            i += 1
        return i

    def value(i: int, path: tuple[str | int, ...]) -> int:
        i = skip(i)
        offsets[path] = i
        char = text[i]
        if char == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, i = scanstring(text, skip(i) + 1)
                i = skip(i) + 1  # the colon
                i = skip(value(i, (*path, key)))
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if char == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = skip(value(i, (*path, index)))
                index += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if char == '"':
            return int(scanstring(text, i + 1)[1])
        while i < len(text) and text[i] not in ",]}" + whitespace:
            i += 1
        return i

    value(0, ())
    return offsets


def _line_of_pointer(
    text: str | list[int], path: list[str | int], offsets: dict[tuple[str | int, ...], int]
) -> int:
    """1-based line of the deepest existing value along ``path``. Pass the text's
    :func:`newline_offsets` instead of the text when asking for many lines."""
    starts = newline_offsets(text) if isinstance(text, str) else text
    for cut in range(len(path), -1, -1):
        offset = offsets.get(tuple(path[:cut]))
        if offset is not None:
            return bisect.bisect_left(starts, offset) + 1
    return 1


def newline_offsets(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)]


# Possessive: a long string is matched in one pass (the plain form slows down past ~100 kB).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]', re.S)


def nesting_too_deep(text: str, limit: int) -> int | None:
    """Offset where brackets nest deeper than ``limit`` (outside strings), or None."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        char = match.group(0)[0]
        if char in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif char in "]}":
            depth -= 1
    return None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a finite number; a bank cannot hold it")


def bank_from_dict(data: dict[str, Any]) -> Bank:
    topics = [
        Topic(
            key=t["id"],
            title=t["title"],
            intro=t.get("intro", ""),
            paragraphs=[
                LessonParagraph(
                    p["text"], Citation.from_dict(p["citation"]) if "citation" in p else None
                )
                for p in t.get("lesson", [])
            ],
        )
        for t in data.get("topics", [])
    ]
    questions = [
        Question(
            key=q["id"],
            qtype=q["type"],
            stem=q["stem"],
            topic=q.get("topic"),
            difficulty=q.get("difficulty", 2),
            options=[
                Option(
                    key=o["id"],
                    text=o["text"],
                    correct=o.get("correct", False),
                    match=o.get("match"),
                    weight=o.get("weight"),
                    feedback=o.get("feedback", ""),
                )
                for o in q.get("options", [])
            ],
            numeric=[
                NumericAnswer(n["value"], n.get("tolerance", 0.0), n.get("weight", 1.0))
                for n in q.get("numeric", [])
            ],
            explanation=q.get("explanation", ""),
            sources=[Citation.from_dict(s) for s in q.get("sources", [])],
            tags=list(q.get("tags", [])),
            stem_format=q.get("stem_format", "plain"),
        )
        for q in data["questions"]
    ]
    return Bank(
        key=data["id"],
        title=data["title"],
        description=data.get("description", ""),
        language=data.get("language", "en"),
        topics=topics,
        questions=questions,
    )


def read_native_bank(path: Path, *, trusted: bool = False) -> Bank:
    """Read and validate a native bank file; refuse it whole with every problem found.

    ``trusted``: the bank that ships with the app, checked against the schema and the
    bank rules by the test suite, is read without checking again (the check costs more
    than everything else a first start does)."""
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankFileError(name, [f"{name}:1: not UTF-8 text ({exc.reason})"]) from exc
    if trusted:
        return bank_from_dict(json.loads(text))
    parsed = parse_native(text)
    problems = [p.render(name) for p in parsed.problems]
    if not problems and parsed.bank is not None:
        lines = {q.key: q.line or 1 for q in parsed.bank.questions}
        for message in bank_problems(parsed.bank):
            line = next((n for key, n in lines.items() if f"question {key!r}" in message), 1)
            problems.append(f"{name}:{line}: {message}")
    if problems or parsed.bank is None:
        raise BankFileError(name, problems)
    return parsed.bank


def bank_to_dict(bank: Bank) -> dict[str, Any]:
    questions = []
    for q in bank.questions:
        item: dict[str, Any] = {"id": q.key, "type": q.qtype}
        if q.topic:
            item["topic"] = q.topic
        item["difficulty"] = q.difficulty
        item["stem"] = q.stem
        if q.stem_format != "plain":
            item["stem_format"] = q.stem_format
        if q.options:
            options = []
            for o in q.options:
                option: dict[str, Any] = {"id": o.key, "text": o.text}
                if o.correct:
                    option["correct"] = True
                if o.match is not None:
                    option["match"] = o.match
                if o.weight is not None:
                    option["weight"] = o.weight
                if o.feedback:
                    option["feedback"] = o.feedback
                options.append(option)
            item["options"] = options
        if q.numeric:
            item["numeric"] = [
                {"value": n.value, "tolerance": n.tolerance}
                | ({"weight": n.weight} if n.weight != 1.0 else {})
                for n in q.numeric
            ]
        if q.explanation:
            item["explanation"] = q.explanation
        if q.sources:
            item["sources"] = [Citation.to_dict(c) for c in q.sources]
        if q.tags:
            item["tags"] = q.tags
        questions.append(item)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": bank.key,
        "title": bank.title,
        "description": bank.description,
        "language": bank.language,
        "topics": [
            {
                "id": t.key,
                "title": t.title,
                "intro": t.intro,
                "lesson": [
                    {"text": p.text}
                    | ({"citation": Citation.to_dict(p.citation)} if p.citation else {})
                    for p in t.paragraphs
                ],
            }
            for t in bank.topics
        ],
        "questions": questions,
    }


def dump_native_bank(bank: Bank) -> str:
    """The file text for ``bank``: stable key order and layout, so output is reproducible."""
    return json.dumps(bank_to_dict(bank), ensure_ascii=False, indent=1) + "\n"


def parse_native(text: str) -> ParseResult:
    """Our JSON as an importer: schema problems and bank rules, each with its line."""
    import jsonschema

    result = ParseResult()
    text = text.lstrip("\ufeff")
    deep = nesting_too_deep(text, MAX_NESTING)
    if deep is not None:
        line = text.count("\n", 0, deep) + 1
        result.problems.append(Problem(line, f"nested more than {MAX_NESTING} levels deep"))
        return result
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        result.problems.append(Problem(exc.lineno, f"invalid JSON: {exc.msg}"))
        return result
    except ValueError as exc:  # NaN or Infinity, which JSON itself does not have
        result.problems.append(Problem(1, f"invalid JSON: {exc}"))
        return result
    listed = data.get("questions") if isinstance(data, dict) else None
    if isinstance(listed, list) and len(listed) > MAX_QUESTIONS:
        result.problems.append(Problem(1, f"the file holds more than {MAX_QUESTIONS:,} questions"))
        return result
    offsets = json_value_offsets(text)
    starts = newline_offsets(text)
    validator = jsonschema.Draft202012Validator(bank_schema())
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        pointer = list(error.absolute_path)
        where = "/".join(str(p) for p in pointer) or "(top level)"
        result.problems.append(
            Problem(_line_of_pointer(starts, pointer, offsets), f"{where}: {_short(error.message)}")
        )
    if result.problems:
        return result
    bank = bank_from_dict(data)
    for index, question in enumerate(bank.questions):
        question.line = _line_of_pointer(starts, ["questions", index], offsets)
    seen: set[str] = set()
    for question in bank.questions:
        if question.key in seen:
            result.problems.append(
                Problem(question.line or 1, f"question id {question.key!r} is used twice")
            )
        seen.add(question.key)
    result.questions = list(bank.questions)
    result.title = bank.title
    result.bank = bank
    return result


def _short(message: str) -> str:
    """A schema message quotes the offending value whole; keep a problem line readable."""
    return message if len(message) <= 300 else message[:300] + "…"


def sniff_native(text: str) -> float:
    head = text[:2000]
    return 0.95 if '"civicquiz-bank"' in head else 0.0


NATIVE = Importer("json", (".json",), parse_native, sniff_native, "CivicQuiz bank (JSON)")
