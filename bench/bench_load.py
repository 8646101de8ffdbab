"""Loading the built-in bank into an empty database, beside a raw-SQL insert of the same rows."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from _common import emit, peak_rss_mb, summary, timed, traced_peak_mb
from civicquiz.core.db import open_database, session_scope
from civicquiz.core.library import load_bank
from civicquiz.formats.native import read_native_bank

BANK = Path(__file__).resolve().parents[1] / "question_banks" / "kz-constitution-2026" / "bank.json"


def main() -> None:
    bank = read_native_bank(BANK)
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-"))
    counter = iter(range(10_000))

    def create() -> object:
        return open_database(
            f"sqlite:///{folder / f'load{next(counter)}.sqlite3'}", daily_backup=False
        )

    def load_into(opened: object) -> None:
        with session_scope(opened.engine) as session:  # type: ignore[attr-defined]
            load_bank(session, bank)

    def load() -> None:
        load_into(create())

    def reload_unchanged() -> None:
        with session_scope(steady.engine) as session:
            load_bank(session, bank)

    def raw_insert() -> None:
        db = sqlite3.connect(folder / f"raw{next(counter)}.sqlite3")
        db.execute("CREATE TABLE q (id INTEGER PRIMARY KEY, key TEXT, stem TEXT, explanation TEXT)")
        db.execute(
            "CREATE TABLE o (id INTEGER PRIMARY KEY, q INTEGER, key TEXT, text TEXT, correct INT)"
        )
        with db:
            for index, q in enumerate(bank.questions):
                db.execute(
                    "INSERT INTO q VALUES (?, ?, ?, ?)", (index, q.key, q.stem, q.explanation)
                )
                db.executemany(
                    "INSERT INTO o (q, key, text, correct) VALUES (?, ?, ?, ?)",
                    [(index, o.key, o.text, o.correct) for o in q.options],
                )
        db.close()

    steady = open_database(f"sqlite:///{folder / 'steady.sqlite3'}", daily_backup=False)
    load_into(steady)
    create_times = timed(create, 5)
    empty = [create() for _ in range(5)]
    times = []
    for opened in empty:
        times += timed(lambda opened=opened: load_into(opened), 1)
    reload_times = timed(reload_unchanged, 5)
    baseline = timed(raw_insert, 5)
    emit({
        "name": "load bank into an empty database",
        "questions": len(bank.questions),
        **summary(times),
        "create_empty_database_median_ms": summary(create_times)["median_ms"],
        "reload_unchanged_median_ms": summary(reload_times)["median_ms"],
        "baseline": "raw sqlite3 inserts of the same questions and options",
        "baseline_median_ms": summary(baseline)["median_ms"],
        "heap_peak_mb": traced_peak_mb(load),
        "rss_peak_mb": peak_rss_mb(),
    })  # fmt: skip


if __name__ == "__main__":
    main()
