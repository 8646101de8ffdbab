"""The unit of work every service runs in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends normally, rolled back otherwise.
    Core functions called inside it never commit on their own."""
    from civicquiz.core.db import session_scope

    with session_scope(engine) as session:
        yield session


@contextmanager
def read_only(engine: Engine) -> Iterator[Session]:
    """A session for reading: it never commits. Closing it ends its transaction and
    leaves the objects read usable (a rollback would expire them)."""
    from sqlmodel import Session

    with Session(engine, expire_on_commit=False) as session:
        yield session
