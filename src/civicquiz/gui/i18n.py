"""Interface languages: English (built in), Russian and Kazakh (Qt Linguist .qm files)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from civicquiz.paths import resource_path

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
_installed: list[QTranslator] = []


def install_language(code: str) -> bool:
    """Switch the interface language; returns False when its translation is missing."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return True
    try:
        path = resource_path("resources", "translations", f"civicquiz_{code}.qm")
    except FileNotFoundError:
        return False
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
