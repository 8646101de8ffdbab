"""Each item-writing rule catches a bad example and lets the mended one pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from civicquiz.core.bank import Bank, LessonParagraph, NumericAnswer, Option, Question, Topic
from civicquiz.core.lint import RULES, lint_bank, question_violations, spelling_variants


def choice(
    *texts: str, key: int = 0, qtype: str = "single_choice", stem: str = "Which?"
) -> Question:
    options = [Option(chr(97 + i), t, i == key) for i, t in enumerate(texts)]
    return Question(key="q", qtype=qtype, stem=stem, options=options)


def rules(question: Question, **kwargs: object) -> set[str]:
    return {v.rule for v in question_violations(question, **kwargs)}  # type: ignore[arg-type]


def true_false(stem: str, truth: bool) -> Question:
    return Question(
        key="tf",
        qtype="true_false",
        stem=stem,
        options=[Option("true", "True", truth), Option("false", "False", not truth)],
    )


def test_every_rule_is_described() -> None:
    assert len(RULES) >= 10 and all(RULES.values())


def test_one_key() -> None:
    two_keys = choice("Astana", "Minsk", "Almaty")
    two_keys.options[1].correct = True
    assert "one-key" in rules(two_keys)
    assert "one-key" in rules(choice("Astana", "astana.", "Minsk"))  # the key again
    every_option = choice("Education", "Science", qtype="multiple_choice")
    every_option.options[1].correct = True
    assert "one-key" in rules(every_option)
    assert "one-key" not in rules(choice("Astana", "Minsk", "Almaty"))


def test_options_alike_in_form_length_and_grammar() -> None:
    assert "option-form" in rules(choice("130", "Many members", "65"))
    assert "option-form" in rules(
        choice("One", "A chamber elected every five years by the regions of the country", "Two")
    )
    assert "option-form" in rules(choice("Sovereignty", "independence", "Federation"))
    keyed_apart = choice(
        "The state's sovereignty",
        "The state's independence",
        "Two-chamber parliament",
        "Super-presidential model",
        qtype="multiple_choice",
    )
    keyed_apart.options[1].correct = True
    assert "option-form" in rules(keyed_apart)
    assert "option-form" not in rules(choice("Sovereignty", "Independence", "Federation"))
    assert "option-form" not in rules(choice("eGov", "Kazakhstanskaya Pravda", "Akorda"))


def test_no_all_or_none_of_the_above() -> None:
    assert "all-none" in rules(choice("Astana", "Minsk", "All of the above"))


def test_no_true_false_that_repeats_a_lesson_sentence() -> None:
    sentence = (
        "the constitutional commission had one hundred and thirty members from across kazakhstan"
    )
    stem = "As reported on 10 February 2026, the Constitutional Commission had one hundred and thirty members from across Kazakhstan."
    assert "lesson-repeat" in rules(true_false(stem, True), lesson_sentences=frozenset({sentence}))
    paraphrase = "According to a report of 10 February 2026, 130 people sat on the Commission."
    assert "lesson-repeat" not in rules(
        true_false(paraphrase, True), lesson_sentences=frozenset({sentence})
    )


def test_no_absurd_role_swap() -> None:
    posts = {
        "Kassym-Jomart Tokayev": "President of Kazakhstan",
        "Yerzhan Zhienbayev": "Deputy head of the working group",
    }
    absurd = true_false("Kassym-Jomart Tokayev spoke as Deputy head of the working group.", False)
    assert "role-swap" in rules(absurd, person_posts=posts)
    fair = true_false("Kassym-Jomart Tokayev spoke as President of Kazakhstan.", True)
    assert "role-swap" not in rules(fair, person_posts=posts)


def test_one_time_anchor() -> None:
    doubled = choice(
        "Astana",
        "Minsk",
        "Almaty",
        stem="As reported after the meeting of 19 January, at the 19 January meeting, where did they meet?",
    )
    assert "doubled-anchor" in rules(doubled)
    single = choice(
        "Astana", "Minsk", "Almaty", stem="As reported on 19 January 2026, where did they meet?"
    )
    assert "doubled-anchor" not in rules(single)


def test_numbers_and_years_formatted_for_reading() -> None:
    year = choice("2,019", "2,016", "2,022", stem="Since which year has it applied?")
    assert "number-format" in rules(year)
    assert "number-format" in rules(choice("12416759", "12482613", "9127192"))
    assert "number-format" not in rules(choice("2019", "2016", "2022", stem="Since which year?"))
    assert "number-format" not in rules(choice("1,600", "800", "2,400", stem="How many appeals?"))


def test_hedged_numbers_accept_a_range() -> None:
    exact = Question(
        key="n",
        qtype="numeric",
        stem="For roughly how many months had the debate run?",
        numeric=[NumericAnswer(6, 0)],
    )
    assert "hedged-tolerance" in rules(exact)
    exact.numeric = [NumericAnswer(6, 1)]
    assert "hedged-tolerance" not in rules(exact)


def test_typed_names_accept_their_spelling_variants() -> None:
    typed = Question(
        key="t",
        qtype="short_answer",
        stem="Which deputy stressed open dialogue?",
        options=[Option("a", "Izmukhambetov", True)],
    )
    assert "typed-variants" in rules(typed)
    assert "Izmuhambetov" in spelling_variants("Izmukhambetov")
    typed.options.append(Option("b", "Izmuhambetov", True))
    assert "typed-variants" not in rules(typed)


def test_no_dangling_too() -> None:
    assert "dangling" in rules(
        true_false("The President, too, said the state stays unitary.", True)
    )
    assert "dangling" not in rules(true_false("The President said the state stays unitary.", True))


def _bank(questions: list[Question]) -> Bank:
    for index, question in enumerate(questions):
        question.key = f"q{index}"
        question.topic = "t"
    return Bank(
        "b", "B", topics=[Topic("t", "Topic", "", [LessonParagraph("Text.")])], questions=questions
    )


def test_the_bank_share_of_true_false_and_its_balance() -> None:
    mostly_true = [true_false(f"Statement number {i} holds.", i % 10 < 7) for i in range(20)]
    report = lint_bank(_bank(mostly_true))
    found = {v.rule for v in report.violations}
    assert {"true-false-share", "true-balance"} <= found
    assert report.true_share == pytest.approx(0.7)
    balanced = [true_false(f"Statement number {i} holds.", i % 2 == 0) for i in range(10)]
    balanced += [choice("Astana", "Minsk", "Almaty") for _ in range(40)]
    report = lint_bank(_bank(balanced))
    assert {v.rule for v in report.violations} == set()
    summary = "\n".join(report.summary_lines())
    assert "True or false" in summary and "20%" in summary and "5 of 10 (50%)" in summary
    assert "Topic" in summary and "50" in summary


def _run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "civicquiz", *args],
        capture_output=True,
        text=True,
        env={"CIVICQUIZ_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin", "HOME": str(data_dir)},
        check=False,
    )


def test_lint_command_on_a_teachers_file(tmp_path: Path) -> None:
    bank = tmp_path / "mine.gift"
    bank.write_text(
        "::q1:: Since which year has the principle applied? {=2,019 ~2,016 ~2,022}\n\n"
        "::q2:: Kassym-Jomart Tokayev is the President. {T}\n",
        encoding="utf-8",
    )
    result = _run_cli("lint", str(bank), data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stderr
    assert "[number-format]" in result.stdout and "2,019" in result.stdout
    assert "True keys among true/false: 1 of 1 (100%)" in result.stdout
    assert "Single choice" in result.stdout


def test_lint_command_on_the_built_in_bank_is_clean(tmp_path: Path) -> None:
    builtin = Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026"
    result = _run_cli("lint", str(builtin / "bank.json"), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["violations"] == []
    assert report["types"]["true_false"] / report["total"] <= 0.20
    assert 0.40 <= report["true_share"] <= 0.60
    assert report["topics"]["What happened next (February to July 2026)"] > 0


def test_lint_command_by_bank_id_and_an_unknown_name(tmp_path: Path) -> None:
    result = _run_cli("lint", "kz-constitution-2026", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 rule violations in kz-constitution-2026" in result.stdout
    missing = _run_cli("lint", "no-such-bank", data_dir=tmp_path / "data")
    assert missing.returncode == 1 and "neither a file nor a bank id" in missing.stderr
