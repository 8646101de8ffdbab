"""Classes, the class a seat (computer) belongs to, and learners' own PINs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import read_only, unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.pins import PinCheck


@dataclass(frozen=True)
class SeatClasses:
    chosen: int | None  # the class this computer is set to, if any
    classes: list[tuple[int, str]]  # every class: id, name


def list_classes(engine: Engine) -> list[tuple[int, str]]:
    from civicquiz.core.classes import list_classes as classes

    with read_only(engine) as session:
        return [(c.id or 0, c.name) for c in classes(session)]


def classes_and_roster(
    engine: Engine,
) -> tuple[list[tuple[int, str]], list[tuple[int, str, int | None]]]:
    """Every class (id, name) and every learner with their class (id, name, class id)."""
    from civicquiz.core.classes import class_roster
    from civicquiz.core.classes import list_classes as classes

    with read_only(engine) as session:
        return [(c.id or 0, c.name) for c in classes(session)], class_roster(session)


def seat_classes(engine: Engine, here: Path) -> SeatClasses:
    """The classes to choose from on this computer, and the one chosen."""
    from civicquiz.core.classes import list_classes as classes
    from civicquiz.core.classes import seat_class

    with read_only(engine) as session:
        chosen = seat_class(session, here)
        listed = [(c.id or 0, c.name) for c in classes(session)]
        return SeatClasses(chosen.id if chosen is not None else None, listed)


def create_class(engine: Engine, name: str) -> Changed[int]:
    from civicquiz.core.classes import create_class as create

    with unit_of_work(engine) as session:
        return Changed(create(session, name).id or 0, Changes.CLASSES)


def delete_class(engine: Engine, class_id: int) -> Changed[None]:
    from civicquiz.core.classes import delete_class as delete

    with unit_of_work(engine) as session:
        delete(session, class_id)
        return Changed(None, Changes.CLASSES | Changes.LEARNERS)


def has_learner_pin(engine: Engine, learner_id: int) -> bool:
    from civicquiz.core.classes import has_learner_pin as has

    with read_only(engine) as session:
        return has(session, learner_id)


def check_learner_pin(engine: Engine, learner_id: int, pin: str) -> Changed[PinCheck]:
    """Check a learner's PIN (a wrong one is counted, hence a write)."""
    from civicquiz.core.classes import check_learner_pin as check

    with unit_of_work(engine) as session:
        return Changed(check(session, learner_id, pin), Changes.NONE)


def change_learner_pin(
    engine: Engine, learner_id: int, old: str | None, new: str | None
) -> Changed[bool]:
    """Set, change or remove (``new`` empty) a learner's PIN; with ``old`` given it must be
    right first. Returns whether the PIN was changed."""
    from civicquiz.core.classes import check_learner_pin as check
    from civicquiz.core.classes import set_learner_pin

    with unit_of_work(engine) as session:
        if old is not None and not check(session, learner_id, old).ok:
            return Changed(False, Changes.NONE)
        set_learner_pin(session, learner_id, new or None)
        return Changed(True, Changes.LEARNERS)


def learner_classes(engine: Engine, learner_id: int) -> tuple[list[tuple[int, str]], int | None]:
    """Every class (id, name) and the one the learner is in (None: none)."""
    from civicquiz.core.classes import learner_class
    from civicquiz.core.classes import list_classes as classes

    with read_only(engine) as session:
        listed = [(c.id or 0, c.name) for c in classes(session)]
        return listed, learner_class(session, learner_id)


def move_learners(engine: Engine, learner_ids: list[int], class_id: int | None) -> Changed[int]:
    """Put the learners in the class (None: in no class), all or none; how many moved."""
    from civicquiz.core.classes import move_learners as move

    with unit_of_work(engine) as session:
        return Changed(move(session, learner_ids, class_id), Changes.CLASSES | Changes.LEARNERS)
