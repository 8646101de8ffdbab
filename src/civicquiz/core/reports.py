"""Class results for teachers: every learner's quizzes and scores, and an item analysis of
every question (how easy it was, how well it separated stronger from weaker learners, and
how often each option was chosen), in the manner of Moodle's quiz statistics."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from civicquiz.core.progress import SessionReader, SqliteReader, _now, _stamp, reader_for
from civicquiz.core.scheduling import forgetting_curve

# The reports are computed by the database: counts, sums and the options chosen in every
# stored answer are aggregated in SQL, so Python sees one row per attempt, learner or
# question (or per learner and question), never one per answer. The SQL is the same on
# SQLite and PostgreSQL except for reading JSON and formatting dates, which differ by
# dialect (below). Booleans are tested as booleans (``CASE WHEN r.correct``), never
# compared with 1.


def _dialect(reader: Any) -> str:
    if isinstance(reader, SqliteReader):
        return "sqlite"
    if isinstance(reader, SessionReader):
        return str(reader.session.get_bind().dialect.name)
    return str(getattr(reader, "dialect", "sqlite"))


class _Json:
    """The dialect's way to read the JSON columns (stored as text on SQLite, ``json`` or
    ``jsonb`` on PostgreSQL)."""

    def __init__(self, dialect: str) -> None:
        self.sqlite = dialect == "sqlite"

    def array_length(self, column: str) -> str:
        return f"json_array_length({column})" if self.sqlite else f"json_array_length(CAST({column} AS json))"  # fmt: skip

    def number(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')" if self.sqlite else f"CAST(CAST({column} AS json) ->> '{key}' AS float)"  # fmt: skip

    def flag(self, column: str, key: str) -> str:
        """True where the JSON object in ``column`` has ``key`` set to true."""
        return f"json_extract({column}, '$.{key}') = 1" if self.sqlite else f"(CAST({column} AS json) ->> '{key}') = 'true'"  # fmt: skip

    def whole_days(self, since: str, now: str) -> str:
        """Whole days from the timestamp column ``since`` to the text timestamp ``now``."""
        return f"CAST(julianday({now}) - julianday({since}) AS INTEGER)" if self.sqlite else f"CAST(EXTRACT(DAY FROM (CAST({now} AS timestamp) - {since})) AS INTEGER)"  # fmt: skip

    def minute(self, column: str) -> str:
        """A timestamp as 'YYYY-MM-DD HH:MM' (UTC, as stored)."""
        return f"strftime('%Y-%m-%d %H:%M', {column})" if self.sqlite else f"to_char({column}, 'YYYY-MM-DD HH24:MI')"  # fmt: skip

    def answers(self, joins: str, where: str) -> str:
        """Each question's distinct stored answers (as text) and how often each was given:
        read along the (question, answer text) index, so the JSON of an answer given a
        thousand times is read once, not a thousand times."""
        return (
            "SELECT r.question_id AS question_id, CAST(r.answer AS TEXT) AS answer, count(*) AS n "
            f"FROM response r {joins} WHERE 1 = 1 {where} GROUP BY r.question_id, CAST(r.answer AS TEXT)"
        )

    def chosen(self, joins: str, where: str) -> str:
        """(option key, question id, times chosen) over the stored answers: the single
        option, every option of a multiple choice, and true/false; and, with the key NULL
        (no option has one), the typed answers the learner declared right ("I was right").
        One pass over the distinct answers serves both."""
        answers = self.answers(joins, where)
        overruled = (
            f"UNION ALL SELECT NULL, g.question_id, sum(g.n) FROM g "
            f"WHERE {self.flag('g.answer', 'overruled')} GROUP BY g.question_id"
        )
        if self.sqlite:
            return (
                f"WITH g AS ({answers}) "
                "SELECT CASE WHEN j.key = 'value' THEN j.type ELSE CAST(j.value AS TEXT) END, "
                "g.question_id, sum(g.n) FROM g JOIN json_tree(g.answer) j "
                "WHERE (j.path = '$' AND ((j.key = 'option' AND j.type != 'null') OR (j.key = 'value' AND j.type IN ('true', 'false')))) "
                f"OR (j.path = '$.options' AND j.type NOT IN ('array', 'object', 'null')) GROUP BY 1, 2 {overruled}"
            )
        answer = "CAST(g.answer AS json)"
        return (
            f"WITH g AS ({answers}) "
            f"SELECT {answer} ->> 'option', g.question_id, sum(g.n) FROM g "
            f"WHERE {answer} ->> 'option' IS NOT NULL GROUP BY 1, 2 "
            "UNION ALL SELECT j.value, g.question_id, sum(g.n) FROM g "
            f"CROSS JOIN LATERAL json_array_elements_text(CASE WHEN json_typeof({answer} -> 'options') = 'array' "
            f"THEN {answer} -> 'options' ELSE CAST('[]' AS json) END) AS j(value) WHERE j.value IS NOT NULL GROUP BY 1, 2 "
            f"UNION ALL SELECT {answer} ->> 'value', g.question_id, sum(g.n) FROM g "
            f"WHERE json_typeof({answer} -> 'value') = 'boolean' GROUP BY 1, 2 {overruled}"
        )


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
    learner_id: int = 0
    score: float = 0.0  # the sum of the marks

    @property
    def passed(self) -> bool | None:
        return None if self.pass_mark is None else self.score_percent >= self.pass_mark


_PER_ATTEMPT = (
    "SELECT attempt_id, count(*) AS answered, sum(CASE WHEN correct THEN 1 ELSE 0 END) AS correct, "
    "sum(score) AS score FROM response GROUP BY attempt_id"
)


def attempt_rows(source: Any) -> list[AttemptRow]:
    """Every learner's quizzes, newest first, with their scores."""
    reader = reader_for(source)
    sql = _Json(_dialect(reader))
    rows = reader.rows(
        f"SELECT l.name, a.id, a.title, a.mode, {sql.minute('a.started_at')}, {sql.minute('a.finished_at')}, "
        f"{sql.array_length('a.question_ids')}, e.pass_mark, s.answered, s.correct, s.score, a.learner_id "
        "FROM attempt a JOIN learner l ON l.id = a.learner_id LEFT JOIN exam e ON e.id = a.exam_id "
        f"LEFT JOIN ({_PER_ATTEMPT}) s ON s.attempt_id = a.id "
        "ORDER BY a.started_at DESC, a.id DESC"
    )
    return [
        AttemptRow(
            learner=name,
            attempt_id=attempt_id,
            title=title or mode,
            mode=mode,
            started=started,
            finished=finished or "",
            asked=int(asked or 0),
            answered=int(answered or 0),
            correct=int(correct or 0),
            score_percent=round(100 * float(score or 0) / asked) if asked else 0,
            pass_mark=pass_mark,
            learner_id=learner_id,
            score=float(score or 0),
        )
        for name, attempt_id, title, mode, started, finished, asked, pass_mark, answered, correct, score, learner_id in rows
    ]  # fmt: skip


def _learner_totals(attempts: list[AttemptRow]) -> dict[int, list[float]]:
    """learner id -> [quizzes, answered, correct, sum of marks]."""
    totals: dict[int, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])
    for row in attempts:
        total = totals[row.learner_id]
        total[0] += 1
        total[1] += row.answered
        total[2] += row.correct
        total[3] += row.score
    return totals


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


def class_results(
    source: Any, now: datetime | None = None, attempts: list[AttemptRow] | None = None
) -> list[LearnerSummary]:
    """Each learner with their totals and their mastery of every topic (as
    :func:`civicquiz.core.progress.topic_progress` computes it for one learner).
    ``attempts``: :func:`attempt_rows` when the caller has it already."""
    reader = reader_for(source)
    sql = _Json(_dialect(reader))
    now = now or _now()
    totals = _learner_totals(attempt_rows(reader) if attempts is None else attempts)
    learners = reader.rows("SELECT id, name FROM learner ORDER BY name")
    topics = reader.rows(
        "SELECT t.id, t.title, count(q.id) FROM topic t JOIN bank b ON b.id = t.bank_id "
        "JOIN question q ON q.topic_id = t.id WHERE b.enabled AND NOT q.retired "
        "GROUP BY t.id, t.title, b.title, t.position ORDER BY b.title, t.position"
    )
    # One row per review state that counts towards mastery (as for one learner: not due
    # for review, and the learner's last answer to it, the one reviewed at last_review,
    # was right): the database reads stability out of the stored card and counts the days
    # since the review; the forgetting curve (a power) is applied here, as not every
    # SQLite has pow().
    factor, decay = forgetting_curve()
    recalled: dict[tuple[int, int], float] = defaultdict(float)
    for learner_id, topic_id, stability, days in reader.rows(
        f"SELECT s.learner_id, q.topic_id, {sql.number('s.card', 'stability')}, "
        f"{sql.whole_days('s.last_review', ':now')} FROM review_state s "
        "JOIN question q ON q.id = s.question_id "
        "WHERE NOT q.retired AND q.topic_id IS NOT NULL AND s.last_review IS NOT NULL "
        "AND s.due > :now AND NOT EXISTS (SELECT 1 FROM response r JOIN attempt a ON a.id = r.attempt_id "
        # found by the time of the review (its index); the unary plus keeps SQLite from
        # reading every answer to the question through a question index instead
        "WHERE +r.question_id = s.question_id AND r.answered_at = s.last_review "
        "AND a.learner_id = s.learner_id AND NOT r.correct)",
        now=_stamp(now),
    ):
        if stability:
            recalled[learner_id, topic_id] += (1 + factor * max(0, days) / stability) ** decay
    return [
        LearnerSummary(
            learner_id=learner_id,
            name=name,
            quizzes=int(totals[learner_id][0]) if learner_id in totals else 0,
            answered=int(totals[learner_id][1]) if learner_id in totals else 0,
            correct=int(totals[learner_id][2]) if learner_id in totals else 0,
            mastery={
                title: min(1.0, recalled.get((learner_id, topic_id), 0.0) / total)
                for topic_id, title, total in topics
            },
        )
        for learner_id, name in learners
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
    source: Any,
    bank_id: int | None = None,
    group_share: float = 0.27,
    attempts: list[AttemptRow] | None = None,
) -> list[ItemStats]:
    """Statistics of every answered question. Learners are ranked by their overall
    accuracy (ties by id); discrimination compares the top and bottom ``group_share`` of
    them (it needs at least four learners who answered the question)."""
    reader = reader_for(source)
    sql = _Json(_dialect(reader))
    params: dict[str, Any] = {"bank": bank_id} if bank_id is not None else {}
    only_bank = "AND q.bank_id = :bank" if bank_id is not None else ""
    to_question = "JOIN question q ON q.id = r.question_id" if bank_id is not None else ""
    ranking = {
        learner_id: total[3] / total[1]
        for learner_id, total in _learner_totals(
            attempt_rows(reader) if attempts is None else attempts
        ).items()
        if total[1]
    }
    # Per learner and question: the sum and number of their scores (read attempt by
    # attempt, along the (attempt, question) index).
    per_learner: dict[int, list[tuple[float, int, float, int]]] = defaultdict(list)
    for learner_id, question_id, total, count in reader.rows(
        "SELECT a.learner_id, r.question_id, sum(r.score), count(*) FROM attempt a "
        f"JOIN response r ON r.attempt_id = a.id {to_question} WHERE 1 = 1 {only_bank} "
        "GROUP BY a.learner_id, r.question_id",
        **params,
    ):
        per_learner[question_id].append(
            (ranking.get(learner_id, 0.0), learner_id, float(total), int(count))
        )
    questions = reader.rows(
        "SELECT q.id, q.key, b.title, q.qtype, q.stem FROM question q JOIN bank b ON b.id = q.bank_id "
        f"WHERE q.id IN (SELECT r.question_id FROM response r) {only_bank} "
        "ORDER BY q.bank_id, q.position, q.id",
        **params,
    )
    chosen: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    overruled: dict[int, int] = {}  # typed answers the learner declared right ("I was right")
    for key, question_id, times in reader.rows(sql.chosen(to_question, only_bank), **params):
        if key is None:
            overruled[question_id] = int(times)
        else:
            chosen[question_id][str(key)] += int(times)
    options: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    for question_id, key, text, correct in reader.rows(
        "SELECT o.question_id, o.key, o.text, o.correct FROM question_option o "
        "WHERE o.question_id IN (SELECT DISTINCT r.question_id FROM response r "
        f"{to_question} WHERE 1 = 1 {only_bank}) ORDER BY o.question_id, o.position",
        **params,
    ):
        options[question_id].append((key, text, bool(correct)))
    result = []
    for question_id, key, bank, qtype, stem in questions:
        ranked = sorted(per_learner[question_id])

        def mean(group: list[tuple[float, int, float, int]]) -> float:
            return sum(g[2] for g in group) / sum(g[3] for g in group)

        discrimination = None
        if len(ranked) >= 4:
            size = max(1, round(len(ranked) * group_share))
            discrimination = mean(ranked[-size:]) - mean(ranked[:size])
        counts = chosen.get(question_id, {})
        result.append(
            ItemStats(
                question_id=question_id,
                key=key,
                bank=bank,
                qtype=qtype,
                stem=stem,
                responses=sum(g[3] for g in ranked),
                facility=mean(ranked),
                discrimination=discrimination,
                options=[
                    (k, text, correct, counts.get(k, 0))
                    for k, text, correct in options[question_id]
                ],
                overruled=overruled.get(question_id, 0),
            )
        )
    return result


@dataclass
class ClassReport:
    learners: list[LearnerSummary]
    attempts: list[AttemptRow]
    items: list[ItemStats]

    @property
    def mastery(self) -> dict[str, float]:
        return class_mastery(self.learners)


def class_report(source: Any, now: datetime | None = None) -> ClassReport:
    """Everything the class results show, reading each table once."""
    reader = reader_for(source)
    attempts = attempt_rows(reader)
    return ClassReport(
        learners=class_results(reader, now, attempts),
        attempts=attempts,
        items=item_analysis(reader, attempts=attempts),
    )


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
