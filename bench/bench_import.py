"""Importing large teachers' banks: generated GIFT and Moodle XML files of 10,000 and
100,000 questions (target: 10,000 in under 2 s, at least 5,000 questions/s), split into
reading the file and writing the database, with peak memory."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import emit, peak_rss_mb
from civicquiz.core.bank import Bank, NumericAnswer, Option, Question
from civicquiz.core.db import open_database, session_scope
from civicquiz.core.library import load_bank
from civicquiz.formats.base import import_file
from civicquiz.formats.exporters import bank_to_gift, bank_to_moodle_xml


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
    return {
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
    result["target"] = "10,000 questions in under 2 s (>= 5,000 questions/s)"
    emit(result)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--case"]:
        print(json.dumps(run(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))))
    else:
        main([int(n) for n in sys.argv[1:]] or [10_000, 100_000])
