"""The import preview shows the item-writing check before the teacher confirms."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import Driver
from tests.gui.test_teacher import unlock


def test_the_import_preview_lists_broken_rules_and_the_make_up(
    driver: Driver, tmp_path: Path
) -> None:
    path = tmp_path / "class.gift"
    path.write_text(
        "::years:: Since which year has the principle applied? {=2,019 ~2,016 ~2,022}\n\n"
        "::months:: For roughly how many months had the debate run? {#6}\n",
        encoding="utf-8",
    )
    driver.on("profiles")
    teacher = unlock(driver)
    teacher.preview_file(path)
    driver.idle()
    text = teacher.preview_text.toPlainText()
    assert "2 questions will be imported" in text
    assert "Item-writing check: 4 points to review" in text
    assert "[number-format]" in text and "[hedged-tolerance]" in text
    assert "Single choice" in text and "Numeric" in text
    assert teacher.confirm_button.isEnabled()  # a warning, never a refusal
