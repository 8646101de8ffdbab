"""Paper worksheets and exams as PDF, through Qt's own PDF writer (no other engine).

For schools with too few working computers: the questions numbered, options lettered,
room to write under every question that asks for writing, each question's source in small
type beneath it and the bank and page in the page's footer, and a separate answer key.
A4 or Letter, and a large-print option. The text is the bank's own, in its language; the
few words around it (Name, Answer key...) follow the interface language.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from civicquiz.core.bank import TYPE_LABELS, Bank, Question
from civicquiz.core.html_clean import html_to_text
from civicquiz.core.qtypes import question_type
from civicquiz.core.qtypes.cloze import gaps_of

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class PaperOptions:
    title: str
    page: str = "a4"  # a4 | letter
    large_print: bool = False
    lines_to_write: int = 3  # ruled lines under a question answered in writing


def _text(question: Question) -> str:
    """The question's text as safe HTML: ours is already cleaned; plain text escaped."""
    stem = question_type(question.qtype).shown_stem(question.stem)
    if question.stem_format == "html":
        return stem
    return html.escape(stem).replace("\n", "<br>")


def _source(question: Question) -> str:
    return "; ".join(c.text for c in question.sources)


def _ruled(count: int) -> str:
    line = '<tr><td style="border-bottom: 1px solid #555; height: 1.6em;">&nbsp;</td></tr>'
    return f'<table width="100%" cellspacing="0" cellpadding="0">{line * count}</table>'


def shuffled_matches(question: Question) -> list[str]:
    """The answers of a matching question in a fixed mixed order (the same every print)."""
    answers = sorted({o.match or "" for o in question.options})
    random.Random(question.key).shuffle(answers)
    return answers


def question_html(number: int, question: Question, options: PaperOptions) -> str:
    out = [f'<p class="q"><b>{number}.</b> {_text(question)}</p>']
    kind = question.qtype
    if kind in ("single_choice", "multiple_choice"):
        hint = (
            QCoreApplication.translate("Paper", "Tick one.")
            if kind == "single_choice"
            else QCoreApplication.translate("Paper", "Tick every right answer.")
        )
        out.append(f'<p class="hint">{html.escape(hint)}</p><table class="options">')
        for index, option in enumerate(question.options):
            out.append(
                f"<tr><td>☐ <b>{LETTERS[index % 26]}</b></td><td>{html.escape(option.text)}</td></tr>"
            )
        out.append("</table>")
    elif kind == "true_false":
        true, false = (
            QCoreApplication.translate("Paper", "True"),
            QCoreApplication.translate("Paper", "False"),
        )
        out.append(
            f'<p class="options">☐ {html.escape(true)} &nbsp;&nbsp;&nbsp; ☐ {html.escape(false)}</p>'
        )
    elif kind == "matching":
        hint = QCoreApplication.translate("Paper", "Write the letter of the matching answer.")
        out.append(f'<p class="hint">{html.escape(hint)}</p><table class="options">')
        answers = shuffled_matches(question)
        prompts = [o for o in question.options if o.text]
        for index in range(max(len(prompts), len(answers))):
            left = (
                f"{index + 1}. {html.escape(prompts[index].text)} ____"
                if index < len(prompts)
                else ""
            )
            right = (
                f"<b>{LETTERS[index]}</b> {html.escape(answers[index])}"
                if index < len(answers)
                else ""
            )
            out.append(f"<tr><td>{left}</td><td>&nbsp;&nbsp;&nbsp;</td><td>{right}</td></tr>")
        out.append("</table>")
    elif kind == "ordering":
        hint = QCoreApplication.translate("Paper", "Number them in the right order.")
        out.append(f'<p class="hint">{html.escape(hint)}</p><table class="options">')
        items = list(question.options)
        random.Random(question.key).shuffle(items)
        for option in items:
            out.append(
                f"<tr><td>[&nbsp;&nbsp;&nbsp;&nbsp;]</td><td>{html.escape(option.text)}</td></tr>"
            )
        out.append("</table>")
    elif kind == "cloze":
        hint = QCoreApplication.translate("Paper", "Fill in each gap.")
        out.append(f'<p class="hint">{html.escape(hint)}</p><table class="options">')
        for gap in gaps_of(question.options):
            if gap.choice:
                choices = " &nbsp; ".join(
                    f"☐ {html.escape(a.text)}"
                    for a in sorted(gap.answers, key=lambda a: a.text.casefold())
                )  # never in the order written, which often puts the key first
            else:
                choices = "_" * 24
            out.append(f"<tr><td><b>[{gap.number}]</b></td><td>{choices}</td></tr>")
        out.append("</table>")
    else:  # short answer, numeric: room to write
        out.append(_ruled(options.lines_to_write if kind == "short_answer" else 1))
    source = _source(question)
    if source:
        label = QCoreApplication.translate("Paper", "Source:")
        out.append(f'<p class="source">{html.escape(label)} {html.escape(source)}</p>')
    return '<div class="question">' + "".join(out) + "</div>"


def answer_text(question: Question) -> str:
    """The key to one question, as a teacher marks with it."""
    kind = question.qtype
    if kind in ("single_choice", "multiple_choice"):
        return ", ".join(
            f"{LETTERS[i % 26]} ({o.text})" for i, o in enumerate(question.options) if o.correct
        )
    if kind == "true_false":
        return (
            QCoreApplication.translate("Paper", "True")
            if question.correct_options[0].key == "true"
            else QCoreApplication.translate("Paper", "False")
        )
    if kind == "matching":
        answers = shuffled_matches(question)
        prompts = [o for o in question.options if o.text]
        return ", ".join(
            f"{n + 1}–{LETTERS[answers.index(o.match or '')]}" for n, o in enumerate(prompts)
        )
    if kind == "ordering":
        return " → ".join(o.text for o in question.options)
    if kind == "numeric":
        return " or ".join(
            f"{n.value:g}" + (f" ± {n.tolerance:g}" if n.tolerance else "")
            for n in question.numeric
        )
    if kind == "short_answer":
        return " / ".join(o.text for o in question.options if o.correct)
    return question_type(kind).describe_key(question.options, [])


def _style(options: PaperOptions) -> str:
    size = 16 if options.large_print else 11
    return (f"body {{ font-size: {size}pt; }} p {{ margin: 0; }} .q {{ margin-top: 14pt; }}"
            f" .hint {{ font-style: italic; color: #333; }} .options td {{ padding: 2pt 6pt 2pt 0; }}"
            f" .source {{ font-size: {size - 3}pt; color: #444; margin-top: 3pt; }}"
            f" h1 {{ font-size: {size + 6}pt; }} .meta {{ margin-bottom: 8pt; }}")  # fmt: skip


def worksheet_html(questions: list[Question], options: PaperOptions) -> str:
    name = html.escape(QCoreApplication.translate("Paper", "Name:"))
    date = html.escape(QCoreApplication.translate("Paper", "Date:"))
    parts = [f"<h1>{html.escape(options.title)}</h1>",
             f'<p class="meta">{name} ________________________ &nbsp;&nbsp; {date} ____________</p>']  # fmt: skip
    parts += [question_html(n, q, options) for n, q in enumerate(questions, start=1)]
    return (
        f"<html><head><style>{_style(options)}</style></head><body>{''.join(parts)}</body></html>"
    )


def key_html(questions: list[Question], options: PaperOptions) -> str:
    heading = html.escape(QCoreApplication.translate("Paper", "Answer key") + f": {options.title}")
    rows = "".join(
        f"<tr><td><b>{n}.</b></td><td>{html.escape(answer_text(q))}</td>"
        f'<td class="source">{html.escape(TYPE_LABELS[q.qtype])}</td></tr>'
        for n, q in enumerate(questions, start=1)
    )
    return (f"<html><head><style>{_style(options)}</style></head><body><h1>{heading}</h1>"
            f'<table class="options" cellspacing="0">{rows}</table></body></html>')  # fmt: skip


def write_pdf(markup: str, path: Path, options: PaperOptions, footer: str) -> int:
    """Lay ``markup`` out on pages of the chosen size and write a PDF; returns the pages."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(PAGE_SIZES[options.page]))
    writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(options.title)
    writer.setCreator("CivicQuiz")
    painter = QPainter(writer)
    try:
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        document = QTextDocument()
        font = QFont()
        font.setPointSizeF(16 if options.large_print else 11)
        document.setDefaultFont(font)
        document.documentLayout().setPaintDevice(writer)
        document.setHtml(markup)
        footer_height = area.height() * 0.04
        page_height = area.height() - footer_height
        document.setPageSize(QSizeF(area.width(), page_height))
        pages = max(1, document.pageCount())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() - 3)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, area.width(), page_height))
            painter.restore()
            painter.setFont(small)
            page_word = QCoreApplication.translate("Paper", "page")
            text = f"{footer} · {page_word} {page + 1} / {pages}"
            painter.drawText(QRectF(0, page_height, area.width(), footer_height),
                             int(Qt.AlignmentFlag.AlignCenter), text)  # fmt: skip
    finally:
        painter.end()
    return pages


@dataclass
class PaperFiles:
    sheet: Path
    key: Path
    sheet_pages: int
    key_pages: int


def write_paper(
    bank: Bank, questions: list[Question], path: Path, options: PaperOptions
) -> PaperFiles:
    """The worksheet and its answer key as two PDFs, ``NAME.pdf`` and ``NAME-key.pdf``,
    with the pages each has."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # fonts need one (the CLI has none)
    key_path = path.with_name(path.stem + "-key.pdf")
    footer = f"{options.title} · {bank.title}"
    sheet_pages = write_pdf(worksheet_html(questions, options), path, options, footer)
    key_word = QCoreApplication.translate("Paper", "Answer key")
    key_pages = write_pdf(key_html(questions, options), key_path, options, f"{footer} · {key_word}")
    return PaperFiles(path, key_path, sheet_pages, key_pages)


def print_paper(
    bank: Bank, questions: list[Question], folder_or_path: Path, options: PaperOptions
) -> tuple[Path, Path]:
    """The worksheet and its answer key as two PDFs: ``NAME.pdf`` and ``NAME-key.pdf``."""
    written = write_paper(bank, questions, folder_or_path, options)
    return written.sheet, written.key


def plain(question: Question) -> str:
    return html_to_text(question.stem) if question.stem_format == "html" else question.stem
