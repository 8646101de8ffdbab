"""The question library: importing a bank file (preview, then all or nothing), exporting,
enabling and deleting banks, and the teacher's overview."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import read_only, unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.bank import Bank
    from civicquiz.core.library import LoadSummary
    from civicquiz.core.lint import LintReport
    from civicquiz.formats.base import ImportRefused, ImportResult
    from civicquiz.formats.exporters import Export

log = logging.getLogger(__name__)


@dataclass
class ImportPreview:
    """What importing ``path`` would do: the bank read (or why the file was refused whole)
    and the item-writing check. Nothing is written until :func:`import_bank`."""

    path: Path
    columns: dict[int, str] | None
    result: ImportResult | None = None
    refused: ImportRefused | None = None
    lint: LintReport | None = None
    problems: list[str] = field(default_factory=list)


def preview_import(
    path: Path, *, skip_invalid: bool = False, columns: dict[int, str] | None = None
) -> ImportPreview:
    """Read a bank file (any format) without storing anything."""
    from civicquiz.core.lint import lint_bank
    from civicquiz.formats.base import ImportRefused
    from civicquiz.formats.registry import import_file

    preview = ImportPreview(path, columns)
    try:
        preview.result = import_file(path, skip_invalid=skip_invalid, csv_columns=columns)
    except ImportRefused as refused:
        preview.refused = refused
        preview.problems = list(refused.problems)
        log.info("import of %s refused: %d problem(s)", path, len(refused.problems))
        return preview
    preview.lint = lint_bank(preview.result.bank)  # the item-writing rules, for the preview
    return preview


def import_bank(engine: Engine, preview: ImportPreview) -> Changed[LoadSummary]:
    """Store a bank read by :func:`preview_import`, whole, in one transaction."""
    from civicquiz.core.library import import_bank as store

    if preview.result is None:
        raise ValueError(f"{preview.path} was refused; nothing was imported.")
    with unit_of_work(engine) as session:
        summary = store(session, preview.result.bank, source_file=str(preview.path))
    log.info(
        "imported %s from %s: %d question(s), %d new, %d updated",
        summary.bank_key,
        preview.path,
        summary.total,
        summary.added,
        summary.updated,
    )
    return Changed(summary, Changes.BANKS)


def store_bank(
    engine: Engine, bank: Bank, *, source_file: str, replace: bool = False
) -> Changed[LoadSummary]:
    """Store a bank read from a file, whole, in one transaction (``replace``: update the
    bank with the same id in place; otherwise a taken id gets a new one)."""
    from civicquiz.core.library import import_bank as store

    with unit_of_work(engine) as session:
        summary = store(session, bank, replace=replace, source_file=source_file)
    log.info(
        "imported %s from %s: %d question(s), %d new, %d updated, %d retired",
        summary.bank_key,
        source_file,
        summary.total,
        summary.added,
        summary.updated,
        summary.retired,
    )
    return Changed(summary, Changes.BANKS)


@dataclass
class StreamedImport:
    """What a streamed import stored: the summary, and what it passed over (line, why)."""

    summary: LoadSummary
    format: str
    encoding: str
    skipped: list[tuple[int, str]]


def stream_import(
    engine: Engine,
    path: Path,
    *,
    format_name: str | None = None,
    bank_key: str | None = None,
    skip_invalid: bool = False,
    replace: bool = False,
    max_bytes: int | None = None,
) -> Changed[StreamedImport] | None:
    """Import a bank file read piece by piece and written in batches, in ONE transaction:
    memory stays flat whatever the file's size, and a problem anywhere in the file (the
    last line too) rolls everything back (:class:`ImportRefused`, nothing written). None,
    before anything is read, when the file must be read whole instead
    (:func:`civicquiz.formats.registry.import_file`): a format or encoding without a
    streaming reader, a database other than SQLite, or an existing bank to update in place
    (``replace``, or the same file imported again), which needs every question at once."""
    from sqlmodel import select

    from civicquiz.core.bank import Bank as Header
    from civicquiz.core.library import free_bank_key, stream_bank
    from civicquiz.core.models import Bank as BankRow
    from civicquiz.formats.base import DEFAULT_MAX_BYTES, ImportRefused, bank_key_for, stable_key
    from civicquiz.formats.registry import open_stream

    if engine.dialect.name != "sqlite":
        return None
    streamed = open_stream(path, format_name=format_name, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    if streamed is None:
        return None
    source_file = str(path.resolve())
    key = bank_key or bank_key_for(path)
    with unit_of_work(engine) as session:
        row = session.exec(select(BankRow).where(BankRow.key == key)).first()
        if row is not None and (
            replace or (row.origin != "builtin" and row.source_file == source_file)
        ):
            return None
        renamed_from = None
        if row is not None:
            renamed_from, key = key, free_bank_key(session, key)
        header = Header(key=key, title=path.name, description=f"Imported from {path.name}")
        stored = stream_bank(
            session, header, streamed.questions, stable_key, source_file=source_file
        )
        refused = streamed.refusal(skip_invalid)
        if refused is None and not stored.load.added:
            source = streamed.source
            reasons = [f"{source}:{s.line}: {s.reason}" for s in streamed.found.skipped]
            refused = ImportRefused(source, [f"{source}:1: no questions to import", *reasons])
        if refused is not None:
            raise refused  # the transaction is rolled back: nothing was written
        stored.load.renamed_from = renamed_from
    skipped = sorted([(s.line, s.reason) for s in streamed.found.skipped] + stored.skipped)
    log.info("imported %s from %s (streamed): %d question(s)", key, path, stored.load.added)
    return Changed(
        StreamedImport(stored.load, streamed.format, streamed.found.encoding, skipped),
        Changes.BANKS,
    )


def bank(engine: Engine, key: str) -> Bank:
    """A stored bank, whole (LookupError when there is none with that id)."""
    from civicquiz.core.library import bank_from_db

    with read_only(engine) as session:
        return bank_from_db(session, key)


def bank_list(engine: Engine) -> list[tuple[str, str, int]]:
    """Every bank: id, title, how many questions."""
    from civicquiz.core.library import bank_counts

    with read_only(engine) as session:
        return [(b.key, b.title, n) for b, n in bank_counts(session)]


def set_bank_enabled(engine: Engine, bank_id: int, enabled: bool) -> Changed[None]:
    from civicquiz.core.library import set_bank_enabled as set_enabled

    with unit_of_work(engine) as session:
        set_enabled(session, bank_id, enabled)
    return Changed(None, Changes.BANKS)


def delete_bank(engine: Engine, bank_id: int) -> Changed[None]:
    """A bank with its questions and every answer given to them."""
    from civicquiz.core.library import delete_bank as delete

    with unit_of_work(engine) as session:
        delete(session, bank_id)
    log.info("bank %d deleted", bank_id)
    return Changed(None, Changes.BANKS | Changes.ATTEMPTS | Changes.EXAMS)


def export_bank(engine: Engine, key: str, code: str, path: Path) -> Export:
    """Write bank ``key`` to ``path`` in format ``code``; what the format cannot hold is
    in the returned export's notes."""
    from civicquiz.core.library import bank_from_db
    from civicquiz.formats.registry import export_bank as export

    with read_only(engine) as session:
        bank = bank_from_db(session, key)
    exported = export(bank, code)
    path.write_bytes(exported.payload())
    return exported


def teacher_overview(engine: Engine) -> dict[str, Any]:
    """Everything the teacher's screen lists: banks, exams, topics and the class report."""
    from sqlmodel import col, select

    from civicquiz.core.exams import active_exams
    from civicquiz.core.library import bank_counts
    from civicquiz.core.models import Exam, Topic
    from civicquiz.core.reports import class_report

    with read_only(engine) as session:
        report = class_report(session)
        return {
            "banks": [
                (b.id, b.title, b.key, n, b.enabled, b.origin) for b, n in bank_counts(session)
            ],
            "exams": list(session.exec(select(Exam).order_by(col(Exam.created_at)))),
            "open": {e.id for e in active_exams(session)},
            "topics": [
                (t.id, t.title)
                for t in session.exec(
                    select(Topic).order_by(col(Topic.bank_id), col(Topic.position))
                )
            ],
            "learners": report.learners,
            "mastery": report.mastery,
            "attempts": report.attempts,
            "items": report.items,
        }
