"""Embedded answers (cloze) in every format: Moodle's text syntax read and written, Moodle
XML's ``<question type="cloze">``, and a "cannot hold" entry for the formats that have no
form for it (GIFT, QTI; Aiken and CSV are only read, and hold no cloze either).

Moodle's syntax, as its multianswer question type reads it: a gap is
``{MARK:KIND:ANSWER~ANSWER...}`` where MARK (optional, default 1) weighs the gap, KIND is one
of :data:`~civicquiz.core.qtypes.cloze.KINDS` or its short name (SA, MC, NM, MR...), and each
answer is ``=text`` (fully right), ``%50%text`` (that share), or ``text`` (wrong), with
``#feedback`` after it. A numerical answer may carry its tolerance, ``=1990:2``. ``\\}`` and
``\\#`` escape those characters; the texts are HTML whose entities are decoded. Multiple
response gaps are scaled as Moodle scales them: the right answers add up to 100%, and when no
answer names its grade each wrong one takes back one right one's share.
"""

from __future__ import annotations

import html
import re

from civicquiz.core.bank import Option, Question
from civicquiz.core.html_clean import html_to_text
from civicquiz.core.qtypes.cloze import PLACEHOLDER, Gap, GapAnswer, gap_options, gaps_of, kind_of
from civicquiz.formats import exporters, moodle_xml, qti
from civicquiz.formats.base import (
    MAX_ANSWERS,
    Importer,
    ParseResult,
    Problem,
    moodle_percent,
    moodle_share,
    normalise_newlines,
    too_many_answers,
)

_NAMES = (
    "NUMERICAL|NM|MULTICHOICE_VS|MCVS|MULTICHOICE_HS|MCHS|MULTICHOICE_V|MCV|MULTICHOICE_H|MCH"
    "|MULTICHOICE_S|MCS|MULTICHOICE|MC|SHORTANSWER_C|SAC|MWC|SHORTANSWER|SA|MW"
    "|MULTIRESPONSE_HS|MRHS|MULTIRESPONSE_H|MRH|MULTIRESPONSE_S|MRS|MULTIRESPONSE|MR"
)
_OPENING = re.compile(rf"\{{([0-9]*):({_NAMES}):")
_FRACTION = re.compile(r"=|%(-?[0-9]+(?:[.,][0-9]*)?)%")
_NUMBER = r"-?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]+)?"
_NUMERICAL = re.compile(f"^({_NUMBER})(?::({_NUMBER}))?$", re.S)
MAX_GAPS = 200
MAX_UNCLOSED = 8  # gap openings without an end, after which the rest is read as text


def _decoded(raw: str, rich: bool) -> str:
    text = raw.replace("\\}", "}").replace("\\#", "#")
    return html_to_text(text) if rich else html.unescape(text)


def _ends_answer(text: str, at: int) -> bool:
    """Whether an answer may end before ``text[at]`` (one of ~ # }): not after a backslash,
    nor after "&" (an entity such as &#126; goes on), as Moodle's pattern says."""
    return not text.endswith(("\\", "&", "&amp;"), 0, at)


def scan_gap(text: str, start: int) -> tuple[int, list[tuple[str, str, str]]] | None:
    """The gap whose answers begin at ``text[start]``: where it ends (after its "}") and its
    alternatives as (grade mark, answer, feedback), read in one pass the way Moodle's lazy
    pattern first reads them; None when it never closes. An answer has at least one
    character and ends at an unescaped ~, # or }; a feedback ends at an unescaped ~ or }."""
    alternatives: list[tuple[str, str, str]] = []
    i, n = start, len(text)
    while i < n:
        grade = _FRACTION.match(text, i)
        mark = grade.group(0) if grade else ""
        i = grade.end() if grade else i
        answer_start = i
        i += 1  # an answer takes at least one character, whatever it is
        while i < n and not (text[i] in "~#}" and _ends_answer(text, i)):
            i += 1
        if i >= n:
            return None
        answer, feedback = text[answer_start:i], ""
        if text[i] == "#":
            feedback_start = i + 1
            i += 1
            while i < n and not (text[i] in "~}" and text[i - 1] != "\\"):
                i += 1
            if i >= n:
                return None
            feedback = text[feedback_start:i]
        alternatives.append((mark, answer, feedback))
        if len(alternatives) > MAX_ANSWERS:
            raise moodle_xml.Invalid(too_many_answers(MAX_ANSWERS))
        if text[i] == "}":
            return i + 1, alternatives
        i += 1  # past "~": the next alternative
    return None


def _answers(gap: Gap, alternatives: list[tuple[str, str, str]], rich: bool) -> None:
    specific = False
    for mark, answer, feedback in alternatives:
        if mark == "=":
            fraction = 1.0
        elif mark:
            value = float(mark.strip("%").replace(",", "."))
            # Moodle's own grades (33.33333%) stand for their exact shares, as elsewhere
            fraction = share if (share := moodle_share(value)) is not None else value / 100
            specific = True
        else:
            fraction = 0.0
        key = f"{gap.number}.{len(gap.answers)}"
        number = _NUMERICAL.match(answer) if gap.kind == "NUMERICAL" else None
        if number is not None:
            tolerance = abs(float(number.group(2).replace(",", "."))) if number.group(2) else 0.0
            text = number.group(1)
        else:
            tolerance, text = 0.0, _decoded(answer, rich)
        gap.answers.append(GapAnswer(key, text, fraction, _decoded(feedback, rich), tolerance))
    if gap.multiple:  # Moodle's scaling of multiple response grades
        total = sum(a.fraction for a in gap.answers if a.fraction > 0)
        if total and abs(total - 1.0) > 1e-9:
            scaled = []
            for a in gap.answers:
                if a.fraction > 0:
                    a = GapAnswer(a.key, a.text, a.fraction / total, a.feedback, a.tolerance)
                elif not specific:
                    a = GapAnswer(a.key, a.text, -1.0 / total, a.feedback, a.tolerance)
                scaled.append(a)
            gap.answers = scaled
        elif total and not specific:
            gap.answers = [
                a if a.fraction > 0 else GapAnswer(a.key, a.text, -1.0, a.feedback, a.tolerance)
                for a in gap.answers
            ]


def parse_cloze(text: str, rich: bool = True) -> tuple[str, list[Gap]]:
    """A text in Moodle's embedded-answers syntax as our text (each gap a ``{#n}`` mark) and
    its gaps, in order. ``rich``: the text is HTML. A gap that never closes is left as text;
    after a few of them the rest is text too, so that no file makes the reader quadratic."""
    gaps: list[Gap] = []
    out: list[str] = []
    position, search_from, unclosed, answers = 0, 0, 0, 0
    while (opening := _OPENING.search(text, search_from)) is not None:
        scanned = scan_gap(text, opening.end())
        if scanned is None:
            unclosed += 1
            if unclosed >= MAX_UNCLOSED:
                break
            search_from = opening.end()
            continue
        if len(gaps) >= MAX_GAPS:
            raise moodle_xml.Invalid(f"a cloze question has more than {MAX_GAPS} gaps")
        end, alternatives = scanned
        answers += len(alternatives)
        if answers > MAX_ANSWERS:
            raise moodle_xml.Invalid(too_many_answers(MAX_ANSWERS))
        kind = kind_of(opening.group(2))
        assert kind is not None  # the pattern only names known kinds
        gap = Gap(len(gaps) + 1, kind, int(opening.group(1)) if opening.group(1) else 1)
        _answers(gap, alternatives, rich)
        gaps.append(gap)
        out += [text[position : opening.start()], f"{{#{gap.number}}}"]
        position = search_from = end
    out.append(text[position:])
    return "".join(out), gaps


def read_cloze(text: str, rich: bool, question: Question) -> str:
    """Moodle XML's reader for ``type="cloze"``: the question becomes ours, the text keeps
    its gap marks. Moodle's checks (every gap answerable) are the core type's."""
    marked, gaps = parse_cloze(text, rich)
    question.qtype = "cloze"
    question.options = [
        Option(o.key, o.text, o.correct, o.match, o.weight, o.feedback) for o in gap_options(gaps)
    ]
    return marked


# -- Moodle's "Embedded answers (Cloze)" text files: the whole file is one question ------------


def parse_cloze_file(text: str) -> ParseResult:
    """A text file holding one question in Moodle's syntax, as Moodle's multianswer import
    format reads it: its text in Moodle's auto-format (kept as plain text here), named after
    its first words with the gaps taken out."""
    result = ParseResult()
    try:
        marked, gaps = parse_cloze(normalise_newlines(text), rich=False)
    except moodle_xml.Invalid as exc:
        result.problems.append(Problem(1, str(exc)))
        return result
    words = " ".join(re.sub(r"\{[^}]*\}", "", html_to_text(text)).split())
    question = Question(
        key=words if len(words) <= 45 else words[:42].rstrip() + "...",
        qtype="cloze",
        stem=marked.strip(),
        line=1,
        options=[
            Option(o.key, o.text, o.correct, o.match, o.weight, o.feedback)
            for o in gap_options(gaps)
        ],
    )
    result.add(question)
    return result


def sniff_cloze_file(text: str) -> float:
    # A gap's opening ("{1:SHORTANSWER:", "{:NM:") is Moodle's cloze and nothing else.
    return 0.97 if _OPENING.search(text[:20_000]) else 0.0


CLOZE_FILE = Importer(
    "cloze",
    (".cloze", ".cloze.txt", ".txt"),
    parse_cloze_file,
    sniff_cloze_file,
    "Embedded answers (Moodle cloze text, one question a file)",
)


# -- writing --------------------------------------------------------------------------------


def _percent(fraction: float) -> str:
    """The shortest percentage that reads back as exactly ``fraction``."""
    if (grade := moodle_percent(fraction)) is not None:
        return grade
    for places in range(0, 18):
        text = f"{fraction * 100:.{places}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if float(text) / 100 == fraction:
            return text
    return repr(fraction * 100)


def _escaped(text: str) -> str:
    if "~" in text or text.endswith(("\\", "&")) or (text and text[0] in "=%"):
        raise exporters.CannotHold(
            f"the gap answer {text!r} has no form in Moodle's embedded-answers syntax"
        )
    out = html.escape(text, quote=False)
    return out.replace("}", "\\}").replace("#", "\\#")


def gap_text(gap: Gap) -> str:
    """One gap in Moodle's syntax."""
    parts = []
    for answer in gap.answers:
        if gap.multiple or answer.fraction not in (0.0, 1.0):
            prefix = f"%{_percent(answer.fraction)}%"
        else:
            prefix = "=" if answer.fraction == 1.0 else ""
        if gap.kind == "NUMERICAL" and answer.text.strip() != "*":
            body = answer.text + (f":{answer.tolerance!r}" if answer.tolerance else "")
        else:
            body = _escaped(answer.text)
        feedback = f"#{_escaped(answer.feedback)}" if answer.feedback else ""
        if not body:
            raise exporters.CannotHold(f"gap {gap.number} has an empty answer")
        parts.append(prefix + body + feedback)
    return f"{{{gap.mark}:{gap.kind}:{'~'.join(parts)}}}"


def cloze_text(question: Question) -> str:
    """The question's text with its gaps written back in Moodle's syntax."""
    gaps = {g.number: g for g in gaps_of(question.options)}
    return PLACEHOLDER.sub(lambda m: gap_text(gaps[int(m.group(1))]), question.stem)


def _xml_cloze(question: Question) -> tuple[str, list[str]]:
    cloze_text(question)  # refuses what the syntax cannot hold before anything is written
    return "cloze", []


NO_FORM = "embedded answers (cloze) have no {0} form; Moodle XML and CivicQuiz JSON hold them"

moodle_xml.TYPE_READERS["cloze"] = read_cloze
exporters.XML_WRITERS["cloze"] = _xml_cloze
exporters.XML_TEXTS["cloze"] = cloze_text
exporters.GIFT_WRITERS["cloze"] = exporters.cannot_hold(NO_FORM.format("GIFT"))
qti.CANNOT_HOLD["cloze"] = NO_FORM.format("QTI")
