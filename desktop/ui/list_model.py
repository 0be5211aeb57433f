"""A table model over a Python list of rows: row count, column count, numbered rows and
translated column headers, written once for the small tables of the card's tabs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ParentIndex = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Subclasses set COLUMN_COUNT and give their rows and headers; they add `data`."""

    COLUMN_COUNT = 0

    def _rows(self) -> Sequence[Any]:
        return ()

    def _headers(self) -> list[str]:
        return []

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT:
            return self._headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
