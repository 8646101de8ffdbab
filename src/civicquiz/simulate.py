"""``civicquiz simulate``: simulated seats answering quick quizzes, for trying a classroom
set-up and for benchmarks.

Each seat is a thread with its own engine (its own connection, as a real computer has)
and its own outbox, and goes through the same functions the quiz window uses: the quiz is
assembled and started, loaded as the screen loads it, and every answer is delivered with
:func:`civicquiz.core.outbox.deliver` (stored, or queued when the database is out of
reach), then the quiz is finished. Learners are named ``Simulated learner …`` so that
``civicquiz simulate --remove`` deletes them (with their quizzes and answers) in one go.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIM_PREFIX = "Simulated learner "
QUIZ_SIZE = 10


@dataclass
class SeatTally:
    quizzes: int = 0
    answers: int = 0  # stored at once
    queued: int = 0  # kept in the seat's outbox (the database was out of reach)
    errors: int = 0
    latencies: list[float] = field(default_factory=list)  # seconds per answer delivered
    error_samples: list[str] = field(default_factory=list)
    attempt_ids: list[int] = field(default_factory=list)


def _learners(engine: Any, count: int) -> list[int]:
    """``count`` simulated learners (existing ones are reused)."""
    from sqlmodel import col, select

    from civicquiz.core.db import session_scope
    from civicquiz.core.learners import add_learner
    from civicquiz.core.models import Learner

    with session_scope(engine) as session:
        known = {
            lr.name: lr.id
            for lr in session.exec(select(Learner).where(col(Learner.name).startswith(SIM_PREFIX)))
        }
        ids = []
        for n in range(1, count + 1):
            name = f"{SIM_PREFIX}{n:03d}"
            ids.append(known.get(name) or add_learner(session, name).id)
        return [int(i or 0) for i in ids]


def _seat(
    url: str,
    learner_ids: list[int],
    quizzes: int,
    seed: int,
    deadline: float | None,
    outbox_dir: Path,
    tally: SeatTally,
    computer_id: str,
) -> None:

    from civicquiz.core.attempts import load_attempt
    from civicquiz.core.db import make_engine
    from civicquiz.core.outbox import Outbox, PendingAnswer, PendingFinish, deliver
    from civicquiz.services.quiz import QuizPlan, start_quiz

    rng = random.Random(seed)
    engine = make_engine(url)
    outbox = Outbox(outbox_dir)
    try:
        round_ = 0
        while True:
            for learner_id in learner_ids:
                if deadline is None and round_ >= quizzes:
                    return
                if deadline is not None and time.monotonic() >= deadline:
                    return
                try:
                    attempt_id = start_quiz(
                        engine,
                        learner_id,
                        QuizPlan(size=QUIZ_SIZE, title="Simulated quiz"),
                        computer_id=computer_id,
                        rng=rng,
                    ).value
                    tally.attempt_ids.append(attempt_id)
                    for question in load_attempt(engine, attempt_id).questions:
                        answer = question.correct_answer() if rng.random() < 0.7 else {}
                        started = time.perf_counter()
                        delivery = deliver(
                            engine,
                            outbox,
                            PendingAnswer(attempt_id, question.id, answer, computer_id=computer_id),
                        )
                        tally.latencies.append(time.perf_counter() - started)
                        if delivery.queued:
                            tally.queued += 1
                        else:
                            tally.answers += 1
                    deliver(engine, outbox, PendingFinish(attempt_id))
                    tally.quizzes += 1
                except Exception as exc:  # counted and sampled: the figure is the product
                    tally.errors += 1
                    if len(tally.error_samples) < 3:
                        tally.error_samples.append(f"{type(exc).__name__}: {exc}"[:300])
            round_ += 1
    finally:
        engine.dispose()


def simulate(
    url: str,
    *,
    learners: int,
    quizzes: int,
    seats: int,
    seed: int = 0,
    duration_s: float | None = None,
) -> dict[str, Any]:
    """Run ``seats`` concurrent seats over ``learners`` simulated learners, each learner
    taking ``quizzes`` quick quizzes (or, with ``duration_s``, as many as fit in that
    time). Returns the figures."""
    from sqlalchemy import func
    from sqlmodel import Session, col, select

    from civicquiz.core.db import make_engine
    from civicquiz.core.models import Response

    engine = make_engine(url)
    try:
        learner_ids = _learners(engine, learners)
    finally:
        engine.dispose()
    tallies = [SeatTally() for _ in range(seats)]
    deadline = time.monotonic() + duration_s if duration_s else None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="civicquiz-simulate-") as folder:
        threads = [
            threading.Thread(
                target=_seat,
                args=(
                    url,
                    learner_ids[s::seats],
                    quizzes,
                    seed * 1000 + s,
                    deadline,
                    Path(folder) / f"seat-{s}",
                    tallies[s],
                    f"simulated-seat-{s + 1:02d}",
                ),
                daemon=True,
            )
            for s in range(seats)
            if learner_ids[s::seats]
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        sent_late = _drain_all(url, [Path(folder) / f"seat-{s}" for s in range(seats)])
        queued_left = sum(
            _pending(Path(folder) / f"seat-{s}") for s in range(seats) if learner_ids[s::seats]
        )
    elapsed = time.perf_counter() - started
    attempt_ids = [a for t in tallies for a in t.attempt_ids]
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            read_back = 0
            for chunk in range(0, len(attempt_ids), 500):
                part = attempt_ids[chunk : chunk + 500]
                read_back += session.exec(
                    select(func.count()).where(col(Response.attempt_id).in_(part))
                ).one()
    finally:
        engine.dispose()
    latencies = sorted(x for t in tallies for x in t.latencies)
    stored = sum(t.answers for t in tallies)

    def percentile(p: float) -> float:
        if not latencies:
            return 0.0
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    return {
        "learners": learners,
        "seats": seats,
        "quizzes": sum(t.quizzes for t in tallies),
        "answers": stored,
        "queued": sum(t.queued for t in tallies),
        "queued_sent_after": sent_late,
        "queued_left": queued_left,
        "errors": sum(t.errors for t in tallies),
        "read_back": read_back,
        "seconds": round(elapsed, 2),
        "answers_per_s": round(stored / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(statistics.median(latencies) * 1000, 2) if latencies else 0.0,
        "p99_ms": round(percentile(0.99), 2),
        "error_samples": [e for t in tallies for e in t.error_samples][:5],
    }


def _drain_all(url: str, folders: list[Path]) -> int:
    """At the end, what the seats queued is sent (as their windows would, later)."""
    from civicquiz.core.db import make_engine
    from civicquiz.core.outbox import Outbox, drain

    engine = make_engine(url)
    sent = 0
    try:
        for folder in folders:
            if (folder / "outbox.sqlite3").exists():
                result = drain(engine, Outbox(folder))
                sent += result.sent + result.already
    finally:
        engine.dispose()
    return sent


def _pending(folder: Path) -> int:
    from civicquiz.core.outbox import Outbox

    return int(Outbox(folder).pending_count())


def remove_simulated(url: str) -> int:
    """Delete every simulated learner with their quizzes and answers; returns how many."""
    from sqlmodel import col, select

    from civicquiz.core.db import make_engine, session_scope
    from civicquiz.core.learners import delete_learner
    from civicquiz.core.models import Learner

    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            found = session.exec(
                select(Learner).where(col(Learner.name).startswith(SIM_PREFIX))
            ).all()
            for learner in found:
                delete_learner(session, learner.id or 0)
            return len(found)
    finally:
        engine.dispose()
