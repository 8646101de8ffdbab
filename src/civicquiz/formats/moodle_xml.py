"""Moodle XML (``<quiz><question type="...">``), read safely.

The file goes to the parser as bytes, so its declared encoding is honoured, through
defusedxml: DTDs, entities and external references are refused. Question text is HTML and
passes the allowlist; images embedded with ``<file encoding="base64">`` (and the older
``<image_base64>``) are kept inside the question as ``data:`` images, size-capped, their
names used only to match references. Types CivicQuiz does not have are listed as skipped.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder

from civicquiz.core.bank import NumericAnswer, Option, Question
from civicquiz.core.html_clean import MAX_IMAGE_BYTES, clean_html, html_to_text
from civicquiz.formats.base import (
    MAX_ANSWERS,
    Importer,
    NotStreamable,
    ParseResult,
    Problem,
    Skipped,
    moodle_share,
    nearest_grade,
    too_many_answers,
)

IMAGE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
}
SUPPORTED = {"multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering"}
_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")


def question_lines(data: bytes) -> list[int]:
    """Line of each ``<question`` element in order, not counting CDATA or comments."""
    text = data.decode("latin-1")
    blanked = re.sub(
        r"<!\[CDATA\[.*?\]\]>|<!--.*?-->",
        lambda m: re.sub(r"[^\n]", " ", m.group(0)),
        text,
        flags=re.S,
    )
    lines, line, position = [], 1, 0
    for match in re.finditer(r"<question[\s>]", blanked):  # counted as we go: linear in the file
        line += blanked.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines


def _text(element: Element | None, path: str = "text") -> str:
    if element is None:
        return ""
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


class _Invalid(ValueError):
    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


Invalid = _Invalid  # what a type's reader raises for a question Moodle would refuse
# Question types whose reading lives with the type (:mod:`civicquiz.formats.cloze`): Moodle's
# type name -> a reader given the raw question text and whether it is HTML, which fills in
# the question's type and answers and returns the text to keep (its answers taken out).
TYPE_READERS: dict[str, Callable[[str, bool, Question], str]] = {}


def _fraction(answer: Element) -> float:
    raw = answer.get("fraction", "0")
    try:
        value = float(raw)
    except ValueError as exc:
        raise _Invalid(f"the grade {raw!r} is not a number") from exc
    share = moodle_share(value) if math.isfinite(value) else None
    if share is None:
        shown = raw if len(raw) <= 20 else raw[:20] + "…"
        nearest = nearest_grade(value) if math.isfinite(value) else "0"
        raise _Invalid(f"the grade {shown}% is not one Moodle allows (nearest: {nearest}%)")
    return share


def _images(container: Element) -> dict[str, str]:
    """Embedded image files as data: URIs, by the name the text refers to them with."""
    found: dict[str, str] = {}
    for file in container.findall("file"):
        name = file.get("name") or ""
        kind = IMAGE_TYPES.get(name.rsplit(".", 1)[-1].lower()) if "." in name else None
        if file.get("encoding") != "base64" or kind is None:
            continue
        payload = re.sub(r"\s+", "", file.text or "")
        try:
            raw = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            continue
        if 0 < len(raw) <= MAX_IMAGE_BYTES:
            found[name] = f"data:{kind};base64,{base64.b64encode(raw).decode('ascii')}"
    return found


def _rich(container: Element | None, markup: str | None = None) -> str:
    """A text element (or ``markup`` written in it) as safe HTML, embedded images resolved."""
    if container is None:
        return ""
    markup = _text(container) if markup is None else markup
    if container.get("format") in ("plain_text", "moodle_auto_format", "markdown"):
        import html

        markup = html.escape(markup).replace("\n", "<br>")
    for name, uri in _images(container).items():
        markup = markup.replace(f"@@PLUGINFILE@@/{name}", uri)
    return clean_html(markup)


def _plain(container: Element | None) -> str:
    """A text element as plain text: as typed when its format is plain text, otherwise
    HTML reduced to what it says."""
    if container is None:
        return ""
    if container.get("format") == "plain_text":
        return _text(container)
    return html_to_text(_text(container))


def _question(element: Element, kind: str) -> Question:
    found = element.find("questiontext")
    text_format = found.get("format") if found is not None else None
    question = Question(key="", qtype="single_choice", stem="", stem_format="html")
    raw = _text(found)
    reader = TYPE_READERS.get(kind)
    if reader is not None:
        raw = reader(
            raw, text_format not in ("plain_text", "markdown", "moodle_auto_format"), question
        )
    stem = _rich(found, raw)
    legacy = element.find("image_base64")
    if legacy is not None and legacy.text:
        name = (element.findtext("image") or "image.png").strip()
        kind_of = IMAGE_TYPES.get(name.rsplit(".", 1)[-1].lower(), "image/png")
        payload = re.sub(r"\s+", "", legacy.text)
        stem += clean_html(f'<p><img src="data:{kind_of};base64,{payload}" alt="{name}"></p>')
    question.stem = stem
    if legacy is None and text_format in ("plain_text", "markdown"):
        question.stem = raw  # kept as written
        question.stem_format = "plain" if text_format == "plain_text" else "markdown"
    question.explanation = _plain(element.find("generalfeedback"))
    question.tags = [t for t in (_text(tag) for tag in element.findall("tags/tag")) if t]
    if not question.stem.strip() or (
        question.stem_format == "html" and not html_to_text(stem) and "<img" not in stem
    ):
        question.stem = _text(element.find("name")) or ""
        question.stem_format = "plain"
    answers = element.findall("answer")
    if len(answers) > MAX_ANSWERS or len(element.findall("subquestion")) > MAX_ANSWERS:
        raise _Invalid(too_many_answers(MAX_ANSWERS))
    if kind == "multichoice":
        single = (element.findtext("single") or "true").strip().lower() in ("true", "1")
        question.qtype = "single_choice" if single else "multiple_choice"
        keyed = False
        for index, answer in enumerate(answers):
            share = _fraction(answer)
            # Single: the first fully right answer is the key; further fully right ones (as
            # Moodle allows) and partly right ones earn their weight.
            correct = (share >= 0.9999 and not keyed) if single else share > 0
            keyed = keyed or correct
            option = Option(
                chr(ord("a") + index) if index < 26 else f"o{index}",
                _plain(answer),
                correct,
                feedback=_plain(answer.find("feedback")),
            )
            if not single or (share and not correct):
                option.weight = share
            question.options.append(option)
    elif kind == "truefalse":
        question.qtype = "true_false"
        truth = None
        feedback = {"true": "", "false": ""}
        for answer in answers:
            said = _text(answer).lower()
            if said in feedback:
                feedback[said] = _plain(answer.find("feedback"))
            if _fraction(answer) >= 0.9999:
                truth = said == "true"
        if truth is None:
            raise _Invalid("no answer is marked right (fraction 100)")
        question.options = [
            Option("true", "True", truth, feedback=feedback["true"]),
            Option("false", "False", not truth, feedback=feedback["false"]),
        ]
    elif kind == "shortanswer":
        question.qtype = "short_answer"
        for index, answer in enumerate(answers):
            share = _fraction(answer)
            text = _plain(answer)
            if text != "*":  # a 0% answer is kept: a wrong answer with its own feedback
                question.options.append(
                    Option(
                        f"s{index}",
                        text,
                        share > 0,
                        weight=None if share >= 0.9999 or share <= 0 else share,
                        feedback=_plain(answer.find("feedback")),
                    )
                )
    elif kind == "numerical":
        question.qtype = "numeric"
        for answer in answers:
            share = _fraction(answer)
            raw = _text(answer)
            if share <= 0 or raw == "*":
                continue
            try:
                value = float(raw)
                tolerance = abs(float((answer.findtext("tolerance") or "0").strip() or 0))
            except ValueError as exc:
                raise _Invalid(f"the numeric answer {raw!r} is not a number") from exc
            question.numeric.append(NumericAnswer(value, tolerance, share))
    elif kind == "matching":
        question.qtype = "matching"
        for index, sub in enumerate(element.findall("subquestion")):
            prompt = _plain(sub)
            match = _text(sub.find("answer"))
            if match:
                question.options.append(Option(f"m{index}", prompt, bool(prompt), match=match))
    elif kind == "ordering":
        # Moodle's ordering type: each answer's fraction is its place in the right order.
        question.qtype = "ordering"
        placed = []
        for index, answer in enumerate(answers):
            try:
                place = float(answer.get("fraction", index + 1))
            except ValueError as exc:
                raise _Invalid("an ordering item's place (fraction) is not a number") from exc
            placed.append((place, index, _plain(answer)))
        question.options = [
            Option(f"o{n}", text, True) for n, (_, _, text) in enumerate(sorted(placed))
        ]
    return question


_UNMARKED = (  # XML without a BOM tells UTF-16 and UTF-32 apart by where "<" falls
    (b"<\0\0\0", "utf-32-le"),
    (b"\0\0\0<", "utf-32-be"),
    (b"<\0?\0", "utf-16-le"),
    (b"\0<\0?", "utf-16-be"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")


def as_utf8(data: bytes) -> tuple[bytes, str]:
    """The file as UTF-8 without its XML declaration, and the encoding it was in: a BOM,
    else the byte pattern of UTF-16/32, else the declared encoding, else UTF-8. Any text
    encoding Python knows is read (Shift_JIS, GBK, Big5, EUC-JP...), except UTF-7, which can
    hide markup; an unknown or wrong encoding is an :class:`_Invalid` problem."""
    name = next((n for bom, n in _BOMS if data.startswith(bom)), "")
    name = name or next((n for head, n in _UNMARKED if data.startswith(head)), "")
    if not name:
        declared = _DECLARATION.match(data)
        name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        info = codecs.lookup(name)
    except LookupError as exc:
        raise _Invalid(f"the file declares the encoding {name!r}, which is unknown") from exc
    codec = info.name
    if not getattr(info, "_is_text_encoding", True):
        raise _Invalid(f"the file declares {name!r}, which is not a text encoding")
    if codec == "utf-7":
        raise _Invalid("UTF-7 files are refused (it can hide markup); save the file as UTF-8")
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError) as exc:
        start = getattr(exc, "start", 0)
        line = data.count(b"\n", 0, start) + 1
        raise _Invalid(f"the text on line {line} is not valid {name}", line) from exc
    # The declaration goes (the text is now UTF-8), its line breaks kept for line numbers.
    text = _DECLARATION_TEXT.sub(lambda m: "\n" * m.group(0).count("\n"), text, count=1)
    return text.encode("utf-8"), name


def parse_moodle_xml_bytes(data: bytes) -> ParseResult:
    import defusedxml.ElementTree as safe_xml
    from defusedxml import DefusedXmlException

    result = ParseResult()
    try:
        data, result.encoding = as_utf8(data)
    except _Invalid as exc:
        result.problems.append(Problem(exc.line, str(exc)))
        return result
    try:
        root = safe_xml.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        result.problems.append(
            Problem(
                1, f"refused: the XML uses a feature that is not allowed ({type(exc).__name__})"
            )
        )
        return result
    except safe_xml.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 1
        result.problems.append(Problem(line, f"not well-formed XML: {exc}"))
        return result
    if root.tag != "quiz":
        result.problems.append(
            Problem(1, f"not a Moodle XML quiz (the root element is <{root.tag}>)")
        )
        return result
    lines = question_lines(data)
    state = _Reading(result)
    for index, element in enumerate(root.findall("question")):
        question = state.take(element, lines[index] if index < len(lines) else 1)
        if question is not None:
            result.add(question)
    return result


class _Reading:
    """What reading ``<question>`` elements one after another keeps: the category they
    are in, and the result that collects problems, skipped items and topics."""

    def __init__(self, result: ParseResult) -> None:
        self.result = result
        self.topic = ""

    def take(self, element: Element, line: int) -> Question | None:
        result = self.result
        kind = element.get("type", "")
        if kind == "category":
            path = _text(element.find("category"))
            # Moodle writes a "/" inside a category's name as "//".
            names = [p.replace("\0", "/") for p in path.replace("//", "\0").split("/")]
            parts = [p for p in names if p and not p.startswith("$") and p != "top"]
            self.topic = parts[-1] if parts else ""
            return None
        name = html_to_text(_text(element.find("name")))
        if kind not in SUPPORTED and kind not in TYPE_READERS:
            label = f"{kind or 'untyped'} questions are not supported"
            result.skipped.append(Skipped(line, f"{label}{f' ({name})' if name else ''}"))
            return None
        try:
            question = _question(element, kind)
        except _Invalid as exc:
            result.problems.append(Problem(line, f"{name + ': ' if name else ''}{exc}"))
            return None
        question.line = line
        question.key = name  # the title is the id when unique (see finish_import)
        if self.topic:
            question.topic = self.topic
            if self.topic not in result.topics:
                result.topics.append(self.topic)
        return question


class _StreamTarget:
    """Builds one ``<question>`` element at a time, noting the line it starts on, and
    hands each over as soon as it is complete; nothing else of the tree is kept. Its
    handlers go straight on the expat parser (the pure-Python layer between them costs
    more than the parsing); defusedxml's own handlers, which refuse DTDs, entities and
    external references, stay in place."""

    def __init__(self, expat: Any) -> None:
        self.expat = expat
        self.builder = TreeBuilder()
        self.depth = 0
        self.root: Element | None = None
        self.line = 1
        self.ready: list[tuple[Element, int]] = []
        expat.ordered_attributes = False
        expat.StartElementHandler = self.start
        expat.EndElementHandler = self.end
        expat.CharacterDataHandler = self.builder.data

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if "}" in tag:  # a namespaced name, as ElementTree writes it
            tag = "{" + tag
        element = self.builder.start(tag, attrs)
        self.depth += 1
        if self.depth == 1:
            self.root = element
            if tag != "quiz":
                raise _Invalid(f"not a Moodle XML quiz (the root element is <{tag}>)")
        elif self.depth == 2:
            self.line = self.expat.CurrentLineNumber

    def end(self, tag: str) -> None:
        element = self.builder.end("{" + tag if "}" in tag else tag)
        self.depth -= 1
        if self.depth == 1 and self.root is not None:
            self.root.remove(element)  # handed over below; the root keeps nothing
            if element.tag == "question":
                self.ready.append((element, self.line))


STREAM_CHUNK = 1 << 20


def stream_moodle_xml(path: Path, result: ParseResult) -> Iterator[Question]:
    """The questions of a Moodle XML file, one at a time, reading it in 1 MB pieces
    through defusedxml's parser (DTDs, entities and external references refused), so
    memory stays flat whatever the file's size. Problems, skipped items and topics go to
    ``result``. Raises :class:`NotStreamable` before reading anything when the file is not
    UTF-8 (the whole-file reader takes it)."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    unmarked = any(head.startswith(h) for h, _ in _UNMARKED)
    utf16_32 = any(head.startswith(b) for b, n in _BOMS if n != "utf-8-sig")
    declared = _DECLARATION.match(head)
    named = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if unmarked or utf16_32 or named.replace("_", "-") not in ("utf-8", "utf8"):
        raise NotStreamable(named)
    result.encoding = "utf-8"
    return _stream(path, result)


def _stream(path: Path, result: ParseResult) -> Iterator[Question]:
    from xml.parsers.expat import ExpatError

    import defusedxml.ElementTree as safe_xml
    from defusedxml import DefusedXmlException

    with path.open("rb") as handle:
        parser = safe_xml.DefusedXMLParser(
            forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
        target = _StreamTarget(parser.parser)
        state = _Reading(result)
        try:
            while True:
                chunk = handle.read(STREAM_CHUNK)
                target.expat.Parse(chunk, not chunk)
                for element, line in target.ready:
                    question = state.take(element, line)
                    if question is not None:
                        yield question
                target.ready.clear()
                if not chunk:
                    break
        except _Invalid as exc:
            result.problems.append(Problem(exc.line, str(exc)))
        except DefusedXmlException as exc:
            result.problems.append(
                Problem(
                    target.expat.CurrentLineNumber,
                    f"refused: the XML uses a feature that is not allowed ({type(exc).__name__})",
                )
            )
        except ExpatError as exc:
            result.problems.append(Problem(exc.lineno, f"not well-formed XML: {exc}"))


def parse_moodle_xml(text: str) -> ParseResult:
    return parse_moodle_xml_bytes(
        _DECLARATION_TEXT.sub(lambda m: "\n" * m.group(0).count("\n"), text, count=1).encode(
            "utf-8"
        )
    )


def sniff_moodle_xml(text: str) -> float:
    head = text[:5000]
    return 0.95 if "<quiz" in head and "<question" in head else 0.0


MOODLE_XML = Importer(
    "moodle-xml",
    (".xml",),
    parse_moodle_xml,
    sniff_moodle_xml,
    "Moodle XML",
    parse_bytes=parse_moodle_xml_bytes,
)
