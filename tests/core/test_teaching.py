"""Teacher PINs, exams and class results, with no GUI."""

from __future__ import annotations

import csv
import io
import random
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from civicquiz.core.attempts import load_attempt
from civicquiz.core.db import session_scope
from civicquiz.core.exams import active_exams, create_exam, set_exam_active, start_exam
from civicquiz.core.learners import add_learner
from civicquiz.core.models import AppSetting, ReviewState, Topic, utcnow
from civicquiz.core.pins import PinError, check_pin, clear_pin, has_pin, set_pin
from civicquiz.core.quiz import QuizError, finish_attempt, record_response
from civicquiz.core.reports import (
    attempt_rows,
    attempts_csv,
    class_mastery,
    class_results,
    item_analysis,
    items_csv,
)

pytestmark = pytest.mark.databases  # each test runs on SQLite and PostgreSQL


def test_the_pin_is_stored_hashed_and_wrong_pins_are_throttled(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        with pytest.raises(PinError):
            set_pin(session, "12")
        set_pin(session, "4821")
        stored = session.get(AppSetting, "teacher_pin").value  # type: ignore[union-attr]
        assert "4821" not in str(stored) and len(stored["salt"]) == 32
        assert check_pin(session, "4821").ok
        now = utcnow()
        assert [check_pin(session, "0000", now=now).ok for _ in range(3)] == [False, False, False]
        locked = check_pin(session, "4821", now=now)  # even the right PIN waits now
        assert not locked.ok and locked.wait_seconds == 30
        assert check_pin(session, "4821", now=now + timedelta(seconds=31)).ok
        for _ in range(3):
            check_pin(session, "1111", now=now)
        later = now + timedelta(seconds=31)
        assert not check_pin(session, "2222", now=later).ok  # the fourth wrong PIN in a row...
        assert check_pin(session, "4821", now=later).wait_seconds == 60  # ...doubles the wait
        clear_pin(session)
        assert not has_pin(session)


def take(engine: Engine, learner: str, exam_id: int, right: int) -> int:
    with session_scope(engine) as session:
        learner_id = add_learner(session, learner).id or 0
        attempt = start_exam(session, learner_id, exam_id, random.Random(5))
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
    data = load_attempt(engine, attempt.id or 0)
    for index, question in enumerate(data.questions):
        answer = (
            question.correct_answer()
            if index < right
            else {"option": "zz", "text": "no", "value": -1}
        )
        record_response(engine, data.attempt_id, question.id, answer)
    finish_attempt(engine, data.attempt_id)
    return data.attempt_id


def test_an_exam_is_built_taken_and_reported(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        people = session.exec(select(Topic).where(Topic.key == "people")).one()
        exam = create_exam(
            session,
            title="People quiz",
            size=5,
            topic_ids=[people.id or 0],
            time_limit_s=600,
            pass_mark=60,
        )
        with pytest.raises(QuizError, match="title"):
            create_exam(session, title=" ", size=5)
        assert [e.title for e in active_exams(session)] == ["People quiz"]
    first = take(loaded, "Aigerim", exam.id or 0, right=5)
    take(loaded, "Bolat", exam.id or 0, right=2)
    data = load_attempt(loaded, first)
    assert (
        data.mode == "exam"
        and data.time_limit_s == 600
        and all(q.topic == "Who's who in the reform" for q in data.questions)
    )
    with session_scope(loaded) as session:
        rows = attempt_rows(session)
        assert {(r.learner, r.score_percent, r.passed) for r in rows} == {
            ("Aigerim", 100, True),
            ("Bolat", 40, False),
        }
        parsed = list(csv.DictReader(io.StringIO(attempts_csv(rows))))
        assert {row["learner"]: row["passed"] for row in parsed} == {
            "Aigerim": "yes",
            "Bolat": "no",
        }
        summaries = class_results(session)
        assert [s.name for s in summaries] == ["Aigerim", "Bolat"] and summaries[0].accuracy == 1.0
        assert class_mastery(summaries)["Who's who in the reform"] > 0
        # a day later (whole days counted by the database, on PostgreSQL a numeric before
        # it is cast): the same learners, their memory a little weaker
        for state in session.exec(select(ReviewState)):  # not due again for a while
            state.due = utcnow() + timedelta(days=10)
            session.add(state)
        session.commit()
        later = class_results(session, utcnow() + timedelta(days=2, hours=1))
        topic = "Who's who in the reform"
        assert 0 < class_mastery(later)[topic] < class_mastery(summaries)[topic]
        set_exam_active(session, exam.id or 0, False)
        with pytest.raises(QuizError, match="no longer open"):
            start_exam(session, summaries[0].learner_id, exam.id or 0)


def test_item_analysis_reports_facility_discrimination_and_distractors(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        single = [t.id or 0 for t in session.exec(select(Topic).where(Topic.key == "people"))]
        exam = create_exam(session, title="Item test", size=4, topic_ids=single)
    for index, name in enumerate(["A", "B", "C", "D", "E", "F"]):
        take(loaded, name, exam.id or 0, right=index)  # A gets none right, F gets all
    with session_scope(loaded) as session:
        items = item_analysis(session)
    assert items and all(0 <= i.facility <= 1 for i in items)
    discriminating = [i for i in items if i.discrimination is not None]
    assert discriminating and all(i.discrimination >= 0 for i in discriminating)
    choice = next((i for i in items if i.qtype == "single_choice"), None)
    if choice is not None:
        assert sum(count for *_, count in choice.options) <= choice.responses
    assert "facility_percent" in items_csv(items).splitlines()[0]


def test_an_empty_pin_is_no_attempt_and_cannot_lock_anyone_out(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        set_pin(session, "4821")
        now = utcnow()
        for _ in range(10):
            check = check_pin(session, "", now=now)
            assert not check.ok and check.empty and check.wait_seconds == 0
        assert check_pin(session, "   ", now=now).empty
        assert check_pin(session, "4821", now=now).ok, "the teacher is not locked out"


def test_pins_are_hashed_at_todays_cost_and_old_hashes_are_upgraded(loaded: Engine) -> None:
    import hashlib

    with session_scope(loaded) as session:
        set_pin(session, "482193", role="supervisor")
        stored = session.get(AppSetting, "supervisor_pin").value  # type: ignore[union-attr]
        assert (stored["n"], stored["r"], stored["p"]) == (2**17, 8, 1)
        salt = bytes.fromhex("00" * 16)
        old = hashlib.scrypt(b"4821", salt=salt, n=2**14, r=8, p=1, dklen=32)
        from civicquiz.core.learners import set_setting

        set_setting(session, "teacher_pin", {"salt": salt.hex(), "hash": old.hex(),
                                             "n": 2**14, "r": 8, "p": 1})  # fmt: skip
        session.commit()
        assert not check_pin(session, "1111").ok
        assert session.get(AppSetting, "teacher_pin").value["n"] == 2**14  # type: ignore[union-attr]
        assert check_pin(session, "4821").ok  # a PIN set by an older version still works...
        upgraded = session.get(AppSetting, "teacher_pin").value  # type: ignore[union-attr]
        assert upgraded["n"] == 2**17 and upgraded["hash"] != old.hex()  # ...and is rehashed
        assert check_pin(session, "4821").ok


def test_a_supervisor_pin_has_at_least_six_digits(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        with pytest.raises(PinError, match="6 to 12 digits"):
            set_pin(session, "1357", role="supervisor")
        set_pin(session, "135799", role="supervisor")
        set_pin(session, "1357", role="teacher")  # the teacher's rule is unchanged


def test_item_analysis_counts_the_answers_learners_overruled(loaded: Engine) -> None:
    from civicquiz.core.models import Question
    from civicquiz.core.quiz import overrule_answer, start_attempt

    with session_scope(loaded) as session:
        learner_id = add_learner(session, "Aru").id or 0
        question = session.exec(select(Question).where(Question.qtype == "short_answer")).first()
        assert question is not None and question.id is not None
        attempt = start_attempt(session, learner_id, [question.id])
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        attempt_id, question_id = attempt.id or 0, question.id
    record_response(loaded, attempt_id, question_id, {"text": "a variant the key lacks"})
    overrule_answer(loaded, attempt_id, question_id)
    with session_scope(loaded) as session:
        items = {i.question_id: i for i in item_analysis(session)}
    assert items[question_id].overruled == 1 and items[question_id].facility == 1.0
