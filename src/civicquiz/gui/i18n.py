"""Interface languages: English (built in), Russian and Kazakh (Qt Linguist .qm files).

English has a .qm file too, holding only the plural forms of messages counted with ``%n``
("1 question", "2 questions"): without it Qt would show the source text "%n question(s)"."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from civicquiz.paths import resource_path

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
_installed: list[QTranslator] = []
T = TypeVar("T")


def install_language(code: str) -> bool:
    """Switch the interface language; returns False when its translation is missing."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    try:
        path = resource_path("resources", "translations", f"civicquiz_{code}.qm")
    except FileNotFoundError:
        return code == "en"  # English reads as written, only "%n" plurals are rougher
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return code == "en"
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own words (the buttons of message boxes and dialogs: Cancel, Show Details…).
    qt_words = QTranslator(app)
    if code != "en" and qt_words.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    return True


def collator(code: str | None = None) -> QCollator:
    """ICU's collation for the interface language (or ``code``): Kazakh puts ә after а, ғ
    after г, ұ before ү and і after ы, where code-point order would put them after я.
    Letter case and numbers compare as a reader expects ("7B" before "10A")."""
    found = QCollator(QLocale(code) if code else QLocale())
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)
    return found


def sorted_by_name(
    items: Iterable[T], name: Callable[[T], str], code: str | None = None
) -> list[T]:
    """``items`` in the alphabetical order of the language, by the text ``name`` gives."""
    key = collator(code).sortKey
    return sorted(items, key=lambda item: key(name(item)))


def upper(text: str, code: str | None = None) -> str:
    """Upper case by the language's rules (ICU through QLocale), not Python's."""
    return (QLocale(code) if code else QLocale()).toUpper(text)
