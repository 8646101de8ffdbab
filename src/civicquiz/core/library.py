"""Storing banks in the database.

Loading is idempotent and keyed by each question's stable id: a bank loaded again updates
changed questions in place, adds new ones and retires those that disappeared, so every
learner's responses and review state stay attached. The whole load is one transaction.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, delete, func, insert
from sqlmodel import Session, col, select

from civicquiz.core import bank as domain
from civicquiz.core.models import (
    Bank,
    Question,
    QuestionOption,
    Response,
    ReviewState,
    Topic,
    utcnow,
)

Progress = Callable[[int, int], None]
KeyMaker = Callable[[domain.Question, set[str]], str]  # an id from a question's text


@dataclass
class LoadSummary:
    bank_key: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    skipped: list[str] = field(default_factory=list)
    renamed_from: str | None = None  # the key asked for was taken: stored under bank_key
    replaced: bool = False  # an existing bank was explicitly replaced

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def load_bank(
    session: Session,
    bank: domain.Bank,
    *,
    origin: str = "imported",
    source_file: str = "",
    progress: Progress | None = None,
) -> LoadSummary:
    """Insert or update ``bank`` in the session's transaction (the caller commits)."""
    summary = LoadSummary(bank.key)
    digests = [q.content_hash() for q in bank.questions]
    row = session.exec(select(Bank).where(Bank.key == bank.key)).first()
    now = utcnow()
    if row is None:
        row = Bank(key=bank.key, title=bank.title, imported_at=now)
    row.title = bank.title
    row.description = bank.description
    row.language = bank.language
    row.origin = origin
    row.source_file = source_file
    row.content_hash = bank.content_hash(digests)
    row.updated_at = now
    session.add(row)
    session.flush()
    assert row.id is not None
    bank_id = row.id

    topics = {t.key: t for t in session.exec(select(Topic).where(Topic.bank_id == bank_id))}
    for position, topic in enumerate(bank.topics):
        topic_row = topics.get(topic.key) or Topic(
            bank_id=bank_id, key=topic.key, title=topic.title
        )
        topic_row.title = topic.title
        topic_row.position = position
        topic_row.intro = topic.intro
        topic_row.lesson = [
            {
                "text": p.text,
                "citation": domain.Citation.to_dict(p.citation) if p.citation else None,
            }
            for p in topic.paragraphs
        ]
        session.add(topic_row)
        topics[topic.key] = topic_row
    session.flush()
    for question in bank.questions:  # topics named only by questions (teachers' banks)
        if question.topic and question.topic not in topics:
            topic_row = Topic(
                bank_id=bank_id, key=question.topic, title=question.topic, position=len(topics)
            )
            session.add(topic_row)
            topics[question.topic] = topic_row
    session.flush()

    existing = {q.key: q for q in session.exec(select(Question).where(Question.bank_id == bank_id))}
    total = len(bank.questions)
    rewritten: list[tuple[Question, domain.Question]] = []
    fresh: list[tuple[int, domain.Question]] = []  # position in the bank, question
    for position, question in enumerate(bank.questions):
        digest = digests[position]
        owner = topics.get(question.topic) if question.topic else None
        topic_id = owner.id if owner else None
        stored = existing.pop(question.key, None)
        if stored is None:
            # New questions go in as plain rows below: building an ORM object (with its
            # validation) for each of thousands of rows costs seconds.
            fresh.append((position, question))
            summary.added += 1
        elif stored.content_hash == digest and not stored.retired:
            if stored.position != position or stored.topic_id != topic_id:
                stored.position = position
                stored.topic_id = topic_id
                session.add(stored)
            summary.unchanged += 1
        else:
            for name, value in _question_fields(question, topic_id, digest, position).items():
                setattr(stored, name, value)
            session.add(stored)
            rewritten.append((stored, question))
            summary.updated += 1
        if progress and (position % 500 == 0 or position == total - 1):
            progress(position + 1, total)
    session.flush()
    with_ids: list[tuple[int, domain.Question]] = [
        (row.id, q) for row, q in rewritten if row.id is not None
    ]
    changed_ids = [question_id for question_id, _ in with_ids]
    for start in range(0, len(changed_ids), 500):
        chunk = changed_ids[start : start + 500]
        session.execute(delete(QuestionOption).where(col(QuestionOption.question_id).in_(chunk)))
    if fresh:
        # Plain rows in batches, then one query for the new ids (RETURNING with a
        # guaranteed order would send the rows one at a time).
        _insert_rows(
            session,
            Question.__table__,  # type: ignore[attr-defined]
            _QUESTION_COLUMNS,
            (_question_row(bank_id, q, topics, digests, position) for position, q in fresh),
        )
        ids = dict(
            session.execute(
                select(col(Question.key), col(Question.id)).where(Question.bank_id == bank_id)
            ).all()
        )
        with_ids += [(ids[q.key], q) for _, q in fresh]
    _insert_rows(
        session,
        QuestionOption.__table__,  # type: ignore[attr-defined]
        ("question_id", "position", "key", "text", "correct", "match", "weight", "feedback"),
        (
            (question_id, index, o.key, o.text, o.correct, o.match, o.weight, o.feedback)
            for question_id, question in with_ids
            for index, o in enumerate(question.options)
        ),
    )
    for gone in existing.values():
        if not gone.retired:
            gone.retired = True
            session.add(gone)
            summary.retired += 1
    session.flush()
    return summary


BATCH = 5_000  # rows a statement: enough to amortise it, few enough to keep memory flat

_QUESTION_COLUMNS = ("bank_id", "key", "topic_id", "qtype", "difficulty", "stem", "stem_format",
                     "explanation", "numeric", "sources", "tags", "content_hash", "position",
                     "retired")  # fmt: skip


def _question_fields(
    question: domain.Question, topic_id: int | None, digest: str, position: int
) -> dict[str, Any]:
    return {
        "topic_id": topic_id,
        "qtype": question.qtype,
        "difficulty": question.difficulty,
        "stem": question.stem,
        "stem_format": question.stem_format,
        "explanation": question.explanation,
        "numeric": [
            {"value": n.value, "tolerance": n.tolerance, "weight": n.weight}
            for n in question.numeric
        ],
        "sources": [domain.Citation.to_dict(c) for c in question.sources],
        "tags": list(question.tags),
        "content_hash": digest,
        "position": position,
        "retired": False,
    }


def _question_row(
    bank_id: int,
    question: domain.Question,
    topics: dict[str, Topic],
    digests: list[str],
    position: int,
) -> tuple[Any, ...]:
    owner = topics.get(question.topic) if question.topic else None
    return (
        bank_id, question.key, owner.id if owner else None, question.qtype,
        question.difficulty, question.stem, question.stem_format, question.explanation,
        [{"value": n.value, "tolerance": n.tolerance, "weight": n.weight} for n in question.numeric],
        [domain.Citation.to_dict(c) for c in question.sources], list(question.tags),
        digests[position], position, False,
    )  # fmt: skip


def _insert_rows(
    session: Session, table: Any, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]
) -> int:
    """Insert ``rows`` (tuples of values for ``columns``) in batches, within the session's
    transaction. On SQLite the rows go straight to the driver's ``executemany`` (JSON
    encoded here), skipping SQLAlchemy's per-row parameter handling, which costs more
    than the writing itself; elsewhere through a Core insert."""
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    encoded = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, JSON)]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    written = 0
    batch: list[Any] = []
    for row in rows:
        if not sqlite:
            batch.append(dict(zip(columns, row, strict=True)))
        elif encoded:
            values = list(row)
            for i in encoded:
                values[i] = _json_text(values[i])
            batch.append(tuple(values))
        else:
            batch.append(row)
        if len(batch) >= BATCH:
            written += _flush(connection, sqlite, sql, table, batch)
    return written + _flush(connection, sqlite, sql, table, batch)


def _flush(connection: Any, sqlite: bool, sql: str, table: Any, batch: list[Any]) -> int:
    count = len(batch)
    if batch:
        if sqlite:
            connection.exec_driver_sql(sql, batch)
        else:
            connection.execute(insert(table), batch)
        batch.clear()
    return count


def _json_text(value: Any) -> str:
    if not value and isinstance(value, list):
        return "[]"
    return json.dumps(value, ensure_ascii=False)


class BankKeyError(ValueError):
    """An import cannot go under the bank id asked for; the message is for the user."""


def free_bank_key(session: Session, key: str) -> str:
    """``key`` when no bank has it, else the first of ``key-2``, ``key-3``… that is free."""
    taken = set(
        session.exec(
            select(Bank.key).where(col(Bank.key).like(f"{key}%"))  # one query, not one per try
        ).all()
    )
    if key not in taken:
        return key
    number = 2
    while f"{key}-{number}" in taken:
        number += 1
    return f"{key}-{number}"


def import_bank(
    session: Session,
    bank: domain.Bank,
    *,
    replace: bool = False,
    source_file: str = "",
    progress: Progress | None = None,
) -> LoadSummary:
    """Store an imported ``bank``. A bank id already in use is never silently taken over:
    without ``replace`` the bank goes in under a new id (``summary.renamed_from`` says so);
    with it, or when the same file is imported again, the existing bank is updated in place (``summary.retired`` counts the questions
    that leave it; their answers are kept). The built-in bank is never replaced."""
    row = session.exec(select(Bank).where(Bank.key == bank.key)).first()
    if row is not None and replace and row.origin == "builtin":
        raise BankKeyError(
            f"{bank.key!r} is the built-in bank and cannot be replaced by an import; "
            "import without --replace (it gets a new id) or choose one with --bank-id."
        )
    # Importing the same file again updates the bank it made: that is no collision.
    same_source = (
        row is not None and row.origin != "builtin" and bool(source_file)
        and row.source_file == source_file
    )  # fmt: skip
    replace = replace or same_source
    renamed_from = None
    if row is not None and not replace:
        renamed_from = bank.key
        bank = dataclasses.replace(bank, key=free_bank_key(session, bank.key))
    summary = load_bank(
        session, bank, origin="imported", source_file=source_file, progress=progress
    )
    summary.renamed_from = renamed_from
    summary.replaced = row is not None and replace
    return summary


def bank_counts(session: Session) -> list[tuple[Bank, int]]:
    """Every bank with its number of live (not retired) questions."""
    counts = dict(
        session.exec(
            select(Question.bank_id, func.count())
            .where(col(Question.retired).is_(False))
            .group_by(col(Question.bank_id))
        ).all()
    )
    banks = session.exec(select(Bank).order_by(Bank.title)).all()
    return [(b, int(counts.get(b.id or -1, 0))) for b in banks]


def ensure_builtin_bank(
    session: Session, bank: domain.Bank, progress: Progress | None = None
) -> LoadSummary | None:
    """Load the built-in bank when it is missing or has changed; None when up to date."""
    row = session.exec(select(Bank).where(Bank.key == bank.key)).first()
    if row is not None and row.content_hash == bank.content_hash():
        return None
    return load_bank(session, bank, origin="builtin", progress=progress)


def bank_from_db(session: Session, key: str) -> domain.Bank:
    """A stored bank as plain objects (live questions only), for export."""
    row = session.exec(select(Bank).where(Bank.key == key)).first()
    if row is None or row.id is None:
        raise LookupError(f"there is no bank with the id {key!r}")
    topics = session.exec(
        select(Topic).where(Topic.bank_id == row.id).order_by(col(Topic.position))
    ).all()
    topic_keys = {t.id: t.key for t in topics}
    questions = session.exec(
        select(Question)
        .where(Question.bank_id == row.id, col(Question.retired).is_(False))
        .order_by(col(Question.position))
    ).all()
    ids = [q.id for q in questions]
    options: dict[int, list[QuestionOption]] = {}
    for option in session.exec(
        select(QuestionOption)
        .where(col(QuestionOption.question_id).in_(ids))
        .order_by(col(QuestionOption.question_id), col(QuestionOption.position))
    ):
        options.setdefault(option.question_id, []).append(option)

    return domain.Bank(
        key=row.key,
        title=row.title,
        description=row.description,
        language=row.language,
        topics=[
            domain.Topic(
                t.key,
                t.title,
                t.intro,
                [
                    domain.LessonParagraph(
                        p["text"],
                        domain.Citation.from_dict(p["citation"]) if p.get("citation") else None,
                    )
                    for p in t.lesson
                ],
            )
            for t in topics
        ],
        questions=[
            domain.Question(
                key=q.key,
                qtype=q.qtype,
                stem=q.stem,
                topic=topic_keys.get(q.topic_id) if q.topic_id else None,
                difficulty=q.difficulty,
                options=[
                    domain.Option(o.key, o.text, o.correct, o.match, o.weight, o.feedback)
                    for o in options.get(q.id or 0, [])
                ],
                numeric=[
                    domain.NumericAnswer(n["value"], n.get("tolerance", 0.0), n.get("weight", 1.0))
                    for n in q.numeric
                ],
                explanation=q.explanation,
                sources=[domain.Citation.from_dict(s) for s in q.sources],
                tags=list(q.tags),
                stem_format=q.stem_format,
            )
            for q in questions
        ],
    )


def set_bank_enabled(session: Session, bank_id: int, enabled: bool) -> None:
    """Enabled banks are the ones learners practise; a disabled bank keeps its history."""
    row = session.get(Bank, bank_id)
    if row is not None:
        row.enabled = enabled
        session.add(row)
        session.flush()  # the caller commits (one unit of work)


def delete_bank(session: Session, bank_id: int) -> None:
    """Delete an imported bank with its questions and the answers given to them. The
    built-in bank cannot be deleted (disable it instead)."""
    row = session.get(Bank, bank_id)
    if row is None:
        return
    if row.origin == "builtin":
        raise ValueError("The built-in bank cannot be deleted; disable it instead.")
    question_ids = select(Question.id).where(Question.bank_id == bank_id)
    session.execute(delete(Response).where(col(Response.question_id).in_(question_ids)))
    session.execute(delete(ReviewState).where(col(ReviewState.question_id).in_(question_ids)))
    session.delete(row)
    session.flush()  # the caller commits (one unit of work)


@dataclass
class StreamSummary:
    """What :func:`stream_bank` stored, and the questions it passed over (file line, why)."""

    load: LoadSummary
    skipped: list[tuple[int, str]] = field(default_factory=list)


def _in(count: int) -> str:
    return ", ".join("?" * count)


def stream_bank(
    session: Session,
    bank: domain.Bank,
    questions: Iterable[domain.Question],
    stable_key: KeyMaker,
    *,
    keep_keys: bool = False,
    origin: str = "imported",
    source_file: str = "",
) -> StreamSummary:
    """Store a NEW bank (no bank has ``bank.key``) whose questions arrive one at a time,
    in the session's transaction (the caller commits, or rolls back when the reader found
    a problem): nothing but one batch of questions is held in memory, whatever the file's
    size. Questions go in as plain rows in batches of :data:`BATCH` with ids given here, so
    their options need no look-up. Repeats of a question (same content) are skipped with
    the line of the first, found through a temporary table rather than a set in memory.
    Ids follow :func:`civicquiz.formats.base.finish_import`: ``keep_keys`` keeps the file's
    (ours); otherwise a title is the id when no other question has it, else an id from the
    question's type and text (``stable_key``, the readers' rule). SQLite only (the caller reads the file whole elsewhere)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        raise NotImplementedError("streamed imports are written to SQLite only")
    now = utcnow()
    row = Bank(key=bank.key, title=bank.title, imported_at=now, updated_at=now,
               description=bank.description, language=bank.language, origin=origin,
               source_file=source_file)  # fmt: skip
    session.add(row)
    session.flush()
    assert row.id is not None
    bank_id = row.id
    run = connection.exec_driver_sql
    for table, columns in (("stream_seen", "hash TEXT PRIMARY KEY, line INTEGER NOT NULL"),
                           ("stream_titles", "key TEXT PRIMARY KEY, n INTEGER NOT NULL")):  # fmt: skip
        run(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}) WITHOUT ROWID")
        run(f"DELETE FROM {table}")
    next_id = int(run("SELECT COALESCE(MAX(id), 0) FROM question").scalar_one()) + 1
    topics: dict[str, int] = {}
    summary = StreamSummary(LoadSummary(bank.key))
    position = 0
    question_sql = (
        f"INSERT INTO question (id, {', '.join(_QUESTION_COLUMNS)}) "
        f"VALUES ({_in(len(_QUESTION_COLUMNS) + 1)})"
    )
    option_sql = (
        "INSERT INTO question_option (question_id, position, key, text, correct, match, "
        "weight, feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def write(batch: list[domain.Question]) -> None:
        nonlocal next_id, position
        digests = [q.content_hash() for q in batch]
        unique = tuple(set(digests))
        query = f"SELECT hash, line FROM stream_seen WHERE hash IN ({_in(len(unique))})"
        known: dict[str, int] = dict(run(query, unique).all())
        kept: list[tuple[domain.Question, str]] = []
        for question, digest in zip(batch, digests, strict=True):
            line = question.line or 1
            if digest in known:
                summary.skipped.append((line, f"the same question as on line {known[digest]}"))
                continue
            known[digest] = line
            kept.append((question, digest))
        if kept:
            seen = [(d, q.line or 1) for q, d in kept]
            run("INSERT INTO stream_seen (hash, line) VALUES (?, ?)", seen)
        _stream_keys(run, bank_id, [q for q, _ in kept], keep_keys, stable_key)
        question_rows, option_rows = [], []
        for question, digest in kept:
            topic_id = None
            if question.topic:
                topic_id = topics.get(question.topic)
                if topic_id is None:
                    topic = Topic(bank_id=bank_id, key=question.topic, title=question.topic,
                                  position=len(topics))  # fmt: skip
                    session.add(topic)
                    session.flush()
                    assert topic.id is not None
                    topic_id = topics[question.topic] = topic.id
            fields = _question_fields(question, topic_id, digest, position)
            values = [bank_id, question.key, *(fields[c] for c in _QUESTION_COLUMNS[2:])]
            values = [_json_text(v) if isinstance(v, list) else v for v in values]
            question_rows.append((next_id, *values))
            option_rows += [
                (next_id, index, o.key, o.text, o.correct, o.match, o.weight, o.feedback)
                for index, o in enumerate(question.options)
            ]
            next_id += 1
            position += 1
        if question_rows:
            run(question_sql, question_rows)
        if option_rows:
            run(option_sql, option_rows)
        summary.load.added += len(question_rows)
        batch.clear()

    batch: list[domain.Question] = []
    for question in questions:
        batch.append(question)
        if len(batch) >= BATCH:
            write(batch)
    write(batch)
    if not keep_keys:
        _retitle_repeats(run, bank_id, stable_key)
    digest = hashlib.sha256(json.dumps([bank.key, bank.title, bank.description]).encode())
    for key, question_hash in run(
        "SELECT key, content_hash FROM question WHERE bank_id = ? ORDER BY position", (bank_id,)
    ):
        digest.update(key.encode() + question_hash.encode())
    run("UPDATE bank SET content_hash = ? WHERE id = ?", (digest.hexdigest()[:32], bank_id))
    run("DROP TABLE stream_seen")
    run("DROP TABLE stream_titles")
    return summary


def _stream_keys(
    run: Any, bank_id: int, batch: list[domain.Question], keep_keys: bool, stable_key: KeyMaker
) -> None:
    """Give each question of a batch its id (see :func:`stream_bank`), checking against
    the ids already written through the table's unique index."""
    if keep_keys:
        return
    titles = [q.key for q in batch if q.key and len(q.key) <= 200]
    taken: set[str] = set()
    if titles:
        unique = tuple(set(titles))
        query = f"SELECT key FROM stream_titles WHERE key IN ({_in(len(unique))})"
        taken = {k for (k,) in run(query, unique)}
        run(f"UPDATE stream_titles SET n = n + 1 WHERE key IN ({_in(len(unique))})", unique)
        fresh = [k for k in unique if k not in taken]
        if fresh:
            run("INSERT INTO stream_titles (key, n) VALUES (?, 1)", [(k,) for k in fresh])
    written = _written_keys(run, bank_id, [q.key for q in batch if q.key])
    used: set[str] = set()
    for question in batch:
        title = question.key
        if title and len(title) <= 200 and title not in taken and title not in written:
            taken.add(title)
            used.add(title)
            continue
        if title in taken:  # a repeated title: every holder gets an id from its text
            run("UPDATE stream_titles SET n = n + 1 WHERE key = ?", (title,))
        question.key = _free_stable_key(run, bank_id, question, used, stable_key)


def _written_keys(run: Any, bank_id: int, keys: list[str]) -> set[str]:
    found: set[str] = set()
    unique = list(set(keys))
    for start in range(0, len(unique), 5_000):
        chunk = tuple(unique[start : start + 5_000])
        query = f"SELECT key FROM question WHERE bank_id = ? AND key IN ({_in(len(chunk))})"
        found |= {k for (k,) in run(query, (bank_id, *chunk))}
    return found


def _free_stable_key(
    run: Any, bank_id: int, question: domain.Question, used: set[str], stable_key: KeyMaker
) -> str:
    while True:
        key = stable_key(question, used)
        if not _written_keys(run, bank_id, [key]):
            return key


def _retitle_repeats(run: Any, bank_id: int, stable_key: KeyMaker) -> None:
    """A title held by several questions is nobody's id: the first holder, which took it
    before the repeats came, gets an id from its text like the others."""
    repeated = [k for (k,) in run("SELECT key FROM stream_titles WHERE n > 1")]
    for title in repeated:
        found = run(
            "SELECT id, qtype, stem FROM question WHERE bank_id = ? AND key = ?", (bank_id, title)
        ).first()
        if found is None:
            continue
        holder = domain.Question(key="", qtype=found[1], stem=found[2])
        key = _free_stable_key(run, bank_id, holder, set(), stable_key)
        run("UPDATE question SET key = ? WHERE id = ?", (key, found[0]))
