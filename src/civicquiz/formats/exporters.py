"""Writing banks as GIFT and as Moodle XML, so that they can go back to Moodle (and come
back here: the tests import every export again and compare)."""

from __future__ import annotations

import html
from xml.sax.saxutils import escape as xml_escape

from civicquiz.core.bank import Bank, Option, Question

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


def _percent(weight: float) -> str:
    value = round(weight * 100, 5)
    return f"%{value:g}%"


def _gift_answers(q: Question) -> str:
    if q.qtype == "true_false":
        return "TRUE" if q.correct_options[0].key == "true" else "FALSE"
    if q.qtype == "numeric":
        parts = []
        for n in q.numeric:
            weight = "" if n.weight >= 0.9999 else _percent(n.weight)
            parts.append(f"={weight}{n.value:g}:{n.tolerance:g}")
        return "#" + " ".join(parts)
    lines = []
    for o in q.options:
        feedback = f"#{gift_escape(o.feedback)}" if o.feedback else ""
        if q.qtype == "matching":
            lines.append(f"={gift_escape(o.text)} -> {gift_escape(o.match or '')}")
        elif q.qtype == "short_answer":
            weight = "" if o.weight is None else _percent(o.weight)
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


def bank_to_gift(bank: Bank) -> str:
    """GIFT for every question of a type GIFT has (ordering has no GIFT form: left out)."""
    out = [f"// {bank.title}", f"// exported by CivicQuiz from bank {bank.key}", ""]
    topic = None
    for q in bank.questions:
        if q.qtype == "ordering":
            continue
        if q.topic != topic:
            topic = q.topic
            out += [f"$CATEGORY: $course$/{bank.title}/{topic or 'General'}", ""]
        marker = {"html": "[html]", "markdown": "[markdown]"}.get(q.stem_format, "")
        general = f"\n\t####{gift_escape(q.explanation)}" if q.explanation else ""
        # No blank line may fall inside a question: GIFT separates questions with them.
        out.append(
            f"::{gift_escape(q.key)}::{marker}{gift_escape(q.stem)}{{{_gift_answers(q)}{general}\n}}"
        )
        out.append("")
    return "\n".join(out)


def _xml_text(text: str, tag: str = "text") -> str:
    return f"<{tag}>{xml_escape(text)}</{tag}>"


def _fraction(weight: float) -> str:
    return f"{round(weight * 100, 5):g}"


def bank_to_moodle_xml(bank: Bank) -> str:
    """Moodle XML for every question of a type Moodle has (ordering is left out)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    topic = None
    for q in bank.questions:
        if q.qtype == "ordering":
            continue
        if q.topic != topic:
            topic = q.topic
            category = f"$course$/{bank.title}/{topic or 'General'}"
            out.append(
                f'  <question type="category"><category>{_xml_text(category)}</category></question>'
            )
        kind = {
            "single_choice": "multichoice", "multiple_choice": "multichoice", "true_false": "truefalse",
            "short_answer": "shortanswer", "numeric": "numerical", "matching": "matching",
        }[q.qtype]  # fmt: skip
        stem = q.stem if q.stem_format == "html" else html.escape(q.stem).replace("\n", "<br>")
        parts = [
            f'  <question type="{kind}">',
            f"    <name>{_xml_text(q.key)}</name>",
            f'    <questiontext format="html">{_xml_text(stem)}</questiontext>',
            f'    <generalfeedback format="html">{_xml_text(html.escape(q.explanation))}</generalfeedback>',
        ]
        if q.qtype in ("single_choice", "multiple_choice"):
            parts.append(
                f"    <single>{'true' if q.qtype == 'single_choice' else 'false'}</single>"
            )
            for o in q.options:
                weight = 1.0 if q.qtype == "single_choice" and o.correct else option_share(q, o)
                parts.append(f'    <answer fraction="{_fraction(weight)}" format="html">{_xml_text(html.escape(o.text))}'
                             f'<feedback format="html">{_xml_text(html.escape(o.feedback))}</feedback></answer>')  # fmt: skip
        elif q.qtype == "true_false":
            truth = q.correct_options[0].key == "true"
            parts.append(
                f'    <answer fraction="{100 if truth else 0}">{_xml_text("true")}</answer>'
            )
            parts.append(
                f'    <answer fraction="{0 if truth else 100}">{_xml_text("false")}</answer>'
            )
        elif q.qtype == "short_answer":
            for o in q.options:
                weight = 1.0 if o.weight is None else o.weight
                parts.append(
                    f'    <answer fraction="{_fraction(weight)}">{_xml_text(o.text)}</answer>'
                )
        elif q.qtype == "numeric":
            for n in q.numeric:
                parts.append(f'    <answer fraction="{_fraction(n.weight)}">{_xml_text(f"{n.value:g}")}'
                             f"<tolerance>{n.tolerance:g}</tolerance></answer>")  # fmt: skip
        elif q.qtype == "matching":
            for o in q.options:
                parts.append(f'    <subquestion format="html">{_xml_text(html.escape(o.text))}'
                             f"<answer>{_xml_text(o.match or '')}</answer></subquestion>")  # fmt: skip
        parts.append("  </question>")
        out += parts
    out.append("</quiz>")
    return "\n".join(out) + "\n"
