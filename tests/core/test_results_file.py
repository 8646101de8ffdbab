"""Results files: a seat without the server exports, the teacher merges (twice, even)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from civicquiz.core.attempts import load_attempt
from civicquiz.core.db import open_database, session_scope
from civicquiz.core.learners import add_learner
from civicquiz.core.library import load_bank
from civicquiz.core.models import Attempt, Learner, Response
from civicquiz.core.quiz import (
    QuizRequest,
    assemble_quiz,
    finish_attempt,
    record_response,
    start_attempt,
)
from civicquiz.core.results_file import (
    ResultsFileError,
    attempt_summaries,
    export_results,
    merge_results,
)

pytestmark = pytest.mark.databases


def seat_with_answers(tmp_path: Path, bank: object, names: list[str], answers: int) -> Engine:
    """A separate seat's own SQLite database, with a finished quiz per learner."""
    engine = open_database(f"sqlite:///{tmp_path / 'seat.sqlite3'}", daily_backup=False).engine
    with session_scope(engine) as session:
        load_bank(session, bank, origin="builtin")  # type: ignore[arg-type]
    for name in names:
        with session_scope(engine) as session:
            learner = add_learner(session, name)
            ids = assemble_quiz(session, learner.id, QuizRequest(size=answers), None)
            attempt = start_attempt(session, learner.id or 0, ids, computer_id="seat-7")
            session.commit()  # the caller owns the transaction
            session.refresh(attempt)
        for question in load_attempt(engine, attempt.id or 0).questions:
            record_response(engine, attempt.id or 0, question.id, question.correct_answer())
        finish_attempt(engine, attempt.id or 0)
    return engine


def counts(engine: Engine) -> tuple[int, int, int]:
    with session_scope(engine) as session:
        return (
            session.exec(select(func.count()).select_from(Learner)).one(),
            session.exec(select(func.count()).select_from(Attempt)).one(),
            session.exec(select(func.count()).select_from(Response)).one(),
        )


def test_a_results_file_merged_twice_adds_each_answer_once(
    loaded: Engine, bank: object, tmp_path: Path
) -> None:
    seat = seat_with_answers(tmp_path, bank, ["Aru", "Ben"], answers=4)
    exported = tmp_path / "seat-7.json"
    with session_scope(seat) as session:
        assert export_results(session, exported, "seat-7") == {
            "learners": 2,
            "attempts": 2,
            "answers": 8,
        }
    seat.dispose()
    with session_scope(loaded) as session:
        add_learner(session, "Aru")  # the same child, created on the teacher's computer too
    with session_scope(loaded) as session:
        first = merge_results(session, exported)
    assert dict(first.added) == {"learners": 1, "quizzes": 2, "answers": 8}
    assert dict(first.already) == {"learners": 1} and first.left_out == []
    assert counts(loaded) == (2, 2, 8)
    with session_scope(loaded) as session:
        second = merge_results(session, exported)
    assert dict(second.added) == {}
    assert dict(second.already) == {"learners": 2, "quizzes": 2, "answers": 8}
    assert counts(loaded) == (2, 2, 8)
    with session_scope(loaded) as session:
        summaries = attempt_summaries(session)
    assert {s["learner"] for s in summaries} == {"Aru", "Ben"}
    assert all(
        (s["computer"], s["bank"], s["asked"], s["answered"], s["correct"])
        == ("seat-7", "kz-constitution-2026", 4, 4, 4)
        and s["finished"]
        for s in summaries
    )


def test_a_broken_results_file_is_refused_whole(
    loaded: Engine, bank: object, tmp_path: Path
) -> None:
    seat = seat_with_answers(tmp_path, bank, ["Cem"], answers=3)
    exported = tmp_path / "seat.json"
    with session_scope(seat) as session:
        export_results(session, exported, "seat-7")
    seat.dispose()
    document = json.loads(exported.read_text(encoding="utf-8"))
    del document["answers"][2]["answered_at"]
    exported.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ResultsFileError, match=str(exported)), session_scope(loaded) as session:
        merge_results(session, exported)
    assert counts(loaded) == (0, 0, 0)  # nothing half-merged
    bad = tmp_path / "notes.json"
    bad.write_text("{\n  'nope'", encoding="utf-8")
    with (
        pytest.raises(ResultsFileError, match=r"notes.json:2: not valid JSON"),
        session_scope(loaded) as session,
    ):
        merge_results(session, bad)


def test_the_command_line_exports_merges_and_prints_json(
    db_url: str, bank: object, tmp_path: Path
) -> None:
    seat = seat_with_answers(tmp_path, bank, ["Dana"], answers=5)
    seat.dispose()
    exported = tmp_path / "usb" / "dana.json"
    exported.parent.mkdir()

    def run(*args: str, url: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "civicquiz",
                "--data-dir",
                str(tmp_path / "d"),
                "--database-url",
                url,
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )

    seat_url = f"sqlite:///{tmp_path / 'seat.sqlite3'}"
    result = run("results", "--export", str(exported), url=seat_url)
    assert result.returncode == 0, result.stderr
    assert "1 learners, 1 quizzes, 5 answers" in result.stdout
    merged = run("results", "--merge", str(exported), str(exported), url=db_url)
    assert merged.returncode == 0, merged.stderr
    assert "added 1 learners, 1 quizzes, 5 answers" in merged.stdout
    assert "already there 1 learners, 1 quizzes, 5 answers" in merged.stdout  # the second copy
    printed = json.loads(run("results", "--format", "json", url=db_url).stdout)
    (attempt,) = printed["attempts"]
    assert attempt["learner"] == "Dana" and attempt["computer"] == "seat-7"
    assert (attempt["asked"], attempt["answered"], attempt["correct"]) == (5, 5, 5)
    assert {"bank", "mode", "started", "finished"} <= set(attempt)


def schedule_of(engine: Engine, name: str) -> dict[str, tuple[str, int, int]]:
    """question key -> (due, reps, lapses) of the learner's review schedule."""
    from datetime import UTC

    from civicquiz.core.models import Question, ReviewState

    with session_scope(engine) as session:
        learner = session.exec(select(Learner).where(Learner.name == name)).one()
        rows = session.exec(
            select(Question.key, ReviewState)
            .join(ReviewState, ReviewState.question_id == Question.id)
            .where(ReviewState.learner_id == learner.id)
        ).all()
        return {
            key: (
                (s.due if s.due.tzinfo else s.due.replace(tzinfo=UTC)).isoformat(
                    timespec="seconds"
                ),
                s.reps,
                s.lapses,
            )
            for key, s in rows
        }


def test_merged_answers_feed_the_learners_review_schedule_as_if_given_here(
    loaded: Engine, bank: object, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from civicquiz.core.progress import due_count

    # On the seat, Dana answers over three weeks: some wrong (due again soon), some right
    # twice (due much later), so the merged schedule has dues in the past and the future.
    seat = open_database(f"sqlite:///{tmp_path / 'seat.sqlite3'}", daily_backup=False).engine
    with session_scope(seat) as session:
        load_bank(session, bank, origin="builtin")  # type: ignore[arg-type]
    start = datetime.now(UTC) - timedelta(days=21)
    with session_scope(seat) as session:
        dana = add_learner(session, "Dana")
        ids = assemble_quiz(session, dana.id, QuizRequest(size=8, due_first=False), None)
    for week in range(3):
        with session_scope(seat) as session:
            attempt = start_attempt(session, dana.id or 0, ids, computer_id="seat-9")
        for n, question in enumerate(load_attempt(seat, attempt.id or 0).questions):
            wrong = (n + week) % 3 == 0
            answer = {"option": "no-such-option"} if wrong else question.correct_answer()
            record_response(
                seat,
                attempt.id or 0,
                question.id,
                answer,
                elapsed_ms=4000,
                answered_at=start + timedelta(days=7 * week, minutes=n),
            )
        finish_attempt(seat, attempt.id or 0, start + timedelta(days=7 * week, minutes=30))
    exported = tmp_path / "seat-9.json"
    with session_scope(seat) as session:
        export_results(session, exported, "seat-9")
    expected = schedule_of(seat, "Dana")
    with session_scope(seat) as session:
        seat_dana = session.exec(select(Learner).where(Learner.name == "Dana")).one()
        due_on_seat = due_count(session, seat_dana.id or 0)
    seat.dispose()
    assert len(expected) == 8 and 0 < due_on_seat < 8

    with session_scope(loaded) as session:
        merge_results(session, exported)
    assert schedule_of(loaded, "Dana") == expected
    with session_scope(loaded) as session:
        here = session.exec(select(Learner).where(Learner.name == "Dana")).one()
        assert due_count(session, here.id or 0) == due_on_seat
    # Merged again: nothing changes (each answer counts once in the schedule too).
    with session_scope(loaded) as session:
        merge_results(session, exported)
    assert schedule_of(loaded, "Dana") == expected


def test_a_merged_answer_older_than_one_given_here_is_scheduled_in_order(
    loaded: Engine, bank: object, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    earlier = datetime.now(UTC) - timedelta(days=10)
    later = earlier + timedelta(days=4)

    def quiz_on(engine: Engine, learner_id: int, question_id: int, when: datetime) -> None:
        with session_scope(engine) as session:
            attempt = start_attempt(session, learner_id, [question_id])
        record_response(engine, attempt.id or 0, question_id, {"option": "x"}, answered_at=when)

    seat = open_database(f"sqlite:///{tmp_path / 'seat.sqlite3'}", daily_backup=False).engine
    both = open_database(f"sqlite:///{tmp_path / 'both.sqlite3'}", daily_backup=False).engine
    ids = {}
    for engine in (seat, both, loaded):
        with session_scope(engine) as session:
            if engine is not loaded:
                load_bank(session, bank, origin="builtin")  # type: ignore[arg-type]
        with session_scope(engine) as session:
            learner = add_learner(session, "Emil")
            question = assemble_quiz(session, None, QuizRequest(size=1, qtypes=["single_choice"]))
            ids[engine] = (learner.id or 0, question[0])
    # The same question in all three (the same bank, the same key).
    with session_scope(loaded) as session:
        from civicquiz.core.models import Question

        key = session.get(Question, ids[loaded][1]).key  # type: ignore[union-attr]

    def by_key(engine: Engine) -> int:
        with session_scope(engine) as session:
            from civicquiz.core.models import Question

            return session.exec(select(Question.id).where(Question.key == key)).one() or 0

    quiz_on(seat, ids[seat][0], by_key(seat), earlier)  # wrong on the seat, earlier
    quiz_on(loaded, ids[loaded][0], by_key(loaded), later)  # wrong here, later
    quiz_on(both, ids[both][0], by_key(both), earlier)  # both, in order, on one computer
    quiz_on(both, ids[both][0], by_key(both), later)
    exported = tmp_path / "seat.json"
    with session_scope(seat) as session:
        export_results(session, exported, "seat-2")
    with session_scope(loaded) as session:
        merge_results(session, exported)
    assert schedule_of(loaded, "Emil") == schedule_of(both, "Emil")
    assert schedule_of(loaded, "Emil")[key][1:] == (2, 2)
    seat.dispose()
    both.dispose()
