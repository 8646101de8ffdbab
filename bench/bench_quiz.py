"""Assembling a 20-question quiz from a synthetic 100,000-question bank (target: median < 20 ms)."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

from _common import emit, peak_rss_mb, summary, timed, traced_peak_mb
from civicquiz.core.db import open_database, session_scope
from civicquiz.core.learners import add_learner as create_learner
from civicquiz.core.quiz import QuizRequest, assemble_quiz

QUESTIONS = 100_000
TOPICS = 20
NOW = "2026-11-22 00:00:00.000000"


def build(path: Path) -> None:
    """Fill the schema with synthetic questions (raw SQL: the benchmark is about picking)."""
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "INSERT INTO bank (id, key, title, description, language, origin, source_file, content_hash,"
            " enabled, imported_at, updated_at) VALUES (1, 'synthetic', 'Synthetic', '', 'en', 'imported',"
            " '', '', 1, ?, ?)",
            (NOW, NOW),
        )
        db.executemany(
            "INSERT INTO topic (id, bank_id, key, title, position, intro, lesson) VALUES (?, 1, ?, ?, ?, '', '[]')",
            [(t, f"t{t}", f"Topic {t}", t) for t in range(1, TOPICS + 1)],
        )
        db.executemany(
            "INSERT INTO question (id, bank_id, topic_id, key, qtype, difficulty, stem, stem_format, explanation,"
            " numeric, sources, tags, content_hash, position, retired) VALUES"
            " (?, 1, ?, ?, 'single_choice', 2, ?, 'plain', '', '[]', '[]', '[]', '', ?, 0)",
            [
                (i, i % TOPICS + 1, f"q{i}", f"Synthetic question {i}?", i)
                for i in range(1, QUESTIONS + 1)
            ],
        )
        db.executemany(
            "INSERT INTO question_option (question_id, position, key, text, correct, feedback)"
            " VALUES (?, ?, ?, ?, ?, '')",
            [
                (i, p, "abcd"[p], f"Option {p}", int(p == 0))
                for i in range(1, QUESTIONS + 1)
                for p in range(4)
            ],
        )
    db.close()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-"))
    path = folder / "synthetic.sqlite3"
    opened = open_database(f"sqlite:///{path}", daily_backup=False)
    build(path)
    rng = random.Random(7)
    with session_scope(opened.engine) as session:
        learner_id = create_learner(session, "Bench").id
        request = QuizRequest(size=20)
        assemble_quiz(session, learner_id, request, rng)  # warm the page cache

        def assemble() -> None:
            assemble_quiz(session, learner_id, request, rng)

        def assemble_topic() -> None:
            assemble_quiz(session, learner_id, QuizRequest(size=20, topic_ids=[3]), rng)

        times = timed(assemble, 200)
        topic_times = timed(assemble_topic, 200)
        connection = session.connection().connection.dbapi_connection
        assert connection is not None
        draw = random.Random(8)
        marks = ", ".join("?" * 20)

        def random_draw() -> None:  # the floor: 20 random live ids by primary key, raw sqlite3
            ids = draw.sample(range(1, QUESTIONS + 1), 20)
            connection.execute(
                "SELECT q.id FROM question q JOIN bank b ON b.id = q.bank_id WHERE NOT q.retired "
                f"AND b.enabled AND q.id IN ({marks})",
                ids,
            ).fetchall()

        floor = timed(random_draw, 200)
        heap = traced_peak_mb(assemble)
    stats = summary(times)
    emit({
        "name": "assemble a 20-question quiz from 100,000 questions",
        **stats,
        "one_topic_median_ms": summary(topic_times)["median_ms"],
        "baseline": "20 random live ids drawn by primary key with raw sqlite3",
        "baseline_median_ms": summary(floor)["median_ms"],
        "ratio_to_baseline": stats["median_ms"] / summary(floor)["median_ms"],
        "target_median_ms": 20,
        "meets_target": stats["median_ms"] < 20,
        "heap_peak_mb": heap,
        "rss_peak_mb": peak_rss_mb(),
    })  # fmt: skip


if __name__ == "__main__":
    main()
