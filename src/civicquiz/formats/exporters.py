"""Writing banks as GIFT and as Moodle XML, so that they can go back to Moodle (and come
back here: the tests import every export again and compare).

Nothing is dropped silently: :func:`export_bank` returns the text with the questions left
out (a type or a grade the format cannot hold) and the fields it could not keep, and the
command line and the teacher's dialog show both. Numbers are written at full precision;
grades as the percentages Moodle offers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

from civicquiz.core.bank import Bank, Option, Question
from civicquiz.formats.base import moodle_percent

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


class _CannotHold(ValueError):
    pass


def _percent(share: float) -> str:
    text = moodle_percent(share)
    if text is None:
        raise _CannotHold(f"the weight {share * 100:g}% is not a grade Moodle offers")
    return f"%{text}%"


def _fraction(share: float) -> str:
    text = moodle_percent(share)
    if text is None:
        raise _CannotHold(f"the weight {share * 100:g}% is not a grade Moodle offers")
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


def _gift_answers(q: Question) -> str:
    if q.qtype == "true_false":
        truth = q.correct_options[0].key == "true"
        by_key = {o.key: o.feedback for o in q.options}
        right = by_key["true" if truth else "false"]
        wrong = by_key["false" if truth else "true"]
        # {TRUE#feedback when wrong#feedback when right}, as Moodle writes it
        tail = f"#{gift_escape(wrong)}" if wrong or right else ""
        tail += f"#{gift_escape(right)}" if right else ""
        return ("TRUE" if truth else "FALSE") + tail
    if q.qtype == "numeric":
        parts = []
        for n in q.numeric:
            weight = "" if n.weight == 1.0 else _percent(n.weight)
            parts.append(f"={weight}{number(n.value)}:{number(n.tolerance)}")
        return "#" + " ".join(parts)
    if q.qtype == "ordering":
        raise _CannotHold("ordering questions have no GIFT form")
    lines = []
    for o in q.options:
        if re.match(r"\s*%-?\d", o.text) and q.qtype != "matching":
            raise _CannotHold(
                f"the answer {o.text!r} would read back as a weight (GIFT cannot escape %)"
            )
        feedback = _gift_feedback(o.feedback)
        if q.qtype == "matching":
            if o.feedback:
                raise _CannotHold("GIFT matching pairs have no feedback")
            lines.append(f"={gift_escape(o.text)} -> {gift_escape(o.match or '')}")
        elif q.qtype == "short_answer":
            if "->" in o.text or o.text.strip() == "*":
                raise _CannotHold(f"the short answer {o.text!r} would read back as another type")
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
                raise _CannotHold("a tag with ']' in it has no GIFT form")
        except _CannotHold as exc:
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


_XML_TYPES = {
    "single_choice": "multichoice", "multiple_choice": "multichoice", "true_false": "truefalse",
    "short_answer": "shortanswer", "numeric": "numerical", "matching": "matching",
    "ordering": "ordering",
}  # fmt: skip


def _xml_question(q: Question) -> list[str]:
    kind = _XML_TYPES[q.qtype]
    if q.stem_format == "html":
        stem = f'    <questiontext format="html">{_xml_text(q.stem)}</questiontext>'
    elif q.stem_format == "markdown":
        stem = f'    <questiontext format="markdown">{_xml_text(q.stem)}</questiontext>'
    else:
        stem = "    " + _plain_text(q.stem, "questiontext")
    parts = [
        f'  <question type="{kind}">',
        f"    <name>{_xml_text(q.key)}</name>",
        stem,
    ]
    if q.explanation:
        parts.append("    " + _plain_text(q.explanation, "generalfeedback"))

    def answer(share: float, text: str, feedback: str, extra: str = "") -> str:
        return (
            f'    <answer fraction="{_fraction(share)}" format="plain_text">{_xml_text(text)}'
            f"{_plain_text(feedback, 'feedback') if feedback else ''}{extra}</answer>"
        )

    if q.qtype in ("single_choice", "multiple_choice"):
        parts.append(f"    <single>{'true' if q.qtype == 'single_choice' else 'false'}</single>")
        for o in q.options:
            share = 1.0 if q.qtype == "single_choice" and o.correct else option_share(q, o)
            parts.append(answer(share, o.text, o.feedback))
    elif q.qtype == "true_false":
        truth = q.correct_options[0].key == "true"
        by_key = {o.key: o.feedback for o in q.options}
        parts.append(answer(1.0 if truth else 0.0, "true", by_key["true"]))
        parts.append(answer(0.0 if truth else 1.0, "false", by_key["false"]))
    elif q.qtype == "short_answer":
        for o in q.options:
            worth = o.weight if o.weight is not None else (1.0 if o.correct else 0.0)
            parts.append(answer(worth, o.text, o.feedback))
    elif q.qtype == "numeric":
        for n in q.numeric:
            parts.append(answer(n.weight, number(n.value), "",
                                f"<tolerance>{number(n.tolerance)}</tolerance>"))  # fmt: skip
    elif q.qtype == "matching":
        if any(o.feedback for o in q.options):
            raise _CannotHold("Moodle's matching pairs have no feedback")
        for o in q.options:
            parts.append(f'    <subquestion format="plain_text">{_xml_text(o.text)}'
                         f"<answer>{_xml_text(o.match or '')}</answer></subquestion>")  # fmt: skip
    elif q.qtype == "ordering":
        # Moodle's ordering question type (standard since Moodle 4.4): the answers in the
        # right order, fraction = position; shown in random order, all items, graded by
        # absolute position.
        if any(o.feedback for o in q.options):
            raise _CannotHold("Moodle's ordering items have no feedback")
        parts += [
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
        except _CannotHold as exc:
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
    from civicquiz.formats.native import dump_native_bank

    return Export("json", dump_native_bank(bank), len(bank.questions))


def export_qti(bank: Bank) -> Export:
    from civicquiz.formats.qti import export_qti_package

    data, left_out, not_kept = export_qti_package(bank)
    written = len(bank.questions) - len(left_out)
    return Export("qti", "", written, left_out, not_kept, data=data)


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    extension: str
    write: Callable[[Bank], Export]


EXPORTERS: dict[str, ExportFormat] = {
    "json": ExportFormat("json", "CivicQuiz bank (JSON)", ".json", export_json),
    "gift": ExportFormat("gift", "GIFT (Moodle text format)", ".gift", export_gift),
    "moodle-xml": ExportFormat("moodle-xml", "Moodle XML", ".xml", export_moodle_xml),
    "qti": ExportFormat("qti", "IMS QTI 2.1 package (.zip)", ".zip", export_qti),
}


def export_bank(bank: Bank, format_name: str) -> Export:
    return EXPORTERS[format_name].write(bank)
