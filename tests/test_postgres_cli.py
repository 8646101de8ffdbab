"""The command line against a real PostgreSQL server: --database-url, masked passwords,
the server stored for this computer, and the self-test leaving no learner behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from civicquiz import computer, paths
from civicquiz.core.db import make_engine
from tests.pgserver import PostgresServer


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop(paths.DATABASE_URL_ENV, None)
    full_env.pop("PGPASSFILE", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "civicquiz", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    from tests.conftest import new_pg_database

    return new_pg_database(pg_server)[1]


def test_database_url_on_the_command_line_opens_postgresql_and_info_masks_the_password(
    pg_url: str, tmp_path: Path
) -> None:
    secret = "Zq7-never-shown"
    result = run(
        "--data-dir", str(tmp_path / "d"), "--database-url", with_password(pg_url, secret), "info"
    )
    assert result.returncode == 0, result.stderr
    assert secret not in result.stdout + result.stderr
    assert "postgresql+psycopg://postgres:***@" in result.stdout
    banks = run("--data-dir", str(tmp_path / "d"), "--database-url", pg_url, "banks", "--json")
    assert banks.returncode == 0, banks.stderr
    assert "kz-constitution-2026" in banks.stdout
    assert not (tmp_path / "d" / "civicquiz.sqlite3").exists()  # nothing went to SQLite


def test_an_unreachable_server_is_a_clear_message_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://seat:Zq7-secret@/civicquiz?host={tmp_path}&port=5999"
    result = run("--data-dir", str(tmp_path / "d"), "--database-url", url, "banks")
    assert result.returncode == 1
    assert "could not open its database postgresql+psycopg://seat:***@" in result.stderr
    assert "the database server cannot be reached" in result.stderr
    assert "Zq7-secret" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_the_server_stored_for_this_computer_keeps_its_password_in_a_private_file(
    pg_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "seat"
    folder.mkdir()
    stored = computer.set_server_url(folder, with_password(pg_url, "Zq7-kept-apart"))
    assert stored is not None and "Zq7" not in stored
    assert "Zq7" not in computer.settings_path(folder).read_text(encoding="utf-8")
    secret_file = computer.password_file(folder)
    assert "Zq7-kept-apart" in secret_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    # A plain start on this computer now uses the server.
    result = run("--data-dir", str(folder), "info")
    assert result.returncode == 0, result.stderr
    assert "postgresql+psycopg://postgres@" in result.stdout and "Zq7" not in result.stdout
    computer.set_server_url(folder, None)
    assert str(folder / "civicquiz.sqlite3") in run("--data-dir", str(folder), "info").stdout


def test_the_self_test_passes_against_postgresql_and_leaves_no_learner(
    pg_url: str, tmp_path: Path
) -> None:
    result = run("--database-url", pg_url, "--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    engine = make_engine(pg_url)
    try:
        with engine.connect() as db:
            assert db.execute(text("SELECT count(*) FROM learner")).scalar() == 0
            assert db.execute(text("SELECT count(*) FROM response")).scalar() == 0
    finally:
        engine.dispose()
