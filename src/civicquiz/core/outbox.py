"""Answers that could not reach the database wait in this computer's outbox.

Every answer gets its id (``uid``) the moment it is given. :func:`deliver` stores it, or,
when the database cannot be reached (the classroom server is down, the network is out, a
shared SQLite file stays locked), puts it in the outbox: a small SQLite file in the data
folder, written before the learner sees "saved". :func:`drain` sends what waits there,
oldest first, whenever the database answers again. Sending is idempotent: the database
keeps one answer per id, so an answer sent twice (the computer was switched off after the
server stored it but before the outbox forgot it) is stored once.

Answers the database refuses for good (the quiz was deleted meanwhile) are not dropped:
they stay in the outbox marked refused, with the reason, and are counted.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from civicquiz.core.models import new_uid
from civicquiz.core.quiz import AnswerNotStoredError, QuizError, finish_attempt, store_answer

OUTBOX_FILE = "outbox.sqlite3"
RETRY_AFTER_S = 15.0  # after a failed contact, queue at once for this long

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    refused TEXT
)
"""


@dataclass(frozen=True)
class PendingAnswer:
    """One answer as given: everything needed to store it later, anywhere."""

    attempt_id: int
    question_id: int
    answer: dict[str, Any]
    elapsed_ms: int = 0
    confident: bool = False
    computer_id: str | None = None
    uid: str = field(default_factory=new_uid)
    answered_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    attempt_uid: str | None = None  # a quiz started offline: named by its uid


@dataclass(frozen=True)
class PendingFinish:
    attempt_id: int
    uid: str = field(default_factory=new_uid)
    finished_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    attempt_uid: str | None = None


@dataclass(frozen=True)
class PendingStart:
    """A quiz started while the server was away (see core.offline): the database creates
    it, once, before its answers."""

    learner_id: int
    question_ids: list[int]
    mode: str = "practice"
    title: str = ""
    seed: int = 0
    computer_id: str | None = None
    uid: str = field(default_factory=new_uid)
    started_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())


Pending = PendingAnswer | PendingFinish | PendingStart


def _kind(item: Pending) -> str:
    if isinstance(item, PendingAnswer):
        return "answer"
    return "finish" if isinstance(item, PendingFinish) else "start"


@dataclass(frozen=True)
class Delivery:
    status: str  # "stored" | "queued"
    reason: str = ""  # why it was queued (for logs; never shown raw to the learner)

    @property
    def queued(self) -> bool:
        return self.status == "queued"


@dataclass
class DrainResult:
    sent: int = 0  # stored now
    already: int = 0  # the database had them already (sent before)
    refused: int = 0  # refused for good, kept in the outbox with the reason
    left: int = 0  # still waiting (the database is still out of reach)
    error: str = ""


def unreachable(error: BaseException) -> bool:
    """True when ``error`` means the database could not be reached or used just now (as
    opposed to refusing this particular answer)."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if isinstance(error, AnswerNotStoredError) and error.__cause__ is not None:
        error = error.__cause__  # store_answer's plain message; the cause tells why
    if isinstance(error, OperationalError | InterfaceError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


class Outbox:
    """The outbox file of one computer (``outbox.sqlite3`` in its data folder)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / OUTBOX_FILE
        self.offline_until = 0.0  # monotonic time before which we do not try the database
        self.last_error = ""

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=10)) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute(_SCHEMA)
            with connection:  # one transaction, committed on leaving
                yield connection

    def put(self, item: Pending) -> None:
        kind = _kind(item)
        with self._db() as db:
            db.execute(
                "INSERT OR IGNORE INTO outbox (uid, kind, payload, queued_at) VALUES (?, ?, ?, ?)",
                (item.uid, kind, json.dumps(asdict(item)), datetime.now(UTC).isoformat()),
            )

    def pending_count(self) -> int:
        if not self.path.exists():
            return 0
        with self._db() as db:
            return int(
                db.execute("SELECT count(*) FROM outbox WHERE refused IS NULL").fetchone()[0]
            )

    def refused(self) -> list[tuple[str, str]]:
        """(uid, reason) of every item the database refused for good."""
        if not self.path.exists():
            return []
        with self._db() as db:
            return [
                (str(uid), str(reason))
                for uid, reason in db.execute(
                    "SELECT uid, refused FROM outbox WHERE refused IS NOT NULL ORDER BY seq"
                )
            ]

    def _pending(self) -> list[tuple[str, str, dict[str, Any]]]:
        if not self.path.exists():
            return []
        with self._db() as db:
            return [
                (str(uid), str(kind), json.loads(payload))
                for uid, kind, payload in db.execute(
                    "SELECT uid, kind, payload FROM outbox WHERE refused IS NULL ORDER BY seq"
                )
            ]

    def _done(self, uid: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM outbox WHERE uid = ?", (uid,))

    def _refuse(self, uid: str, reason: str) -> None:
        with self._db() as db:
            db.execute("UPDATE outbox SET refused = ? WHERE uid = ?", (reason, uid))

    def _tried(self, uid: str) -> None:
        with self._db() as db:
            db.execute("UPDATE outbox SET tries = tries + 1 WHERE uid = ?", (uid,))

    def _went_offline(self, error: BaseException) -> None:
        self.offline_until = time.monotonic() + RETRY_AFTER_S
        self.last_error = str(getattr(error, "orig", None) or error).strip().splitlines()[0]

    @property
    def offline(self) -> bool:
        return time.monotonic() < self.offline_until


def _send(engine: Engine, kind: str, payload: dict[str, Any]) -> None:
    """Store one item (a no-op for one the database already holds)."""
    if kind == "start":
        _create_started(engine, payload)
        return
    attempt_id = _attempt_id(engine, payload)
    if kind == "finish":
        finish_attempt(engine, attempt_id, datetime.fromisoformat(payload["finished_at"]))
        return
    store_answer(
        engine,
        attempt_id,
        int(payload["question_id"]),
        dict(payload["answer"]),
        elapsed_ms=int(payload.get("elapsed_ms", 0)),
        confident=bool(payload.get("confident", False)),
        uid=str(payload["uid"]),
        answered_at=datetime.fromisoformat(payload["answered_at"]),
        computer_id=payload.get("computer_id"),
    )


def _attempt_id(engine: Engine, payload: dict[str, Any]) -> int:
    """The database's id of the item's quiz (looked up by uid for one started offline)."""
    if not payload.get("attempt_uid"):
        return int(payload["attempt_id"])
    from sqlmodel import Session, select

    from civicquiz.core.models import Attempt

    with Session(engine) as session:
        found = session.exec(select(Attempt.id).where(Attempt.uid == payload["attempt_uid"]))
        attempt_id = found.first()
    if attempt_id is None:
        raise QuizError("That quiz no longer exists.")
    return attempt_id


def _create_started(engine: Engine, payload: dict[str, Any]) -> None:
    """Create a quiz started offline, unless the database holds it already."""
    from sqlmodel import Session, select

    from civicquiz.core.models import Attempt, Learner

    with Session(engine) as session:
        if session.exec(select(Attempt.id).where(Attempt.uid == payload["uid"])).first():
            return
        learner = session.get(Learner, int(payload["learner_id"]))
        if learner is None:
            raise QuizError("The learner of that quiz no longer exists.")
        started = datetime.fromisoformat(payload["started_at"])
        session.add(
            Attempt(
                uid=str(payload["uid"]),
                learner_id=learner.id or 0,
                computer_id=payload.get("computer_id"),
                mode=str(payload.get("mode", "practice")),
                title=str(payload.get("title", "")),
                started_at=started,
                seed=int(payload.get("seed", 0)),
                question_ids=[int(q) for q in payload["question_ids"]],
            )
        )
        last = learner.last_active_at
        if (last if last.tzinfo else last.replace(tzinfo=UTC)) < started:
            learner.last_active_at = started
            session.add(learner)
        session.commit()


def drain(engine: Engine, outbox: Outbox) -> DrainResult:
    """Send what waits in the outbox, oldest first; stops at the first sign that the
    database is out of reach (what is left stays for the next try)."""
    result = DrainResult()
    items = outbox._pending()
    for position, (uid, kind, payload) in enumerate(items):
        try:
            before = _stored(engine, kind, payload)
            _send(engine, kind, payload)
        except QuizError as refusal:
            outbox._refuse(uid, str(refusal))
            result.refused += 1
            continue
        except Exception as error:
            if not unreachable(error):
                raise
            outbox._tried(uid)
            outbox._went_offline(error)
            result.left = len(items) - position
            result.error = outbox.last_error
            return result
        outbox._done(uid)
        if before:
            result.already += 1
        else:
            result.sent += 1
    outbox.offline_until = 0.0
    return result


def _stored(engine: Engine, kind: str, payload: dict[str, Any]) -> bool:
    """Whether the database already holds this item (so a resend is counted as such)."""
    from sqlmodel import Session, select

    from civicquiz.core.models import Attempt, Response

    with Session(engine) as session:
        if kind == "start":
            found = session.exec(select(Attempt.id).where(Attempt.uid == payload["uid"]))
            return found.first() is not None
        if kind == "finish":
            attempt = (
                session.exec(select(Attempt).where(Attempt.uid == payload["attempt_uid"])).first()
                if payload.get("attempt_uid")
                else session.get(Attempt, int(payload["attempt_id"]))
            )
            return attempt is not None and attempt.finished_at is not None
        return (
            session.exec(select(Response.id).where(Response.uid == payload["uid"])).first()
            is not None
        )


def server_answers(engine: Engine) -> None:
    """Raise unless the database can be reached now (one trivial query)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def deliver(engine: Engine, outbox: Outbox, item: Pending) -> Delivery:
    """Store ``item`` in the database, or queue it in the outbox when the database cannot
    be reached; either way it is safe when this returns. Waiting items go first."""
    if outbox.offline:
        outbox.put(item)
        return Delivery("queued", outbox.last_error)
    if outbox.pending_count():
        outbox.put(item)
        left = drain(engine, outbox)
        return Delivery("queued", left.error) if left.left else Delivery("stored")
    try:
        _send(engine, _kind(item), asdict(item))
    except Exception as error:
        if not unreachable(error):
            raise
        outbox.put(item)
        outbox._went_offline(error)
        return Delivery("queued", outbox.last_error)
    return Delivery("stored")
