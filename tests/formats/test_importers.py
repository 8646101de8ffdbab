"""Importing teachers' banks: real third-party files, encodings, bad input, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicquiz.formats.base import ImportRefused, decode, split_lines
from civicquiz.formats.registry import IMPORTERS, import_file, import_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "banks"


def lines_of(refused: ImportRefused) -> list[int]:
    return [int(p.rsplit(":", 2)[-2]) if p.count(":") >= 2 else 0 for p in refused.problems]


# -- the real files -----------------------------------------------------------------------


def test_aiken_sample_imports_both_questions_with_html_kept_as_text(corpus: Path) -> None:
    result = import_file(corpus / "aiken" / "questions.aiken.txt")
    assert result.format == "aiken" and len(result.bank.questions) == 2
    html_question = result.bank.questions[1]
    assert (
        '<html class="cool"> & images' in html_question.stem
        and html_question.stem_format == "plain"
    )
    assert [o.text for o in result.bank.questions[0].options if o.correct] == ["Martin Dougiamas"]


def test_aiken_errors_are_refused_with_moodles_lines_then_imported_with_skips(corpus: Path) -> None:
    path = corpus / "aiken" / "aiken_errors.txt"
    with pytest.raises(ImportRefused) as refused:
        import_file(path)
    assert [int(p.split(":")[-2]) for p in refused.value.problems] == [3, 5, 7, 18]
    assert all(p.startswith(f"{path}:") for p in refused.value.problems)
    result = import_file(path, skip_invalid=True)
    assert len(result.bank.questions) == 3 and [s.line for s in result.skipped] == [3, 5, 7, 18]
    no_space = result.bank.questions[1]
    assert [o.text for o in no_space.options] == ["Incorrect (No space)", "Correct (No space)"]
    assert no_space.options[1].correct


def test_moodle_csv_plugin_template_with_letters_and_two_answers(corpus: Path) -> None:
    result = import_file(corpus / "csv" / "sample.csv")
    assert result.format == "csv" and len(result.bank.questions) == 10
    two = result.bank.questions[1]
    assert two.qtype == "multiple_choice" and [o.correct for o in two.options] == [
        True,
        True,
        False,
        False,
    ]
    assert "None ,of the mentioned" in [o.text for o in two.options]


def test_kahoot_style_csv_with_answers_given_as_text(corpus: Path) -> None:
    result = import_file(corpus / "csv" / "male-voices-quiz.csv")
    assert len(result.bank.questions) == 16
    first = result.bank.questions[0]
    assert [o.text for o in first.options if o.correct] == ["Up to an inch and a half"]
    assert first.explanation.startswith("That extra length")


def test_our_csv_template_imports_every_type() -> None:
    result = import_file(ROOT / "question_banks" / "csv-template.csv")
    kinds = [q.qtype for q in result.bank.questions]
    assert kinds == ["single_choice", "true_false", "numeric", "short_answer", "multiple_choice"]
    assert {q.topic for q in result.bank.questions} == {
        "Parliament",
        "Referendum",
        "Commission",
        "Places",
        "Principles",
    }


def test_our_own_bank_round_trips_through_export(tmp_path: Path) -> None:
    from civicquiz.formats.native import dump_native_bank

    original = import_file(ROOT / "question_banks" / "kz-constitution-2026" / "bank.json")
    copy = tmp_path / "copy.json"
    copy.write_text(dump_native_bank(original.bank), encoding="utf-8")
    again = import_file(copy)
    assert [q.content_hash() for q in again.bank.questions] == [
        q.content_hash() for q in original.bank.questions
    ]
    assert [q.key for q in again.bank.questions] == [q.key for q in original.bank.questions]


# -- encodings and line ends ---------------------------------------------------------------

AIKEN_RU = "Как называется новый парламент?\nA) Курултай\nB) Сенат\nANSWER: A\n"
AIKEN_FR = "Où siège le Kurultai ?\nA) Astana\nB) Genève\nANSWER: A\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (AIKEN_RU.encode("utf-8"), "utf-8"),
        (AIKEN_RU.encode("utf-8-sig"), "utf-8-sig"),
        (AIKEN_RU.encode("utf-16"), "utf-16"),
        (AIKEN_RU.encode("cp1251"), "cp1251"),
        (AIKEN_FR.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "bank.txt"
    path.write_bytes(data)
    result = import_file(path, format_name="aiken")
    assert result.encoding == encoding
    assert result.bank.questions[0].stem in (AIKEN_RU.split("\n")[0], AIKEN_FR.split("\n")[0])


def test_an_encoding_can_be_named(tmp_path: Path) -> None:
    path = tmp_path / "bank.txt"
    path.write_bytes(AIKEN_RU.encode("koi8-r"))
    assert (
        import_file(path, format_name="aiken", encoding="koi8-r").bank.questions[0].options[0].text
        == "Курултай"
    )


def test_crlf_and_lone_cr_split_lines_but_unicode_separators_do_not() -> None:
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("one\u2028still one\x85same") == ["one\u2028still one\x85same"]
    text = "What is it?\rA) x\rB) y\rANSWER: B\r"
    assert (
        import_text(text, source="cr.txt", format_name="aiken").bank.questions[0].options[1].correct
    )


def test_decode_prefers_a_bom_over_guessing() -> None:
    assert decode("\ufeffhi".encode())[1] == "utf-8-sig"


# -- bad input -----------------------------------------------------------------------------


def test_duplicates_are_found_by_content_not_title() -> None:
    text = "Same?\nA) x\nB) y\nANSWER: A\n\nSame?\nA) x\nB) y\nANSWER: A\n\nSame?\nA) x\nB) y\nANSWER: B\n"
    result = import_text(text, source="d.txt", format_name="aiken")
    assert len(result.bank.questions) == 2
    assert [(s.line, s.reason) for s in result.skipped] == [(6, "the same question as on line 1")]


def test_csv_problems_name_the_line_and_every_problem_is_listed() -> None:
    text = 'question,a,b,answer\nFine?,x,y,A\nNo answer?,x,y,\nBad letter?,x,y,E\n"Multi\nline?",x,y,Z\n'
    with pytest.raises(ImportRefused) as refused:
        import_text(text, source="t.csv", format_name="csv")
    assert refused.value.problems == [
        "t.csv:3: no correct answer is given",
        "t.csv:4: the answer 'E' is not one of the options (give a letter, a number or the text)",
        "t.csv:5: the answer 'Z' is not one of the options (give a letter, a number or the text)",
    ]


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b"question,a,b,answer\n" + b"x" * 2_000_000)
    with pytest.raises(ImportRefused, match="limit is 1 MB"):
        import_file(path, max_bytes=2**20)


def test_an_unknown_layout_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\nnothing else\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="cannot tell the file's format"):
        import_file(path)


def test_quizlet_cards_become_typed_and_choice_questions(tmp_path: Path) -> None:
    path = tmp_path / "cards.txt"
    path.write_text("Kurultai\tthe single-chamber parliament\nHalyk Kenesi\tthe People's Council\n"
                    "Astana\tthe capital\nKyzylorda\twhere the National Kurultai met\n", encoding="utf-8")  # fmt: skip
    result = import_file(path, format_name="quizlet")
    kinds = [q.qtype for q in result.bank.questions]
    assert kinds.count("short_answer") == 4 and kinds.count("single_choice") == 4
    choice = next(q for q in result.bank.questions if q.qtype == "single_choice")
    definitions = {
        "the single-chamber parliament",
        "the People's Council",
        "the capital",
        "where the National Kurultai met",
    }
    assert {o.text for o in choice.options} <= definitions and len(choice.options) == 4


# -- fuzzing: only a valid import or a clean refusal -------------------------------------------

SEEDS = [
    ("aiken", AIKEN_RU + "\n" + AIKEN_FR),
    ("csv", (ROOT / "question_banks" / "csv-template.csv").read_text(encoding="utf-8")),
    ("quizlet", "term one\tdefinition one\nterm two\tdefinition two\nterm three\tdefinition three\n"),
    ("gift", "::t::[html]Q <b>1</b>?{=a#good ~%50%b ~c####general}\n\nN?{#3:1 =%50%4:2}\n\nM{=a -> b =c -> d}\n"),
    ("moodle-xml", '<?xml version="1.0"?><quiz><question type="multichoice"><name><text>n</text></name>'
                   '<questiontext format="html"><text><![CDATA[<p>Q?</p>]]></text></questiontext><single>true</single>'
                   '<answer fraction="100"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question></quiz>'),
    ("json", json.dumps({"format": "civicquiz-bank", "format_version": 1, "id": "x", "title": "X",
                         "questions": [{"id": "q1", "type": "true_false", "stem": "S",
                                        "options": [{"id": "true", "text": "True", "correct": True},
                                                    {"id": "false", "text": "False"}]}]}, indent=1)),
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    name, text = draw(st.sampled_from(SEEDS))
    chars = list(text)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(chars)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(
            st.sampled_from(
                [*list("\n\r\t,;:{}[]\"'=~#%ABC)0 -"), "\u2028", "\x00", "ANSWER: ", "é"]
            )
        )
        if action == "insert":
            chars.insert(position, piece)
        elif chars and position < len(chars):
            if action == "delete":
                del chars[position]
            else:
                chars[position] = piece
    return name, "".join(chars)


@settings(max_examples=int(os.environ.get("CIVICQUIZ_FUZZ_EXAMPLES", "600")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(mutated())
def test_mutated_files_are_imported_or_refused_cleanly(case: tuple[str, str]) -> None:
    name, text = case
    for format_name in {name, *IMPORTERS}:
        try:
            result = import_text(text, source="fuzz", format_name=format_name, skip_invalid=True)
        except ImportRefused as refused:
            assert refused.problems and all(p.startswith("fuzz:") for p in refused.problems)
        else:
            assert result.bank.questions


# -- the command line ----------------------------------------------------------------------


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CIVICQUIZ_DATABASE_URL"}
    return subprocess.run([sys.executable, "-m", "civicquiz", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip


def test_cli_import_contract(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = cli("import", str(corpus / "aiken" / "aiken_errors.txt"), data=data)
    assert (
        bad.returncode == 1
        and bad.stderr.count("aiken_errors.txt:") == 4
        and "nothing was written" in bad.stderr
    )
    banks = json.loads(cli("banks", "--json", data=data).stdout)
    assert [b["id"] for b in banks] == ["kz-constitution-2026"]
    dry = cli("import", str(corpus / "csv" / "sample.csv"), "--dry-run", data=data)
    assert dry.returncode == 0 and "Would import 10 questions" in dry.stdout
    assert len(json.loads(cli("banks", "--json", data=data).stdout)) == 1
    done = cli("import", str(corpus / "csv" / "sample.csv"), "--json", data=data)
    summary = json.loads(done.stdout)
    assert (
        done.returncode == 0
        and summary["questions"] == summary["added"] == 10
        and summary["encoding"] == "utf-8"
    )
    again = json.loads(
        cli("import", str(corpus / "csv" / "sample.csv"), "--json", data=data).stdout
    )
    assert again["added"] == 0 and again["unchanged"] == 10
    assert {"id": "sample", "title": "sample.csv", "questions": 10} in json.loads(
        cli("banks", "--json", data=data).stdout
    )
    assert cli("import", data=data).returncode == 2
    assert (
        cli("import", "x.csv", "--format", "nope", data=data).returncode == 2
    )  # a usage error: the choices are listed
    exported = tmp_path / "sample.json"
    assert cli("export", "sample", "-o", str(exported), data=data).returncode == 0
    assert json.loads(exported.read_text())["questions"][0]["stem"] == "The dmesg command"
    assert cli("export", "missing", data=data).returncode == 1


def test_cli_results_and_pin(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert cli("results", data=data).returncode == 0
    out = tmp_path / "results.csv"
    assert cli("results", "--format", "csv", "-o", str(out), data=data).returncode == 0
    assert out.read_text().startswith("learner,quiz,mode,started")
    assert cli("results", "--items", "--format", "csv", data=data).stdout.startswith(
        "bank,question,type"
    )
    assert cli("pin", "--set", "12", data=data).returncode == 2
    assert cli("pin", "--set", "2468", data=data).returncode == 0
    assert "removed" in cli("pin", "--clear", data=data).stdout
    assert (
        "supervisor PIN was removed"
        in cli("pin", "--clear", "--role", "supervisor", data=data).stdout
    )


def test_cli_size_limit_is_configurable(corpus: Path, tmp_path: Path) -> None:
    small = cli(
        "import",
        str(corpus / "csv" / "sample.csv"),
        "--dry-run",
        "--max-mb",
        "0.001",
        data=tmp_path / "d",
    )
    assert small.returncode == 1 and "the limit is" in small.stderr


def test_a_csv_with_an_unknown_layout_imports_once_its_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("No.;Prompt;First;Second;Third;Key;Why\n1;Capital?;Astana;Almaty;Minsk;1;Named in 1997.\n"
                    "2;Chambers?;One;Two;Three;One;A unicameral parliament.\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportRefused, match="say which column holds what"):
        import_file(path)
    columns = {
        0: "ignore",
        1: "question",
        2: "option",
        3: "option",
        4: "option",
        5: "answer",
        6: "explanation",
    }
    result = import_file(path, csv_columns=columns)
    assert [q.correct_options[0].text for q in result.bank.questions] == ["Astana", "One"]
    assert result.bank.questions[0].explanation == "Named in 1997."
    done = cli("import", str(path), "--dry-run", "--columns", "2:question,3:option,4:option,5:option,6:answer",
               data=tmp_path / "d")  # fmt: skip
    assert done.returncode == 0 and "Would import 2 questions" in done.stdout
    assert cli("import", str(path), "--columns", "2:nonsense", data=tmp_path / "d").returncode == 2
