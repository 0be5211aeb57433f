"""Table models of the Sync window: rejected changes, open conflicts, notices.

Each holds a list of the services' own row objects (read on the worker by the window) and
only formats them; attributes are read with `getattr` defaults so a row without an optional
detail (who made the other change, say) shows a dash instead of breaking the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.list_model import ListTableModel
from desktop.ui.sync_text import SyncText

ParentIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2  # (table, record id)


def mine_side(conflict: Any, device_id: str) -> str:
    """"winner" or "loser": which of a conflict's two values this computer wrote. A conflict
    between two other computers of the okrug shows the value that lost as "mine" (the one a
    person here would bring back)."""
    return "winner" if getattr(conflict, "winner_device", None) == device_id else "loser"


def other_side(side: str) -> str:
    return "loser" if side == "winner" else "winner"


class _SyncRows(ListTableModel):
    """Rows with an `id` and a record (table, record id), and translated cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = SyncText(self)
        self.rows: list[Any] = []
        self.labels: dict[str, str] = {}  # record id -> a person's name, read on the worker

    def _rows(self) -> Sequence[Any]:
        return self.rows

    def set_rows(self, rows: Sequence[Any], labels: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.labels = dict(labels or {})
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def record(self, row: Any) -> str:
        """"Applicant: Нұрланова Әйгерім" when the name is known, else the record's kind."""
        kind = self.text.table(getattr(row, "table", None) or "")
        label = self.labels.get(getattr(row, "record_id", None) or "")
        return f"{kind}: {label}" if label else kind

    def retranslate(self) -> None:
        if self.COLUMN_COUNT:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.COLUMN_COUNT - 1))

    def _cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, index.column())
        if role == IdRole:
            return getattr(row, "id", None) or getattr(row, "ids", None)
        if role == RecordRole:
            return (getattr(row, "table", None), getattr(row, "record_id", None))
        return None


class RejectedChangesModel(_SyncRows):
    """Saves the district refused: record, fields, reason (translated)."""

    COLUMN_COUNT = 3

    def _headers(self) -> list[str]:
        return [self.tr("Record"), self.tr("Fields"), self.tr("Reason")]

    def _cell(self, row: Any, column: int) -> str:
        t = self.text
        if column == 0:
            return self.record(row)
        if column == 1:
            return ", ".join(t.field(name) for name in getattr(row, "fields", ()) or ())
        return t.reason(getattr(row, "reason", None))


class ConflictsModel(_SyncRows):
    """Two concurrent edits of one field: mine, theirs, and when the district reported it."""

    COLUMN_COUNT = 5

    def __init__(self, device_id: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.device_id = device_id

    def _headers(self) -> list[str]:
        return [self.tr("Record"), self.tr("Field"), self.tr("My value"),
                self.tr("Their value"), self.tr("Reported")]

    def values(self, row: Any) -> tuple[Any, Any]:
        """(mine, theirs)."""
        side = mine_side(row, self.device_id)
        return (getattr(row, f"{side}_value", None),
                getattr(row, f"{other_side(side)}_value", None))

    def _cell(self, row: Any, column: int) -> str:
        t = self.text
        if column == 0:
            return self.record(row)
        if column == 1:
            return t.field(getattr(row, "field", None))
        if column in (2, 3):
            return t.value(self.values(row)[column - 2])
        return t.when(getattr(row, "received_at", None))


class NoticesModel(_SyncRows):
    """What the district tells this okrug, e.g. an IIN also registered elsewhere."""

    COLUMN_COUNT = 3

    def _headers(self) -> list[str]:
        return [self.tr("Notice"), self.tr("Record"), self.tr("Received")]

    def _cell(self, row: Any, column: int) -> str:
        t = self.text
        if column == 0:
            return t.notice(getattr(row, "kind", None), getattr(row, "data", None) or {})
        if column == 1:
            return self.record(row)
        return t.when(getattr(row, "received_at", None))
