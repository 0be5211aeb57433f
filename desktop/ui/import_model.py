"""The import preview's problems and ИИН duplicates as Qt table models (row, column, reason)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui import i18n

ParentIndex = QModelIndex | QPersistentModelIndex


class _ReadOnlyTable(QAbstractTableModel):
    """Rows of a fixed list, translated headers, nothing editable."""

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < self.COLUMN_COUNT else None
        return section + 1

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headers and reasons follow the language: tell the views to redraw."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class ProblemTableModel(_ReadOnlyTable):
    """Each `RowProblem` of a preview: spreadsheet row, column, and the reason translated."""

    COL_ROW = 0
    COL_COLUMN = 1
    COL_REASON = 2
    COLUMN_COUNT = 3

    ProblemRole = Qt.ItemDataRole.UserRole + 1  # the RowProblem itself

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_ROW:
                return QLocale().toString(problem.row) if problem.row else ""
            if column == self.COL_COLUMN:
                return str(problem.column or "")
            if column == self.COL_REASON:
                return i18n.translate_error(problem)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ProblemRole:
            return problem
        return None


@dataclass(frozen=True)
class Duplicate:
    """An ИИН met in more than one row, or already registered (to `registered`, by name)."""

    iin: str
    rows: tuple[int, ...]
    registered: str | None = None


class DuplicateTableModel(_ReadOnlyTable):
    """ИИН that occur more than once in the file or are already in the database: where."""

    COL_IIN = 0
    COL_ROWS = 1
    COL_REGISTERED = 2
    COLUMN_COUNT = 3

    def headers(self) -> tuple[str, ...]:
        return (self.tr("IIN"), self.tr("Rows"), self.tr("Already registered to"))

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        duplicate: Duplicate = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.COL_IIN:
                return duplicate.iin
            if index.column() == self.COL_ROWS:
                return ", ".join(QLocale().toString(r) for r in duplicate.rows)
            if index.column() == self.COL_REGISTERED:
                return duplicate.registered or "—"
        return None
