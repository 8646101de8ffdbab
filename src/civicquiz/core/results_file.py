"""Results files: how a seat without a server hands its results in.

:func:`export_results` writes one JSON file with the learners, quizzes and answers of a
database, each with its stable id, the computer it was given on, and questions named by
bank and question key (row numbers differ between databases). :func:`merge_results` adds
such files to another database in one transaction: learners are matched by id, then by
name; quizzes and answers by id, so a file merged twice adds nothing the second time.
What cannot be added (a question this database does not have) is counted and named.
The merged answers feed each learner's review schedule (FSRS) as if they had been given
here, in the order they were given.

:func:`attempt_summaries` is the plain list of quiz attempts that
``civicquiz results --format json`` prints.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from civicquiz.core import scheduling
from civicquiz.core.models import (
    Attempt,
    Bank,
    Learner,
    Question,
    Response,
    ReviewState,
    new_uid,
)

FORMAT = "civicquiz-results"
VERSION = 1


class ResultsFileError(ValueError):
    """A results file cannot be read or merged; the message names the file and problem."""


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def _question_keys(session: Session) -> dict[int, tuple[str, str]]:
    """question id -> (bank key, question key)."""
    rows = session.exec(
        select(Question.id, Bank.key, Question.key).join(Bank, col(Bank.id) == Question.bank_id)
    )
    return {int(qid): (bank, key) for qid, bank, key in rows if qid is not None}


def _ensure_uid(session: Session, row: Any) -> str:
    if not row.uid:
        row.uid = new_uid()
        session.add(row)
    return str(row.uid)


def export_results(session: Session, path: Path, computer_id: str) -> dict[str, int]:
    """Write every learner, quiz and answer of this database to ``path``; returns counts."""
    keys = _question_keys(session)
    learners = list(session.exec(select(Learner).order_by(col(Learner.id))))
    learner_uid = {lr.id: _ensure_uid(session, lr) for lr in learners}
    attempts = list(session.exec(select(Attempt).order_by(col(Attempt.id))))
    attempt_uid = {a.id: _ensure_uid(session, a) for a in attempts}
    responses = list(session.exec(select(Response).order_by(col(Response.id))))
    for response in responses:
        _ensure_uid(session, response)
    session.flush()
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "computer_id": computer_id,
        "exported_at": datetime.now(UTC).isoformat(),
        "learners": [
            {"uid": learner_uid[lr.id], "name": lr.name, "created_at": _iso(lr.created_at)}
            for lr in learners
        ],
        "attempts": [
            {
                "uid": attempt_uid[a.id],
                "learner": learner_uid[a.learner_id],
                "computer_id": a.computer_id or computer_id,
                "mode": a.mode,
                "title": a.title,
                "started_at": _iso(a.started_at),
                "finished_at": _iso(a.finished_at),
                "time_limit_s": a.time_limit_s,
                "seed": a.seed,
                "questions": [list(keys[q]) for q in a.question_ids if q in keys],
            }
            for a in attempts
        ],
        "answers": [
            {
                "uid": r.uid,
                "attempt": attempt_uid[r.attempt_id],
                "computer_id": r.computer_id or computer_id,
                "bank": keys[r.question_id][0],
                "question": keys[r.question_id][1],
                "position": r.position,
                "answer": r.answer,
                "correct": r.correct,
                "score": r.score,
                "answered_at": _iso(r.answered_at),
                "elapsed_ms": r.elapsed_ms,
            }
            for r in responses
            if r.question_id in keys
        ],
    }
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)  # never a half-written results file
    return {
        "learners": len(document["learners"]),
        "attempts": len(document["attempts"]),
        "answers": len(document["answers"]),
    }


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    already: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    left_out: list[str] = field(default_factory=list)  # what could not be added, and why

    def line(self) -> str:
        def part(counts: dict[str, int]) -> str:
            return ", ".join(f"{counts[k]} {k}" for k in ("learners", "quizzes", "answers"))

        text = f"added {part(self.added)}; already there {part(self.already)}"
        if self.left_out:
            text += f"; left out {len(self.left_out)}"
        return text


def read_results_file(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResultsFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ResultsFileError(f"{path}: not a text file") from exc
    except json.JSONDecodeError as exc:
        raise ResultsFileError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ResultsFileError(f"{path}: not a CivicQuiz results file")
    if document.get("version") != VERSION:
        raise ResultsFileError(
            f"{path}: results file version {document.get('version')!r}; this CivicQuiz reads "
            f"version {VERSION}"
        )
    for part in ("learners", "attempts", "answers"):
        if not isinstance(document.get(part), list):
            raise ResultsFileError(f"{path}: the {part!r} list is missing")
    return document


def _when(value: Any, path: Path, what: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ResultsFileError(f"{path}: {what} has a bad time {value!r}") from exc


def merge_results(session: Session, path: Path, report: MergeReport | None = None) -> MergeReport:
    """Add the learners, quizzes and answers of the results file ``path`` that this database
    does not hold yet. The caller commits (one transaction for all files)."""
    report = report or MergeReport()
    document = read_results_file(path)
    questions = {keys: qid for qid, keys in _question_keys(session).items()}
    learner_ids: dict[str, int] = {}
    try:
        for item in document["learners"]:
            uid, name = str(item["uid"]), str(item["name"])
            found = session.exec(select(Learner).where(Learner.uid == uid)).first()
            if found is None:
                found = session.exec(select(Learner).where(Learner.name == name)).first()
                if found is None:
                    found = Learner(
                        uid=uid,
                        name=name,
                        created_at=_when(item.get("created_at"), path, f"learner {name}"),
                    )
                    session.add(found)
                    session.flush()
                    report.added["learners"] += 1
                else:
                    report.already["learners"] += 1
            else:
                report.already["learners"] += 1
            learner_ids[uid] = found.id or 0
        attempt_ids: dict[str, int] = {}
        attempt_questions: dict[str, set[int]] = {}
        learner_of_attempt: dict[str, int] = {}
        merged: list[tuple[int, Response]] = []
        for item in document["attempts"]:
            uid = str(item["uid"])
            found_attempt = session.exec(select(Attempt).where(Attempt.uid == uid)).first()
            ids = [questions.get((bank, key)) for bank, key in item["questions"]]
            known = [q for q in ids if q is not None]
            if found_attempt is None:
                if str(item["learner"]) not in learner_ids:
                    raise ResultsFileError(f"{path}: quiz {uid} names an unknown learner")
                found_attempt = Attempt(
                    uid=uid,
                    learner_id=learner_ids[str(item["learner"])],
                    computer_id=item.get("computer_id"),
                    mode=str(item.get("mode", "practice")),
                    title=str(item.get("title", "")),
                    started_at=_when(item["started_at"], path, f"quiz {uid}"),
                    finished_at=(
                        _when(item["finished_at"], path, f"quiz {uid}")
                        if item.get("finished_at")
                        else None
                    ),
                    time_limit_s=item.get("time_limit_s"),
                    seed=int(item.get("seed", 0)),
                    question_ids=known,
                )
                session.add(found_attempt)
                session.flush()
                report.added["quizzes"] += 1
                if len(known) < len(ids):
                    report.left_out.append(
                        f"{path}: quiz {uid}: {len(ids) - len(known)} questions this database "
                        "does not have"
                    )
            else:
                report.already["quizzes"] += 1
            attempt_ids[uid] = found_attempt.id or 0
            learner_of_attempt[uid] = found_attempt.learner_id
            attempt_questions[uid] = set(found_attempt.question_ids)
        for item in document["answers"]:
            uid = str(item["uid"])
            if session.exec(select(Response.id).where(Response.uid == uid)).first() is not None:
                report.already["answers"] += 1
                continue
            attempt_uid = str(item["attempt"])
            question_id = questions.get((str(item["bank"]), str(item["question"])))
            if attempt_uid not in attempt_ids:
                raise ResultsFileError(f"{path}: answer {uid} names an unknown quiz")
            if question_id is None or question_id not in attempt_questions[attempt_uid]:
                report.left_out.append(
                    f"{path}: answer {uid}: question {item['bank']}/{item['question']} is not "
                    "in this database"
                )
                continue
            clash = session.exec(
                select(Response.id).where(
                    Response.attempt_id == attempt_ids[attempt_uid],
                    Response.question_id == question_id,
                )
            ).first()
            if clash is not None:
                report.left_out.append(
                    f"{path}: answer {uid}: that question of that quiz was already answered "
                    "(the first answer counts)"
                )
                continue
            added = Response(
                uid=uid,
                computer_id=item.get("computer_id"),
                attempt_id=attempt_ids[attempt_uid],
                question_id=question_id,
                position=int(item.get("position", 0)),
                answer=dict(item.get("answer") or {}),
                correct=bool(item.get("correct")),
                score=float(item.get("score", 0.0)),
                answered_at=_when(item["answered_at"], path, f"answer {uid}"),
                elapsed_ms=int(item.get("elapsed_ms", 0)),
            )
            session.add(added)
            merged.append((learner_of_attempt[attempt_uid], added))
            report.added["answers"] += 1
        session.flush()
        schedule_merged_answers(session, merged)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ResultsFileError):
            raise
        raise ResultsFileError(f"{path}: an entry is incomplete or malformed ({exc!r})") from exc
    return report


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _rating(response: Response) -> int:
    """The FSRS rating the answer earned when it was given: an answer the learner later
    overruled was marked wrong then (the schedule is left as the marking set it)."""
    right = response.correct and not response.answer.get("overruled")
    return scheduling.rating_for(right, response.elapsed_ms)


def schedule_merged_answers(session: Session, merged: list[tuple[int, Response]]) -> None:
    """Update the review state of each (learner, question) that merged answers touch, as
    if the answers had been given here: in the order given. When every merged answer is
    newer than the last review held here, they are applied on top of it; when one is
    older, that question's schedule is worked out again from all the learner's answers
    to it, oldest first. Answers merged before are never in ``merged``, so merging a file
    again changes nothing. (Whether the learner ticked "I was sure" is not kept with an
    answer, so a merged answer counts as not ticked.)"""
    pairs: dict[tuple[int, int], list[Response]] = defaultdict(list)
    for learner_id, response in merged:
        pairs[(learner_id, response.question_id)].append(response)
    for (learner_id, question_id), new in pairs.items():
        new.sort(key=lambda r: _aware(r.answered_at))
        state = session.exec(
            select(ReviewState).where(
                ReviewState.learner_id == learner_id, ReviewState.question_id == question_id
            )
        ).first()
        if state is None:
            state = ReviewState(learner_id=learner_id, question_id=question_id)
        elif state.last_review is None or _aware(new[0].answered_at) < _aware(state.last_review):
            new = list(
                session.exec(
                    select(Response)
                    .join(Attempt, col(Attempt.id) == Response.attempt_id)
                    .where(Attempt.learner_id == learner_id, Response.question_id == question_id)
                    .order_by(col(Response.answered_at), col(Response.id))
                )
            )
            state.card, state.reps, state.lapses = {}, 0, 0
        for response in new:
            when = _aware(response.answered_at)
            rating = _rating(response)
            state.card = scheduling.review(state.card or None, rating, when)
            state.due = datetime.fromisoformat(state.card["due"])
            state.reps += 1
            state.lapses += 0 if response.correct and not response.answer.get("overruled") else 1
            state.last_review = when
        session.add(state)
    session.flush()


def attempt_summaries(session: Session) -> list[dict[str, Any]]:
    """Every quiz attempt: learner, computer, bank, mode, started, finished, asked,
    answered, correct (the JSON of ``civicquiz results --format json``)."""
    keys = _question_keys(session)
    names = {lr.id: lr.name for lr in session.exec(select(Learner))}
    answered: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for attempt_id, right in session.exec(select(Response.attempt_id, Response.correct)):
        answered[attempt_id][0] += 1
        answered[attempt_id][1] += 1 if right else 0
    result = []
    for attempt in session.exec(
        select(Attempt).order_by(col(Attempt.started_at).desc(), col(Attempt.id).desc())
    ):
        banks = sorted({keys[q][0] for q in attempt.question_ids if q in keys})
        count, correct = answered.get(attempt.id or 0, [0, 0])
        result.append(
            {
                "id": attempt.uid,
                "learner": names.get(attempt.learner_id, ""),
                "computer": attempt.computer_id,
                "bank": ",".join(banks),
                "mode": attempt.mode,
                "title": attempt.title,
                "started": _iso(attempt.started_at),
                "finished": _iso(attempt.finished_at),
                "asked": len(attempt.question_ids),
                "answered": count,
                "correct": correct,
            }
        )
    return result
