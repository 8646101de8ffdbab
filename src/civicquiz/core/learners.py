"""Learner profiles and app-wide settings."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from civicquiz import computer
from civicquiz.core.models import AppSetting, Learner, utcnow
from civicquiz.core.progress import DEFAULT_LEARNER_SETTINGS, LAST_LEARNER

# the rule lives in core.progress (no SQLAlchemy: the home screen asks it at start-up)
from civicquiz.core.progress import content_language as content_language
from civicquiz.core.quiz import QuizError

# content_language lives in core.progress (no SQLAlchemy: the home screen asks it at start-up)
__all__ = ["DEFAULT_LEARNER_SETTINGS", "LAST_LEARNER", "content_language"]


class LearnerError(QuizError):
    """A profile operation was refused; the message is for the user."""


def _clean(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise LearnerError("A learner needs a name.")
    if len(clean) > 60:
        raise LearnerError("Please keep the name under 60 characters.")
    return clean


def _same_name(session: Session, clean: str, other_than: int | None = None) -> str | None:
    """An existing learner's name that differs from ``clean`` only in case (or is equal),
    in any script: "aigerim" and "Aigerim", "айгерим" and "Айгерим" are one person.
    Compared in Python, as SQLite's lower() only folds ASCII letters."""
    wanted = unicodedata.normalize("NFC", clean).casefold()
    for learner_id, name in session.exec(select(Learner.id, Learner.name)):
        if learner_id != other_than and unicodedata.normalize("NFC", name).casefold() == wanted:
            return name
    return None


def list_learners(session: Session) -> list[Learner]:
    return list(session.exec(select(Learner).order_by(col(Learner.last_active_at).desc())))


def add_learner(session: Session, name: str) -> Learner:
    clean = _clean(name)
    if (existing := _same_name(session, clean)) is not None:
        raise LearnerError(f"There is already a learner called {existing}.")
    learner = Learner(name=clean, settings=dict(DEFAULT_LEARNER_SETTINGS))
    session.add(learner)
    session.flush()  # the caller commits (one unit of work)
    session.refresh(learner)
    return learner


def rename_learner(session: Session, learner_id: int, name: str) -> Learner:
    clean = _clean(name)
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise LearnerError("That learner no longer exists.")
    if (existing := _same_name(session, clean, other_than=learner_id)) is not None:
        raise LearnerError(f"There is already a learner called {existing}.")
    learner.name = clean
    session.add(learner)
    session.flush()  # the caller commits (one unit of work)
    session.refresh(learner)
    return learner


def delete_learner(session: Session, learner_id: int) -> None:
    """Delete a learner with all their attempts, answers and review state."""
    session.execute(delete(Learner).where(col(Learner.id) == learner_id))
    session.flush()  # the caller commits (one unit of work)


def learner_settings(learner: Learner) -> dict[str, Any]:
    return DEFAULT_LEARNER_SETTINGS | dict(learner.settings or {})


def update_learner_settings(session: Session, learner_id: int, **changes: Any) -> dict[str, Any]:
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise LearnerError("That learner no longer exists.")
    learner.settings = learner_settings(learner) | changes
    session.add(learner)
    session.flush()  # the caller commits (one unit of work)
    return learner_settings(learner)


def touch_learner(session: Session, learner_id: int, here: Path | None = None) -> None:
    """The learner starts using the app; with ``here`` (this computer's data folder) they
    become the one this computer opens with next time. Other seats are not affected."""
    learner = session.get(Learner, learner_id)
    if learner is not None:
        learner.last_active_at = utcnow()
        session.add(learner)
        session.flush()  # the caller commits (one unit of work)
        if here is not None:
            computer.update(here, **{LAST_LEARNER: learner_id})


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(AppSetting, key) or AppSetting(key=key)
    row.value = value
    session.add(row)
    session.flush()


def last_learner(session: Session, here: Path) -> Learner | None:
    """Who used this computer last (kept per computer, not in the shared database)."""
    learner_id = computer.get(here, LAST_LEARNER)
    return session.get(Learner, learner_id) if isinstance(learner_id, int) else None
