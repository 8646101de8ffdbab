"""What every bank format shares: reading bytes into text, one importer interface, and the
rules an import follows (all or nothing, problems as ``FILE:LINE: what is wrong``).

Formats live one to a module, each declaring its :class:`Importer`; the list of formats, and
reading a file in whichever it is, are :mod:`civicquiz.formats.registry`'s.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from civicquiz.core.bank import Bank, Question, question_problems

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Memory bounds per import: a file may be refused for holding more than this, whatever its
# size, so that no file under the size limit can make a reader use more than a few hundred MB.
MAX_QUESTIONS = 100_000
MAX_ANSWERS = 1_000  # answers (options, pairs, values) in one question
MAX_NESTING = 64  # levels of brackets in a JSON file
LOG = logging.getLogger(__name__)
MOODLE_FORMATS = ("gift", "moodle-xml", "aiken")  # read as Moodle 4.5 reads them
_T = TypeVar("_T")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy code pages teachers' files actually come in, in the order they are tried.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin-1")


# The grades Moodle offers, as the percentages its files write and the exact share each
# stands for; any other grade makes Moodle refuse the whole file (its importer's
# "matchgrades: error"), so we refuse it too, and read 33.33333% as exactly one third.
MOODLE_GRADES: dict[str, float] = {
    "100": 1.0, "90": 0.9, "83.33333": 5 / 6, "80": 0.8, "75": 0.75, "70": 0.7,
    "66.66667": 2 / 3, "60": 0.6, "50": 0.5, "40": 0.4, "33.33333": 1 / 3, "30": 0.3,
    "25": 0.25, "20": 0.2, "16.66667": 1 / 6, "14.28571": 1 / 7, "12.5": 0.125,
    "11.11111": 1 / 9, "10": 0.1, "5": 0.05, "0": 0.0,
}  # fmt: skip
_GRADE_BY_ROUNDED = {round(float(text), 3): share for text, share in MOODLE_GRADES.items()}


def moodle_share(percent: float) -> float | None:
    """The exact share a Moodle grade (in percent, either sign) stands for, or None when
    Moodle does not offer that grade."""
    share = _GRADE_BY_ROUNDED.get(round(abs(percent), 3))
    if share is None:
        return None
    return -share if percent < 0 else share


def moodle_percent(share: float) -> str | None:
    """The percentage Moodle writes for a share, or None if it is not a Moodle grade."""
    for text, exact in MOODLE_GRADES.items():
        if abs(abs(share) - exact) < 1e-9:
            return text if share >= 0 or text == "0" else f"-{text}"
    return None


def nearest_grade(percent: float) -> str:
    return min(MOODLE_GRADES, key=lambda text: abs(float(text) - abs(percent)))


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def render(self, name: str) -> str:
        return f"{name}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Skipped:
    line: int
    reason: str


@dataclass
class ParseResult:
    """What a format's parser found: questions with their lines, problems, and items it
    does not import (essays, descriptions, duplicates...)."""

    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    title: str = ""
    topics: list[str] = field(default_factory=list)
    bank: Bank | None = None  # formats that carry a whole bank (ours) keep its ids and lessons
    encoding: str = ""  # set by formats that read their own encoding (XML)

    def add(self, question: Question) -> None:
        """Keep a question; past :data:`MAX_QUESTIONS` the file is refused (a memory bound)."""
        if len(self.questions) >= MAX_QUESTIONS:
            raise ReaderLimit(
                question.line or 1,
                f"the file holds more than {MAX_QUESTIONS:,} questions; split it into smaller files",
            )
        self.questions.append(question)


class NotStreamable(Exception):
    """A file a streaming reader cannot read piece by piece (an encoding other than UTF-8);
    the caller reads it whole instead, within the whole-file bounds."""


class ReaderLimit(Exception):
    """A reader stopped at a size limit: the whole file is refused with this problem."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def too_many_answers(count: int) -> str:
    return f"a question has {count:,} answers or more; the limit is {MAX_ANSWERS:,}"


def run_parser(parse: Callable[[_T], ParseResult], data: _T) -> ParseResult:
    """Run a format's reader, so that nothing a file holds ends in a traceback: a size limit
    refuses the file, and an error no reader foresaw is reported as a problem on line 1
    (and logged with its traceback, as it is a bug to fix)."""
    try:
        return parse(data)
    except ReaderLimit as limit:
        return ParseResult(problems=[Problem(limit.line, limit.message)])
    except (ValueError, LookupError, ArithmeticError, RecursionError, TypeError) as exc:
        if not CATCH_UNEXPECTED:
            raise
        LOG.exception("a reader failed on a file")
        return ParseResult(
            problems=[Problem(1, f"the file could not be read ({type(exc).__name__}: {exc})")]
        )


# Tests turn this off to see a reader's own exceptions (every one of them is a bug).
CATCH_UNEXPECTED = True


@dataclass
class ImportResult:
    bank: Bank
    format: str
    encoding: str
    problems: list[Problem]
    skipped: list[Skipped]
    source: str

    def messages(self) -> list[str]:
        return [p.render(self.source) for p in self.problems]


class ImportRefused(ValueError):
    """The file was refused whole; ``problems`` are ``FILE:LINE: what is wrong`` lines."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.source = source
        self.problems = problems


@dataclass(frozen=True)
class Importer:
    name: str
    extensions: tuple[str, ...]
    parse: Callable[[str], ParseResult]
    sniff: Callable[[str], float]  # 0..1: how sure the content is this format
    description: str = ""
    # Formats that must see the bytes (XML honours its own declared encoding).
    parse_bytes: Callable[[bytes], ParseResult] | None = None
    # Formats whose columns the user may name (CSV: column index -> role).
    parse_columns: Callable[[str, dict[int, str]], ParseResult] | None = None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text and the encoding used: a named one, else a BOM, else UTF-8, else the
    most likely legacy code page (charset-normalizer picks among those teachers have)."""
    if encoding:
        return data.decode(encoding), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    name = best.encoding if best is not None else "cp1252"
    name = {"windows_1251": "cp1251", "windows_1252": "cp1252", "latin_1": "latin-1"}.get(
        name, name
    )
    return data.decode(name, errors="replace"), name


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF. Unlike ``str.splitlines`` this leaves Unicode line and
    paragraph separators inside the text, where some files legitimately have them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> list[str]:
    return normalise_newlines(text).split("\n")


_QTI = (("<questestinterop", "an IMS QTI 1.2 file"),)  # QTI 2.1 and 3.0 are read (qti.py)


_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_XML_KINDS = {
    "moodle_backup": "a Moodle course backup (moodle_backup.xml from an .mbz file)",
    "question_categories": "the question bank of a Moodle course backup (questions.xml from an .mbz file)",
    "activity": "an activity of a Moodle course backup",
}


def unsupported_kind(text: str) -> str | None:
    """A name for well-known bank formats CivicQuiz cannot read, to say so plainly."""
    head = text[:5000]
    known = next((name for marker, name in _QTI if marker in head), None)
    if known:
        return known
    stripped = re.sub(r"^\ufeff?\s*(<\?.*?\?>\s*|<!--.*?-->\s*)*", "", head, flags=re.S)
    root = _ROOT.match(stripped)
    if root is None or root.group(1) in ("quiz", "assessmentItem", "qti-assessment-item"):
        return None
    name = root.group(1)
    if name in _XML_KINDS:
        return _XML_KINDS[name]
    if stripped.startswith("<" + name) and re.search(r"</\w|/>", head):
        return f"an XML file whose root is <{name}>, not a Moodle XML quiz (<quiz>)"
    return None


_SLUG = re.compile(r"[^a-z0-9]+")


def bank_key_for(path: Path) -> str:
    stem = path.name.split(".")[0]
    return _SLUG.sub("-", stem.lower()).strip("-") or "imported-bank"


def stable_key(question: Question, used: set[str]) -> str:
    """An id that survives re-imports: from the question's type and text, so editing its
    answers keeps its history; a repeated text gets a numbered suffix."""
    digest = hashlib.sha256(f"{question.qtype}\n{question.stem.strip()}".encode()).hexdigest()[:12]
    key, n = f"q-{digest}", 2
    while key in used:
        key, n = f"q-{digest}-{n}", n + 1
    used.add(key)
    return key


def number_problems(question: Question) -> list[str]:
    """Values no answer can ever match (NaN, infinities) are refused, whatever the format."""
    values = [x for n in question.numeric for x in (n.value, n.tolerance, n.weight)]
    values += [o.weight for o in question.options if o.weight is not None]
    if all(math.isfinite(x) for x in values):
        return []
    return ["a number in the answers is not finite (NaN or infinity cannot be answered)"]


def finish_import(
    parsed: ParseResult,
    *,
    source: str,
    format_name: str,
    encoding: str,
    bank_key: str | None = None,
    skip_invalid: bool = False,
) -> ImportResult:
    """Check what a parser found and make the bank (see :func:`import_text`)."""
    encoding = parsed.encoding or encoding
    problems = list(parsed.problems)
    skipped = list(parsed.skipped)
    accepted: list[Question] = []
    seen: dict[str, int] = {}
    used: set[str] = set()
    for question in parsed.questions:
        line = question.line or 1
        issues = question_problems(question) + number_problems(question)
        if format_name in MOODLE_FORMATS:  # Moodle takes options with the same text
            issues = [i for i in issues if i != "two options have the same text"]
        if issues:
            problems.extend(Problem(line, issue) for issue in issues)
            continue
        digest = question.content_hash()
        if digest in seen:
            skipped.append(Skipped(line, f"the same question as on line {seen[digest]}"))
            continue
        seen[digest] = line
        accepted.append(question)
    # Ids: ours keep theirs; elsewhere a question's title (GIFT ::title::, Moodle XML <name>)
    # is its id when no other question has it, so titles survive export and re-import.
    titles: dict[str, int] = {}
    for question in accepted:
        titles[question.key] = titles.get(question.key, 0) + 1
    for question in accepted:
        ours = parsed.bank is not None
        if question.key and (ours or (titles[question.key] == 1 and len(question.key) <= 200)):
            used.add(question.key)
    for question in accepted:
        if question.key not in used:
            question.key = stable_key(question, used)
    problems.sort(key=lambda p: p.line)
    if problems and not skip_invalid:
        raise ImportRefused(source, [p.render(source) for p in problems])
    skipped.extend(Skipped(p.line, p.message) for p in problems)
    skipped.sort(key=lambda s: s.line)
    if not accepted:
        reasons = [f"{source}:{s.line}: {s.reason}" for s in skipped]
        raise ImportRefused(source, [f"{source}:1: no questions to import", *reasons])
    name = Path(source).name
    if parsed.bank is not None:
        bank = parsed.bank
        bank.questions = accepted
        if bank_key:
            bank.key = bank_key
    else:
        bank = Bank(
            key=bank_key or bank_key_for(Path(source)),
            title=parsed.title or name,
            description=f"Imported from {name}",
            questions=accepted,
        )
    return ImportResult(bank, format_name, encoding, [], skipped, source)


def check_stream(
    questions: Iterable[Question], result: ParseResult, format_name: str
) -> Iterator[Question]:
    """The questions of a streamed file that pass the per-question checks; the others'
    problems go to ``result.problems`` (the import then refuses the file, or with
    ``skip_invalid`` lists them as skipped). Duplicates and ids are the writer's, which
    can look them up in the database instead of keeping every question in memory."""
    for question in questions:
        issues = question_problems(question) + number_problems(question)
        if format_name in MOODLE_FORMATS:  # Moodle takes options with the same text
            issues = [i for i in issues if i != "two options have the same text"]
        if issues:
            result.problems.extend(Problem(question.line or 1, issue) for issue in issues)
            continue
        yield question
