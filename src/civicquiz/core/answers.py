"""Comparing a typed answer with an accepted one, across Kazakh, Russian and Latin script.

A learner may type the Kazakh, Russian or English form of a term, or a Latin transliteration
of either ("Құрылтай", "Курултай", "Kurultai", "Qurultai"). Three steps decide:

1. **Folding** (:func:`fold`): case, accents on Latin letters, apostrophe and dash variants,
   spacing and edge punctuation. Cyrillic letters are kept as they are except ``ё`` -> ``е``:
   the Kazakh letters ә ғ қ ң ө ұ ү һ і stay distinct from а г к н о у у х и, so "Ұлт" typed
   as "Улт" is a different word, not the same one.
2. **Terms**: the forms of one institution or name in the three languages (:func:`terms`,
   from the fact base's glossary) count as one answer, so a bank keyed "Kurultai" accepts "Құрылтай" and "Курултай".
3. **Spelling slips**: the same small tolerance in every script (:func:`slips_allowed`): none
   under five letters, one slip (a wrong, missing, extra or swapped letter) up to nine, two
   from ten letters on. Between scripts the comparison is made on Latin keys: Kazakh Cyrillic
   through the official Kazakh Latin alphabet (2021) with its marks dropped as a keyboard
   without them types it (қ -> q, ұ -> u, ө -> o), Russian Cyrillic through iuliia's
   Wikipedia and ICAO passport schemes ("Tokayev", "Tokaev").

Libraries: ``rapidfuzz`` for the edit distance (optimal string alignment) and ``iuliia`` for
the Russian schemes. Neither ``unidecode`` nor ``anyascii`` suits Kazakh: they turn қ, ұ, ү, ө,
і into k, u, u, o, i inside one script, folding Kazakh words into Russian look-alikes, and
``cyrtranslit`` and ``iuliia`` have no Kazakh scheme; so the Kazakh alphabet is the short table
below, taken from the 2021 standard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import iuliia  # type: ignore[import-untyped]  # no type hints shipped
from rapidfuzz.distance import OSA

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-"})
_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = ".,;:!?\"'()[]«»"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
# Letters whose accent is part of the letter in Cyrillic, kept whole by the folding.
_KEEP_WHOLE = frozenset("йЙ")


def terms() -> tuple[frozenset[str], ...]:
    """The forms of each term in Kazakh, Russian and English, with common Latin
    transliterations: typing any of them answers a question keyed with any other. Derived
    from the fact base's glossary and its entities and people in every language (see
    :func:`civicquiz.facts.glossary.term_groups`)."""
    from civicquiz.facts.glossary import builtin_term_groups

    return builtin_term_groups()


# The Kazakh Latin alphabet of 2021, with the marks a keyboard without them leaves off.
_KAZAKH_LETTERS = (
    "а=a ә=a б=b в=v г=g ғ=g д=d е=e ё=io ж=j з=z и=i й=i к=k қ=q л=l м=m н=n ң=n"
    " о=o ө=o п=p р=r с=s т=t у=u ұ=u ү=u ф=f х=h һ=h ц=ts ч=ch ш=sh щ=sh ъ= ы=y"
    " і=i ь= э=e ю=iu я=ia"
)
_KAZAKH_LATIN = str.maketrans(dict(pair.split("=") for pair in _KAZAKH_LETTERS.split(" ")))
# Kazakh letters as a Russian speaker writes them, before a Russian scheme romanises them.
_KAZAKH_AS_RUSSIAN = str.maketrans(
    {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
)
# Spellings that vary between Latin transliterations, brought to one form on both sides.
_LOOSE_LATIN = (("kh", "h"), ("zh", "j"), ("q", "k"), ("w", "u"), ("y", "i"), ("ii", "i"))


def fold(text: str) -> str:
    """Fold case, Latin accents, apostrophe and dash variants and spacing, so that typed
    answers compare as a person would: ``Halyk  Keňesi.`` equals ``halyk kenesi``; Cyrillic
    letters (Kazakh ones included) are kept, ``ё`` becoming ``е``."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text.translate(_APOSTROPHES)):
        if char in _KEEP_WHOLE:
            out.append(char)
            continue
        out.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    folded = _SPACES.sub(" ", "".join(out).casefold()).strip()
    return folded.strip(_EDGE_PUNCTUATION).strip()


def slips_allowed(accepted: str) -> int:
    """How many spelling slips an answer of this length forgives: the same in every script."""
    letters = sum(1 for c in accepted if c.isalnum())
    if letters < 5:
        return 0
    return 1 if letters < 10 else 2


def _loose(latin: str) -> str:
    for old, new in _LOOSE_LATIN:
        latin = latin.replace(old, new)
    return latin


@lru_cache(maxsize=4096)
def latin_keys(folded: str) -> frozenset[str]:
    """The Latin spellings a folded answer may be typed in, loosened alike on both sides."""
    if not _CYRILLIC.search(folded):
        return frozenset({_loose(folded)})
    keys = {folded.translate(_KAZAKH_LATIN)}
    russian = folded.translate(_KAZAKH_AS_RUSSIAN)
    for schema in (iuliia.WIKIPEDIA, iuliia.ICAO_DOC_9303):
        keys.add(fold(schema.translate(russian)))
    return frozenset(_loose(k) for k in keys)


def _scripts(folded: str) -> frozenset[str]:
    found = set()
    if _CYRILLIC.search(folded):
        found.add("cyrillic")
    if _LATIN.search(folded):
        found.add("latin")
    return frozenset(found)


@lru_cache(maxsize=4096)
def _term_forms(folded: str) -> frozenset[str]:
    """Every form of the term ``folded`` is one of (just itself when it is no known term)."""
    for forms in _folded_terms():
        if folded in forms:
            return forms
    return frozenset({folded})


@lru_cache(maxsize=1)
def _folded_terms() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(fold(f) for f in forms) for forms in terms())


_DIGITS = re.compile(r"\d+")


def _close(typed: str, accepted: str) -> bool:
    if _DIGITS.findall(typed) != _DIGITS.findall(accepted):
        return False  # a slip in a number is a different date or count, not a spelling
    allowed = slips_allowed(accepted)
    if _scripts(typed) == _scripts(accepted):
        return OSA.distance(typed, accepted, score_cutoff=allowed) <= allowed
    return any(
        OSA.distance(t, a, score_cutoff=allowed) <= allowed
        for t in latin_keys(typed)
        for a in latin_keys(accepted)
    )


def answer_matches(typed: str, accepted: str) -> bool:
    """Whether ``typed`` answers as ``accepted`` does, in any script, allowing slips."""
    typed_folded = fold(typed)
    if not typed_folded:
        return False
    return any(_close(typed_folded, form) for form in _term_forms(fold(accepted)))


def matches_any(typed: str, accepted: Iterable[str]) -> bool:
    return any(answer_matches(typed, a) for a in accepted)
