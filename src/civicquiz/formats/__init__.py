"""Question-bank formats: one module a format, all behind :mod:`civicquiz.formats.base`."""

from __future__ import annotations


def load_all() -> None:
    """Import every format module so that each registers its importer."""
    from civicquiz.formats import aiken, csv_bank, gift, moodle_xml, native, qti, quizlet  # noqa: F401


def import_formats() -> dict[str, str]:
    """Every format that can be imported, by name, with its label: the one list from which
    the command line's help and choices and the teacher's file dialog are made."""
    from civicquiz.formats.base import IMPORTERS

    load_all()
    return {name: importer.description for name, importer in IMPORTERS.items()}


def file_dialog_filters() -> list[str]:
    """Qt file-dialog filters for importing: all bank files first, then one per format."""
    from civicquiz.formats.base import IMPORTERS

    load_all()
    patterns: list[str] = []
    lines = []
    for importer in IMPORTERS.values():
        own = [f"*{ext}" for ext in importer.extensions if ext.count(".") == 1]
        patterns += [p for p in own if p not in patterns]
        lines.append(f"{importer.description} ({' '.join(own)})")
    return [f"Question banks ({' '.join(patterns)})", *lines, "All files (*)"]
