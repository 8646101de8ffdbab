"""IMS QTI 2.1 and 3.0: real items from other tools imported, and a bank written as a QTI
2.1 content package that reads back (the round-trip property covers every type)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from civicquiz.core.bank import Bank, Option, Question
from civicquiz.formats.base import ImportRefused
from civicquiz.formats.registry import export_bank, import_file


def test_a_qti_2_1_text_entry_item_with_a_half_mark_spelling(corpus: Path) -> None:
    result = import_file(corpus / "qti" / "text_entry.xml")
    (question,) = result.bank.questions
    assert result.format == "qti" and question.qtype == "short_answer"
    assert question.key == "Richard III (Take 3)" and "this sun of _____;" in " ".join(
        question.stem.split()
    )
    assert [(o.text, o.weight) for o in question.options] == [("York", None), ("york", 0.5)]


def test_a_qti_3_multiple_response_item_with_its_mapping(corpus: Path) -> None:
    (question,) = import_file(corpus / "qti" / "choice_multiple.xml").bank.questions
    assert question.qtype == "multiple_choice" and question.stem.startswith(
        "Which of the following"
    )
    assert [o.text for o in question.correct_options] == ["Hydrogen", "Oxygen"]
    weights = {o.text: o.weight for o in question.options}
    assert weights["Hydrogen"] == 0.5 and weights["Chlorine"] == -0.5 and weights["Helium"] == 0.0


def bank() -> Bank:
    return Bank(key="b", title="B", questions=[
        Question(key="order", qtype="ordering", stem="Put in order", options=[
            Option("a", "Draft", True), Option("b", "Referendum", True), Option("c", "Law", True)]),
        Question(key="match", qtype="matching", stem="Match", options=[
            Option("m0", "Kurultai", True, match="laws"), Option("m1", "President", True, match="decrees"),
            Option("m2", "", False, match="verdicts")]),
        Question(key="num", qtype="numeric", stem="How many?", numeric=[]),
    ])  # fmt: skip


def test_a_bank_as_a_qti_package_reads_back_and_lists_what_it_left_out(tmp_path: Path) -> None:
    exported = export_bank(bank(), "qti")
    assert exported.written == 2 and exported.left_out == [
        "question num: numeric questions have no QTI form here"]  # fmt: skip
    path = tmp_path / "bank.zip"
    path.write_bytes(exported.payload())
    with zipfile.ZipFile(path) as archive:
        assert "imsmanifest.xml" in archive.namelist()
    order, match = import_file(path).bank.questions
    assert order.qtype == "ordering" and [o.text for o in order.options] == [
        "Draft",
        "Referendum",
        "Law",
    ]
    assert {(o.text, o.match) for o in match.options} == {
        ("Kurultai", "laws"), ("President", "decrees"), ("", "verdicts")}  # fmt: skip


def test_an_item_with_an_unsupported_interaction_is_skipped_by_name(tmp_path: Path) -> None:
    path = tmp_path / "hotspot.xml"
    path.write_text('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="h" '
                    'title="h"><itemBody><hotspotInteraction responseIdentifier="R"/></itemBody>'
                    "</assessmentItem>", encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportRefused) as caught:
        import_file(path)
    assert "hotspotInteraction items are not supported" in caught.value.problems[1]
