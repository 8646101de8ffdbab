"""Shared fixtures: the real fact base, the generated bank, fresh databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from civicquiz.core.bank import Bank
from civicquiz.facts.factbase import FactBase, load_fact_base
from civicquiz.facts.generate import generate_bank
from tests.pgserver import PostgresServer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "banks"
BANK_DIR = ROOT / "question_banks" / "kz-constitution-2026"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("the reform articles (../shared/seeds) are not available")
    return SEEDS


@pytest.fixture(scope="session")
def fact_base() -> FactBase:
    return load_fact_base(BANK_DIR / "facts.toml")


@pytest.fixture(scope="session")
def bank(fact_base: FactBase) -> Bank:
    return generate_bank(fact_base)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CIVICQUIZ_DATA_DIR", str(folder))
    monkeypatch.delenv("CIVICQUIZ_DATABASE_URL", raising=False)
    return folder


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "databases: run the test on SQLite and on a throwaway PostgreSQL server",
    )
    config.addinivalue_line(
        "markers", "sqlite_only: in a module marked databases, a test of SQLite's own behaviour"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marked = metafunc.definition.get_closest_marker
    if "backend" in metafunc.fixturenames and marked("databases") and not marked("sqlite_only"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on: SQLite unless marked ``databases``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the whole session, with a migrated template."""
    try:
        server = PostgresServer()
    except FileNotFoundError as error:
        if os.environ.get("CIVICQUIZ_REQUIRE_POSTGRES"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    try:
        server.start()
        from civicquiz.core.db import open_database

        opened = open_database(server.create_database(PG_TEMPLATE), daily_backup=False)
        opened.engine.dispose()
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="session")
def _stoppable_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer(port=5433)
    except FileNotFoundError as error:
        if os.environ.get("CIVICQUIZ_REQUIRE_POSTGRES"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    try:
        server.start()
        from civicquiz.core.db import open_database

        opened = open_database(server.create_database(PG_TEMPLATE), daily_backup=False)
        opened.engine.dispose()
        yield server
    finally:
        server.remove()


@pytest.fixture
def stoppable_pg(_stoppable_server: PostgresServer) -> PostgresServer:
    """A second server, for tests that stop it (the class's server going away); it is
    running again when each such test starts."""
    if not _stoppable_server.running:
        _stoppable_server.start()
    return _stoppable_server


PG_TEMPLATE = "civicquiz_template"
_pg_counter = iter(range(1, 1_000_000))


def new_pg_database(server: PostgresServer) -> tuple[str, str]:
    """A fresh, migrated database on ``server``: (name, SQLAlchemy URL)."""
    name = f"test_{os.getpid()}_{next(_pg_counter)}"
    return name, server.create_database(name, template=PG_TEMPLATE)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a fresh database of the test's backend (migrated on PostgreSQL)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name, url = new_pg_database(server)
    yield url
    if server.running:
        server.drop_database(name)


@pytest.fixture
def empty_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of an empty database (no schema yet) of the test's backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = f"empty_{os.getpid()}_{next(_pg_counter)}"
    url = server.create_database(name)
    yield url
    if server.running:
        server.drop_database(name)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    from civicquiz.core.db import open_database

    opened = open_database(db_url, daily_backup=False)
    yield opened.engine
    opened.engine.dispose()


@pytest.fixture
def loaded(engine: Engine, bank: Bank) -> Engine:
    """A fresh database holding the built-in bank."""
    from civicquiz.core.db import session_scope
    from civicquiz.core.library import load_bank

    with session_scope(engine) as session:
        load_bank(session, bank, origin="builtin")
    return engine


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The third-party question banks, read in place."""
    if not CORPUS.is_dir():
        pytest.skip("the third-party bank corpus (../shared/corpus) is not available")
    return CORPUS


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """CivicQuiz is offline in every mode: any test that opens a network socket fails."""
    import socket

    real_connect = socket.socket.connect

    def refuse(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"the app tried to open a network connection to {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(
        socket, "create_connection", lambda address, *a, **k: refuse(socket.socket(), address)
    )
