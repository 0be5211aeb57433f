"""The applicant list as a Qt table model, loaded a page at a time as the view scrolls.

Pages come from `services.registry.find_registry`: the search text, the registry's filters
and the sort column together. Pages are small indexed queries run where they are asked for;
how many people match (which can read an index of 100,000 entries) is counted on the worker
thread and announced by `matchCountChanged`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.services.applicants import count_applicants
from desktop.services.registry import RegistryFilter, count_registry, find_registry
from desktop.storage.store import Store
from desktop.ui.tasks import run_in_background

PAGE_SIZE = 200
# The count waits until the person stops typing or clicking, so it never holds the database
# while the next page is asked for; a name search counts up to COUNT_LIMIT ("1,000+").
COUNT_DELAY_MS = 400
COUNT_LIMIT = 1000
ParentIndex = QModelIndex | QPersistentModelIndex


class ApplicantTableModel(QAbstractTableModel):
    """Rows from `find_registry(store, search_text, filters, sort)`; `fetchMore` asks for the
    next page; `sort(column, order)` (a header click) starts over in that order."""

    COL_IIN = 0
    COL_SURNAME = 1
    COL_FIRST_NAME = 2
    COL_PATRONYMIC = 3
    COL_BIRTH_DATE = 4
    COL_SEX = 5
    COL_SETTLEMENT = 6
    COLUMN_COUNT = 7

    PersonIdRole = Qt.ItemDataRole.UserRole + 1
    RecordRole = Qt.ItemDataRole.UserRole + 2  # the service's dict, for detail views

    # The registry's sort key of each column: the three name columns sort by the full name in
    # Kazakh alphabetical order (the stored name_key).
    SORT_KEYS = {
        COL_IIN: "iin", COL_SURNAME: "name", COL_FIRST_NAME: "name", COL_PATRONYMIC: "name",
        COL_BIRTH_DATE: "birth_date", COL_SEX: "sex", COL_SETTLEMENT: "settlement",
    }

    # How many people match the search and filters, once the worker has counted (-1: unknown).
    matchCountChanged = Signal(int)

    def __init__(
        self,
        store: Store,
        settlement_names: Mapping[str, str] | None = None,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settlements = dict(settlement_names or {})
        self._page_size = page_size
        self._search = ""
        self._filters = RegistryFilter()
        self._sort_column = self.COL_SURNAME
        self._descending = False
        self._rows: list[dict[str, Any]] = []
        self._more = False
        self._total: int | None = None
        self._matched: int | None = None
        self._capped = False
        self._generation = 0  # a count that comes back after a newer question is dropped
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_in_background)
        self._load_first_page()

    def set_settlement_names(self, names: Mapping[str, str]) -> None:
        """Show settlements by name (in the interface language) instead of by КАТО code."""
        self._settlements = dict(names)
        if self._rows:
            top = self.index(0, self.COL_SETTLEMENT)
            bottom = self.index(len(self._rows) - 1, self.COL_SETTLEMENT)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    # -- loading ----------------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Start over with what the person typed (the caller debounces keystrokes)."""
        self._search = text.strip()
        self._reload()

    @property
    def filters(self) -> RegistryFilter:
        return self._filters

    def set_filters(self, filters: RegistryFilter) -> None:
        """Start over with the registry's filters (combined with the search text)."""
        filters.check()
        if filters != self._filters:
            self._filters = filters
            self._reload()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the list in that column's order, from the first page."""
        if column not in self.SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self._reload()

    def refresh(self) -> None:
        """After a save or an import: the rows and the total again."""
        self._total = None
        self._reload()

    def total_count(self) -> int:
        """All applicants in the database, whatever the search (counted once, then on refresh:
        at 100,000 people it reads a whole index, too slow to repeat at every keystroke)."""
        if self._total is None:
            self._total = count_applicants(self._store)
        return self._total

    def match_count(self) -> int | None:
        """How many people match the search and filters; None until the worker has counted."""
        return self._matched

    def match_capped(self) -> bool:
        """True when at least match_count() people match (a name search counts so far)."""
        return self._capped

    def has_more(self) -> bool:
        return self._more

    def _reload(self) -> None:
        self.beginResetModel()
        self._load_first_page()
        self.endResetModel()

    def _page(self, offset: int) -> list[dict[str, Any]]:
        rows = find_registry(
            self._store, self._search, self._filters, self.SORT_KEYS[self._sort_column],
            self._descending, self._page_size, offset,
        )
        self._more = len(rows) >= self._page_size
        return rows

    def _load_first_page(self) -> None:
        self._rows = self._page(0)
        self._generation += 1
        self._capped = False
        self._count_timer.stop()
        if not self._more:
            self._matched = len(self._rows)  # everything is on the first page: no query
        elif not self._search and not self._filters.active_count():
            self._matched = self.total_count()  # the status bar shows it anyway
        else:
            self._matched = None
            self._count_timer.start()

    def _count_in_background(self) -> None:
        store, text, filters, generation = (
            self._store, self._search, self._filters, self._generation)
        limit = COUNT_LIMIT + 1 if text else None
        run_in_background(
            lambda: count_registry(store, text, filters, limit=limit),
            lambda count: self._counted(generation, count),
            lambda _error: self._counted(generation, None),
        )

    def _counted(self, generation: int, count: int | None) -> None:
        if generation != self._generation:
            return  # a newer search or filter was asked for meanwhile
        self._capped = count is not None and count > COUNT_LIMIT and bool(self._search)
        self._matched = COUNT_LIMIT if self._capped else count
        self.matchCountChanged.emit(-1 if self._matched is None else self._matched)

    def canFetchMore(self, parent: ParentIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ParentIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows = self._page(len(self._rows))
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- shape ------------------------------------------------------------------------------
    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < self.COLUMN_COUNT:
                return self._headers()[section]
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("IIN"),
            self.tr("Surname"),
            self.tr("First name"),
            self.tr("Patronymic"),
            self.tr("Date of birth"),
            self.tr("Sex"),
            self.tr("Settlement"),
        )

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SETTLEMENT:
            return row.get("settlement_kato") or None
        if role == self.PersonIdRole:
            return row["id"]
        if role == self.RecordRole:
            return dict(row)
        return None

    def _display(self, row: dict[str, Any], column: int) -> str:
        if column == self.COL_IIN:
            return row["iin"]
        if column == self.COL_SURNAME:
            return row["last_name"]
        if column == self.COL_FIRST_NAME:
            return row["first_name"]
        if column == self.COL_PATRONYMIC:
            return row.get("patronymic") or ""
        if column == self.COL_BIRTH_DATE:
            return format_date(row.get("birth_date"))
        if column == self.COL_SEX:
            return {"male": self.tr("male"), "female": self.tr("female")}.get(row.get("sex"), "")
        if column == self.COL_SETTLEMENT:
            kato = row.get("settlement_kato") or ""
            return self._settlements.get(kato, kato)
        return ""

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headers, sex and date formats follow the language: tell the views to redraw."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
            )


def format_date(iso: str | None) -> str:
    """A date in the current locale's short form, always with a four-digit year."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(date, pattern)
