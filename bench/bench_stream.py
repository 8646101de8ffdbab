"""Streamed imports (issue 17, item 3): the whole ``civicquiz import`` command on a generated
Moodle XML file of 100,000 and 1,000,000 questions, timed from outside with its peak
resident memory (target: at most 300 MB at 1M), next to the floor measured in the same run:
the same rows written into the same schema with raw sqlite3 ``executemany`` in one
transaction. Reading alone (the file parsed and checked, nothing written) is timed too, so
what writing adds can be compared with the floor.

    python bench/bench_stream.py [COUNT ...]      (default: 100000 1000000)

Files are written piece by piece, so the bench itself never holds a large bank.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from _common import emit
from bench_import import synthetic_bank
from civicquiz.core.bank import Bank, Question
from civicquiz.core.db import open_database
from civicquiz.formats.exporters import bank_to_moodle_xml

PIECE = 10_000


def pieces(count: int) -> Iterator[list[Question]]:
    """The questions of a ``count``-question synthetic bank, 10,000 at a time, with
    distinct keys and texts throughout."""
    for start in range(0, count, PIECE):
        part = synthetic_bank(min(PIECE, count - start)).questions
        for q in part:
            number = int(q.key[1:]) + start
            q.key = f"q{number}"
            q.stem = f"{q.stem} (number {number})"
        yield part


def write_moodle_xml(count: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')
        for part in pieces(count):
            text = bank_to_moodle_xml(Bank(key="b", title="B", questions=part))
            body = text[text.index("<quiz>") + len("<quiz>") : text.rindex("</quiz>")]
            out.write(body.strip("\n") + "\n")
        out.write("</quiz>\n")


def floor_write(count: int) -> float:
    """Seconds to write the questions and options into an empty CivicQuiz schema with raw
    sqlite3 executemany in one transaction (rows made on the fly, as the import does)."""
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-floor-"))
    open_database(f"sqlite:///{folder / 'db.sqlite3'}", daily_backup=False).engine.dispose()
    db = sqlite3.connect(folder / "db.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")  # as the app's connections
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
            [(i + 1, f"Topic {i}", f"Topic {i}", i) for i in range(25)],
        )
        done = 0
        for part in pieces(count):
            rows = [(done + i + 1, int(q.topic.split()[1]) + 1 if q.topic else None, q.key,
                     q.qtype, q.difficulty, q.stem, q.stem_format, q.explanation,
                     json.dumps([{"value": n.value, "tolerance": n.tolerance, "weight": n.weight}
                                 for n in q.numeric]), done + i)
                    for i, q in enumerate(part)]  # fmt: skip
            db.executemany(
                "INSERT INTO question (id, bank_id, topic_id, key, qtype, difficulty, stem, "
                "stem_format, explanation, numeric, sources, tags, content_hash, position, "
                "retired) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '[]', '[]', '', ?, 0)",
                rows,
            )
            db.executemany(
                "INSERT INTO question_option (question_id, position, key, text, correct, "
                "match, weight, feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(done + i + 1, j, o.key, o.text, o.correct, o.match, o.weight, o.feedback)
                 for i, q in enumerate(part) for j, o in enumerate(q.options)],
            )  # fmt: skip
            done += len(part)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def read_only(path: Path) -> float:
    """Seconds to read and check the file through the streaming reader, writing nothing."""
    from civicquiz.formats.registry import open_stream

    start = time.perf_counter()
    streamed = open_stream(path, max_bytes=2**40)
    assert streamed is not None
    count = sum(1 for _ in streamed.questions)
    assert not streamed.found.problems, streamed.found.problems[:3]
    assert count > 0
    return time.perf_counter() - start


def whole_command(path: Path) -> tuple[float, float, str]:
    """Wall seconds, peak resident memory (MB) and the summary line of ``civicquiz import``
    on a new data folder (process start and opening the database included)."""
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-command-"))
    env = {k: v for k, v in os.environ.items() if k != "CIVICQUIZ_DATABASE_URL"}
    base = [sys.executable, "-m", "civicquiz", "--data-dir", str(folder)]
    subprocess.run([*base, "banks"], env=env, check=True, capture_output=True)
    command = [*base, "import", "--max-mb", "100000", str(path)]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"civicquiz import {path} failed ({status})")
    return elapsed, usage.ru_maxrss / 1024, first


def main(sizes: list[int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-stream-"))
    result: dict[str, object] = {"name": "streamed import, whole command (Moodle XML)"}
    for count in sizes:
        path = folder / f"bank-{count}.xml"
        write_moodle_xml(count, path)
        key = f"moodle-xml_{count}"
        result[f"{key}_file_mb"] = round(path.stat().st_size / 1e6, 1)
        floor = floor_write(count)
        reading = read_only(path)
        seconds, peak, said = whole_command(path)
        assert said.startswith(f"Imported {count} questions"), said
        result |= {
            f"{key}_floor_executemany_s": round(floor, 2),
            f"{key}_read_only_s": round(reading, 2),
            f"{key}_whole_command_s": round(seconds, 2),
            f"{key}_whole_command_peak_rss_mb": round(peak, 1),
            f"{key}_writing_over_reading_s": round(seconds - reading, 2),
            f"{key}_writing_ratio_to_floor": round((seconds - reading) / floor, 2),
        }
        path.unlink()
    result["target"] = "peak at most 300 MB at 1M questions; writing within 2x the floor"
    emit(result)


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]] or [100_000, 1_000_000])
