"""``civicquiz simulate``: concurrent seats through the app's own answer path, on SQLite and
PostgreSQL, and the simulated learners removed with one command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from civicquiz.core.db import make_engine


@pytest.mark.databases
def test_simulated_seats_store_every_answer_and_are_removed_in_one_go(
    db_url: str, tmp_path: Path
) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "civicquiz",
                "--data-dir",
                str(tmp_path),
                "--database-url",
                db_url,
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )

    result = run(
        "simulate", "--learners", "4", "--quizzes", "2", "--seats", "2", "--seed", "3", "--json"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout)
    assert (figures["learners"], figures["quizzes"], figures["errors"]) == (4, 8, 0)
    assert figures["answers"] + figures["queued"] == 80
    assert figures["read_back"] == 80 and figures["queued_left"] == 0
    engine = make_engine(db_url)
    try:
        with engine.connect() as db:
            assert db.execute(text("SELECT count(*) FROM response")).scalar() == 80
            assert db.execute(text("SELECT count(DISTINCT computer_id) FROM attempt")).scalar() == 2
        removed = run("simulate", "--remove")
        assert removed.returncode == 0 and "removed 4 simulated learners" in removed.stdout
        with engine.connect() as db:
            assert db.execute(text("SELECT count(*) FROM learner")).scalar() == 0
            assert db.execute(text("SELECT count(*) FROM response")).scalar() == 0
    finally:
        engine.dispose()
