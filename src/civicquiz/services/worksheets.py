"""Paper: the banks and exams a worksheet can be printed from, and the questions chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civicquiz.services.unit import read_only

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from civicquiz.core.worksheets import PaperChoice, PaperSources


def paper_sources(engine: Engine) -> PaperSources:
    from civicquiz.core.worksheets import paper_sources as sources

    with read_only(engine) as session:
        return sources(session)


def choose_for_paper(
    engine: Engine,
    *,
    bank_key: str | None = None,
    exam: str | None = None,
    topic: str | None = None,
    count: int | None = None,
    seed: int = 1,
    title: str | None = None,
) -> PaperChoice:
    """The questions to print (LookupError names what is missing)."""
    from civicquiz.core.worksheets import choose_for_paper as choose

    with read_only(engine) as session:
        return choose(
            session,
            bank_key=bank_key,
            exam=exam,
            topic=topic,
            count=count,
            seed=seed,
            title=title,
        )
