"""A classroom: 30 simulated seats for 60 s on a local PostgreSQL server, then the same on
one shared SQLite file; and the teacher's class results with 30 learners x 100 quizzes.

The seats go through ``civicquiz.simulate`` (the window's own answer path). The server is
a throwaway one (initdb in a temporary folder, Unix socket only) with PostgreSQL's default
durability (fsync on), removed afterwards. CLASSROOM_SECONDS shortens the runs.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pgserver import PostgresServer  # noqa: E402

from _common import emit  # noqa: E402

SEATS = 30
SECONDS = float(os.environ.get("CLASSROOM_SECONDS", "60"))
CLASS_LEARNERS, CLASS_QUIZZES, QUIZ_SIZE = 30, 100, 10


def prepare(url: str) -> None:
    from civicquiz.core.db import open_database, session_scope
    from civicquiz.core.library import ensure_builtin_bank
    from civicquiz.formats.native import read_native_bank
    from civicquiz.services import builtin_bank_file

    engine = open_database(url, daily_backup=False).engine
    with session_scope(engine) as session:
        ensure_builtin_bank(session, read_native_bank(builtin_bank_file()))
    engine.dispose()


def run_seats(url: str, label: str) -> None:
    from civicquiz.simulate import remove_simulated, simulate

    figures = simulate(url, learners=SEATS, quizzes=1, seats=SEATS, seed=1, duration_s=SECONDS)
    figures.pop("error_samples")
    emit({"name": f"classroom: {SEATS} seats for {SECONDS:.0f} s on {label}", **figures})
    remove_simulated(url)


def fill_class(url: str) -> None:
    """30 learners x 100 finished quizzes x 10 answers, written in bulk."""
    from sqlalchemy import insert, select

    from civicquiz.core.db import make_engine
    from civicquiz.core.models import Attempt, Learner, Question, Response, new_uid

    engine = make_engine(url)
    rng = random.Random(7)
    start = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
    with engine.begin() as db:
        question_ids = [row[0] for row in db.execute(select(Question.id))]
        db.execute(
            insert(Learner),
            [
                {"name": f"Class learner {n:02d}", "uid": new_uid(), "settings": {}}
                | {"created_at": start, "last_active_at": start}
                for n in range(CLASS_LEARNERS)
            ],
        )
        learners = [row[0] for row in db.execute(select(Learner.id))]
        attempts = []
        for learner in learners:
            for q in range(CLASS_QUIZZES):
                when = start + timedelta(hours=q)
                attempts.append(
                    {
                        "learner_id": learner,
                        "uid": new_uid(),
                        "mode": "practice",
                        "title": "Quick quiz",
                        "started_at": when,
                        "finished_at": when + timedelta(minutes=5),
                        "seed": 0,
                        "question_ids": rng.sample(question_ids, QUIZ_SIZE),
                    }
                )
        db.execute(insert(Attempt), attempts)
        rows = db.execute(select(Attempt.id, Attempt.question_ids, Attempt.started_at)).all()
        responses = []
        for attempt_id, ids, when in rows:
            for position, question_id in enumerate(ids):
                right = rng.random() < 0.7
                responses.append(
                    {
                        "attempt_id": attempt_id,
                        "question_id": question_id,
                        "uid": new_uid(),
                        "position": position,
                        "answer": {},
                        "correct": right,
                        "score": 1.0 if right else 0.0,
                        "answered_at": when,
                        "elapsed_ms": 5000,
                    }
                )
        for chunk in range(0, len(responses), 5000):
            db.execute(insert(Response), responses[chunk : chunk + 5000])
    engine.dispose()


def time_class_results(url: str, label: str) -> None:

    from civicquiz.core.db import make_engine, session_scope
    from civicquiz.core.reports import attempt_rows, class_results

    engine = make_engine(url)
    times = []
    with session_scope(engine) as session:
        for _ in range(3):
            started = time.perf_counter()
            rows = attempt_rows(session)
            summaries = class_results(session)
            times.append(time.perf_counter() - started)
    engine.dispose()
    emit(
        {
            "name": f"class results, {CLASS_LEARNERS} learners x {CLASS_QUIZZES} quizzes, {label}",
            "quizzes_listed": len(rows),
            "learners_listed": len(summaries),
            "median_ms": statistics.median(times) * 1000,
        }
    )


def main() -> None:
    server = PostgresServer(port=5437)
    try:
        server.start(durable=True)
        url = server.create_database("classroom")
        prepare(url)
        run_seats(url, "PostgreSQL (local server)")
        results_url = server.create_database("class_results")
        prepare(results_url)
        fill_class(results_url)
        time_class_results(results_url, "PostgreSQL")
    finally:
        server.remove()
    with tempfile.TemporaryDirectory(prefix="civicquiz-bench-") as folder:
        shared = f"sqlite:///{Path(folder) / 'shared.sqlite3'}"
        prepare(shared)
        run_seats(shared, "one shared SQLite file")
        results_file = f"sqlite:///{Path(folder) / 'results.sqlite3'}"
        prepare(results_file)
        fill_class(results_file)
        time_class_results(results_file, "SQLite")


if __name__ == "__main__":
    main()
