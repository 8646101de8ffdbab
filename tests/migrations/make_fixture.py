"""Build ``fixtures/schema-0001.sqlite3``: a database made by the first schema, holding a
bank, a learner and that learner's answers. Run once when the fixture must be rebuilt:

    .venv/bin/python tests/migrations/make_fixture.py

Rows are written with plain SQL so the file reflects schema 0001, not today's models.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from civicquiz.core.db import make_engine, upgrade

FIXTURE = Path(__file__).parent / "fixtures" / "schema-0001.sqlite3"
WHEN = "2026-03-01 09:00:00.000000"


def build(path: Path = FIXTURE) -> Path:
    path.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine, url, "0001")
    with engine.begin() as db:
        db.execute(text(
            "INSERT INTO bank (id, key, title, description, language, origin, source_file, content_hash,"
            " enabled, imported_at, updated_at) VALUES (1, 'old-bank', 'A bank from schema 0001', '', 'en',"
            " 'imported', 'old.json', 'x', 1, :w, :w)"), {"w": WHEN})  # fmt: skip
        db.execute(text(
            "INSERT INTO topic (id, bank_id, key, title, position, intro, lesson) VALUES"
            " (1, 1, 't', 'Topic', 0, '', '[]')"))  # fmt: skip
        for qid in (1, 2):
            db.execute(text(
                "INSERT INTO question (id, bank_id, topic_id, key, qtype, difficulty, stem, stem_format,"
                " explanation, numeric, sources, tags, content_hash, position, retired) VALUES"
                " (:id, 1, 1, :key, 'true_false', 1, :stem, 'plain', '', '[]', '[]', '[]', 'h', :id, 0)"),
                {"id": qid, "key": f"q{qid}", "stem": f"Statement {qid}"})  # fmt: skip
            for pos, (key, correct) in enumerate((("true", 1), ("false", 0))):
                db.execute(text(
                    "INSERT INTO question_option (question_id, position, key, text, correct, feedback)"
                    " VALUES (:q, :p, :k, :t, :c, '')"),
                    {"q": qid, "p": pos, "k": key, "t": key.title(), "c": correct})  # fmt: skip
        db.execute(text("INSERT INTO learner (id, name, created_at, last_active_at, settings)"
                        " VALUES (1, 'Aigerim', :w, :w, '{}')"), {"w": WHEN})  # fmt: skip
        db.execute(text(
            "INSERT INTO attempt (id, learner_id, mode, title, started_at, finished_at, time_limit_s, seed,"
            " question_ids) VALUES (1, 1, 'practice', '', :w, NULL, NULL, 7, :ids)"),
            {"w": WHEN, "ids": json.dumps([1, 2])})  # fmt: skip
        db.execute(text(
            "INSERT INTO response (attempt_id, question_id, position, answer, correct, score, answered_at,"
            " elapsed_ms) VALUES (1, 1, 0, :a, 1, 1.0, :w, 4200)"),
            {"a": json.dumps({"value": True}), "w": WHEN})  # fmt: skip
    engine.dispose()
    return path


if __name__ == "__main__":
    print(build())
