"""The card's Documents tab: per direction, which documents the applicant brought, and when.

The list comes from the rules (desktop/resources/rules/documents.yaml) for the person's categories
and citizenship. Space (or a click) ticks a document as received on the date shown above the list;
ticking it off again records that it is not received. Every tick is saved at once, on the
database worker. `MissingDocumentsLabel` is the case form's warning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.domain.enums import Direction
from desktop.services import documents
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_model import format_date
from desktop.ui.list_model import ListTableModel
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel

ParentIndex = QModelIndex | QPersistentModelIndex
WARNING_STYLE = "color: #613400; background: #fffbe6; border: 1px solid #ffe58f; padding: 4px;"
DONE_STYLE = "color: #135200; font-weight: bold;"


class DocumentsText(QObject):
    """The tab's words in the current language (lupdate context DocumentsText)."""

    def tab(self, received: int, total: int) -> str:
        return self.tr("&Documents ({received}/{total})").format(received=received, total=total)

    def direction(self, value: str, has_case: bool) -> str:
        name = {
            "1": self.tr("1: training and employment"),
            "2": self.tr("2: entrepreneurship"),
            "3": self.tr("3: labour mobility"),
            "4": self.tr("4: rural settlement development"),
        }[value]
        return self.tr("{direction} (has a case)").format(direction=name) if has_case else name

    def direction_label(self) -> str:
        return self.tr("Di&rection")

    def date_label(self) -> str:
        return self.tr("Received &on")

    def headers(self) -> list[str]:
        return [self.tr("Document"), self.tr("Received on"), self.tr("Required by")]

    def basis(self, basis: str, reference: str) -> str:
        if basis == "decree":
            return self.tr("the decree, {reference}").format(reference=reference)
        return self.tr("practice ({reference})").format(reference=reference)

    def count(self, received: int, total: int) -> str:
        return self.tr("{received} of {total} documents received").format(
            received=received, total=total)

    def missing(self, names: str) -> str:
        return self.tr("Missing: {names}").format(names=names)

    def complete(self) -> str:
        return self.tr("Every document is received.")

    def save_first(self) -> str:
        return self.tr("Save the applicant first; then tick the documents received.")

    def hint(self) -> str:
        return self.tr("Space ticks or unticks the selected document; the date is the one "
                       "above the list.")

    def case_warning(self, direction: str, names: str) -> str:
        return self.tr("Documents not yet received for direction {direction}: {names}. Tick "
                       "them on the applicant card's Documents tab.").format(
            direction=direction, names=names)


def document_name(document: Any) -> str:
    return document.name(i18n.current_language())


class DocumentsModel(ListTableModel):
    """The checklist rows (from `documents.checklist`); a tick goes out as `tick_requested`."""

    COL_DOCUMENT, COL_RECEIVED, COL_BASIS = range(3)
    COLUMN_COUNT = 3
    CodeRole = Qt.ItemDataRole.UserRole + 1

    tick_requested = Signal(str, bool)  # document code, received

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = DocumentsText(self)
        self.items: list[dict[str, Any]] = []

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.items = [dict(i) for i in items]
        self.endResetModel()

    def received_count(self) -> int:
        return sum(1 for item in self.items if item["received_on"])

    def _rows(self) -> list[dict[str, Any]]:
        return self.items

    def _headers(self) -> list[str]:
        return self.text.headers()

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        document = item["document"]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_DOCUMENT:
                return document_name(document)
            if column == self.COL_RECEIVED:
                return format_date(item["received_on"])
            if column == self.COL_BASIS:
                return self.text.basis(document.basis, document.reference)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_BASIS:
            return document.reference
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DOCUMENT:
            return Qt.CheckState.Checked if item["received_on"] else Qt.CheckState.Unchecked
        if role == self.CodeRole:
            return item["code"]
        return None

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_DOCUMENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: ParentIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or index.column() != self.COL_DOCUMENT):
            return False
        item = self.items[index.row()]
        received = Qt.CheckState(value) == Qt.CheckState.Checked
        if bool(item["received_on"]) != received:
            self.tick_requested.emit(item["code"], received)
        return True  # the row changes when the save comes back

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.items) - 1, self.COLUMN_COUNT - 1))


class ChecklistView(QTableView):
    """Space ticks the current row's document, whichever column the cursor is in."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            row = self.currentIndex().row()
            model = self.model()
            if 0 <= row < model.rowCount():
                index = model.index(row, DocumentsModel.COL_DOCUMENT)
                state = index.data(Qt.ItemDataRole.CheckStateRole)
                checked = Qt.CheckState(state) == Qt.CheckState.Checked
                model.setData(index, Qt.CheckState.Unchecked if checked
                              else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


class DocumentsTab(QWidget):
    """The checklist of the card's person; `changed` after each saved tick."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.person_id: str | None = None
        self.busy = False
        self._stale = False  # the language changed while the card was hidden
        self.case_directions: list[str] = []  # directions of the person's cases, newest first
        self.text = DocumentsText(self)
        self._build(today or clock.today())
        self.retranslate()

    def _build(self, today: date) -> None:
        self.direction = QComboBox(self)
        for value in Direction:
            self.direction.addItem("", value.value)
        self.direction.currentIndexChanged.connect(lambda _n: self.reload())
        self.direction_label = QLabel(self)
        self.direction_label.setBuddy(self.direction)
        self.received_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("dd.MM.yyyy")
        self.received_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_label = QLabel(self)
        self.date_label.setBuddy(self.received_on)
        top = QHBoxLayout()
        top.addWidget(self.direction_label)
        top.addWidget(self.direction, 1)
        top.addSpacing(16)
        top.addWidget(self.date_label)
        top.addWidget(self.received_on)
        top.addStretch(1)

        self.count = QLabel(self)
        self.count.setStyleSheet(DONE_STYLE)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(WARNING_STYLE)
        self.model = DocumentsModel(self)
        self.model.tick_requested.connect(self._tick)
        self.table = ChecklistView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.COL_BASIS, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #595959;")
        self.error = ErrorLabel(self)
        self.save_first = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.save_first)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.missing)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.setFocusProxy(self.table)  # coming to the tab, Space ticks at once
        order = self.focus_chain()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_chain(self) -> list[QWidget]:
        return [self.direction, self.received_on, self.table]

    # -- data -----------------------------------------------------------------------------
    def set_person(self, person_id: str | None) -> None:
        """Show the person's checklist, for the direction of their newest case (or 1)."""
        self.person_id = person_id
        self.case_directions = (documents.case_directions(self.store, person_id)
                                if person_id else [])
        self._label_directions()
        first = self.case_directions[0] if self.case_directions else Direction("1").value
        self.direction.blockSignals(True)
        self.direction.setCurrentIndex(self.direction.findData(first))
        self.direction.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        saved = self.person_id is not None
        self.save_first.setVisible(not saved)
        for widget in (self.direction, self.received_on, self.table):
            widget.setEnabled(saved)
        items = (documents.checklist(self.store, self.person_id, self.direction.currentData())
                 if saved else [])
        self.model.set_items(items)
        self._show_count()

    def counts(self) -> tuple[int, int]:
        return self.model.received_count(), len(self.model.items)

    def _show_count(self) -> None:
        received, total = self.counts()
        self.count.setText(self.text.count(received, total) if self.person_id else "")
        names = [document_name(i["document"]) for i in self.model.items if not i["received_on"]]
        self.missing.setVisible(bool(names))
        self.missing.setText(self.text.missing("; ".join(names)) if names else "")
        if self.person_id and not names:
            self.count.setText(self.text.count(received, total) + " · " + self.text.complete())
        tabs = self._tab_widget()
        if tabs is not None:
            tabs.setTabText(tabs.indexOf(self), self.text.tab(received, total))

    def _tab_widget(self) -> QTabWidget | None:
        """The card's QTabWidget this tab sits in (its page's parent is a QStackedWidget)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    def _label_directions(self) -> None:
        for n in range(self.direction.count()):
            value = self.direction.itemData(n)
            self.direction.setItemText(
                n, self.text.direction(value, value in self.case_directions))

    # -- writes -----------------------------------------------------------------------------
    def _tick(self, code: str, received: bool) -> None:
        if self.busy or self.person_id is None:
            return
        qdate = self.received_on.date()
        on = date(qdate.year(), qdate.month(), qdate.day()) if received else None
        store, person_id, direction = self.store, self.person_id, self.direction.currentData()
        self.busy = True
        self.error.clear_message()
        row = self.table.currentIndex().row()

        def done(_change: Any) -> None:
            self.busy = False
            self.reload()
            self.table.setCurrentIndex(self.model.index(max(row, 0), 0))
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.reload()
            self.error.show_error(error)

        run_in_background(lambda: documents.mark_received(store, person_id, direction, code, on),
                          done, failed)

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.text
        self.direction_label.setText(t.direction_label())
        self.date_label.setText(t.date_label())
        self.save_first.setText(t.save_first())
        self.hint.setText(t.hint())
        self._label_directions()
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        # A closed card (kept until deleted) does not reread the database for a new language.
        if event.type() == QEvent.Type.LanguageChange:
            if self.window().isVisible():
                self.retranslate()
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.retranslate()
        super().showEvent(event)


class MissingDocumentsLabel(QLabel):
    """The case form's warning: documents of the chosen direction not received yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_ = DocumentsText(self)
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self._shown: tuple[Store, str, str] | None = None
        self.hide()

    def show_for(self, store: Store, person_id: str, direction: str) -> None:
        self._shown = (store, person_id, direction)
        missing = documents.missing_documents(store, person_id, direction)
        self.setVisible(bool(missing))
        if missing:
            names = "; ".join(document_name(d) for d in missing)
            self.setText(self.text_.case_warning(direction, names))

    def changeEvent(self, event: QEvent) -> None:
        # Only while its form is open: a closed form's database may be closed already.
        if (event.type() == QEvent.Type.LanguageChange and self._shown is not None
                and self.window().isVisible()):
            self.show_for(*self._shown)
        super().changeEvent(event)
