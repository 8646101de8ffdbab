"""GIFT, Moodle's plain-text format.

Questions are separated by blank lines; ``//`` lines are comments (``[tag:x]`` in them
become tags); ``$CATEGORY:`` names the topic of the questions after it; ``::title::`` is
optional; ``[html]``, ``[markdown]``, ``[plain]`` or ``[moodle]`` set the text format. The
answers sit in the first ``{...}``; text after it makes a missing-word question. Inside:

- ``T`` / ``F`` / ``TRUE`` / ``FALSE``: true or false;
- ``#`` then values (``#3:0.5``, ``#1..5``, or several ``=%50%1822:2``): numeric;
- ``=a -> b`` lines: matching (``= -> x`` adds a distractor);
- ``~`` and ``=`` answers with optional ``%weight%``: choice (no ``=`` means multiple answers);
- only ``=`` answers: short answer; ``{}`` alone is an essay (not imported);
- ``#feedback`` after an answer, ``####feedback`` for the whole question;
- ``\\~ \\= \\# \\{ \\} \\: \\\\`` escape the control characters, ``\\n`` is a new line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from civicquiz.core.bank import NumericAnswer, Option, Question
from civicquiz.core.html_clean import clean_html, html_to_text
from civicquiz.formats.base import (
    MAX_ANSWERS,
    Importer,
    ParseResult,
    Problem,
    Skipped,
    moodle_share,
    nearest_grade,
    split_lines,
    too_many_answers,
)

ESCAPABLE = "~=#{}:\\"
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_FORMAT = re.compile(r"^\s*\[(html|markdown|plain|moodle)\]", re.IGNORECASE)
_TAG = re.compile(r"\[tag:([^\]]+)\]")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


class GiftError(ValueError):
    pass


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def _unescape_one(match: re.Match[str]) -> str:
    char = match.group(1)
    if char in ESCAPABLE:
        return char
    return "\n" if char == "n" else match.group(0)


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_unescape_one, text)


def _find(text: str, target: str, start: int = 0) -> int:
    """Index of the first unescaped ``target`` at or after ``start``, or -1: found with
    ``str.find``, then kept only if an even number of backslashes stands before it."""
    i = text.find(target, start)
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j] == "\\":
            j -= 1
        if (i - 1 - j) % 2 == 0:
            return i
        i = text.find(target, i + 1)
    return -1


_SPLITTERS: dict[str, re.Pattern[str]] = {}


def _split(text: str, markers: str) -> list[tuple[str, str]]:
    """Split at unescaped marker characters into (marker, text after it) pairs; more than
    :data:`MAX_ANSWERS` of them refuse the question (a memory bound on hostile files)."""
    pattern = _SPLITTERS.get(markers)
    if pattern is None:
        pattern = _SPLITTERS[markers] = re.compile(r"\\.|([" + re.escape(markers) + "])", re.S)
    found: list[tuple[str, str]] = []
    current_marker, start = "", 0
    for match in pattern.finditer(text):
        if match.group(1) is None:
            continue  # an escaped character
        i = match.start()
        if current_marker or text[start:i].strip():
            found.append((current_marker, text[start:i]))
            if len(found) > MAX_ANSWERS:
                raise GiftError(too_many_answers(len(found)))
        current_marker, start = text[i], i + 1
    if current_marker or text[start:].strip():
        found.append((current_marker, text[start:]))
    return found


@dataclass
class Block:
    line: int
    text: str
    tags: list[str]


def blocks(text: str) -> Iterator[Block | tuple[int, str]]:
    """Question blocks (with their first line) and ``$CATEGORY:`` lines, in file order."""
    current: list[str] = []
    start = 0
    tags: list[str] = []
    for number, raw in enumerate(split_lines(text), start=1):
        stripped = raw.strip()
        if stripped.startswith("//"):
            tags.extend(t.strip() for t in _TAG.findall(stripped))
            continue
        if stripped.startswith("$CATEGORY:") and not current:
            yield number, stripped[len("$CATEGORY:") :].strip()
            continue
        if not stripped:
            if current:
                yield Block(start, "\n".join(current), tags)
                current, tags = [], []
            continue
        if not current:
            start = number
        current.append(raw)
    if current:
        yield Block(start, "\n".join(current), tags)


def _topic(category: str) -> str:
    parts = [
        p
        for p in category.split("/")
        if p and p not in ("$course$", "$system$", "$module$", "$cat1$", "top")
    ]
    return parts[-1].strip() if parts else ""


def _format_of(text: str) -> tuple[str, str]:
    match = _FORMAT.match(text)
    if not match:
        return "plain", text
    kind = match.group(1).lower()
    return ("plain" if kind == "moodle" else kind), text[match.end() :]


def _plain(text: str, default: str = "plain") -> str:
    """An answer or prompt as plain text. Its own format marker wins; otherwise it has the
    question's format (``default``), as in Moodle. HTML is reduced to its words."""
    marked = _FORMAT.match(text)
    kind, body = _format_of(text) if marked else (default, text)
    body = unescape(body).strip()
    return html_to_text(body) if kind == "html" else body


def _weight_of(text: str) -> tuple[float | None, str]:
    """A leading ``%percent%`` as the exact share it stands for (None without one); a grade
    Moodle does not offer refuses the question, as Moodle refuses the file."""
    match = _WEIGHT.match(text.strip())
    if not match:
        return None, text.strip()
    percent = float(match.group(1))
    share = moodle_share(percent)
    if share is None:
        raise GiftError(
            f"the grade {match.group(1)}% is not one Moodle allows (nearest: {nearest_grade(percent)}%)"
        )
    return share, text.strip()[match.end() :]


def _answer_and_feedback(text: str, kind: str = "plain") -> tuple[str, str]:
    cut = _find(text, "#")
    if cut < 0:
        return text.strip(), ""
    return text[:cut].strip(), _plain(text[cut + 1 :], kind)


class Essay(Exception):
    """The braces hold no answers (perhaps general feedback): an essay, which we skip."""


def _rfind(text: str, target: str) -> int:
    """Index of the last unescaped ``target``, or -1 (Moodle looks for ``####`` from the end)."""
    found, i = -1, _find(text, target)
    while i >= 0:
        found, i = i, _find(text, target, i + 1)
    return found


def _leading(items: list[tuple[str, str]], default: str) -> list[tuple[str, str]]:
    """Text before the first marker is an answer too, as Moodle reads it (a short answer
    for ``=``, a wrong choice for ``~``)."""
    return [(marker or default, text) for marker, text in items]


def parse_answers(body: str, question: Question, kind: str = "plain") -> None:
    """Fill ``question`` from the text between the braces as Moodle 4.5's GIFT reader does:
    numeric if it starts with ``#``, choice if any ``~``, matching if ``=`` and ``->``,
    true/false if exactly ``T``/``TRUE``/``F``/``FALSE``, otherwise short answer. Raise
    :class:`GiftError` where Moodle refuses the question and :class:`Essay` for essays."""
    general = _rfind(body, "####")
    if general >= 0:
        question.explanation = _plain(body[general + 4 :], kind)
        body = body[:general]
    stripped = body.strip()
    if not stripped:
        raise Essay
    if stripped.startswith("#"):
        question.qtype = "numeric"
        question.numeric = _numeric(stripped[1:])
        return
    if _find(stripped, "~") >= 0:
        _choice(_leading(_split(stripped, "~="), "~"), question, kind)
        return
    if _find(stripped, "=") >= 0 and _find(stripped, "->") >= 0:
        _matching(_leading(_split(stripped, "="), "="), question, kind)
        return
    cut = _find(stripped, "#")
    head = (stripped[:cut] if cut > 0 else stripped).strip()
    if head in _TRUE_FALSE:  # exactly as written: "t" or "True" are short answers in Moodle
        truth = _TRUE_FALSE[head]
        parts = _split_feedback(stripped, 3)
        wrong = _plain(parts[1], kind) if len(parts) > 1 else ""
        right = _plain(parts[2], kind) if len(parts) > 2 else ""
        question.qtype = "true_false"
        question.options = [
            Option("true", "True", truth, feedback=right if truth else wrong),
            Option("false", "False", not truth, feedback=wrong if truth else right),
        ]
        return
    _short_answer(_leading(_split(stripped, "="), "="), question, kind)


def _split_feedback(text: str, parts: int) -> list[str]:
    """``text`` cut at its first ``parts - 1`` unescaped ``#``."""
    out: list[str] = []
    start = 0
    while len(out) < parts - 1:
        cut = _find(text, "#", start)
        if cut < 0:
            break
        out.append(text[start:cut])
        start = cut + 1
    out.append(text[start:])
    return out


def _matching(items: list[tuple[str, str]], question: Question, kind: str) -> None:
    question.qtype = "matching"
    if len(items) < 2:
        raise GiftError("a matching question needs at least two pairs")
    for index, (_, text) in enumerate(items):
        cut = _find(text, "->")
        if cut < 0:
            raise GiftError("every matching line needs a '->' between the item and its match")
        prompt, match = _plain(text[:cut], kind), _plain(text[cut + 2 :], kind)
        if not match:
            raise GiftError("a matching item has nothing after '->'")
        question.options.append(Option(f"m{index}", prompt, bool(prompt), match=match))
    if sum(1 for o in question.options if o.text) < 2:
        raise GiftError("a matching question needs at least two pairs")


def _short_answer(items: list[tuple[str, str]], question: Question, kind: str) -> None:
    question.qtype = "short_answer"
    for index, (_, text) in enumerate(items):
        weight, rest = _weight_of(text)
        answer, feedback = _answer_and_feedback(rest, kind)
        answer = _plain(answer, kind)
        if answer == "*":  # Moodle's catch-all for any other answer: nothing to accept
            continue
        share = 1.0 if weight is None else weight
        question.options.append(
            Option(
                f"s{index}",
                answer,
                share > 0,
                weight=share if weight is not None else None,
                feedback=feedback,
            )
        )
    if not any(o.correct for o in question.options):
        raise GiftError("a short-answer question needs an answer worth marks")


def _choice(items: list[tuple[str, str]], question: Question, kind: str) -> None:
    """Multiple choice: single when any answer starts with ``=`` (each ``=`` is fully
    right, as in Moodle), otherwise multiple answers whose positive weights make 100%."""
    # Moodle leaves out answers with no text before counting them.
    items = [(m, t) for m, t in items if _answer_and_feedback(_weight_of(t)[1])[0]]
    if len(items) < 2:
        raise GiftError("a multiple-choice question needs at least two answers")
    keyed = sum(1 for marker, _ in items if marker == "=")
    question.qtype = "single_choice" if keyed else "multiple_choice"
    total_positive = 0.0
    first_key = True
    for index, (marker, text) in enumerate(items):
        weight, rest = _weight_of(text)
        answer, feedback = _answer_and_feedback(rest, kind)
        if marker == "=":
            share = 1.0 if weight is None else weight
        else:
            share = 0.0 if weight is None else weight
        total_positive += max(0.0, share)
        # In single choice the first "=" answer is the key shown; other fully right answers
        # (more "=" or "~%100%") and partly right ones keep their weight, and earn it.
        correct = share > 0
        if question.qtype == "single_choice":
            correct = marker == "=" and first_key and share >= 0.9999
            first_key = first_key and not correct
        option = Option(
            chr(ord("a") + index) if index < 26 else f"o{index}",
            _plain(answer, kind),
            correct,
            feedback=feedback,
        )
        if weight is not None or question.qtype == "multiple_choice" or (share and not correct):
            option.weight = share
        question.options.append(option)
    if question.qtype == "single_choice" and not any(o.correct for o in question.options):
        raise GiftError("no answer of this multiple-choice question is worth 100%")
    if question.qtype == "multiple_choice" and abs(total_positive - 1.0) > 0.01:
        raise GiftError(
            f"the positive weights of a multiple-answer question must add up to 100%, not {total_positive * 100:g}%"
        )


# What Moodle (PHP's is_numeric) takes for a number: no NaN, infinities, "1_000" or "١".
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _number(text: str) -> float:
    raw = unescape(text).strip()
    value = float(raw) if _NUMBER.fullmatch(raw) else math.nan
    if not math.isfinite(value):
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        raise GiftError(f"{shown!r} is not a finite number")
    return value


def _numeric(body: str) -> list[NumericAnswer]:
    answers: list[NumericAnswer] = []
    items = [(marker or "=", text) for marker, text in _split(body, "=~")]
    for marker, text in items:
        if marker == "~" or not text.strip():
            continue  # "~#feedback" marks answers that are wrong: nothing to accept
        weight, rest = _weight_of(text)
        value, _feedback = _answer_and_feedback(rest)
        share = 1.0 if weight is None else weight
        if ".." in value:
            low_text, high_text = value.split("..", 1)
            low, high = _number(low_text), _number(high_text)
            if low > high:
                raise GiftError(f"the range {value} runs backwards")
            answers.append(NumericAnswer((low + high) / 2, (high - low) / 2, share))
        elif ":" in unescape(value):
            centre_text, tolerance_text = unescape(value).split(":", 1)
            answers.append(NumericAnswer(_number(centre_text), abs(_number(tolerance_text)), share))
        else:
            answers.append(NumericAnswer(_number(value), 0.0, share))
    answers = [a for a in answers if a.weight > 0]
    if not answers:
        raise GiftError("a numeric question needs a value worth marks")
    return answers


def parse_gift(text: str) -> ParseResult:
    result = ParseResult()
    topic = ""
    for item in blocks(text):
        if isinstance(item, tuple):
            topic = _topic(item[1])
            if topic and topic not in result.topics:
                result.topics.append(topic)
            continue
        body = item.text
        title = ""
        if body.lstrip().startswith("::"):
            start = body.index("::") + 2
            end = _find(body, "::", start)
            if end < 0:  # Moodle reads on without a title
                body = body[start:]
            else:
                title, body = unescape(body[start:end]).strip(), body[end + 2 :]
        opening = _find(body, "{")
        closing = _find(body, "}", max(opening, 0))
        if opening < 0 and _find(body, "}") < 0:
            result.skipped.append(
                Skipped(item.line, "a description with no answers is not a question; not imported")
            )
            continue
        if opening < 0 or closing < 0:
            result.problems.append(Problem(item.line, "the answers are not closed with '}'"
                                           if opening >= 0 else "a '}' with no '{' before it"))  # fmt: skip
            continue
        # As in Moodle, the first {...} holds the answers; any later braces are text.
        before, answers, after = body[:opening], body[opening + 1 : closing], body[closing + 1 :]
        kind, stem = _format_of(before)
        stem = unescape(stem).strip()
        tail = unescape(after).strip()
        if tail and tail not in ('";', '".', ".", '"'):
            stem = f"{stem} _____ {tail}".strip()
        if not stem:
            stem = title
        question = Question(
            key=title, qtype="single_choice", stem=stem, line=item.line, tags=item.tags
        )
        if kind == "html":
            question.stem, question.stem_format = clean_html(stem), "html"
        elif kind == "markdown":
            question.stem_format = "markdown"
        if topic:
            question.topic = topic
        try:
            parse_answers(answers, question, kind)
        except Essay:
            result.skipped.append(
                Skipped(
                    item.line, f"essay questions are not supported{f' ({title})' if title else ''}"
                )
            )
            continue
        except GiftError as exc:
            result.problems.append(Problem(item.line, str(exc)))
            continue
        result.add(question)
    return result


def sniff_gift(text: str) -> float:
    sample = text[:20_000]
    braces = len(re.findall(r"\{[^{}]*[=~#][^{}]*\}|\{\s*(T|F|TRUE|FALSE)\s*\}", sample))
    if sample.lstrip("\ufeff \t\r\n").startswith("<"):
        return 0.0  # markup (XML) is never GIFT
    return 0.9 if braces else (0.5 if "::" in sample and "{" in sample else 0.0)


GIFT = Importer(
    "gift", (".gift", ".gift.txt", ".txt"), parse_gift, sniff_gift, "GIFT (Moodle text format)"
)
