"""Item-writing rules, checked over every question of the generated bank."""

from __future__ import annotations

import re
from collections import Counter
from itertools import permutations
from pathlib import Path

import pytest

from civicquiz.core.bank import QUESTION_TYPES, Bank, Question, bank_problems
from civicquiz.core.grading import normalize_answer
from civicquiz.core.lint import lint_bank
from civicquiz.facts.factbase import Fact, FactBase, load_fact_base
from civicquiz.facts.generate import MONTHS, generate_bank, has_time_anchor
from civicquiz.formats.native import dump_native_bank, read_native_bank

BANK_DIR = Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026"
NUMBER = re.compile(r"^[\d,.]+$")


def fact_of(base: FactBase, question: Question) -> Fact:
    assert question.sources and question.sources[0].fact
    return base.fact(question.sources[0].fact)


def single_choice(bank: Bank) -> list[Question]:
    return [q for q in bank.questions if q.qtype == "single_choice"]


def test_bank_is_deterministic_and_the_committed_file_is_current(fact_base: FactBase) -> None:
    first = dump_native_bank(generate_bank(fact_base))
    second = dump_native_bank(generate_bank(load_fact_base(BANK_DIR / "facts.toml")))
    assert first == second
    assert (BANK_DIR / "bank.json").read_text(encoding="utf-8") == first, "run `make generate`"


def test_committed_bank_passes_the_schema_and_the_bank_rules() -> None:
    bank = read_native_bank(BANK_DIR / "bank.json")
    assert bank_problems(bank) == []


def test_bank_size_types_and_difficulties(bank: Bank) -> None:
    assert len(bank.questions) >= 150
    types = Counter(q.qtype for q in bank.questions)
    # every type but embedded answers, which come only from teachers' (Moodle) files
    assert set(types) == set(QUESTION_TYPES) - {"cloze"}, types
    assert {q.difficulty for q in bank.questions} == {1, 2, 3}
    # mostly single choice, multiple answers, matching, ordering and typed
    assert types["true_false"] <= len(bank.questions) * 0.20, types
    assert types["single_choice"] == max(types.values()), types


def test_the_lint_rules_find_nothing_in_the_built_in_bank(bank: Bank) -> None:
    report = lint_bank(bank)
    assert [str(v) for v in report.violations] == []
    assert report.true_share is not None and 0.40 <= report.true_share <= 0.60


def test_the_committed_bank_is_clean_too() -> None:
    assert [str(v) for v in lint_bank(read_native_bank(BANK_DIR / "bank.json")).violations] == []


def test_most_facts_yield_a_question(fact_base: FactBase, bank: Bank) -> None:
    covered = {c.fact for q in bank.questions for c in q.sources}
    uncovered = {f.id for f in fact_base.facts} - covered
    # the rest are taught in the lessons only (a claim with no fair question to ask)
    assert len(uncovered) <= len(fact_base.facts) * 0.25, sorted(uncovered)
    topics = {q.topic for q in bank.questions}
    assert topics == {t.id for t in fact_base.topics}


def test_single_choice_has_exactly_one_key(bank: Bank) -> None:
    for q in single_choice(bank):
        assert len(q.correct_options) == 1, q.key
        assert len(q.options) >= 3, q.key


def test_no_all_or_none_of_the_above(bank: Bank) -> None:
    pattern = re.compile(r"\b(all|none|both|neither) of (the|these)\b", re.I)
    for q in bank.questions:
        for option in q.options:
            assert not pattern.search(option.text), (q.key, option.text)


def test_distractors_are_never_the_key_or_its_alias(fact_base: FactBase, bank: Bank) -> None:
    for q in bank.questions:
        if q.qtype not in ("single_choice", "multiple_choice"):
            continue
        for key in q.correct_options:
            aliases = {normalize_answer(a) for a in fact_base.aliases_of(key.text)}
            for option in q.options:
                if not option.correct:
                    assert normalize_answer(option.text) not in aliases, (q.key, option.text)


def _short_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(day)} {MONTHS[int(month) - 1]} {year}"


def test_distractors_are_of_the_keys_kind_and_false_by_the_fact_base(
    fact_base: FactBase, bank: Bank
) -> None:
    facts = fact_base.facts
    for q in single_choice(bank):
        if "scenario" in q.tags or "compare" in q.tags:
            continue  # hand-written: each distractor names the fact that defeats it
        fact = fact_of(fact_base, q)
        key = q.correct_options[0].text
        wrong = [o.text for o in q.options if not o.correct]
        family, variant = fact.family, q.key.rsplit(".", 1)[1]
        others = [f for f in facts if f.family == family and f is not fact]
        if family == "person" and variant == "who":
            allowed = {f.value["person"] for f in others if f.value["role"] != fact.value["role"]}
        elif family == "person" and variant == "role":
            allowed = {f.value["role"] for f in others}
        elif family == "date" and variant == "when":
            allowed = {_short_date(f.value["answer"]) for f in others}
            # dates picked by hand for plausibility: an event on one day is false on any other
            allowed |= {_short_date(d) for d in fact.value.get("wrong", [])}
            allowed.discard(_short_date(fact.value["answer"]))
        elif family == "date" and variant == "which-event":
            allowed = {
                f.value["label"] for f in others if f.value["answer"] != fact.value["answer"]
            }
        elif family == "month":
            allowed = {f"{m} {y}" for m in MONTHS for y in (2025, 2026)} - {key}
        elif family == "percent":
            assert all(w != key for w in wrong), q.key
            continue
        elif family in ("number", "small-number", "year"):
            value = float(fact.value["answer"])
            assert all(_numeric_value(w) != value for w in wrong), q.key
            continue
        elif family in ("city", "body", "forum"):
            entity_names = {
                e.name for e in fact_base.entities.values() if e.family == family
            } - fact_base.aliases_of(key)
            allowed = entity_names
        elif family == "formula":
            allowed = {
                " – ".join(f"{a} {p}" for a, p in zip(perm, fact.value["parts"], strict=True))
                for perm in permutations(fact.value["qualities"])
            } - {key}
        else:
            pytest.fail(f"{q.key}: single choice from a fact of unknown family {family}")
        assert set(wrong) <= allowed, (q.key, set(wrong) - allowed)


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _numeric_value(text: str) -> float:
    first = text.split()[0].casefold()
    return float(_WORDS.get(first, first.replace(",", "")))


def test_options_have_a_similar_form(bank: Bank) -> None:
    for q in single_choice(bank):
        texts = [o.text for o in q.options]
        numeric = [bool(NUMBER.match(t)) for t in texts]
        assert all(numeric) or not any(numeric), (q.key, texts)
        lengths = sorted(len(t) for t in texts)
        assert lengths[-1] <= max(3 * lengths[0], lengths[0] + 40), (q.key, texts)


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", normalize_answer(text)) if len(w) > 3}


def test_the_stem_does_not_give_the_answer_away(bank: Bank) -> None:
    for q in bank.questions:
        stem = normalize_answer(re.sub(r"^As reported[^,]*, ", "", q.stem))
        if q.qtype in ("single_choice", "short_answer"):
            for key in q.correct_options:
                assert normalize_answer(key.text) not in stem, (q.key, key.text)
        if q.qtype == "single_choice" and not {"scenario", "compare"} & set(q.tags):
            key = q.correct_options[0]
            distractor_words = set().union(*(_tokens(o.text) for o in q.options if not o.correct))
            telling = (_tokens(key.text) - distractor_words) & _tokens(q.stem)
            assert not telling, (q.key, telling)


def test_dated_facts_carry_one_time_anchor(fact_base: FactBase, bank: Bank) -> None:
    for q in bank.questions:
        if len(q.sources) != 1 or "scenario" in q.tags or "compare" in q.tags:
            continue
        fact = fact_of(fact_base, q)
        anchor = fact_base.sources[fact.seed].anchor
        if fact.family in ("date", "month"):
            continue  # a reporting date would give a date answer away
        assert q.stem.startswith(anchor) or has_time_anchor(q.stem), (q.key, q.stem)
        assert q.stem.count("As reported") <= 1, (q.key, q.stem)


def test_every_question_has_an_explanation_and_a_citation(bank: Bank) -> None:
    for q in bank.questions:
        assert len(q.explanation) > 20, q.key
        assert q.sources, q.key
        for citation in q.sources:
            assert re.search(r"\blines? \d", citation.text), (q.key, citation.text)
            assert citation.seed and citation.lines


def test_no_two_questions_are_duplicates(bank: Bank) -> None:
    seen: dict[tuple[str, str, tuple[str, ...]], str] = {}
    for q in bank.questions:
        signature = (
            q.qtype,
            normalize_answer(q.stem),
            tuple(sorted(normalize_answer(o.text) for o in q.options)),
        )
        assert signature not in seen, (q.key, seen.get(signature))
        seen[signature] = q.key
    assert len({q.key for q in bank.questions}) == len(bank.questions)


def test_true_false_is_balanced_enough_to_not_be_guessable(bank: Bank) -> None:
    answers = Counter(q.correct_options[0].key for q in bank.questions if q.qtype == "true_false")
    total = answers["true"] + answers["false"]
    assert 0.4 * total <= answers["true"] <= 0.6 * total, answers


def test_lessons_cite_every_fact_of_their_topic(fact_base: FactBase, bank: Bank) -> None:
    topics = {t.key: t for t in bank.topics}
    for fact in fact_base.facts:
        paragraphs = topics[fact.topic].paragraphs
        assert any(p.citation and p.citation.fact == fact.id for p in paragraphs), fact.id
    for topic in bank.topics:
        assert topic.intro and topic.paragraphs
