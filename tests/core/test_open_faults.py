"""Opening the database when something is wrong that is not damage: no permission, a
read-only disk, a lock held by another program; and the cases that are (0 bytes)."""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from civicquiz import paths
from civicquiz.core import db
from civicquiz.core.bank import Bank, Question
from civicquiz.core.db import (
    DatabaseUnavailableError,
    list_backups,
    make_backup,
    open_database,
    session_scope,
)
from civicquiz.core.library import bank_counts, load_bank
from civicquiz.core.models import Learner


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another (unprivileged) user can reach: pytest's own is private to root."""
    folder = Path(tempfile.mkdtemp(prefix="civicquiz-faults-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _healthy_database_with_a_newer_bank(folder: Path, bank: Bank) -> Path:
    """A good database whose only backup predates the bank imported into it."""
    folder.mkdir(exist_ok=True)
    path = folder / "civicquiz.sqlite3"
    opened = open_database(paths.sqlite_url(path), daily_backup=False)
    with session_scope(opened.engine) as session:
        session.add(Learner(name="Before the backup"))
    make_backup(path, "daily")
    with session_scope(opened.engine) as session:
        load_bank(session, bank)
    opened.engine.dispose()
    return path


def _cli(*args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIVICQUIZ_")}
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "civicquiz", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _as_unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop privileges for this test")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _untouched(folder: Path, path: Path, before: bytes) -> None:
    assert path.read_bytes() == before, "the database was replaced"
    assert not list(folder.glob("*.damaged-*")), "a healthy database was set aside as damaged"


def test_a_database_the_user_may_not_read_is_refused_not_restored(
    shared_tmp: Path, bank: Bank
) -> None:
    folder = shared_tmp / "data"
    path = _healthy_database_with_a_newer_bank(folder, bank)
    folder.chmod(0o777)  # the folder is writable: only the file itself is out of reach
    path.chmod(0o600 if os.geteuid() == 0 else 0o000)
    before = path.read_bytes() if os.geteuid() == 0 else b""
    done = _cli("--data-dir", str(folder), "banks", prefix=_as_unprivileged())
    path.chmod(0o644)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "no permission to read" in done.stderr and "not damaged" in done.stderr
    if before:
        _untouched(folder, path, before)
    with Session(open_database(paths.sqlite_url(path), daily_backup=False).engine) as session:
        assert [count for _, count in bank_counts(session)] == [len(bank.questions)]


def test_a_database_on_a_read_only_disk_is_refused_with_a_plain_message(
    shared_tmp: Path, bank: Bank
) -> None:
    folder = shared_tmp / "data"
    path = _healthy_database_with_a_newer_bank(folder, bank)
    before = path.read_bytes()
    mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}"
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"{mount} && echo mounted"],
        capture_output=True,
        text=True,
        check=False,
    )
    if "mounted" not in probe.stdout:
        pytest.skip(f"cannot mount a read-only folder here: {probe.stderr.strip()}")
    done = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            f'{mount} && exec "{sys.executable}" -m civicquiz --data-dir {folder} banks',
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "read-only disk" in done.stderr and "Nothing was changed" in done.stderr
    _untouched(folder, path, before)


def test_a_database_locked_by_another_program_is_not_taken_for_damage(
    tmp_path: Path, bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "CHECK_TIMEOUT_S", 0.2)
    path = _healthy_database_with_a_newer_bank(tmp_path, bank)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE learner SET name = name")
        before = path.read_bytes()
        with pytest.raises(DatabaseUnavailableError, match="in use by another program"):
            open_database(paths.sqlite_url(path), daily_backup=False)
        _untouched(tmp_path, path, before)
    finally:
        holder.close()
    with Session(open_database(paths.sqlite_url(path), daily_backup=False).engine) as session:
        assert [count for _, count in bank_counts(session)] == [len(bank.questions)]


def test_an_empty_database_file_with_a_good_backup_is_restored_and_the_user_told(
    tmp_path: Path, bank: Bank
) -> None:
    path = _healthy_database_with_a_newer_bank(tmp_path, bank)
    (backup,) = list_backups(path)
    path.write_bytes(b"")  # a crash cut the file short
    opened = open_database(paths.sqlite_url(path), daily_backup=False)
    assert len(opened.notices) == 1 and "empty (0 bytes)" in opened.notices[0]
    assert "restored" in opened.notices[0]
    with session_scope(opened.engine) as session:
        assert [lr.name for lr in session.exec(select(Learner))] == ["Before the backup"]
    (kept,) = tmp_path.glob("civicquiz.sqlite3.empty-*")
    assert kept.stat().st_size == 0 and backup.exists()


def test_an_empty_database_file_without_backups_simply_starts_new(tmp_path: Path) -> None:
    path = tmp_path / "civicquiz.sqlite3"
    path.write_bytes(b"")
    opened = open_database(paths.sqlite_url(path), daily_backup=False)
    assert opened.notices == []
    with session_scope(opened.engine) as session:
        assert session.exec(select(Learner)).all() == []


@pytest.mark.parametrize("name", ["notes?", "a%41b", "x#y", "50% off?a=1"])
def test_any_folder_name_is_a_path_never_part_of_the_url(tmp_path: Path, name: str) -> None:
    (tmp_path / "notes").write_text("a teacher's notes, not a database")
    folder = tmp_path / name
    done = _cli("--data-dir", str(folder), "info")
    assert done.returncode == 0, done.stderr
    assert (folder / "civicquiz.sqlite3").is_file()
    assert (tmp_path / "notes").read_text() == "a teacher's notes, not a database"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"notes", name})
    assert f"database:    {folder / 'civicquiz.sqlite3'}" in done.stdout


def test_the_fast_start_reads_a_database_in_a_folder_with_a_question_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from civicquiz.services import open_app_data, quick_start

    folder = tmp_path / "class?7"
    monkeypatch.delenv(paths.DATABASE_URL_ENV, raising=False)
    open_app_data(str(folder)).engine.dispose()
    assert quick_start(str(folder)) is not None


def _gift(path: Path, questions: int, padding: str = "") -> Path:
    path.write_text(
        "".join(f"::q{i}:: Question {i} is true.{padding} {{T}}\n\n" for i in range(questions)),
        encoding="utf-8",
    )
    return path


def test_an_import_named_like_an_existing_bank_gets_a_new_id(tmp_path: Path) -> None:
    data = tmp_path / "data"
    builtin = "kz-constitution-2026"
    listing = _cli("--data-dir", str(data), "banks", "--json")
    before = {b["id"]: b["questions"] for b in json.loads(listing.stdout)}
    clash = _gift(tmp_path / f"{builtin}.gift", 1)
    done = _cli("--data-dir", str(data), "import", str(clash))
    assert done.returncode == 0, done.stderr
    assert f"into bank '{builtin}-2'" in done.stdout
    assert "already exists and was left as it was" in done.stdout and "retired" in done.stdout
    after = {b["id"]: b["questions"] for b in json.loads(
        _cli("--data-dir", str(data), "banks", "--json").stdout)}  # fmt: skip
    assert after == {**before, f"{builtin}-2": 1}, "the existing bank kept every question"

    refused = _cli("--data-dir", str(data), "import", str(clash), "--replace", "--bank-id", builtin)
    assert (
        refused.returncode == 1 and "is the built-in bank and cannot be replaced" in refused.stderr
    )


def test_replace_is_explicit_and_shows_what_it_retires(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / "a").mkdir()
    first = _gift(tmp_path / "a" / "class.gift", 5)
    other = _gift(tmp_path / "class.gift", 2)
    assert _cli("--data-dir", str(data), "import", str(first)).returncode == 0
    again = _cli("--data-dir", str(data), "import", str(first), "--json")
    assert json.loads(again.stdout)["bank"] == "class", "the same file updates its own bank"
    second = json.loads(_cli("--data-dir", str(data), "import", str(other), "--json").stdout)
    assert (second["bank"], second["requested_bank"]) == ("class-2", "class")
    replaced = _cli(
        "--data-dir", str(data), "import", str(other), "--bank-id", "class", "--replace"
    )
    assert replaced.returncode == 0, replaced.stderr
    assert "3 of its questions are not in this file and were retired" in replaced.stdout


@pytest.mark.parametrize("answer", ["{#nan}", "{#-inf..inf}", "{#inf}", "{#5:inf}"])
def test_a_numeric_answer_that_can_never_be_matched_is_refused(tmp_path: Path, answer: str) -> None:
    from civicquiz.core.bank import NumericAnswer, question_problems
    from civicquiz.formats.base import ImportRefused
    from civicquiz.formats.registry import import_file

    path = tmp_path / "numbers.gift"
    path.write_text(f"::n:: How many? {answer}\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:  # the reader or the bank's rules refuse it
        import_file(path)
    assert refused.value.problems and all(":1:" in p for p in refused.value.problems)
    # Whatever a reader lets through, the bank's own rules refuse (JSON, CSV, XML alike).
    for value, tolerance in ((math.nan, 0.0), (-math.inf, 0.0), (5.0, math.inf), (1.0, math.nan)):
        question = Question("n", "numeric", "How many?", numeric=[NumericAnswer(value, tolerance)])
        assert any("finite number" in p for p in question_problems(question)), (value, tolerance)


def test_a_full_disk_during_pin_or_import_is_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    bank = _gift(tmp_path / "more.gift", 3000, padding=" The reform says so." * 20)
    python = sys.executable
    script = (
        f"mount -t tmpfs -o size=12m tmpfs {folder} && "
        f'"{python}" -m civicquiz --data-dir {folder} banks >/dev/null && '
        f"dd if=/dev/zero of={folder}/room bs=64k count=6 2>/dev/null && "
        f"(dd if=/dev/zero of={folder}/filler bs=64k 2>/dev/null; true) && "
        f'"{python}" -m civicquiz --data-dir {folder} pin --set 12345678; echo "rc=$?" && '
        f'"{python}" -m civicquiz --data-dir {folder} import {bank}; echo "rc=$?" && '
        f"rm {folder}/room && "  # a little room: the database opens, the import cannot fit
        f'"{python}" -m civicquiz --data-dir {folder} pin --set 12345678; echo "rc=$?" && '
        f'"{python}" -m civicquiz --data-dir {folder} import {bank}; echo "rc=$?"'
    )
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"mount -t tmpfs tmpfs {folder} && echo mounted"],
        capture_output=True,
        text=True,
        check=False,
    )
    if "mounted" not in probe.stdout:
        pytest.skip(f"cannot mount a small disk here: {probe.stderr.strip()}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIVICQUIZ_")}
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    codes = [line for line in done.stdout.splitlines() if line.startswith("rc=")]
    assert codes[:2] == ["rc=1", "rc=1"] and codes[3] == "rc=1", done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("is full") >= 3, done.stderr
