"""What an operation changed, so that every screen showing it can refresh itself.

In the manner of Anki's ``OpChanges``: a service that writes returns a :class:`Changed`
(its result and the kinds of data it touched); the GUI broadcasts the kinds with one
signal. No Qt here: the flags are plain :class:`enum.Flag` values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Changes(enum.Flag):
    NONE = 0
    LEARNERS = enum.auto()  # learners added, renamed, removed, their settings
    BANKS = enum.auto()  # banks imported, enabled, removed; questions edited
    ATTEMPTS = enum.auto()  # quizzes started, answered, finished; results merged
    EXAMS = enum.auto()  # exams created, opened or closed by the teacher
    CLASSES = enum.auto()  # classes and their members
    SETTINGS = enum.auto()  # this computer's settings (kiosk, PINs)


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A service's result together with what it changed."""

    value: T
    changes: Changes
