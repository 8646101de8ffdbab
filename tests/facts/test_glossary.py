"""The glossary in the fact base: each key term in three languages with its Latin
transliteration, and the source of the forms a typed answer accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from civicquiz.core.answers import answer_matches
from civicquiz.facts.glossary import load_glossary, merge_groups, term_groups

BANK_DIR = Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026"
FACTS = BANK_DIR / "facts.toml"


def test_the_key_terms_under_their_official_names() -> None:
    terms = {t.id: t for t in load_glossary(FACTS)}
    expected = {
        "kurultai": ("Kurultai", "Курултай", "Құрылтай"),
        "halyk-kenesi": (
            "People's Council of Kazakhstan (Halyk Kenesi)",
            "Народный совет Казахстана",
            "Қазақстан Халық Кеңесі",
        ),
        "constitutional-commission": (
            "Constitutional Commission",
            "Конституционная комиссия",
            "Конституциялық комиссия",
        ),
        "vice-president": ("Vice-President", "вице-президент", "вице-президент"),
        "republican-referendum": (
            "republican referendum",
            "республиканский референдум",
            "республикалық референдум",
        ),
        "national-kurultai": ("National Kurultai", "Национальный курултай", "Ұлттық құрылтай"),
        "constitutional-court": (
            "Constitutional Court",
            "Конституционный суд",
            "Конституциялық Сот",
        ),
        "mazhilis": ("Mazhilis", "Мажилис", "Мәжіліс"),
        "senate": ("Senate", "Сенат", "Сенат"),
    }
    for term_id, (en, ru, kk) in expected.items():
        term = terms[term_id]
        assert (term.en, term.ru, term.kk) == (en, ru, kk)
        assert term.latin
        for language in ("en", "ru", "kk"):
            assert term.note(language), (term_id, language)
    assert "Qurultai" in terms["kurultai"].latin
    assert "central-referendum-commission" in terms


def test_typed_answers_accept_every_glossary_form_and_refuse_a_neighbour() -> None:
    assert answer_matches("Ұлттық құрылтай", "National Kurultai")
    assert answer_matches("Национальный курултай", "National Kurultai")
    assert answer_matches("Орталық референдум комиссиясы", "Central Referendum Commission")
    assert answer_matches("Центральная референдумная комиссия", "Орталық референдум комиссиясы")
    assert answer_matches("Ата Заң", "Basic Law")
    assert not answer_matches("Курултай", "National Kurultai")
    assert not answer_matches("Сенат", "Mazhilis")
    assert not answer_matches("Конституционный суд", "Constitutional Commission")


def test_translated_entity_names_join_their_term(tmp_path: Path) -> None:
    (tmp_path / "facts.toml").write_bytes(FACTS.read_bytes())
    (tmp_path / "facts.ru.toml").write_text(
        '[[entity]]\nid = "working-group"\nname = "Рабочая группа по реформе Парламента"\n'
        'aliases = ["рабочая группа"]\n',
        encoding="utf-8",
    )
    group = next(g for g in term_groups(tmp_path / "facts.toml") if "Senate" in g)
    assert "Сенат" in group
    group = next(g for g in term_groups(tmp_path / "facts.toml") if "working group" in g)
    assert {"Рабочая группа по реформе Парламента", "рабочая группа"} <= group
    assert "Парламенттік реформа жөніндегі жұмыс тобы" in group


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        ([["a", "b"], ["c", "d"]], 2),
        ([["a", "b"], ["B", "c"]], 1),
        ([["a"], ["c", "d"]], 1),
    ],
)
def test_groups_sharing_a_form_are_one(groups: list[list[str]], expected: int) -> None:
    assert len(merge_groups(groups)) == expected
