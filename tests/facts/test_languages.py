"""The built-in bank in English, Russian and Kazakh: one bank per language, the same
questions under the same ids with the same keys, and the item rules in every language.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from civicquiz.core.bank import Bank, bank_problems
from civicquiz.core.grading import normalize_answer
from civicquiz.core.lint import lint_bank
from civicquiz.facts.generate import GeneratedBank, bank_file, generate_banks
from civicquiz.formats.native import dump_native_bank, read_native_bank

BANK_DIR = Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026"
FACTS = BANK_DIR / "facts.toml"
LANGUAGES = ("en", "ru", "kk")
TRANSLATED = ("ru", "kk")


@cache
def generated() -> dict[str, GeneratedBank]:
    return {g.language: g for g in generate_banks(FACTS)}


def bank_in(language: str) -> Bank:
    result = generated()[language]
    assert result.bank is not None, result.problems
    return result.bank


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_committed_bank_file_up_to_date(language: str) -> None:
    path = bank_file(FACTS, language)
    assert path.name == ("bank.json" if language == "en" else f"bank.{language}.json")
    assert path.read_text(encoding="utf-8") == dump_native_bank(bank_in(language)), (
        "run `civicquiz generate`"
    )
    committed = read_native_bank(path)  # checked against schema.json on the way in
    assert committed.language == language
    assert bank_problems(committed) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_same_questions_with_the_same_keys_in_every_language(language: str) -> None:
    english = read_native_bank(BANK_DIR / "bank.json")
    other = read_native_bank(BANK_DIR / f"bank.{language}.json")
    assert other.key == english.key
    assert [q.key for q in other.questions] == [q.key for q in english.questions]
    assert [t.key for t in other.topics] == [t.key for t in english.topics]
    for ours, theirs in zip(english.questions, other.questions, strict=True):
        assert theirs.qtype == ours.qtype and theirs.topic == ours.topic, ours.key
        if ours.qtype == "short_answer":
            continue  # the accepted spellings differ between languages
        assert [o.key for o in theirs.options] == [o.key for o in ours.options], ours.key
        assert [o.key for o in theirs.correct_options] == [o.key for o in ours.correct_options], (
            ours.key
        )
        assert theirs.numeric == ours.numeric, ours.key
        assert [c.fact for c in theirs.sources] == [c.fact for c in ours.sources], ours.key


@pytest.mark.parametrize("language", LANGUAGES)
def test_true_false_share_and_balance_hold_in_every_language(language: str) -> None:
    bank = bank_in(language)
    report = lint_bank(bank)
    assert [str(v) for v in report.violations] == []
    assert report.true_share is not None and 0.40 <= report.true_share <= 0.60
    answers = Counter(q.correct_options[0].key for q in bank.questions if q.qtype == "true_false")
    assert answers["true"] + answers["false"] <= len(bank.questions) * 0.20


@pytest.mark.parametrize("language", LANGUAGES)
def test_single_choice_keys_are_spread_over_the_positions(language: str) -> None:
    bank = bank_in(language)
    positions = Counter(
        q.correct_options[0].key for q in bank.questions if q.qtype == "single_choice"
    )
    total = sum(positions.values())
    assert len(positions) >= 3, positions
    assert max(positions.values()) <= 0.45 * total, positions


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_question_is_repeated_word_for_word(language: str) -> None:
    seen: dict[tuple[str, str, tuple[str, ...]], str] = {}
    for q in bank_in(language).questions:
        signature = (
            q.qtype,
            normalize_answer(q.stem),
            tuple(sorted(normalize_answer(o.text) for o in q.options)),
        )
        assert signature not in seen, (q.key, seen.get(signature))
        seen[signature] = q.key


@pytest.mark.parametrize("language", LANGUAGES)
def test_options_are_plausible_alike_in_length_and_distinct(language: str) -> None:
    for q in bank_in(language).questions:
        if q.qtype not in ("single_choice", "multiple_choice"):
            continue
        texts = [normalize_answer(o.text) for o in q.options]
        assert len(set(texts)) == len(texts), (q.key, texts)
        if q.qtype == "single_choice":
            lengths = sorted(len(o.text) for o in q.options)
            assert lengths[-1] <= max(3 * lengths[0], lengths[0] + 40), (q.key, texts)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", normalize_answer(text)) if len(w) > 3}


# the dates of time anchors ("As reported on 10 February 2026", "2026 жылғы 10 ақпан")
DATES = re.compile(r"\d{1,2} \w+ \d{4}( г\.)?|\d{4} жылғы \d{1,2} \w+")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stem_does_not_give_the_answer_away(language: str) -> None:
    for q in bank_in(language).questions:
        stem = normalize_answer(DATES.sub(" ", q.stem))
        if q.qtype in ("single_choice", "short_answer"):
            for key in q.correct_options:
                said = re.search(rf"(?<!\w){re.escape(normalize_answer(key.text))}(?!\w)", stem)
                assert not said, (q.key, key.text)
        if q.qtype == "single_choice" and not {"scenario", "compare"} & set(q.tags):
            key = q.correct_options[0]
            others = set().union(*(_words(o.text) for o in q.options if not o.correct))
            telling = (_words(key.text) - others) & _words(q.stem)
            assert not telling, (q.key, telling)


# Latin-letter words allowed in a Russian or Kazakh bank: names of web services and
# publishers, and the Latin transliterations a typed answer accepts.
LATIN_ALLOWED = re.compile(
    r"^(eGov|eOtinish|e-Otinish|Otinish|TASS|DKNews\.kz|Astana Times|Tengrinews|"
    r"Qazinform|Orda\.kz|Times of Central Asia|echofm\.online|Gazeta\.kg|Akorda|UN|CIS)$"
)


def _visible_texts(bank: Bank) -> list[tuple[str, str]]:
    texts = [("title", bank.title), ("description", bank.description)]
    for topic in bank.topics:
        texts += [(topic.key, topic.title), (topic.key, topic.intro)]
        texts += [(topic.key, p.text) for p in topic.paragraphs]
    for q in bank.questions:
        texts += [(q.key, q.stem), (q.key, q.explanation)]
        texts += [(q.key, o.text) for o in q.options if q.qtype != "short_answer"]
        texts += [(q.key, o.match or "") for o in q.options]
    return texts


def english_words(text: str) -> list[str]:
    """Runs of two or more Latin-letter words (a sentence left in English), outside the
    allowed names. A name quoted from an English report and glossed in brackets ("People's
    Assembly (Халық жиналысы)"), or given in brackets after its translation, is content."""
    found = []
    pattern = r"[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*)+"
    for match in re.finditer(pattern, text):
        run = match.group()
        before, after = text[: match.start()], text[match.end() :]
        in_brackets = before.count("(") > before.count(")")
        glossed = after.lstrip().startswith("(")
        if not (LATIN_ALLOWED.match(run.strip(" .")) or in_brackets or glossed):
            found.append(run)
    return found


def test_the_english_word_finder_finds_english_and_spares_names() -> None:
    assert english_words("Верно. The President said so") == ["The President said so"]
    assert english_words("через порталы eGov и eOtinish") == []
    assert english_words("сообщение Astana Times от 12 февраля") == []
    assert english_words("Халық жиналысы (People's Assembly)") == []
    assert english_words("People's Council (халықтық кеңес) деп атайды") == []
    assert english_words("Astana Times wrote this in English") == [
        "Astana Times wrote this in English"
    ]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_translation_is_complete(language: str) -> None:
    result = generated()[language]
    assert result.problems == []
    assert result.missing == [], f"{len(result.missing)} missing, first: {result.missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_is_left_in_a_translated_bank(language: str) -> None:
    left = [
        (where, words)
        for where, text in _visible_texts(bank_in(language))
        if (words := english_words(text))
    ]
    assert left == [], f"{len(left)} texts with English, first: {left[:5]}"
