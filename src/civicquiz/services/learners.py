"""Learners: choosing one, their settings, and the kiosk's one-visit guests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.kiosk import KioskSettings


@dataclass(frozen=True)
class LearnerState:
    learner_id: int
    name: str
    settings: dict[str, Any]


def open_learner(
    engine: Engine, learner_id: int, here: Path | None
) -> Changed[LearnerState | None]:
    """The learner starts using the app (on this computer, when ``here`` is given: the one
    it opens with next time); returns their settings, or None when they no longer exist."""
    from civicquiz.core.learners import learner_settings, touch_learner
    from civicquiz.core.models import Learner

    with unit_of_work(engine) as session:
        touch_learner(session, learner_id, here)
        learner = session.get(Learner, learner_id)
        if learner is None:
            return Changed(None, Changes.NONE)
        state = LearnerState(learner_id, learner.name, learner_settings(learner))
        return Changed(state, Changes.LEARNERS)


def update_settings(
    engine: Engine, learner_id: int, changes: dict[str, Any]
) -> Changed[dict[str, Any]]:
    """Keep ``changes`` with the learner; returns all their settings."""
    from civicquiz.core.learners import update_learner_settings

    with unit_of_work(engine) as session:
        return Changed(update_learner_settings(session, learner_id, **changes), Changes.LEARNERS)


def start_guest(
    engine: Engine, settings: KioskSettings, language: str | None
) -> Changed[LearnerState]:
    """A kiosk visitor begins: a fresh anonymous learner in the ``language`` chosen."""
    from civicquiz.core.kiosk import start_guest as start

    with unit_of_work(engine) as session:
        guest = start(session, settings, language=language)
        return Changed(
            LearnerState(guest.id or 0, guest.name, dict(guest.settings)), Changes.LEARNERS
        )


def end_guest(engine: Engine, guest_id: int, settings: KioskSettings) -> Changed[None]:
    """The visit is over: the guest's answers kept anonymously or deleted, as the kiosk
    is set."""
    from civicquiz.core.kiosk import end_guest as end

    with unit_of_work(engine) as session:
        end(session, guest_id, settings)
        return Changed(None, Changes.LEARNERS | Changes.ATTEMPTS)


def learners_for_seat(engine: Engine, here: Path) -> list[tuple[int, str]]:
    """The learners offered on this computer (its class's, or everyone): id, name."""
    from civicquiz.core.classes import learners_for_seat as for_seat
    from civicquiz.services.unit import read_only

    with read_only(engine) as session:
        return [(lr.id or 0, lr.name) for lr in for_seat(session, here)]


def add_learner(engine: Engine, name: str, here: Path) -> Changed[tuple[int, str]]:
    """A new learner, in this computer's class when it has one; their id and clean name."""
    from civicquiz.core.classes import join_seat_class
    from civicquiz.core.learners import add_learner as add

    with unit_of_work(engine) as session:
        learner = add(session, name)
        join_seat_class(session, learner.id or 0, here)
        return Changed((learner.id or 0, learner.name), Changes.LEARNERS | Changes.CLASSES)


def rename_learner(engine: Engine, learner_id: int, name: str) -> Changed[str]:
    from civicquiz.core.learners import rename_learner as rename

    with unit_of_work(engine) as session:
        return Changed(rename(session, learner_id, name).name, Changes.LEARNERS)


def delete_learner(engine: Engine, learner_id: int) -> Changed[None]:
    """The learner with all their attempts, answers and review state."""
    from civicquiz.core.learners import delete_learner as delete

    with unit_of_work(engine) as session:
        delete(session, learner_id)
        return Changed(None, Changes.LEARNERS | Changes.ATTEMPTS | Changes.CLASSES)
