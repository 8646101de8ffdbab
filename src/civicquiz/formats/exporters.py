"""Writing banks as GIFT and as Moodle XML, so that they can go back to Moodle (and come
back here: the tests import every export again and compare).

Nothing is dropped silently: :func:`export_bank` returns the text with the questions left
out (a type or a grade the format cannot hold) and the fields it could not keep, and the
command line and the teacher's dialog show both. Numbers are written at full precision;
grades as the percentages Moodle offers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from xml.sax.saxutils import escape as xml_escape

from civicquiz.core.bank import QUESTION_TYPES, TYPE_LABELS, Bank, Option, Question
from civicquiz.formats.base import moodle_percent

_W = TypeVar("_W")

_GIFT_SPECIAL = {
    "~": "\\~",
    "=": "\\=",
    "#": "\\#",
    "{": "\\{",
    "}": "\\}",
    ":": "\\:",
    "\\": "\\\\",
    "\n": "\\n",
}


def gift_escape(text: str) -> str:
    return "".join(_GIFT_SPECIAL.get(char, char) for char in text)


def option_share(question: Question, option: Option) -> float:
    """What an option is worth, from -1 to 1: its weight, or for multiple answers without
    weights an equal share of the marks for each key and -100% for a wrong choice."""
    if option.weight is not None:
        return option.weight
    if question.qtype == "multiple_choice":
        return 1 / len(question.correct_options) if option.correct else -1.0
    return 1.0 if option.correct else 0.0


def number(value: float) -> str:
    """A float as the shortest text that reads back as exactly the same float."""
    return repr(float(value)) if value != int(value) or abs(value) >= 1e16 else str(int(value))


@dataclass
class Export:
    """A bank written in a format: the text, how many questions it holds, the questions
    left out (with why) and what the format could not keep of the ones written."""

    format: str
    text: str
    written: int
    left_out: list[str] = field(default_factory=list)
    not_kept: list[str] = field(default_factory=list)
    data: bytes | None = None  # formats written as a file of bytes (a QTI package)

    def payload(self) -> bytes:
        return self.data if self.data is not None else self.text.encode("utf-8")

    def notes(self) -> list[str]:
        return [f"left out: {item}" for item in self.left_out] + [
            f"not kept: {item}" for item in self.not_kept
        ]


class CannotHold(ValueError):
    """A question a format cannot hold: the export leaves it out and says why."""


def cannot_hold(reason: str) -> Callable[[Question], Any]:
    """A writer-table entry for a type a format has no form for."""

    def refuse(question: Question) -> Any:
        raise CannotHold(reason)

    return refuse


def writer_for(
    table: Mapping[str, Callable[[Question], _W]], q: Question, label: str
) -> Callable[[Question], _W]:
    """The entry of a format's writer table for ``q``'s type; a type no module owns is
    refused by name, never written as another."""
    if q.qtype not in QUESTION_TYPES:
        raise CannotHold(f"unknown question type {q.qtype!r}; refused")
    found = table.get(q.qtype)
    if found is None:  # a type added without saying what this format does with it
        raise CannotHold(f"{label} has no form for {TYPE_LABELS[q.qtype].lower()} questions")
    return found


def _percent(share: float) -> str:
    text = moodle_percent(share)
    if text is None:
        raise CannotHold(f"the weight {share * 100:g}% is not a grade Moodle offers")
    return f"%{text}%"


def _fraction(share: float) -> str:
    text = moodle_percent(share)
    if text is None:
        raise CannotHold(f"the weight {share * 100:g}% is not a grade Moodle offers")
    return text


def _common_losses(bank: Bank, written: list[Question], format_label: str) -> list[str]:
    notes = []
    difficulty = sum(1 for q in written if q.difficulty != 2)
    if difficulty:
        notes.append(
            f"the difficulty of {difficulty} questions ({format_label} has no field for it)"
        )
    sources = sum(1 for q in written if q.sources)
    if sources:
        notes.append(f"the sources of {sources} questions ({format_label} has no field for them)")
    weighted = sum(
        1
        for q in written
        if q.qtype == "multiple_choice" and all(o.weight is None for o in q.options)
    )
    if weighted:
        notes.append(
            f"{weighted} multiple-answer questions are written with Moodle's weights (an equal "
            "share for each right answer, -100% for each wrong one), which score partly right "
            "answers differently"
        )
    if bank.topics:
        notes.append(
            f"the lessons of {len(bank.topics)} topics (only each question's topic name is kept)"
        )
    return notes


# -- GIFT -------------------------------------------------------------------------------------


def _gift_feedback(text: str) -> str:
    return f"#{gift_escape(text)}" if text else ""


def _gift_true_false(q: Question) -> str:
    truth = q.correct_options[0].key == "true"
    by_key = {o.key: o.feedback for o in q.options}
    right = by_key["true" if truth else "false"]
    wrong = by_key["false" if truth else "true"]
    # {TRUE#feedback when wrong#feedback when right}, as Moodle writes it
    tail = f"#{gift_escape(wrong)}" if wrong or right else ""
    tail += f"#{gift_escape(right)}" if right else ""
    return ("TRUE" if truth else "FALSE") + tail


def _gift_numeric(q: Question) -> str:
    parts = []
    for n in q.numeric:
        weight = "" if n.weight == 1.0 else _percent(n.weight)
        parts.append(f"={weight}{number(n.value)}:{number(n.tolerance)}")
    return "#" + " ".join(parts)


def _gift_options(q: Question) -> str:
    lines = []
    for o in q.options:
        if re.match(r"\s*%-?\d", o.text) and q.qtype != "matching":
            raise CannotHold(
                f"the answer {o.text!r} would read back as a weight (GIFT cannot escape %)"
            )
        feedback = _gift_feedback(o.feedback)
        if q.qtype == "matching":
            if o.feedback:
                raise CannotHold("GIFT matching pairs have no feedback")
            lines.append(f"={gift_escape(o.text)} -> {gift_escape(o.match or '')}")
        elif q.qtype == "short_answer":
            if "->" in o.text or o.text.strip() == "*":
                raise CannotHold(f"the short answer {o.text!r} would read back as another type")
            # a wrong answer listed for its feedback (or to refuse a near miss) is worth 0%
            worth = o.weight if o.weight is not None else (None if o.correct else 0.0)
            weight = "" if worth is None else _percent(worth)
            lines.append(f"={weight}{gift_escape(o.text)}{feedback}")
        elif q.qtype == "single_choice":
            if o.correct:
                lines.append(f"={gift_escape(o.text)}{feedback}")
            else:
                partial = _percent(o.weight) if o.weight else ""
                lines.append(f"~{partial}{gift_escape(o.text)}{feedback}")
        else:  # multiple answers: weights say what each choice is worth
            lines.append(f"~{_percent(option_share(q, o))}{gift_escape(o.text)}{feedback}")
    return "\n\t" + "\n\t".join(lines)


# How each question type is written in GIFT (the answers inside the braces), or why not.
GIFT_WRITERS: dict[str, Callable[[Question], str]] = {
    "single_choice": _gift_options,
    "multiple_choice": _gift_options,
    "true_false": _gift_true_false,
    "short_answer": _gift_options,
    "numeric": _gift_numeric,
    "matching": _gift_options,
    "ordering": cannot_hold("ordering questions have no GIFT form"),
}


def _gift_answers(q: Question) -> str:
    return writer_for(GIFT_WRITERS, q, "GIFT")(q)


def export_gift(bank: Bank) -> Export:
    """GIFT for every question GIFT can hold; the rest is listed as left out."""
    out = [f"// {bank.title}", f"// exported by CivicQuiz from bank {bank.key}", ""]
    topic: str | None = ""
    result = Export("gift", "", 0)
    written = []
    for q in bank.questions:
        try:
            answers = _gift_answers(q)
            if any("]" in tag or "\n" in tag for tag in q.tags):
                raise CannotHold("a tag with ']' in it has no GIFT form")
        except CannotHold as exc:
            result.left_out.append(f"question {q.key}: {exc}")
            continue
        if q.topic != topic or topic == "":
            topic = q.topic
            out += [f"$CATEGORY: $course$/top{'/' + topic if topic else ''}", ""]
        marker = {"html": "[html]", "markdown": "[markdown]"}.get(q.stem_format, "")
        general = f"\n\t####{gift_escape(q.explanation)}" if q.explanation else ""
        out += [f"// [tag:{tag}]" for tag in q.tags]
        stem = gift_escape(q.stem)
        # No blank line may fall inside a question: GIFT separates questions with them.
        out.append(f"::{gift_escape(q.key)}::{marker}{stem}{{{answers}{general}\n}}")
        out.append("")
        written.append(q)
    result.text = "\n".join(out)
    result.written = len(written)
    result.not_kept = _common_losses(bank, written, "GIFT")
    return result


def bank_to_gift(bank: Bank) -> str:
    return export_gift(bank).text


# -- Moodle XML ----------------------------------------------------------------------------


def _xml_text(text: str, tag: str = "text") -> str:
    return f"<{tag}>{xml_escape(text)}</{tag}>"


def _plain_text(text: str, tag: str) -> str:
    """A plain-text field as Moodle writes one (``format="plain_text"``), read back as typed."""
    return f'<{tag} format="plain_text">{_xml_text(text)}</{tag}>'


def xml_answer(share: float, text: str, feedback: str, extra: str = "") -> str:
    """One ``<answer>`` as Moodle writes it (the fraction one of Moodle's grades)."""
    return (
        f'    <answer fraction="{_fraction(share)}" format="plain_text">{_xml_text(text)}'
        f"{_plain_text(feedback, 'feedback') if feedback else ''}{extra}</answer>"
    )


def _xml_choice(q: Question) -> tuple[str, list[str]]:
    parts = [f"    <single>{'true' if q.qtype == 'single_choice' else 'false'}</single>"]
    for o in q.options:
        share = 1.0 if q.qtype == "single_choice" and o.correct else option_share(q, o)
        parts.append(xml_answer(share, o.text, o.feedback))
    return "multichoice", parts


def _xml_true_false(q: Question) -> tuple[str, list[str]]:
    truth = q.correct_options[0].key == "true"
    by_key = {o.key: o.feedback for o in q.options}
    return "truefalse", [
        xml_answer(1.0 if truth else 0.0, "true", by_key["true"]),
        xml_answer(0.0 if truth else 1.0, "false", by_key["false"]),
    ]


def _xml_short_answer(q: Question) -> tuple[str, list[str]]:
    parts = []
    for o in q.options:
        worth = o.weight if o.weight is not None else (1.0 if o.correct else 0.0)
        parts.append(xml_answer(worth, o.text, o.feedback))
    return "shortanswer", parts


def _xml_numeric(q: Question) -> tuple[str, list[str]]:
    return "numerical", [
        xml_answer(n.weight, number(n.value), "", f"<tolerance>{number(n.tolerance)}</tolerance>")
        for n in q.numeric
    ]


def _xml_matching(q: Question) -> tuple[str, list[str]]:
    if any(o.feedback for o in q.options):
        raise CannotHold("Moodle's matching pairs have no feedback")
    return "matching", [
        f'    <subquestion format="plain_text">{_xml_text(o.text)}'
        f"<answer>{_xml_text(o.match or '')}</answer></subquestion>"
        for o in q.options
    ]


def _xml_ordering(q: Question) -> tuple[str, list[str]]:
    # Moodle's ordering question type (standard since Moodle 4.4): the answers in the right
    # order, fraction = position; shown in random order, all items, graded by position.
    if any(o.feedback for o in q.options):
        raise CannotHold("Moodle's ordering items have no feedback")
    parts = [
        "    <layouttype>VERTICAL</layouttype>",
        "    <selecttype>ALL</selecttype>",
        "    <selectcount>0</selectcount>",
        "    <gradingtype>ABSOLUTE_POSITION</gradingtype>",
        "    <showgrading>SHOW</showgrading>",
        "    <numberingstyle>none</numberingstyle>",
    ]
    for position, o in enumerate(q.options, start=1):
        parts.append(
            f'    <answer fraction="{position}" format="plain_text">{_xml_text(o.text)}</answer>'
        )
    return "ordering", parts


# How each question type is written in Moodle XML: its Moodle type and the elements after
# the text and general feedback (or why it cannot be).
XML_WRITERS: dict[str, Callable[[Question], tuple[str, list[str]]]] = {
    "single_choice": _xml_choice,
    "multiple_choice": _xml_choice,
    "true_false": _xml_true_false,
    "short_answer": _xml_short_answer,
    "numeric": _xml_numeric,
    "matching": _xml_matching,
    "ordering": _xml_ordering,
}
# Types whose question text Moodle XML holds differently from ours (cloze puts its gaps back).
XML_TEXTS: dict[str, Callable[[Question], str]] = {}


def _xml_question(q: Question) -> list[str]:
    kind, answers = writer_for(XML_WRITERS, q, "Moodle XML")(q)
    text = XML_TEXTS[q.qtype](q) if q.qtype in XML_TEXTS else q.stem
    if q.stem_format == "html":
        stem = f'    <questiontext format="html">{_xml_text(text)}</questiontext>'
    elif q.stem_format == "markdown":
        stem = f'    <questiontext format="markdown">{_xml_text(text)}</questiontext>'
    else:
        stem = "    " + _plain_text(text, "questiontext")
    parts = [
        f'  <question type="{kind}">',
        f"    <name>{_xml_text(q.key)}</name>",
        stem,
    ]
    if q.explanation:
        parts.append("    " + _plain_text(q.explanation, "generalfeedback"))
    parts += answers
    if q.tags:
        parts.append(
            "    <tags>" + "".join(f"<tag>{_xml_text(t)}</tag>" for t in q.tags) + "</tags>"
        )
    parts.append("  </question>")
    return parts


def export_moodle_xml(bank: Bank) -> Export:
    """Moodle XML for every question Moodle can hold; the rest is listed as left out."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    result = Export("moodle-xml", "", 0)
    topic: str | None = ""
    written = []
    for q in bank.questions:
        try:
            parts = _xml_question(q)
        except CannotHold as exc:
            result.left_out.append(f"question {q.key}: {exc}")
            continue
        if q.topic != topic or topic == "":
            topic = q.topic
            category = f"$course$/top{'/' + topic.replace('/', '//') if topic else ''}"
            out.append(
                f'  <question type="category"><category>{_xml_text(category)}</category></question>'
            )
        out += parts
        written.append(q)
    out.append("</quiz>")
    result.text = "\n".join(out) + "\n"
    result.written = len(written)
    result.not_kept = _common_losses(bank, written, "Moodle XML")
    several = sum(
        1
        for q in written
        if q.qtype == "single_choice" and sum(1 for o in q.options if o.weight == 1.0) > 0
    )
    if several:
        result.not_kept.append(
            f"which answer is the key shown in {several} single-choice questions with several "
            "answers worth 100% (Moodle XML shows the first)"
        )
    return result


def bank_to_moodle_xml(bank: Bank) -> str:
    return export_moodle_xml(bank).text


def export_json(bank: Bank) -> Export:
    """Our own format holds every type; a type no module owns is refused, not written."""
    from dataclasses import replace

    from civicquiz.formats.native import dump_native_bank

    known = [q for q in bank.questions if q.qtype in QUESTION_TYPES]
    left_out = [
        f"question {q.key}: unknown question type {q.qtype!r}; refused"
        for q in bank.questions
        if q.qtype not in QUESTION_TYPES
    ]
    written = replace(bank, questions=known) if left_out else bank
    return Export("json", dump_native_bank(written), len(known), left_out)


def export_qti(bank: Bank) -> Export:
    from civicquiz.formats.qti import export_qti_package

    data, left_out, not_kept = export_qti_package(bank)
    written = len(bank.questions) - len(left_out)
    return Export("qti", "", written, left_out, not_kept, data=data)
