"""Question-bank formats: one module a format, all listed in :mod:`civicquiz.formats.registry`
(which reads and writes files); what they share is :mod:`civicquiz.formats.base`."""

from __future__ import annotations
