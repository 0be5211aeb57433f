"""The monthly report on screen (month, scope, save as Excel or CSV) and the dashboard's charts.

Reports are built on the database worker with a busy indicator; the window stays usable. The
report is due by the 10th of the next month, so the month picker starts at the previous month
and a line counts the days left (the main window's status bar shows the same line).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.reports import labels
from desktop.reports.monthly_csv import write_monthly_csv
from desktop.reports.monthly_xlsx import write_monthly_xlsx
from desktop.rules.months import add_months, month_label
from desktop.services import monthly_report, session
from desktop.storage.store import Store
from desktop.ui import file_dialogs, i18n
from desktop.ui.charts import ChartKind, ChartWidget
from desktop.ui.report_model import (
    ReportTableModel,
    direction_chart,
    form_language,
    trend_chart,
)
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel

FIRST_YEAR = 2011  # the programme's predecessor started then; nothing earlier is kept
DASHBOARD_MONTHS = 12
URGENT_DAYS = 3  # the countdown turns red this close to the due date

SCOPE_OKRUG = "okrug"
SCOPE_DISTRICT = "district"
SCOPE_PER_OKRUG = "per_okrug"


# -- months and dates in the interface language ---------------------------------------------
def previous_month(today: date) -> str:
    """The month whose report is due this month (by the 10th): the default choice."""
    return month_label(add_months(today.replace(day=1), -1))


def month_name(month: str, with_year: bool = True) -> str:
    """The month as a sentence names it: November 2026, ноябрь 2026, 2026 ж. қараша."""
    year, number = (int(part) for part in month.split("-"))
    locale = QLocale()
    name = locale.standaloneMonthName(number)
    if not with_year:
        return name
    if i18n.current_language() == "kk":
        return f"{year} ж. {name.lower()}"
    return f"{name} {year}"


def long_date(day: date) -> str:
    """A due date in words: 10 December 2026, 10 декабря 2026, 2026 ж. 10 желтоқсан."""
    pattern = "yyyy 'ж'. d MMMM" if i18n.current_language() == "kk" else "d MMMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def pending_month(today: date) -> str:
    """The report to work on now: last month's until its due date, then this month's."""
    last = monthly_report.reporting_month(today)
    if monthly_report.days_until_due(today, last) >= 0:
        return last
    return month_label(today)


# -- widgets --------------------------------------------------------------------------------
class MonthPicker(QWidget):
    """A month (by name, in the interface language) and a year; never a future month."""

    changed = Signal(str)

    def __init__(self, today: Callable[[], date] = clock.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._setting = False
        self.month_box = QComboBox(self)
        self.year_box = QSpinBox(self)
        self.year_box.setRange(FIRST_YEAR, today().year)
        self.year_box.setGroupSeparatorShown(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month_box, 1)
        layout.addWidget(self.year_box)
        self._fill_months()
        self.set_month(previous_month(today()))
        self.month_box.currentIndexChanged.connect(self._emit)
        self.year_box.valueChanged.connect(self._emit)

    def month(self) -> str:
        return f"{self.year_box.value():04d}-{self.month_box.currentIndex() + 1:02d}"

    def set_month(self, month: str) -> None:
        """Show `month` ("YYYY-MM"; a future month becomes this one) and announce it."""
        month = min(month, month_label(self._today()))
        year, number = (int(part) for part in month.split("-"))
        self._setting = True
        try:
            self.year_box.setValue(year)
            self.month_box.setCurrentIndex(number - 1)
        finally:
            self._setting = False
        self.changed.emit(self.month())

    def _emit(self) -> None:
        if self._setting:
            return
        if self.month() > month_label(self._today()):  # a future month: back to this one
            self.set_month(month_label(self._today()))
            return
        self.changed.emit(self.month())

    def _fill_months(self) -> None:
        locale = QLocale()
        index = max(self.month_box.currentIndex(), 0)
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for number in range(1, 13):
            name = locale.standaloneMonthName(number)
            self.month_box.addItem(name[:1].upper() + name[1:])
        self.month_box.setCurrentIndex(index)
        self.month_box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_months()
        super().changeEvent(event)


class DueDateLabel(QLabel):
    """The days left to the report's due date, in words; red when it is close.

    Compact (`set_compact`), it says only the month and the days left, for a narrow status
    bar: the whole sentence is then its tooltip. `refreshed` tells when the text changed.
    """

    refreshed = Signal()

    def __init__(self, today: Callable[[], date] = clock.today, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._month: str | None = None  # None: whichever report is pending today
        self._shown_month = ""
        self.days_left = 0
        self.urgent = False
        self.compact = False
        # At midnight the count changes; checking hourly is plenty.
        self._timer = QTimer(self)
        self._timer.setInterval(60 * 60 * 1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def set_month(self, month: str | None) -> None:
        self._month = month
        self.refresh()

    def set_compact(self, compact: bool) -> None:
        """The short form or the whole sentence (`refreshed` is not emitted: the day and
        the language are the same)."""
        if compact != self.compact:
            self.compact = compact
            self._show()

    def refresh(self) -> None:
        today = self._today()
        self._shown_month = self._month or pending_month(today)
        self.days_left = monthly_report.days_until_due(today, self._shown_month)
        self.urgent = 0 <= self.days_left <= URGENT_DAYS
        self.setStyleSheet("color: #a8071a; font-weight: bold;" if self.urgent else "")
        self._show()
        self.refreshed.emit()

    def _show(self) -> None:
        month = self._shown_month
        whole = self.countdown(month, monthly_report.report_due_date(month), self.days_left)
        self.setText(self.short_countdown(month, self.days_left) if self.compact else whole)
        self.setToolTip(whole if self.compact else "")  # the whole sentence, on hover

    def countdown(self, month: str, due: date, days: int) -> str:
        values = {"month": month_name(month), "date": long_date(due)}
        if days > 1:
            text = self.tr("Report for {month} is due by {date}: %n days left", "", days)
        elif days == 1:
            text = self.tr("Report for {month} is due tomorrow, {date}")
        elif days == 0:
            text = self.tr("Report for {month} is due today, {date}")
        else:
            text = self.tr("Report for {month} was due by {date}")
        return text.format(**values)

    def short_countdown(self, month: str, days: int) -> str:
        """The same warning in a few words: the month without its year, and the days."""
        values = {"month": month_name(month, with_year=False)}
        if days > 1:
            text = self.tr("{month} report: %n days left", "", days)
        elif days == 1:
            text = self.tr("{month} report: due tomorrow")
        elif days == 0:
            text = self.tr("{month} report: due today")
        else:
            text = self.tr("{month} report: overdue")
        text = text.format(**values)
        return text[:1].upper() + text[1:]  # Kazakh starts with the month: "Қараша есебі"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _plain_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)


class FrozenColumnsTable(QTableView):
    """A table whose first columns (indicator, unit) stay put while the values scroll.

    After Qt's "Frozen Column" example: a second view over the same model, showing only the
    frozen columns, lies on top of this one and scrolls with it vertically.
    """

    FROZEN = 2

    def __init__(self, model: ReportTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        _plain_table(self)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.frozen = QTableView(self)
        self.frozen.setModel(model)
        _plain_table(self.frozen)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setStyleSheet("QTableView { border: none; border-right: 1px solid #a0a0a0; }")
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        model.modelReset.connect(self._columns_changed)
        self._columns_changed()
        self.frozen.show()

    def _columns_changed(self) -> None:
        for column in range(self.model().columnCount()):
            self.frozen.setColumnHidden(column, column >= self.FROZEN)
        self.sync_frozen()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.FROZEN:
            self.frozen.setColumnWidth(column, new)
            self.sync_frozen()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(min(self.FROZEN, self.model().columnCount())))

    def sync_frozen(self) -> None:
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.frameWidth(),
            self.frameWidth(),
            self.frozen_width() + 1,
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self.sync_frozen()

    def scrollTo(self, index: Any, hint: Any = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() >= self.FROZEN:  # frozen cells are always in view
            super().scrollTo(index, hint)


# -- the report window ----------------------------------------------------------------------
class ReportWindow(QWidget):
    """The monthly report: pick month and scope, see it, save it as Excel or CSV."""

    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.report: Any = None
        self._generation = 0
        self._okrug = session.user_okrug(store)

        self.month_label, self.scope_label = QLabel(self), QLabel(self)
        self.month = MonthPicker(today, self)
        self.scope = QComboBox(self)
        self.month_label.setBuddy(self.month.month_box)
        self.scope_label.setBuddy(self.scope)
        self.refresh_button = QPushButton(self)
        self.due = DueDateLabel(today, self)
        self.due.set_month(self.month.month())
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addSpacing(12)
        top.addWidget(self.scope_label)
        top.addWidget(self.scope, 1)
        top.addWidget(self.refresh_button)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.busy = BusyIndicator(self)
        self.error = ErrorLabel(self)
        self.model = ReportTableModel(self)
        self.table = FrozenColumnsTable(self.model, self)

        self.xlsx_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        bottom.addWidget(self.xlsx_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.due)
        layout.addWidget(self.title)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.month.changed.connect(self._month_changed)
        self.scope.currentIndexChanged.connect(self.build)
        self.refresh_button.clicked.connect(self.build)
        # Bound methods, not lambdas: a lambda holding self would keep the window alive.
        self.xlsx_button.clicked.connect(self._ask_xlsx)
        self.csv_button.clicked.connect(self._ask_csv)
        self.close_button.clicked.connect(self.close)

        self.retranslate()
        self.resize(1100, 680)
        self.setMinimumSize(760, 420)  # fits 1366×768 at 150 % (ui/screen_fit.py)
        self.build()

    # -- text -------------------------------------------------------------------------------
    def scopes(self) -> tuple[tuple[str, str], ...]:
        """What a village device may report (its okrug) and what a district device may."""
        if self._okrug:
            return ((SCOPE_OKRUG, self.tr("This okrug")),)
        return (
            (SCOPE_DISTRICT, self.tr("Whole district")),
            (SCOPE_PER_OKRUG, self.tr("Whole district, per okrug")),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Monthly report — Qadam"))
        self.month_label.setText(self.tr("&Month:"))
        self.scope_label.setText(self.tr("&Scope:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.xlsx_button.setText(self.tr("Save as &Excel…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self.close_button.setText(self.tr("Close"))
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for code, name in self.scopes():
            self.scope.addItem(name, code)
        self.scope.setCurrentIndex(max(self.scope.findData(current), 0))
        self.scope.setEnabled(self.scope.count() > 1)
        self.scope.blockSignals(False)
        self.model.retranslate()
        self._show_title()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        if self.report is None:
            self.title.setText("")
            return
        language = form_language()
        self.title.setText(
            "<b>{title}</b><br>{scope}".format(
                title=self.tr("Monthly report {period}").format(
                    period=labels.period_text(self.report, language)
                ),
                scope=labels.scope_text(self.report, language),
            )
        )

    # -- building ---------------------------------------------------------------------------
    def _month_changed(self, month: str) -> None:
        self.due.set_month(month)
        self.build()

    def build(self) -> None:
        """Build the chosen month's report on the worker; a newer choice wins."""
        self._generation += 1
        generation = self._generation
        store, month, scope = self.store, self.month.month(), self.scope.currentData()
        okrug, per_okrug = self._okrug, scope == SCOPE_PER_OKRUG
        self.error.clear_message()
        self.busy.start(lambda: self.tr("Building the report…"))
        self._update_buttons()
        run_in_background(
            lambda: monthly_report.build_monthly_report(
                store, month, okrug_kato=okrug, per_okrug=per_okrug
            ),
            lambda report: self._built(generation, report),
            lambda error: self._failed(generation, error),
        )

    def _built(self, generation: int, report: Any) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self.report = report
        self.model.set_report(report)
        self._fit_columns()
        self._show_title()
        self._update_buttons()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self.error.show_error(error)
        self._update_buttons()

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.table.resizeColumnsToContents()
        widest = max(metrics.averageCharWidth() * 70, self.table.viewport().width() * 0.45)
        first = self.table.columnWidth(0)
        self.table.setColumnWidth(0, int(min(first, widest)))
        self.table.sync_frozen()

    def _update_buttons(self) -> None:
        ready = self.report is not None and not self.busy.running
        self.xlsx_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    # -- saving -----------------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        return f"qadam-report-{self.report.month}.{suffix}"

    def _ask_xlsx(self) -> None:
        self.save_xlsx()

    def _ask_csv(self) -> None:
        self.save_csv()

    def save_xlsx(self, path: Path | None = None) -> None:
        """Save as an Excel form in the interface language (Kazakh or Russian)."""
        if self.report is None:
            return
        if path is None:
            chosen, _ = file_dialogs.get_save_file_name(
                self,
                self.tr("Save the report as Excel"),
                self._default_name("xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        language = form_language()
        report = self.report
        self._save(path, lambda: write_monthly_xlsx(report, path, language))

    def save_csv(self, path: Path | None = None) -> None:
        """Save as CSV, for other programs."""
        if self.report is None:
            return
        if path is None:
            chosen, _ = file_dialogs.get_save_file_name(
                self,
                self.tr("Save the report as CSV"),
                self._default_name("csv"),
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        report = self.report
        self._save(path, lambda: write_monthly_csv(report, path))

    def _save(self, path: Path, write: Callable[[], Any]) -> None:
        self.error.clear_message()
        self.saved.clear()
        self.busy.start(lambda: self.tr("Saving {name}…").format(name=path.name))
        self._update_buttons()
        run_in_background(write, lambda _: self._saved(path), self._save_failed)

    def _saved(self, path: Path) -> None:
        self.busy.stop()
        self.saved.setText(self.tr("Saved: {path}").format(path=path))
        self._update_buttons()

    def _save_failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.error.show_error(error)
        self._update_buttons()


# -- the dashboard --------------------------------------------------------------------------
class DashboardWindow(QWidget):
    """Charts: the main indicators over the last 12 months, and by direction for one month."""

    def __init__(
        self,
        store: Store,
        today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.reports: list[Any] = []
        self._generation = 0
        self._okrug = session.user_okrug(store)

        self.month_label = QLabel(self)
        self.month = MonthPicker(today, self)
        self.month_label.setBuddy(self.month.month_box)
        self.refresh_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.busy = BusyIndicator(self)
        self.error = ErrorLabel(self)
        self.trend = ChartWidget(ChartKind.LINE, self)
        self.directions = ChartWidget(ChartKind.BAR, self)
        charts = QHBoxLayout()
        charts.addWidget(self.trend, 3)
        charts.addWidget(self.directions, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(charts, 1)

        self.month.changed.connect(self.build)
        self.refresh_button.clicked.connect(self.build)
        self.retranslate()
        self.resize(1200, 560)
        self.setMinimumSize(800, 420)
        self.build()

    def months(self) -> list[str]:
        """The 12 months ending with the chosen one, oldest first."""
        year, number = (int(part) for part in self.month.month().split("-"))
        last = date(year, number, 1)
        return [month_label(add_months(last, -n)) for n in range(DASHBOARD_MONTHS - 1, -1, -1)]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard — Qadam"))
        self.month_label.setText(self.tr("&Up to:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self._show_charts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def build(self) -> None:
        """Build the twelve monthly reports on the worker, in one job."""
        self._generation += 1
        generation = self._generation
        store, months, okrug = self.store, self.months(), self._okrug
        self.error.clear_message()
        self.busy.start(lambda: self.tr("Counting the last 12 months…"))
        run_in_background(
            lambda: [
                monthly_report.build_monthly_report(store, m, okrug_kato=okrug) for m in months
            ],
            lambda reports: self._built(generation, reports),
            lambda error: self._failed(generation, error),
        )

    def _built(self, generation: int, reports: list[Any]) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self.reports = reports
        self._show_charts()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self.error.show_error(error)

    def _show_charts(self) -> None:
        locale = QLocale()
        short = [
            locale.standaloneMonthName(int(r.month[5:]), QLocale.FormatType.ShortFormat)
            for r in self.reports
        ]
        # The year goes under January and under the first month shown.
        labels = [
            f"{name}\n{r.month[:4]}" if i == 0 or r.month.endswith("-01") else name
            for i, (name, r) in enumerate(zip(short, self.reports, strict=True))
        ]
        self.trend.set_title(self.tr("Indicators by month"))
        self.trend.set_data(trend_chart(self.reports, labels))
        last = self.reports[-1] if self.reports else None
        self.directions.set_title(
            self.tr("By direction, {month}").format(month=month_name(last.month))
            if last is not None
            else self.tr("By direction")
        )
        self.directions.set_data(direction_chart(last))
