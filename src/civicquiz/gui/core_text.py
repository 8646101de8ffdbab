"""The core's messages in the interface language, in one place.

The layers below the GUI do not import Qt, so their messages (refusals of a quiz action,
database and file errors, grading descriptions, export format names, the problems an import
finds) are English text. :func:`translate` finds each known message, fixed or with
``{fields}`` taken out of it, and gives Qt's translation under the ``CoreMessages`` context;
``make update-translations`` collects the texts below into the .ts files like any other
interface text. A message not listed here is shown as it is (and the language walk test,
tests/gui/test_no_english.py, is there to notice).
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "CoreMessages"


def _texts() -> list[tuple[str, str]]:
    """(English as the core writes it, its translation). Written out so that lupdate
    sees every text; ``{name}`` marks a part the core fills in."""
    return [
        # grading descriptions
        ("(no answer)", QCoreApplication.translate("CoreMessages", "(no answer)")),
        ("(nothing selected)", QCoreApplication.translate("CoreMessages", "(nothing selected)")),
        ("True", QCoreApplication.translate("CoreMessages", "True")),
        ("False", QCoreApplication.translate("CoreMessages", "False")),
        ("Other", QCoreApplication.translate("CoreMessages", "Other")),
        # refusals of a quiz or exam action
        (
            "This quiz is already finished.",
            QCoreApplication.translate("CoreMessages", "This quiz is already finished."),
        ),
        (
            "That quiz no longer exists.",
            QCoreApplication.translate("CoreMessages", "That quiz no longer exists."),
        ),
        (
            "That quiz or question no longer exists.",
            QCoreApplication.translate("CoreMessages", "That quiz or question no longer exists."),
        ),
        (
            "That question is not part of this quiz.",
            QCoreApplication.translate("CoreMessages", "That question is not part of this quiz."),
        ),
        (
            "This question was already answered in this quiz (perhaps on another computer); "
            "the first answer counts.",
            QCoreApplication.translate(
                "CoreMessages",
                "This question was already answered in this quiz (perhaps on another "
                "computer); the first answer counts.",
            ),
        ),
        (
            "That exam is no longer open.",
            QCoreApplication.translate("CoreMessages", "That exam is no longer open."),
        ),
        (
            "An exam needs a title.",
            QCoreApplication.translate("CoreMessages", "An exam needs a title."),
        ),
        (
            "An exam has between 1 and 500 questions.",
            QCoreApplication.translate("CoreMessages", "An exam has between 1 and 500 questions."),
        ),
        (
            "The pass mark is a percentage from 0 to 100.",
            QCoreApplication.translate(
                "CoreMessages", "The pass mark is a percentage from 0 to 100."
            ),
        ),
        (
            "Only typed answers can be overruled.",
            QCoreApplication.translate("CoreMessages", "Only typed answers can be overruled."),
        ),
        (
            "That answer was not found.",
            QCoreApplication.translate("CoreMessages", "That answer was not found."),
        ),
        (
            "That answer was already marked right.",
            QCoreApplication.translate("CoreMessages", "That answer was already marked right."),
        ),
        (
            "That topic no longer exists.",
            QCoreApplication.translate("CoreMessages", "That topic no longer exists."),
        ),
        (
            "A class needs a name of up to 40 characters.",
            QCoreApplication.translate(
                "CoreMessages", "A class needs a name of up to 40 characters."
            ),
        ),
        (
            "There is already a class called {name}.",
            QCoreApplication.translate("CoreMessages", "There is already a class called {name}."),
        ),
        (
            "The built-in bank cannot be deleted; disable it instead.",
            QCoreApplication.translate(
                "CoreMessages", "The built-in bank cannot be deleted; disable it instead."
            ),
        ),
        # database and file errors as services.user_message and core.db word them
        (
            "Something went wrong with the database: {reason}",
            QCoreApplication.translate(
                "CoreMessages", "Something went wrong with the database: {reason}"
            ),
        ),
        (
            "the database is busy with another program; please try again in a moment.",
            QCoreApplication.translate(
                "CoreMessages",
                "the database is busy with another program; please try again in a moment.",
            ),
        ),
        (
            "the disk is full; free some space and try again.",
            QCoreApplication.translate(
                "CoreMessages", "the disk is full; free some space and try again."
            ),
        ),
        (
            "the database cannot be written (read-only).",
            QCoreApplication.translate(
                "CoreMessages", "the database cannot be written (read-only)."
            ),
        ),
        (
            "the database file cannot be opened (check the folder's permissions).",
            QCoreApplication.translate(
                "CoreMessages",
                "the database file cannot be opened (check the folder's permissions).",
            ),
        ),
        (
            "the database server cannot be reached.",
            QCoreApplication.translate("CoreMessages", "the database server cannot be reached."),
        ),
        (
            "an unexpected database error (details are in the log).",
            QCoreApplication.translate(
                "CoreMessages", "an unexpected database error (details are in the log)."
            ),
        ),
        (
            "A file could not be used ({file}): {reason}.",
            QCoreApplication.translate(
                "CoreMessages", "A file could not be used ({file}): {reason}."
            ),
        ),
        (
            "A file could not be used: {reason}.",
            QCoreApplication.translate("CoreMessages", "A file could not be used: {reason}."),
        ),
        (
            "That could not be done.",
            QCoreApplication.translate("CoreMessages", "That could not be done."),
        ),
        (
            "Something went wrong; the details are in CivicQuiz's log.",
            QCoreApplication.translate(
                "CoreMessages", "Something went wrong; the details are in CivicQuiz's log."
            ),
        ),
        (
            "The database {path} is in use by another program (it is locked). Nothing was "
            "changed. Close the other CivicQuiz window or program and try again.",
            QCoreApplication.translate(
                "CoreMessages",
                "The database {path} is in use by another program (it is locked). Nothing "
                "was changed. Close the other CivicQuiz window or program and try again.",
            ),
        ),
        (
            "The disk holding {folder} is full, so CivicQuiz cannot open its database. "
            "Nothing was changed. Free some space and try again.",
            QCoreApplication.translate(
                "CoreMessages",
                "The disk holding {folder} is full, so CivicQuiz cannot open its database. "
                "Nothing was changed. Free some space and try again.",
            ),
        ),
        # what an import finds wrong (formats.*), shown after "FILE:LINE: "
        (
            "no questions to import",
            QCoreApplication.translate("CoreMessages", "no questions to import"),
        ),
        (
            "the file is empty",
            QCoreApplication.translate("CoreMessages", "the file is empty"),
        ),
        (
            "the question text is empty",
            QCoreApplication.translate("CoreMessages", "the question text is empty"),
        ),
        (
            "no correct answer is given",
            QCoreApplication.translate("CoreMessages", "no correct answer is given"),
        ),
        (
            "cannot read the file ({reason})",
            QCoreApplication.translate("CoreMessages", "cannot read the file ({reason})"),
        ),
        (
            "unknown format {name}",
            QCoreApplication.translate("CoreMessages", "unknown format {name}"),
        ),
        (
            "an option with no question before it",
            QCoreApplication.translate("CoreMessages", "an option with no question before it"),
        ),
        (
            "an ANSWER line with no question before it",
            QCoreApplication.translate("CoreMessages", "an ANSWER line with no question before it"),
        ),
        (
            "a question needs at least two options before its ANSWER",
            QCoreApplication.translate(
                "CoreMessages", "a question needs at least two options before its ANSWER"
            ),
        ),
        (
            "the file ends before this question's ANSWER line",
            QCoreApplication.translate(
                "CoreMessages", "the file ends before this question's ANSWER line"
            ),
        ),
        (
            "the answers are not closed with '}'",
            QCoreApplication.translate("CoreMessages", "the answers are not closed with '}'"),
        ),
        (
            "not well-formed XML: {detail}",
            QCoreApplication.translate("CoreMessages", "not well-formed XML: {detail}"),
        ),
        (
            "the difficulty must be 1, 2 or 3, not {value}",
            QCoreApplication.translate(
                "CoreMessages", "the difficulty must be 1, 2 or 3, not {value}"
            ),
        ),
        (
            "a numeric answer must be a number, not {value}",
            QCoreApplication.translate(
                "CoreMessages", "a numeric answer must be a number, not {value}"
            ),
        ),
        (
            "the same question as on line {line}",
            QCoreApplication.translate("CoreMessages", "the same question as on line {line}"),
        ),
        (
            "line {line}: {problem}",
            QCoreApplication.translate("CoreMessages", "line {line}: {problem}"),
        ),
        # format names (formats.registry)
        (
            "Embedded answers (Moodle cloze text, one question a file)",
            QCoreApplication.translate(
                "CoreMessages", "Embedded answers (Moodle cloze text, one question a file)"
            ),
        ),
        (
            "CivicQuiz bank (JSON)",
            QCoreApplication.translate("CoreMessages", "CivicQuiz bank (JSON)"),
        ),
        (
            "GIFT (Moodle text format)",
            QCoreApplication.translate("CoreMessages", "GIFT (Moodle text format)"),
        ),
        ("Moodle XML", QCoreApplication.translate("CoreMessages", "Moodle XML")),
        (
            "IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)",
            QCoreApplication.translate(
                "CoreMessages",
                "IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)",
            ),
        ),
        (
            "Aiken (plain text)",
            QCoreApplication.translate(
                "CoreMessages",
                "Aiken (plain text)",
            ),
        ),
        (
            "CSV or TSV from a spreadsheet",
            QCoreApplication.translate(
                "CoreMessages",
                "CSV or TSV from a spreadsheet",
            ),
        ),
        (
            "Excel workbook (.xlsx) in a CSV layout, Kahoot's template included",
            QCoreApplication.translate(
                "CoreMessages",
                "Excel workbook (.xlsx) in a CSV layout, Kahoot's template included",
            ),
        ),
        (
            "Quizlet export (term, tab, definition)",
            QCoreApplication.translate(
                "CoreMessages",
                "Quizlet export (term, tab, definition)",
            ),
        ),
    ]


@lru_cache(maxsize=8)
def _patterns(_language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for english, translated in _texts():
        parts = re.split(r"(\{[a-z_]+\})", english)
        regex = "".join(
            f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{[a-z_]+\}", p) else re.escape(p)
            for p in parts
        )
        found.append((re.compile(f"^{regex}$", re.S), translated))
    return tuple(found)


_LOCATED = re.compile(r"^(?P<where>.+?:\d+): (?P<problem>.+)$", re.S)


def translate_problem(message: str) -> str:
    """An import problem ``FILE:LINE: what`` with the what in the interface language."""
    located = _LOCATED.match(message)
    if located is None:
        return translate(message)
    return f"{located['where']}: {translate(located['problem'])}"


def translate(message: str) -> str:
    """``message`` from the core in the interface language (as it is when not known)."""
    for pattern, translated in _patterns(QLocale().name()):
        match = pattern.match(message)
        if match:
            fields = {k: translate(v) for k, v in match.groupdict().items()}
            return translated.format(**fields) if fields else translated
    return message
