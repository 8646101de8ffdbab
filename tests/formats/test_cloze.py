"""Embedded answers (Moodle's cloze / multianswer): read from Moodle XML and Moodle's text
syntax as Moodle reads them, graded gap by gap, and written back without loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicquiz.core.bank import Bank
from civicquiz.core.grading import grade_response
from civicquiz.core.qtypes import question_type
from civicquiz.core.qtypes.cloze import gaps_of
from civicquiz.formats.base import ImportRefused
from civicquiz.formats.cloze import parse_cloze
from civicquiz.formats.registry import export_bank, import_file, import_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cloze.xml"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "banks" / "moodle_xml"


def reform() -> Bank:
    return import_file(FIXTURE).bank


def test_every_gap_kind_is_read_with_its_marks_and_grades() -> None:
    first, every = reform().questions
    assert first.qtype == "cloze" and first.topic == "Reform" and first.tags == ["reform"]
    assert "has one chamber, the {#1}. The referendum was held in {#2} on {#3}." in first.stem
    gaps = gaps_of(first.options)
    assert [(g.kind, g.mark) for g in gaps] == [
        ("SHORTANSWER", 1), ("NUMERICAL", 2), ("MULTICHOICE", 1)
    ]  # fmt: skip
    assert [(a.text, a.fraction, a.tolerance) for a in gaps[1].answers] == [
        ("2026", 1.0, 0.0), ("2025", 0.5, 1.0)
    ]  # fmt: skip
    kinds = [g.kind for g in gaps_of(every.options)]
    assert kinds == ["SHORTANSWER_C", "MULTICHOICE_V", "MULTICHOICE_H", "MULTICHOICE_S",
                     "MULTICHOICE_VS", "MULTICHOICE_HS", "MULTIRESPONSE", "MULTIRESPONSE_H",
                     "MULTIRESPONSE_S", "MULTIRESPONSE_HS", "NUMERICAL", "SHORTANSWER",
                     "SHORTANSWER"]  # fmt: skip
    ticks = gaps_of(every.options)[6]
    # Moodle scales right answers to 100% and, with no grades named, a wrong one takes one back
    assert [a.fraction for a in ticks.answers] == [0.5, 0.5, -0.5] and ticks.mark == 2
    assert gaps_of(every.options)[-1].answers[0].text == "a }b# c"  # \} and \# unescaped


def test_grading_is_per_gap_with_partial_credit_weighted_by_marks() -> None:
    q = reform().questions[0]

    def score(**gaps: object) -> float:
        return grade_response("cloze", q.options, [], {"gaps": gaps}).score

    assert score(**{"1": "kurultai", "2": "2026", "3": "3.0"}) == 1.0
    # gap 1 right (1 mark), gap 2 within 2025's tolerance (half of 2 marks), gap 3 wrong
    assert score(**{"1": "Kurultai", "2": "2025.5", "3": "3.1"}) == (1 + 2 * 0.5) / 4
    assert score(**{"1": "Parliament"}) == 0.5 / 4
    assert score(**{"1": "Senate"}) == 0.0  # the * answer catches it, worth 0%
    kind = question_type("cloze")
    feedback = kind.chosen_feedback(q.options, {"gaps": {"1": "Senate", "3": "3.1"}})
    assert feedback == [
        "Gap 1: No: it is called the Kurultai.",
        "Gap 3: No, that was not the date.",
    ]
    assert kind.describe_key(q.options, []) == "1: Kurultai; 2: 2026; 3: 15 March"


def test_case_sensitive_gaps_and_ticks() -> None:
    every = reform().questions[1]

    def gap(number: str, given: object) -> float:
        gaps = {g.number: g for g in gaps_of(every.options)}
        from civicquiz.core.qtypes.cloze import gap_score

        return gap_score(gaps[int(number)], given)

    assert gap("1", "Kurultai") == 1.0 and gap("1", "kurultai") == 0.0
    assert gap("7", ["7.0", "7.1"]) == 1.0 and gap("7", ["7.0", "7.2"]) == 0.0
    assert gap("8", ["8.0"]) == 0.5 and gap("11", "128") == 1.0 and gap("11", "124") == 0.0


def test_text_syntax_quirks_as_moodle_reads_them() -> None:
    text, gaps = parse_cloze(
        "Year {:NUMERICAL:=2026} and {1:MULTICHOICE} and {x:SA:=a}", rich=False
    )
    assert text == "Year {#1} and {1:MULTICHOICE} and {x:SA:=a}" and gaps[0].mark == 1
    _, (short,) = parse_cloze("{2:SA:=Astana#Right~%50%Akmola#Its old name~*#No}", rich=False)
    assert [(a.text, a.fraction, a.feedback) for a in short.answers] == [
        ("Astana", 1.0, "Right"), ("Akmola", 0.5, "Its old name"), ("*", 0.0, "No")
    ]  # fmt: skip
    _, (html_gap,) = parse_cloze("{1:MC:=A &amp; B#<b>yes</b>~C}", rich=True)
    assert html_gap.answers[0].text == "A & B" and html_gap.answers[0].feedback == "yes"


def test_moodle_xml_and_json_round_trips_are_lossless_and_gift_qti_say_they_cannot() -> None:
    bank = reform()
    xml = export_bank(bank, "moodle-xml")
    assert not xml.left_out and xml.written == 2
    assert "{1:SHORTANSWER:=Kurultai#Yes, the Kurultai.~%50%Parliament#" in xml.text
    for name, exported in (("moodle-xml", xml), ("json", export_bank(bank, "json"))):
        back = import_text(exported.text, source=f"b.{name}", format_name=name).bank
        for before, after in zip(bank.questions, back.questions, strict=True):
            assert (after.qtype, after.key, after.stem, after.stem_format, after.explanation,
                    after.tags, after.topic, after.options) == (
                before.qtype, before.key, before.stem, before.stem_format, before.explanation,
                before.tags, before.topic, before.options)  # fmt: skip
    for name in ("gift", "qti"):
        exported = export_bank(bank, name)
        assert exported.written == 0 and len(exported.left_out) == 2
        assert all("embedded answers (cloze) have no" in line for line in exported.left_out)


def test_moodles_own_cloze_sample_is_read_and_graded() -> None:
    path = CORPUS / "sample_questions_with_old_image_tag.xml"
    if not path.exists():
        pytest.skip(f"the third-party corpus is not here ({path}); our fixture covers cloze")
    cloze = import_file(path).bank.questions[0]
    assert [g.kind for g in gaps_of(cloze.options)] == ["MULTICHOICE"] * 4 + ["SHORTANSWER"]
    right = {"gaps": {"1": "1.0", "2": "2.1", "3": "3.0", "4": "4.1", "5": "paris"}}
    assert grade_response("cloze", cloze.options, [], right).score == 1.0
    second_city = {"gaps": {**right["gaps"], "5": "Marseille"}}
    assert grade_response("cloze", cloze.options, [], second_city).score == 0.9


def test_moodles_cloze_text_file_is_one_question_told_by_its_content(tmp_path: Path) -> None:
    result = import_file(FIXTURE.with_name("reform.cloze.txt"))
    assert result.format == "cloze"
    (question,) = result.bank.questions
    assert question.key == "The 2026 reform in brief: * the parliament..."  # Moodle's naming
    assert question.stem.endswith("* the referendum took place on 15 March {#3}.")
    assert [g.kind for g in gaps_of(question.options)] == [
        "SHORTANSWER",
        "MULTICHOICE",
        "NUMERICAL",
    ]
    broken = tmp_path / "broken.txt"
    broken.write_text("Pick one: {1:MULTICHOICE:=Astana}", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"broken.txt:1: gap 1: a choice gap needs at least"):
        import_file(broken)
    gift = tmp_path / "plain.txt"
    gift.write_text("Capital?{=Astana ~Almaty}", encoding="utf-8")
    assert import_file(gift).format == "gift"


def test_a_malformed_marked_section_is_text_not_a_crash() -> None:
    from civicquiz.core.html_clean import html_to_text

    # Python 3.11's HTML parser raises AssertionError on "<![" not followed by CDATA
    assert html_to_text("<![\nCDATA[<p>Q?</p>] x &amp; y") == "Q? ] x & y"
