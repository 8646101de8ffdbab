"""Embedded answers (Moodle's "cloze" or multianswer type): a text with gaps, each gap a
small question of its own (a typed answer, a number, or a choice), graded gap by gap.

The text keeps a mark ``{#1}``, ``{#2}``... where each gap stands, as Moodle stores it.
Every answer of every gap is one option:

- ``key`` is ``"<gap>.<n>"`` (gap numbers from 1, answers from 0, in the order written);
- ``text`` the answer (a number's text for numerical gaps; ``*`` matches anything);
- ``weight`` the fraction Moodle gives it (1 for ``=``, ``%50%`` is 0.5, none is 0);
  ``correct`` is set for the fully right ones (for multiple response: any worth > 0);
- ``match`` the gap's kind and mark, ``"KIND:MARK"``, and for numerical answers the
  tolerance too, ``"NUMERICAL:MARK:TOLERANCE"``.

Kinds are Moodle's long names (its short ones are read as these): SHORTANSWER (capitals do
not matter), SHORTANSWER_C (they do), NUMERICAL, MULTICHOICE (a drop-down), MULTICHOICE_V
and _H (buttons down or across), MULTIRESPONSE and _H (tick boxes); ``_S`` after any choice
kind shuffles its answers. A gap's mark (``{2:...}``) weighs it against the others.

Answers: ``{"gaps": {"1": "typed text", "2": "2.1", "3": ["3.0", "3.2"]}}`` (typed text,
the option chosen, or the options ticked).
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from civicquiz.core.qtypes.base import Numeric, OptionLike, OptionView, QuestionType

if TYPE_CHECKING:
    from civicquiz.core.bank import Question

KINDS = (
    "SHORTANSWER", "SHORTANSWER_C", "NUMERICAL",
    "MULTICHOICE", "MULTICHOICE_V", "MULTICHOICE_H",
    "MULTICHOICE_S", "MULTICHOICE_VS", "MULTICHOICE_HS",
    "MULTIRESPONSE", "MULTIRESPONSE_H", "MULTIRESPONSE_S", "MULTIRESPONSE_HS",
)  # fmt: skip
SHORT_NAMES = {
    "SA": "SHORTANSWER", "MW": "SHORTANSWER", "SAC": "SHORTANSWER_C", "MWC": "SHORTANSWER_C",
    "NM": "NUMERICAL", "MC": "MULTICHOICE", "MCV": "MULTICHOICE_V", "MCH": "MULTICHOICE_H",
    "MCS": "MULTICHOICE_S", "MCVS": "MULTICHOICE_VS", "MCHS": "MULTICHOICE_HS",
    "MR": "MULTIRESPONSE", "MRH": "MULTIRESPONSE_H", "MRS": "MULTIRESPONSE_S",
    "MRHS": "MULTIRESPONSE_HS",
}  # fmt: skip
PLACEHOLDER = re.compile(r"\{#(\d+)\}")
# A number as Moodle's numerical gaps accept it (a comma may be the decimal mark).
NUMBER = re.compile(r"-?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]+)?")


@dataclass(frozen=True)
class GapAnswer:
    key: str
    text: str
    fraction: float
    feedback: str = ""
    tolerance: float = 0.0


@dataclass
class Gap:
    number: int
    kind: str
    mark: int = 1
    answers: list[GapAnswer] = field(default_factory=list)

    @property
    def choice(self) -> bool:
        return self.kind.startswith(("MULTICHOICE", "MULTIRESPONSE"))

    @property
    def multiple(self) -> bool:
        return self.kind.startswith("MULTIRESPONSE")

    @property
    def shuffled(self) -> bool:
        return self.choice and self.kind.endswith("S")

    @property
    def layout(self) -> str:
        """How a choice gap is shown: ``dropdown``, ``vertical`` or ``horizontal``."""
        if self.multiple:
            return "horizontal" if "_H" in self.kind else "vertical"
        if "_V" in self.kind:
            return "vertical"
        return "horizontal" if "_H" in self.kind else "dropdown"


def kind_of(name: str) -> str | None:
    """Moodle's long name for a gap kind written either way, or None when unknown."""
    name = SHORT_NAMES.get(name, name)
    return name if name in KINDS else None


def parse_number(text: str) -> float | None:
    text = text.strip()
    if not NUMBER.fullmatch(text):
        return None
    return float(text.replace(",", "."))


def _match_spec(match: str | None) -> tuple[str, int, float] | None:
    parts = (match or "").split(":")
    if len(parts) not in (2, 3) or kind_of(parts[0]) != parts[0] or not parts[1].isdigit():
        return None
    try:
        tolerance = float(parts[2]) if len(parts) == 3 else 0.0
    except ValueError:
        return None
    return parts[0], int(parts[1]), tolerance


def gaps_of(options: Sequence[OptionLike]) -> list[Gap]:
    """The gaps stored in a question's options, in gap order (see the module's text)."""
    gaps: dict[int, Gap] = {}
    for option in options:
        number_text, _, _ = option.key.partition(".")
        spec = _match_spec(option.match)
        if not number_text.isdigit() or spec is None:
            continue
        kind, mark, tolerance = spec
        gap = gaps.setdefault(int(number_text), Gap(int(number_text), kind, mark))
        fraction = option.weight if option.weight is not None else float(option.correct)
        gap.answers.append(GapAnswer(option.key, option.text, fraction, option.feedback, tolerance))
    return [gaps[n] for n in sorted(gaps)]


def gap_options(gaps: Sequence[Gap]) -> list[OptionView]:
    """The options that store ``gaps`` (the inverse of :func:`gaps_of`)."""
    out = []
    for gap in gaps:
        for index, answer in enumerate(gap.answers):
            spec = f"{gap.kind}:{gap.mark}"
            if gap.kind == "NUMERICAL":
                spec += f":{answer.tolerance!r}"
            right = answer.fraction > 0 if gap.multiple else answer.fraction >= 1.0 - 1e-9
            out.append(
                OptionView(
                    f"{gap.number}.{index}", answer.text, right, spec, answer.fraction,
                    answer.feedback,
                )
            )  # fmt: skip
    return out


def _wildcard(accepted: str, case: bool) -> re.Pattern[str]:
    # Moodle's short answers: * matches anything, \* is a star; spaces at the ends ignored.
    parts = re.split(r"(?<!\\)\*", accepted.strip())
    body = ".*".join(re.escape(p.replace("\\*", "*")) for p in parts)
    return re.compile(f"^{body}$", 0 if case else re.IGNORECASE)


def matching_answer(gap: Gap, given: Any) -> GapAnswer | None:
    """The answer of ``gap`` a response earns, as Moodle finds it (the first that fits)."""
    if gap.kind == "NUMERICAL":
        from civicquiz.core.qtypes.standard import as_float

        value = parse_number(given) if isinstance(given, str) else as_float(given)
        if value is None:
            return None
        for answer in gap.answers:
            if answer.text.strip() == "*":
                return answer
            accepted = parse_number(answer.text)
            if accepted is not None and abs(value - accepted) <= answer.tolerance + 1e-9:
                return answer
        return None
    if gap.choice:
        return next((a for a in gap.answers if a.key == given), None)
    typed = str(given or "").strip()
    if not typed:
        return None
    case = gap.kind == "SHORTANSWER_C"
    return next((a for a in gap.answers if _wildcard(a.text, case).match(typed)), None)


def gap_score(gap: Gap, given: Any) -> float:
    """One gap's score, 0..1 (multiple response: the fractions of the ticked answers)."""
    if gap.multiple:  # the fractions are Moodle's, scaled so that the right ones make 100%
        ticked = set(given) if isinstance(given, list) else set()
        total = sum(a.fraction for a in gap.answers if a.key in ticked)
        return max(0.0, min(1.0, total))
    found = matching_answer(gap, given)
    return max(0.0, found.fraction) if found is not None else 0.0


def _best(gap: Gap) -> GapAnswer:
    return max(gap.answers, key=lambda a: a.fraction)


class Cloze(QuestionType):
    name = "cloze"
    label = "Embedded answers"
    kiosk = False  # most gaps are typed

    def problems(self, question: Question) -> list[str]:
        problems: list[str] = []
        specs = [o for o in question.options if _match_spec(o.match) is None]
        keys = [o.key for o in question.options if not re.fullmatch(r"\d+\.\d+", o.key)]
        if specs or keys:
            return ["a cloze question's answers are not stored as gaps"]
        gaps = gaps_of(question.options)
        if not gaps:
            return ["a cloze question needs at least one gap, like {1:SHORTANSWER:=Astana}"]
        marks = [int(m) for m in PLACEHOLDER.findall(question.stem)]
        if sorted(marks) != [g.number for g in gaps] or [g.number for g in gaps] != list(
            range(1, len(gaps) + 1)
        ):
            problems.append("the text's gap marks do not match the gaps")
        for gap in gaps:
            problems.extend(f"gap {gap.number}: {p}" for p in gap_problems(gap))
        return problems

    def grade(
        self, options: Sequence[OptionLike], numeric: Numeric, answer: dict[str, Any]
    ) -> float:
        given = answer.get("gaps")
        if not isinstance(given, dict):
            return 0.0
        gaps = gaps_of(options)
        total = sum(g.mark for g in gaps)
        if not total:
            return 0.0
        return sum(g.mark * gap_score(g, given.get(str(g.number))) for g in gaps) / total

    def keyed_answer(self, options: Sequence[OptionLike], numeric: Numeric) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for gap in gaps_of(options):
            if gap.multiple:
                out[str(gap.number)] = [a.key for a in gap.answers if a.fraction > 0]
            elif gap.choice:
                out[str(gap.number)] = _best(gap).key
            else:
                out[str(gap.number)] = _best(gap).text.replace("\\*", "*")
        return {"gaps": out}

    def describe(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> str:
        given = answer.get("gaps")
        given = given if isinstance(given, dict) else {}
        return "; ".join(
            f"{gap.number}: {describe_gap(gap, given.get(str(gap.number)))}"
            for gap in gaps_of(options)
        )

    def chosen_feedback(self, options: Sequence[OptionLike], answer: dict[str, Any]) -> list[str]:
        given = answer.get("gaps")
        if not isinstance(given, dict):
            return []
        notes = []
        for gap in gaps_of(options):
            said = given.get(str(gap.number))
            found = (
                [a for a in gap.answers if isinstance(said, list) and a.key in said]
                if gap.multiple
                else [a for a in [matching_answer(gap, said)] if a is not None]
            )
            notes += [f"Gap {gap.number}: {a.feedback}" for a in found if a.feedback]
        return notes

    def arrange(
        self, keyed: list[OptionView], rng: random.Random
    ) -> tuple[list[OptionView], list[str]]:
        by_key = {o.key: o for o in keyed}
        shown: list[OptionView] = []
        for gap in gaps_of(keyed):
            answers = [by_key[a.key] for a in gap.answers]
            if gap.shuffled:
                rng.shuffle(answers)
            shown += answers
        return shown, []

    def shown_stem(self, stem: str) -> str:
        return PLACEHOLDER.sub(lambda m: f"[{m.group(1)}]", stem)


def describe_gap(gap: Gap, said: Any) -> str:
    """What was put in one gap, in words."""
    by_key = {a.key: a.text for a in gap.answers}
    if gap.multiple:
        texts = [by_key[k] for k in said if k in by_key] if isinstance(said, list) else []
        return ", ".join(texts) or "(nothing)"
    if gap.choice:
        return by_key.get(str(said), "(no answer)")
    return str(said).strip() if said not in (None, "") else "(no answer)"


def gap_problems(gap: Gap) -> list[str]:
    """Moodle's checks of one gap: enough answers, numbers that are numbers, a full mark."""
    problems = []
    answered = [a for a in gap.answers if a.text.strip()]
    if gap.choice and len(answered) < 2:
        problems.append("a choice gap needs at least two answers")
    elif not answered:
        problems.append("the gap needs at least one answer")
    if gap.kind == "NUMERICAL" and any(
        parse_number(a.text) is None and a.text.strip() != "*" for a in answered
    ):
        problems.append("every answer of a numerical gap must be a number or *")
    full = (
        any(a.fraction > 0 for a in answered)
        if gap.multiple
        else any(abs(a.fraction - 1.0) < 1e-9 for a in answered)
    )
    if not full:
        problems.append("no answer is worth 100%")
    return problems
