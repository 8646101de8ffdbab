"""Results: one attempt's, the live classroom, results files, the teacher's CSV reports."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicquiz.services.changes import Changed, Changes
from civicquiz.services.unit import read_only, unit_of_work

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.attempts import AttemptResult
    from civicquiz.core.results_file import MergeReport


def attempt_results(engine: Engine, attempt_id: int, language: str | None = None) -> AttemptResult:
    """An attempt's score and review, in the content ``language``."""
    from civicquiz.core.attempts import attempt_results as results

    return results(engine, attempt_id, language)


def live_activity(engine: Engine, minutes: int) -> list[Any]:
    """Who answered in the last ``minutes``, on which computer, how well."""
    from civicquiz.core.classroom import live_activity as live

    with read_only(engine) as session:
        return list(live(session, minutes=minutes))


def export_results(engine: Engine, path: Path, computer_id: str) -> Changed[dict[str, int]]:
    """This computer's results into a file for another computer; the counts written."""
    from civicquiz.core.results_file import export_results as export

    with unit_of_work(engine) as session:  # rows get their stable ids on first export
        return Changed(export(session, path, computer_id), Changes.NONE)


def merge_results(engine: Engine, paths: Sequence[Path]) -> Changed[MergeReport]:
    """Merge results files, all of them or none (ResultsFileError names the bad file)."""
    from civicquiz.core.results_file import MergeReport, merge_results

    report = MergeReport()
    with unit_of_work(engine) as session:
        for path in paths:
            merge_results(session, path, report)
    return Changed(report, Changes.ATTEMPTS | Changes.LEARNERS)


def attempt_summaries(engine: Engine) -> list[dict[str, Any]]:
    """Every quiz, as the results file and `civicquiz results --format json` give it."""
    from civicquiz.core.results_file import attempt_summaries as summaries

    with read_only(engine) as session:
        return summaries(session)


def item_analysis(engine: Engine) -> list[Any]:
    """Per question: how often it was answered right, how well it tells learners apart."""
    from civicquiz.core.reports import item_analysis as items

    with read_only(engine) as session:
        return list(items(session))


def attempt_rows(engine: Engine) -> list[Any]:
    """One row a quiz: learner, title, answered, score, passed."""
    from civicquiz.core.reports import attempt_rows as rows

    with read_only(engine) as session:
        return list(rows(session))


def report_csv(engine: Engine, kind: str) -> str:
    """The teacher's CSV: ``items`` (item analysis) or ``attempts`` (one row a quiz)."""
    from civicquiz.core.reports import attempt_rows, attempts_csv, item_analysis, items_csv

    with read_only(engine) as session:
        if kind == "items":
            return items_csv(item_analysis(session))
        return attempts_csv(attempt_rows(session))
