"""The teacher's file dialogs and previews for bank formats: every format offered, each
question listed before import, what an export cannot hold said in a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from civicquiz.formats.registry import import_choices as import_formats
from civicquiz.gui.screens.teacher import import_filter
from tests.gui.conftest import Driver
from tests.gui.test_teacher import unlock


def test_the_import_dialog_offers_every_format_from_the_registry() -> None:
    filters = import_filter().split(";;")
    assert filters[0].startswith("Question banks (") and filters[-1] == "All files (*)"
    for label in import_formats().values():
        assert any(f.startswith(label) for f in filters), label
    assert any("Quizlet" in f for f in filters)


def test_the_preview_lists_each_question_and_an_export_lists_what_it_left_out(
    driver: Driver, tmp_path: Path
) -> None:
    driver.on("profiles")
    teacher = unlock(driver)
    bank = tmp_path / "cards.gift"
    bank.write_text(
        "::One::Capital?{=Astana}\n\n::Two::Seats?{#98}\n\nOrder?{T}\n", encoding="utf-8"
    )
    teacher.preview_file(bank)
    driver.idle()
    shown = teacher.preview_text.toPlainText()
    assert "line 1: Short answer: Capital?" in shown
    assert "line 3: Numeric: Seats?" in shown and "line 5: True or false: Order?" in shown

    target = tmp_path / "builtin.gift"
    teacher.export_bank("kz-constitution-2026", "gift", target)
    driver.idle()
    boxes = [b for b in teacher.findChildren(QMessageBox) if b.objectName() == "export-notes"]
    assert boxes and boxes[-1].isVisible()
    notes = boxes[-1].detailedText()
    ordering = target.read_text(encoding="utf-8")
    assert "left out: question" in notes and "ordering questions have no GIFT form" in notes
    left_out = notes.count("left out:")
    assert f"Exported {ordering.count('::') // 2} questions" in boxes[-1].text()
    assert left_out > 0
    boxes[-1].close()
