"""The fact base in another language: ``facts.LANG.toml`` beside ``facts.toml``.

A translation file holds the same entries as ``facts.toml`` (``[[source]]`` by ``seed``;
``[[topic]]``, ``[[entity]]``, ``[[fact]]``, ``[[item]]`` by ``id``; the lists inside an entry,
such as a fact's false claims or an item's distractors, in the same order) with only the
text fields, and at the end optional ``[[question]]`` overrides of single generated
questions (``id`` of a question in ``bank.json``; optional ``stem``, ``options`` in
``bank.json`` order, ``explanation``).

:func:`load_translation` merges it into the English fact base. A field left empty keeps its
English text and is counted as *missing* (the generator's draft mode); real mistakes are
*problems* and refuse the translation: an id ``facts.toml`` does not have, a field that is
not text, a list of another length than the English one, a ``{placeholder}`` lost or added.
Every message names the file and line.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from civicquiz.facts.factbase import FactBaseError, read_toml

# The text fields of each kind of entry. A list field named in ALIGNED must have as many
# entries as the English one (each translates one English entry); the FREE lists are the
# spellings a learner may type, which differ between languages and may be empty.
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "bank": frozenset({"title", "description", "sources_note"}),
    "source": frozenset({"description", "when", "note", "anchor"}),
    "topic": frozenset({"title", "intro", "outro"}),
    "entity": frozenset({"name", "aliases", "note"}),
    "fact": frozenset({"statement"}),
    "fact.false_claims": frozenset({"text"}),
    "fact.cloze": frozenset({"text", "answer", "accept"}),
    "fact.value": frozenset(
        [
            "ask",
            "claim",
            "answer",
            "label",
            "list_label",
            "items",
            "order_ask",
            "parts",
            "qualities",
            "person",
            "role",
            "surname",
            "who",
            "refused",
            "refused_feedback",
            "true_claims",
            "wrong",
        ]
    ),
    "fact.value.counter": frozenset({"item"}),
    "item": frozenset({"stem", "keys", "explanation"}),
    "item.distractors": frozenset({"text"}),
}
FREE_LISTS = frozenset({"aliases", "accept", "refused"})
# entries matched by a key, and the lists inside an entry matched by position
ENTRY_KEYS = {"source": "seed", "topic": "id", "entity": "id", "fact": "id", "item": "id"}
NESTED = {
    "fact": ("false_claims", "cloze", "value"),
    "fact.value": ("counter",),
    "item": ("distractors",),
}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


@dataclass
class QuestionOverride:
    """A translator's own wording of one generated question."""

    id: str
    line: int
    stem: str = ""
    options: tuple[str, ...] = ()
    explanation: str = ""


@dataclass
class Translation:
    path: Path
    language: str
    merged: dict[str, Any]  # facts.toml with the translated text in place
    missing: list[str] = field(default_factory=list)  # "FILE:LINE: field is empty"
    translated: int = 0  # fields with a translation
    overrides: list[QuestionOverride] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing


def translation_path(facts_path: Path, language: str) -> Path:
    return facts_path.with_name(f"{facts_path.stem}.{language}.toml")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


def _translatable(kind: str, name: str, english: Any) -> bool:
    if name not in TEXT_FIELDS.get(kind, ()) or not _is_text(english):
        return False
    if kind == "fact.value" and name in ("answer", "wrong"):
        values = english if isinstance(english, list) else [english]
        return not any(ISO_DATE.match(v) for v in values)
    return True


class LineIndex:
    """Where each entry and field of a TOML file starts: a path such as
    ``("fact", 3, "cloze", "text")`` -> line number. Good enough for messages: it follows
    table headers and ``key =`` lines and skips multi-line strings."""

    HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$")
    KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[Any, ...], int] = {}
        counters: dict[tuple[Any, ...], int] = {}
        latest: dict[tuple[str, ...], tuple[Any, ...]] = {}
        current: tuple[Any, ...] = ()
        in_string = False
        for number, line in enumerate(text.split("\n"), start=1):
            quotes = line.count('"""') + line.count("'''")
            if in_string:
                in_string = quotes % 2 == 0
                continue
            header = self.HEADER.match(line)
            if header:
                names = tuple(header.group(2).split("."))
                parent = latest.get(names[:-1], ())
                if header.group(1) == "[[":
                    slot = (*parent, names[-1])
                    index = counters.get(slot, 0)
                    counters[slot] = index + 1
                    current = (*slot, index)
                else:
                    current = (*parent, names[-1])
                latest[names] = current
                self.lines.setdefault(current, number)
                continue
            key = self.KEY.match(line)
            if key:
                self.lines.setdefault((*current, key.group(1)), number)
            if quotes % 2 == 1:
                in_string = True

    def line(self, path: tuple[Any, ...]) -> int:
        """The line of ``path``, or of the nearest enclosing entry found."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


def load_translation(
    facts_path: Path, language: str, english: dict[str, Any] | None = None
) -> Translation:
    """Merge ``facts.LANG.toml`` into the English fact base; raise :class:`FactBaseError`
    with every problem (FILE:LINE: what) when the translation cannot be used."""
    path = translation_path(facts_path, language)
    english = english if english is not None else read_toml(facts_path)
    if not path.exists():
        raise FactBaseError(f"{path}: no translation file for language {language!r}")
    text = path.read_text(encoding="utf-8")
    raw = read_toml(path)
    merger = _Merger(path, language, LineIndex(text))
    merged = merger.merge(english, raw)
    if merger.problems:
        raise FactBaseError("\n".join(merger.problems))
    return Translation(
        path=path,
        language=language,
        merged=merged,
        missing=merger.missing,
        translated=merger.translated,
        overrides=merger.overrides,
    )


class _Merger:
    def __init__(self, path: Path, language: str, index: LineIndex) -> None:
        self.path = path
        self.language = language
        self.index = index
        self.problems: list[str] = []
        self.missing: list[str] = []
        self.translated = 0
        self.overrides: list[QuestionOverride] = []

    def where(self, path: tuple[Any, ...]) -> str:
        return f"{self.path}:{self.index.line(path)}"

    def problem(self, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(f"{self.where(path)}: {message}")

    def merge(self, english: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
        merged = copy.deepcopy(english)
        known = {"bank", "question", *ENTRY_KEYS}
        for name in raw:
            if name not in known:
                self.problem((name,), f"unknown table [{name}]")
        self.fields("bank", merged.get("bank", {}), raw.get("bank", {}), ("bank",), "the bank")
        for kind, key in ENTRY_KEYS.items():
            ours = {entry[key]: entry for entry in merged.get(kind, [])}
            seen: set[str] = set()
            for position, entry in enumerate(raw.get(kind, [])):
                path = (kind, position)
                ident = entry.get(key)
                if ident not in ours:
                    self.problem(path, f"[[{kind}]] {key} = {ident!r} is not in facts.toml")
                    continue
                if ident in seen:
                    self.problem(path, f"[[{kind}]] {key} = {ident!r} appears twice")
                    continue
                seen.add(ident)
                self.fields(kind, ours[ident], entry, path, f"{kind} {ident!r}", skip={key})
            for ident, entry in ours.items():
                if ident not in seen and self._has_text(kind, entry):
                    self.missing.append(
                        f"{self.path}:1: {kind} {ident!r} is missing (add a [[{kind}]] entry)"
                    )
        self.question_overrides(raw.get("question", []))
        return merged

    def _has_text(self, kind: str, entry: dict[str, Any]) -> bool:
        return any(_translatable(kind, name, value) and value for name, value in entry.items())

    def fields(
        self,
        kind: str,
        ours: dict[str, Any],
        theirs: dict[str, Any],
        path: tuple[Any, ...],
        label: str,
        skip: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        nested = NESTED.get(kind, ())
        for name, value in theirs.items():
            if name in skip or name in nested:
                continue
            here = (*path, name)
            if name not in ours or not _translatable(kind, name, ours[name]):
                self.problem(here, f"{label}: {name!r} is not a text field of facts.toml here")
                continue
            self.value(kind, name, ours, value, here, label)
        for name, english in ours.items():
            if name in theirs or name in nested or not _translatable(kind, name, english):
                continue
            if english and name not in FREE_LISTS:
                self.missing.append(f"{self.where(path)}: {label}: {name} is missing")
        for name in nested:
            self.nested(kind, name, ours, theirs, path, label)

    def nested(
        self,
        kind: str,
        name: str,
        ours: dict[str, Any],
        theirs: dict[str, Any],
        path: tuple[Any, ...],
        label: str,
    ) -> None:
        sub_kind = f"{kind}.{name}"
        english = ours.get(name)
        given = theirs.get(name)
        if given is None:
            if english:
                if isinstance(english, dict) and not any(
                    _translatable(sub_kind, k, v) and v for k, v in english.items()
                ):
                    return
                self.missing.append(f"{self.where(path)}: {label}: {name} is missing")
            return
        if english is None:
            self.problem((*path, name), f"{label}: facts.toml has no {name} here")
            return
        if isinstance(english, dict):
            if not isinstance(given, dict):
                self.problem((*path, name), f"{label}: {name} must be a table")
                return
            self.fields(sub_kind, english, given, (*path, name), f"{label} {name}")
            return
        if not isinstance(given, list) or len(given) != len(english):
            count = len(given) if isinstance(given, list) else "no list"
            self.problem(
                (*path, name),
                f"{label}: {len(english)} {name} in facts.toml, {count} here (same order, one each)",
            )
            return
        for position, (ours_entry, theirs_entry) in enumerate(zip(english, given, strict=True)):
            self.fields(
                sub_kind, ours_entry, theirs_entry, (*path, name, position), f"{label} {name}"
            )

    def value(
        self,
        kind: str,
        name: str,
        ours: dict[str, Any],
        given: Any,
        here: tuple[Any, ...],
        label: str,
    ) -> None:
        english = ours[name]
        if not _is_text(given) or isinstance(given, list) != isinstance(english, list):
            shape = "a list of texts" if isinstance(english, list) else "a text"
            self.problem(here, f"{label}: {name} must be {shape}, like the English")
            return
        if isinstance(english, list):
            if name in FREE_LISTS:
                if given:
                    ours[name] = [" ".join(g.split()) for g in given]
                    self.translated += 1
                return
            if not given:
                if english:
                    self.missing.append(f"{self.where(here)}: {label}: {name} is empty")
                return
            if len(given) != len(english):
                self.problem(
                    here,
                    f"{label}: {name} has {len(given)} entries, the English {len(english)}",
                )
                return
            if any(not g.strip() for g in given):
                self.missing.append(f"{self.where(here)}: {label}: {name} has an empty entry")
                return
            for e, g in zip(english, given, strict=True):
                self.placeholders(e, g, here, label, name)
            ours[name] = list(given)
            self.translated += 1
            return
        if not given.strip():
            if english:
                self.missing.append(f"{self.where(here)}: {label}: {name} is empty")
            return
        self.placeholders(english, given, here, label, name)
        if kind == "fact.cloze" and name == "text" and "___" not in given:
            self.problem(here, f"{label}: the cloze text needs its ___ blank")
        ours[name] = given
        self.translated += 1

    def placeholders(
        self, english: str, given: str, here: tuple[Any, ...], label: str, name: str
    ) -> None:
        want, have = sorted(PLACEHOLDER.findall(english)), sorted(PLACEHOLDER.findall(given))
        if want != have:
            self.problem(
                here,
                f"{label}: {name} must keep the placeholders {', '.join(want) or '(none)'}"
                f" (found {', '.join(have) or 'none'})",
            )

    def question_overrides(self, entries: list[dict[str, Any]]) -> None:
        for position, entry in enumerate(entries):
            path = ("question", position)
            ident = entry.get("id")
            if not isinstance(ident, str) or not ident:
                self.problem(path, "a [[question]] override needs the id of a bank.json question")
                continue
            unknown = set(entry) - {"id", "stem", "options", "explanation"}
            if unknown:
                self.problem(
                    path, f"question {ident!r}: unknown field(s) {', '.join(sorted(unknown))}"
                )
            options = entry.get("options", [])
            if not _is_text(entry.get("stem", "")) or not _is_text(options):
                self.problem(path, f"question {ident!r}: stem, options and explanation are text")
                continue
            self.overrides.append(
                QuestionOverride(
                    id=ident,
                    line=self.index.line(path),
                    stem=" ".join(str(entry.get("stem", "")).split()),
                    options=tuple(options),
                    explanation=" ".join(str(entry.get("explanation", "")).split()),
                )
            )


def override_problems(
    overrides: list[QuestionOverride], path: Path, option_counts: dict[str, int]
) -> list[str]:
    """Overrides naming a question the bank does not have, or the wrong number of options."""
    problems = []
    for override in overrides:
        where = f"{path}:{override.line}: question {override.id!r}"
        if override.id not in option_counts:
            problems.append(f"{where}: no question with this id in bank.json")
        elif override.options and len(override.options) != option_counts[override.id]:
            problems.append(
                f"{where}: {len(override.options)} options given, the question has"
                f" {option_counts[override.id]} (in bank.json order)"
            )
    return problems
