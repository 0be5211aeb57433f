"""Vacancies for one applicant: the open vacancies whose specialty fits theirs, nearest first.

Opened from the applicant card ("Matching vacancies…"). The ranking is the service's
(`services.matching`): how well the specialty fits, then same settlement, same okrug, same
district. Read on the database worker; Esc closes, the list sorts by any column.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain import clock
from desktop.services import applicants, matching
from desktop.storage.store import Store
from desktop.ui.reference_model import MATCHES, ReferenceFilterModel, ReferenceTableModel
from desktop.ui.reference_window import fit_columns, reference_table
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel


class MatchingDialog(QDialog):
    """The matching open vacancies of one saved applicant."""

    def __init__(
        self, store: Store, person_id: str, today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.person_id, self.today = store, person_id, today
        self.person: dict[str, Any] = {}
        self.loaded = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.busy = BusyIndicator(self)
        self.error = ErrorLabel(self)
        self.model = ReferenceTableModel(MATCHES, self)
        self.proxy = ReferenceFilterModel(self.model, self)
        self.table = reference_table(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's ranking
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 520)
        self.retranslate()
        self.load()
        self.table.setFocus()

    def load(self) -> None:
        store, person_id, today = self.store, self.person_id, self.today()
        self.busy.start(lambda: self.tr("Looking for matching vacancies…"))

        def work() -> tuple[dict[str, Any], list[dict[str, Any]]]:
            person = applicants.applicant_details(store, person_id)
            return person, matching.matching_vacancies(store, person_id, today)

        run_in_background(work, self._loaded, self._failed)

    def _loaded(self, result: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        self.busy.stop()
        self.person, rows = result
        self.model.set_rows(rows)
        self.proxy.invalidate()
        fit_columns(self.table)
        if rows:
            self.table.selectRow(0)
        self.loaded = True
        self.retranslate()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.error.show_error(error)

    def summary_text(self) -> str:
        if not self.loaded:
            return ""
        specialty = (self.person.get("specialty") or "").strip()
        if not specialty:
            return self.tr("The applicant's specialty is not filled in: enter it on the card "
                           "and save, then look again.")
        count = self.model.rowCount()
        if not count:
            return self.tr("No open vacancy fits the specialty «{specialty}». The district's "
                           "vacancy list may have more after the next synchronisation."
                           ).format(specialty=specialty)
        return self.tr("Open vacancies for the specialty «{specialty}»: {count}. The best "
                       "fit and the nearest come first.").format(
            specialty=specialty, count=QLocale().toString(count))

    def retranslate(self) -> None:
        name = " ".join(p for p in (self.person.get("last_name"), self.person.get("first_name"))
                        if p)
        self.setWindowTitle(self.tr("Matching vacancies: {name}").format(name=name)
                            if name else self.tr("Matching vacancies"))
        self.summary.setText(self.summary_text())
        self.model.retranslate()
        button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
