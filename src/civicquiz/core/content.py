"""The built-in bank's text in the learner's content language.

The database holds the built-in bank once (its English text); ``bank.ru.json`` and
``bank.kk.json`` beside ``bank.json`` hold the same questions under the same ids in Russian
and Kazakh. What a learner is shown (lessons, topic titles, questions, options, feedback
explanations, citations) is taken from the bank of their content language by question id,
so responses, review schedules, exams and item analysis stay keyed to one question whatever
the language it was read in. Teachers' imported banks keep their own language: only the
built-in bank (origin ``builtin``) is translated.

Typed answers to a built-in question are accepted in any of its languages: a learner
practising in Kazakh types the Kazakh form, and the same answer is right in every view.
"""

from __future__ import annotations

import dataclasses
import logging
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicquiz import paths
from civicquiz.core import bank as domain
from civicquiz.core.grading import OptionView

if TYPE_CHECKING:
    from civicquiz.core.attempts import PresentedQuestion

log = logging.getLogger(__name__)
BUILTIN_LANGUAGES = ("en", "ru", "kk")


def builtin_bank_path(language: str) -> Path:
    name = "bank.json" if language == "en" else f"bank.{language}.json"
    return paths.builtin_bank_dir() / name


@lru_cache(maxsize=4)
def builtin_bank(language: str) -> domain.Bank | None:
    """The built-in bank in ``language`` (None when there is no such file)."""
    from civicquiz.formats.native import read_native_bank

    path = builtin_bank_path(language)
    if language not in BUILTIN_LANGUAGES or not path.exists():
        return None
    try:
        return read_native_bank(path, trusted=True)
    except Exception as exc:  # a broken file must not stop the app: English is shown
        log.warning("the %s built-in bank could not be read: %s", language, exc)
        return None


@dataclasses.dataclass(frozen=True)
class _Index:
    questions: dict[str, domain.Question]
    topics: dict[str, domain.Topic]


@lru_cache(maxsize=4)
def _index(language: str) -> _Index | None:
    bank = builtin_bank(language)
    if bank is None:
        return None
    return _Index({q.key: q for q in bank.questions}, {t.key: t for t in bank.topics})


def translates(bank_key: str, origin: str, language: str) -> bool:
    """Whether a bank's text is shown from a translation in ``language``."""
    return (
        origin == "builtin"
        and bank_key == paths.BUILTIN_BANK_ID
        and language in BUILTIN_LANGUAGES
        and language != "en"
        and _index(language) is not None
    )


def topic_text(
    bank_key: str, origin: str, topic_key: str, language: str
) -> tuple[str, str, list[dict[str, Any]]] | None:
    """A built-in topic's title, intro and lesson paragraphs in ``language`` (None: keep
    the stored text)."""
    if not translates(bank_key, origin, language):
        return None
    index = _index(language)
    topic = index.topics.get(topic_key) if index else None
    if topic is None:
        return None
    paragraphs = [
        {
            "text": p.text,
            "citation": domain.Citation.to_dict(p.citation) if p.citation else None,
        }
        for p in topic.paragraphs
    ]
    return topic.title, topic.intro, paragraphs


def topic_title(bank_title: str, topic_key: str, title: str, language: str) -> str:
    """A topic title as a list shows it: translated for the built-in bank (known by its
    English title, as progress lists carry it), as stored otherwise."""
    english = builtin_bank("en")
    if english is None or bank_title != english.title or language == "en":
        return title
    index = _index(language)
    topic = index.topics.get(topic_key) if index else None
    return topic.title if topic and topic.title else title


def bank_title(title: str, language: str) -> str:
    english = builtin_bank("en")
    other = builtin_bank(language) if language != "en" else None
    if english is None or other is None or title != english.title:
        return title
    return other.title


def _views(question: domain.Question) -> list[OptionView]:
    return [
        OptionView(o.key, o.text, o.correct, o.match, o.weight, o.feedback)
        for o in question.options
    ]


def also_accepted(bank_key: str, origin: str, question_key: str) -> list[OptionView]:
    """The typed answers a built-in short-answer question accepts (or refuses by name)
    in its other languages."""
    if origin != "builtin" or bank_key != paths.BUILTIN_BANK_ID:
        return []
    found: list[OptionView] = []
    for language in BUILTIN_LANGUAGES:
        index = _index(language)
        question = index.questions.get(question_key) if index else None
        if question is not None and question.qtype == "short_answer":
            found.extend(_views(question))
    return found


def localize_question(
    presented: PresentedQuestion, bank_key: str, origin: str, language: str
) -> PresentedQuestion:
    """``presented`` with the text of ``language`` (same id, keys and option order)."""
    if not translates(bank_key, origin, language):
        return presented
    index = _index(language)
    question = index.questions.get(presented.key) if index else None
    if question is None or question.qtype != presented.qtype:
        return presented
    by_key = {o.key: o for o in question.options}
    if presented.qtype == "short_answer":
        keyed = _views(question)
        options = keyed
    else:
        if set(by_key) != {o.key for o in presented.keyed}:
            return presented  # the translation is of another version of the question

        def swap(view: OptionView) -> OptionView:
            other = by_key[view.key]
            return dataclasses.replace(
                view, text=other.text, match=other.match, feedback=other.feedback or view.feedback
            )

        keyed = [swap(o) for o in presented.keyed]
        options = [swap(o) for o in presented.options]
    matches = {o.match: by_key[o.key].match for o in presented.keyed if o.key in by_key}
    topic = index.topics.get(question.topic) if index and question.topic else None
    return dataclasses.replace(
        presented,
        stem=question.stem,
        explanation=question.explanation,
        citations=[c.text for c in question.sources if c.text],
        topic=topic.title if topic else presented.topic,
        options=options,
        keyed=keyed,
        match_choices=[matches.get(m) or m for m in presented.match_choices],
        also_accepted=also_accepted(bank_key, origin, presented.key),
    )


def canonical_answer(
    bank_key: str,
    origin: str,
    question_key: str,
    stored: list[OptionView],
    answer: dict[str, Any],
) -> dict[str, Any]:
    """A matching answer given in any language of a built-in question, with each chosen
    match in the stored (English) words, so that it is graded as the same answer."""
    pairs = answer.get("pairs")
    if not isinstance(pairs, dict) or origin != "builtin" or bank_key != paths.BUILTIN_BANK_ID:
        return answer
    english = {o.key: o.match for o in stored}
    to_stored: dict[str, str] = {}
    for language in BUILTIN_LANGUAGES:
        index = _index(language)
        question = index.questions.get(question_key) if index else None
        for option in question.options if question else []:
            if option.match and english.get(option.key):
                to_stored.setdefault(option.match, str(english[option.key]))
    return {**answer, "pairs": {k: to_stored.get(v, v) for k, v in pairs.items()}}


@dataclasses.dataclass(frozen=True)
class GlossaryEntry:
    term: str  # in the content language
    others: tuple[str, ...]  # the same term in the two other languages
    latin: str
    note: str


def glossary(language: str) -> list[GlossaryEntry]:
    """The fact base's glossary for a learner reading in ``language`` (in the fact
    base's order; the screen sorts it by the language's collation)."""
    from civicquiz.facts.glossary import load_glossary

    try:
        terms = load_glossary(paths.builtin_bank_dir() / "facts.toml")
    except (OSError, ValueError) as exc:
        log.warning("no glossary: %s", exc)
        return []
    entries = []
    for term in terms:
        name = term.name(language)
        others = tuple(
            dict.fromkeys(term.name(other) for other in ("kk", "ru", "en") if other != language)
        )
        entries.append(
            GlossaryEntry(
                name, tuple(o for o in others if o != name), term.latin, term.note(language)
            )
        )
    return entries


def builtin_topic_title(title: str, language: str) -> str:
    """A built-in topic's stored (English) title in ``language``, for lists that carry
    only the title (exam plans, results by topic, the exam builder); other titles as they
    are."""
    english, other = _index("en"), _index(language) if language != "en" else None
    if english is None or other is None:
        return title
    for key, topic in english.topics.items():
        if topic.title == title and key in other.topics:
            return other.topics[key].title or title
    return title


@lru_cache(maxsize=4)
def _stems(language: str) -> dict[str, str]:
    english, other = _index("en"), _index(language)
    if english is None or other is None:
        return {}
    return {
        q.stem: other.questions[key].stem
        for key, q in english.questions.items()
        if key in other.questions
    }


def builtin_stem(stem: str, language: str) -> str:
    """A built-in question's stored (English) stem in ``language`` (item analysis lists
    carry only the stem); any other stem as it is."""
    if language == "en":
        return stem
    return _stems(language).get(stem, stem)
