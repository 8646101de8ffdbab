"""The generated Russian bank reads as Russian: figures agree with their nouns, and a
fill-in names its report once.

The true/false claims of the Russian bank put the key or a wrong value into a sentence
("Конституционная комиссия состояла из 130 членов"). Russian nouns change form with the
last digits of a count (1 член, 2 члена, 5 членов), so a wording that reads well for one
value can be wrong for another; this test reads every generated claim.
"""

from __future__ import annotations

import re

from civicquiz.core.bank import Bank
from civicquiz.facts.phrases import RUSSIAN

from .test_languages import bank_in

# a figure (thousands may be separated by a space) and the word after it, with the
# preposition before it if any
FIGURE_AND_NOUN = re.compile(
    r"(?:(?<=\s)(?P<prep>из|на|в|с|до|около)\s+)?(?<![\d,])(?P<n>\d{1,3}(?:[\u00a0 ]\d{3})*)"
    r"\s+(?P<word>[а-яё]+)"
)
# words after a figure that are not counted nouns
NOT_COUNTED = {"года", "год", "г", *RUSSIAN.months}


def disagreements(text: str) -> list[str]:
    """Figures whose noun cannot be in the form the sentence gives it: "N <gen. plural>"
    is right only for N ending in 0 or 5-9 or 11-14; after "из" (genitive) or "на"
    (prepositional) the plural also fits 2-4, but never a count ending in 1."""
    found = []
    for m in FIGURE_AND_NOUN.finditer(text):
        if m.group("word") in NOT_COUNTED:
            continue
        n = int(re.sub(r"\D", "", m.group("n")))
        last, last_two = n % 10, n % 100
        if 11 <= last_two <= 14 or last in (0, 5, 6, 7, 8, 9):
            continue
        if last in (2, 3, 4) and m.group("prep") in ("из", "на"):
            continue
        found.append(m.group())
    return found


def test_the_checker_finds_a_wrong_form_and_spares_right_ones() -> None:
    assert disagreements("провела 22 заседаний") == ["22 заседаний"]
    assert disagreements("внесли все 21 политических партий") == ["21 политических"]
    assert disagreements("состояла из 174 депутатов") == []
    assert disagreements("пройти на 11 759 избирательных участках") == []
    assert disagreements("провела 10 заседаний, с 2019 года, 15 марта 2026 г.") == []


def test_numbers_in_russian_claims_agree() -> None:
    bank: Bank = bank_in("ru")
    claims = [q for q in bank.questions if ".claim-" in q.key]
    assert claims, "the Russian bank has no numeric true/false claims"
    wrong = [(q.key, found) for q in claims if (found := disagreements(q.stem))]
    assert not wrong, wrong


def test_russian_fill_ins_name_their_report_once_inside_the_instruction() -> None:
    """ "По сообщению …, заполните пропуск" reads as if the report gave the instruction; the
    Russian stem names the report in brackets after the instruction, once."""
    bank: Bank = bank_in("ru")
    fill_ins = [q for q in bank.questions if q.key.endswith(".cloze")]
    assert fill_ins
    for q in fill_ins:
        assert q.stem.startswith("Заполните пропуск в предложении (по сообщени"), q.stem
        assert "___" in q.stem.split("): ", 1)[1], q.stem
        assert q.stem.lower().count("по сообщени") == 1, q.stem
