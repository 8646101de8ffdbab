"""GIFT and Moodle XML: the real files, hostile XML, safe HTML, and round trips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from civicquiz.core.html_clean import clean_html
from civicquiz.formats.base import ImportRefused
from civicquiz.formats.exporters import bank_to_gift, bank_to_moodle_xml
from civicquiz.formats.registry import import_file, import_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "banks"


@pytest.fixture
def gift(corpus: Path) -> Path:
    return corpus / "gift"


@pytest.fixture
def xml(corpus: Path) -> Path:
    return corpus / "moodle_xml"


def kinds(path: Path, **options: object) -> list[str]:
    return [q.qtype for q in import_file(path, **options).bank.questions]  # type: ignore[arg-type]


# -- GIFT -----------------------------------------------------------------------------------


def test_moodles_gift_fixture(gift: Path) -> None:
    """Moodle imports 9 from this file, counting an essay and a repeated question; we skip
    the essay (not supported) and the repeat (same content), and say so."""
    result = import_file(gift / "questions.gift.txt")
    assert [q.qtype for q in result.bank.questions] == [
        "matching", "single_choice", "multiple_choice", "numeric", "short_answer", "true_false", "true_false",
    ]  # fmt: skip
    assert [(s.line, s.reason) for s in result.skipped] == [
        (2, "essay questions are not supported (Q8)"),
        (49, "the same question as on line 46"),
    ]
    matching, _, multiple, numeric, short, true_false, _ = result.bank.questions
    assert matching.stem_format == "html" and "<b>activity</b>" in matching.stem
    assert [o.match for o in matching.options] == ["Forum", "Choice", "Database", "Wiki", "Chat"]
    assert matching.options[-1].text == "" and not matching.options[-1].correct  # a distractor only
    assert [o.weight for o in multiple.options] == [0.5, -1.0, 0.5, -1.0]
    assert (numeric.numeric[0].value, numeric.numeric[0].tolerance) == (3.0, 2.0)
    assert [(o.text, o.weight) for o in short.options] == [("Frog", None), ("Cat", 0.5)]
    assert (
        true_false.explanation.startswith("This is, of course")
        and true_false.correct_options[0].key == "false"
    )


def test_moodles_example_sheet_covers_every_gift_type(gift: Path) -> None:
    result = import_file(gift / "examples.txt")
    found = {q.qtype for q in result.bank.questions}
    assert found == {
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "numeric",
        "matching",
    }
    assert len(result.bank.questions) == 33 and all(
        "same question" in s.reason for s in result.skipped
    )
    grant = next(
        q for q in result.bank.questions if q.stem.startswith("Grant is _____ in Grant's tomb")
    )
    assert [o.text for o in grant.correct_options] == ["entombed"]
    hometowns = [q for q in result.bank.questions if q.stem.startswith("Jesus Christ was from")]
    assert len(hometowns) == 2  # the same title twice, different questions: both kept
    ranged = [
        q
        for q in result.bank.questions
        if q.numeric and q.numeric[0].value == pytest.approx(3.1415)
    ]
    assert ranged and ranged[0].numeric[0].tolerance == pytest.approx(0.0005)


def test_every_escape_is_honoured(gift: Path) -> None:
    question = import_file(gift / "escapeAll.gift").bank.questions[0]
    assert [o.text for o in question.options] == ["~", "=", "#", "{", "}", ":", "\\"]
    assert question.correct_options[0].text == "\\"


def test_numeric_forms_and_weights(gift: Path) -> None:
    questions = import_file(gift / "numerical1.gift").bank.questions
    assert len(questions) == 10
    bounds = [
        (q.numeric[0].value - q.numeric[0].tolerance, q.numeric[0].value + q.numeric[0].tolerance)
        for q in questions
    ]
    assert (
        (-5.0, 5.0) in bounds
        and (1.0, 5.0) in bounds
        and (-3.142, -3.141) in [tuple(round(b, 3) for b in x) for x in bounds]
    )
    grasp = questions[-1]
    assert grasp.stem_format == "html" and [n.value for n in grasp.numeric] == [9.0]


def test_comments_categories_descriptions_and_essays(gift: Path) -> None:
    result = import_file(gift / "categories.gift")
    assert [q.options[0].text for q in result.bank.questions] == [
        "answer Q2",
        "answer Q3 with specials }",
        "answer Q5",
    ]
    assert result.bank.questions[0].stem == "first paret of text of Q2\nsecond part of text of Q2"
    assert (
        result.bank.questions[2].topic == "Toutes"
        and result.bank.questions[2].stem_format == "markdown"
    )
    assert [s.line for s in result.skipped] == [2, 22, 28]


def test_weights_that_add_up_and_ones_that_do_not(gift: Path) -> None:
    assert kinds(gift / "multipleAnswersFloat.gift") == ["multiple_choice"]
    with pytest.raises(
        ImportRefused, match=r"t.gift:1: the positive weights .* must add up to 100%, not 80%"
    ):
        import_text("Pick?{~%40%a ~%40%b ~%-100%c}", source="t.gift", format_name="gift")
    with pytest.raises(
        ImportRefused,
        match=re.escape("t.gift:3: a multiple-choice question needs at least two answers"),
    ):
        import_text("Fine?{T}\n\nOne choice?{=a ~}", source="t.gift", format_name="gift")
    with pytest.raises(ImportRefused, match=re.escape("t.gift:1: the answers are not closed")):
        import_text("Open?{=a ~b", source="t.gift", format_name="gift")


def test_windows_1252_gift_is_read_not_refused(gift: Path) -> None:
    result = import_file(gift / "questions_encoding_windows-1252.gift.txt")
    assert result.encoding == "cp1252"
    assert (
        any("ö" in (o.text + (o.match or "")) for o in result.bank.questions[0].options)
        or "ö" in result.bank.questions[0].stem
    )


def test_a_file_with_only_an_essay_is_refused_saying_why(gift: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_file(gift / "tag_id_and_two_tags.gift")
    assert refused.value.problems[1].endswith(":3: essay questions are not supported")


# -- Moodle XML -------------------------------------------------------------------------------


def test_invalid_grades_refuse_the_whole_file_like_moodle(xml: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_file(xml / "error_invalid_grades.xml")
    assert len(refused.value.problems) == 1
    assert (
        ":4: Question with invalid grades" in refused.value.problems[0]
        and "33%" in refused.value.problems[0]
    )


def test_broken_cloze_questions_are_refused_as_moodle_refuses_them(xml: Path) -> None:
    # Moodle's multianswer checks: no gap at all, "{1:MULTICHOICE}" (no answers: no gap),
    # a choice gap with one answer, no answer worth 100%, a numerical answer that is no number.
    with pytest.raises(ImportRefused) as refused:
        import_file(xml / "broken_cloze_questions.xml")
    assert [p.split(".xml:")[1] for p in refused.value.problems] == [
        "4: a cloze question needs at least one gap, like {1:SHORTANSWER:=Astana}",
        "20: a cloze question needs at least one gap, like {1:SHORTANSWER:=Astana}",
        "36: gap 1: a choice gap needs at least two answers",
        "52: gap 1: no answer is worth 100%",
        "68: gap 1: every answer of a numerical gap must be a number or *",
    ]


def test_category_html_and_an_embedded_file(xml: Path) -> None:
    result = import_file(xml / "multichoice.xml")
    question = result.bank.questions[0]
    assert (
        result.format == "moodle-xml"
        and question.topic == "Multichoice"
        and question.stem_format == "html"
    )
    assert [o.text for o in question.correct_options] == [
        "[French flag] French"
    ]  # an image in a plain answer: its alt text
    # the audio link is kept as readable text with its address, never as a link to fetch
    assert "bonjour.mp3)" in question.stem and "href" not in question.stem


def test_the_old_image_field_becomes_an_embedded_image(xml: Path) -> None:
    result = import_file(xml / "sample_questions_with_old_image_tag.xml")
    cloze, choice = result.bank.questions
    assert '<img src="data:image/' in cloze.stem and '<img src="data:image/' in choice.stem
    assert not result.skipped


HOSTILE = {
    "external entity": '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>',
    "entity expansion": '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>',
    "a DTD": '<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "http://example.invalid/x.dtd"><quiz></quiz>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_xml_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "hostile.xml"
    path.write_text(HOSTILE[name], encoding="utf-8")
    with pytest.raises(ImportRefused, match="not allowed"):
        import_file(path, format_name="moodle-xml")


def test_xml_honours_its_declared_encoding(tmp_path: Path) -> None:
    text = ('<?xml version="1.0" encoding="windows-1251"?><quiz><question type="truefalse"><name><text>q</text></name>'
            '<questiontext format="html"><text>Курултай — однопалатный парламент.</text></questiontext>'
            '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>')  # fmt: skip
    path = tmp_path / "cp1251.xml"
    path.write_bytes(text.encode("cp1251"))
    result = import_file(path)
    assert result.encoding == "windows-1251" and "Курултай" in result.bank.questions[0].stem


# -- safe HTML --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p onclick='steal()'>Hi <b>there</b></p>", "<p>Hi <b>there</b></p>"),
        ("<script>alert(1)</script>ok", "ok"),
        ("<img src='http://tracker.invalid/x.png' alt='chart'>", "[chart]"),
        ("<img src='file:///etc/passwd'>", ""),
        ("<a href='javascript:x'>link</a>", "link"),
        ("<style>p{}</style><iframe src=x>in</iframe>text", "text"),
        ("<p>unclosed <i>tags", "<p>unclosed <i>tags</i></p>"),
        ("5 < 6 & 7 > 3", "5 &lt; 6 &amp; 7 &gt; 3"),
    ],
)
def test_html_is_reduced_to_the_allowlist(dirty: str, clean: str) -> None:
    assert clean_html(dirty) == clean


# -- round trips ------------------------------------------------------------------------------


def effective_weight(question: object, option: object) -> float | None:
    """What an option is worth: explicit, or implied (a share of the keys, or -100%)."""
    if option.weight is not None or question.qtype != "multiple_choice":  # type: ignore[attr-defined]
        return option.weight  # type: ignore[attr-defined, no-any-return]
    keys = len(question.correct_options)  # type: ignore[attr-defined]
    return round(1 / keys, 5) if option.correct else -1.0  # type: ignore[attr-defined]


def signature(bank: object) -> list[tuple[object, ...]]:
    return [
        (q.qtype, q.stem, sorted((o.text, o.correct, o.match, round(effective_weight(q, o) or 0, 5)) for o in q.options),
         [(n.value, n.tolerance, n.weight) for n in q.numeric], q.explanation)
        for q in bank.questions  # type: ignore[attr-defined]
        if q.qtype != "ordering"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("writer", "name", "suffix"),
    [(bank_to_gift, "gift", ".gift"), (bank_to_moodle_xml, "moodle-xml", ".xml")],
)
def test_exporting_and_importing_again_gives_the_same_questions(
    tmp_path: Path, writer, name: str, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    sources = [ROOT / "question_banks" / "kz-constitution-2026" / "bank.json"]
    if CORPUS.is_dir():
        sources.append(CORPUS / "gift" / "questions.gift.txt")
    for source in sources:
        original = import_file(source).bank
        path = tmp_path / f"{source.stem}{suffix}"
        path.write_text(writer(original), encoding="utf-8")
        again = import_file(path, format_name=name).bank
        assert signature(again) == signature(original), source.name


def test_feedback_over_several_lines_and_an_html_question_s_answers(gift: Path) -> None:
    first, second = import_file(gift / "multiLineFeedback1.gift").bank.questions
    assert first.options[1].feedback == "feedback comment on this wrong answer\non multiple lines"
    assert first.explanation == "Global feedback split\non multiple lines"
    # The [html] question's answers are HTML too, reduced to their words.
    assert [o.text for o in second.options] == [
        "Client", "ConditionAbonnement", "Paiement", "Emprunt", "ContrôleurAbonnement", "CléAccess",
    ]  # fmt: skip
    assert second.correct_options[0].text == "ContrôleurAbonnement"
    assert (
        "@@PLUGINFILE@@" not in second.stem + second.explanation
    )  # an image the file does not contain


def test_qti_1_2_files_are_refused_with_advice(corpus: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_file(corpus / "qti" / "multiple_choice.xml")
    problem = refused.value.problems[0]
    assert "IMS QTI 1.2 file" in problem and "Moodle XML or GIFT" in problem
