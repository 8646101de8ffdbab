"""Class results for teachers: every learner's quizzes and scores, and an item analysis of
every question (how easy it was, how well it separated stronger from weaker learners, and
how often each option was chosen), in the manner of Moodle's quiz statistics."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from civicquiz.core.progress import _moment, reader_for, topic_progress


@dataclass(frozen=True)
class AttemptRow:
    learner: str
    attempt_id: int
    title: str
    mode: str
    started: str
    finished: str
    asked: int
    answered: int
    correct: int
    score_percent: int
    pass_mark: int | None

    @property
    def passed(self) -> bool | None:
        return None if self.pass_mark is None else self.score_percent >= self.pass_mark


def attempt_rows(source: Any) -> list[AttemptRow]:
    """Every learner's quizzes, newest first, with their scores."""
    rows = reader_for(source).rows(
        "SELECT l.name, a.id, a.title, a.mode, a.started_at, a.finished_at, a.question_ids, e.pass_mark, "
        "(SELECT count(*) FROM response r WHERE r.attempt_id = a.id), "
        "(SELECT count(*) FROM response r WHERE r.attempt_id = a.id AND r.correct = true), "
        "(SELECT coalesce(sum(r.score), 0) FROM response r WHERE r.attempt_id = a.id) "
        "FROM attempt a JOIN learner l ON l.id = a.learner_id LEFT JOIN exam e ON e.id = a.exam_id "
        "ORDER BY a.started_at DESC, a.id DESC"
    )
    result = []
    for (
        name,
        attempt_id,
        title,
        mode,
        started,
        finished,
        ids,
        pass_mark,
        answered,
        correct,
        score,
    ) in rows:
        asked = len(ids if isinstance(ids, list) else json.loads(ids))
        result.append(
            AttemptRow(
                learner=name,
                attempt_id=attempt_id,
                title=title or mode,
                mode=mode,
                started=_moment(started).strftime("%Y-%m-%d %H:%M"),
                finished=_moment(finished).strftime("%Y-%m-%d %H:%M") if finished else "",
                asked=asked,
                answered=int(answered),
                correct=int(correct),
                score_percent=round(100 * float(score) / asked) if asked else 0,
                pass_mark=pass_mark,
            )
        )
    return result


@dataclass
class LearnerSummary:
    learner_id: int
    name: str
    quizzes: int
    answered: int
    correct: int
    mastery: dict[str, float] = field(default_factory=dict)  # topic title -> 0..1

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def class_results(source: Any) -> list[LearnerSummary]:
    """Each learner with their totals and their mastery of every topic."""
    reader = reader_for(source)
    learners = reader.rows(
        "SELECT l.id, l.name, "
        "(SELECT count(*) FROM attempt a WHERE a.learner_id = l.id), "
        "(SELECT count(*) FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.learner_id = l.id), "
        "(SELECT count(*) FROM response r JOIN attempt a ON a.id = r.attempt_id "
        " WHERE a.learner_id = l.id AND r.correct = true) "
        "FROM learner l ORDER BY l.name"
    )
    return [
        LearnerSummary(
            learner_id=learner_id,
            name=name,
            quizzes=int(quizzes),
            answered=int(answered),
            correct=int(correct),
            mastery={t.title: t.mastery for t in topic_progress(reader, learner_id)},
        )
        for learner_id, name, quizzes, answered, correct in learners
    ]


def class_mastery(summaries: list[LearnerSummary]) -> dict[str, float]:
    """The class's average mastery of each topic."""
    totals: dict[str, list[float]] = defaultdict(list)
    for summary in summaries:
        for topic, value in summary.mastery.items():
            totals[topic].append(value)
    return {topic: sum(values) / len(values) for topic, values in totals.items()}


@dataclass
class ItemStats:
    question_id: int
    key: str
    bank: str
    qtype: str
    stem: str
    responses: int
    facility: float  # mean score, 0..1: the share of the marks learners earned
    discrimination: (
        float | None
    )  # upper group's facility minus lower group's; None: too few learners
    options: list[tuple[str, str, bool, int]]  # key, text, correct, times chosen
    overruled: int = 0  # typed answers the learner declared right ("I was right")


def item_analysis(
    source: Any, bank_id: int | None = None, group_share: float = 0.27
) -> list[ItemStats]:
    """Statistics of every answered question. Learners are ranked by their overall
    accuracy; discrimination compares the top and bottom ``group_share`` of them (it needs
    at least four learners who answered the question)."""
    reader = reader_for(source)
    ranking = {
        learner_id: float(score or 0)
        for learner_id, score in reader.rows(
            "SELECT a.learner_id, avg(r.score) FROM response r JOIN attempt a ON a.id = r.attempt_id "
            "GROUP BY a.learner_id"
        )
    }
    where = "WHERE q.bank_id = :bank" if bank_id is not None else ""
    responses = reader.rows(
        "SELECT q.id, q.key, b.title, q.qtype, q.stem, a.learner_id, r.score, r.answer "
        "FROM response r JOIN attempt a ON a.id = r.attempt_id JOIN question q ON q.id = r.question_id "
        f"JOIN bank b ON b.id = q.bank_id {where} ORDER BY q.bank_id, q.position",
        **({"bank": bank_id} if bank_id is not None else {}),
    )
    by_question: dict[int, list[tuple[int, float, dict[str, Any]]]] = defaultdict(list)
    info: dict[int, tuple[str, str, str, str]] = {}
    for question_id, key, bank, qtype, stem, learner_id, score, answer in responses:
        info[question_id] = (key, bank, qtype, stem)
        by_question[question_id].append(
            (learner_id, float(score), answer if isinstance(answer, dict) else json.loads(answer))
        )
    options: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    if info:
        marks = ", ".join(f":q{i}" for i in range(len(info)))
        for question_id, key, text, correct in reader.rows(
            f"SELECT question_id, key, text, correct FROM question_option WHERE question_id IN ({marks}) "
            "ORDER BY question_id, position",
            **{f"q{i}": question_id for i, question_id in enumerate(info)},
        ):
            options[question_id].append((key, text, bool(correct)))
    result = []
    for question_id, answers in by_question.items():
        key, bank, qtype, stem = info[question_id]
        chosen: dict[str, int] = defaultdict(int)
        for _, _, answer in answers:
            for option_key in answer.get("options", []) or (
                [answer["option"]] if "option" in answer else []
            ):
                chosen[str(option_key)] += 1
            if "value" in answer and isinstance(answer["value"], bool):
                chosen["true" if answer["value"] else "false"] += 1
        per_learner: dict[int, list[float]] = defaultdict(list)
        for learner_id, score, _ in answers:
            per_learner[learner_id].append(score)
        ranked = sorted(per_learner, key=lambda learner: ranking.get(learner, 0.0))
        discrimination = None
        if len(ranked) >= 4:
            size = max(1, round(len(ranked) * group_share))
            lower, upper = ranked[:size], ranked[-size:]

            def mean(group: list[int], scores: dict[int, list[float]] = per_learner) -> float:
                values = [s for learner in group for s in scores[learner]]
                return sum(values) / len(values)

            discrimination = mean(upper) - mean(lower)
        result.append(
            ItemStats(
                question_id=question_id,
                key=key,
                bank=bank,
                qtype=qtype,
                stem=stem,
                responses=len(answers),
                facility=sum(score for _, score, _ in answers) / len(answers),
                discrimination=discrimination,
                options=[
                    (k, text, correct, chosen.get(k, 0))
                    for k, text, correct in options[question_id]
                ],
                overruled=sum(1 for _, _, answer in answers if answer.get("overruled")),
            )
        )
    return result


def attempts_csv(rows: list[AttemptRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "learner",
            "quiz",
            "mode",
            "started",
            "finished",
            "asked",
            "answered",
            "correct",
            "score_percent",
            "pass_mark",
            "passed",
        ]
    )
    for row in rows:
        passed = "" if row.passed is None else ("yes" if row.passed else "no")
        writer.writerow([row.learner, row.title, row.mode, row.started, row.finished, row.asked, row.answered,
                         row.correct, row.score_percent, "" if row.pass_mark is None else row.pass_mark, passed])  # fmt: skip
    return out.getvalue()


def items_csv(items: list[ItemStats]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "bank",
            "question",
            "type",
            "responses",
            "facility_percent",
            "discrimination",
            "options_chosen",
            "text",
            "overruled_by_learners",
        ]
    )
    for item in items:
        chosen = "; ".join(
            f"{text}{' (key)' if correct else ''}: {count}"
            for _, text, correct, count in item.options
        )
        discrimination = "" if item.discrimination is None else f"{item.discrimination:.2f}"
        writer.writerow([item.bank, item.key, item.qtype, item.responses, round(item.facility * 100), discrimination,
                         chosen, item.stem, item.overruled])  # fmt: skip
    return out.getvalue()
