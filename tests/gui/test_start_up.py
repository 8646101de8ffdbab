"""The way to the first screen never waits for the database layer: the GUI thread reaches
the home screen (a second start) and the profile screen (a first start) without importing
SQLAlchemy, which the worker loads behind them (it costs more than all of Qt's start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from civicquiz.core.db import session_scope
from civicquiz.core.learners import add_learner, touch_learner
from civicquiz.services import open_app_data

# Run in a fresh process: any import of the database layer from the GUI thread fails
# loudly; the worker thread may import it. Prints the screen reached.
PROBE = """
import importlib.abc, os, sys, threading, time
class NotOnTheGuiThread(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("sqlalchemy", "sqlmodel", "pydantic") and (
            threading.current_thread() is threading.main_thread()
        ):
            print("GUI thread imported", name, flush=True)
            os._exit(3)
        return None
sys.meta_path.insert(0, NotOnTheGuiThread())
from PySide6.QtWidgets import QApplication
from civicquiz.gui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
window.start_loading()
deadline = time.monotonic() + 60
while window.controller.current_name() in ("", None) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.002)
for _ in range(20):  # the first screen's own follow-up events
    app.processEvents()
print("shown", window.controller.current_name(), flush=True)
os._exit(0)
"""


def _first_screen(data_dir: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CIVICQUIZ_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_a_first_start_reaches_the_profiles_without_the_database_layer(data_dir: Path) -> None:
    assert _first_screen(data_dir) == "shown profiles"


@pytest.mark.usefixtures("bank")
def test_a_second_start_reaches_home_without_the_database_layer(data_dir: Path) -> None:
    data = open_app_data()
    with session_scope(data.engine) as session:
        touch_learner(session, add_learner(session, "Returning").id or 0, data.data_dir)
    data.engine.dispose()
    assert _first_screen(data_dir) == "shown home"


def test_the_app_leaves_pythons_own_import_in_place(data_dir: Path, tmp_path: Path) -> None:
    """shiboken's import hook reads every later module's source (slow, and with pydantic it
    can fail on a half-imported module): the app puts Python's own import back."""
    code = (
        "import builtins; own = builtins.__import__\n"
        "from argparse import Namespace\n"
        "from civicquiz.app import run_gui\n"
        "code = run_gui(Namespace(command=None, data_dir=None, kiosk=False))\n"
        "import PySide6.QtCore, sqlmodel\n"
        "print(code, builtins.__import__ is own)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "CIVICQUIZ_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            "CIVICQUIZ_STARTUP_PROBE": str(tmp_path / "probe.txt"),  # closes when usable
        },
    )
    assert done.stdout.strip().splitlines()[-1] == "0 True", done.stdout + done.stderr
    assert "interactive" in (tmp_path / "probe.txt").read_text()
