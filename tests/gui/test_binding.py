"""The installed Qt binding does not have the bug that crashed long sessions.

PySide6 6.12.0 (Python 3.11) lost a reference to ``None`` in every ``QTableWidget.setItem``
and many other calls; after a few thousand the interpreter aborted. These canaries run
against whatever PySide6 is installed, so a broken release fails the suite instead of a
learner's session.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from civicquiz.gui.binding import binding_problem, none_references_lost

NO_PARENT = QModelIndex()
immortal_none = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to lose"
)


@immortal_none
def test_set_item_keeps_none_alive(qtbot: Any) -> None:
    table = QTableWidget(50, 10)
    qtbot.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem("warm-up"))
    before = sys.getrefcount(None)
    for row in range(50):
        for column in range(10):
            table.setItem(row, column, QTableWidgetItem(f"{row}:{column}"))
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"500 setItem calls lost {lost} references to None"


@immortal_none
def test_model_reset_keeps_none_alive(qtbot: Any) -> None:
    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = NO_PARENT) -> int:
            return 0 if parent.isValid() else 10

        def columnCount(self, parent: Any = NO_PARENT) -> int:
            return 0 if parent.isValid() else 2

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return str(index.row()) if role == Qt.ItemDataRole.DisplayRole else None

    model = Model()
    before = sys.getrefcount(None)
    for _ in range(200):
        model.beginResetModel()
        model.endResetModel()
    lost = before - sys.getrefcount(None)
    assert lost < 40, f"200 model resets lost {lost} references to None"


@immortal_none
def test_start_up_check_agrees() -> None:
    assert none_references_lost() == 0
    assert binding_problem() is None


def test_thousands_of_cells_do_not_abort_the_interpreter() -> None:
    """The crash itself, in a child process: 8,000 cells, then a normal exit."""
    script = (
        "from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem\n"
        "app = QApplication(['canary'])\n"
        "table = QTableWidget(800, 10)\n"
        "for r in range(800):\n"
        "    for c in range(10):\n"
        "        table.setItem(r, c, QTableWidgetItem('x'))\n"
        "del table\n"
        "print('survived')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
