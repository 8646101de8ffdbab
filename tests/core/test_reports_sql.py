"""The class reports, computed by the database, agree with a plain reading of every
stored answer (decoded one by one in Python, as the reports used to do)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner
from civicquiz.core.models import Question
from civicquiz.core.progress import topic_progress
from civicquiz.core.quiz import finish_attempt, options_of, record_response, start_attempt
from civicquiz.core.reports import attempt_rows, class_report, class_results, item_analysis
from tests.large_class import fill_class

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _path(engine: Engine) -> Path:
    return Path(str(engine.url.database))


@pytest.fixture
def school(loaded: Engine) -> Engine:
    fill_class(_path(loaded), learners=14, quizzes=6, answers=5, seed=3, now=NOW)
    with session_scope(loaded) as session:  # and a multiple choice answered through the app
        learner_id = add_learner(session, "Multi").id or 0
        question = session.exec(select(Question).where(Question.qtype == "multiple_choice")).first()
        assert question is not None and question.id is not None
        attempt = start_attempt(session, learner_id, [question.id])
        session.commit()  # the caller owns the transaction
        session.refresh(attempt)
        keys = [o.key for o in options_of(session, question.id)][:2]
    record_response(loaded, attempt.id or 0, question.id, {"options": keys})
    finish_attempt(loaded, attempt.id or 0)
    return loaded


def test_attempt_rows_and_learner_totals_match_the_answers(school: Engine) -> None:
    raw = sqlite3.connect(_path(school))
    answered: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for attempt_id, correct in raw.execute("SELECT attempt_id, correct FROM response"):
        answered[attempt_id][0] += 1
        answered[attempt_id][1] += bool(correct)
    asked = {
        a: len(json.loads(ids)) for a, ids in raw.execute("SELECT id, question_ids FROM attempt")
    }
    with session_scope(school) as session:
        rows = attempt_rows(session)
        learners = class_results(session, NOW)
    assert len(rows) == 14 * 6 + 1
    for row in rows:
        assert (row.answered, row.correct) == tuple(answered[row.attempt_id])
        assert row.asked == asked[row.attempt_id] == (1 if row.learner == "Multi" else 5)
        assert row.score_percent == round(100 * row.correct / row.asked) or row.learner == "Multi"
        assert len(row.started) == len("2026-11-23 12:00")
    by_name = {s.name: s for s in learners}
    assert len(by_name) == 15
    for summary in learners:
        mine = [r for r in rows if r.learner == summary.name]
        assert summary.quizzes == len(mine) == (1 if summary.name == "Multi" else 6)
        assert summary.answered == sum(r.answered for r in mine)
        assert summary.correct == sum(r.correct for r in mine)


def test_mastery_is_each_learners_own_topic_progress(school: Engine) -> None:
    with session_scope(school) as session:
        learners = class_results(session, NOW)
        checked = 0
        for summary in learners:
            own = {t.title: t.mastery for t in topic_progress(session, summary.learner_id, NOW)}
            assert set(summary.mastery) == set(own)
            for title, value in summary.mastery.items():
                assert value == pytest.approx(own[title]), (summary.name, title)
                checked += value > 0
    assert checked > 14  # most learners have met several topics


def test_item_analysis_matches_every_answer_decoded(school: Engine) -> None:
    raw = sqlite3.connect(_path(school))
    scores: dict[int, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    chosen: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    overall: dict[int, list[float]] = defaultdict(list)
    for question_id, learner_id, score, answer_text in raw.execute(
        "SELECT r.question_id, a.learner_id, r.score, r.answer FROM response r "
        "JOIN attempt a ON a.id = r.attempt_id"
    ):
        answer = json.loads(answer_text)
        scores[question_id][learner_id].append(score)
        overall[learner_id].append(score)
        for key in answer.get("options", []) or ([answer["option"]] if "option" in answer else []):
            chosen[question_id][str(key)] += 1
        if isinstance(answer.get("value"), bool):
            chosen[question_id]["true" if answer["value"] else "false"] += 1
    rank = {learner: sum(v) / len(v) for learner, v in overall.items()}
    with session_scope(school) as session:
        items = item_analysis(session)
    assert {i.question_id for i in items} == set(scores)
    multiple_seen = False
    for item in items:
        per_learner = scores[item.question_id]
        every = [s for values in per_learner.values() for s in values]
        assert item.responses == len(every)
        assert item.facility == pytest.approx(sum(every) / len(every))
        assert {k: n for k, _, _, n in item.options if n} == dict(chosen[item.question_id])
        multiple_seen |= item.qtype == "multiple_choice"
        ranked = sorted(per_learner, key=lambda learner: (rank[learner], learner))
        if len(ranked) < 4:
            assert item.discrimination is None
            continue
        size = max(1, round(len(ranked) * 0.27))

        def mean(group: list[int], per: dict[int, list[float]] = per_learner) -> float:
            values = [s for learner in group for s in per[learner]]
            return sum(values) / len(values)

        assert item.discrimination == pytest.approx(mean(ranked[-size:]) - mean(ranked[:size]))
    assert multiple_seen


def test_one_bank_only_and_the_whole_report_at_once(school: Engine) -> None:
    with session_scope(school) as session:
        report = class_report(session, NOW)
        bank_id = session.connection().exec_driver_sql("SELECT min(id) FROM bank").scalar()
        one_bank = item_analysis(session, bank_id=bank_id)
        separately = item_analysis(session)
        other = item_analysis(session, bank_id=(bank_id or 0) + 1000)
    assert [i.question_id for i in report.items] == [i.question_id for i in separately]
    assert [i.question_id for i in one_bank] == [i.question_id for i in separately]
    assert other == []
    assert len(report.learners) == 15 and len(report.attempts) == 85
    assert set(report.mastery) == set(report.learners[0].mastery)
