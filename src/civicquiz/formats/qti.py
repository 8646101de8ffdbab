"""IMS QTI 2.1 (and 3.0) items, as Canvas, Blackboard, TAO, Inspera and others exchange them.

One ``assessmentItem`` a file, or a content package (a zip with ``imsmanifest.xml``) of
many. Read: choice (single and multiple response), text entry, match and order
interactions; other interactions are listed as skipped. QTI 3 is the same model with
``qti-`` kebab-case names, read by the same code. XML is read as Moodle XML is, through
defusedxml (no DTDs, entities or external references). Written: a content package of QTI
2.1 items, one a question (numeric questions as text entry of their exact values is not
the same question, so they are listed as left out).
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree.ElementTree import Element

from civicquiz.core.bank import QUESTION_TYPES, Bank, Option, Question
from civicquiz.core.html_clean import clean_html, html_to_text
from civicquiz.formats.base import (
    MAX_ANSWERS,
    MAX_QUESTIONS,
    Importer,
    ParseResult,
    Problem,
    ReaderLimit,
    Skipped,
)

_KNOWN = ("choiceInteraction", "textEntryInteraction", "matchInteraction", "orderInteraction")
_INTERACTION = re.compile(r"Interaction$")


def _name(tag: str) -> str:
    """``{ns}qti-choice-interaction`` and ``{ns}choiceInteraction`` both as ``choiceInteraction``."""
    local = tag.rsplit("}", 1)[-1]
    if local.startswith("qti-"):
        head, *rest = local[4:].split("-")
        local = head + "".join(part.title() for part in rest)
    return local


def _normalise(root: Element) -> None:
    """Names and attributes in QTI 2 form, whichever version the file is."""
    for element in root.iter():
        element.tag = _name(element.tag)
        for key in list(element.attrib):
            if "-" in key:
                head, *rest = key.split("-")
                element.attrib[head + "".join(p.title() for p in rest)] = element.attrib.pop(key)


def _inner_html(element: Element, replace: dict[int, str] | None = None) -> str:
    """An element's content as HTML; interactions inside it are replaced by ``replace``."""
    from xml.etree.ElementTree import tostring

    parts = [_esc(element.text or "")]
    for child in element:
        if replace is not None and id(child) in replace:
            parts.append(replace[id(child)])
        elif _INTERACTION.search(child.tag) or child.tag in ("prompt", "simpleChoice"):
            pass
        else:
            parts.append(tostring(child, encoding="unicode", short_empty_elements=True))
            continue  # tostring includes the child's tail
        parts.append(_esc(child.tail or ""))
    markup = "".join(parts)
    return re.sub(r"\s?xmlns(:\w+)?=\"[^\"]*\"", "", markup)


def _values(declaration: Element | None) -> list[str]:
    if declaration is None:
        return []
    return [(v.text or "").strip() for v in declaration.findall("correctResponse/value")]


def _mapping(declaration: Element | None) -> dict[str, float]:
    if declaration is None:
        return {}
    out = {}
    for entry in declaration.findall("mapping/mapEntry"):
        try:
            out[entry.get("mapKey", "")] = float(entry.get("mappedValue", "0"))
        except ValueError:
            continue
    return out


class _Invalid(ValueError):
    pass


def _item(root: Element) -> Question | str:
    """One item as a question, or the reason it is skipped."""
    body = root.find("itemBody")
    if body is None:
        raise _Invalid("the item has no itemBody")
    interactions = [e for e in body.iter() if _INTERACTION.search(e.tag)]
    if len(interactions) != 1:
        kinds = ", ".join(sorted({e.tag for e in interactions})) or "no interaction"
        return f"items with {kinds} are not supported"
    interaction = interactions[0]
    if interaction.tag not in _KNOWN:
        return f"{interaction.tag} items are not supported"
    declarations = {d.get("identifier"): d for d in root.findall("responseDeclaration")}
    declaration = declarations.get(interaction.get("responseIdentifier"))
    correct = _values(declaration)
    mapping = _mapping(declaration)
    title = (root.get("title") or "").strip()
    question = Question(key=title, qtype="single_choice", stem="", stem_format="html")
    prompt = interaction.find("prompt")
    blank = "_____" if interaction.tag == "textEntryInteraction" else ""
    # the stem: everything in the body, the interaction replaced (a blank for text entry)
    stem = _inner_html(body, {id(interaction): blank}) if interaction in list(body) else ""
    if interaction not in list(body):
        stem = _stem_around(body, interaction, blank)
    if prompt is not None:
        stem += f"<p>{_inner_html(prompt)}</p>"
    # a blank alone in the last paragraph is the answer box after the question, not a gap
    stem = re.sub(r"<p>\s*_____\s*</p>\s*$", "", stem.strip())
    question.stem = clean_html(stem.strip())
    paragraphs = re.fullmatch(r"(?:<p>[^<]*</p>\s*)+", question.stem)
    if paragraphs:  # plain paragraphs: plain text, a line each
        lines = re.findall(r"<p>([^<]*)</p>", question.stem)
        question.stem = "\n".join(html_to_text(line) for line in lines)
        question.stem_format = "plain"
    if not html_to_text(question.stem):
        question.stem, question.stem_format = title, "plain"
    general = [f for f in root.findall("modalFeedback") if f.get("identifier") == "GENERAL"]
    if general:
        question.explanation = html_to_text(_inner_html(general[0]))
    if interaction.tag == "choiceInteraction":
        choices = interaction.findall(".//simpleChoice")
        if len(choices) > MAX_ANSWERS:
            raise _Invalid(f"more than {MAX_ANSWERS} choices")
        single = interaction.get("maxChoices", "1") == "1" and (
            declaration is None or declaration.get("cardinality", "single") == "single"
        )
        question.qtype = "single_choice" if single else "multiple_choice"
        idents = [c.get("identifier", "") for c in choices]
        if single and sorted(idents) == ["false", "true"]:  # how true/false is written here
            question.qtype = "true_false"
            question.options = [
                Option(i, "True" if i == "true" else "False", i in correct)
                for i in ("true", "false")
            ]
            return question
        top = max([v for v in mapping.values() if v > 0], default=0.0)
        total = sum(v for k, v in mapping.items() if v > 0 and k in correct) or top
        for index, choice in enumerate(choices):
            ident = choice.get("identifier", f"c{index}")
            option = Option(_key(index), html_to_text(_inner_html(choice)), ident in correct)
            if not single and mapping and total:
                option.weight = max(-1.0, min(1.0, mapping.get(ident, 0.0) / total))
            elif single and mapping.get(ident) and ident not in correct and top:
                option.weight = max(-1.0, min(1.0, mapping[ident] / top))  # partly right
            question.options.append(option)
    elif interaction.tag == "textEntryInteraction":
        question.qtype = "short_answer"
        top = max([*mapping.values(), 1.0])
        accepted = dict.fromkeys(correct, 1.0) | {k: v / top for k, v in mapping.items() if v > 0}
        for index, (text, share) in enumerate(accepted.items()):
            weight = None if share >= 0.9999 else share
            question.options.append(Option(f"s{index}", text, True, weight=weight))
    elif interaction.tag == "matchInteraction":
        question.qtype = "matching"
        sets = interaction.findall("simpleMatchSet")
        if len(sets) != 2:
            raise _Invalid("a match interaction needs two sets of choices")
        sources = {c.get("identifier", ""): html_to_text(_inner_html(c)) for c in sets[0]}
        targets = {c.get("identifier", ""): html_to_text(_inner_html(c)) for c in sets[1]}
        pairs = {p.split()[0]: p.split()[1] for p in correct if len(p.split()) >= 2}
        used: set[str] = set()
        for index, (ident, text) in enumerate(sources.items()):
            if ident in pairs and pairs[ident] in targets:
                question.options.append(
                    Option(f"m{index}", text, True, match=targets[pairs[ident]])
                )
                used.add(pairs[ident])
        for index, (ident, text) in enumerate(targets.items()):
            if ident not in used:  # a target no item matches: a distractor
                question.options.append(Option(f"d{index}", "", False, match=text))
    else:  # orderInteraction
        question.qtype = "ordering"
        ordered = {
            c.get("identifier", ""): html_to_text(_inner_html(c))
            for c in interaction.findall(".//simpleChoice")
        }
        question.options = [
            Option(f"o{n}", ordered[ident], True)
            for n, ident in enumerate(correct)
            if ident in ordered
        ]
    return question


def _stem_around(body: Element, interaction: Element, blank: str) -> str:
    """The body's HTML with a nested interaction replaced."""
    from xml.etree.ElementTree import tostring

    parent = next(p for p in body.iter() if interaction in list(p))
    index = list(parent).index(interaction)
    marker = Element("span")
    marker.text = "\x00BLANK\x00"
    marker.tail = interaction.tail
    parent.remove(interaction)
    parent.insert(index, marker)
    markup = "".join([body.text or ""] + [tostring(child, encoding="unicode") for child in body])
    markup = re.sub(r"\s?xmlns(:\w+)?=\"[^\"]*\"", "", markup)
    return markup.replace("<span>\x00BLANK\x00</span>", blank)


def _key(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else f"o{index}"


def _parse_item(data: bytes, result: ParseResult, line: int = 1) -> None:
    import defusedxml.ElementTree as safe_xml
    from defusedxml import DefusedXmlException

    from civicquiz.formats.moodle_xml import as_utf8

    try:
        utf8, _ = as_utf8(data)
        root = safe_xml.fromstring(
            utf8, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        result.problems.append(Problem(line, f"refused: the XML uses a feature that is not allowed ({type(exc).__name__})"))  # fmt: skip
        return
    except safe_xml.ParseError as exc:
        result.problems.append(Problem(line, f"not well-formed XML: {exc}"))
        return
    except ValueError as exc:
        result.problems.append(Problem(line, str(exc)))
        return
    _normalise(root)
    if root.tag != "assessmentItem":
        result.skipped.append(Skipped(line, f"<{root.tag}> is not a QTI item"))
        return
    try:
        found = _item(root)
    except _Invalid as exc:
        result.problems.append(Problem(line, str(exc)))
        return
    if isinstance(found, str):
        result.skipped.append(Skipped(line, found))
        return
    found.line = line
    result.add(found)


def parse_qti_bytes(data: bytes) -> ParseResult:
    result = ParseResult()
    if not data.startswith(b"PK\x03\x04"):
        _parse_item(data, result)
        return result
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = [
            n
            for n in archive.namelist()
            if n.lower().endswith(".xml") and "manifest" not in n.lower()
        ]
        if len(names) > MAX_QUESTIONS:
            raise ReaderLimit(1, f"the package holds more than {MAX_QUESTIONS:,} files")
        # An item's "line" in a package is its place in the package (1, 2, ...).
        for number, name in enumerate(sorted(names), start=1):
            info = archive.getinfo(name)
            if info.file_size > 20 * 2**20:
                result.problems.append(Problem(number, f"{name} is over 20 MB"))
                continue
            _parse_item(archive.read(name), result, number)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        result.problems.append(Problem(1, f"not a readable QTI package ({exc})"))
    return result


def parse_qti(text: str) -> ParseResult:
    return parse_qti_bytes(text.encode("utf-8"))


def sniff_qti(text: str) -> float:
    head = text[:5000]
    return 0.95 if "<assessmentItem" in head or "<qti-assessment-item" in head else 0.0


QTI = Importer(
    "qti",
    (".qti", ".xml", ".zip"),
    parse_qti,
    sniff_qti,
    "IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)",
    parse_bytes=parse_qti_bytes,
)


# -- writing ------------------------------------------------------------------------------

_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
_TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text, {'"': "&quot;"})


def _body_text(q: Question) -> str:
    if q.stem_format == "html":
        return f"<div>{_xhtml(q.stem)}</div>"
    return "".join(f"<p>{_esc(line)}</p>" for line in q.stem.split("\n")) or "<p/>"


def _xhtml(markup: str) -> str:
    """Our cleaned HTML as XHTML (void elements closed)."""
    return re.sub(r"<(br|hr|img)([^>]*?)\s*/?>", r"<\1\2/>", markup)


# Types QTI items here have no form for, and why (each type is either written below or here).
CANNOT_HOLD: dict[str, str] = {"numeric": "numeric questions have no QTI form here"}
WRITTEN = ("single_choice", "multiple_choice", "true_false", "short_answer", "matching", "ordering")


def qti_item(q: Question, identifier: str) -> str | None:
    """A question as a QTI 2.1 item, or None for types QTI has no plain form of here."""
    title = _esc(q.key)
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<assessmentItem xmlns="{_NS}" '
            f'identifier="{identifier}" title="{title}" adaptive="false" timeDependent="false">\n')  # fmt: skip
    feedback = ""
    if q.qtype in ("single_choice", "multiple_choice", "true_false"):
        single = q.qtype != "multiple_choice"
        keys = [o.key for o in q.correct_options]
        decl = (f'<responseDeclaration identifier="RESPONSE" cardinality="{"single" if single else "multiple"}" '
                'baseType="identifier"><correctResponse>'
                + "".join(f"<value>{_esc(k)}</value>" for k in keys) + "</correctResponse>")  # fmt: skip
        if any(o.weight is not None for o in q.options):
            decl += '<mapping defaultValue="0">' + "".join(
                f'<mapEntry mapKey="{_esc(o.key)}" mappedValue="{o.weight if o.weight is not None else (1.0 if o.correct else 0.0)!r}"/>'
                for o in q.options) + "</mapping>"  # fmt: skip
        decl += "</responseDeclaration>"
        choices = "".join(
            f'<simpleChoice identifier="{_esc(o.key)}">{_esc(o.text)}</simpleChoice>'
            for o in q.options
        )
        body = (f'{_body_text(q)}<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" '
                f'maxChoices="{1 if single else 0}">{choices}</choiceInteraction>')  # fmt: skip
        template = "map_response" if "<mapping" in decl else "match_correct"
    elif q.qtype == "short_answer":
        first = q.options[0].text
        decl = ('<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">'
                f"<correctResponse><value>{_esc(first)}</value></correctResponse>"
                '<mapping defaultValue="0">' + "".join(
                    f'<mapEntry mapKey="{_esc(o.text)}" mappedValue="{(1.0 if o.weight is None else o.weight)!r}"/>'
                    for o in q.options) + "</mapping></responseDeclaration>")  # fmt: skip
        body = f'{_body_text(q)}<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="20"/></p>'
        template = "map_response"
    elif q.qtype == "matching":
        pairs = [o for o in q.options if o.text]
        targets = list(dict.fromkeys(o.match or "" for o in q.options))
        tid = {text: f"T{n}" for n, text in enumerate(targets)}
        decl = ('<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">'
                "<correctResponse>" + "".join(f"<value>S{n} {tid[o.match or '']}</value>" for n, o in enumerate(pairs))
                + "</correctResponse></responseDeclaration>")  # fmt: skip
        body = (f'{_body_text(q)}<matchInteraction responseIdentifier="RESPONSE" shuffle="true" '
                f'maxAssociations="{len(pairs)}"><simpleMatchSet>'
                + "".join(f'<simpleAssociableChoice identifier="S{n}" matchMax="1">{_esc(o.text)}</simpleAssociableChoice>' for n, o in enumerate(pairs))
                + "</simpleMatchSet><simpleMatchSet>"
                + "".join(f'<simpleAssociableChoice identifier="{tid[t]}" matchMax="{len(pairs)}">{_esc(t)}</simpleAssociableChoice>' for t in targets)
                + "</simpleMatchSet></matchInteraction>")  # fmt: skip
        template = "match_correct"
    elif q.qtype == "ordering":
        decl = ('<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">'
                "<correctResponse>" + "".join(f"<value>{_esc(o.key)}</value>" for o in q.options)
                + "</correctResponse></responseDeclaration>")  # fmt: skip
        body = (f'{_body_text(q)}<orderInteraction responseIdentifier="RESPONSE" shuffle="true">'
                + "".join(f'<simpleChoice identifier="{_esc(o.key)}">{_esc(o.text)}</simpleChoice>' for o in q.options)
                + "</orderInteraction>")  # fmt: skip
        template = "match_correct"
    else:
        return None
    outcome = '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>'
    if q.explanation:
        outcome += (
            '<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>'
        )
        feedback = (f'<modalFeedback outcomeIdentifier="FEEDBACK" showHide="hide" identifier="GENERAL">'
                    f"{_esc(q.explanation)}</modalFeedback>")  # fmt: skip
    return (f"{head}{decl}{outcome}<itemBody>{body}</itemBody>"
            f'<responseProcessing template="{_TEMPLATES}{template}"/>{feedback}</assessmentItem>\n')  # fmt: skip


def export_qti_package(bank: Bank) -> tuple[bytes, list[str], list[str]]:
    """A zip content package (imsmanifest.xml and an item a question), what was left out,
    and what QTI does not keep."""
    out = io.BytesIO()
    left_out: list[str] = []
    resources = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, q in enumerate(bank.questions, start=1):
            identifier = f"item{number:05d}"
            if q.qtype not in QUESTION_TYPES:
                left_out.append(f"question {q.key}: unknown question type {q.qtype!r}; refused")
                continue
            item = qti_item(q, identifier) if q.qtype in WRITTEN else None
            if item is None:
                reason = CANNOT_HOLD.get(q.qtype, f"{q.qtype} questions have no QTI form here")
                left_out.append(f"question {q.key}: {reason}")
                continue
            archive.writestr(f"items/{identifier}.xml", item)
            resources.append(
                f'<resource identifier="R{identifier}" type="imsqti_item_xmlv2p1" '
                f'href="items/{identifier}.xml"><file href="items/{identifier}.xml"/></resource>'
            )
        manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" '
                    f'identifier="{_esc(bank.key)}"><organizations/><resources>{"".join(resources)}</resources></manifest>\n')  # fmt: skip
        archive.writestr("imsmanifest.xml", manifest)
    not_kept = ["topics, tags, difficulty, sources, per-answer feedback and Markdown (QTI items "
                "here carry the question, its answers, weights and the general feedback)"]  # fmt: skip
    return out.getvalue(), left_out, not_kept
