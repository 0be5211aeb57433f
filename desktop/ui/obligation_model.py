"""The parties' obligations of one contract version as a table (number, party, text, §, due)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ParentIndex = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "party", "text", "section", "due")


class ObligationText(QObject):
    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Party"), self.tr("Obligation"), self.tr("Section"),
                self.tr("Due")]

    def party(self, value: str) -> str:
        return {"participant": self.tr("Participant"),
                "centre": self.tr("Employment centre")}.get(value, value)


class ObligationModel(QAbstractTableModel):
    """Obligations in the printed form's language (they are stored in Kazakh and Russian)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ObligationText(self)
        self._rows: list[dict[str, Any]] = []
        self._numbers: list[str] = []
        self.language = "ru"

    def set_obligations(self, rows: list[dict[str, Any]], language: str) -> None:
        self.beginResetModel()
        # The participant's first (section 4), then the centre's (section 5), as printed.
        self._rows = sorted(rows, key=lambda r: r["party"] != "participant")
        self.language = language
        # Numbered per party, as the printed sections 4 (participant) and 5 (centre) are.
        counters = {"participant": 0, "centre": 0}
        self._numbers = []
        for row in self._rows:
            counters[row["party"]] = counters.get(row["party"], 0) + 1
            section = 4 if row["party"] == "participant" else 5
            self._numbers.append(f"{section}.{counters[row['party']]}")
        self.endResetModel()

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.text.headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "number":
                return self._numbers[index.row()]
            if column == "party":
                return self.text.party(row["party"])
            if column == "text":
                kk = self.language == "kk" and row.get("description_kk")
                return row["description_kk"] if kk else row["description"]
            if column == "section":
                return row.get("section") or ""
            due = row.get("due_on")
            return date.fromisoformat(due).strftime("%d.%m.%Y") if due else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "due"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                               len(COLUMNS) - 1))
