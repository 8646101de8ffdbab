"""Question-bank formats: one module a format, all behind :mod:`civicquiz.formats.base`."""

from __future__ import annotations


def load_all() -> None:
    """Import every format module so that each registers its importer."""
    from civicquiz.formats import aiken, csv_bank, gift, moodle_xml, native, quizlet  # noqa: F401
