"""A blind learner's quizzes on the real accessibility bus (AT-SPI), as Orca would see them.

The real app runs in an X server (Xvfb) with Qt's AT-SPI bridge on, inside its own D-Bus
session. One probe process (the system Python with Debian's pyatspi) reads the whole tree
again and again, the way a screen reader does while screens change; another takes whole
quick quizzes by accessibility actions alone. The app must survive, and everything the
quiz shows must have been readable: question number and text, every option, the verdict
(focused after Check), the score. `make test` installs the system packages this needs
(see the Makefile's a11y-deps); elsewhere the test is skipped, saying what is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session, col, select

from civicquiz.core.attempts import load_attempt
from civicquiz.core.models import Attempt, Response

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
QUIZZES = 3

SESSION = r"""
set -u
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 & xp=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${DISPLAY#:}" ] && break; sleep 0.1; done
"$BUS_LAUNCHER" --launch-immediately >"$OUT/bus.log" 2>&1 & bp=$!
sleep 0.5
QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb \
  "$APP_PYTHON" -X faulthandler -m civicquiz >"$OUT/app.log" 2>&1 & ap=$!
"$SYSTEM_PYTHON" "$PROBE" walk "$OUT/stop" "$OUT/walk.json" >"$OUT/walk.log" 2>&1 & wp=$!
"$SYSTEM_PYTHON" "$PROBE" drive "$QUIZZES" "$OUT/drive.json" >"$OUT/drive.log" 2>&1
echo $? >"$OUT/drive.rc"
touch "$OUT/stop"; wait $wp
sleep 1
if kill -0 $ap 2>/dev/null; then
  echo running >"$OUT/app.status"; kill -TERM $ap; wait $ap
else
  wait $ap; echo "exited $?" >"$OUT/app.status"
fi
kill $bp $xp 2>/dev/null; wait 2>/dev/null
exit 0
"""


def missing_tools() -> list[str]:
    missing = []
    if not sys.platform.startswith("linux"):
        return ["Linux (AT-SPI is the Linux accessibility bus)"]
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi (for /usr/bin/python3)")
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    for tool, package in (("dbus-run-session", "dbus"), ("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            missing.append(package)
    return missing


def free_display() -> str:
    for number in range(120, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    pytest.skip("no free X display number for Xvfb")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    missing = missing_tools()
    if missing:
        pytest.skip(
            "the AT-SPI accessibility bus cannot run here; missing: "
            + ", ".join(missing)
            + " (make test installs them as root: apt-get install python3-pyatspi "
            "at-spi2-core dbus xvfb xdotool)"
        )
    out = tmp_path_factory.mktemp("atspi")
    data = out / "data"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "AT_SPI"))
    }
    env.update(
        DISPLAY=free_display(),
        OUT=str(out),
        PROBE=str(PROBE),
        SYSTEM_PYTHON=SYSTEM_PYTHON,
        BUS_LAUNCHER=BUS_LAUNCHER,
        APP_PYTHON=sys.executable,
        QUIZZES=str(QUIZZES),
        CIVICQUIZ_DATA_DIR=str(data),
    )
    subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SESSION],
        env=env,
        timeout=60 * 25,
        check=False,
        capture_output=True,
    )

    def read(name: str) -> str:
        path = out / name
        return path.read_text(encoding="utf-8") if path.exists() else ""

    status = read("app.status").strip()
    assert status == "running", (
        f"the app did not survive the screen reader: {status or 'no status'}\n"
        + read("app.log")[-3000:]
    )
    assert read("drive.rc").strip() == "0", "the quiz could not be taken:\n" + read("drive.log")
    return {
        "drive": json.loads(read("drive.json")),
        "walk": json.loads(read("walk.json")),
        "data": data,
    }


def test_the_app_survives_a_screen_reader_reading_through_whole_quizzes(
    session: dict[str, Any],
) -> None:
    walk, drive = session["walk"], session["drive"]
    assert len(drive["questions"]) == 10 * QUIZZES
    assert len(drive["scores"]) == QUIZZES
    # the tree was read over and over while screens changed: many full walks per quiz
    assert walk["walks"] >= 10 * QUIZZES, walk
    assert walk["nodes"] >= 40 * walk["walks"], walk


def attempts(data: Path) -> list[tuple[Any, dict[int, Response]]]:
    engine = create_engine(f"sqlite:///{data / 'civicquiz.sqlite3'}")
    try:
        with Session(engine) as db:
            ids = [a.id for a in db.exec(select(Attempt).order_by(col(Attempt.id)))]
            out = []
            for attempt_id in ids:
                responses = {
                    r.question_id: r
                    for r in db.exec(select(Response).where(Response.attempt_id == attempt_id))
                }
                out.append((load_attempt(engine, attempt_id or 0), responses))
            return out
    finally:
        engine.dispose()


def test_question_options_and_verdict_can_be_read(session: dict[str, Any]) -> None:
    heard = session["drive"]["questions"]
    taken = attempts(session["data"])
    assert len(taken) == QUIZZES
    asked = [(q, responses) for data, responses in taken for q in data.questions]
    assert len(asked) == len(heard)
    for index, ((question, responses), read) in enumerate(zip(asked, heard, strict=True)):
        number = index % 10 + 1
        assert read["number"] == f"Question {number} of 10"
        if question.stem_format == "plain":
            assert read["text"] == question.stem
        else:
            assert read["text"], f"question {question.id} has no readable text"
        if question.qtype in ("single_choice", "multiple_choice"):
            assert [o.split(": ", 1)[1] for o in read["options"]] == [
                o.text for o in question.options
            ]
        elif question.qtype == "true_false":
            assert [o.split(": ", 1)[1] for o in read["options"]] == ["True", "False"]
        response = responses[question.id]
        # item-view cells of hidden screens can keep a stale "focused" state: the focused
        # widget is the one that is not a cell
        focused = [f for f in read["focused"] if f["role"] not in ("list item", "table cell")]
        assert len(focused) == 1, read["focused"]
        verdict = focused[0]["name"]
        if response.correct:
            assert verdict == "Correct!"
        else:
            assert verdict == "Not quite." or verdict.startswith("Partly right")
        assert question.describe_key() in focused[0]["description"]


def test_scores_and_the_learner_can_be_read(session: dict[str, Any]) -> None:
    for labels in session["drive"]["scores"]:
        assert any(label.startswith("Learning: Blind learner") for label in labels), labels
        assert any("right" in label and "%" in label for label in labels), labels
        assert not any("&#" in label or "&amp;" in label for label in labels), labels


def test_no_operable_control_lacks_a_name(session: dict[str, Any]) -> None:
    assert session["drive"]["unnamed"] == []
