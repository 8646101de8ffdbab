"""Streamed imports (issue 17, item 3): a Moodle XML file is read one question at a time and
written in batches inside one transaction. What it stores is what the whole-file reader
stores; a problem on the file's last question leaves the database as it was, although
batches were written before it; and memory does not grow with the file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from civicquiz.core.bank import Bank, NumericAnswer, Option, Question
from civicquiz.core.db import open_database
from civicquiz.core.library import BATCH
from civicquiz.formats.base import ImportRefused
from civicquiz.formats.exporters import bank_to_moodle_xml
from civicquiz.formats.registry import import_file
from civicquiz.services import library

KINDS = ("single_choice", "true_false", "short_answer", "numeric", "multiple_choice")


def make_bank(count: int) -> Bank:
    """``count`` questions of five types in 7 categories, with titles (``key``)."""
    questions = []
    for i in range(count):
        kind = KINDS[i % 5]
        q = Question(key=f"item {i}", qtype=kind, stem=f"Question {i}: which one holds for case {i * 7919 % 10007}?",
                     topic=f"Topic {i % 7}", explanation=f"Rule {i}.")  # fmt: skip
        if kind == "single_choice":
            q.options = [Option(k, f"Answer {k} {i}", k == "b") for k in "abcd"]
        elif kind == "multiple_choice":
            q.options = [Option(k, f"Choice {k} {i}", k in "ac") for k in "abcd"]
        elif kind == "true_false":
            q.options = [Option("true", "True", i % 2 == 0), Option("false", "False", i % 2 == 1)]
        elif kind == "short_answer":
            q.options = [Option("s0", f"word{i}", True)]
        else:
            q.numeric = [NumericAnswer(float(i), 0.5)]
        questions.append(q)
    return Bank(key="made", title="Made", questions=questions)


def new_engine(folder: Path) -> Engine:
    folder.mkdir(parents=True, exist_ok=True)
    return open_database(f"sqlite:///{folder / 'db.sqlite3'}", daily_backup=False).engine


def stored_rows(engine: Engine, key: str) -> dict[str, object]:
    """Everything stored for bank ``key``, as plain rows (ids left out)."""
    with engine.connect() as connection:
        run = connection.exec_driver_sql
        bank_id, content_hash = run("SELECT id, content_hash FROM bank WHERE key = ?", (key,)).one()
        return {
            "content_hash": content_hash,
            "questions": run(
                "SELECT q.key, q.qtype, q.stem, q.content_hash, q.position, t.key, q.numeric, "
                "q.explanation FROM question q LEFT JOIN topic t ON t.id = q.topic_id "
                "WHERE q.bank_id = ? ORDER BY q.position",
                (bank_id,),
            ).all(),
            "options": run(
                "SELECT q.position, o.position, o.key, o.text, o.correct, o.weight FROM "
                "question_option o JOIN question q ON q.id = o.question_id WHERE q.bank_id = ? "
                "ORDER BY 1, 2",
                (bank_id,),
            ).all(),
            "topics": run(
                "SELECT key, title, position FROM topic WHERE bank_id = ? ORDER BY position",
                (bank_id,),
            ).all(),
        }


def test_a_streamed_import_stores_what_the_whole_file_reader_stores(tmp_path: Path) -> None:
    bank = make_bank(BATCH + 300)  # two batches
    bank.questions[40].key = bank.questions[BATCH + 200].key = "repeated title"  # nobody's id
    bank.questions[41].key = ""  # no title: an id from its text
    bank.questions.append(bank.questions[3])  # the same question again, in the 2nd batch
    path = tmp_path / "made.xml"
    path.write_text(bank_to_moodle_xml(bank), encoding="utf-8")

    streamed_engine = new_engine(tmp_path / "a")
    streamed = library.stream_import(streamed_engine, path)
    assert streamed is not None
    whole_engine = new_engine(tmp_path / "b")
    whole = import_file(path)
    library.store_bank(whole_engine, whole.bank, source_file=str(path.resolve()))

    assert streamed.value.summary.added == len(whole.bank.questions) == BATCH + 300
    assert streamed.value.skipped == [(s.line, s.reason) for s in whole.skipped]
    assert streamed.value.skipped[0][1].startswith("the same question as on line")
    mine, theirs = stored_rows(streamed_engine, "made"), stored_rows(whole_engine, "made")
    assert mine == theirs
    keys = [row[0] for row in mine["questions"]]  # type: ignore[attr-defined]
    assert "repeated title" not in keys and "item 5" in keys
    streamed_engine.dispose()
    whole_engine.dispose()


def test_a_problem_on_the_last_question_leaves_the_database_untouched(tmp_path: Path) -> None:
    bank = make_bank(2 * BATCH + 10)  # two batches are written before the bad question
    text = bank_to_moodle_xml(bank)
    last = text.rindex('<answer fraction="') + len('<answer fraction="')
    text = text[:last] + "37" + text[text.index('"', last) :]  # a grade Moodle does not have
    path = tmp_path / "bad-at-end.xml"
    path.write_text(text, encoding="utf-8")
    bad_line = text.count("\n", 0, text.rindex("<question ")) + 1
    engine = new_engine(tmp_path / "data")
    database = tmp_path / "data" / "db.sqlite3"
    with engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT COUNT(*) FROM question").scalar_one()
    with pytest.raises(ImportRefused) as refused:
        library.stream_import(engine, path)
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].startswith(f"{path}:{bad_line}: ")
    assert "37" in refused.value.problems[0]
    engine.dispose()
    db = sqlite3.connect(database)
    assert db.execute("SELECT COUNT(*) FROM question").fetchone()[0] == before
    assert db.execute("SELECT COUNT(*) FROM bank WHERE key = 'bad-at-end'").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM question_option").fetchone()[0] == 0
    db.close()
    # Corrected, the same file goes in whole.
    path.write_text(bank_to_moodle_xml(bank), encoding="utf-8")
    engine = new_engine(tmp_path / "data")
    done = library.stream_import(engine, path)
    assert done is not None and done.value.summary.added == 2 * BATCH + 10
    engine.dispose()


def test_broken_xml_at_the_end_is_refused_with_its_line(tmp_path: Path) -> None:
    text = bank_to_moodle_xml(make_bank(BATCH + 5)).rstrip()
    assert text.endswith("</quiz>")
    text = text[: -len("</quiz>")] + "<question type='truefalse'>\n</quiz>\n"
    path = tmp_path / "cut.xml"
    path.write_text(text, encoding="utf-8")
    engine = new_engine(tmp_path / "data")
    with pytest.raises(ImportRefused) as refused:
        library.stream_import(engine, path)
    line = text.count("\n", 0, text.rindex("</quiz>")) + 1
    assert refused.value.problems == [
        f"{path}:{line}: not well-formed XML: mismatched tag: line {line}, column 2"
    ]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM question").scalar_one() == 0
    engine.dispose()


def test_files_read_whole_are_left_to_the_whole_file_reader(tmp_path: Path) -> None:
    """A legacy encoding, or the same file imported again (an update in place, which
    needs every question at once): no streaming, nothing written by stream_import."""
    bank = make_bank(20)
    legacy = tmp_path / "legacy.xml"
    legacy.write_bytes(
        bank_to_moodle_xml(bank)
        .replace('encoding="UTF-8"', 'encoding="windows-1251"')
        .encode("cp1251")
    )
    engine = new_engine(tmp_path / "data")
    assert library.stream_import(engine, legacy) is None
    path = tmp_path / "again.xml"
    path.write_text(bank_to_moodle_xml(bank), encoding="utf-8")
    assert library.stream_import(engine, path) is not None
    assert library.stream_import(engine, path) is None  # same file: update in place
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM bank").scalar_one() == 1
    engine.dispose()


MEASURE = """
import json, resource, sys
from pathlib import Path
from civicquiz.core.db import open_database
from civicquiz.services import library
engine = open_database(f"sqlite:///{sys.argv[2]}", daily_backup=False).engine
library.stream_import(engine, Path(sys.argv[3]))  # everything imported once, a small file
def resident_kb():
    return int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() // 1024
before = resident_kb()
done = library.stream_import(engine, Path(sys.argv[1]), max_bytes=2**31)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"added": done.value.summary.added, "growth_kb": peak - before}))
"""


def peak_growth_kb(path: Path, database: Path, warm_up: Path) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), str(database), str(warm_up)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    found = json.loads(out)
    return found["added"], found["growth_kb"]


def test_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    """Peak memory (in a fresh process, over what it held before the import) for a file
    ten times larger grows far less than ten times: the whole-file reader grew about
    tenfold (811 MB at 100,000 questions)."""
    small, large = 4_000, 40_000
    whole = make_bank(large)
    paths = {}
    for count in (small, large):
        part = Bank(key="m", title="M", questions=whole.questions[:count])
        paths[count] = tmp_path / f"bank-{count}.xml"
        paths[count].write_text(bank_to_moodle_xml(part), encoding="utf-8")
    assert paths[large].stat().st_size > 9 * paths[small].stat().st_size
    warm_up = tmp_path / "warm-up.xml"
    warm_up.write_text(bank_to_moodle_xml(make_bank(20)), encoding="utf-8")
    added_small, grown_small = peak_growth_kb(paths[small], tmp_path / "small.sqlite3", warm_up)
    added_large, grown_large = peak_growth_kb(paths[large], tmp_path / "large.sqlite3", warm_up)
    assert (added_small, added_large) == (small, large)
    # Ten times the questions, at most three times the memory (a floor of 8 MB for the
    # small file keeps allocator noise out of the comparison).
    assert grown_large < 3 * max(grown_small, 8 * 1024), (grown_small, grown_large)


def csv_text(count: int, *, last_answer: str = "B") -> str:
    """A spreadsheet export in our CSV layout; the last row's answer is ``last_answer``."""
    rows = ["topic,type,question,a,b,c,d,answer,explanation"]
    for i in range(count):
        answer = last_answer if i == count - 1 else "B"
        rows.append(f'Topic {i % 7},single_choice,"Question {i}, which one?",one {i},two {i},'
                    f'three {i},four {i},{answer},"Rule {i}."')  # fmt: skip
    rows.append(rows[5])  # a repeated question, listed as skipped
    return "\r\n".join(rows) + "\r\n"


def test_a_streamed_csv_stores_what_the_whole_file_reader_stores(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(csv_text(BATCH + 50), encoding="utf-8-sig", newline="")
    streamed_engine = new_engine(tmp_path / "a")
    streamed = library.stream_import(streamed_engine, path)
    assert streamed is not None and streamed.value.format == "csv"
    whole_engine = new_engine(tmp_path / "b")
    whole = import_file(path)
    library.store_bank(whole_engine, whole.bank, source_file=str(path.resolve()))
    assert streamed.value.summary.added == len(whole.bank.questions) == BATCH + 50
    assert streamed.value.skipped == [(s.line, s.reason) for s in whole.skipped]
    assert streamed.value.skipped == [(BATCH + 52, "the same question as on line 6")]
    assert stored_rows(streamed_engine, "sheet") == stored_rows(whole_engine, "sheet")
    streamed_engine.dispose()
    whole_engine.dispose()


def test_a_bad_last_csv_row_leaves_the_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(csv_text(2 * BATCH + 3, last_answer="E"), encoding="utf-8", newline="")
    engine = new_engine(tmp_path / "data")
    with pytest.raises(ImportRefused) as refused:
        library.stream_import(engine, path)
    assert refused.value.problems == [
        f"{path}:{2 * BATCH + 4}: the answer 'E' is not one of the options (give a letter, "
        "a number or the text)"
    ]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM question").scalar_one() == 0
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM bank").scalar_one() == 0
    # A cp1251 sheet is not streamed: the whole-file reader detects its encoding.
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes(csv_text(10).replace("Question", "Вопрос").encode("cp1251"))
    assert library.stream_import(engine, legacy) is None
    engine.dispose()


def test_a_file_full_of_problems_stops_being_read_and_is_refused(tmp_path: Path) -> None:
    """Problems are kept in memory, so reading stops after MAX_STREAM_PROBLEMS of them; the
    file is refused even with skip_invalid (importing its first part would not be all)."""
    from civicquiz.formats.registry import MAX_STREAM_PROBLEMS

    path = tmp_path / "many.csv"
    rows = ["question,a,b,answer"] + [f"Q{i},x,y,C" for i in range(3 * MAX_STREAM_PROBLEMS)]
    rows += ["Good one,x,y,A"] * 3
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    engine = new_engine(tmp_path / "data")
    for skip in (False, True):
        with pytest.raises(ImportRefused) as refused:
            library.stream_import(engine, path, skip_invalid=skip)
        assert len(refused.value.problems) <= MAX_STREAM_PROBLEMS + 1
        assert refused.value.problems[-1].endswith(
            "the rest of the file was not read (nothing was imported)"
        )
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM question").scalar_one() == 0
    engine.dispose()
