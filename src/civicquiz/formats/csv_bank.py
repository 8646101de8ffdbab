"""CSV and TSV banks from spreadsheets.

Columns are recognised by their header in any of the usual spellings (see ``ROLES``), so
files made for other tools import as they are; ``question_banks/csv-template.csv`` shows
our own layout. The correct answer may be given as a letter (``B``), a 1-based index
(``2``) or the option's text; several answers are separated by ``;`` or given in several
answer columns.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from civicquiz.core.bank import NumericAnswer, Option, Question
from civicquiz.core.grading import normalize_answer
from civicquiz.formats.base import (
    Importer,
    NotStreamable,
    ParseResult,
    Problem,
    ReaderLimit,
)

LETTERS = "ABCDEFGH"
ROLES: dict[str, set[str]] = {
    "question": {"question", "questiontext", "stem", "text", "questionbody"},
    "title": {"questionname", "title", "name"},
    "type": {"type", "questiontype", "kind"},
    "answer": {
        "answer",
        "answers",
        "correct",
        "correctanswer",
        "answer1",
        "answer2",
        "answer3",
        "key",
        "correctanswers",
    },
    "explanation": {"explanation", "feedback", "generalfeedback", "rationale"},
    "topic": {"topic", "category"},
    "difficulty": {"difficulty", "level"},
}
_OPTION_HEADER = re.compile(r"^(?:option|choice|answeroption)?([a-h1-8])$")
_TYPES = {
    "single": "single_choice", "singlechoice": "single_choice", "mc": "single_choice", "multichoice": "single_choice",
    "multiple": "multiple_choice", "multiplechoice": "multiple_choice", "multipleanswers": "multiple_choice",
    "truefalse": "true_false", "tf": "true_false", "boolean": "true_false",
    "short": "short_answer", "shortanswer": "short_answer", "text": "short_answer",
    "numeric": "numeric", "number": "numeric", "numerical": "numeric",
}  # fmt: skip
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}


# A number as spreadsheets write it: ASCII digits, "," between thousands, "." for decimals,
# an exponent; bounded so that no cell of digits becomes a huge conversion.
_NUMBER = re.compile(
    r"[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d{0,300})?|\d{1,300},\d{1,300}|\d{1,300}(?:\.\d{0,300})?|\.\d{1,300})"
    r"(?:[eE][+-]?\d{1,3})?",
    re.ASCII,
)
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:[eE].*)?", re.ASCII)


def _to_float(token: str) -> float:
    """A spreadsheet number: "1,000" has a thousands separator, "1,5" a decimal comma."""
    if _THOUSANDS.fullmatch(token):
        return float(token.replace(",", ""))
    return float(token.replace(",", "."))


def _shown(token: str) -> str:
    return repr(token if len(token) <= 40 else token[:40] + "…")


_NUMBER_LIST = re.compile(r"\d{1,2}(?:\s*,\s*\d{1,2})+")


def _canon(header: str) -> str:
    """A header as compared: lower case, no spaces, dashes or brackets, and no hint after a
    dash ("Answer 1 - max 75 characters" is "answer1", as in Kahoot's template)."""
    header = re.split(r"\s+[-–]\s+", header.strip())[0]
    return re.sub(r"[\s_\-()]+", "", header.lower())


COLUMN_ROLES = (
    "ignore",
    "question",
    "option",
    "answer",
    "explanation",
    "topic",
    "type",
    "title",
    "difficulty",
)


def csv_header(text: str) -> list[str]:
    """The first row of a CSV text, for choosing what each column holds."""
    try:
        return next(csv.reader(io.StringIO(text, newline=""), _sniff_dialect(text)))
    except (StopIteration, csv.Error):
        return []


def map_columns(
    header: list[str], chosen: dict[int, str] | None = None
) -> tuple[dict[str, list[int]], list[int]]:
    """Which column holds what: roles to column indexes, and the option columns in order.
    ``chosen`` (column index to role, from :data:`COLUMN_ROLES`) replaces recognition."""
    if chosen is not None:
        picked: dict[str, list[int]] = {}
        for index in sorted(chosen):
            if chosen[index] not in ("ignore", "option"):
                picked.setdefault(chosen[index], []).append(index)
        return picked, [i for i in sorted(chosen) if chosen[i] == "option"]
    roles: dict[str, list[int]] = {}
    options: list[tuple[int, int]] = []
    for index, name in enumerate(header):
        canon = _canon(name)
        for role, names in ROLES.items():
            if canon in names:
                roles.setdefault(role, []).append(index)
                break
        else:
            match = _OPTION_HEADER.match(canon)
            if match:
                token = match.group(1).upper()
                order = LETTERS.index(token) if token in LETTERS else int(token) - 1
                options.append((order, index))
    answers = roles.get("answer", [])
    keyed = [i for i in answers if _canon(header[i]).startswith(("correct", "key"))]
    numbered = [i for i, name in enumerate(header) if re.fullmatch(r"answer\d", _canon(name))]
    if keyed and numbered:  # "Answer 1..4" hold the choices, "Correct answer(s)" the key
        roles["answer"] = [i for i in answers if i not in numbered]
        options += [(int(_canon(header[i])[-1]) - 1, i) for i in numbered]
    return roles, [index for _, index in sorted(options)]


def _sniff_dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        return csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel


def _resolve(token: str, options: list[str]) -> int | None:
    token = token.strip()
    if len(token) == 1 and token.upper() in LETTERS[: len(options)]:
        return LETTERS.index(token.upper())
    if (
        token.isascii()
        and token.isdecimal()
        and len(token) <= 3
        and 1 <= int(token) <= len(options)
    ):
        return int(token) - 1
    wanted = normalize_answer(token)
    for index, option in enumerate(options):
        if normalize_answer(option) == wanted:
            return index
    return None


class _RowError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV row with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), _sniff_dialect(text))
    last_line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _RowError(last_line + 1, f"cannot read this CSV row: {exc}") from exc
        yield last_line + 1, row
        last_line = reader.line_num


def parse_csv(text: str, columns: dict[int, str] | None = None) -> ParseResult:
    return parse_rows(_csv_rows(text), columns)


def parse_rows(
    rows: Iterator[tuple[int, list[str]]], columns: dict[int, str] | None = None
) -> ParseResult:
    """Questions from a table's rows (CSV or a spreadsheet), each with its line or row
    number; the first row is the header."""
    result = ParseResult()
    for question in row_questions(rows, columns, result):
        result.add(question)
    return result


def row_questions(
    rows: Iterator[tuple[int, list[str]]], columns: dict[int, str] | None, result: ParseResult
) -> Iterator[Question]:
    """The questions of a table's rows one at a time; problems and topics go to ``result``."""
    try:
        header_line, header = next(rows)
    except (StopIteration, _RowError):
        result.problems.append(Problem(1, "the file is empty"))
        return
    roles, option_columns = map_columns(header, columns)
    if "question" not in roles:
        expected = ", ".join(sorted(ROLES["question"]))
        result.problems.append(
            Problem(
                header_line,
                f"no question column in the header ({', '.join(header)}); name one of: {expected}, "
                "or say which column holds what (--columns, or Map columns in the app)",
            )
        )
        return

    def cell(row: list[str], role: str) -> str:
        indexes = roles.get(role, [])
        return row[indexes[0]].strip() if indexes and indexes[0] < len(row) else ""

    try:
        for line, row in rows:
            if not any(field.strip() for field in row):
                continue
            stem = cell(row, "question")
            if not stem:
                result.problems.append(Problem(line, "the question text is empty"))
                continue
            options = [row[i].strip() for i in option_columns if i < len(row) and row[i].strip()]
            answers = [
                row[i].strip() for i in roles.get("answer", []) if i < len(row) and row[i].strip()
            ]
            tokens = [t for answer in answers for t in re.split(r"\s*[;|]\s*", answer) if t.strip()]
            if options and all(_NUMBER_LIST.fullmatch(t) for t in tokens):  # Kahoot: "1,3"
                tokens = [n for t in tokens for n in re.split(r"\s*,\s*", t)]
            kind = _TYPES.get(_canon(cell(row, "type")), "")
            if not kind:
                if options:
                    kind = "single_choice" if len(tokens) <= 1 else "multiple_choice"
                elif tokens and all({t.lower()} <= _TRUE | _FALSE for t in tokens):
                    kind = "true_false"
                elif tokens and all(_NUMBER.fullmatch(t) for t in tokens):
                    kind = "numeric"
                else:
                    kind = "short_answer"
            question = Question(
                key="", qtype=kind, stem=stem, line=line, explanation=cell(row, "explanation")
            )
            topic = cell(row, "topic")
            if topic:
                question.topic = topic
                if topic not in result.topics:
                    result.topics.append(topic)
            difficulty = cell(row, "difficulty")
            if difficulty in ("1", "2", "3"):
                question.difficulty = int(difficulty)
            elif difficulty:
                result.problems.append(
                    Problem(line, f"the difficulty must be 1, 2 or 3, not {_shown(difficulty)}")
                )
                continue
            if not tokens:
                result.problems.append(Problem(line, "no correct answer is given"))
                continue
            if kind in ("single_choice", "multiple_choice"):
                chosen = set()
                for token in tokens:
                    index = _resolve(token, options)
                    if index is None:
                        result.problems.append(
                            Problem(
                                line,
                                f"the answer {_shown(token)} is not one of the options (give a letter, a number or the text)",
                            )
                        )
                    else:
                        chosen.add(index)
                if len(chosen) != len(set(tokens)):
                    continue
                question.options = [
                    Option(LETTERS[i].lower(), text, i in chosen) for i, text in enumerate(options)
                ]
            elif kind == "true_false":
                value = tokens[0].lower()
                if value not in _TRUE | _FALSE:
                    result.problems.append(
                        Problem(
                            line, f"a true/false answer must be true or false, not {tokens[0]!r}"
                        )
                    )
                    continue
                truth = value in _TRUE
                question.options = [
                    Option("true", "True", truth),
                    Option("false", "False", not truth),
                ]
            elif kind == "numeric":
                bad = [t for t in tokens if not _NUMBER.fullmatch(t)]
                if bad:
                    result.problems.append(
                        Problem(line, f"a numeric answer must be a number, not {_shown(bad[0])}")
                    )
                    continue
                question.numeric = [NumericAnswer(_to_float(t)) for t in tokens]
            else:
                question.options = [Option(f"s{i}", t, True) for i, t in enumerate(tokens)]
            yield question
    except _RowError as exc:
        result.problems.append(Problem(exc.line, str(exc)))


def stream_csv(path: Path, result: ParseResult) -> Iterator[Question]:
    """The questions of a CSV/TSV file one row at a time (memory flat whatever its size).
    The file is first checked to be UTF-8 piece by piece; any other encoding raises
    :class:`NotStreamable` before anything is read (the whole-file reader detects it)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise NotStreamable("utf-16/32")
        handle.seek(0)
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise NotStreamable("not utf-8") from exc
    result.encoding = "utf-8"
    return _stream_csv(path, result)


def _stream_csv(path: Path, result: ParseResult) -> Iterator[Question]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        dialect = _sniff_dialect(handle.read(20_000))
        handle.seek(0)
        reader = csv.reader(handle, dialect)

        def rows() -> Iterator[tuple[int, list[str]]]:
            last_line = 0
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise _RowError(last_line + 1, f"cannot read this CSV row: {exc}") from exc
                yield last_line + 1, row
                last_line = reader.line_num

        yield from row_questions(rows(), None, result)


def sniff_csv(text: str) -> float:
    first = text.split("\n", 1)[0]
    for delimiter in (",", ";", "\t"):
        names = {_canon(name) for name in first.split(delimiter)}
        if names & ROLES["question"] and len(names) > 2:
            return 0.85
    return 0.0


CSV = Importer(
    "csv",
    (".csv", ".tsv"),
    parse_csv,
    sniff_csv,
    "CSV or TSV from a spreadsheet",
    parse_columns=parse_csv,
)


# -- spreadsheets ------------------------------------------------------------------------

XLSX_MAX_ROWS = 200_000
XLSX_MAX_COLUMNS = 60


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def xlsx_rows(data: bytes) -> Iterator[tuple[int, list[str]]]:
    """The rows of a workbook's first sheet that has a recognised header, from that header
    on, each with its row number (a spreadsheet's own numbering, shown in messages). Rows
    above the header (a template's instructions, as in Kahoot's) are passed over."""
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _RowError(1, f"not a readable .xlsx workbook ({exc})") from exc
    try:
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True, max_col=XLSX_MAX_COLUMNS)
            found = False
            for number, values in enumerate(rows, start=1):
                if number > XLSX_MAX_ROWS:
                    raise ReaderLimit(number, f"the sheet has more than {XLSX_MAX_ROWS:,} rows")
                row = [_cell_text(v) for v in values]
                if not found:
                    roles, _ = map_columns(row) if number <= 50 else ({}, [])
                    found = "question" in roles
                if found:
                    yield number, row
            if found:
                return
    finally:
        book.close()


def parse_xlsx_bytes(data: bytes) -> ParseResult:
    rows = xlsx_rows(data)
    try:
        first = next(rows)
    except StopIteration:
        result = ParseResult()
        result.problems.append(
            Problem(1, "no sheet has a header row with a question column (such as Question)")
        )
        return result
    except _RowError as exc:
        return ParseResult(problems=[Problem(exc.line, str(exc))])

    def again() -> Iterator[tuple[int, list[str]]]:
        yield first
        yield from rows

    return parse_rows(again())


def _no_text(text: str) -> ParseResult:
    return ParseResult(problems=[Problem(1, "a spreadsheet must be read from the file itself")])


XLSX = Importer(
    "xlsx",
    (".xlsx",),
    _no_text,
    lambda text: 0.0,
    "Excel workbook (.xlsx) in a CSV layout, Kahoot's template included",
    parse_bytes=parse_xlsx_bytes,
)
