"""Importing large teachers' banks: generated GIFT and Moodle XML files of 10,000 and
100,000 questions (target: 10,000 in under 2 s, at least 5,000 questions/s), split into
reading the file and writing the database, with peak memory; the whole command
(``civicquiz import``: process start, opening the database, reading, writing) timed from
outside; and the floor for the write: the same rows put into the same schema with raw
sqlite3 ``executemany`` in one transaction (target: writing within 2x of it)."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import emit, peak_rss_mb
from civicquiz.core.bank import Bank, NumericAnswer, Option, Question
from civicquiz.core.db import open_database, session_scope
from civicquiz.core.library import load_bank
from civicquiz.formats.exporters import bank_to_gift, bank_to_moodle_xml
from civicquiz.formats.registry import import_file


def synthetic_bank(count: int) -> Bank:
    rng = random.Random(11)
    questions = []
    for i in range(count):
        kind = ("single_choice", "true_false", "short_answer", "numeric", "multiple_choice")[i % 5]
        q = Question(key=f"q{i}", qtype=kind, stem=f"Synthetic question {i}: which statement about item {rng.randrange(10**6)} holds?",
                     topic=f"Topic {i % 25}", explanation=f"Because rule {i} says so.")  # fmt: skip
        if kind == "single_choice":
            q.options = [Option(k, f"Answer {k} for {i}", k == "a") for k in "abcd"]
        elif kind == "multiple_choice":
            q.options = [Option(k, f"Choice {k} for {i}", k in "ab") for k in "abcd"]
        elif kind == "true_false":
            q.options = [Option("true", "True", i % 2 == 0), Option("false", "False", i % 2 == 1)]
        elif kind == "short_answer":
            q.options = [Option("s0", f"word{i}", True), Option("s1", f"term{i}", True)]
        else:
            q.numeric = [NumericAnswer(float(i), 0.5)]
        questions.append(q)
    return Bank(key="synthetic", title="Synthetic", questions=questions)


def floor_write(bank: Bank) -> float:
    """Seconds to write ``bank``'s questions and options into an empty CivicQuiz schema
    with raw sqlite3 executemany, one transaction, nothing else."""
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-floor-"))
    open_database(f"sqlite:///{folder / 'db.sqlite3'}", daily_backup=False).engine.dispose()
    db = sqlite3.connect(folder / "db.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")  # as the app's connections
    topics = sorted({q.topic or "" for q in bank.questions})
    start = time.perf_counter()
    with db:
        db.execute(
            "INSERT INTO bank (id, key, title, description, language, origin, source_file, "
            "content_hash, enabled, imported_at, updated_at) VALUES (1, 'floor', 'Floor', '', "
            "'en', 'imported', '', '', 1, '2026-01-01', '2026-01-01')"
        )
        db.executemany(
            "INSERT INTO topic (id, bank_id, key, title, position, intro, lesson) "
            "VALUES (?, 1, ?, ?, ?, '', '[]')",
            [(i + 1, t, t, i) for i, t in enumerate(topics)],
        )
        topic_ids = {t: i + 1 for i, t in enumerate(topics)}
        db.executemany(
            "INSERT INTO question (id, bank_id, topic_id, key, qtype, difficulty, stem, "
            "stem_format, explanation, numeric, sources, tags, content_hash, position, retired) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '[]', '', ?, 0)",
            [(i + 1, topic_ids[q.topic or ""], q.key, q.qtype, q.difficulty, q.stem,
              q.stem_format, q.explanation,
              json.dumps([{"value": n.value, "tolerance": n.tolerance, "weight": n.weight}
                          for n in q.numeric]), i)
             for i, q in enumerate(bank.questions)],
        )  # fmt: skip
        db.executemany(
            "INSERT INTO question_option (question_id, position, key, text, correct, match, "
            "weight, feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(i + 1, j, o.key, o.text, o.correct, o.match, o.weight, o.feedback)
             for i, q in enumerate(bank.questions) for j, o in enumerate(q.options)],
        )  # fmt: skip
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def whole_command(path: Path, format_name: str) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of ``civicquiz import`` on a new data folder."""
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-command-"))
    env = {k: v for k, v in os.environ.items() if k != "CIVICQUIZ_DATABASE_URL"}
    command = [sys.executable, "-m", "civicquiz", "--data-dir", str(folder), "import",
               "--format", format_name, "--max-mb", "2000", str(path)]  # fmt: skip
    subprocess.run([*command[:5], "banks"], env=env, check=True, capture_output=True)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"civicquiz import {path} failed ({status})")
    return elapsed, usage.ru_maxrss / 1024


def run(path: Path, format_name: str, count: int) -> dict[str, float]:
    """One import in this process: timed without tracing (which distorts Python-heavy
    work); memory is this process's peak resident size."""
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-import-"))
    opened = open_database(f"sqlite:///{folder / 'db.sqlite3'}", daily_backup=False)
    before = peak_rss_mb()
    start = time.perf_counter()
    result = import_file(path, format_name=format_name, max_bytes=2**31)  # past the 50 MB default
    parsed = time.perf_counter()
    with session_scope(opened.engine) as session:
        load_bank(session, result.bank)
    done = time.perf_counter()
    assert len(result.bank.questions) == count, (len(result.bank.questions), result.skipped[:3])
    total = done - start
    floor = floor_write(result.bank)
    return {
        f"{format_name}_{count}_write_floor_executemany_s": floor,
        f"{format_name}_{count}_write_ratio_to_floor": (done - parsed) / floor,
        f"{format_name}_{count}_read_s": parsed - start,
        f"{format_name}_{count}_write_s": done - parsed,
        f"{format_name}_{count}_total_s": total,
        f"{format_name}_{count}_questions_per_s": count / total,
        f"{format_name}_{count}_rss_growth_mb": peak_rss_mb() - before,
    }


def main(sizes: list[int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-files-"))
    result: dict[str, object] = {
        "name": "import large banks (read the file, then one database transaction)"
    }
    for count in sizes:
        bank = synthetic_bank(count)
        for format_name, writer, suffix in (
            ("gift", bank_to_gift, ".gift"),
            ("moodle-xml", bank_to_moodle_xml, ".xml"),
        ):
            path = folder / f"bank-{count}{suffix}"
            path.write_text(writer(bank), encoding="utf-8")
            result[f"{format_name}_{count}_file_mb"] = path.stat().st_size / 1e6
            case = subprocess.run(
                [sys.executable, __file__, "--case", str(path), format_name, str(count)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            result |= json.loads(case.stdout)
            seconds, peak = whole_command(path, format_name)
            result[f"{format_name}_{count}_whole_command_s"] = seconds
            result[f"{format_name}_{count}_whole_command_peak_rss_mb"] = peak
    result["target"] = (
        "10,000 questions in under 2 s (>= 5,000 questions/s); writing within 2x the floor"
    )
    emit(result)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--case"]:
        print(json.dumps(run(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))))
    else:
        main([int(n) for n in sys.argv[1:]] or [10_000, 100_000])
