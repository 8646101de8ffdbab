"""The use cases of CivicQuiz, one function each, shared by the GUI and the command line.

Each service function owns one unit of work: it opens a session with
:func:`civicquiz.services.unit.unit_of_work`, calls the core (which never commits), and
commits once, or rolls everything back. The GUI runs services through its operations
(:mod:`civicquiz.gui.operations`); the CLI calls them directly. Nothing here imports Qt,
and nothing heavy is imported by this package itself, so the window can import it before
its first paint.

Modules: :mod:`.app_data` (opening the data, start-up, logging), :mod:`.quiz` (quizzes and
answers), :mod:`.exams`, :mod:`.learners` (learners, their settings, kiosk guests),
:mod:`.changes` (what an operation changed).
"""

from __future__ import annotations

from civicquiz.services.app_data import (
    BUILTIN_FINGERPRINT,
    AppData,
    QuickStart,
    adopt_database_settings,
    builtin_bank_file,
    builtin_fingerprint,
    is_refusal,
    log_file,
    open_app_data,
    quick_start,
    remember_topic_counts,
    setup_logging,
    user_message,
)

__all__ = [
    "BUILTIN_FINGERPRINT",
    "AppData",
    "QuickStart",
    "adopt_database_settings",
    "builtin_bank_file",
    "builtin_fingerprint",
    "is_refusal",
    "log_file",
    "open_app_data",
    "quick_start",
    "remember_topic_counts",
    "setup_logging",
    "user_message",
]
