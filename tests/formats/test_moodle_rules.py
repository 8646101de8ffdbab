"""Moodle 4.5's reading, rule by rule: what its GIFT, Moodle XML and Aiken readers accept
we import, what they refuse we refuse (whole, with FILE:LINE), and the format is told from
the content before the extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicquiz.core.grading import grade_response
from civicquiz.formats.base import ImportRefused
from civicquiz.formats.registry import import_file, import_text


def gift(text: str, **options: bool) -> list:  # type: ignore[type-arg]
    return import_text(text, source="t.gift", format_name="gift", **options).bank.questions


def refused(text: str, format_name: str = "gift") -> list[str]:
    with pytest.raises(ImportRefused) as caught:
        import_text(text, source="t.gift", format_name=format_name)
    return caught.value.problems


def score(question, key: str) -> float:  # type: ignore[no-untyped-def]
    views = [o for o in question.options]
    return grade_response(question.qtype, views, [], {"option": key}).score  # type: ignore[arg-type]


# -- GIFT ------------------------------------------------------------------------------


def test_several_equals_in_a_choice_are_each_fully_right() -> None:
    (question,) = gift("Pick a prime?{=2 =3 ~4 ~6}")
    assert question.qtype == "single_choice"
    assert [score(question, o.key) for o in question.options] == [1.0, 1.0, 0.0, 0.0]
    assert [o.text for o in question.correct_options] == ["2"]  # the first is the key shown


def test_braces_with_only_general_feedback_are_an_essay_skipped_not_a_refusal() -> None:
    result = import_text("Describe it.{####Look at the picture.}\n\nOk?{T}", source="t.gift",
                         format_name="gift")  # fmt: skip
    assert [q.qtype for q in result.bank.questions] == ["true_false"]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (1, "essay questions are not supported")
    ]


def test_an_answer_not_starting_with_a_marker_is_a_short_answer() -> None:
    (plain,) = gift("Capital of Kazakhstan?{Astana}")
    assert plain.qtype == "short_answer" and [o.text for o in plain.options] == ["Astana"]
    (two,) = gift("Capital?{Astana =Nur-Sultan}")
    assert [o.text for o in two.options] == ["Astana", "Nur-Sultan"]
    (lower,) = gift("Is it?{t}")  # Moodle's true/false check is case-sensitive
    assert lower.qtype == "short_answer" and lower.options[0].text == "t"


def test_text_before_the_first_tilde_is_a_wrong_choice() -> None:
    (question,) = gift("Pick?{maybe ~no =yes}")
    assert [(o.text, o.correct) for o in question.options] == [
        ("maybe", False), ("no", False), ("yes", True)]  # fmt: skip


def test_true_false_feedback_is_kept_for_each_answer() -> None:
    (truth, falsity) = gift(
        "Sky blue?{TRUE#It is blue, look.#Right.}\n\nGrass red?{F#No, it is green.#Yes.}"
    )
    assert {o.key: o.feedback for o in truth.options} == {
        "true": "Right.",
        "false": "It is blue, look.",
    }
    assert {o.key: o.feedback for o in falsity.options} == {
        "true": "No, it is green.",
        "false": "Yes.",
    }


def test_titles_become_ids_and_an_unclosed_title_reads_on() -> None:
    kanji, untitled = gift(
        "::Kanji Origins::Japanese characters came from?{=China}\n\n::Open title{T}"
    )
    assert kanji.key == "Kanji Origins"
    assert untitled.stem == "Open title" and untitled.key.startswith("q-")


def test_only_the_first_braces_hold_answers() -> None:
    (question,) = gift("Fill {=in} and {here}")
    assert question.stem == "Fill _____ and {here}" and question.options[0].text == "in"


@pytest.mark.parametrize(
    ("text", "message"),
    [("Open?{=a ~b", "not closed"), ("Closed?=a}", "no '{'"), ("One?{~only}", "at least two"),
     ("Match?{=a -> b}", "two pairs"), ("Match?{=a -> b =c}", "'->'"),
     ("Num?{#abc}", "not a finite number"), ("Multi?{~%40%a ~%40%b}", "100%"),
     ("Partial?{~%50%a ~b}", "add up to 100%"), ("Short?{=%0%a}", "worth marks")],
)  # fmt: skip
def test_what_moodle_refuses_refuses_the_file_with_its_line(text: str, message: str) -> None:
    problems = refused(f"Fine?{{T}}\n\n{text}")
    assert problems[0].startswith("t.gift:3: ") and message in problems[0], problems


# -- Moodle XML ----------------------------------------------------------------------------

XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<question type="{kind}"><name><text>{name}</text></name>
<questiontext format="html"><text>Q?</text></questiontext>
{answers}
</question>
</quiz>"""


def xml(kind: str, answers: str, name: str = "n1") -> list:  # type: ignore[type-arg]
    text = XML.format(kind=kind, answers=answers, name=name)
    return import_text(text, source="t.xml", format_name="moodle-xml").bank.questions


def test_xml_short_answer_and_true_false_feedback_are_kept() -> None:
    (short,) = xml("shortanswer", '<answer fraction="100"><text>Astana</text><feedback><text>Yes'
                   '</text></feedback></answer><answer fraction="50"><text>Akmola</text><feedback>'
                   "<text>Old name</text></feedback></answer>")  # fmt: skip
    assert [(o.text, o.feedback) for o in short.options] == [
        ("Astana", "Yes"),
        ("Akmola", "Old name"),
    ]
    (truth,) = xml("truefalse", '<answer fraction="0"><text>true</text><feedback><text>No'
                   '</text></feedback></answer><answer fraction="100"><text>false</text>'
                   "<feedback><text>Right</text></feedback></answer>")  # fmt: skip
    assert {o.key: (o.correct, o.feedback) for o in truth.options} == {
        "true": (False, "No"), "false": (True, "Right")}  # fmt: skip


def test_xml_single_choice_with_two_full_answers_gives_both_full_marks() -> None:
    (question,) = xml("multichoice", "<single>true</single>" + "".join(
        f'<answer fraction="{f}"><text>{t}</text></answer>' for t, f in [("a", 100), ("b", 100), ("c", 0)]))  # fmt: skip
    assert [score(question, o.key) for o in question.options] == [1.0, 1.0, 0.0]


def test_xml_names_become_ids() -> None:
    (question,) = xml("truefalse", '<answer fraction="100"><text>true</text></answer>'
                      '<answer fraction="0"><text>false</text></answer>', name="Kanji Origins")  # fmt: skip
    assert question.key == "Kanji Origins"


# -- Aiken ------------------------------------------------------------------------------


def test_aiken_options_with_the_same_placeholder_text_are_imported() -> None:
    text = "Pick the third.\nA. ...\nB. ...\nC. third\nANSWER: C\n"
    (question,) = import_text(text, source="a.txt", format_name="aiken").bank.questions
    assert [o.text for o in question.options] == ["...", "...", "third"]


# -- detection: content first --------------------------------------------------------------


def test_an_aiken_txt_with_braces_is_read_as_aiken(tmp_path: Path) -> None:
    path = tmp_path / "quiz.txt"
    path.write_text("Which set is {1, 2}?\nA) {1, 2}\nB) {=}\nANSWER: A\n", encoding="utf-8")
    result = import_file(path)
    assert result.format == "aiken" and result.bank.questions[0].options[0].text == "{1, 2}"


def test_a_moodle_backup_xml_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "moodle_backup.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<moodle_backup>\n<information>'
                    "<name>x.mbz</name></information>{=a ~b}\n</moodle_backup>\n")  # fmt: skip
    with pytest.raises(ImportRefused) as caught:
        import_file(path)
    assert "Moodle course backup" in caught.value.problems[0]
    assert "GIFT" not in caught.value.problems[0].split(";")[0]


def test_a_gift_file_named_xml_is_still_gift(tmp_path: Path) -> None:
    path = tmp_path / "bank.xml"
    path.write_text("Ok?{T}\n", encoding="utf-8")
    assert import_file(path).format == "gift"
