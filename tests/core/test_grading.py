"""Grading each question type as a learner would expect."""

from __future__ import annotations

import pytest

from civicquiz.core.grading import OptionView, grade_response, normalize_answer

CHOICES = [
    OptionView("a", "Kurultai", True),
    OptionView("b", "Senate", False),
    OptionView("c", "Mazhilis", False),
]


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("halyk kenesi", "Halyk Kenesi"),
        ("  HALYK   KENESI. ", "Halyk Kenesi"),
        ("Halyk Keňesi", "Halyk Kenesi"),
        ("People’s Council", "People's Council"),
        ("Qurultay", "qurultay"),
    ],
)
def test_typed_answers_ignore_case_accents_spacing_and_apostrophes(
    typed: str, accepted: str
) -> None:
    assert normalize_answer(typed) == normalize_answer(accepted)


def test_single_choice() -> None:
    assert grade_response("single_choice", CHOICES, [], {"option": "a"}).correct
    assert not grade_response("single_choice", CHOICES, [], {"option": "b"}).correct
    assert grade_response("single_choice", CHOICES, [], {}).score == 0


def test_true_false() -> None:
    options = [OptionView("true", "True", False), OptionView("false", "False", True)]
    assert grade_response("true_false", options, [], {"value": False}).correct
    assert not grade_response("true_false", options, [], {"value": True}).correct
    assert not grade_response("true_false", options, [], {"value": "false"}).correct


def test_multiple_answers_give_partial_credit_and_penalise_wrong_picks() -> None:
    options = [OptionView("a", "x", True), OptionView("b", "y", True), OptionView("c", "z", False)]
    assert grade_response("multiple_choice", options, [], {"options": ["a", "b"]}).correct
    half = grade_response("multiple_choice", options, [], {"options": ["a"]})
    assert half.score == pytest.approx(0.5) and not half.correct
    assert grade_response("multiple_choice", options, [], {"options": ["a", "c"]}).score == 0
    assert grade_response(
        "multiple_choice", options, [], {"options": ["a", "b", "c"]}
    ).score == pytest.approx(0.5)


def test_weighted_multiple_answers() -> None:
    options = [OptionView("a", "x", True, weight=0.5), OptionView("b", "y", True, weight=0.5),
               OptionView("c", "z", False, weight=-1.0)]  # fmt: skip
    assert grade_response("multiple_choice", options, [], {"options": ["a", "b"]}).correct
    assert grade_response("multiple_choice", options, [], {"options": ["a", "b", "c"]}).score == 0


def test_short_answer_accepts_every_alias() -> None:
    options = [OptionView("a", "Kyzylorda", True), OptionView("b", "Kyrylorda", True)]
    assert grade_response("short_answer", options, [], {"text": "kyrylorda"}).correct
    assert not grade_response("short_answer", options, [], {"text": "Astana"}).correct
    assert not grade_response("short_answer", options, [], {"text": ""}).correct


def test_numeric_with_tolerance_and_typed_separators() -> None:
    accepted = [{"value": 1600.0, "tolerance": 80.0}]
    assert grade_response("numeric", [], accepted, {"value": 1600}).correct
    assert grade_response("numeric", [], accepted, {"value": "1,650"}).correct
    assert not grade_response("numeric", [], accepted, {"value": 1700}).correct
    assert not grade_response("numeric", [], accepted, {"value": "many"}).correct
    assert not grade_response("numeric", [], accepted, {"value": True}).correct


def test_matching_scores_each_pair() -> None:
    options = [
        OptionView("a", "Azimova", True, match="Chair"),
        OptionView("b", "Karin", True, match="Counselor"),
    ]
    assert grade_response(
        "matching", options, [], {"pairs": {"a": "Chair", "b": "Counselor"}}
    ).correct
    swapped = grade_response(
        "matching", options, [], {"pairs": {"a": "Counselor", "b": "Counselor"}}
    )
    assert swapped.score == pytest.approx(0.5)


def test_ordering_must_be_exact() -> None:
    options = [
        OptionView("a", "first", True),
        OptionView("b", "second", True),
        OptionView("c", "third", True),
    ]
    assert grade_response("ordering", options, [], {"order": ["a", "b", "c"]}).correct
    assert not grade_response("ordering", options, [], {"order": ["b", "a", "c"]}).correct


def test_the_keyed_answer_of_every_bank_question_earns_full_marks(bank) -> None:  # type: ignore[no-untyped-def]
    from civicquiz.core.grading import keyed_answer

    for q in bank.questions:
        views = [OptionView(o.key, o.text, o.correct, o.match, o.weight) for o in q.options]
        numeric = [
            {"value": n.value, "tolerance": n.tolerance, "weight": n.weight} for n in q.numeric
        ]
        answer = keyed_answer(q.qtype, views, numeric)
        assert grade_response(q.qtype, views, numeric, answer).correct, q.key
