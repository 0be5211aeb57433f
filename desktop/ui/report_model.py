"""The monthly report as a Qt table model (the form's rows and columns), and its chart data.

Rows and headers use the form's own words (`desktop.reports.labels`, Kazakh or Russian), so the
preview reads exactly like the saved Excel form. Section titles are rows of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain.enums import Direction
from desktop.reports import labels
from desktop.services.monthly_report import MonthlyReport, Row
from desktop.ui import i18n
from desktop.ui.charts import ChartData, chart_data

ParentIndex = QModelIndex | QPersistentModelIndex
SECTION_BACKGROUND = QColor("#e8eef7")
INDENT = "    "


def form_language() -> labels.Language:
    """The form's language for the interface language: Kazakh or Russian (English → Russian)."""
    return "kk" if i18n.current_language() == "kk" else "ru"


@dataclass(frozen=True)
class SectionLine:
    """A section title of the form ("Participants", "Use of funds"…)."""

    section: str


def format_number(value: int | Decimal | None, unit: str | None) -> str:
    """A cell as the locale writes it: 1 234, 1 234 567,50 tenge, 12,50 %; "—" when none."""
    if value is None:
        return "—" if unit is not None else ""
    locale = QLocale()
    if unit == "tenge" or unit == "percent":
        text = f"{Decimal(value):,.2f}"  # exact: Decimal, never float
        text = text.replace(",", "\0").replace(".", locale.decimalPoint())
        text = text.replace("\0", locale.groupSeparator())
        return f"{text} %" if unit == "percent" else text
    return locale.toString(int(value))


class ReportTableModel(QAbstractTableModel):
    """One line per form row; per scope two value columns: the month and since 1 January."""

    COL_INDICATOR = 0
    COL_UNIT = 1
    FIRST_VALUE = 2  # then month, year-to-date for each of report.scopes

    ValueRole = Qt.ItemDataRole.UserRole + 1  # the report's own value (int, Decimal or None)
    RowRole = Qt.ItemDataRole.UserRole + 2  # the services' Row (None on a section title)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: MonthlyReport | None = None
        self._lines: list[Row | SectionLine] = []

    def set_report(self, report: MonthlyReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._lines = []
        if report is not None:
            section = None
            for row in report.rows:
                if row.section != section:
                    section = row.section
                    self._lines.append(SectionLine(section))
                self._lines.append(row)
        self.endResetModel()

    # -- shape ------------------------------------------------------------------------------
    def rowCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: ParentIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return self.FIRST_VALUE + 2 * len(self.report.scopes)

    def value_column(self, scope_index: int, ytd: bool = False) -> int:
        """The column of a scope's month value (or year-to-date value)."""
        return self.FIRST_VALUE + 2 * scope_index + int(ytd)

    def line(self, row: int) -> Row | SectionLine:
        return self._lines[row]

    def find_row(self, code: str, breakdown: str = "") -> int:
        """The model row of a report row (a value row, not a heading); -1 when absent."""
        for number, line in enumerate(self._lines):
            found = isinstance(line, Row) and line.unit is not None
            if found and line.code == code and line.breakdown == breakdown:
                return number
        return -1

    # -- headers ----------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        language = form_language()
        if section == self.COL_INDICATOR:
            return labels.text(language, "col.indicator")
        if section == self.COL_UNIT:  # "Единица\nизмерения": a narrow column for short units
            return labels.text(language, "col.unit").replace(" ", "\n", 1)
        assert self.report is not None
        scope, ytd = divmod(section - self.FIRST_VALUE, 2)
        period = labels.text(language, "col.ytd" if ytd else "col.month")
        if len(self.report.scopes) == 1:
            return period
        # An okrug's name and its КАТО on lines of their own keep the columns narrow.
        title = labels.column_title(self.report, scope, language).replace(" (", "\n(")
        return f"{title}\n{period}"

    # -- cells ------------------------------------------------------------------------------
    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if isinstance(line, SectionLine):
            return self._section_data(line, column, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(line, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (line.level == 0 or line.unit is None):
            font = QFont()
            font.setBold(line.level == 0)
            font.setItalic(line.unit is None)
            return font
        if role == self.ValueRole and column >= self.FIRST_VALUE:
            scope, ytd = divmod(column - self.FIRST_VALUE, 2)
            cell = line.cells[scope]
            return cell.ytd if ytd else cell.month
        if role == self.RowRole:
            return line
        return None

    def _section_data(self, line: SectionLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == self.COL_INDICATOR:
            return labels.text(form_language(), f"section.{line.section}")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return SECTION_BACKGROUND
        return None

    def _display(self, line: Row, column: int, role: int) -> str | None:
        language = form_language()
        if column == self.COL_INDICATOR:
            assert self.report is not None
            name = labels.row_label(line, language, self.report.youth_age_max)
            return name if role == Qt.ItemDataRole.ToolTipRole else INDENT * line.level + name
        if column == self.COL_UNIT:
            return labels.unit_label(line, language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        scope, ytd = divmod(column - self.FIRST_VALUE, 2)
        cell = line.cells[scope]
        return format_number(cell.ytd if ytd else cell.month, line.unit)

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """The form's words and number formats follow the language: redraw everything."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._lines:
            last = self.index(len(self._lines) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)


# -- charts ---------------------------------------------------------------------------------
class ChartLabels(QObject):
    """Short names for chart legends and axes (the form's own names are too long there)."""

    def indicators(self) -> tuple[tuple[str, str], ...]:
        return (
            ("applications", self.tr("Applications")),
            ("participants", self.tr("Participants")),
            ("placements", self.tr("Placed in work")),
            ("contracts_signed", self.tr("Contracts signed")),
        )

    def directions(self) -> dict[Direction, str]:
        return {
            Direction.TRAINING_AND_EMPLOYMENT: self.tr("1. Training and employment"),
            Direction.ENTREPRENEURSHIP: self.tr("2. Entrepreneurship"),
            Direction.LABOUR_MOBILITY: self.tr("3. Labour mobility"),
            Direction.RURAL_DEVELOPMENT: self.tr("4. Rural development"),
        }

    def direction_series(self) -> tuple[tuple[str, str, bool], ...]:
        """(indicator, legend, year to date?) of the by-direction chart."""
        return (
            ("applications", self.tr("Applications in the month"), False),
            ("participants", self.tr("Participants in the month"), False),
            ("participants", self.tr("Participants since 1 January"), True),
        )


def _value(report: MonthlyReport, code: str, breakdown: str = "", ytd: bool = False) -> float:
    cell = report.cell(code, breakdown)
    value = cell.ytd if ytd else cell.month
    return float(value or 0)


def trend_chart(reports: Sequence[MonthlyReport], month_labels: Sequence[str]) -> ChartData:
    """The main indicators of each month (the month's own values), one line each."""
    if not reports:
        return ChartData()
    names = ChartLabels()
    return chart_data(
        month_labels,
        [(name, [_value(r, code) for r in reports]) for code, name in names.indicators()],
    )


def direction_chart(report: MonthlyReport | None) -> ChartData:
    """Applications and participants of one month by direction, bars side by side."""
    if report is None:
        return ChartData()
    names = ChartLabels()
    directions = names.directions()
    return chart_data(
        [directions[d] for d in Direction],
        [
            (name, [_value(report, code, f"direction:{d}", ytd) for d in Direction])
            for code, name, ytd in names.direction_series()
        ],
    )
