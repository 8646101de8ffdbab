"""Fixtures of the core tests that stop the classroom server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from civicquiz.core.db import open_database, session_scope
from civicquiz.core.library import load_bank
from tests.conftest import new_pg_database
from tests.pgserver import PostgresServer


@pytest.fixture
def classroom(stoppable_pg: PostgresServer, bank: object) -> Iterator[Engine]:
    """A classroom database holding the built-in bank, on the server tests may stop."""
    _, url = new_pg_database(stoppable_pg)
    engine = open_database(url, daily_backup=False).engine
    with session_scope(engine) as session:
        load_bank(session, bank, origin="builtin")  # type: ignore[arg-type]
    yield engine
    engine.dispose()
