"""Run every benchmark in its own process (so peak memory is its own) and print figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_S = int(os.environ.get("BENCH_TIMEOUT_S", "1800"))  # each benchmark, on a busy machine
BENCHES = [
    "bench_generate.py",
    "bench_load.py",
    "bench_quiz.py",
    "bench_gui.py",
    "bench_reports.py",
    "bench_import.py",
    "bench_stream.py",  # 100,000 and 1,000,000 questions: about 10 minutes
    "bench_bundle.py",
    "bench_classroom.py",
]


def main(names: list[str]) -> int:
    selected = [b for b in BENCHES if not names or any(n in b for n in names)]
    failed = 0
    for script in selected:
        try:
            done = subprocess.run(
                [sys.executable, str(HERE / script)],
                capture_output=True,
                text=True,
                cwd=HERE,
                timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as stuck:  # a stuck benchmark fails, never hangs
            failed += 1
            print(f"{script}: no result after {TIMEOUT_S} s\n{stuck.stderr or ''}", file=sys.stderr)
            continue
        if done.returncode != 0:
            failed += 1
            print(f"{script}: failed\n{done.stderr}", file=sys.stderr)
            continue
        for line in done.stdout.splitlines():
            result = json.loads(line)
            print(f"\n{result.pop('name')}")
            for key, value in result.items():
                shown = f"{value:.2f}" if isinstance(value, float) else value
                print(f"  {key:28} {shown}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
