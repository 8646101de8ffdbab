"""Generating the built-in bank from the fact base (and writing its JSON)."""

from __future__ import annotations

from pathlib import Path

from _common import emit, peak_rss_mb, summary, timed, traced_peak_mb
from civicquiz.facts.factbase import load_fact_base
from civicquiz.facts.generate import generate_bank
from civicquiz.formats.native import dump_native_bank, read_native_bank

FACTS = (
    Path(__file__).resolve().parents[1] / "question_banks" / "kz-constitution-2026" / "facts.toml"
)


def generate() -> str:
    return dump_native_bank(generate_bank(load_fact_base(FACTS)))


def main() -> None:
    text = generate()
    times = timed(generate, 20)
    # Baseline in the same run: reading (parsing and validating) the bank it produces.
    baseline = timed(lambda: read_native_bank(FACTS.parent / "bank.json"), 20)
    emit({
        "name": "generate bank",
        "questions": text.count('"type":'),
        **summary(times),
        "baseline": "read + validate bank.json",
        "baseline_median_ms": summary(baseline)["median_ms"],
        "heap_peak_mb": traced_peak_mb(generate),
        "rss_peak_mb": peak_rss_mb(),
    })  # fmt: skip


if __name__ == "__main__":
    main()
