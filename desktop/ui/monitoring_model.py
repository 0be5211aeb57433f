"""Monitoring of one case as Qt table models: visits, obligations, sanctions, and their words.

Rows are the services' dicts (`services.monitoring.list_*`); the models only show them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.ui.applicant_model import format_date

ParentIndex = QModelIndex | QPersistentModelIndex
BREACH_COLOUR = QColor("#a8071a")
PARTLY_COLOUR = QColor("#ad6800")
FULFILLED_COLOUR = QColor("#237804")


class MonitoringText(QObject):
    """The words of monitoring shared by the window, its dialogs and its tables."""

    def place(self, value: str | None) -> str:
        return {
            "home": self.tr("at home"),
            "workplace": self.tr("at the workplace"),
            "training_organisation": self.tr("at the training organisation"),
            "akimat": self.tr("at the akimat"),
            "other": self.tr("elsewhere"),
        }.get(value or "", value or "")

    def compliance(self, value: str | None) -> str:
        return {
            "compliant": self.tr("complies"),
            "partly": self.tr("complies partly"),
            "breach": self.tr("breach"),
        }.get(value or "", value or "")

    def obligation_status(self, value: str | None) -> str:
        return {
            "open": self.tr("not checked yet"),
            "fulfilled": self.tr("fulfilled"),
            "broken": self.tr("not fulfilled"),
        }.get(value or "", value or "")

    def party(self, value: str | None) -> str:
        return {
            "participant": self.tr("participant"),
            "employment_centre": self.tr("employment centre"),
            "employer": self.tr("employer"),
            "education_organisation": self.tr("education organisation"),
        }.get(value or "", value or "")

    def ground(self, value: str | None) -> str:
        return {
            "refusal": self.tr("refused to take part in employment measures"),
            "non_fulfilment": self.tr("did not fulfil the social contract"),
        }.get(value or "", value or "")

    def sanction_kind(self, row: dict[str, Any]) -> str:
        if row["kind"] == "sanction_lifted":
            return self.tr("sanction lifted")
        return self.tr("sanction")

    def asp_effect(self, row: dict[str, Any]) -> str:
        """What the decision does to АСП: always says the family keeps its right (§6)."""
        if row["kind"] == "sanction_lifted":
            return self.tr("payment to the person resumes")
        if not row["asp_suspended"]:
            return self.tr("АСП not suspended")
        if row.get("lifted_on"):
            return self.tr("was suspended for the person until {date}").format(
                date=format_date(row["lifted_on"]))
        return self.tr("suspended for the person; the family keeps its right")

    def lifts(self, day: str) -> str:
        return self.tr("lifts the sanction of {date}").format(date=day)

    def yes(self) -> str:
        return self.tr("yes")

    def visit_headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Place"), self.tr("Compliance"), self.tr("Findings"),
                self.tr("Visited by"), self.tr("Sanction proposed"), self.tr("Corrected")]

    def obligation_headers(self) -> list[str]:
        return [self.tr("Obligation"), self.tr("Party"), self.tr("Due"), self.tr("Status"),
                self.tr("Checked on"), self.tr("Note"), self.tr("Checked by")]

    def sanction_headers(self) -> list[str]:
        return [self.tr("Decided on"), self.tr("Decision"), self.tr("Ground"), self.tr("Reason"),
                self.tr("АСП"), self.tr("Recorded by")]


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of one kind of record; subclasses say the columns and their text."""

    RecordRole = Qt.ItemDataRole.UserRole + 1  # the service's dict
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = MonitoringText(self)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def record(self, row: int) -> dict[str, Any] | None:
        return dict(self._rows[row]) if 0 <= row < len(self._rows) else None

    def find(self, record_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row["id"] == record_id), -1)

    # The base shows no columns (a valid, empty table): raising here broke Qt's model
    # contract, as columnCount() must answer for any instance.
    def headers(self) -> list[str]:
        return []

    def display(self, row: dict[str, Any], column: int) -> str:
        return ""

    def colour(self, row: dict[str, Any], column: int) -> QColor | None:
        return None

    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, index.column()) or None  # an elided text in full
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        if role == self.RecordRole:
            return dict(row)
        if role == self.IdRole:
            return row["id"]
        return None

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headers, words and date formats follow the language: tell the views to redraw."""
        columns = self.columnCount()
        if not columns:
            return  # headerDataChanged(0, -1) would name a section that does not exist
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, columns - 1))


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class VisitTableModel(RecordTableModel):
    COL_DATE, COL_PLACE, COL_COMPLIANCE, COL_FINDINGS, COL_VISITOR, COL_PROPOSED, COL_CORRECTED = (
        range(7))

    def headers(self) -> list[str]:
        return self.text.visit_headers()

    def display(self, row: dict[str, Any], column: int) -> str:
        t = self.text
        if column == self.COL_DATE:
            return format_date(row["visited_on"])
        if column == self.COL_PLACE:
            place = t.place(row["place"])
            return f"{place}: {row['place_note']}" if row.get("place_note") else place
        if column == self.COL_COMPLIANCE:
            return t.compliance(row["compliance"])
        if column == self.COL_FINDINGS:
            return _one_line(row.get("findings"))
        if column == self.COL_VISITOR:
            return row.get("visitor") or ""
        if column == self.COL_PROPOSED:
            return t.yes() if row.get("sanction_proposed") else ""
        if column == self.COL_CORRECTED:
            return format_date(row.get("corrected_at"))
        return ""

    def colour(self, row: dict[str, Any], column: int) -> QColor | None:
        if column == self.COL_COMPLIANCE:
            return {"breach": BREACH_COLOUR, "partly": PARTLY_COLOUR}.get(row["compliance"])
        return None


class ObligationTableModel(RecordTableModel):
    COL_DESCRIPTION, COL_PARTY, COL_DUE, COL_STATUS, COL_CHECKED, COL_NOTE, COL_BY = range(7)

    def headers(self) -> list[str]:
        return self.text.obligation_headers()

    def display(self, row: dict[str, Any], column: int) -> str:
        t = self.text
        values = {
            self.COL_DESCRIPTION: lambda: _one_line(row["description"]),
            self.COL_PARTY: lambda: t.party(row["party"]),
            self.COL_DUE: lambda: format_date(row.get("due_on")),
            self.COL_STATUS: lambda: t.obligation_status(row["status"]),
            self.COL_CHECKED: lambda: format_date(row.get("checked_on")),
            self.COL_NOTE: lambda: _one_line(row.get("check_note")),
            self.COL_BY: lambda: row.get("checked_by") or "",
        }
        return values[column]() if column in values else ""

    def colour(self, row: dict[str, Any], column: int) -> QColor | None:
        if column == self.COL_STATUS:
            return {"broken": BREACH_COLOUR, "fulfilled": FULFILLED_COLOUR}.get(row["status"])
        return None


class SanctionTableModel(RecordTableModel):
    # Every sanction is the employment centre's (§7): the window says so above the list.
    COL_DATE, COL_KIND, COL_GROUND, COL_REASON, COL_ASP, COL_AUTHOR = range(6)

    def headers(self) -> list[str]:
        return self.text.sanction_headers()

    def display(self, row: dict[str, Any], column: int) -> str:
        t = self.text
        values = {
            self.COL_DATE: lambda: format_date(row["decided_on"]),
            self.COL_KIND: lambda: t.sanction_kind(row),
            self.COL_GROUND: lambda: t.ground(row.get("ground")) if row["kind"] == "sanction"
            else t.lifts(format_date(row.get("lifts_decided_on"))),
            self.COL_REASON: lambda: _one_line(row.get("reason")),
            self.COL_ASP: lambda: t.asp_effect(row),
            self.COL_AUTHOR: lambda: row.get("author") or "",
        }
        return values[column]() if column in values else ""

    def colour(self, row: dict[str, Any], column: int) -> QColor | None:
        active = row["kind"] == "sanction" and row["asp_suspended"] and not row.get("lifted_on")
        return BREACH_COLOUR if column == self.COL_ASP and active else None

    def active_sanctions(self) -> list[dict[str, Any]]:
        """Sanctions not lifted yet, newest first (what "Lift sanction" offers)."""
        return [dict(r) for r in reversed(self._rows)
                if r["kind"] == "sanction" and not r.get("lifted_on")]
