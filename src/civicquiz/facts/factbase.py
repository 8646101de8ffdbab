"""Load and check the reform fact base (``facts.toml``).

The fact base is the single source of the built-in bank: lessons and questions are derived
from it by :mod:`civicquiz.facts.generate`. Loading checks its structure and cross-references;
:func:`evidence_problems` checks the citations against the articles themselves.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FACT_KINDS = (
    "date",
    "person-role",
    "number",
    "institution",
    "principle",
    "event",
    "claim",
    "set",
    "formula",
)
STATUSES = ("proposed", "scheduled", "held", "stated", "decided", "established", "expected")
FAMILIES = (
    "date",
    "month",
    "number",
    "small-number",
    "year",
    "city",
    "body",
    "forum",
    "person",
    "set",
    "formula",
    "period",
    "percent",
)


class FactBaseError(ValueError):
    """The fact base is malformed; the message lists every problem found."""


@dataclass(frozen=True)
class Source:
    """One article or later report. ``when`` says in plain words when it was written
    (``10 February 2026`` or ``before 15 March 2026``); ``anchor`` opens question stems on
    its facts; ``folder`` is ``seeds`` (the five reform articles) or ``updates`` (the later
    dated excerpts)."""

    seed: str
    publisher: str
    title: str
    description: str
    date: str
    note: str
    anchor: str
    when: str = ""
    folder: str = "seeds"

    def citation_text(self, lines: tuple[int, ...]) -> str:
        """What a student can follow, with the line kept for teachers:
        ``DKNews.kz report on the briefing for diplomats in Astana, before 15 March 2026
        (line 35)``."""
        who = self.publisher or "News report (publisher not named)"
        when = self.when or (format_iso_date(self.date) if self.date else "undated")
        label = "line" if len(lines) == 1 else "lines"
        where = f"{label} {', '.join(str(n) for n in lines)}"
        return f"{who} {self.description}, {when} ({where})"


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    family: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """A glossary entry: one key term in the three languages and its Latin
    transliteration (``A / B`` where two are common), with a short note in each language;
    ``entity`` links it to the entity whose aliases also count as its
    forms; ``aliases`` are further spellings a learner may type (any script)."""

    id: str
    en: str
    ru: str
    kk: str
    latin: str
    notes: dict[str, str] = field(default_factory=dict)  # language -> a short explanation
    entity: str = ""
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return {"ru": self.ru, "kk": self.kk}.get(language, self.en)

    def note(self, language: str) -> str:
        return self.notes.get(language) or self.notes.get("en", "")

    def forms(self) -> tuple[str, ...]:
        """Every form a learner may type for this term, in any script."""
        latin = [part.strip() for part in self.latin.split("/")]
        return tuple(
            dict.fromkeys(f for f in (self.kk, self.ru, self.en, *latin, *self.aliases) if f)
        )


@dataclass(frozen=True)
class TopicSpec:
    id: str
    title: str
    intro: str
    outro: str = ""


@dataclass
class Fact:
    id: str
    topic: str
    kind: str
    status: str
    statement: str
    seed: str
    lines: tuple[int, ...]
    evidence: tuple[str, ...]
    value: dict[str, Any] = field(default_factory=dict)
    cloze: dict[str, Any] | None = None
    false_claims: list[dict[str, str]] = field(default_factory=list)
    confirms: tuple[str, ...] = ()  # earlier plans (fact ids) a later report confirms

    @property
    def family(self) -> str | None:
        family = self.value.get("family")
        return str(family) if family else None


@dataclass
class Item:
    """A hand-written question (a scenario to apply, or a comparison of reports). Each
    distractor names the fact that makes it wrong, so every option is defended."""

    id: str
    topic: str
    qtype: str
    stem: str
    facts: tuple[str, ...]
    keys: tuple[str, ...]
    distractors: tuple[dict[str, str], ...]
    explanation: str
    difficulty: int = 2
    kind: str = "scenario"


@dataclass
class FactBase:
    bank_id: str
    title: str
    language: str
    description: str
    sources: dict[str, Source]
    topics: list[TopicSpec]
    entities: dict[str, Entity]
    facts: list[Fact]
    items: list[Item] = field(default_factory=list)
    sources_note: str = ""
    terms: list[Term] = field(default_factory=list)

    def fact(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)

    def aliases_of(self, name: str) -> set[str]:
        """The name itself plus every spelling recorded for the same entity."""
        folded = name.casefold()
        for entity in self.entities.values():
            names = (entity.name, *entity.aliases)
            if folded in (n.casefold() for n in names):
                return set(names)
        return {name}


def format_iso_date(iso: str) -> str:
    """``2026-03-15`` -> ``15 March 2026``; ``2026-01`` -> ``January 2026``."""
    months = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]  # fmt: skip
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return iso


def _lines(raw: Any) -> tuple[int, ...]:
    if isinstance(raw, int):
        return (raw,)
    return tuple(int(n) for n in raw)


def load_fact_base(path: Path, language: str | None = None) -> FactBase:
    """Read ``facts.toml``; raise :class:`FactBaseError` listing every structural problem.

    With ``language`` (``ru``, ``kk``) the text comes from ``facts.LANG.toml`` beside it
    (see :mod:`civicquiz.facts.translations`); a field not translated yet keeps its English
    text, and a translation with problems (unknown ids, lists of another length, lost
    placeholders) is refused with FILE:LINE messages."""
    raw = read_toml(path)
    if language and language != raw.get("bank", {}).get("language", "en"):
        from civicquiz.facts.translations import load_translation

        raw = load_translation(path, language, raw).merged
        raw["bank"] = {**raw.get("bank", {}), "language": language}
    return parse_fact_base(raw, path)


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise FactBaseError(f"{path}: {exc}") from exc


def parse_fact_base(raw: dict[str, Any], path: Path) -> FactBase:
    """The fact base of a parsed ``facts.toml`` (or of one merged with a translation)."""
    problems: list[str] = []
    bank = raw.get("bank", {})
    sources = {s["seed"]: Source(**s) for s in raw.get("source", [])}
    topics = [TopicSpec(**t) for t in raw.get("topic", [])]
    terms = [
        Term(
            id=t["id"],
            en=t["en"],
            ru=t["ru"],
            kk=t["kk"],
            latin=t["latin"],
            notes={
                lang: " ".join(str(text).split())
                for lang, text in (
                    t["note"] if isinstance(t.get("note"), dict) else {"en": t.get("note", "")}
                ).items()
                if text
            },
            entity=t.get("entity", ""),
            aliases=tuple(t.get("aliases", ())),
        )
        for t in raw.get("term", [])
    ]
    items = [
        Item(
            id=i["id"],
            topic=i["topic"],
            qtype=i["type"],
            stem=" ".join(i["stem"].split()),
            facts=tuple(i["facts"]),
            keys=tuple(i["keys"]),
            distractors=tuple(i.get("distractors", ())),
            explanation=" ".join(i["explanation"].split()),
            difficulty=int(i.get("difficulty", 2)),
            kind=i.get("kind", "scenario"),
        )
        for i in raw.get("item", [])
    ]
    entities = {
        e["id"]: Entity(e["id"], e["name"], e["family"], tuple(e.get("aliases", ())))
        for e in raw.get("entity", [])
    }
    facts: list[Fact] = []
    for item in raw.get("fact", []):
        source = item.get("source", {})
        facts.append(
            Fact(
                id=item["id"],
                topic=item["topic"],
                kind=item["kind"],
                status=item["status"],
                statement=" ".join(item["statement"].split()),
                seed=source.get("seed", ""),
                lines=_lines(source.get("line", ())),
                evidence=tuple(source.get("evidence", ())),
                value=dict(item.get("value", {})),
                cloze=item.get("cloze"),
                false_claims=list(item.get("false_claims", [])),
                confirms=tuple(item.get("confirms", ())),
            )
        )
    base = FactBase(
        bank_id=bank.get("id", ""),
        title=bank.get("title", ""),
        language=bank.get("language", "en"),
        description=" ".join(bank.get("description", "").split()),
        sources=sources,
        topics=topics,
        entities=entities,
        facts=facts,
        items=items,
        sources_note=" ".join(bank.get("sources_note", "").split()),
        terms=terms,
    )
    problems.extend(structure_problems(base))
    if problems:
        raise FactBaseError(f"{path}: " + "; ".join(problems))
    return base


def structure_problems(base: FactBase) -> list[str]:
    problems: list[str] = []
    topic_ids = {t.id for t in base.topics}
    fact_ids = [f.id for f in base.facts]
    if len(set(fact_ids)) != len(fact_ids):
        problems.append("fact ids are not unique")
    known = set(fact_ids)
    for fact in base.facts:
        where = f"fact {fact.id!r}"
        if fact.topic not in topic_ids:
            problems.append(f"{where}: unknown topic {fact.topic!r}")
        if fact.kind not in FACT_KINDS:
            problems.append(f"{where}: unknown kind {fact.kind!r}")
        if fact.status not in STATUSES:
            problems.append(f"{where}: unknown status {fact.status!r}")
        if fact.seed not in base.sources:
            problems.append(f"{where}: unknown seed {fact.seed!r}")
        if not fact.lines or not fact.evidence:
            problems.append(f"{where}: a source needs a line and evidence terms")
        if fact.family and fact.family not in FAMILIES:
            problems.append(f"{where}: unknown value family {fact.family!r}")
        entity = fact.value.get("entity")
        if entity and entity not in base.entities:
            problems.append(f"{where}: unknown entity {entity!r}")
        for claim in fact.false_claims:
            if claim.get("because") not in known:
                problems.append(
                    f"{where}: false claim refers to unknown fact {claim.get('because')!r}"
                )
        for counter in fact.value.get("counter", []):
            if counter.get("because") not in known:
                problems.append(
                    f"{where}: counter item refers to unknown fact {counter.get('because')!r}"
                )
        if fact.cloze and "___" not in fact.cloze.get("text", ""):
            problems.append(f"{where}: a cloze text needs a ___ blank")
        for earlier in fact.confirms:
            if earlier not in known:
                problems.append(f"{where}: confirms unknown fact {earlier!r}")
        span = fact.value.get("span")
        if span is not None and (len(span) != 2 or span[0] > span[1]):
            problems.append(f"{where}: a span is [earliest, latest] as ISO dates")
    item_ids = [i.id for i in base.items]
    if len(set(item_ids)) != len(item_ids) or set(item_ids) & known:
        problems.append("item ids are not unique")
    for item in base.items:
        where = f"item {item.id!r}"
        if item.topic not in topic_ids:
            problems.append(f"{where}: unknown topic {item.topic!r}")
        if item.qtype not in ("single_choice", "multiple_choice"):
            problems.append(f"{where}: type must be single_choice or multiple_choice")
        if item.qtype == "single_choice" and len(item.keys) != 1:
            problems.append(f"{where}: a single-choice item has exactly one key")
        for ref in (*item.facts, *(d.get("because", "") for d in item.distractors)):
            if ref not in known:
                problems.append(f"{where}: refers to unknown fact {ref!r}")
        if not item.facts or len(item.distractors) < 2:
            problems.append(f"{where}: an item needs its facts and at least two distractors")
    term_ids = [t.id for t in base.terms]
    if len(set(term_ids)) != len(term_ids):
        problems.append("term ids are not unique")
    for term in base.terms:
        if not (term.en and term.ru and term.kk and term.latin):
            problems.append(f"term {term.id!r}: en, ru, kk and latin are all needed")
        if term.entity and term.entity not in base.entities:
            problems.append(f"term {term.id!r}: unknown entity {term.entity!r}")
    for source in base.sources.values():
        if source.folder not in ("seeds", "updates"):
            problems.append(f"source {source.seed!r}: folder must be seeds or updates")
    return problems


def updates_dir_for(seeds_dir: Path) -> Path:
    """The later dated excerpts sit beside the seeds: ``../shared/sources/updates``."""
    return seeds_dir.parent / "sources" / "updates"


def source_path(base: FactBase, seed: str, seeds_dir: Path) -> Path:
    folder = base.sources[seed].folder if seed in base.sources else "seeds"
    return (updates_dir_for(seeds_dir) if folder == "updates" else seeds_dir) / seed


def evidence_problems(base: FactBase, seeds_dir: Path) -> list[str]:
    """Evidence terms that do not occur verbatim on the cited line(s) of their article."""
    problems: list[str] = []
    cache: dict[str, list[str]] = {}
    for fact in base.facts:
        if fact.seed not in cache:
            path = source_path(base, fact.seed, seeds_dir)
            cache[fact.seed] = path.read_text(encoding="utf-8").split("\n")
        lines = cache[fact.seed]
        if any(n < 1 or n > len(lines) for n in fact.lines):
            problems.append(f"fact {fact.id!r}: line {fact.lines} is outside {fact.seed}")
            continue
        cited = "\n".join(lines[n - 1] for n in fact.lines)
        problems.extend(
            f"fact {fact.id!r}: {term!r} is not on {fact.seed} line(s) {list(fact.lines)}"
            for term in fact.evidence
            if term not in cited
        )
    return problems
