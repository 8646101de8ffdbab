"""Reading facts.LANG.toml: the completeness check, its FILE:LINE messages, the
[[question]] overrides and the generator's own words in each language."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from civicquiz.facts.factbase import FactBaseError, read_toml
from civicquiz.facts.generate import generate_banks
from civicquiz.facts.phrases import KAZAKH, RUSSIAN, phrases_for
from civicquiz.facts.translations import (
    ENTRY_KEYS,
    NESTED,
    _translatable,
    load_translation,
)

BANK_DIR = Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026"


def _toml(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string or list is TOML too


def _fill(kind: str, entry: dict[str, Any], mark: str) -> dict[str, Any]:
    """Every text field of ``entry`` "translated" as ``mark`` + English (placeholders kept)."""
    out: dict[str, Any] = {}
    for name, value in entry.items():
        if name in NESTED.get(kind, ()):
            sub = f"{kind}.{name}"
            if isinstance(value, dict):
                out[name] = _fill(sub, value, mark)
            elif isinstance(value, list):
                out[name] = [_fill(sub, v, mark) for v in value]
        elif _translatable(kind, name, value):
            out[name] = [f"{mark}{v}" for v in value] if isinstance(value, list) else mark + value
    return out


def _write_entry(lines: list[str], header: str, entry: dict[str, Any], kind: str) -> None:
    lines.append(header)
    nested = NESTED.get(kind, ())
    for name, value in entry.items():
        if name not in nested:
            lines.append(f"{name} = {_toml(value)}")
    for name in nested:
        value = entry.get(name)
        table = header.strip("[]")
        if isinstance(value, dict):
            _write_entry(lines, f"[{table}.{name}]", value, f"{kind}.{name}")
        elif isinstance(value, list):
            for sub in value:
                _write_entry(lines, f"[[{table}.{name}]]", sub, f"{kind}.{name}")


def full_translation(mark: str = "перевод ") -> str:
    """A complete facts.ru.toml written from facts.toml (each text marked), as TOML."""
    raw = read_toml(BANK_DIR / "facts.toml")
    lines: list[str] = []
    _write_entry(lines, "[bank]", _fill("bank", raw["bank"], mark), "bank")
    for kind, key in ENTRY_KEYS.items():
        for entry in raw.get(kind, []):
            filled = {key: entry[key], **_fill(kind, entry, mark)}
            _write_entry(lines, f"[[{kind}]]", filled, kind)
    return "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "facts.toml").write_bytes((BANK_DIR / "facts.toml").read_bytes())
    return tmp_path


def test_a_complete_translation_has_nothing_missing_and_gives_the_same_questions(
    folder: Path,
) -> None:
    text = full_translation()
    text += '\n[[question]]\nid = "order.timeline-1"\nstem = "Свой вопрос о порядке событий"\n'
    (folder / "facts.ru.toml").write_text(text, encoding="utf-8")
    translation = load_translation(folder / "facts.toml", "ru")
    assert translation.missing == [] and translation.complete
    assert translation.translated > 500
    results = {g.language: g for g in generate_banks(folder / "facts.toml", ("en", "ru"))}
    english, russian = results["en"].bank, results["ru"].bank
    assert english is not None and russian is not None, results["ru"].problems
    assert russian.language == "ru" and russian.title.startswith("перевод ")
    assert [q.key for q in russian.questions] == [q.key for q in english.questions]
    by_key = {q.key: q for q in russian.questions}
    assert by_key["order.timeline-1"].stem == "Свой вопрос о порядке событий"
    for ours, theirs in zip(english.questions, russian.questions, strict=True):
        if ours.qtype == "short_answer":
            continue  # the accepted spellings differ between languages
        assert [o.key for o in ours.correct_options] == [o.key for o in theirs.correct_options]
        if ours.qtype == "true_false":
            assert {o.text for o in theirs.options} == {"Верно", "Неверно"}


def test_an_empty_field_is_missing_with_its_file_and_line(folder: Path) -> None:
    text = re.sub(r'(?m)^title = "перевод Kazakhstan.*$', 'title = ""', full_translation(), count=1)
    (folder / "facts.ru.toml").write_text(text, encoding="utf-8")
    translation = load_translation(folder / "facts.toml", "ru")
    assert translation.missing == [f"{folder / 'facts.ru.toml'}:2: the bank: title is empty"]
    # draft mode: the English title stands in
    assert translation.merged["bank"]["title"].startswith("Kazakhstan")


def _problems(folder: Path, text: str) -> str:
    (folder / "facts.ru.toml").write_text(text, encoding="utf-8")
    with pytest.raises(FactBaseError) as caught:
        load_translation(folder / "facts.toml", "ru")
    return str(caught.value)


def _line_of(text: str, needle: str) -> int:
    return text.split("\n").index(needle) + 1


def test_an_unknown_id_is_refused_with_its_line(folder: Path) -> None:
    text = full_translation() + '\n[[fact]]\nid = "no-such-fact"\nstatement = "x"\n'
    message = _problems(folder, text)
    line = len(text.rstrip("\n").split("\n")) - 2  # the [[fact]] header
    assert f"facts.ru.toml:{line}: [[fact]] id = 'no-such-fact' is not in facts.toml" in message


def test_a_list_of_another_length_is_refused(folder: Path) -> None:
    text = full_translation()
    english = read_toml(BANK_DIR / "facts.toml")
    item = english["item"][0]
    first_distractor = f"text = {_toml('перевод ' + item['distractors'][0]['text'])}"
    # drop the item's first distractor table
    text = text.replace(f"[[item.distractors]]\n{first_distractor}\n", "", 1)
    message = _problems(folder, text)
    count = len(item["distractors"])
    assert f"{count} distractors in facts.toml, {count - 1} here" in message
    assert f"item {item['id']!r}" in message


def test_a_lost_placeholder_is_refused(folder: Path) -> None:
    text = full_translation()
    claim = next(
        f["value"]["claim"]
        for f in read_toml(BANK_DIR / "facts.toml")["fact"]
        if "{answer}" in f.get("value", {}).get("claim", "")
    )
    wrong = claim.replace("{answer}", "сто")
    text = text.replace(_toml("перевод " + claim), _toml("перевод " + wrong), 1)
    message = _problems(folder, text)
    line = _line_of(text, f"claim = {_toml('перевод ' + wrong)}")
    assert f"facts.ru.toml:{line}:" in message
    assert "must keep the placeholders {answer} (found none)" in message


def test_a_question_override_must_name_a_real_question(folder: Path) -> None:
    text = full_translation() + '\n[[question]]\nid = "no.such"\nstem = "x"\n'
    (folder / "facts.ru.toml").write_text(text, encoding="utf-8")
    ru = next(g for g in generate_banks(folder / "facts.toml", ("ru",)))
    assert ru.bank is None
    assert any(
        "question 'no.such': no question with this id in bank.json" in p for p in ru.problems
    )


def test_dates_and_numbers_as_each_language_writes_them() -> None:
    assert RUSSIAN.format_iso_date("2026-03-15") == "15 марта 2026 г."
    assert KAZAKH.format_iso_date("2026-03-15") == "2026 жылғы 15 наурыз"
    assert RUSSIAN.format_iso_date("2026-01") == "январь 2026 г."
    assert KAZAKH.format_iso_date("2026-07") == "2026 жылғы шілде"
    assert (
        RUSSIAN.number(1600) == "1\u00a0600" and KAZAKH.number(12482613) == "12\u00a0482\u00a0613"
    )
    assert RUSSIAN.percent(87.15) == "87,15%"
    assert phrases_for("en").number(1600) == "1,600"
    assert (KAZAKH.true_label, KAZAKH.false_label) == ("Дұрыс", "Бұрыс")
    assert (RUSSIAN.true_label, RUSSIAN.false_label) == ("Верно", "Неверно")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_generated_banks_use_the_languages_own_words(language: str) -> None:
    bank = json.loads((BANK_DIR / f"bank.{language}.json").read_text(encoding="utf-8"))
    phrases = phrases_for(language)
    texts = json.dumps(bank, ensure_ascii=False)
    assert f'"text": "{phrases.true_label}"' in texts and '"text": "True"' not in texts
    assert phrases.format_iso_date("2026-03-15") in texts
    assert "complete the sentence" not in texts and "according to the reports?" not in texts


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_fact_base_in_another_language(language: str) -> None:
    from civicquiz.facts.factbase import load_fact_base

    english = load_fact_base(BANK_DIR / "facts.toml")
    other = load_fact_base(BANK_DIR / "facts.toml", language)
    assert other.language == language and other.title != english.title
    assert [f.id for f in other.facts] == [f.id for f in english.facts]
