"""Every bank format in one table: its name, label, file extensions, content sniffing,
reader (with its options) and writer, and what goes in and out of it. The command line's
``--format`` choices and help, the teacher's file dialog filters and export choices, and
README's format table are all made from :data:`FORMATS` (a test checks README against it).

Reading a file in whichever format it is (:func:`import_file`) and writing a bank in a
named one (:func:`export_bank`) go through here; the format modules below know nothing of
each other or of this table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from civicquiz.core.bank import Bank, Question
from civicquiz.formats import (
    aiken,
    cloze,
    csv_bank,
    exporters,
    gift,
    moodle_xml,
    native,
    qti,
    quizlet,
)
from civicquiz.formats.base import (
    DEFAULT_MAX_BYTES,
    Importer,
    ImportRefused,
    ImportResult,
    NotStreamable,
    ParseResult,
    Problem,
    Skipped,
    check_stream,
    decode,
    finish_import,
    run_parser,
    unsupported_kind,
)
from civicquiz.formats.exporters import Export


@dataclass(frozen=True)
class BankFormat:
    """One format as the user meets it."""

    name: str  # as typed after --format
    label: str  # as shown in dialogs and help
    reader: Importer | None
    writer: Callable[[Bank], Export] | None = None
    export_extension: str = ""
    options: tuple[str, ...] = ()  # reader options the command line offers for it
    reads: str = "—"  # README: what comes in
    writes: str = "—"  # README: what goes out

    @property
    def extensions(self) -> tuple[str, ...]:
        return self.reader.extensions if self.reader is not None else (self.export_extension,)


FORMATS: tuple[BankFormat, ...] = (
    BankFormat(
        "gift", "GIFT (Moodle text format)", gift.GIFT, exporters.export_gift, ".gift",
        ("encoding",),
        reads="read as Moodle 4.5 reads it: categories (as topics), titles, comments and "
        "`[tag:…]`, every escape, `[html]`/`[markdown]`/`[plain]`, per-answer and general "
        "feedback, true/false (with its two feedbacks), multiple choice (several `=` answers are "
        "each fully right), multiple answers with weights, short answer (an answer without `=` or "
        "`~` too), missing word, numeric with tolerances, ranges and weighted answers, matching; "
        "grades must be ones Moodle offers; essays (also braces holding only general feedback) "
        "and descriptions are listed as skipped",
        writes="every type but ordering and embedded answers (listed as left out), with titles, "
        "topics, tags, per-answer, true/false and general feedback, weights as Moodle's grades "
        "and numbers at full precision; not kept: difficulty, sources, lessons; multiple answers "
        "without weights are written with Moodle's weights (listed)",
    ),
    BankFormat(
        "moodle-xml", "Moodle XML", moodle_xml.MOODLE_XML, exporters.export_moodle_xml, ".xml",
        reads="categories, multichoice (single and multiple; several 100% answers each fully "
        "right), truefalse and shortanswer with per-answer feedback, numerical, matching, "
        "ordering (Moodle's ordering type), cloze (embedded answers: every short-answer, "
        "numerical, multiple-choice and multiple-response gap kind, refused where Moodle refuses "
        "it), tags, feedback, HTML text (shown through an allowlist; links, media and tables kept "
        "as readable text), plain-text and Markdown fields as written, embedded images; any text "
        "encoding but UTF-7; other types are listed as skipped by name; grades Moodle would "
        "refuse refuse the file",
        writes="every type including ordering (as Moodle's ordering question type) and embedded "
        "answers (as cloze), with names, topics, tags, per-answer, true/false and general "
        "feedback, numbers at full precision; not kept: difficulty, sources, lessons, which of "
        "several 100% answers is the key (listed)",
    ),
    BankFormat(
        "cloze", cloze.CLOZE_FILE.description, cloze.CLOZE_FILE, options=("encoding",),
        reads="Moodle's embedded-answers text: the whole file is one question, its gaps in "
        "Moodle's syntax (every gap kind; refused where Moodle refuses it), named after its "
        "first words",
    ),
    BankFormat(
        "aiken", "Aiken (plain text)", aiken.AIKEN, options=("encoding",),
        reads="plain-text multiple choice (options may repeat a placeholder text); HTML-looking "
        "text is shown as typed",
    ),
    BankFormat(
        "csv", "CSV or TSV from a spreadsheet", csv_bank.CSV, options=("encoding", "columns"),
        reads="from a spreadsheet: `question_banks/csv-template.csv` shows our layout; other "
        "layouts are recognised by their headers (Moodle's CSV plugin, Kahoot-style sheets); the "
        "answer may be a letter, a number or the option's text; numbers with a decimal comma or "
        "thousands; `,` `;` or tab",
    ),
    BankFormat(
        "xlsx", "Excel workbook (.xlsx) in a CSV layout, Kahoot's template included",
        csv_bank.XLSX,
        reads="the CSV layouts above, Kahoot's quiz template included (its instruction rows are "
        "passed over; several right answers as `1,3`); messages give the sheet's row",
    ),
    BankFormat(
        "qti", "IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)", qti.QTI,
        exporters.export_qti, ".zip",
        reads="single items or content packages (.zip with `imsmanifest.xml`): choice, multiple "
        "response (with mapped weights), text entry (with mapped spellings), match and order "
        "interactions, general feedback; other interactions listed as skipped; QTI 1.2 is "
        "refused with advice",
        writes="a QTI 2.1 content package (.zip): choice, multiple response, true/false, text "
        "entry, match and order items with weights and general feedback; numeric questions and "
        "embedded answers listed as left out; not kept: topics, tags, difficulty, sources, "
        "per-answer feedback, Markdown",
    ),
    BankFormat(
        "quizlet", "Quizlet export (term, tab, definition)", quizlet.QUIZLET,
        options=("encoding",),
        reads="one card a line (term, tab, definition): a typed question and a choice question "
        "per card",
    ),
    BankFormat(
        "json", "CivicQuiz bank (JSON)", native.NATIVE, exporters.export_json, ".json",
        reads="our own format (`question_banks/schema.json`), with topics and lessons",
        writes="everything",
    ),
)  # fmt: skip
BY_NAME: dict[str, BankFormat] = {f.name: f for f in FORMATS}
IMPORTERS: dict[str, Importer] = {f.name: f.reader for f in FORMATS if f.reader is not None}
WRITABLE: dict[str, BankFormat] = {f.name: f for f in FORMATS if f.writer is not None}


def import_choices() -> dict[str, str]:
    """Every format that can be imported, by name, with its label."""
    return {name: importer.description for name, importer in IMPORTERS.items()}


def export_choices() -> dict[str, str]:
    """Every format a bank can be written in, by name, with its label."""
    return {name: f.label for name, f in WRITABLE.items()}


def file_dialog_filters() -> list[str]:
    """Qt file-dialog filters for importing: all bank files first, then one per format."""
    patterns: list[str] = []
    lines = []
    for importer in IMPORTERS.values():
        own = [f"*{ext}" for ext in importer.extensions if ext.count(".") == 1]
        patterns += [p for p in own if p not in patterns]
        lines.append(f"{importer.description} ({' '.join(own)})")
    return [f"Question banks ({' '.join(patterns)})", *lines, "All files (*)"]


def readme_table() -> list[str]:
    """README's format table, row by row, as Markdown."""
    rows = ["| format | what comes in | what goes out |", "| --- | --- | --- |"]
    for f in FORMATS:
        rows.append(f"| {f.label} | {f.reads} | {f.writes} |")
    return rows


def export_bank(bank: Bank, format_name: str) -> Export:
    """``bank`` written in the named format, with what was left out and not kept."""
    found = WRITABLE.get(format_name)
    if found is None or found.writer is None:
        known = ", ".join(WRITABLE)
        raise ValueError(f"cannot write the format {format_name!r} (known: {known})")
    return found.writer(bank)


def _bytes_reader(name: str) -> Callable[[bytes], ParseResult]:
    reader = IMPORTERS[name].parse_bytes
    assert reader is not None, name
    return reader


def detect_format(text: str, path: Path) -> str | None:
    """The format the content says, surest first; the extension only breaks a near tie
    (a ``.txt`` Aiken file with braces is Aiken, a ``.xml`` file is read by its root)."""
    suffix = "".join(path.suffixes[-2:]).lower()
    best, score = None, 0.0
    for importer in IMPORTERS.values():
        value = importer.sniff(text)
        matches = [ext for ext in importer.extensions if suffix.endswith(ext)]
        specific = bool(matches) and max(matches, key=len) != ".txt"
        if value <= 0:  # nothing in the content: a specific extension alone may decide
            value = 0.5 if specific else 0.0
        elif matches:
            value += 0.05 if specific else 0.01
        if value > score:
            best, score = importer.name, value
    return best if score >= 0.5 else None


def import_text(
    text: str,
    *,
    source: str,
    format_name: str,
    encoding: str = "utf-8",
    bank_key: str | None = None,
    skip_invalid: bool = False,
) -> ImportResult:
    """Parse ``text`` and check every question. Refuses the whole file (raising
    :class:`ImportRefused` with every problem) unless ``skip_invalid``, in which case the
    invalid questions are listed as skipped instead."""
    return finish_import(
        run_parser(IMPORTERS[format_name].parse, text),
        source=source,
        format_name=format_name,
        encoding=encoding,
        bank_key=bank_key,
        skip_invalid=skip_invalid,
    )


def import_file(
    path: Path,
    *,
    format_name: str | None = None,
    encoding: str | None = None,
    skip_invalid: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    bank_key: str | None = None,
    csv_columns: dict[int, str] | None = None,
) -> ImportResult:
    """Read, detect, parse and check a bank file; see :func:`import_text`. ``csv_columns``
    says what each CSV column holds when its header is not recognised."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(source, [f"{source}:1: cannot read the file ({exc.strerror})"]) from exc
    if size > max_bytes:
        raise ImportRefused(
            source,
            [
                f"{source}:1: the file is {size / 2**20:.1f} MB; the limit is {max_bytes / 2**20:.3g} MB"
            ],
        )
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04") and format_name in (None, "xlsx", "qti"):
        # A zip: a spreadsheet or a QTI content package, read from its bytes.
        zipped = format_name or (
            "qti" if b"imsmanifest.xml" in data else "xlsx" if b"xl/workbook.xml" in data else None
        )
        if zipped is None:
            raise ImportRefused(
                source,
                [f"{source}:1: this is a zip file but neither an .xlsx workbook nor a QTI "
                 "package (imsmanifest.xml); unpack it and import the bank file inside"],
            )  # fmt: skip
        return finish_import(
            run_parser(_bytes_reader(zipped), data),
            source=source,
            format_name=zipped,
            encoding="",
            bank_key=bank_key,
            skip_invalid=skip_invalid,
        )
    try:
        text, used_encoding = decode(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ImportRefused(
            source, [f"{source}:1: cannot decode the file as {encoding}: {exc}"]
        ) from exc
    if format_name is None and (kind := unsupported_kind(text)):
        raise ImportRefused(
            source,
            [f"{source}:1: this is {kind}, which CivicQuiz does not import; export the questions "
             "from your tool as Moodle XML or GIFT (in Moodle: Question bank, Export) and import "
             "that file"],
        )  # fmt: skip
    name = format_name or detect_format(text, path)
    if name is None:
        known = ", ".join(sorted(IMPORTERS))
        raise ImportRefused(
            source, [f"{source}:1: cannot tell the file's format; name it with --format ({known})"]
        )
    if name not in IMPORTERS:
        raise ImportRefused(source, [f"{source}:1: unknown format {name!r}"])
    importer = IMPORTERS[name]
    if csv_columns is not None and importer.parse_columns is not None:
        parse_columns = importer.parse_columns
        return finish_import(
            run_parser(lambda t: parse_columns(t, csv_columns), text),
            source=source,
            format_name=name,
            encoding=used_encoding,
            bank_key=bank_key,
            skip_invalid=skip_invalid,
        )
    if importer.parse_bytes is not None and encoding is None:
        return finish_import(
            run_parser(importer.parse_bytes, data),
            source=source,
            format_name=name,
            encoding="",
            bank_key=bank_key,
            skip_invalid=skip_invalid,
        )
    return import_text(
        text,
        source=source,
        format_name=name,
        encoding=used_encoding,
        bank_key=bank_key,
        skip_invalid=skip_invalid,
    )


# Readers that hand over questions one at a time (memory flat whatever the file's size, no
# bound on the number of questions); the others read the whole file, within MAX_QUESTIONS.
STREAMED: dict[str, Callable[[Path, ParseResult], Iterator[Question]]] = {
    "moodle-xml": moodle_xml.stream_moodle_xml,
    "csv": csv_bank.stream_csv,
}


@dataclass
class StreamedFile:
    """A bank file being read piece by piece: its format, what the reader has found so far
    besides questions (problems, skipped items, topics), and the checked questions."""

    source: str
    format: str
    found: ParseResult
    questions: Iterator[Question]

    stopped: bool = False  # too many problems: the rest was not read, the file is refused

    def refusal(self, skip_invalid: bool) -> ImportRefused | None:
        """Once every question is read: the refusal when any was wrong (unless
        ``skip_invalid``, which lists them as skipped; but a file whose reading stopped at
        :data:`MAX_STREAM_PROBLEMS` is refused even then)."""
        problems = sorted(self.found.problems, key=lambda p: p.line)
        if problems and (self.stopped or not skip_invalid):
            return ImportRefused(self.source, [p.render(self.source) for p in problems])
        self.found.skipped.extend(Skipped(p.line, p.message) for p in problems)
        self.found.problems.clear()
        return None


def open_stream(
    path: Path,
    *,
    format_name: str | None = None,
    encoding: str | None = None,
    csv_columns: dict[int, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> StreamedFile | None:
    """``path`` opened for a streamed import when its format has a streaming reader that
    takes it (see :data:`STREAMED`), else None (read it with :func:`import_file`). The size
    limit is checked here too; nothing is read past the first few KB until iterated."""
    source = str(path)
    if encoding is not None or csv_columns is not None:
        return None
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(5000)
    except OSError:
        return None  # import_file says why
    if size > max_bytes or head.startswith(b"PK\x03\x04"):
        return None
    text = head.decode("utf-8", errors="replace")
    if format_name is None:
        if unsupported_kind(text):
            return None
        format_name = detect_format(text, path)
    reader = STREAMED.get(format_name or "")
    if reader is None or format_name is None:
        return None
    found = ParseResult()
    try:
        questions = reader(path, found)
    except NotStreamable:
        return None
    streamed = StreamedFile(source, format_name, found, iter(()))
    found.problems = _Problems()
    streamed.questions = _until_too_many(streamed, check_stream(questions, found, format_name))
    return streamed


MAX_STREAM_PROBLEMS = 1_000  # a streamed file stops being read past this many problems


class _TooMany(Exception):
    pass


class _Problems(list[Problem]):
    """A reader's list of problems that stops the reading once it holds
    :data:`MAX_STREAM_PROBLEMS` (the readers append to it as they go)."""

    def append(self, problem: Problem) -> None:
        if len(self) >= MAX_STREAM_PROBLEMS:
            raise _TooMany
        super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)


def _until_too_many(streamed: StreamedFile, questions: Iterator[Question]) -> Iterator[Question]:
    """The questions, until the file has had :data:`MAX_STREAM_PROBLEMS` problems: the
    list of problems must not grow with a file of any size."""
    problems = streamed.found.problems
    try:
        yield from questions
    except _TooMany:
        streamed.stopped = True
        line = max(p.line for p in problems)
        message = (f"{MAX_STREAM_PROBLEMS:,} problems found; the rest of the file was not read "
                   "(nothing was imported)")  # fmt: skip
        list.append(problems, Problem(line, message))
