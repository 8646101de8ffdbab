"""Layering: the core, the fact base and the formats never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "civicquiz"
QT_FREE = ["core", "facts", "formats", "migrations", "services"]
# Left as they were (see ARCHITECTURE.md): db.py's session_scope is the one place a session
# commits; quiz.py and outbox.py store each answer in its own short transaction.
CORE_OWN_TRANSACTIONS = {"db.py", "quiz.py", "outbox.py"}
QT_FREE_MODULES = ["cli.py", "paths.py", "preflight.py", "__main__.py"]


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_outside_the_gui() -> None:
    files = [p for folder in QT_FREE for p in (PACKAGE / folder).rglob("*.py")]
    files += [PACKAGE / name for name in QT_FREE_MODULES]
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in files
        if any(
            m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")
            for m in imported_modules(path)
        )
    ]
    assert offenders == []


def test_core_loads_without_pulling_in_qt() -> None:
    code = (
        "import sys, civicquiz.core.db, civicquiz.core.quiz, civicquiz.core.library, civicquiz.facts.generate,"
        " civicquiz.formats.native, civicquiz.services, civicquiz.cli;"
        " print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_window_paints_before_the_database_libraries_load() -> None:
    """Building and showing the main window imports no SQLAlchemy, pydantic or Alembic:
    those load on the worker after the first paint."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from civicquiz.gui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents();"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'pydantic', 'alembic'}));"
        "w.close()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_no_screen_or_command_opens_a_session_or_commits() -> None:
    """Units of work belong to the services: the GUI and the command line call them, and
    the core below never commits (import-linter keeps the ORM out of the GUI)."""
    callers = [*(PACKAGE / "gui").rglob("*.py"), PACKAGE / "cli.py"]
    found = [
        f"{path.relative_to(PACKAGE)}: {word}"
        for path in callers
        for word in ("session_scope", "Session(", ".commit()")
        if word in path.read_text(encoding="utf-8")
    ]
    found += [
        f"{path.relative_to(PACKAGE)}: session.commit()"
        for folder in ("core", "formats", "facts")
        for path in (PACKAGE / folder).rglob("*.py")
        if "session.commit()" in path.read_text(encoding="utf-8")
        and path.name not in CORE_OWN_TRANSACTIONS
    ]
    assert found == []
