"""The `civicquiz` command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("CIVICQUIZ_DATABASE_URL", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "civicquiz", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_version_and_help() -> None:
    from civicquiz import __version__

    assert run("--version").stdout.strip() == f"civicquiz {__version__}"
    usage = run("--help").stdout
    for command in ("gui", "generate", "banks", "info", "--data-dir"):
        assert command in usage


def test_an_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_banks_lists_the_builtin_bank_in_the_chosen_data_dir(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "d"), "banks", "--json")
    assert result.returncode == 0, result.stderr
    banks = json.loads(result.stdout)
    assert banks[0]["id"] == "kz-constitution-2026" and banks[0]["questions"] >= 150
    assert set(banks[0]) == {"id", "title", "questions"}
    assert (tmp_path / "d" / "civicquiz.sqlite3").exists()


def test_the_environment_chooses_data_dir_and_database(tmp_path: Path) -> None:
    result = run("info", env={"CIVICQUIZ_DATA_DIR": str(tmp_path / "env")})
    assert str(tmp_path / "env") in result.stdout
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    result = run(
        "info", env={"CIVICQUIZ_DATA_DIR": str(tmp_path / "env"), "CIVICQUIZ_DATABASE_URL": url}
    )
    assert f"database:    {tmp_path / 'elsewhere.db'}" in result.stdout
    assert (tmp_path / "elsewhere.db").exists()
    assert f"log:         {tmp_path / 'env' / 'civicquiz.log'}" in result.stdout


def test_generate_check_passes_on_the_committed_bank_and_fails_on_a_stale_one(
    tmp_path: Path,
) -> None:
    assert run("generate", "--check", "--language", "en").returncode == 0
    stale = tmp_path / "bank.json"
    stale.write_text("{}", encoding="utf-8")
    facts = ROOT / "question_banks" / "kz-constitution-2026" / "facts.toml"
    result = run("generate", "--facts", str(facts), "-o", str(stale), "--check")
    assert result.returncode == 1 and "out of date" in result.stderr
    assert run("generate", "--facts", str(facts), "-o", str(stale)).returncode == 0
    assert (
        stale.read_bytes()
        == (ROOT / "question_banks" / "kz-constitution-2026" / "bank.json").read_bytes()
    )
    # the translated banks go beside it, named after it
    for language in ("ru", "kk"):
        assert (tmp_path / f"bank.{language}.json").read_bytes() == (
            ROOT / "question_banks" / "kz-constitution-2026" / f"bank.{language}.json"
        ).read_bytes()


def test_generate_check_passes_once_every_language_is_translated() -> None:
    result = run("generate", "--check")
    assert result.returncode == 0, result.stderr[-2000:]


def test_generate_check_names_each_untranslated_field_and_fails(tmp_path: Path) -> None:
    """A translator learns from --check what is left: file, line and field, and a count."""
    folder = tmp_path / "bank"
    folder.mkdir()
    source = ROOT / "question_banks" / "kz-constitution-2026"
    (folder / "facts.toml").write_bytes((source / "facts.toml").read_bytes())
    (folder / "facts.ru.toml").write_text(
        '[bank]\ntitle = "Конституционная реформа"\ndescription = ""\n', encoding="utf-8"
    )
    facts = folder / "facts.toml"
    result = run("generate", "--facts", str(facts), "--language", "ru")
    assert result.returncode == 0 and "draft:" in result.stdout
    check = run("generate", "--facts", str(facts), "--language", "ru", "--check")
    assert check.returncode == 1
    assert f"{folder / 'facts.ru.toml'}:3: the bank: description is empty" in check.stderr
    assert "translation is incomplete" in check.stderr
    written = json.loads((folder / "bank.ru.json").read_text(encoding="utf-8"))
    assert written["language"] == "ru" and written["title"] == "Конституционная реформа"


def test_without_a_display_the_app_says_so_instead_of_crashing(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["CIVICQUIZ_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "civicquiz"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1
    assert "No display was found" in result.stderr and "Traceback" not in result.stderr


def test_a_database_from_the_future_is_refused_with_a_message(tmp_path: Path) -> None:
    import sqlite3

    assert run("--data-dir", str(tmp_path), "info").returncode == 0
    with sqlite3.connect(tmp_path / "civicquiz.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = 'zz99'")
    result = run("--data-dir", str(tmp_path), "banks")
    assert result.returncode == 1
    assert "newer version of CivicQuiz" in result.stderr and "Traceback" not in result.stderr


def test_preflight_maps_missing_libraries_to_debian_packages() -> None:
    from civicquiz.preflight import packages_for

    packages, unknown = packages_for(["libxcb-cursor.so.0", "libEGL.so.1", "libmystery.so.9"])
    assert packages == ["libegl1", "libxcb-cursor0"] and unknown == ["libmystery.so.9"]


def test_the_self_test_passes_from_source(tmp_path: Path) -> None:
    result = run("--self-test", env={"CIVICQUIZ_DATA_DIR": str(tmp_path / "ignored")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout and "5 answers stored" in result.stdout
