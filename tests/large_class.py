"""A large class written straight into a CivicQuiz database: learners, finished quizzes,
answers and review state, in the forms the app itself stores. Used by the soak test and
the benchmarks (``bench/``); writing through the app would take minutes at this size.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill_class(
    db_path: Path,
    *,
    learners: int = 300,
    quizzes: int = 100,
    answers: int = 10,
    seed: int = 1,
    now: datetime | None = None,
) -> int:
    """Add ``learners`` learners with ``quizzes`` finished quizzes of ``answers`` answers
    each; returns the id of the first learner added. The database must hold a bank."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    connection = sqlite3.connect(db_path)
    try:
        questions = connection.execute(
            "SELECT id, qtype FROM question WHERE NOT retired AND qtype IN "
            "('single_choice', 'multiple_choice', 'true_false') ORDER BY id"
        ).fetchall()
        if len(questions) < answers:
            raise ValueError(f"{db_path} holds too few choice questions for {answers} answers")
        keys: dict[int, tuple[list[str], list[str]]] = {}
        for question_id, key, correct in connection.execute(
            "SELECT question_id, key, correct FROM question_option ORDER BY question_id, position"
        ):
            every, right = keys.setdefault(question_id, ([], []))
            every.append(key)
            if correct:
                right.append(key)
        next_attempt = (connection.execute("SELECT max(id) FROM attempt").fetchone()[0] or 0) + 1
        with connection:
            first = None
            for number in range(learners):
                created = now - timedelta(days=120)
                cursor = connection.execute(
                    "INSERT INTO learner (name, created_at, last_active_at, settings) "
                    "VALUES (?, ?, ?, ?)",
                    (f"Learner {seed}-{number:04d}", _stamp(created), _stamp(now), "{}"),
                )
                learner_id = int(cursor.lastrowid or 0)
                first = first or learner_id
                skill = rng.uniform(0.3, 0.95)
                attempt_rows = []
                response_rows = []
                states: dict[int, tuple[float, datetime, bool]] = {}
                for quiz in range(quizzes):
                    started = now - timedelta(days=100 - quiz * 100 / quizzes, minutes=number)
                    chosen = rng.sample(questions, answers)
                    attempt_rows.append(
                        (next_attempt, learner_id, "practice", "Quick quiz", _stamp(started),
                         _stamp(started + timedelta(minutes=6)), rng.randrange(2**31),
                         json.dumps([q for q, _ in chosen]))
                    )  # fmt: skip
                    for position, (question_id, qtype) in enumerate(chosen):
                        right = rng.random() < skill
                        every, correct_keys = keys.get(question_id, (["true", "false"], ["true"]))
                        if qtype == "true_false":
                            value = (correct_keys[:1] or ["true"])[0] == "true"
                            answer = {"value": value if right else not value}
                        elif qtype == "multiple_choice":
                            picked = correct_keys if right else rng.sample(every, 1)
                            answer = {"options": list(picked)}
                        else:
                            wrong = [k for k in every if k not in correct_keys] or every
                            answer = {"option": (correct_keys if right else wrong)[0]}
                        answered = started + timedelta(seconds=30 * (position + 1))
                        response_rows.append(
                            (next_attempt, question_id, position, json.dumps(answer), right,
                             1.0 if right else 0.0, _stamp(answered), 12_000)
                        )  # fmt: skip
                        states[question_id] = (rng.uniform(0.5, 40.0), answered, right)
                    next_attempt += 1
                connection.executemany(
                    "INSERT INTO attempt (id, learner_id, mode, title, started_at, finished_at, "
                    "seed, question_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    attempt_rows,
                )
                connection.executemany(
                    "INSERT INTO response (attempt_id, question_id, position, answer, correct, "
                    "score, answered_at, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    response_rows,
                )
                state_rows = []
                for question_id, (stability, last, right) in states.items():
                    due = last + timedelta(days=stability)
                    card = {"card_id": question_id, "state": 2, "step": None,
                            "stability": stability, "difficulty": 5.0,
                            "due": due.isoformat(), "last_review": last.isoformat()}  # fmt: skip
                    state_rows.append(
                        (learner_id, question_id, json.dumps(card), _stamp(due), 3,
                         0 if right else 1, _stamp(last))
                    )  # fmt: skip
                connection.executemany(
                    "INSERT INTO review_state (learner_id, question_id, card, due, reps, lapses, "
                    "last_review) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    state_rows,
                )
        return int(first or 0)
    finally:
        connection.close()
