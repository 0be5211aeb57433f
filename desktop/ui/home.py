"""The home screen: today's work, the deadlines first, then drafts; the report and sync status.

The list is read on the database worker (`run_in_background`) and again whenever the main
window says something was saved. Enter or a double click on an item asks for its applicant.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.services import deadlines
from desktop.services import sync as sync_service
from desktop.storage.store import Store
from desktop.ui.due_model import DueItemsModel
from desktop.ui.report_window import DueDateLabel, long_date
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel

COLUMN_CHARS = {  # widths in characters of the app font, so they hold at any font size
    DueItemsModel.COL_KIND: 44,
    DueItemsModel.COL_CASE: 21,
    DueItemsModel.COL_PERSON: 40,
    DueItemsModel.COL_DUE: 12,
    DueItemsModel.COL_WHEN: 26,
}


class HomeView(QWidget):
    """Today's work. `open_applicant(person_id)` and `open_case(person_id, case_id)` ask the
    window to open an item."""

    open_applicant = Signal(str)
    open_case = Signal(str, str)

    def __init__(self, store: Store, today: Callable[[], date] = clock.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self._today = store, today
        self.loading = False
        self._again = False  # a refresh asked for while one was running
        self.unsynced: int | None = None
        self.model = DueItemsModel(self)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.summary = QLabel(self)
        self.due_label = DueDateLabel(today, self)  # the monthly report's countdown
        self.sync_label = QLabel(self)
        self.error = ErrorLabel(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # With nothing due the message stands where the list was and takes the keyboard in
        # its place: hiding a focused list would leave the window with no focus at all, and
        # Ctrl+N and the other shortcuts would go nowhere until a click.
        self.empty.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.empty.hide()
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)  # Enter or a double click
        self.model.modelReset.connect(self._show_counts)

        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.sync_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.due_label)
        layout.addLayout(status)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.table)
        self._fit_columns()
        self.retranslate()
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read today's work again on the database worker; the list stays usable meanwhile."""
        if self.loading:
            self._again = True
            return
        self.loading = True
        store, today = self.store, self._today()
        self.error.clear_message()
        self.due_label.refresh()

        def work() -> tuple[list[deadlines.DueItem], int]:
            # Records, as the status bar counts them (sync.status), not changed fields.
            return deadlines.work_due(store, today), sync_service.status(store).pending

        run_in_background(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[deadlines.DueItem], int]) -> None:
        if not shiboken6.isValid(self):
            return  # closed while the worker read
        items, self.unsynced = result
        case_id = self._current_case()
        self.model.set_items(items)
        self._select(case_id)
        self._finish()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.error.show_error(error)
        self._finish()

    def _finish(self) -> None:
        self.loading = False
        self._show_counts()
        if self._again:
            self._again = False
            self.refresh()

    def _current_case(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, DueItemsModel.CaseIdRole) if index.isValid() else None

    def _select(self, case_id: str | None) -> None:
        """Keep the selection on the same case across a refresh (or the first row)."""
        for row in range(self.model.rowCount()):
            if case_id is None or self.model.items[row].case_id == case_id:
                self.table.selectRow(row)
                return
        if self.model.rowCount():
            self.table.selectRow(0)

    def _activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        person_id = self.model.data(index, DueItemsModel.PersonIdRole)
        case_id = self.model.data(index, DueItemsModel.CaseIdRole)
        if person_id:
            self.open_applicant.emit(person_id)
            self.open_case.emit(person_id, case_id)

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Today's work, {date}").format(date=long_date(self._today())))
        self.empty.setText(self.tr("Nothing is due: no deadlines and no draft cases."))
        self.hint.setText(self.tr("Enter or a double click opens the applicant's card."))
        self.model.retranslate()
        self._show_counts()

    def _show_counts(self) -> None:
        locale = QLocale()
        counts = self.model.counts()
        self.summary.setText(self.tr("Overdue: {overdue} · Due soon: {due} · Drafts: {drafts}")
                             .format(**{k: locale.toString(v) for k, v in counts.items()}))
        self.summary.setStyleSheet("color: #a8071a; font-weight: bold;"
                                   if counts["overdue"] else "")
        if self.unsynced is None:
            self.sync_label.setText(self.tr("Loading…"))
        else:
            self.sync_label.setText(self.tr("Changes not yet sent to the district: {count}")
                                    .format(count=locale.toString(self.unsynced)))
        nothing = not self.loading and self.model.rowCount() == 0
        shown, hidden = (self.empty, self.table) if nothing else (self.table, self.empty)
        # The window's focus (now, or when it is next activated) moves to what is shown
        # before the other is hidden.
        had_focus = not hidden.isHidden() and self.window().focusWidget() is hidden
        self.setFocusProxy(shown)
        shown.setVisible(True)
        if had_focus:
            shown.setFocus(Qt.FocusReason.OtherFocusReason)
        hidden.setVisible(False)

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        for column, count in COLUMN_CHARS.items():
            self.table.setColumnWidth(column, metrics.averageCharWidth() * count + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
