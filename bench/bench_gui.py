"""The real window on a real X server (Xvfb), beside a bare PySide6 window in the same run.

Every figure is from process start (the command launched) to an event the user sees:

- first paint: the window's first paint handed to the X server (not the event loop
  starting);
- first click answered: the probe clicks Quick quiz the moment the home screen is up, as an
  eager user would; measured to the first question painted;
- first start (no data yet: database made, bank loaded, profile screen) and second start
  (home screen);
- answer -> next question: submitting an exam answer to the next question painted, p50,
  p90 and max over every answer (the answer is written behind the next question).

Runs are interleaved (bare, second start, first start, ...), so load on the machine hits all
alike; ratios are to the bare window's first paint in the same run.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import emit, peak_rss_mb, percentiles

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("bare window")); window.resize(1100, 760)
class Paint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False
def report():
    with open(sys.argv[1], "a") as probe:
        probe.write(f"first_paint {time.time():.6f}\\n")
    app.quit()
probe = Paint(); app.installEventFilter(probe)
window.show()
app.exec()
"""


@contextmanager
def xvfb() -> Iterator[dict[str, str]]:
    """A private X server for the run; ended by its process id afterwards."""
    if not shutil.which("Xvfb"):
        raise SystemExit("bench_gui needs Xvfb (apt-get install xvfb)")
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(500):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.01)
        env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        yield env
    finally:
        server.terminate()
        server.wait(10)


def launch(command: list[str], probe: Path, env: dict[str, str]) -> dict[str, float]:
    probe.unlink(missing_ok=True)
    start = time.time()
    try:
        subprocess.run(command, env=env, check=True, timeout=120, capture_output=True)
    except subprocess.TimeoutExpired as stuck:  # say how far it got, for the next look
        seen = probe.read_text() if probe.exists() else "(no probe events)"
        raise SystemExit(
            f"{' '.join(command)} did not end within 120 s; probe events:\n{seen}\n"
            f"stderr:\n{(stuck.stderr or b'').decode(errors='replace')[-3000:]}"
        ) from stuck
    marks: dict[str, float] = {}
    for line in probe.read_text().splitlines():
        event, stamp = line.split()
        marks.setdefault(event, (float(stamp) - start) * 1000)
    return marks


def prepare(folder: Path, env: dict[str, str]) -> None:
    """A data folder with a learner in it, so the app opens on the home screen."""
    subprocess.run(
        [sys.executable, "-c", "from civicquiz.services import open_app_data, learners; d = open_app_data();"
         "i = learners.add_learner(d.engine, 'Bench', d.data_dir).value[0];"
         "learners.open_learner(d.engine, i, d.data_dir)"],
        env=env | {"CIVICQUIZ_DATA_DIR": str(folder)}, check=True,
    )  # fmt: skip


def startup(env: dict[str, str]) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix="cq-bench-gui-"))
    probe = folder / "probe.txt"
    env = {k: v for k, v in env.items() if k != "CIVICQUIZ_DATABASE_URL"}
    prepare(folder / "data", env)
    second_env = env | {
        "CIVICQUIZ_DATA_DIR": str(folder / "data"),
        "CIVICQUIZ_STARTUP_PROBE": str(probe),
        "CIVICQUIZ_PROBE_CLICK": "1",
    }
    frozen_app = Path(__file__).resolve().parents[1] / "dist" / "civicquiz" / "civicquiz"
    bare, second, first, frozen = [], [], [], []
    for run in range(RUNS):
        bare.append(launch([sys.executable, "-c", BARE, str(probe)], probe, env))
        second.append(launch([sys.executable, "-m", "civicquiz"], probe, second_env))
        if frozen_app.exists():  # the packaged app, when `make dist` has built it
            frozen.append(launch([str(frozen_app)], probe, second_env))
        fresh = folder / f"fresh{run}"
        first_env = second_env | {"CIVICQUIZ_DATA_DIR": str(fresh)}
        first.append(launch([sys.executable, "-m", "civicquiz"], probe, first_env))
    floor = statistics.median(m["first_paint"] for m in bare)

    def median(runs: list[dict[str, float]], event: str) -> float:
        return statistics.median(m[event] for m in runs)

    figures = {
        "bare_window_first_paint_ms": floor,
        "first_paint_ms": median(second, "first_paint"),
        "home_shown_ms": median(second, "interactive"),
        "first_click_answered_ms": median(second, "click_answered"),
        "first_start_profiles_shown_ms": median(first, "interactive"),
        "first_start_first_paint_ms": median(first, "first_paint"),
    }
    if frozen:
        figures["frozen_first_paint_ms"] = median(frozen, "first_paint")
        figures["frozen_vs_source_ratio"] = (
            figures["frozen_first_paint_ms"] / figures["first_paint_ms"]
        )
        figures["frozen_vs_source_target_ratio"] = 1.2
    return figures | {
        "first_paint_ratio": figures["first_paint_ms"] / floor,
        "first_paint_target_ratio": 1.5,
        "first_click_answered_ratio": figures["first_click_answered_ms"] / floor,
        "first_click_target_ratio": 2.0,
        "second_start_ratio": figures["home_shown_ms"] / floor,
        "first_start_ratio": figures["first_start_profiles_shown_ms"] / floor,
        "first_start_target_ratio": 2.5,
    }


def answering(env: dict[str, str]) -> dict[str, float]:
    os.environ.update(env)
    os.environ["CIVICQUIZ_DATA_DIR"] = tempfile.mkdtemp(prefix="cq-bench-answer-")
    from PySide6.QtWidgets import QApplication

    from civicquiz.gui.main_window import FirstPaint, MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1100, 760)
    window.show()
    window.start_loading()
    window.controller.wait_loaded()

    def settle(name: str) -> None:
        window.controller.wait_for(name, 30)

    settle("profiles")
    window.controller.screens["profiles"].name_field.setText("Bench")
    window.controller.screens["profiles"].add()
    settle("home")
    home_rss = peak_rss_mb()
    quiz = window.controller.screen_named("quiz")
    painted: list[float] = []

    def on_shown() -> None:
        FirstPaint(window, lambda: painted.append(time.perf_counter()))

    times = []
    for _ in range(2):
        window.controller.start_quiz(size=60, mode="exam", title="exam")
        settle("quiz")
        for _ in range(59):
            # The previous answer's write (fsync'd, behind the shown question) has ended
            # before the next answer is given, as with a learner, who takes seconds.
            while window.controller.worker.pending:
                app.processEvents()
            quiz.widget.set_answer(quiz.question.correct_answer())
            app.processEvents()
            quiz.question_shown.connect(on_shown)
            count = len(painted)
            start = time.perf_counter()
            quiz.main_action()  # submit and move on
            deadline = start + 10
            while len(painted) == count and time.perf_counter() < deadline:
                app.processEvents()
            times.append((painted[-1] - start) * 1000)
            quiz.question_shown.disconnect(on_shown)
        quiz.main_action()
        settle("results")
    window.close()
    return {
        **{f"answer_to_next_painted_{k}": v for k, v in percentiles(times).items()},
        "answer_to_next_target_p90_ms": 16,
        "peak_rss_at_home_mb": home_rss,
    }


def main() -> None:
    result: dict[str, object] = {"name": "window on a real X server (Xvfb): start-up and answering"}
    with xvfb() as env:
        result |= startup(env)
        case = subprocess.run(
            [sys.executable, __file__, "--answering"], env=env, capture_output=True, text=True
        )
        if case.returncode != 0:
            raise SystemExit(case.stderr)
        import json

        result |= json.loads(case.stdout)
    emit(result)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--answering"]:
        import json

        with open(os.devnull, "w") as quiet:  # keep stdout for the figures alone
            real, sys.stdout = sys.stdout, quiet
            env = dict(os.environ)
            figures = answering(env)
            sys.stdout = real
        print(json.dumps(figures))
    else:
        main()
