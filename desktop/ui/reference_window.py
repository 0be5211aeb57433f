"""The district's reference data: vacancies, education organisations, settlements, employers.

One tab per list, each with a search-as-you-type filter, sortable columns and its count. The
lists belong to the district employment centre: on a village device (a village specialist or
an auditor) they are read-only, with a note saying where they come from; a district role may
correct a row (F2 or Enter; not vacancies, which come with the district's vacancy database).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.services import reference_data
from desktop.storage.store import Store
from desktop.ui.reference_edit import EDITABLE, ReferenceEditDialog
from desktop.ui.reference_model import (
    EDUCATION,
    EMPLOYERS,
    SETTLEMENTS,
    VACANCIES,
    ReferenceFilterModel,
    ReferenceTableModel,
)
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel

NOTE_STYLE = "color: #003a8c; background: #e6f4ff; border: 1px solid #91caff; padding: 6px;"
TABS = (VACANCIES, EDUCATION, SETTLEMENTS, EMPLOYERS)


class FilterBox(QLineEdit):
    """A tab's search field; Down moves into its list, Escape clears it."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setClearButtonEnabled(True)

    def event(self, event: QEvent) -> bool:
        # Escape clears typed text before the window's Escape (close) sees it.
        if (event.type() == QEvent.Type.ShortcutOverride and self.text()
                and event.key() == Qt.Key.Key_Escape):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() == Qt.Key.Key_Down:
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.view.model().rowCount():
                self.view.selectRow(0)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def reference_table(parent: QWidget) -> QTableView:
    """A read-only, sortable, row-selecting table, as the app's lists are."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fit_columns(view: QTableView, widest_chars: int = 60) -> None:
    """Columns as wide as their contents, none wider than `widest_chars` characters."""
    view.resizeColumnsToContents()
    limit = view.fontMetrics().averageCharWidth() * widest_chars
    for column in range(view.model().columnCount()):
        if view.columnWidth(column) > limit:
            view.setColumnWidth(column, limit)


class ReferencePage(QWidget):
    """One list: its filter, its table and the line that counts it."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = ReferenceTableModel(kind, self)
        self.proxy = ReferenceFilterModel(self.model, self)
        self.table = reference_table(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.search = FilterBox(self.table, self)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.set_search)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.proxy.invalidate()
        fit_columns(self.table)
        self.update_count()

    def set_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.update_count()

    def current_record(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, ReferenceTableModel.RecordRole)

    def update_count(self) -> None:
        locale = QLocale()
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.search.text().strip():
            text = self.tr("Shown: {shown} of {total}") if shown else self.tr(
                "Nothing found among {total}. Check the spelling or type fewer letters.")
        else:
            text = self.tr("In the list: {total}")
        self.count.setText(text.format(shown=locale.toString(shown),
                                       total=locale.toString(total)))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type to filter the list (Ctrl+F)"))
        self.model.retranslate()
        self.proxy.invalidate()
        self.update_count()


class ReferenceWindow(QWidget):
    """The four reference lists; `changed` after a district correction is saved."""

    changed = Signal()

    def __init__(
        self, store: Store, today: Callable[[], date] = clock.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.today = today
        self.editable = reference_data.can_edit(store.actor.role)
        self.lists: reference_data.ReferenceLists | None = None
        self.edit_dialog: ReferenceEditDialog | None = None
        self._generation = 0

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setVisible(not self.editable)
        self.busy = BusyIndicator(self)
        self.error = ErrorLabel(self)
        self.tabs = QTabWidget(self)
        self.pages: dict[str, ReferencePage] = {}
        for kind in TABS:
            page = ReferencePage(kind, self.tabs)
            page.table.activated.connect(lambda _index: self.edit_current())
            page.table.selectionModel().currentChanged.connect(self._update_actions)
            self.pages[kind] = page
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_current)
        self.addAction(self.edit_action)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setVisible(self.editable)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)  # F5
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)  # Ctrl+F
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.retranslate()
        self.resize(1200, 640)
        self.setMinimumSize(800, 480)
        self._update_actions()
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the four lists on the database worker; a newer refresh wins."""
        self._generation += 1
        generation, store, today = self._generation, self.store, self.today()
        self.error.clear_message()
        self.busy.start(lambda: self.tr("Reading the reference lists…"))
        run_in_background(
            lambda: reference_data.reference_lists(store, today),
            lambda lists: self._loaded(generation, lists),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, lists: reference_data.ReferenceLists) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self.lists = lists
        self.pages[VACANCIES].set_rows(lists.vacancies)
        self.pages[EDUCATION].set_rows(lists.education_organisations)
        self.pages[SETTLEMENTS].set_rows(lists.settlements)
        self.pages[EMPLOYERS].set_rows(lists.employers)
        self._tab_titles()
        self._update_actions()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.busy.stop()
            self.error.show_error(error)

    @property
    def loading(self) -> bool:
        return self.busy.running

    # -- navigation -----------------------------------------------------------------------
    def page(self, kind: str | None = None) -> ReferencePage:
        if kind is None:
            current = self.tabs.currentWidget()
            assert isinstance(current, ReferencePage)
            return current
        return self.pages[kind]

    def show_tab(self, kind: str, search: str | None = None) -> ReferencePage:
        page = self.pages[kind]
        self.tabs.setCurrentWidget(page)
        if search is not None:
            page.search.setText(search)
        page.search.setFocus()
        return page

    def focus_search(self) -> None:
        self.page().search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page().search.selectAll()

    def _tab_changed(self, _index: int) -> None:
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        page = self.page()
        enabled = (self.editable and page.kind in EDITABLE
                   and page.current_record() is not None and not self.loading)
        self.edit_action.setEnabled(enabled)
        self.edit_button.setEnabled(enabled)

    # -- editing (district roles) ---------------------------------------------------------
    def edit_current(self) -> ReferenceEditDialog | None:
        """Correct the selected row; does nothing where the district's lists are read-only."""
        self._update_actions()
        if not self.edit_action.isEnabled() or self.lists is None:
            return None
        page = self.page()
        record = page.current_record()
        assert record is not None
        dialog = ReferenceEditDialog(self.store, page.kind, record, self.lists.settlements, self)
        dialog.saved.connect(self._edited)
        dialog.finished.connect(self._edit_closed)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edit_closed(self, _result: int) -> None:
        dialog = self.sender()
        if isinstance(dialog, ReferenceEditDialog):
            dialog.deleteLater()
            if self.edit_dialog is dialog:
                self.edit_dialog = None

    def _edited(self, _record_id: str) -> None:
        self.refresh()
        self.changed.emit()

    # -- text -----------------------------------------------------------------------------
    def _tab_titles(self) -> None:
        titles = {
            VACANCIES: self.tr("&Vacancies ({count})"),
            EDUCATION: self.tr("E&ducation organisations ({count})"),
            SETTLEMENTS: self.tr("&Settlements ({count})"),
            EMPLOYERS: self.tr("E&mployers ({count})"),
        }
        locale = QLocale()
        for n, kind in enumerate(TABS):
            count = self.pages[kind].model.rowCount()
            self.tabs.setTabText(n, titles[kind].format(count=locale.toString(count)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reference data of the district"))
        self.note.setText(self.tr(
            "Maintained by the district employment centre; updated by synchronisation or "
            "import. On this device the lists are read-only."))
        self.edit_button.setText(self.tr("&Edit… (F2)"))
        self.edit_action.setText(self.tr("Edit"))
        self.refresh_button.setText(self.tr("&Refresh (F5)"))
        self.close_button.setText(self.tr("&Close"))
        for page in self.pages.values():
            page.retranslate()
            fit_columns(page.table)
        self._tab_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
