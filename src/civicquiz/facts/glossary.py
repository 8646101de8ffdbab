"""The glossary of the fact base (``[[term]]`` in ``facts.toml``) and the forms of each
term a typed answer accepts in any script.

:func:`term_groups` is the table :mod:`civicquiz.core.answers` compares typed answers with:
each group holds the Kazakh, Russian and English forms of one term, its Latin
transliterations and aliases, the names and aliases of the entity it stands for in every
language the fact base is translated into, and each person's name and surname in every
language. Groups that share a form are one group.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from civicquiz.facts.factbase import FactBase, FactBaseError, Term, parse_fact_base, read_toml

log = logging.getLogger(__name__)
TRANSLATIONS = ("ru", "kk")


def load_glossary(facts_path: Path) -> list[Term]:
    return parse_fact_base(read_toml(facts_path), facts_path).terms


def _translated_bases(facts_path: Path) -> list[FactBase]:
    from civicquiz.facts.translations import load_translation, translation_path

    raw = read_toml(facts_path)
    bases = [parse_fact_base(raw, facts_path)]
    for language in TRANSLATIONS:
        if not translation_path(facts_path, language).exists():
            continue
        try:
            merged = load_translation(facts_path, language, raw).merged
            bases.append(parse_fact_base(merged, facts_path))
        except FactBaseError as exc:  # the translators are told by `civicquiz generate`
            log.warning("typed answers: the %s names are left out: %s", language, exc)
    return bases


def term_groups(facts_path: Path) -> tuple[frozenset[str], ...]:
    """The forms of each term and name, in every script, merged where they overlap."""
    bases = _translated_bases(facts_path)
    english = bases[0]
    groups: list[set[str]] = []
    for term in english.terms:
        forms = set(term.forms())
        if term.entity:
            for base in bases:
                entity = base.entities.get(term.entity)
                if entity:
                    forms.update((entity.name, *entity.aliases))
        groups.append(forms)
    for entity_id in english.entities:
        forms = set()
        for base in bases:
            entity = base.entities.get(entity_id)
            if entity:
                forms.update((entity.name, *entity.aliases))
        groups.append(forms)
    for fact in english.facts:
        if fact.family != "person":
            continue
        names: set[str] = set()
        surnames: set[str] = set()
        for base in bases:
            value = base.fact(fact.id).value
            names.add(value.get("person", ""))
            surnames.add(value.get("surname", ""))
        groups += [names, surnames]
    return merge_groups(groups)


def merge_groups(groups: Iterable[Iterable[str]]) -> tuple[frozenset[str], ...]:
    """Groups that share a form (compared case-insensitively) joined into one."""
    merged: list[set[str]] = []
    for group in groups:
        forms = {f.strip() for f in group if f and f.strip()}
        if len(forms) < 2:
            continue
        folded = {f.casefold() for f in forms}
        overlapping = [m for m in merged if folded & {f.casefold() for f in m}]
        for other in overlapping:
            forms |= other
            merged.remove(other)
        merged.append(forms)
    return tuple(frozenset(m) for m in merged)


@lru_cache(maxsize=1)
def builtin_term_groups() -> tuple[frozenset[str], ...]:
    """:func:`term_groups` of the bundled fact base (read once)."""
    from civicquiz import paths

    facts = paths.builtin_bank_dir() / "facts.toml"
    try:
        return term_groups(facts)
    except (OSError, FactBaseError) as exc:
        log.warning("typed answers: no term table (%s)", exc)
        return ()
