"""Turn the fact base into the built-in question bank.

Item-writing rules this module follows (and :mod:`civicquiz.facts.lint` checks over the
whole bank):

- a choice question asks for a single-valued attribute of one fact; distractors are values
  of the same family taken from other facts (or derived from the key's form, for numbers
  and months), so each is false by the fact base and is never the key or one of its aliases;
- true/false items are few (at most a fifth of the bank) and balanced: each true claim
  built from a value has a false twin built from a distractor, and a lesson sentence is
  never repeated as a true/false stem;
- hand-written scenario and comparison items ask learners to apply what they learnt;
- stems carry one time anchor ("As reported on 10 February 2026, before the referendum"),
  never two; plans are taught as plans, with the date of the report;
- typed answers accept the key's aliases and its common transliteration variants;
- every question carries an explanation and the citation of the fact(s) it rests on.

Randomness (which distractors, option order) is seeded by the question id, so the same fact
base always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from civicquiz.core.bank import (
    Bank,
    Citation,
    LessonParagraph,
    NumericAnswer,
    Option,
    Question,
    Topic,
)
from civicquiz.core.lint import spelling_variants
from civicquiz.facts.factbase import Fact, FactBase, format_iso_date
from civicquiz.facts.phrases import ENGLISH, LANGUAGES, Phrases, phrases_for
from civicquiz.facts.translations import QuestionOverride

OPTION_KEYS = "abcdefgh"
MONTHS = list(ENGLISH.months)
PLAN_STATUSES = ("proposed", "scheduled", "expected")
# A stem or lesson sentence that already says when it was reported needs no second anchor.
TIME_ANCHOR = re.compile(ENGLISH.time_anchor)


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16))


def proper_nouns(base: FactBase, phrases: Phrases = ENGLISH) -> set[str]:
    """Capitalised words that must stay capitalised after a time anchor."""
    words = set(phrases.proper_words)
    for entity in base.entities.values():
        for name in (entity.name, *entity.aliases):
            words.update(name.split())
    for fact in base.facts:
        if fact.family == "person":
            words.update(fact.value["person"].split())
    return words


def lower_first(text: str, keep: set[str]) -> str:
    """Lower the first letter of ``text`` unless its first word is a proper noun."""
    first = text.split(" ", 1)[0].rstrip(",:")
    acronym = first.isupper() and (len(first) > 1 or first == "I")
    if first in keep or acronym or not first[:1].isalpha():
        return text
    return text[0].lower() + text[1:]


def capital(text: str) -> str:
    """Capitalise the first letter, leaving names such as ``eGov`` alone."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].upper() + text[1:]


def has_time_anchor(text: str) -> bool:
    return bool(TIME_ANCHOR.match(text))


class Generator:
    """Builds the bank of ``base`` in its language. A translated fact base is generated
    with the English one as ``reference``: every choice the generator makes (which
    distractors, in what order) is made on the English text, so that each language has
    the same questions with the same keys, and only the words differ."""

    def __init__(
        self,
        base: FactBase,
        *,
        reference: FactBase | None = None,
        overrides: Iterable[QuestionOverride] = (),
    ) -> None:
        self.base = base
        self.ref = reference or base
        self.p = phrases_for(base.language)
        self.overrides = list(overrides)
        self.questions: list[Question] = []
        self.keep_capitals = proper_nouns(base, self.p)
        self.numeric_choices = 0  # numeric single-choice questions so far: see KEY_RANKS
        self.english_of = self._english_texts() if self.ref is not base else {}

    def _english_texts(self) -> dict[str, str]:
        """Each translated sentence -> the English one it translates: a translation says
        when it was reported wherever the English does, in its own words."""
        pairs: dict[str, str] = {}
        for fact in self.base.facts:
            en = self.ref.fact(fact.id)
            pairs[fact.statement] = en.statement
            for ours, theirs in zip(fact.false_claims, en.false_claims, strict=False):
                pairs[ours.get("text", "")] = theirs.get("text", "")
            for name in ("ask", "who", "claim"):
                if isinstance(fact.value.get(name), str):
                    pairs[fact.value[name]] = str(en.value.get(name, ""))
            for ours, theirs in zip(
                fact.value.get("true_claims", []), en.value.get("true_claims", []), strict=False
            ):
                pairs[ours] = theirs
        return pairs

    def has_anchor(self, text: str, english: str | None = None) -> bool:
        """Whether ``text`` already says when it was reported (or the English it
        translates does)."""
        if self.p.has_time_anchor(text):
            return True
        if self.ref is self.base:
            return False
        return has_time_anchor(english if english is not None else self.english_of.get(text, ""))

    def en(self, fact: Fact) -> Fact:
        """The English fact ``fact`` translates (itself in the English bank)."""
        return fact if self.ref is self.base else self.ref.fact(fact.id)

    # -- citations and anchors -------------------------------------------------------
    def citation(self, fact: Fact) -> Citation:
        source = self.base.sources[fact.seed]
        p = self.p
        who = source.publisher or p.no_publisher
        when = source.when or (p.format_iso_date(source.date) if source.date else p.undated)
        text = p.citation.format(
            who=who, description=source.description, when=when, where=p.lines_label(fact.lines)
        )
        return Citation(text=text, fact=fact.id, seed=fact.seed, lines=fact.lines)

    def anchored(self, fact: Fact, text: str, english: str | None = None) -> str:
        """One time anchor in front of ``text``, unless it already has one."""
        anchor = self.base.sources[fact.seed].anchor
        if not anchor or self.has_anchor(text, english):
            return capital(text)
        return f"{anchor}, {lower_first(text, self.keep_capitals)}"

    def cloze_stem(self, fact: Fact, text: str) -> str:
        """A fill-in's stem: the instruction, the sentence and one time anchor where the
        language puts it (in front, or inside the instruction)."""
        anchor = self.base.sources[fact.seed].anchor
        if self.p.complete_anchored and anchor:
            return self.p.complete_anchored.format(
                anchor=lower_first(anchor, self.keep_capitals), text=text
            )
        return self.anchored(fact, self.p.complete.format(text=text))

    def dated_statement(self, fact: Fact) -> str:
        """The statement as a lesson teaches it: a plan says it was a plan and as of when."""
        if fact.status in PLAN_STATUSES and not self.has_anchor(fact.statement):
            return self.anchored(fact, fact.statement)
        return fact.statement

    # -- building blocks -------------------------------------------------------------
    def add(
        self,
        key: str,
        qtype: str,
        stem: str,
        facts: list[Fact],
        *,
        options: list[Option] | None = None,
        numeric: list[NumericAnswer] | None = None,
        explanation: str | None = None,
        difficulty: int,
        shuffle: bool = True,
        tags: Iterable[str] = (),
        topic: str | None = None,
    ) -> None:
        opts = list(options or [])
        if shuffle and qtype in ("single_choice", "multiple_choice"):
            _rng(key + "/order").shuffle(opts)
        for index, option in enumerate(opts):
            if qtype not in ("true_false",):
                option.key = OPTION_KEYS[index] if index < len(OPTION_KEYS) else f"o{index}"
        self.questions.append(
            Question(
                key=key,
                qtype=qtype,
                stem=stem,
                topic=topic or facts[0].topic,
                difficulty=difficulty,
                options=opts,
                numeric=list(numeric or []),
                explanation=explanation or " ".join(self.dated_statement(f) for f in facts),
                sources=[self.citation(f) for f in facts],
                tags=sorted({f.kind for f in facts} | set(tags)),
            )
        )

    def true_false(self, key: str, stem: str, truth: bool, fact: Fact, explanation: str) -> None:
        self.add(
            key,
            "true_false",
            stem,
            [fact],
            options=[
                Option("true", self.p.true_label, truth),
                Option("false", self.p.false_label, not truth),
            ],
            explanation=explanation,
            difficulty=1,
        )

    def choice(self, key: str, stem: str, answer: str, distractors: list[str], fact: Fact) -> None:
        options = [Option("", answer, True)] + [Option("", d) for d in distractors]
        self.add(key, "single_choice", stem, [fact], options=options, difficulty=2)

    def short_answer(
        self,
        key: str,
        stem: str,
        accepted: Iterable[str],
        fact: Fact,
        *,
        refused: Iterable[str] = (),
        refused_feedback: str = "",
    ) -> None:
        """A typed question; ``refused`` are near misses (a misprint in a source) that the
        spelling tolerance would otherwise accept: spelled exactly, they are marked wrong."""
        unique = list(dict.fromkeys(a for a in accepted if a))
        options = [Option("", text, True) for text in unique]
        options += [Option("", text, False, feedback=refused_feedback) for text in refused]
        self.add(key, "short_answer", stem, [fact], options=options, difficulty=3, shuffle=False)

    # -- distractor pools ------------------------------------------------------------
    def family_values(self, family: str, field_name: str = "answer") -> list[tuple[Fact, Any]]:
        return [
            (f, f.value[field_name])
            for f in self.base.facts
            if f.family == family and field_name in f.value
        ]

    def pick(self, key: str, answer: str, pool: Iterable[str], count: int = 3) -> list[str]:
        """Up to ``count`` distinct distractors: never the answer or an alias of it, and
        closest in length to the answer so that options look alike."""
        return self.pick_pairs(key, answer, [(p, p) for p in pool], count)

    def pick_pairs(
        self, key: str, answer_en: str, pool: Iterable[tuple[str, str]], count: int = 3
    ) -> list[str]:
        """:meth:`pick` made on the English text of each candidate (``(english, shown)``
        pairs), so that every language picks the same distractors; returns the shown text."""
        shown = dict(pool)
        banned = {a.casefold() for a in self.ref.aliases_of(answer_en)}
        candidates = sorted({p for p in shown if p.casefold() not in banned})
        rng = _rng(key + "/pick")
        rng.shuffle(candidates)
        candidates.sort(key=lambda text: abs(len(text) - len(answer_en)) // 12)
        return [shown[c] for c in candidates[:count]]

    # -- per family ------------------------------------------------------------------
    def from_fact(self, fact: Fact) -> None:
        family = fact.family
        handler = {
            "person": self.person_questions,
            "date": self.date_questions,
            "month": self.month_questions,
            "number": self.number_questions,
            "year": self.number_questions,
            "percent": self.number_questions,
            "city": self.name_questions,
            "body": self.name_questions,
            "forum": self.name_questions,
            "set": self.set_questions,
            "formula": self.formula_questions,
        }.get(family or "")
        if handler:
            handler(fact)
        self.statement_questions(fact)

    def statement_questions(self, fact: Fact) -> None:
        """True/false on the claims written for a fact (never the lesson sentence itself)
        and the fact's fill-in."""
        for index, claim in enumerate(fact.false_claims, start=1):
            because = self.base.fact(claim["because"])
            self.true_false(
                f"{fact.id}.false-{index}",
                self.anchored(fact, claim["text"]),
                False,
                fact,
                self.p.false_because.format(text=self.dated_statement(because)),
            )
        for index, text in enumerate(fact.value.get("true_claims", []), start=1):
            self.true_false(
                f"{fact.id}.true-{index}",
                self.anchored(fact, text),
                True,
                fact,
                self.p.true_because.format(text=self.dated_statement(fact)),
            )
        if fact.cloze:
            cloze = fact.cloze
            self.short_answer(
                f"{fact.id}.cloze",
                self.cloze_stem(fact, cloze["text"]),
                [cloze["answer"], *cloze.get("accept", []), *spelling_variants(cloze["answer"])]
                if cloze["answer"][:1].isupper()
                else [cloze["answer"], *cloze.get("accept", [])],
                fact,
            )

    def claim_pair(
        self, fact: Fact, render: Any, answer: str, wrong: str | None, *, anchor: bool = True
    ) -> None:
        """A true claim with the key and a false one with a distractor, or neither: a lone
        true claim would tilt the bank towards "True"."""
        if wrong is None:
            return

        english = str(self.en(fact).value.get("claim", "")) if self.ref is not self.base else None

        def stem(value: str) -> str:
            text = render(value)
            return self.anchored(fact, text, english) if anchor else capital(text)

        self.true_false(
            f"{fact.id}.claim-true",
            stem(answer),
            True,
            fact,
            self.p.true_because.format(text=self.dated_statement(fact)),
        )
        self.true_false(
            f"{fact.id}.claim-false",
            stem(wrong),
            False,
            fact,
            self.p.false_because.format(text=self.dated_statement(fact)),
        )

    def person_questions(self, fact: Fact) -> None:
        v = fact.value
        persons = [
            (self.en(f).value["person"], val)
            for f, val in self.family_values("person", "person")
            if f is not fact
        ]
        same_group = [
            (self.en(f).value["person"], f.value["person"])
            for f in self.base.facts
            if f.family == "person" and f is not fact and f.value["group"] == v["group"]
        ]
        # hand-picked names where an automatic one would be absurd (the President as his
        # own assistant)
        who = v.get("wrong") or self.pick_pairs(
            fact.id + ".who", self.en(fact).value["person"], same_group + persons
        )
        self.choice(f"{fact.id}.who", self.anchored(fact, v["who"]), v["person"], who, fact)
        if v.get("typed", False):
            surname = v["surname"]
            accepted = [v["person"], surname, *spelling_variants(surname)]
            accepted += [v["person"].replace(surname, s) for s in spelling_variants(surname)]
            self.short_answer(f"{fact.id}.who-typed", self.anchored(fact, v["who"]), accepted, fact)

    def date_questions(self, fact: Fact) -> None:
        v = fact.value
        day = self.p.format_iso_date
        key = day(v["answer"])
        if "wrong" in v:
            # dates chosen by hand: each could be true as far as the stem reveals
            wrong = [day(iso) for iso in v["wrong"]]
        else:
            others = [
                (format_iso_date(val), day(val))
                for f, val in self.family_values("date")
                if f is not fact
            ]
            wrong = self.pick_pairs(fact.id + ".when", format_iso_date(v["answer"]), others)
        if "ask" not in v:
            return
        self.choice(f"{fact.id}.when", v["ask"], key, wrong, fact)
        # The reverse: which event took place on the date? Each date has one event.
        # one label per date, so that no two options name the same day's event
        by_date: dict[str, tuple[str, str]] = {}
        for other, iso in self.family_values("date"):
            by_date.setdefault(iso, (self.en(other).value["label"], other.value["label"]))
        labels = [pair for iso, pair in by_date.items() if iso != v["answer"]]
        # a plan "took place" only where a later report says so, and then that report
        # is cited too
        confirmed_by = [f for f in self.base.facts if fact.id in f.confirms]
        planned = v.get("planned") or (fact.status in PLAN_STATUSES and not confirmed_by)
        which = self.p.which_was_planned if planned else self.p.which_took_place
        facts = [fact] if planned else [fact, *confirmed_by]
        explanation = " ".join(
            [self.dated_statement(fact)] + [self.anchored(f, f.statement) for f in facts[1:]]
        )
        distractors = self.pick_pairs(
            fact.id + ".which-event", self.en(fact).value["label"], labels
        )
        options = [Option("", v["label"], True)] + [Option("", d) for d in distractors]
        self.add(
            f"{fact.id}.which-event",
            "single_choice",
            which.format(date=key),
            facts,
            options=options,
            explanation=explanation,
            difficulty=2,
        )

    def month_questions(self, fact: Fact) -> None:
        v = fact.value
        if "ask" not in v:
            return
        year, month = (int(p) for p in v["answer"].split("-"))

        def month_name(step: int) -> str:
            index = month - 1 + step
            return self.p.month_year(index % 12 + 1, year + index // 12)

        key = month_name(0)
        # Any other month is false for a fact dated to one month; use the neighbours.
        wrong = [month_name(step) for step in (1, -1, 2)]
        self.choice(f"{fact.id}.when", v["ask"], key, wrong, fact)

    def number_questions(self, fact: Fact) -> None:
        v = fact.value
        family = v["family"]
        answer = float(v["answer"]) if family == "percent" else int(v["answer"])
        render: Callable[[float], str] = {
            "year": lambda n: str(int(n)),
            "percent": self.p.percent,
        }.get(family, lambda n: self.p.number(int(n)))
        confusable = [float(n) for n in v.get("confusable", [])]
        confusable += [
            float(val)
            for f, val in self.family_values(family)
            if f is not fact and isinstance(val, int | float)
        ]
        rank = KEY_RANKS[self.numeric_choices % len(KEY_RANKS)]
        self.numeric_choices += 1
        values = number_distractors(answer, family, rank, confusable)
        wrong = [render(n) for n in values if n != answer]
        key = render(answer)
        stem = self.anchored(fact, v["ask"])
        self.choice(f"{fact.id}.choice", stem, key, wrong, fact)
        self.add(
            f"{fact.id}.numeric",
            "numeric",
            stem,
            [fact],
            numeric=[NumericAnswer(float(answer), numeric_tolerance(answer, v))],
            difficulty=3,
        )
        if not v.get("approximate"):  # "about 80" makes a weak true/false statement
            claim = v["claim"].replace("{answer}%", "{answer}")
            self.claim_pair(
                fact,
                lambda n: claim.format(answer=n),
                claim_number(answer, family, self.p),
                claim_number(false_claim_value(answer, family, values), family, self.p),
            )

    def name_questions(self, fact: Fact) -> None:
        v = fact.value
        family = v["family"]
        pool = [
            (self.ref.entities[e.id].name, e.name)
            for e in self.base.entities.values()
            if e.family == family
        ]
        wrong = self.pick_pairs(fact.id, self.en(fact).value["answer"], pool)
        stem = self.anchored(fact, v["ask"])
        if len(wrong) >= 2:
            self.choice(f"{fact.id}.choice", stem, v["answer"], wrong, fact)
        aliases = sorted(self.base.aliases_of(v["answer"]), key=lambda a: (a != v["answer"], a))
        self.short_answer(
            f"{fact.id}.typed",
            stem,
            [*aliases, *spelling_variants(v["answer"])],
            fact,
            refused=v.get("refused", []),
            refused_feedback=v.get("refused_feedback", ""),
        )

    def set_questions(self, fact: Fact) -> None:
        v = fact.value
        counters = v.get("counter", [])
        if not counters:
            return  # a list with nothing false to offer is asked in the set matching
        options = [Option("", capital(item), True) for item in v["items"]]
        options += [Option("", capital(c["item"]), False) for c in counters]
        because = [self.base.fact(c["because"]) for c in counters]
        explanation = " ".join(
            [self.dated_statement(fact), *(self.dated_statement(b) for b in because)]
        )
        self.add(
            f"{fact.id}.select",
            "multiple_choice",
            self.anchored(fact, self.p.select_all.format(ask=v["ask"])),
            [fact, *because],
            options=options,
            explanation=explanation,
            difficulty=2,
        )

    def formula_questions(self, fact: Fact) -> None:
        v = fact.value
        parts, qualities = v["parts"], v["qualities"]

        def render(qs: Iterable[str]) -> str:
            return " – ".join(f"{q} {p}" for q, p in zip(qs, parts, strict=True))

        key = render(qualities)
        en_value = self.en(fact).value
        en_parts, en_qualities = en_value["parts"], en_value["qualities"]

        def render_en(order: Iterable[int]) -> str:
            return " – ".join(
                f"{en_qualities[i]} {p}" for i, p in zip(order, en_parts, strict=True)
            )

        perms = [
            (render_en(order), render([qualities[i] for i in order]))
            for order in itertools.permutations(range(len(qualities)))
            if list(order) != list(range(len(qualities)))
        ]
        wrong = self.pick_pairs(fact.id, render_en(range(len(qualities))), perms)
        self.choice(f"{fact.id}.choice", self.anchored(fact, v["ask"]), key, wrong, fact)
        self.add(
            f"{fact.id}.match",
            "matching",
            self.anchored(fact, self.p.match_formula),
            [fact],
            options=[Option("", p, True, match=q) for p, q in zip(parts, qualities, strict=True)],
            difficulty=2,
            shuffle=False,
        )

    # -- questions that span several facts --------------------------------------------
    def matching_questions(self) -> None:
        people = [f for f in self.base.facts if f.family == "person"]
        groups: dict[str, list[Fact]] = {}
        for fact in people:
            groups.setdefault(fact.value["group"], []).append(fact)
        for group, members in sorted(groups.items()):
            for index, chunk in enumerate(_chunks(members, 4), start=1):
                if len(chunk) < 3:
                    continue
                self.add(
                    f"match.people-{group}-{index}",
                    "matching",
                    self.p.match_people,
                    chunk,
                    options=[
                        Option("", f.value["person"], True, match=f.value["role"]) for f in chunk
                    ],
                    explanation=" ".join(f.statement for f in chunk),
                    difficulty=2,
                    shuffle=False,
                )

    def set_matching_questions(self) -> None:
        """Match items to the list they come from: each item is on exactly one list."""
        sets = [f for f in self.base.facts if f.family == "set" and "list_label" in f.value]
        if len(sets) < 3:
            return
        rounds = max(len(f.value["items"]) for f in sets)
        for index in range(rounds):
            pool = [f for f in sets if index < len(f.value["items"])]
            turn = index % len(pool) if pool else 0
            chosen = (pool[turn:] + pool[:turn])[:4]
            if len(chosen) < 3:
                continue
            self.add(
                f"match.lists-{index + 1}",
                "matching",
                self.p.match_lists,
                chosen,
                options=[
                    Option("", capital(f.value["items"][index]), True, match=f.value["list_label"])
                    for f in chosen
                ],
                explanation=" ".join(self.dated_statement(f) for f in chosen),
                difficulty=2,
                shuffle=False,
            )

    def timeline_questions(self) -> None:
        """Ordering questions over events that happened, each window a chain whose order
        the sources establish: an event's span must end before the next one's begins."""
        events = sorted(
            (f for f in self.base.facts if "span" in f.value and not f.value.get("planned")),
            key=lambda f: (f.value["span"][0], f.value["span"][1]),
        )

        def before(a: Fact, b: Fact) -> bool:
            return bool(
                date.fromisoformat(a.value["span"][1]) < date.fromisoformat(b.value["span"][0])
            )

        windows: list[list[Fact]] = []
        for start in range(len(events)):
            for stride in (1, 2, 3):
                chain = [events[start]]
                for candidate in events[start + 1 :: stride]:
                    if before(chain[-1], candidate):
                        chain.append(candidate)
                    if len(chain) == 4:
                        break
                if len(chain) == 4:
                    windows.append(chain)
        seen: set[tuple[str, ...]] = set()
        count = 0
        for window in windows:
            ids = tuple(f.id for f in window)
            if ids in seen or count >= 8:
                continue
            # keep windows that differ: at most two events shared with an earlier window
            if any(len(set(ids) & set(other)) > 2 for other in seen):
                continue
            seen.add(ids)
            count += 1
            self.add(
                f"order.timeline-{count}",
                "ordering",
                self.p.timeline,
                window,
                options=[Option("", f.value["label"], True) for f in window],
                explanation=" ".join(self.dated_statement(f) for f in window),
                difficulty=3,
                shuffle=False,
                topic="timeline",
            )

    def written_items(self) -> None:
        """The hand-written scenario and comparison items."""
        for item in self.base.items:
            ids = dict.fromkeys([*item.facts, *(d["because"] for d in item.distractors)])
            cited = [self.base.fact(f) for f in ids]
            options = [Option("", k, True) for k in item.keys]
            options += [Option("", d["text"], False) for d in item.distractors]
            self.add(
                f"{item.kind}.{item.id.split('-', 1)[1]}",
                item.qtype,
                item.stem,
                cited,
                options=options,
                explanation=item.explanation,
                difficulty=item.difficulty,
                tags=[item.kind],
                topic=item.topic,
            )

    # -- the whole bank --------------------------------------------------------------
    def lessons(self) -> list[Topic]:
        topics = []
        for spec in self.base.topics:
            paragraphs = []
            for fact in self.base.facts:
                if fact.topic != spec.id:
                    continue
                text = self.dated_statement(fact)
                confirmed = [self.base.fact(c) for c in fact.confirms]
                plans = [c for c in confirmed if c.topic != spec.id]
                if confirmed:
                    where = sorted({self.topic_title(c.topic) for c in plans})
                    text += (
                        self.p.confirms_see.format(titles=self.p.title_joiner.join(where))
                        if where
                        else self.p.confirms_here
                    )
                paragraphs.append(LessonParagraph(text, self.citation(fact)))
            if spec.outro:
                paragraphs.append(LessonParagraph(" ".join(spec.outro.split())))
            intro = " ".join(spec.intro.split())
            if self.base.sources_note:
                intro = f"{self.base.sources_note}\n\n{intro}"
            topics.append(Topic(spec.id, spec.title, intro, paragraphs))
        return topics

    def apply_overrides(self) -> None:
        """A translator's own wording of single questions (``[[question]]`` entries)."""
        by_key = {q.key: q for q in self.questions}
        for override in self.overrides:
            question = by_key.get(override.id)
            if question is None:
                continue  # reported by override_problems
            if override.stem:
                question.stem = override.stem
            if override.explanation:
                question.explanation = override.explanation
            if override.options and len(override.options) == len(question.options):
                for option, text in zip(question.options, override.options, strict=True):
                    if question.qtype == "matching" and " => " in text:
                        option.text, option.match = (t.strip() for t in text.split(" => ", 1))
                    else:
                        option.text = text

    def topic_title(self, topic_id: str) -> str:
        return next(t.title for t in self.base.topics if t.id == topic_id)

    def bank(self) -> Bank:
        for fact in self.base.facts:
            self.from_fact(fact)
        self.written_items()
        self.matching_questions()
        self.set_matching_questions()
        self.timeline_questions()
        self.apply_overrides()
        return Bank(
            key=self.base.bank_id,
            title=self.base.title,
            description=self.base.description,
            language=self.base.language,
            topics=self.lessons(),
            questions=self.questions,
        )


def _chunks(items: list[Fact], size: int) -> Iterator[list[Fact]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def format_number(value: int) -> str:
    """Thousands separated for reading (``1,600``); years are never passed here."""
    return f"{value:,}"


def numeric_tolerance(answer: float, value: dict[str, Any]) -> float:
    """Where the source hedges ("about", "nearly"), accept a tenth either side and at least
    one unit; a percentage given to two decimals accepts a rounded answer."""
    if value.get("family") == "percent":
        return 0.5
    if value.get("approximate"):
        return float(max(1, round(answer * 0.1)))
    return 0.0


# Where the key sits among the four numeric options, smallest first, for the 1st, 2nd,
# ... numeric single-choice question of the bank in turn. Fixed (the bank does not change
# between runs) but spread evenly, so that "pick the second smallest" is no strategy.
KEY_RANKS = (2, 0, 3, 1, 1, 3, 0, 2)


def nearby_step(answer: float, family: str) -> float:
    """A believable gap between two numbers of the key's kind: a few years, a couple of
    points of a percentage, a few units of a small count, else about a fifth of the key
    rounded to the key's own precision (``1,600`` -> steps of 300, not 320)."""
    if family == "year":
        return 2
    if family == "percent":
        return round(max(1.5, answer * 0.06), 2)
    value = int(answer)
    if value <= 12:
        return 1 if value <= 6 else 2
    zeros = len(str(value)) - len(str(value).rstrip("0"))
    magnitude = 10 ** min(zeros, len(str(value)) - 1)
    return float(max(magnitude, round(value * 0.2 / magnitude) * magnitude))


def number_distractors(
    answer: float, family: str, rank: int = 1, confusable: Iterable[float] = ()
) -> list[float]:
    """Three wrong values of the same form as ``answer`` that a student could believe.

    Other figures from the sources come first (a count of members for a count of
    deputies), as long as they are of the same order; the rest are near neighbours. The
    key's rank among the four options is ``rank`` (0 = smallest) where the numbers allow
    it, so that it is sometimes the smallest, sometimes the largest."""
    if answer - 3 * nearby_step(answer, family) < (1 if family != "percent" else 5):
        rank = min(rank, int((answer - 1) // nearby_step(answer, family)))
    low, high = answer / 2.5, answer * 2.5
    if family == "year":
        low, high = answer - 8, answer + 8
    if family == "percent":
        high = min(high, 99.9)
    source = sorted({c for c in confusable if low <= c <= high and c != answer})
    below = [c for c in source if c < answer][::-1]
    above = [c for c in source if c > answer]
    step = nearby_step(answer, family)
    for n in range(1, 4):
        down = round(answer - n * step, 2)
        if down >= 1 and down not in below:
            below.append(down)
        up = round(answer + n * step, 2)
        if up not in above and (family != "percent" or up < 100):
            above.append(up)
    # the nearest confusable figures first, then neighbours, keeping the wanted rank
    picked = below[:rank] + above[: 3 - rank]
    if len(picked) < 3:
        picked += [v for v in above + below if v not in picked][: 3 - len(picked)]
    return sorted(picked)


def false_claim_value(answer: float, family: str, wrong: list[float]) -> float:
    """The wrong value that makes a claim plainly false. "Four parties had submitted" is
    still true when seven did, and "applied since 2022" still true when it has been since
    2019, so a count claims more than the key and a "since" year an earlier one."""
    step = nearby_step(answer, family)
    if family == "year":
        earlier = [w for w in wrong if w < answer]
        return max(earlier) if earlier else answer - step
    larger = [w for w in wrong if w > answer]
    return min(larger) if larger else round(answer + step, 2)


def claim_number(value: float, family: str, phrases: Phrases = ENGLISH) -> str:
    """A number inside a sentence, as a person writes it: small counts in words (in
    English; in Russian and Kazakh a number word would have to agree with its sentence,
    so counts stay in figures)."""
    if family == "year":
        return str(int(value))
    if family == "percent":
        return phrases.percent(value)
    if value < len(phrases.small_numbers):
        return phrases.small_numbers[int(value)]
    return phrases.number(int(value))


def generate_bank(
    base: FactBase,
    *,
    reference: FactBase | None = None,
    overrides: Iterable[QuestionOverride] = (),
) -> Bank:
    """The built-in bank: lessons and every question derived from ``base``; a translated
    fact base is generated with the English one as ``reference`` (see :class:`Generator`)."""
    return Generator(base, reference=reference, overrides=overrides).bank()


__all__ = [
    "GeneratedBank",
    "bank_file",
    "format_iso_date",
    "format_number",
    "generate_bank",
    "generate_banks",
    "number_distractors",
    "spelling_variants",
]


@dataclass
class GeneratedBank:
    """One language's bank, with what its translation still lacks."""

    language: str
    output: Path
    bank: Bank | None  # None when the translation has problems
    missing: list[str] = field(default_factory=list)  # "FILE:LINE: ..." fields not translated
    problems: list[str] = field(default_factory=list)  # "FILE:LINE: ..." mistakes


def bank_file(facts_path: Path, language: str) -> Path:
    """``bank.json`` for English, ``bank.LANG.json`` beside it for the others."""
    name = "bank.json" if language == "en" else f"bank.{language}.json"
    return facts_path.with_name(name)


def generate_banks(facts_path: Path, languages: Iterable[str] = LANGUAGES) -> list[GeneratedBank]:
    """The built-in bank in each language: English from ``facts.toml``, the others from
    ``facts.LANG.toml`` merged into it (a field not translated yet keeps its English
    text and is listed in ``missing``). Raises FactBaseError when facts.toml is broken."""
    from civicquiz.facts.factbase import FactBaseError, parse_fact_base, read_toml
    from civicquiz.facts.translations import load_translation, override_problems

    raw = read_toml(facts_path)
    english = parse_fact_base(raw, facts_path)
    english_bank = generate_bank(english)
    results: list[GeneratedBank] = []
    for language in languages:
        output = bank_file(facts_path, language)
        if language == english.language:
            results.append(GeneratedBank(language, output, english_bank))
            continue
        try:
            translation = load_translation(facts_path, language, raw)
            merged = dict(translation.merged)
            merged["bank"] = {**merged.get("bank", {}), "language": language}
            base = parse_fact_base(merged, translation.path)
        except FactBaseError as exc:
            results.append(GeneratedBank(language, output, None, problems=str(exc).split("\n")))
            continue
        counts = {q.key: len(q.options) for q in english_bank.questions}
        problems = override_problems(translation.overrides, translation.path, counts)
        bank = generate_bank(base, reference=english, overrides=translation.overrides)
        results.append(
            GeneratedBank(
                language,
                output,
                None if problems else bank,
                missing=translation.missing,
                problems=problems,
            )
        )
    return results
