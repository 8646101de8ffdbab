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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "CoreMessages"


def _texts() -> list[tuple[str, str]]:
    """(English as the core writes it, its translation). Each text is marked for lupdate
    with QT_TRANSLATE_NOOP; ``{name}`` marks a part the core fills in."""
    english = [
        # grading descriptions
        QT_TRANSLATE_NOOP("CoreMessages", "(no answer)"),
        QT_TRANSLATE_NOOP("CoreMessages", "(nothing selected)"),
        QT_TRANSLATE_NOOP("CoreMessages", "True"),
        QT_TRANSLATE_NOOP("CoreMessages", "False"),
        QT_TRANSLATE_NOOP("CoreMessages", "Other"),
        # refusals of a quiz or exam action
        QT_TRANSLATE_NOOP("CoreMessages", "This quiz is already finished."),
        QT_TRANSLATE_NOOP("CoreMessages", "That quiz no longer exists."),
        QT_TRANSLATE_NOOP("CoreMessages", "That quiz or question no longer exists."),
        QT_TRANSLATE_NOOP("CoreMessages", "That question is not part of this quiz."),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "This question was already answered in this quiz (perhaps on another computer); the first answer counts.",
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "That exam is no longer open."),
        QT_TRANSLATE_NOOP("CoreMessages", "An exam needs a title."),
        QT_TRANSLATE_NOOP("CoreMessages", "An exam has between 1 and 500 questions."),
        QT_TRANSLATE_NOOP("CoreMessages", "The pass mark is a percentage from 0 to 100."),
        QT_TRANSLATE_NOOP("CoreMessages", "Only typed answers can be overruled."),
        QT_TRANSLATE_NOOP("CoreMessages", "That answer was not found."),
        QT_TRANSLATE_NOOP("CoreMessages", "That answer was already marked right."),
        QT_TRANSLATE_NOOP("CoreMessages", "That topic no longer exists."),
        QT_TRANSLATE_NOOP("CoreMessages", "A class needs a name of up to 40 characters."),
        QT_TRANSLATE_NOOP("CoreMessages", "There is already a class called {name}."),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "The built-in bank cannot be deleted; disable it instead."
        ),
        # database and file errors as services.user_message and core.db word them
        QT_TRANSLATE_NOOP("CoreMessages", "Something went wrong with the database: {reason}"),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "the database is busy with another program; please try again in a moment.",
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "the disk is full; free some space and try again."),
        QT_TRANSLATE_NOOP("CoreMessages", "the database cannot be written (read-only)."),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "the database file cannot be opened (check the folder's permissions)."
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "the database server cannot be reached."),
        QT_TRANSLATE_NOOP("CoreMessages", "an unexpected database error (details are in the log)."),
        QT_TRANSLATE_NOOP("CoreMessages", "A file could not be used ({file}): {reason}."),
        QT_TRANSLATE_NOOP("CoreMessages", "A file could not be used: {reason}."),
        QT_TRANSLATE_NOOP("CoreMessages", "That could not be done."),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "Something went wrong; the details are in CivicQuiz's log."
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The database {path} is in use by another program (it is locked). Nothing was changed. Close the other CivicQuiz window or program and try again.",
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The disk holding {folder} is full, so CivicQuiz cannot open its database. Nothing was changed. Free some space and try again.",
        ),
        # what an import finds wrong (formats.*), shown after "FILE:LINE: "
        QT_TRANSLATE_NOOP("CoreMessages", "no questions to import"),
        QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "the question text is empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "no correct answer is given"),
        QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file ({reason})"),
        QT_TRANSLATE_NOOP("CoreMessages", "unknown format {name}"),
        QT_TRANSLATE_NOOP("CoreMessages", "an option with no question before it"),
        QT_TRANSLATE_NOOP("CoreMessages", "an ANSWER line with no question before it"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "a question needs at least two options before its ANSWER"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "the file ends before this question's ANSWER line"),
        QT_TRANSLATE_NOOP("CoreMessages", "the answers are not closed with '}'"),
        QT_TRANSLATE_NOOP("CoreMessages", "not well-formed XML: {detail}"),
        QT_TRANSLATE_NOOP("CoreMessages", "the difficulty must be 1, 2 or 3, not {value}"),
        QT_TRANSLATE_NOOP("CoreMessages", "a numeric answer must be a number, not {value}"),
        QT_TRANSLATE_NOOP("CoreMessages", "the same question as on line {line}"),
        QT_TRANSLATE_NOOP("CoreMessages", "line {line}: {problem}"),
        # format names (formats.registry)
        QT_TRANSLATE_NOOP(
            "CoreMessages", "Embedded answers (Moodle cloze text, one question a file)"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "CivicQuiz bank (JSON)"),
        QT_TRANSLATE_NOOP("CoreMessages", "GIFT (Moodle text format)"),
        QT_TRANSLATE_NOOP("CoreMessages", "Moodle XML"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "IMS QTI 2.1/3.0 item or package (choice, text entry, match, order)"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "Aiken (plain text)"),
        QT_TRANSLATE_NOOP("CoreMessages", "CSV or TSV from a spreadsheet"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "Excel workbook (.xlsx) in a CSV layout, Kahoot's template included"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "Quizlet export (term, tab, definition)"),
    ]
    # PySide6 types QT_TRANSLATE_NOOP as returning object; it returns the text it marks
    return [(str(text), QCoreApplication.translate(CONTEXT, str(text))) for text in english]


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
