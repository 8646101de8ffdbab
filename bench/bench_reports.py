"""A large class and a long history: the teacher's class results for 300 learners x 100
quizzes x 10 answers (300,000 answers; target: under 1 s), beside the plain GROUP BY
queries over the same answers (the floor), and the tables filled with them; a learner's
Progress and home screen after 2,000 quizzes."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import emit, peak_rss_mb, summary, timed
from civicquiz.core.db import open_database, session_scope
from civicquiz.core.library import load_bank
from civicquiz.core.progress import (
    accuracy_by_day,
    attempt_history,
    due_count,
    home_summary,
    streak,
    topic_progress,
)
from civicquiz.core.reports import attempt_rows, class_report, class_results, item_analysis
from civicquiz.formats.native import read_native_bank

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.large_class import fill_class  # noqa: E402

BANK = ROOT / "question_banks" / "kz-constitution-2026" / "bank.json"
LEARNERS, QUIZZES, ANSWERS = 300, 100, 10


def database(name: str) -> tuple[Path, object]:
    path = Path(tempfile.mkdtemp(prefix="cq-bench-reports-")) / name
    opened = open_database(f"sqlite:///{path}", daily_backup=False)
    with session_scope(opened.engine) as session:
        load_bank(session, read_native_bank(BANK, trusted=True))
    return path, opened


def floor_queries(path: Path) -> None:
    """The plain aggregates the reports need at least: per attempt, per learner and per
    question, straight SQL on a bare sqlite3 connection."""
    db = sqlite3.connect(path)
    db.execute(
        "SELECT attempt_id, count(*), sum(score) FROM response GROUP BY attempt_id"
    ).fetchall()
    db.execute(
        "SELECT a.learner_id, count(*), sum(r.score) FROM response r "
        "JOIN attempt a ON a.id = r.attempt_id GROUP BY a.learner_id"
    ).fetchall()
    db.execute(
        "SELECT question_id, count(*), avg(score) FROM response GROUP BY question_id"
    ).fetchall()
    db.close()


def class_figures() -> dict[str, float]:
    path, opened = database("class.sqlite3")
    start = time.perf_counter()
    fill_class(path, learners=LEARNERS, quizzes=QUIZZES, answers=ANSWERS)
    built = time.perf_counter() - start
    engine = opened.engine  # type: ignore[attr-defined]
    floor_queries(path)  # warm the page cache for both alike
    figures: dict[str, float] = {"class_build_s": built}
    report_times, floor_times = [], []
    for _ in range(5):  # interleaved
        with session_scope(engine) as session:
            report_times += timed(lambda session=session: class_report(session), 1)
        floor_times += timed(lambda: floor_queries(path), 1)
    with session_scope(engine) as session:
        for name, fn in (("attempt_rows", attempt_rows), ("class_results", class_results),
                         ("item_analysis", item_analysis)):  # fmt: skip
            figures[f"{name}_median_ms"] = summary(timed(lambda fn=fn: fn(session), 3))["median_ms"]
        report = class_report(session)
    figures["class_report_median_ms"] = summary(report_times)["median_ms"]
    figures["class_report_max_ms"] = max(report_times) * 1000
    figures["floor_group_by_median_ms"] = summary(floor_times)["median_ms"]
    figures["class_report_ratio_to_floor"] = (
        figures["class_report_median_ms"] / figures["floor_group_by_median_ms"]
    )
    figures["class_report_target_ms"] = 1000
    figures["rows_attempts"] = len(report.attempts)
    figures["rows_items"] = len(report.items)
    figures |= table_fill(report)
    figures |= postgres_figures(path)
    return figures


def copy_to_postgres(path: Path, url: str) -> None:
    """Every row of the SQLite database ``path`` into the (migrated, empty) PostgreSQL
    database at ``url``, with COPY, ids kept."""
    import psycopg
    from sqlalchemy.engine import make_url
    from sqlmodel import SQLModel

    import civicquiz.core.models  # noqa: F401  (the tables)

    source = sqlite3.connect(path)
    target = make_url(url)
    query = target.query
    with psycopg.connect(
        dbname=target.database,
        user=target.username,
        host=str(query["host"]),
        port=str(query["port"]),
    ) as connection:
        connection.execute("SET TimeZone = 'UTC'")
        for table in SQLModel.metadata.sorted_tables:
            columns = [c.name for c in table.columns]
            booleans = {i for i, c in enumerate(table.columns) if c.type.python_type is bool}
            listed = ", ".join(f'"{c}"' for c in columns)
            with connection.cursor().copy(f"COPY {table.name} ({listed}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {listed} FROM {table.name}"):
                    copy.write_row(
                        [
                            bool(v) if i in booleans and v is not None else v
                            for i, v in enumerate(row)
                        ]
                    )
            if "id" in columns:
                connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
        connection.execute("ANALYZE")
    source.close()


def postgres_figures(path: Path) -> dict[str, float]:
    """The same class results on a throwaway PostgreSQL server (the data copied over)."""
    from sqlalchemy import text
    from tests.pgserver import PostgresServer

    try:
        server = PostgresServer()
    except FileNotFoundError as error:
        print(f"bench_reports: PostgreSQL part skipped: {error}", file=sys.stderr)
        return {}
    try:
        server.start()
        url = server.create_database("reports")
        opened = open_database(url, daily_backup=False)
        copy_to_postgres(path, url)
        engine = opened.engine
        times, floor_times = [], []
        floor = (
            "SELECT attempt_id, count(*), sum(score) FROM response GROUP BY attempt_id",
            "SELECT a.learner_id, count(*), sum(r.score) FROM response r "
            "JOIN attempt a ON a.id = r.attempt_id GROUP BY a.learner_id",
            "SELECT question_id, count(*), avg(score) FROM response GROUP BY question_id",
        )

        def floor_queries() -> None:
            with engine.connect() as connection:
                for sql in floor:
                    connection.execute(text(sql)).all()

        floor_queries()
        for _ in range(5):  # interleaved
            with session_scope(engine) as session:
                times += timed(lambda session=session: class_report(session), 1)
            floor_times += timed(floor_queries, 1)
        engine.dispose()
        return {
            "postgres_class_report_median_ms": summary(times)["median_ms"],
            "postgres_class_report_max_ms": max(times) * 1000,
            "postgres_floor_group_by_median_ms": summary(floor_times)["median_ms"],
            "postgres_class_report_ratio_to_floor": summary(times)["median_ms"]
            / summary(floor_times)["median_ms"],
        }
    finally:
        server.remove()


def table_fill(report: object) -> dict[str, float]:
    """The class results' tables filled (model/view) with every attempt, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from civicquiz.gui.tables import DataTable

    app = QApplication.instance() or QApplication([])
    table = DataTable(["Learner", "Quiz", "Started", "Answered", "Score", "Result"], "Quizzes")
    table.resize(1000, 600)
    table.show()
    rows = [
        [r.learner, r.title, r.started, f"{r.answered}/{r.asked}", f"{r.score_percent}%", ""]
        for r in report.attempts  # type: ignore[attr-defined]
    ]

    def fill() -> None:
        table.set_rows(rows)
        app.processEvents()

    times = timed(fill, 5)
    table.close()
    return {"attempts_table_fill_median_ms": summary(times)["median_ms"]}


def history_figures() -> dict[str, float]:
    path, opened = database("history.sqlite3")
    learner_id = fill_class(path, learners=1, quizzes=2000, answers=10, seed=5)
    engine = opened.engine  # type: ignore[attr-defined]

    def progress_screen() -> None:
        with session_scope(engine) as session:
            topic_progress(session, learner_id)
            accuracy_by_day(session, learner_id, days=30)
            due_count(session, learner_id)
            streak(session, learner_id)
            attempt_history(session, learner_id)

    def home() -> None:
        db = sqlite3.connect(path)
        home_summary(db, learner_id)
        db.close()

    def floor() -> None:
        db = sqlite3.connect(path)
        db.execute(
            "SELECT count(*), sum(r.score) FROM response r JOIN attempt a ON a.id = r.attempt_id "
            "WHERE a.learner_id = ?",
            (learner_id,),
        ).fetchall()
        db.close()

    progress_screen()
    progress_times, home_times, floor_times = [], [], []
    for _ in range(7):
        progress_times += timed(progress_screen, 1)
        home_times += timed(home, 1)
        floor_times += timed(floor, 1)
    floor_ms = summary(floor_times)["median_ms"]
    return {
        "history_quizzes": 2000,
        "history_answers": 20000,
        "progress_data_median_ms": summary(progress_times)["median_ms"],
        "home_summary_median_ms": summary(home_times)["median_ms"],
        "floor_learner_answers_count_median_ms": floor_ms,
        "progress_ratio_to_floor": summary(progress_times)["median_ms"] / floor_ms,
    }


def main() -> None:
    emit({
        "name": f"class results ({LEARNERS} learners x {QUIZZES} quizzes x {ANSWERS} answers) and a long history",
        **class_figures(),
        **history_figures(),
        "rss_peak_mb": peak_rss_mb(),
    })  # fmt: skip


if __name__ == "__main__":
    main()
