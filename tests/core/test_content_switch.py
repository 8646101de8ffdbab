"""Switching the content language mid-course (issue 14): the built-in bank is shown in the
learner's content language from bank.LANG.json, by question id, so progress and the review
schedule made in one language carry over to the other; typed answers and matching pairs
given in another language are graded as the same answer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from civicquiz.core.attempts import load_attempt
from civicquiz.core.content import localize_question, topic_text
from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner
from civicquiz.core.models import Bank, Question, Topic
from civicquiz.core.progress import due_count, topic_progress
from civicquiz.core.quiz import record_response, start_attempt
from civicquiz.facts.phrases import KAZAKH, RUSSIAN

BANK_DIR = Path(__file__).resolve().parents[2] / "question_banks" / "kz-constitution-2026"


def _translated(language: str) -> dict[str, dict]:
    bank = json.loads((BANK_DIR / f"bank.{language}.json").read_text(encoding="utf-8"))
    return {q["id"]: q for q in bank["questions"]}


def _ids(session: Session, *keys: str) -> list[int]:
    rows = session.exec(select(Question).where(col(Question.key).in_(keys))).all()
    by_key = {q.key: q.id for q in rows}
    return [int(by_key[k]) for k in keys]  # type: ignore[arg-type]


def test_switching_to_kazakh_keeps_progress_and_due_reviews(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner_id = int(add_learner(session, "Dana").id or 0)
        keys = [
            "new-constitution-not-amendments.false-1",  # true/false
            "working-group-meeting.choice",  # single choice
            "referendum-date.which-event",  # a date in the stem
        ]
        ids = _ids(session, *keys)
        attempt = start_attempt(session, learner_id, ids, seed=7)
        session.commit()
        attempt_id = int(attempt.id or 0)
    english = load_attempt(loaded, attempt_id, "en")
    assert [q.key for q in english.questions] == keys
    for question in english.questions:  # answered in English: two right, one wrong
        answer = question.correct_answer()
        if question.key == "working-group-meeting.choice":
            answer = {"option": next(o.key for o in question.keyed if not o.correct)}
        record_response(loaded, attempt_id, question.id, answer)
    later = datetime.now(UTC) + timedelta(days=60)
    with session_scope(loaded) as session:
        before = topic_progress(session, learner_id, now=later)
        due_before = due_count(session, learner_id, now=later)
    assert due_before >= 1 and sum(t.seen for t in before) == 3

    # The learner switches to Kazakh: the same quiz reads in Kazakh, same ids and keys.
    english = load_attempt(loaded, attempt_id, "en")
    kazakh = load_attempt(loaded, attempt_id, "kk")
    assert len(kazakh.answers) == 3
    assert [q.id for q in kazakh.questions] == [q.id for q in english.questions]
    true_false = kazakh.questions[0]
    assert {o.text for o in true_false.options} == {KAZAKH.true_label, KAZAKH.false_label}
    which = kazakh.questions[2]
    assert KAZAKH.format_iso_date("2026-03-15") in which.stem
    assert which.stem == _translated("kk")["referendum-date.which-event"]["stem"]
    for en, kk in zip(english.questions, kazakh.questions, strict=True):
        assert [o.key for o in kk.options] == [o.key for o in en.options]  # same order
        assert kazakh.answers[kk.id] == english.answers[en.id]
        assert kazakh.grades[kk.id] == english.grades[en.id]
    # progress and due reviews are the learner's, whatever the language
    with session_scope(loaded) as session:
        assert topic_progress(session, learner_id, now=later) == before
        assert due_count(session, learner_id, now=later) == due_before


def test_a_typed_answer_in_another_language_is_right(loaded: Engine) -> None:
    key = "reform-could-mean-new-constitution.cloze"
    russian = _translated("ru")[key]
    typed = next(o["text"] for o in russian["options"] if o["correct"])
    assert typed.casefold() != "parliament" and not typed.isascii()
    with session_scope(loaded) as session:
        learner_id = int(add_learner(session, "Aru").id or 0)
        attempt_id = int(start_attempt(session, learner_id, _ids(session, key)).id or 0)
        session.commit()
    shown = load_attempt(loaded, attempt_id, "ru").questions[0]
    assert shown.stem == russian["stem"]
    assert shown.grade({"text": typed}).correct  # the instant feedback
    response = record_response(loaded, attempt_id, shown.id, {"text": typed})
    assert response.correct  # and the stored grade agree
    with session_scope(loaded) as session:
        attempt_id = int(start_attempt(session, learner_id, _ids(session, key)).id or 0)
        session.commit()
    response = record_response(loaded, attempt_id, shown.id, {"text": "Сенат"})
    assert not response.correct


def test_a_matching_answer_in_russian_is_graded_as_in_english(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        learner_id = int(add_learner(session, "Erlan").id or 0)
        key = next(
            q.key for q in session.exec(select(Question)) if q.key.startswith("match.people-")
        )
        attempt_id = int(start_attempt(session, learner_id, _ids(session, key)).id or 0)
        session.commit()
    shown = load_attempt(loaded, attempt_id, "ru").questions[0]
    answer = shown.correct_answer()
    assert all(not str(v).isascii() for v in answer["pairs"].values())  # Russian posts
    assert shown.grade(answer).correct
    assert record_response(loaded, attempt_id, shown.id, answer).correct


def test_lessons_and_imported_banks(loaded: Engine) -> None:
    with session_scope(loaded) as session:
        topic = session.exec(select(Topic).where(Topic.key == "overview")).one()
        bank = session.get(Bank, topic.bank_id)
        assert bank is not None
        bank_key = bank.key
        title, _intro, paragraphs = topic_text(bank.key, bank.origin, topic.key, "ru") or (
            "",
            "",
            [],
        )
        assert title and title != topic.title and len(paragraphs) == len(topic.lesson)
        assert RUSSIAN.lines_label((1,)).split()[0] in (paragraphs[0]["citation"] or {})["text"]
        # a teacher's imported bank keeps its own language
        assert topic_text(bank.key, "imported", topic.key, "ru") is None
        learner_id = int(add_learner(session, "Zhan").id or 0)
        ids = _ids(session, "working-group-meeting.choice")
        attempt_id = int(start_attempt(session, learner_id, ids).id or 0)
        session.commit()
    shown = load_attempt(loaded, attempt_id, "en").questions[0]
    assert localize_question(shown, bank_key, "imported", "ru") is shown
    assert localize_question(shown, bank_key, "builtin", "ru").stem != shown.stem


def test_item_analysis_counts_a_question_once_whatever_its_language(loaded: Engine) -> None:
    """Two learners answer the same question, one reading it in English, one in Kazakh
    (typing the Kazakh form): one item with two responses, both right."""
    from civicquiz.core.reports import item_analysis

    with Session(loaded) as session:
        question = session.exec(select(Question).where(col(Question.key).like("%.typed"))).first()
        assert question is not None
        key, question_id = question.key, int(question.id or 0)
        learners = [int(add_learner(session, n).id or 0) for n in ("Dana", "Aru")]
        attempts = [int(start_attempt(session, i, [question_id]).id or 0) for i in learners]
        session.commit()  # start_attempt leaves the commit to its caller
    english = load_attempt(loaded, attempts[0], "en").questions[0]
    kazakh = load_attempt(loaded, attempts[1], "kk").questions[0]
    assert kazakh.stem == _translated("kk")[key]["stem"] != english.stem
    assert not next(o.text for o in kazakh.keyed if o.correct).isascii()  # Kazakh typed
    for attempt_id, shown in zip(attempts, (english, kazakh), strict=True):
        typed = next(o.text for o in shown.keyed if o.correct)
        assert record_response(loaded, attempt_id, question_id, {"text": typed}).correct
    with Session(loaded) as session:
        items = [i for i in item_analysis(session) if i.question_id == question_id]
    assert len(items) == 1 and items[0].responses == 2 and items[0].facility == 1.0


def test_a_quiz_from_the_offline_copy_is_in_the_content_language(
    loaded: Engine, tmp_path: Path
) -> None:
    from civicquiz.core.offline import refresh_cache, start_offline
    from civicquiz.core.outbox import Outbox
    from civicquiz.core.quiz import QuizRequest

    outbox = Outbox(tmp_path)
    with Session(loaded) as session:
        learner_id = int(add_learner(session, "Dana").id or 0)
    assert refresh_cache(loaded, outbox, learner_id) > 100
    quiz = start_offline(outbox, learner_id, QuizRequest(size=5), language="kk")
    kazakh = _translated("kk")
    assert quiz.offline and len(quiz.questions) == 5
    assert [q.stem for q in quiz.questions] == [kazakh[q.key]["stem"] for q in quiz.questions]
