"""The district's reference lists as Qt table models, with a search-as-you-type filter.

One model class serves every list: a list's columns are `Column`s (a title, how a row shows,
how it sorts). Rows are the services' dicts (`services.reference_data`, `services.matching`),
read whole: a district's lists are small. `ReferenceFilterModel` keeps the rows whose shown
text holds every typed word, folded like names (so "кокпекты" finds "Көкпекті ауылы"), and
sorts by each column's own key (money as Decimal, dates as dates, names in Kazakh order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain.names import fold_name, kazakh_sort_text
from desktop.ui import i18n
from desktop.ui.applicant_model import format_date
from desktop.ui.report_model import format_number

ParentIndex = QModelIndex | QPersistentModelIndex
CLOSED_COLOUR = QColor("#8c8c8c")  # a closed vacancy stays listed, greyed

VACANCIES = "vacancies"
EDUCATION = "education_organisations"
SETTLEMENTS = "settlements"
EMPLOYERS = "employers"
MATCHES = "matches"  # vacancies matching one applicant
KINDS = (VACANCIES, EDUCATION, SETTLEMENTS, EMPLOYERS, MATCHES)


class ReferenceText(QObject):
    """Every visible string of the reference lists (lupdate context ReferenceText)."""

    def header(self, key: str) -> str:
        return {
            "specialty": self.tr("Specialty"),
            "employer": self.tr("Employer"),
            "settlement": self.tr("Settlement"),
            "wage": self.tr("Wage"),
            "places": self.tr("Places"),
            "posted_on": self.tr("Posted"),
            "closes_on": self.tr("Closes"),
            "status": self.tr("Status"),
            "name": self.tr("Name"),
            "bin": self.tr("BIN"),
            "licence": self.tr("Licence"),
            "name_kk": self.tr("Name in Kazakh"),
            "name_ru": self.tr("Name in Russian"),
            "local_name": self.tr("Settlement"),
            "kato": self.tr("KATO"),
            "okrug": self.tr("Rural okrug (KATO)"),
            "potential": self.tr("Potential"),
            "support": self.tr("Support settlement"),
            "level": self.tr("Match"),
            "proximity": self.tr("Where"),
        }[key]

    def status(self, value: str) -> str:
        return self.tr("open") if value == "open" else self.tr("closed")

    def potential(self, value: str | None) -> str:
        return {
            "low": self.tr("low"), "medium": self.tr("medium"), "high": self.tr("high"),
        }.get(value or "", "—")

    def yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def level(self, value: int) -> str:
        return (self.tr("exact"), self.tr("close"), self.tr("partial"), "")[int(value)]

    def proximity(self, value: int) -> str:
        return (self.tr("this settlement"), self.tr("this okrug"), self.tr("this district"),
                self.tr("elsewhere"))[int(value)]


def money(amount: Decimal | None) -> str:
    """Tenge in the current locale, from the Decimal (never a float); empty when unknown."""
    return "" if amount is None else format_number(amount, "tenge") + " ₸"


def settlement_name(row: dict[str, Any], prefix: str = "settlement") -> str:
    """The row's settlement in the interface language (Russian for English), else its КАТО."""
    language = "kk" if i18n.current_language() == "kk" else "ru"
    return row.get(f"{prefix}_{language}") or row.get("settlement_kato") or ""


def _text_key(text: str | None) -> tuple[int, str]:
    # Empty cells sort last whichever way: (1, "") after every (0, …).
    return (1, "") if not text else (0, kazakh_sort_text(text))


def _value_key(value: Any) -> tuple[int, Any]:
    return (1, 0) if value is None or value == "" else (0, value)


@dataclass(frozen=True)
class Column:
    key: str  # ReferenceText.header key
    display: Callable[[dict[str, Any], ReferenceText], str]
    sort: Callable[[dict[str, Any]], Any] | None = None  # None: by the shown text
    right: bool = False  # numbers and money are right-aligned


def _field(name: str) -> Callable[[dict[str, Any], ReferenceText], str]:
    return lambda row, _t: str(row.get(name) or "")


def _date(name: str) -> Column:
    return Column(f"{name}", lambda row, _t: format_date(row.get(name)),
                  lambda row: _value_key(row.get(name)))


def _places() -> Column:
    return Column("places", lambda row, _t: QLocale().toString(int(row["places"] or 0)),
                  lambda row: _value_key(row.get("places")), right=True)


def _wage() -> Column:
    return Column("wage", lambda row, _t: money(row.get("wage")),
                  lambda row: _value_key(row.get("wage")), right=True)


def _settlement() -> Column:
    return Column("settlement", lambda row, _t: settlement_name(row))


def columns(kind: str) -> tuple[Column, ...]:
    """The columns of one list, in order."""
    name = Column("name", _field("name"))
    bin_column = Column("bin", _field("bin"))
    if kind == VACANCIES:
        return (
            Column("specialty", _field("specialty")),
            Column("employer", _field("employer_name")),
            _settlement(), _wage(), _places(), _date("posted_on"), _date("closes_on"),
            Column("status", lambda row, t: t.status(row["status"]),
                   lambda row: row["status"] != "open"),
        )
    if kind == MATCHES:
        return (
            Column("level", lambda row, t: t.level(row["level"]),
                   lambda row: (int(row["level"]), -row["score"])),
            Column("specialty", _field("specialty")),
            Column("employer", _field("employer_name")),
            _settlement(),
            Column("proximity", lambda row, t: t.proximity(row["proximity"]),
                   lambda row: int(row["proximity"])),
            _wage(), _places(), _date("closes_on"),
        )
    if kind == EDUCATION:
        return (name, bin_column, _settlement(), Column("licence", _field("licence")))
    if kind == SETTLEMENTS:
        order = {"low": 0, "medium": 1, "high": 2}
        return (
            Column("local_name", lambda row, _t: settlement_name(row, "name")),
            Column("kato", _field("kato")),
            Column("okrug", _field("okrug_kato")),
            Column("potential", lambda row, t: t.potential(row.get("potential")),
                   lambda row: _value_key(order.get(row.get("potential") or ""))),
            Column("support", lambda row, t: t.yes_no(row["support"]),
                   lambda row: not row["support"]),
        )
    if kind == EMPLOYERS:
        return (name, bin_column, _settlement())
    raise ValueError(f"unknown reference list: {kind}")


class ReferenceTableModel(QAbstractTableModel):
    """One reference list; `set_rows` replaces it, `retranslate` redraws it."""

    RecordRole = Qt.ItemDataRole.UserRole + 1  # the service's dict
    SortRole = Qt.ItemDataRole.UserRole + 2  # a Python key the filter model compares

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.text = ReferenceText(self)
        self.columns = columns(kind)
        self._rows: list[dict[str, Any]] = []
        self._search: dict[int, str] = {}  # row → folded shown text, for the filter

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search.clear()
        self.endResetModel()

    def row(self, number: int) -> dict[str, Any]:
        return self._rows[number]

    def column_of(self, key: str) -> int:
        return next(n for n, column in enumerate(self.columns) if column.key == key)

    # -- shape ----------------------------------------------------------------------------
    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text.header(self.columns[section].key)
        return None

    # -- cells ----------------------------------------------------------------------------
    def display(self, row: int, column: int) -> str:
        return self.columns[column].display(self._rows[row], self.text)

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[column].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[row].get("status") == "closed":
            return CLOSED_COLOUR
        if role == self.RecordRole:
            return self._rows[row]
        if role == self.SortRole:
            return self.sort_key(row, column)
        return None

    def sort_key(self, row: int, column: int) -> Any:
        spec = self.columns[column]
        if spec.sort is not None:
            return spec.sort(self._rows[row])
        return _text_key(self.display(row, column))

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def search_text(self, row: int) -> str:
        """Everything the row shows (and both settlement names), folded, for the filter."""
        found = self._search.get(row)
        if found is None:
            record = self._rows[row]
            parts = [self.display(row, c) for c in range(len(self.columns))]
            parts += [str(record.get(k) or "") for k in
                      ("settlement_kk", "settlement_ru", "name_kk", "name_ru", "settlement_kato")]
            found = " ".join(fold_name(part) for part in parts)
            self._search[row] = found
        return found

    def retranslate(self) -> None:
        """Words, settlement names, money and dates follow the language."""
        self._search.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class ReferenceFilterModel(QSortFilterProxyModel):
    """Rows holding every typed word (folded), sorted by the columns' own keys."""

    def __init__(self, source: ReferenceTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSourceModel(source)
        self.setDynamicSortFilter(False)  # the rows change only through set_rows

    @property
    def reference(self) -> ReferenceTableModel:
        source = self.sourceModel()
        assert isinstance(source, ReferenceTableModel)
        return source

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold_name(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ParentIndex) -> bool:
        if not self._words:
            return True
        haystack = self.reference.search_text(source_row)
        return all(word in haystack for word in self._words)

    def lessThan(self, left: ParentIndex, right: ParentIndex) -> bool:
        model = self.reference
        first = model.sort_key(left.row(), left.column())
        second = model.sort_key(right.row(), right.column())
        return first < second
