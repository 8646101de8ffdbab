"""Typed answers in Kazakh, Russian and Latin script (issue 14): the forms of a term in the
three languages and their transliterations are accepted, slips are forgiven alike in every
script, and neither Kazakh letters nor numbers are folded into wrong answers."""

from __future__ import annotations

import pytest

from civicquiz.core.answers import answer_matches, fold, slips_allowed
from civicquiz.core.grading import OptionView, grade_response


def _typed(key: str, typed: str, *, wrong: str | None = None) -> bool:
    options = [OptionView("a", key, True)]
    if wrong is not None:
        options.append(OptionView("b", wrong, False))
    return grade_response("short_answer", options, [], {"text": typed}).correct


@pytest.mark.parametrize("key", ["Kurultai", "Құрылтай", "Курултай"])
@pytest.mark.parametrize(
    "typed",
    [
        "Qurultai",
        "Kurultai",
        "kurultay",
        "Құрылтай",
        "ҚҰРЫЛТАЙ",
        "Курултай",
        "курултай",
        "Qurultay",
    ],
)
def test_the_kurultai_in_every_script_and_spelling(key: str, typed: str) -> None:
    assert _typed(key, typed)


@pytest.mark.parametrize("key", ["Tokayev", "Тоқаев", "Токаев"])
@pytest.mark.parametrize("typed", ["Tokayev", "Tokaev", "toqaev", "Тоқаев", "Токаев", "ТОКАЕВ"])
def test_tokayev_in_every_script_and_spelling(key: str, typed: str) -> None:
    assert _typed(key, typed)


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("Народный совет", "Халық Кеңесі"),
        ("People's Council", "Народный совет"),
        ("Halyk Kenesi", "Халық кеңесі"),
        ("Конституциялық комиссия", "Konstitutsiialyq komissiia"),
        ("Мажилис", "Mazhilis"),
        ("Мәжіліс", "Majilis"),
    ],
)
def test_institutions_across_languages(key: str, typed: str) -> None:
    assert _typed(key, typed)


@pytest.mark.parametrize(
    ("key", "slip"),
    [
        ("Kurultai", "Kurultia"),  # swapped letters, Latin
        ("Курултай", "Курулттай"),  # an extra letter, Russian
        ("Құрылтай", "Құрлтай"),  # a missing letter, Kazakh
        ("Тоқаев", "Тоқаеа"),  # a wrong letter, Kazakh
        ("Тоқаев", "Токаев"),  # қ typed as к is one slip, as in any other letter
    ],
)
def test_one_spelling_slip_is_forgiven_in_every_script(key: str, slip: str) -> None:
    assert _typed(key, slip)


@pytest.mark.parametrize(
    ("key", "two_slips"),
    [("Kurultai", "Kurlutia"), ("Курултай", "Кирултаа"), ("Құрылтай", "Құрлтаа")],
)
def test_two_slips_in_a_short_word_are_not(key: str, two_slips: str) -> None:
    assert not _typed(key, two_slips)


def test_the_tolerance_depends_on_length_alone() -> None:
    assert slips_allowed("Ұлт") == slips_allowed("Ult") == 0
    assert slips_allowed("Құрылтай") == slips_allowed("Курултай") == slips_allowed("Kurultai") == 1
    assert slips_allowed("Конституциялық") == slips_allowed("Konstitutsiia") == 2


@pytest.mark.parametrize(
    ("key", "wrong"),
    [
        ("Ұлт", "Улт"),  # nation: ұ is its own letter, not у
        ("сөз", "соз"),  # word: ө is not о
        ("Әкім", "Аким"),  # two letters off in a short word
        ("қол", "кол"),
        ("іс", "ис"),
        ("Құрылтай", "Сенат"),
        ("Kurultai", "Senate"),
        ("Tokayev", "Nazarbayev"),
        ("Тоқаев", "Назарбаев"),
        ("Курултай", "Мажилис"),
    ],
)
def test_wrong_answers_are_not_accepted(key: str, wrong: str) -> None:
    assert not _typed(key, wrong)


def test_kazakh_letters_survive_folding() -> None:
    kazakh = "ӘҒҚҢӨҰҮҺІ"
    assert fold(kazakh) == "әғқңөұүһі"
    for letter, look_alike in zip("әғқңөұүһі", "агкноууhи", strict=True):
        assert fold(letter) != fold(look_alike)
    assert fold("Ёлка") == "елка" and fold("ТАЙ") == "тай"  # й is a letter of its own


def test_numbers_are_never_a_slip() -> None:
    assert not _typed("1 September 2026", "1 September 2025")
    assert not _typed("7 September", "1 September")
    assert _typed("7 September", "7 Septmber")


def test_an_exact_wrong_option_wins_over_a_near_key() -> None:
    # A teacher who lists a wrong spelling on purpose gets it marked wrong.
    assert not _typed("Kyrylorda", "Kyzylorda", wrong="Kyzylorda")
    assert _typed("Kyrylorda", "Kyrylorda", wrong="Kyzylorda")


def test_an_empty_answer_matches_nothing() -> None:
    assert not answer_matches("  ", "Kurultai")
    assert not _typed("Kurultai", "")
