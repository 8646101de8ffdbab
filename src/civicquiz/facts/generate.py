"""Turn the fact base into the built-in question bank.

Item-writing rules this module follows (and the tests check over the whole bank):

- a choice question asks for a single-valued attribute of one fact; distractors are values
  of the same family taken from other facts (or derived from the key's form, for numbers
  and months), so each is false by the fact base and is never the key or one of its aliases;
- no "all/none of the above"; options of similar form; stems never contain the key;
- facts taken from an article get that article's time anchor in the stem;
- every question carries an explanation and the citation of the fact(s) it rests on.

Randomness (which distractors, option order) is seeded by the question id, so the same fact
base always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections.abc import Callable, Iterable, Iterator
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
from civicquiz.facts.factbase import Fact, FactBase, format_iso_date

OPTION_KEYS = "abcdefgh"
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]  # fmt: skip


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16))


def proper_nouns(base: FactBase) -> set[str]:
    """Capitalised words that must stay capitalised after a time anchor."""
    words = {"Kazakhstan", "Kazakhstan's", "President", "Deputy", "Senator", "State", "CIS", "UN"}
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
    if first in keep or first.isupper() or not first[:1].isalpha():
        return text
    return text[0].lower() + text[1:]


class Generator:
    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.questions: list[Question] = []
        self.keep_capitals = proper_nouns(base)

    # -- citations and anchors -------------------------------------------------------
    def citation(self, fact: Fact) -> Citation:
        source = self.base.sources[fact.seed]
        return Citation(
            text=source.citation_text(fact.lines), fact=fact.id, seed=fact.seed, lines=fact.lines
        )

    def anchored(self, fact: Fact, text: str) -> str:
        anchor = self.base.sources[fact.seed].anchor
        return f"{anchor}, {lower_first(text, self.keep_capitals)}" if anchor else text

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
                topic=facts[0].topic,
                difficulty=difficulty,
                options=opts,
                numeric=list(numeric or []),
                explanation=explanation or " ".join(f.statement for f in facts),
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
            options=[Option("true", "True", truth), Option("false", "False", not truth)],
            explanation=explanation,
            difficulty=1,
        )

    def choice(self, key: str, stem: str, answer: str, distractors: list[str], fact: Fact) -> None:
        options = [Option("", answer, True)] + [Option("", d) for d in distractors]
        self.add(key, "single_choice", stem, [fact], options=options, difficulty=2)

    def short_answer(self, key: str, stem: str, accepted: Iterable[str], fact: Fact) -> None:
        unique = list(dict.fromkeys(a for a in accepted if a))
        options = [Option("", text, True) for text in unique]
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
        banned = {a.casefold() for a in self.base.aliases_of(answer)}
        candidates = sorted({p for p in pool if p.casefold() not in banned})
        rng = _rng(key + "/pick")
        rng.shuffle(candidates)
        candidates.sort(key=lambda text: abs(len(text) - len(answer)) // 12)
        return candidates[:count]

    # -- per family ------------------------------------------------------------------
    def from_fact(self, fact: Fact) -> None:
        family = fact.family
        handler = {
            "person": self.person_questions,
            "date": self.date_questions,
            "month": self.month_questions,
            "number": self.number_questions,
            "small-number": self.number_questions,
            "year": self.number_questions,
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
        """True/false on the statement itself, its contradicted claims and its cloze."""
        if not fact.value.get("claim") and fact.family not in ("set", "formula", "person"):
            self.true_false(
                f"{fact.id}.statement",
                self.anchored(fact, fact.statement),
                True,
                fact,
                f"True. {fact.statement}",
            )
        for index, claim in enumerate(fact.false_claims, start=1):
            because = self.base.fact(claim["because"])
            self.true_false(
                f"{fact.id}.false-{index}",
                self.anchored(fact, claim["text"]),
                False,
                fact,
                f"False. {because.statement}",
            )
        if fact.cloze:
            cloze = fact.cloze
            self.short_answer(
                f"{fact.id}.cloze",
                self.anchored(fact, "complete the sentence: " + cloze["text"])
                if self.base.sources[fact.seed].anchor
                else cloze["text"],
                [cloze["answer"], *cloze.get("accept", [])],
                fact,
            )

    def claim_pair(
        self, fact: Fact, render: Any, answer: str, wrong: str | None, *, anchor: bool = True
    ) -> None:
        """A true claim with the key and, when a distractor exists, a false one with it."""

        def stem(value: str) -> str:
            return self.anchored(fact, render(value)) if anchor else render(value)

        self.true_false(
            f"{fact.id}.claim-true", stem(answer), True, fact, f"True. {fact.statement}"
        )
        if wrong is not None:
            self.true_false(
                f"{fact.id}.claim-false", stem(wrong), False, fact, f"False. {fact.statement}"
            )

    def person_questions(self, fact: Fact) -> None:
        v = fact.value
        persons = [val for f, val in self.family_values("person", "person") if f is not fact]
        roles = [val for f, val in self.family_values("person", "role") if f is not fact]
        same_group = [
            f.value["person"]
            for f in self.base.facts
            if f.family == "person" and f is not fact and f.value["group"] == v["group"]
        ]
        who = self.pick(fact.id + ".who", v["person"], same_group + persons)
        self.choice(f"{fact.id}.who", self.anchored(fact, v["who"]), v["person"], who, fact)
        what = self.pick(fact.id + ".role", v["role"], roles)
        self.choice(f"{fact.id}.role", self.anchored(fact, v["what"]), v["role"], what, fact)
        self.short_answer(
            f"{fact.id}.who-typed", self.anchored(fact, v["who"]), [v["person"], v["surname"]], fact
        )
        self.claim_pair(
            fact,
            lambda person: v["claim"].format(person=person, role=v["role"]),
            v["person"],
            who[0] if who else None,
        )

    def date_questions(self, fact: Fact) -> None:
        v = fact.value

        def short(iso: str) -> str:  # options of one form: day and month
            _year, month, day = iso.split("-")
            return f"{int(day)} {MONTHS[int(month) - 1]}"

        others = [short(val) for f, val in self.family_values("date") if f is not fact]
        wrong = self.pick(fact.id + ".when", short(v["answer"]), others)
        if "ask" in v:
            self.choice(f"{fact.id}.when", v["ask"], short(v["answer"]), wrong, fact)
            # The reverse: which event took place on the date? Each date has one event.
            labels = [f.value["label"] for f, _ in self.family_values("date") if f is not fact]
            self.choice(
                f"{fact.id}.which-event",
                f"Which of these took place on {v['display']}, or was scheduled for that day?",
                v["label"],
                self.pick(fact.id + ".which-event", v["label"], labels),
                fact,
            )
            self.claim_pair(
                fact,
                lambda d: v["claim"].format(answer=d),
                short(v["answer"]),
                wrong[0] if wrong else None,
                anchor=False,  # a reporting date would give the answer away
            )

    def month_questions(self, fact: Fact) -> None:
        v = fact.value
        if "ask" not in v:
            return
        month = int(v["answer"].split("-")[1])
        key = MONTHS[month - 1]
        # Any other month is false for a fact dated to one month; use the neighbours.
        wrong = [MONTHS[(month - 1 + step) % 12] for step in (1, -1, 2)]
        self.choice(f"{fact.id}.when", v["ask"], key, wrong, fact)
        self.claim_pair(fact, lambda m: v["claim"].format(answer=m), key, wrong[0], anchor=False)

    def number_questions(self, fact: Fact) -> None:
        v = fact.value
        answer = int(v["answer"])
        unit = v["unit"]

        def in_words(n: int) -> str:
            return f"{SMALL_NUMBERS[n]} {unit if n == 1 else unit + 's'}"

        render: Callable[[int], str] = in_words if v["family"] == "small-number" else format_number
        wrong = [render(n) for n in number_distractors(answer, v["family"])]
        key = render(answer)
        stem = self.anchored(fact, v["ask"])
        self.choice(f"{fact.id}.choice", stem, key[:1].upper() + key[1:],
                    [w[:1].upper() + w[1:] for w in self.pick(fact.id, key, wrong)], fact)  # fmt: skip
        tolerance = round(answer * 0.05) if v.get("approximate") else 0
        self.add(
            f"{fact.id}.numeric",
            "numeric",
            stem,
            [fact],
            numeric=[NumericAnswer(float(answer), float(tolerance))],
            difficulty=3,
        )
        self.claim_pair(fact, lambda n: v["claim"].format(answer=n), key, wrong[0])

    def name_questions(self, fact: Fact) -> None:
        v = fact.value
        family = v["family"]
        pool = [e.name for e in self.base.entities.values() if e.family == family]
        wrong = self.pick(fact.id, v["answer"], pool)
        stem = self.anchored(fact, v["ask"])
        if len(wrong) >= 2:
            self.choice(f"{fact.id}.choice", stem, v["answer"], wrong, fact)
        self.short_answer(f"{fact.id}.typed", stem, sorted(self.base.aliases_of(v["answer"]),
                          key=lambda a: (a != v["answer"], a)), fact)  # fmt: skip
        self.claim_pair(
            fact,
            lambda name: v["claim"].format(answer=name),
            v["answer"],
            wrong[0] if wrong else None,
        )

    def set_questions(self, fact: Fact) -> None:
        v = fact.value
        counters = v.get("counter", [])

        def capital(text: str) -> str:
            return text[:1].upper() + text[1:]

        if counters:
            options = [Option("", capital(item), True) for item in v["items"]]
            options += [Option("", capital(c["item"]), False) for c in counters]
            because = [self.base.fact(c["because"]) for c in counters]
            explanation = " ".join([fact.statement, *(b.statement for b in because)])
            self.add(
                f"{fact.id}.select",
                "multiple_choice",
                self.anchored(fact, v["ask"] + " Select all that apply."),
                [fact, *because],
                options=options,
                explanation=explanation,
                difficulty=2,
            )
            for index, counter in enumerate(counters, start=1):
                self.true_false(
                    f"{fact.id}.counter-{index}",
                    self.anchored(fact, v["item_claim"].format(item=counter["item"])),
                    False,
                    fact,
                    f"False. {self.base.fact(counter['because']).statement}",
                )
        for index, item in enumerate(v["items"], start=1):
            self.true_false(
                f"{fact.id}.item-{index}",
                self.anchored(fact, v["item_claim"].format(item=item)),
                True,
                fact,
                f"True. {fact.statement}",
            )

    def formula_questions(self, fact: Fact) -> None:
        v = fact.value
        parts, qualities = v["parts"], v["qualities"]

        def render(qs: Iterable[str]) -> str:
            return " – ".join(f"{q} {p}" for q, p in zip(qs, parts, strict=True))

        key = render(qualities)
        perms = [render(p) for p in itertools.permutations(qualities) if list(p) != qualities]
        wrong = self.pick(fact.id, key, perms)
        stem = self.anchored(fact, v["ask"])
        self.choice(f"{fact.id}.choice", stem, key, wrong, fact)
        self.add(
            f"{fact.id}.order",
            "ordering",
            self.anchored(fact, v["order_ask"]),
            [fact],
            options=[Option("", f"{q} {p}", True) for q, p in zip(qualities, parts, strict=True)],
            difficulty=3,
            shuffle=False,
        )
        self.add(
            f"{fact.id}.match",
            "matching",
            self.anchored(
                fact,
                "Match each branch of power to the word the President's formula pairs with it.",
            ),
            [fact],
            options=[Option("", p, True, match=q) for p, q in zip(parts, qualities, strict=True)],
            difficulty=2,
            shuffle=False,
        )
        self.claim_pair(
            fact,
            lambda formula: f"The President's formula for the political system is: {formula}.",
            key,
            wrong[0],
        )

    # -- questions that span several facts --------------------------------------------
    def matching_questions(self) -> None:
        people = [f for f in self.base.facts if f.family == "person"]
        groups: dict[str, list[Fact]] = {}
        for fact in people:
            groups.setdefault(fact.value["group"], []).append(fact)
        batches = [(group, members) for group, members in sorted(groups.items())]
        batches.append(("mixed", people[2:] + people[:2]))
        for group, members in batches:
            for index, chunk in enumerate(_chunks(members, 4), start=1):
                if len(chunk) < 3:
                    continue
                self.add(
                    f"match.people-{group}-{index}",
                    "matching",
                    "Match each person to the post they held when the articles were written.",
                    chunk,
                    options=[
                        Option("", f.value["person"], True, match=f.value["role"]) for f in chunk
                    ],
                    explanation=" ".join(f.statement for f in chunk),
                    difficulty=2,
                    shuffle=False,
                )

    def timeline_questions(self) -> None:
        events = sorted(
            (f for f in self.base.facts if f.family in ("date", "month")),
            key=lambda f: f.value["answer"],
        )
        answers = [f.value["answer"] for f in events]
        if len(set(answers)) != len(answers):
            raise ValueError("two timeline events share a date; ordering would be ambiguous")
        windows = [events[i : i + 4] for i in range(0, max(1, len(events) - 3), 2)]
        windows.append(events[::2])
        windows.append(events[1::2])
        seen: set[tuple[str, ...]] = set()
        for index, window in enumerate(windows, start=1):
            ids = tuple(f.id for f in window)
            if len(window) < 3 or ids in seen:
                continue
            seen.add(ids)
            self.add(
                f"order.timeline-{index}",
                "ordering",
                "Put these events of the reform in the order they happened, earliest first.",
                window,
                options=[Option("", f.value["label"], True) for f in window],
                explanation=" ".join(f.statement for f in window),
                difficulty=3,
                shuffle=False,
            )

    # -- the whole bank --------------------------------------------------------------
    def lessons(self) -> list[Topic]:
        topics = []
        for spec in self.base.topics:
            paragraphs = [
                LessonParagraph(f.statement, self.citation(f))
                for f in self.base.facts
                if f.topic == spec.id
            ]
            intro = " ".join(spec.intro.split())
            topics.append(Topic(spec.id, spec.title, intro, paragraphs))
        return topics

    def bank(self) -> Bank:
        for fact in self.base.facts:
            self.from_fact(fact)
        self.matching_questions()
        self.timeline_questions()
        return Bank(
            key=self.base.bank_id,
            title=self.base.title,
            description=self.base.description,
            language=self.base.language,
            topics=self.lessons(),
            questions=self.questions,
        )


SMALL_NUMBERS = ["no", "one", "two", "three", "four", "five"]


def _chunks(items: list[Fact], size: int) -> Iterator[list[Fact]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def format_number(value: int) -> str:
    return f"{value:,}"


def number_distractors(answer: int, family: str) -> list[int]:
    """Three plausible wrong values of the same form as ``answer``."""
    if family == "year":
        return [answer - 3, answer + 3, answer + 5]
    if family == "small-number" or answer <= 3:
        return [n for n in (1, 2, 3, 4) if n != answer][:3]
    if answer <= 12:
        return sorted({max(1, answer - 3), answer + 3, answer * 2} - {answer})[:3]
    factors = (0.5, 1.5, 2.0)
    values = []
    for factor in factors:
        raw = answer * factor
        magnitude = 10 ** max(0, len(str(int(raw))) - 2)
        values.append(int(round(raw / magnitude) * magnitude))
    return values


def generate_bank(base: FactBase) -> Bank:
    """The built-in bank: lessons and every question derived from ``base``."""
    return Generator(base).bank()


__all__ = ["format_iso_date", "format_number", "generate_bank", "number_distractors"]
