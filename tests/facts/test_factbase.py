"""The fact base: every citation checks out against the articles, and nothing is copied."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from civicquiz.facts.factbase import FactBase, evidence_problems, load_fact_base, updates_dir_for

FIXTURE_SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def test_the_evidence_check_on_a_report_of_our_own(fact_base: FactBase) -> None:
    """The check itself, on any clone: facts cite a small made-up report written for the
    tests (tests/fixtures/seeds); the real articles are checked below when present."""
    fact = fact_base.facts[0]
    cited = replace(fact, seed="fake_report.txt", lines=(2,), evidence=("Kurultai", "one chamber"))
    ours = replace(fact_base, facts=[cited])
    assert evidence_problems(ours, FIXTURE_SEEDS) == []
    moved = replace(ours, facts=[replace(cited, lines=(3,))])  # the citation points elsewhere
    assert evidence_problems(moved, FIXTURE_SEEDS) == [
        f"fact {fact.id!r}: 'Kurultai' is not on fake_report.txt line(s) [3]",
        f"fact {fact.id!r}: 'one chamber' is not on fake_report.txt line(s) [3]",
    ]
    outside = replace(ours, facts=[replace(cited, lines=(9,))])
    assert evidence_problems(outside, FIXTURE_SEEDS) == [
        f"fact {fact.id!r}: line (9,) is outside fake_report.txt"
    ]


def test_every_evidence_term_is_on_its_cited_line(fact_base: FactBase, seeds_dir: Path) -> None:
    assert evidence_problems(fact_base, seeds_dir) == []


def test_a_wrong_citation_is_caught(fact_base: FactBase, seeds_dir: Path) -> None:
    fact = fact_base.facts[0]
    original = fact.lines
    fact.lines = (original[0] + 1,)
    try:
        problems = evidence_problems(fact_base, seeds_dir)
    finally:
        fact.lines = original
    assert problems and fact.id in problems[0]


def test_every_article_is_used_and_described(fact_base: FactBase, seeds_dir: Path) -> None:
    articles = {p.name for p in seeds_dir.glob("*.txt")}
    seeds = {s.seed for s in fact_base.sources.values() if s.folder == "seeds"}
    assert seeds == articles
    used = Counter(f.seed for f in fact_base.facts)
    assert all(used[a] >= 8 for a in articles), used
    updates = {p.name for p in updates_dir_for(seeds_dir).glob("upd_*.txt")}
    assert {s.seed for s in fact_base.sources.values() if s.folder == "updates"} == updates
    assert all(used[u] >= 1 for u in updates), used
    for source in fact_base.sources.values():
        assert source.when and source.description and source.anchor, source.seed


def test_the_fact_base_is_substantial_and_covers_every_topic(fact_base: FactBase) -> None:
    assert len(fact_base.facts) > 60
    by_topic = Counter(f.topic for f in fact_base.facts)
    assert all(by_topic[t.id] >= 2 for t in fact_base.topics), by_topic
    kinds = {f.kind for f in fact_base.facts}
    assert {"date", "person-role", "number", "institution", "principle", "event"} <= kinds


def test_central_facts_of_the_reform_are_present(fact_base: FactBase) -> None:
    by_id = {f.id: f for f in fact_base.facts}
    assert by_id["referendum-date"].value["answer"] == "2026-03-15"
    assert by_id["commission-size"].value["answer"] == 130
    assert by_id["unicameral-kurultai"].value["answer"] == "Kurultai"
    assert by_id["peoples-council-first-election"].value["answer"] == "2026-10-17"
    assert "vice-president" in by_id["vice-presidency"].statement


def test_spelling_variants_are_aliases_not_separate_things(fact_base: FactBase) -> None:
    assert "Qyzylorda" in fact_base.aliases_of("Kyzylorda")
    # "Kyrylorda" is a misprint in one report, not a spelling to teach or accept
    assert "Kyrylorda" not in fact_base.aliases_of("Kyzylorda")
    assert {"Kurultai", "Qurultay"} <= fact_base.aliases_of("Kurultai")
    council = fact_base.aliases_of("Halyk Kenesi")
    assert {"People's Council", "People’s Assembly"} <= council
    # The national forum is not the new parliament.
    assert "National Kurultai" not in fact_base.aliases_of("Kurultai")


def test_every_fact_has_a_known_status_and_a_reporting_date_or_note(fact_base: FactBase) -> None:
    for fact in fact_base.facts:
        source = fact_base.sources[fact.seed]
        assert source.date or source.note, fact.id
        assert fact.status


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.casefold().replace("’", "'"))


def test_statements_are_our_own_words(fact_base: FactBase, seeds_dir: Path) -> None:
    """No statement repeats eight consecutive words of an article, apart from the exact terms
    it cites as evidence (official titles and named principles stay verbatim)."""
    article_runs: set[tuple[str, ...]] = set()
    for path in [*seeds_dir.glob("*.txt"), *updates_dir_for(seeds_dir).glob("upd_*.txt")]:
        words = _words(path.read_text(encoding="utf-8"))
        article_runs.update(tuple(words[i : i + 8]) for i in range(len(words) - 7))
    copied = []
    for fact in fact_base.facts:
        words = _words(fact.statement)
        cited = [False] * len(words)
        for term in fact.evidence:
            term_words = _words(term)
            for i in range(len(words) - len(term_words) + 1):
                if words[i : i + len(term_words)] == term_words:
                    cited[i : i + len(term_words)] = [True] * len(term_words)
        for i in range(len(words) - 7):
            own_words = 8 - sum(cited[i : i + 8])
            if tuple(words[i : i + 8]) in article_runs and own_words >= 3:
                copied.append(f"{fact.id}: {' '.join(words[i : i + 8])}")
                break
    assert copied == []


def test_a_malformed_fact_base_is_refused_with_every_problem(tmp_path: Path) -> None:
    from civicquiz.facts.factbase import FactBaseError

    bad = tmp_path / "facts.toml"
    bad.write_text(
        '[bank]\nid = "x"\n[[topic]]\nid = "t"\ntitle = "T"\nintro = ""\n'
        '[[fact]]\nid = "a"\ntopic = "nope"\nkind = "date"\nstatus = "held"\nstatement = "s"\n'
        'source = { seed = "missing.txt", line = 1, evidence = ["x"] }\n',
        encoding="utf-8",
    )
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(bad)
    message = str(caught.value)
    assert "unknown topic 'nope'" in message and "unknown seed 'missing.txt'" in message
