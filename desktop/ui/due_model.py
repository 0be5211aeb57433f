"""Today's work as a table model: what to do, for whom, by when, and how late it is.

An overdue row says so in words ("Overdue by 2 days") and is also red and bold: colour is
never the only sign.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.deadlines import DueItem, DueKind
from desktop.ui.applicant_model import format_date

ParentIndex = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#a8071a")
SOON_COLOUR = QColor("#ad6800")
SOON_DAYS = 2  # due today, tomorrow or the day after: amber
_REFERENCE = re.compile(r"(§[\d.]+) step (\d+)")


class DueText(QObject):
    """The words of today's work, asked again on every language change."""

    def kind(self, kind: DueKind) -> str:
        return {
            DueKind.CONCLUSION: self.tr("Akim's conclusion on the project"),
            DueKind.NOTIFICATION: self.tr("Notify the applicant of the decision"),
            DueKind.VISIT: self.tr("Project support visit"),
            DueKind.DRAFT: self.tr("Draft: send to the employment centre"),
        }[kind]

    def when(self, days_left: int | None, waiting: int) -> str:
        if days_left is None:
            return self.tr("Waiting %n day(s)", "", waiting)
        if days_left < 0:
            return self.tr("Overdue by %n day(s)", "", -days_left)
        if days_left == 0:
            return self.tr("Due today")
        return self.tr("%n day(s) left", "", days_left)

    def reference(self, reference: str) -> str:
        """"§4.3.2 step 3" as the language writes an item of a section."""
        found = _REFERENCE.fullmatch(reference)
        if found is None:
            return reference
        return self.tr("{section}, step {step}").format(section=found[1], step=found[2])

    def headers(self) -> list[str]:
        return [self.tr("To do"), self.tr("Case"), self.tr("Applicant"), self.tr("Due by"),
                self.tr("Time"), self.tr("Decree")]


class DueItemsModel(QAbstractTableModel):
    COL_KIND, COL_CASE, COL_PERSON, COL_DUE, COL_WHEN, COL_REFERENCE = range(6)
    COLUMN_COUNT = 6

    ItemRole = Qt.ItemDataRole.UserRole + 1  # the services' DueItem
    PersonIdRole = Qt.ItemDataRole.UserRole + 2
    CaseIdRole = Qt.ItemDataRole.UserRole + 3
    OverdueRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = DueText(self)
        self.items: list[DueItem] = []
        self._headers = self.text.headers()

    def set_items(self, items: Sequence[DueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def retranslate(self) -> None:
        self._headers = self.text.headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.items) - 1, self.COLUMN_COUNT - 1))

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMN_COUNT):
            return self._headers[section]
        return None

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (
                self.COL_DUE, self.COL_WHEN, self.COL_KIND):
            if item.overdue:
                return QBrush(OVERDUE_COLOUR)
            if item.days_left is not None and item.days_left <= SOON_DAYS:
                return QBrush(SOON_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and item.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_REFERENCE:
            return item.reference or None
        if role == self.ItemRole:
            return item
        if role == self.PersonIdRole:
            return item.person_id
        if role == self.CaseIdRole:
            return item.case_id
        if role == self.OverdueRole:
            return item.overdue
        return None

    def _display(self, item: DueItem, column: int) -> str:
        if column == self.COL_KIND:
            return self.text.kind(item.kind)
        if column == self.COL_CASE:
            return item.case_number
        if column == self.COL_PERSON:
            return item.person_name
        if column == self.COL_DUE:
            return format_date(item.due_on.isoformat()) if item.due_on else "—"
        if column == self.COL_WHEN:
            return self.text.when(item.days_left, item.waiting_days)
        if column == self.COL_REFERENCE:
            return self.text.reference(item.reference) if item.reference else ""
        return ""

    def counts(self) -> dict[str, int]:
        """How many items are overdue, due (not yet late) and waiting in draft."""
        overdue = sum(1 for i in self.items if i.overdue)
        drafts = sum(1 for i in self.items if i.kind is DueKind.DRAFT)
        return {"overdue": overdue, "due": len(self.items) - overdue - drafts,
                "drafts": drafts}
