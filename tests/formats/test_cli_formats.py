"""The command line's import and export: every format from one registry, a JSON answer on
refusal too, and an export that says what it left out."""

from __future__ import annotations

import json
from pathlib import Path

from civicquiz.formats.registry import import_choices as import_formats
from tests.formats.test_importers import cli


def test_import_help_and_choices_list_every_format(tmp_path: Path) -> None:
    shown = cli("import", "--help", data=tmp_path).stdout
    for name in import_formats():
        assert name in shown
    assert "gift" in shown and "moodle-xml" in shown and "quizlet" in shown
    wrong = cli("import", "x.txt", "--format", "docx", data=tmp_path)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_a_refused_import_prints_json_on_stdout(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gift"
    bad.write_text("Fine?{T}\n\nBroken?{=a ~b\n", encoding="utf-8")
    run = cli("import", str(bad), "--json", data=tmp_path / "data")
    assert run.returncode == 1
    answer = json.loads(run.stdout)
    assert answer["refused"] is True and answer["problems"] == [
        f"{bad}:3: the answers are not closed with '}}'"
    ]


def test_export_counts_what_it_wrote_and_lists_what_it_left_out(tmp_path: Path) -> None:
    data = tmp_path / "data"
    out = tmp_path / "bank.gift"
    run = cli("export", "kz-constitution-2026", "--format", "gift", "-o", str(out), data=data)
    assert run.returncode == 0, run.stderr
    left_out = [line for line in run.stderr.splitlines() if "left out: question" in line]
    written = out.read_text(encoding="utf-8").count("\n::")
    assert left_out and all("ordering" in line for line in left_out)
    assert f"wrote {out}: {written} of {written + len(left_out)} questions" in run.stdout
    xml = cli("export", "kz-constitution-2026", "--format", "moodle-xml", data=data)
    assert xml.stdout.count('<question type="ordering">') == len(left_out)
    assert "left out" not in xml.stderr and "not kept: the sources" in xml.stderr
