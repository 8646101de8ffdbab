"""The log in the data folder: what happened, errors with tracebacks, never a secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from civicquiz.services import app_data, library, settings
from civicquiz.services.unit import unit_of_work

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def logged(data_dir: Path) -> Iterator[Path]:
    data_dir.mkdir(parents=True)
    path = app_data.setup_logging(data_dir)
    assert path is not None and app_data.setup_logging(data_dir) == path  # one handler
    root = logging.getLogger()
    ours = [
        h for h in root.handlers
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
    ]  # fmt: skip
    assert len(ours) == 1
    yield path
    for handler in ours:
        root.removeHandler(handler)
        handler.close()
    logging.getLogger("civicquiz").setLevel(logging.NOTSET)


def test_start_up_imports_and_pins_are_logged_and_the_pin_is_not(logged: Path) -> None:
    data = app_data.open_app_data()
    preview = library.preview_import(FIXTURES / "banks" / "civics.gift.txt")
    library.import_bank(data.engine, preview)
    refused = library.preview_import(FIXTURES / "banks" / "civics_errors.aiken.txt")
    assert refused.result is None
    settings.set_pin(data.engine, "735190", role="supervisor")
    data.engine.dispose()
    text = logged.read_text(encoding="utf-8")
    assert "new database created at schema" in text
    assert "loading the built-in question bank" in text
    assert f"data opened: folder {logged.parent}" in text
    assert "imported civics from" in text and "civics.gift.txt: 6 question(s)" in text
    assert "civics_errors.aiken.txt refused: 2 problem(s)" in text
    assert "the supervisor PIN was set" in text and "735190" not in text


def test_a_database_password_never_reaches_the_log(
    logged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIVICQUIZ_DATABASE_URL", "postgresql://teacher:s3cret-pw@127.0.0.1:9/x")
    with pytest.raises(Exception, match="could not"):
        app_data.open_app_data()
    text = logged.read_text(encoding="utf-8")
    assert "127.0.0.1" in text and "s3cret-pw" not in text


def test_a_refusal_rolls_back_the_whole_unit_of_work(logged: Path) -> None:
    from sqlmodel import Session, select

    from civicquiz.core.learners import add_learner
    from civicquiz.core.models import Learner

    data = app_data.open_app_data()
    with pytest.raises(ValueError), unit_of_work(data.engine) as session:
        add_learner(session, "Zhanar")
        add_learner(session, "zhanar")  # the same name: refused, and Zhanar goes too
    with Session(data.engine) as session:
        assert session.exec(select(Learner)).all() == []
    data.engine.dispose()
