"""Start-up and answering speed of the real window (offscreen Qt), beside a bare window.

- start-up: process start to first paint, and to an interactive home screen, for CivicQuiz
  and for a bare PySide6 window measured the same way in the same run
  (targets: first paint within 1.5x of the bare window, interactive home within 2.5x);
- answering: submitting an answer to the next question on screen (target: median < 16 ms),
  and checking an answer to its feedback on screen;
- peak memory with the home screen shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import emit, peak_rss_mb

RUNS = 7
BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("bare window")); window.resize(1100, 760); window.show()
def report():
    with open(sys.argv[1], "a") as probe:
        probe.write(f"first_paint {time.time():.6f}\\ninteractive {time.time():.6f}\\n")
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def launch(command: list[str], probe: Path, env: dict[str, str]) -> dict[str, float]:
    probe.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(command, env=env, check=True, timeout=120, capture_output=True)
    marks = {}
    for line in probe.read_text().splitlines():
        event, stamp = line.split()
        marks.setdefault(event, (float(stamp) - start) * 1000)
    return marks


def startup() -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-gui-"))
    probe = folder / "probe.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CIVICQUIZ_DATA_DIR=str(folder / "data"))
    env.pop("CIVICQUIZ_DATABASE_URL", None)
    # A data folder with a learner already in it, so the app opens on the home screen.
    subprocess.run(
        [sys.executable, "-c", "from civicquiz.services import open_app_data; from sqlmodel import Session;"
         "from civicquiz.core.learners import add_learner, touch_learner; d = open_app_data();"
         "s = Session(d.engine); touch_learner(s, add_learner(s, 'Bench').id)"],
        env=env, check=True,
    )  # fmt: skip
    frozen_app = Path(__file__).resolve().parents[1] / "dist" / "civicquiz" / "civicquiz"
    probe_env = env | {"CIVICQUIZ_STARTUP_PROBE": str(probe)}
    bare, ours, frozen = [], [], []
    for _ in range(RUNS):  # interleaved, so load on the machine hits all alike
        bare.append(launch([sys.executable, "-c", BARE, str(probe)], probe, env))
        ours.append(launch([sys.executable, "-m", "civicquiz"], probe, probe_env))
        if frozen_app.exists():  # the packaged app, when `make dist` has built it
            frozen.append(launch([str(frozen_app)], probe, probe_env))
    bare_paint = statistics.median(m["first_paint"] for m in bare)
    our_paint = statistics.median(m["first_paint"] for m in ours)
    our_home = statistics.median(m["interactive"] for m in ours)
    extra: dict[str, float] = {}
    if frozen:
        frozen_paint = statistics.median(m["first_paint"] for m in frozen)
        extra = {
            "frozen_first_paint_ms": frozen_paint,
            "frozen_vs_source_ratio": frozen_paint / our_paint,
            "frozen_vs_source_target_ratio": 1.2,
        }
    return extra | {
        "bare_window_first_paint_ms": bare_paint,
        "first_paint_ms": our_paint,
        "first_paint_ratio": our_paint / bare_paint,
        "first_paint_target_ratio": 1.5,
        "interactive_home_ms": our_home,
        "interactive_home_ratio": our_home / bare_paint,
        "interactive_home_target_ratio": 2.5,
    }


def answering() -> dict[str, float]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["CIVICQUIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="cq-bench-answer-")
    from PySide6.QtWidgets import QApplication

    from civicquiz.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    window.start_loading()
    window.wait_loaded()

    def settle(name: str) -> None:
        window.wait_for(name, 30)

    settle("profiles")
    window.screens["profiles"].name_field.setText("Bench")
    window.screens["profiles"].add()
    settle("home")
    home_rss = peak_rss_mb()
    quiz = window.screen("quiz")
    shown: list[float] = []
    quiz.on_question_shown = lambda: shown.append(time.perf_counter())

    def run(mode: str) -> list[float]:
        window.start_quiz(size=60, mode=mode, title=mode)
        settle("quiz")
        times = []
        for _ in range(59):
            quiz.widget.set_answer(quiz.question.correct_answer())
            app.processEvents()
            if mode == "practice":
                start = time.perf_counter()
                quiz.main_action()  # check: feedback appears
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
                quiz.main_action()  # next
            else:
                start = time.perf_counter()
                quiz.main_action()  # submit and move on
                times.append((shown[-1] - start) * 1000)
            app.processEvents()
        quiz.main_action()
        settle("results")
        return times

    next_times = run("exam")
    feedback_times = run("practice")
    window.close()
    return {
        "submit_to_next_question_median_ms": statistics.median(next_times),
        "submit_to_next_question_p90_ms": sorted(next_times)[int(len(next_times) * 0.9)],
        "submit_to_next_target_median_ms": 16,
        "check_to_feedback_median_ms": statistics.median(feedback_times),
        "peak_rss_at_home_mb": home_rss,
    }


def main() -> None:
    result = {"name": "window start-up and answering (offscreen Qt)"}
    result |= startup()
    result |= answering()
    emit(result)


if __name__ == "__main__":
    main()
