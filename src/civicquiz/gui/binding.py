"""A check of the installed Qt binding for a known fatal bug.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` in many calls that return
nothing (``QTableWidget.setItem``, ``QTableWidgetItem.setData``, a model reset, ...).
Each call is harmless on its own, but a long session makes thousands of them and the
interpreter then aborts with "Fatal Python error: none_dealloc". The dependency range
excludes that release; this check catches it (or a later release with the same bug) in
an installation made some other way, before the app runs long enough to crash.
From Python 3.12 ``None`` is immortal and the bug cannot do harm, so the check passes.
"""

from __future__ import annotations

import sys

CALLS = 64


def import_qt_without_import_hook() -> None:
    """Import PySide6, then put Python's own ``__import__`` back.

    Importing shiboken replaces ``builtins.__import__`` with a hook that, for every module
    imported from then on, reads the module's source (``inspect.getsource``) to see whether
    it asks for PySide's ``__feature__`` switches, which CivicQuiz never does. That costs
    about a sixth of the time the worker spends importing the database layer, and with
    pydantic, whose modules answer unknown attributes through a module ``__getattr__``, the
    source lookup can import a module that is still half initialised: a circular
    ImportError, and the data cannot be opened. Call it before anything imports PySide6
    (afterwards it changes nothing)."""
    import builtins

    original = builtins.__import__
    import PySide6.QtCore  # noqa: F401  (shiboken installs its hook here)

    builtins.__import__ = original


def none_references_lost(calls: int = CALLS) -> int:
    """How many references to ``None`` ``calls`` void binding calls lost (0 when sound)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem("canary")
    role = Qt.ItemDataRole.UserRole
    item.setData(role, 0)  # the first call may create cached objects
    before = sys.getrefcount(None)
    for value in range(calls):
        item.setData(role, value)
    return max(0, before - sys.getrefcount(None) - calls // 8)


def binding_problem() -> str | None:
    """A message for the user when the installed PySide6 has the bug, else None."""
    if sys.version_info >= (3, 12):
        return None
    if none_references_lost() == 0:
        return None
    from PySide6 import __version__ as version

    return (
        f"the installed PySide6 {version} has a bug that crashes the app after a while "
        "(it loses references to None). Install another release, for example: "
        'pip install "PySide6-Essentials>=6.7,!=6.12.0"'
    )
