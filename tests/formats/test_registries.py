"""The two registries: every question type is owned by one module per layer and written or
refused by every format; every format is declared once, and the command line, the file
dialog and README are made from that one table."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from civicquiz.core.bank import Bank, Option, Question, question_problems
from civicquiz.core.grading import grade_response
from civicquiz.core.qtypes import QUESTION_TYPES, UnknownQuestionType, question_type
from civicquiz.formats import exporters, qti
from civicquiz.formats.registry import (
    FORMATS,
    IMPORTERS,
    WRITABLE,
    export_bank,
    export_choices,
    file_dialog_filters,
    import_choices,
    readme_table,
)

ROOT = Path(__file__).resolve().parents[2]
FORMATS_DIR = ROOT / "src" / "civicquiz" / "formats"


def test_every_type_is_written_or_refused_by_every_format() -> None:
    for qtype in QUESTION_TYPES:
        assert qtype in exporters.GIFT_WRITERS, qtype
        assert qtype in exporters.XML_WRITERS, qtype
        assert (qtype in qti.WRITTEN) != (qtype in qti.CANNOT_HOLD), qtype
    assert set(exporters.GIFT_WRITERS) == set(exporters.XML_WRITERS) == set(QUESTION_TYPES)


def _bank_with(qtype: str) -> Bank:
    known = Question(
        "known",
        "single_choice",
        "Capital?",
        options=[Option("a", "Astana", True), Option("b", "Almaty")],
    )
    odd = Question(
        "odd", qtype, "Write an essay.", options=[Option("a", "x", True), Option("b", "y")]
    )
    return Bank("b", "B", questions=[known, odd])


@pytest.mark.parametrize("format_name", sorted(WRITABLE))
def test_an_unknown_type_is_refused_by_name_in_every_export(format_name: str) -> None:
    # Before the registry, GIFT wrote it as multiple answers and Moodle XML raised KeyError.
    exported = export_bank(_bank_with("essay"), format_name)
    assert exported.written == 1
    assert exported.left_out == ["question odd: unknown question type 'essay'; refused"]
    assert b"Write an essay" not in exported.payload()


def test_an_unknown_type_is_refused_by_the_core() -> None:
    question = _bank_with("essay").questions[1]
    assert question_problems(question) == ["unknown question type 'essay'"]
    with pytest.raises(UnknownQuestionType, match="unknown question type 'essay'"):
        grade_response("essay", [], [], {"text": "anything"})
    with pytest.raises(UnknownQuestionType):
        question_type("essay")


def test_an_unknown_type_in_our_own_file_refuses_the_import() -> None:
    from civicquiz.formats.base import ImportRefused
    from civicquiz.formats.native import dump_native_bank
    from civicquiz.formats.registry import import_text

    text = dump_native_bank(_bank_with("single_choice")).replace('"single_choice"', '"essay"', 2)
    with pytest.raises(ImportRefused, match="essay"):
        import_text(text, source="b.json", format_name="json")


def test_the_command_line_offers_exactly_the_registry(tmp_path: Path) -> None:
    def help_of(command: str) -> str:
        run = subprocess.run([sys.executable, "-m", "civicquiz", command, "--help"],
                             capture_output=True, text=True, env={"COLUMNS": "1000", "PATH": ""},
                             check=True)  # fmt: skip
        return re.sub(r"\s+", " ", run.stdout)

    shown = help_of("import")
    for name, label in import_choices().items():
        assert f"{name} ({label})" in shown
    exported = help_of("export")
    assert "{" + ",".join(export_choices()) + "}" in exported
    for name, label in export_choices().items():
        assert f"{name} ({label})" in exported


def test_the_file_dialog_is_made_from_the_registry() -> None:
    filters = file_dialog_filters()
    assert filters[0].startswith("Question banks (") and filters[-1] == "All files (*)"
    assert [f.split(" (")[0] for f in filters[1:-1]] == [
        i.description.split(" (")[0] for i in IMPORTERS.values()
    ]
    every = filters[0]
    for importer in IMPORTERS.values():
        for ext in importer.extensions:
            if ext.count(".") == 1:
                assert f"*{ext}" in every


def test_readme_format_table_is_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    table = readme_table()
    start = readme.index(table[0])
    assert readme[start : start + len(table)] == table
    assert {f.name for f in FORMATS} == set(IMPORTERS) | set(WRITABLE)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_no_format_module_imports_the_registry_or_base_a_format() -> None:
    modules = {p.stem for p in FORMATS_DIR.glob("*.py")} - {"__init__"}
    base = _imports(FORMATS_DIR / "base.py")
    assert not {m for m in base if m.startswith("civicquiz.formats")}, base
    for module in modules - {"registry"}:
        imported = _imports(FORMATS_DIR / f"{module}.py")
        assert "civicquiz.formats.registry" not in imported, module


def test_the_bank_schema_names_every_registered_type() -> None:
    import json

    schema = json.loads((ROOT / "question_banks" / "schema.json").read_text(encoding="utf-8"))
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "single_choice" in node.get("enum", []):
                found.append(node["enum"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert found == [list(QUESTION_TYPES)]
