"""Item-writing rules as code: what a careful teacher would refuse in a question bank.

:func:`lint_bank` runs every rule over a bank (the built-in one, or a teacher's own file
read by any importer) and returns the violations with a summary of the bank's make-up:
the share of each question type, the share of true/false items keyed "True", and the
number of items per topic. Each rule has a short id so that a report can be filtered.

The rules:

- ``one-key``: a single-choice item has exactly one key, and no option repeats the key in
  other words; a multiple-answer item offers at least one wrong option;
- ``option-form``: options of one item look alike: all numbers or none, similar length, the
  same capitalisation, and keys that do not share an opening the distractors lack;
- ``all-none``: no "all of the above" or "none of the above";
- ``lesson-repeat``: a true/false stem does not repeat a lesson sentence word for word;
- ``role-swap``: a false statement is not a person put in another person's post (an absurd
  claim a learner rejects without knowing anything);
- ``doubled-anchor``: a stem gives its time anchor once ("As reported on ..."), not twice;
- ``number-format``: years are not printed with a thousands separator ("2,019") and long
  numbers are ("12,416,759");
- ``hedged-tolerance``: a numeric item whose stem hedges ("about", "nearly") accepts a range;
- ``typed-variants``: a typed answer that is a transliterated name accepts its common
  spelling variants ("Izmuhambetov" for "Izmukhambetov");
- ``dangling``: a stem does not say "too" about something outside the question;
- ``true-false-share`` and ``true-balance`` (whole bank): true/false items are at most a
  fifth of the bank and their keys are 40-60% "True".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from civicquiz.core.bank import TYPE_LABELS, Bank, Question
from civicquiz.core.grading import normalize_answer

RULES = {
    "one-key": "one key the source defends; a multiple-answer item has a wrong option",
    "option-form": "options alike in form, length and grammar",
    "all-none": "no 'all of the above' or 'none of the above'",
    "lesson-repeat": "no true/false stem that repeats a lesson sentence word for word",
    "role-swap": "no absurd false statement that puts a person in another's post",
    "doubled-anchor": "one time anchor per stem",
    "number-format": "numbers and years formatted for reading",
    "hedged-tolerance": "a numeric answer the stem hedges accepts a range",
    "typed-variants": "typed names accept their spelling and transliteration variants",
    "dangling": "no 'too' that refers to something outside the question",
    "true-false-share": "true/false items at most 20% of the bank",
    "true-balance": "true/false keys 40-60% 'True'",
}
MAX_TRUE_FALSE_SHARE = 0.20
TRUE_SHARE_RANGE = (0.40, 0.60)

_ALL_NONE = re.compile(r"\b(all|none|both|neither) of (the|these) (above|options|answers)\b", re.I)
_NUMBER = re.compile(r"^[\d\s,.%]+$")
_YEAR_WITH_COMMA = re.compile(r"(?<![\d,])([12]),(\d{3})(?![\d,])")
_YEAR_CONTEXT = re.compile(r"\b(year|since|in|from|until|by)\s+$", re.I)
_LONG_NUMBER = re.compile(r"(?<![\d.,:/-])\d{5,}(?![\d.,:/-])")
_HEDGE = re.compile(
    r"\b(about|approximately|around|roughly|nearly|almost|some|close to|more than|over)\b",
    re.I,
)
_LEAD_ANCHOR = re.compile(r"^(as reported|as of|as presented)\b[^,]*,\s*", re.I)
_ANCHORS = re.compile(
    r"\b(as reported|as of \d|on the eve of|in remarks reported|"
    r"(?:at|after|from) the (?:meeting|session) of \d{1,2} [A-Z][a-z]+|"
    r"at the \d{1,2} [A-Z][a-z]+ meeting)",
    re.I,
)
_TOO = re.compile(r"(,\s*too\b|\btoo,|\btoo[.?!]?$)", re.I)
_TRANSLIT = re.compile(r"kh|zh|[aeiou]yev\b|[aeiou]yeva\b", re.I)
# Latin transliterations of Kazakh names vary: "kh" or "h", "zh" or "j", "-ayev" or "-aev".
_VARIANTS = (("kh", "h"), ("zh", "j"), ("ayev", "aev"), ("yev", "ev"), ("Ye", "E"), ("y", "i"))


def spelling_variants(name: str, limit: int = 6) -> list[str]:
    """Common transliteration variants of a name (not the name itself), most likely first:
    ``Izmukhambetov`` -> ``Izmuhambetov``, ``Zhienbayev`` -> ``Zhienbaev``, ..."""
    found: list[str] = []
    frontier = [name]
    for old, new in _VARIANTS:
        grown = [text.replace(old, new) for text in frontier if old in text]
        frontier.extend(grown)
        found.extend(grown)
    return [v for v in dict.fromkeys(found) if v != name][:limit]


@dataclass(frozen=True)
class Violation:
    rule: str
    question: str  # the question's id ("" for a rule over the whole bank)
    message: str
    line: int | None = None  # line in the file the question was read from

    def __str__(self) -> str:
        where = f"question {self.question!r}" if self.question else "bank"
        if self.line:
            where += f" (line {self.line})"
        return f"{where}: [{self.rule}] {self.message}"


@dataclass
class LintReport:
    violations: list[Violation] = field(default_factory=list)
    total: int = 0
    types: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)
    true_false: int = 0
    keyed_true: int = 0

    @property
    def true_share(self) -> float | None:
        return self.keyed_true / self.true_false if self.true_false else None

    def summary_lines(self) -> list[str]:
        """The bank's make-up, as ``civicquiz lint`` prints it."""
        lines = [f"{self.total} questions"]
        for qtype, count in sorted(self.types.items(), key=lambda kv: (-kv[1], kv[0])):
            label = TYPE_LABELS.get(qtype, qtype)
            lines.append(f"  {label:<17} {count:>4}  {count / max(1, self.total):>4.0%}")
        share = self.true_share
        lines.append(
            "True keys among true/false: "
            + (
                f"{self.keyed_true} of {self.true_false} ({share:.0%})"
                if share is not None
                else "none"
            )
        )
        lines.append("Items per topic:")
        width = max((len(t) for t in self.topics), default=0)
        for topic, count in sorted(self.topics.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {topic:<{width}} {count:>4}")
        return lines


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", normalize_answer(text))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(_words(s)) >= 6]


def _texts(question: Question) -> list[str]:
    return [
        question.stem,
        *(o.text for o in question.options),
        *(o.match or "" for o in question.options),
    ]


def question_violations(
    question: Question,
    *,
    lesson_sentences: frozenset[str] = frozenset(),
    person_posts: dict[str, str] | None = None,
) -> list[Violation]:
    """Every rule that ``question`` breaks. ``lesson_sentences`` are the bank's lesson
    sentences (normalised); ``person_posts`` maps each person the bank pairs with a post."""
    found: list[tuple[str, str]] = []
    qtype, options = question.qtype, question.options
    keys = [o for o in options if o.correct]
    wrong = [o for o in options if not o.correct]

    def add(rule: str, message: str) -> None:
        found.append((rule, message))

    if qtype in ("single_choice", "multiple_choice"):
        if qtype == "single_choice" and len(keys) != 1:
            add("one-key", f"a single-choice item needs exactly one key, it has {len(keys)}")
        if qtype == "multiple_choice" and keys and not wrong:
            add("one-key", "every option is a key, so ticking all of them always scores")
        key_texts = {normalize_answer(k.text) for k in keys}
        for option in wrong:
            if normalize_answer(option.text) in key_texts:
                add("one-key", f"the distractor {option.text!r} is the key again")
        texts = [o.text.strip() for o in options if o.text.strip()]
        numeric = [bool(_NUMBER.match(t)) for t in texts]
        if any(numeric) and not all(numeric):
            add("option-form", "some options are numbers and some are words")
        lengths = sorted(len(t) for t in texts)
        if lengths and lengths[-1] > max(3 * lengths[0], lengths[0] + 40):
            add(
                "option-form", f"option lengths range from {lengths[0]} to {lengths[-1]} characters"
            )
        starts = {t[:1].isupper() for t in texts if t[:1].isalpha() and not t[1:2].isupper()}
        if len(starts) > 1:
            add("option-form", "some options start with a capital letter and some do not")
        if len(keys) >= 2 and wrong:
            first = {k.text.split(" ", 1)[0].casefold() for k in keys}
            if len(first) == 1 and not any(
                o.text.split(" ", 1)[0].casefold() in first for o in wrong
            ):
                add(
                    "option-form",
                    f"every key starts with {keys[0].text.split(' ', 1)[0]!r} and no distractor does",
                )
    for option in options:
        if _ALL_NONE.search(option.text):
            add("all-none", f"the option {option.text!r} points at the other options")
    if qtype == "true_false" and lesson_sentences:
        stem = " ".join(_words(_LEAD_ANCHOR.sub("", question.stem)))
        if any(sentence in stem for sentence in lesson_sentences):
            add("lesson-repeat", "the statement repeats a lesson sentence word for word")
    if qtype == "true_false" and person_posts and keys and keys[0].key == "false":
        stem = question.stem.casefold()
        for person, post in person_posts.items():
            if person.casefold() not in stem:
                continue
            others = [p for n, p in person_posts.items() if n != person and p.casefold() in stem]
            if others and post.casefold() not in stem:
                add("role-swap", f"{person} is put in another person's post ({others[0]})")
    rest = _LEAD_ANCHOR.sub("", question.stem, count=1)
    anchors = (1 if rest != question.stem else 0) + len(_ANCHORS.findall(rest))
    if anchors > 1:
        add("doubled-anchor", "the stem gives its time anchor twice")
    asks_year = "year" in question.stem.casefold()
    for text in _texts(question):
        for match in _YEAR_WITH_COMMA.finditer(text):
            year = int(match.group(1) + match.group(2))
            before = text[: match.start()]
            if 1900 <= year <= 2100 and (asks_year or _YEAR_CONTEXT.search(before)):
                add("number-format", f"the year {match.group(0)!r} is printed with a comma")
        for match in _LONG_NUMBER.finditer(text):
            add("number-format", f"{match.group(0)!r} needs thousands separators")
    hedged = qtype == "numeric" and _HEDGE.search(question.stem)
    if hedged and question.numeric and all(a.tolerance == 0 for a in question.numeric):
        add(
            "hedged-tolerance",
            "the stem hedges the number but only the exact value is accepted",
        )
    if qtype == "short_answer" and keys:
        accepted = {normalize_answer(k.text) for k in keys}
        for key in keys[:1]:
            if not _TRANSLIT.search(key.text):
                continue
            variants = spelling_variants(key.text)
            if variants and not any(normalize_answer(v) in accepted for v in variants):
                add("typed-variants", f"{key.text!r} is accepted but not {variants[0]!r}")
    if _TOO.search(question.stem):
        add("dangling", "'too' refers to something outside the question")
    unique = dict.fromkeys(found)
    return [Violation(rule, question.key, message, question.line) for rule, message in unique]


def _person_posts(bank: Bank) -> dict[str, str]:
    """Who holds which post, as the bank's own matching items pair them."""
    posts: dict[str, str] = {}
    for question in bank.questions:
        if question.qtype != "matching":
            continue
        for option in question.options:
            words = option.text.split()
            if option.match and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                posts[option.text] = option.match
    return posts


def lint_bank(bank: Bank) -> LintReport:
    """Every violation in ``bank`` and its make-up."""
    report = LintReport(total=len(bank.questions))
    lesson_sentences = frozenset(
        " ".join(_words(sentence))
        for topic in bank.topics
        for paragraph in topic.paragraphs
        for sentence in _sentences(paragraph.text)
    )
    topic_titles = {t.key: t.title for t in bank.topics}
    posts = _person_posts(bank)
    for question in bank.questions:
        report.types[question.qtype] += 1
        report.topics[topic_titles.get(question.topic or "", question.topic or "(no topic)")] += 1
        if question.qtype == "true_false":
            report.true_false += 1
            report.keyed_true += any(o.correct and o.key == "true" for o in question.options)
        report.violations.extend(
            question_violations(question, lesson_sentences=lesson_sentences, person_posts=posts)
        )
    if report.total >= 10:
        share = report.true_false / report.total
        if share > MAX_TRUE_FALSE_SHARE:
            report.violations.append(
                Violation(
                    "true-false-share",
                    "",
                    f"{share:.0%} of the items are true/false (at most {MAX_TRUE_FALSE_SHARE:.0%})",
                )
            )
    true_share = report.true_share
    if report.true_false >= 10 and true_share is not None:
        low, high = TRUE_SHARE_RANGE
        if not low <= true_share <= high:
            report.violations.append(
                Violation(
                    "true-balance",
                    "",
                    f"{true_share:.0%} of the true/false keys are 'True', so always answering "
                    f"one way scores too well (keep it within {low:.0%}-{high:.0%})",
                )
            )
    return report
