"""A screen-reader user on the AT-SPI bus, run by the system Python (Debian's pyatspi).

Not a test module: tests/gui/test_screen_reader.py starts it next to the real app.

    python3 atspi_probe.py walk STOP_FILE OUT_FILE
        read the whole accessibility tree (every node's role, name, description, text,
        states and actions) again and again until STOP_FILE exists, as a screen reader
        does while screens change; writes how many full walks it made.
    python3 atspi_probe.py drive QUIZZES OUT_FILE
        create a learner and take QUIZZES quick quizzes by accessibility actions alone
        (the default action of a control, text set through the editable-text interface,
        arrow keys on a focused drop-down); writes, as JSON, what it could read: every
        question's number and text, its options, the verdict, the focused object after
        Check, the score, and operable controls without a name.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]

APP = "CivicQuiz"
NUMBER = re.compile(r"^Question \d+ of \d+$")
OPERABLE = {
    "push button",
    "radio button",
    "check box",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "list",
    "toggle button",
    "slider",
    "menu item",
}


def text_of(acc: Any) -> str:
    try:
        t = acc.queryText()
        return str(t.getText(0, min(t.characterCount, 2000)))
    except Exception:
        return ""


def in_combo_box(acc: Any) -> bool:
    """Part of a drop-down's own list (Qt marks its current item focused even while closed)."""
    try:
        parent = acc.parent
        for _ in range(2):
            if parent is None:
                return False
            if parent.getRoleName() == "combo box":
                return True
            parent = parent.parent
    except Exception:
        return False
    return False


def node(acc: Any) -> dict[str, Any]:
    states = acc.getState().getStates()
    actions: list[str] = []
    try:
        action = acc.queryAction()
        actions = [action.getName(i) for i in range(action.nActions)]
    except Exception:
        pass
    return {
        "acc": acc,
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "text": text_of(acc),
        "showing": pyatspi.STATE_SHOWING in states,
        "focused": pyatspi.STATE_FOCUSED in states and not in_combo_box(acc),
        "enabled": pyatspi.STATE_ENABLED in states,
        "checked": pyatspi.STATE_CHECKED in states,
        "focusable": pyatspi.STATE_FOCUSABLE in states,
        "actions": actions,
    }


def walk(acc: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    try:
        info = node(acc)
        info["depth"] = depth
        out.append(info)
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                walk(child, out, depth + 1)
    except Exception:
        pass  # a node that went away while being read: the next walk sees the new screen


def app_root() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        candidate = desktop.getChildAtIndex(i)
        if candidate is not None and candidate.name == APP and candidate.childCount:
            return candidate
    return None


def tree(showing_only: bool = True) -> list[dict[str, Any]]:
    root = app_root()
    out: list[dict[str, Any]] = []
    if root is not None:
        walk(root, out)
    return [n for n in out if n["showing"] or not showing_only]


def readable(n: dict[str, Any]) -> str:
    """What a screen reader says for a node: its name, then its text when that differs."""
    parts = [n["name"]]
    if n["text"] and n["text"] != n["name"]:
        parts.append(n["text"])
    return " ".join(p for p in parts if p)


def wait_for(predicate: Any, timeout: float = 60.0, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = predicate(tree())
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.2)
    shown = "\n".join(
        f"  [{n['role']}] {n['name']!r} enabled={n['enabled']} focused={n['focused']}"
        for n in tree()
    )
    raise TimeoutError(f"timed out waiting for {what}; showing:\n{shown}")


def find(nodes: list[dict[str, Any]], role: str, name_part: str) -> dict[str, Any] | None:
    for n in nodes:
        if n["role"] == role and name_part.lower() in n["name"].lower() and n["enabled"]:
            return n
    return None


def present(nodes: list[dict[str, Any]], role: str, name_part: str) -> bool:
    """A showing node of ``role`` named like ``name_part``, enabled or not."""
    return any(n["role"] == role and name_part.lower() in n["name"].lower() for n in nodes)


def press(n: dict[str, Any]) -> None:
    action = n["acc"].queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("Press", "press", "click", "Toggle", "toggle"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    action.doAction(0)


DOWN = 0xFF54  # X keysym of the Down arrow


def activate_window() -> None:
    """Give the app's window the X input focus, as a window manager does for the active
    window (the test's X server runs none), so that keys reach it."""
    import subprocess

    subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{APP}$", "windowfocus"],
        check=False,
        capture_output=True,
    )


def key_down() -> None:
    """The Down arrow, synthesised through AT-SPI as assistive technology does."""
    pyatspi.Registry.generateKeyboardEvent(DOWN, None, pyatspi.KEY_SYM)


def answer_question(nodes: list[dict[str, Any]]) -> str:
    """Give some answer with accessibility actions; returns the kind of control used."""
    for n in nodes:
        if n["role"] in ("radio button", "check box") and n["enabled"] and n["name"]:
            if "sure" in n["name"].lower():
                continue
            press(n)
            return n["role"]
    for n in nodes:
        if n["role"] in ("text", "entry") and n["enabled"] and "answer" in n["name"].lower():
            n["acc"].queryEditableText().setTextContents("1")
            return "text"
    combos = [n for n in nodes if n["role"] == "combo box" and n["enabled"]]
    if combos:
        for combo in combos:
            combo["acc"].queryComponent().grabFocus()
            time.sleep(0.3)
            key_down()
            time.sleep(0.3)
        return "combo box"
    # ordering: move the selected item down (an untouched order is no answer)
    move = find(nodes, "push button", "Move the selected item down")
    if move is not None and move["enabled"]:
        press(move)
        return "push button"
    return "none"


def drive(quizzes: int, out_file: Path) -> None:
    report: dict[str, Any] = {"questions": [], "scores": [], "unnamed": [], "errors": []}
    nodes = wait_for(
        lambda t: (
            t if (find(t, "push button", "Quick quiz") or find(t, "text", "new learner")) else None
        ),
        120,
        "the first screen",
    )
    activate_window()
    field = find(nodes, "text", "new learner")
    if field is not None:
        field["acc"].queryEditableText().setTextContents("Blind learner")
        time.sleep(0.3)
        press(wait_for(lambda t: find(t, "push button", "Add learner"), 30, "Add learner"))
    for _ in range(quizzes):
        press(wait_for(lambda t: find(t, "push button", "Quick quiz"), 60, "Quick quiz"))
        while True:
            nodes = wait_for(
                lambda t: (
                    t
                    if any(n["role"] == "push button" and n["name"] == "Check" for n in t)
                    or present(t, "push button", "Retry mistakes")
                    else None
                ),
                60,
                "a question or the results",
            )
            if present(nodes, "push button", "Retry mistakes") or not any(
                n["name"] == "Check" for n in nodes
            ):
                break
            question = {
                "number": next(
                    (n["name"] for n in nodes if n["role"] == "label" and NUMBER.match(n["name"])),
                    "",
                ),
                "text": next(
                    (n["name"] for n in nodes if n["description"] == "Question"),
                    "",
                ),
                "options": [
                    n["name"]
                    for n in nodes
                    if n["role"] in ("radio button", "check box")
                    and "sure" not in n["name"].lower()
                ],
                "labels": [readable(n) for n in nodes if n["role"] == "label"],
                "controls": [(n["role"], readable(n)) for n in nodes if n["role"] in OPERABLE],
            }
            report["unnamed"] += [
                n["role"] for n in nodes if n["role"] in OPERABLE and not n["name"].strip()
            ]
            question["answered_with"] = answer_question(nodes)
            time.sleep(0.3)
            check = wait_for(
                lambda t: next(
                    (
                        n
                        for n in t
                        if n["role"] == "push button" and n["name"] == "Check" and n["enabled"]
                    ),
                    None,
                ),
                60,
                "Check enabled",
            )
            press(check)
            after = wait_for(
                lambda t: (
                    t
                    if find(t, "push button", "Next") or find(t, "push button", "See results")
                    else None
                ),
                30,
                "feedback",
            )
            time.sleep(0.3)
            after = tree()
            question["focused"] = [
                {"role": n["role"], "name": n["name"], "description": n["description"]}
                for n in after
                if n["focused"] and n["showing"]  # a closed drop-down's list keeps its own
            ]
            question["after_labels"] = [readable(n) for n in after if n["role"] == "label"]
            report["questions"].append(question)
            nxt = find(after, "push button", "See results") or find(after, "push button", "Next")
            assert nxt is not None
            press(nxt)
        nodes = wait_for(lambda t: t if present(t, "push button", "Retry mistakes") else None)
        time.sleep(0.5)
        nodes = tree()
        report["scores"].append([readable(n) for n in nodes if n["role"] == "label"])
        press(wait_for(lambda t: find(t, "push button", "Home"), 30, "Home"))
    out_file.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


def walk_until(stop: Path, out_file: Path) -> None:
    walks = nodes = 0
    while not stop.exists():
        found = tree(showing_only=False)
        walks += 1
        nodes += len(found)
        time.sleep(0.02)
    out_file.write_text(json.dumps({"walks": walks, "nodes": nodes}), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "walk":
        walk_until(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        drive(int(sys.argv[2]), Path(sys.argv[3]))
