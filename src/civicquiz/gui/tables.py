"""Tables on Qt's model/view: one model holding plain rows, one view showing them.

A table of a class's results can hold tens of thousands of cells. Items per cell
(``QTableWidget``) cost a wrapper object and several binding calls each, every time the
screen is filled; a model hands Qt only the cells it draws, so filling a table is one
reset whatever its size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

DISPLAY = Qt.ItemDataRole.DisplayRole
KEY = Qt.ItemDataRole.UserRole
ParentIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of values shown as text, each row with an optional key (an id) under
    ``Qt.UserRole``."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: Sequence[Sequence[Any]] = []
        self._keys: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[Any]], keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows  # shown as text when drawn
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def text(self, row: int, column: int) -> str:
        return str(self._rows[row][column])

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ParentIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(self._rows[index.row()][index.column()])
        if role == KEY:
            return self._keys[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


@dataclass(frozen=True)
class Cell:
    """One cell read back from a :class:`DataTable` (what a user sees in it)."""

    value: str
    row_key: Any

    def text(self) -> str:
        return self.value

    def data(self, role: int) -> Any:
        return self.row_key if role == KEY else self.value


class DataTable(QTableView):
    """A read-only table of rows, selected a row at a time."""

    def __init__(self, headers: Sequence[str], name: str, *, stretch: int | None = None) -> None:
        super().__init__()
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setAccessibleName(name)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        # Column widths from the first rows only: measuring asks the model for every
        # measured cell, which for a class's quizzes would be thousands of calls.
        self.horizontalHeader().setResizeContentsPrecision(100)
        self.stretch = len(headers) - 1 if stretch is None else stretch

    def set_rows(self, rows: Sequence[Sequence[Any]], keys: Sequence[Any] | None = None) -> None:
        self.rows_model.set_rows(rows, keys)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)

    # Reading back, in the terms of the rows given.
    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def item(self, row: int, column: int) -> Cell | None:
        if not (0 <= row < self.rowCount() and 0 <= column < self.rows_model.columnCount()):
            return None
        return Cell(self.rows_model.text(row, column), self.rows_model.key(row))

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def setCurrentCell(self, row: int, column: int) -> None:
        self.selectionModel().setCurrentIndex(
            self.rows_model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_key(self) -> Any:
        """The key of the current row, None when no row is current."""
        return self.rows_model.key(self.currentRow())
