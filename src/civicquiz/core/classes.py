"""Classes defined by teachers, the class a seat shows, and a learner's optional PIN.

A teacher defines classes (7A, 7B, ...). On a seat, a learner picks their class once: the
choice is this computer's (its settings file), and from then on the seat lists only that
class's learners, and learners added there join it. A learner may protect their profile
with a short PIN (4 to 6 digits), stored as a salted scrypt hash, with wrong PINs
throttled as the teacher's PIN is.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from civicquiz import computer
from civicquiz.core.learners import LearnerError
from civicquiz.core.models import Classroom, Learner, utcnow
from civicquiz.core.pins import FIRST_WAIT, FREE_TRIES, LONGEST_WAIT, SCRYPT, PinCheck, _digest

SEAT_CLASS = computer.CLASS


class ClassError(ValueError):
    """A class operation was refused; the message is for the user."""


def list_classes(session: Session) -> list[Classroom]:
    return list(session.exec(select(Classroom).order_by(col(Classroom.name))))


def create_class(session: Session, name: str) -> Classroom:
    clean = " ".join(name.split())
    if not clean or len(clean) > 40:
        raise ClassError("A class needs a name of up to 40 characters.")
    if session.exec(select(Classroom).where(Classroom.name == clean)).first():
        raise ClassError(f"There is already a class called {clean}.")
    made = Classroom(name=clean)
    session.add(made)
    session.flush()  # the caller commits (one unit of work)
    session.refresh(made)
    return made


def delete_class(session: Session, class_id: int) -> None:
    """Delete a class; its learners stay, in no class."""
    found = session.get(Classroom, class_id)
    if found is not None:
        session.delete(found)
        session.flush()  # the caller commits (one unit of work)


def seat_class(session: Session, here: Path) -> Classroom | None:
    """The class this computer shows (None: every learner)."""
    class_id = computer.get(here, SEAT_CLASS)
    return session.get(Classroom, class_id) if isinstance(class_id, int) else None


def choose_seat_class(here: Path, class_id: int | None) -> None:
    computer.update(here, **{SEAT_CLASS: class_id})


def learners_for_seat(session: Session, here: Path) -> list[Learner]:
    """The learners this seat lists: its class's, most recently active first."""
    query = select(Learner).order_by(col(Learner.last_active_at).desc())
    chosen = seat_class(session, here)
    if chosen is not None:
        query = query.where(Learner.class_id == chosen.id)
    return list(session.exec(query))


def join_seat_class(session: Session, learner_id: int, here: Path) -> None:
    """A learner added on this seat joins its class (if it has one)."""
    chosen = seat_class(session, here)
    learner = session.get(Learner, learner_id)
    if chosen is not None and learner is not None:
        learner.class_id = chosen.id
        session.add(learner)
        session.flush()  # the caller commits (one unit of work)


# -- a learner's PIN --------------------------------------------------------------------


def has_learner_pin(session: Session, learner_id: int) -> bool:
    learner = session.get(Learner, learner_id)
    return bool(learner and learner.pin and learner.pin.get("hash"))


def set_learner_pin(session: Session, learner_id: int, pin: str | None) -> None:
    """Set (or, with None, remove) the learner's PIN."""
    learner = session.get(Learner, learner_id)
    if learner is None:
        raise LearnerError("That learner no longer exists.")
    if pin is None:
        learner.pin = None
    else:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise LearnerError("A learner's PIN is 4 to 6 digits.")
        salt = secrets.token_bytes(16)
        learner.pin = {"salt": salt.hex(), "hash": _digest(pin, salt, **SCRYPT).hex(), **SCRYPT}
    session.add(learner)
    session.flush()  # the caller commits (one unit of work)


def check_learner_pin(
    session: Session, learner_id: int, pin: str, now: datetime | None = None
) -> PinCheck:
    """True for a learner without a PIN, or with this PIN; wrong PINs are throttled."""
    now = now or utcnow()
    learner = session.get(Learner, learner_id)
    if learner is None:
        return PinCheck(ok=False)
    stored = dict(learner.pin or {})
    if not stored.get("hash"):
        return PinCheck(ok=True)
    if stored.get("until"):
        locked_until = datetime.fromisoformat(stored["until"])
        if locked_until > now:
            return PinCheck(
                ok=False, wait_seconds=max(1, int((locked_until - now).total_seconds() + 0.999))
            )
    digest = _digest(pin, bytes.fromhex(stored["salt"]), stored["n"], stored["r"], stored["p"])
    if hmac.compare_digest(digest.hex(), stored["hash"]):
        stored.update(failures=0, until=None)
        ok = True
    else:
        count = int(stored.get("failures", 0)) + 1
        wait: timedelta | None = None
        if count >= FREE_TRIES:
            wait = min(LONGEST_WAIT, FIRST_WAIT * 2 ** (count - FREE_TRIES))
        stored.update(failures=count, until=(now + wait).isoformat() if wait else None)
        ok = False
    learner.pin = stored
    session.add(learner)
    session.flush()  # the caller commits (one unit of work)
    return PinCheck(ok=ok)


# -- who is in which class ---------------------------------------------------------------


def class_roster(session: Session) -> list[tuple[int, str, int | None]]:
    """Every learner as (id, name, class id or None), by name."""
    return [
        (lr.id or 0, lr.name, lr.class_id)
        for lr in session.exec(select(Learner).order_by(col(Learner.name)))
    ]


def learner_class(session: Session, learner_id: int) -> int | None:
    learner = session.get(Learner, learner_id)
    return learner.class_id if learner is not None else None


def move_learners(session: Session, learner_ids: list[int], class_id: int | None) -> int:
    """Put the learners in the class (None: in no class); returns how many moved. The
    learners' results stay theirs whatever class they are in."""
    if class_id is not None and session.get(Classroom, class_id) is None:
        raise ClassError("That class no longer exists.")
    moved = 0
    for learner_id in learner_ids:
        learner = session.get(Learner, learner_id)
        if learner is None:
            raise LearnerError("That learner no longer exists.")
        if learner.class_id != class_id:
            learner.class_id = class_id
            session.add(learner)
            moved += 1
    session.flush()  # the caller commits (one unit of work)
    return moved
