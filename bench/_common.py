"""Helpers for the benchmarks: timing, peak memory and one-line reports."""

from __future__ import annotations

import gc
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def traced_peak_mb(fn: Callable[[], Any]) -> float:
    """Peak Python heap (tracemalloc) while ``fn`` runs, in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1e6


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p90_ms": ordered[int(len(ordered) * 0.9) - 1 if len(ordered) > 1 else 0] * 1000,
        "runs": len(ordered),
    }


def percentiles(values: list[float]) -> dict[str, float]:
    """p50, p90 and max (nearest rank) of ``values``, named with ``_ms``."""
    ordered = sorted(values)

    def rank(share: float) -> float:
        return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))]

    return {"p50_ms": statistics.median(ordered), "p90_ms": rank(0.9), "max_ms": ordered[-1],
            "n": len(ordered)}  # fmt: skip


def emit(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)
