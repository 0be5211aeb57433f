"""The Sync window (F9): status, rejected changes, conflicts to review, the district's notices;
and the progress dialog of "Sync now" (Ctrl+Shift+S).

All reads and writes go through `desktop.services.sync` on the database worker. Resolving a
conflict asks first (window-modal, Cancel the default); a resolved conflict's row disappears
when the list is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import applicants
from desktop.services import sync as sync_service
from desktop.storage.store import Store
from desktop.ui import screen_fit
from desktop.ui.sync_controller import SyncController
from desktop.ui.sync_models import (
    ConflictsModel,
    NoticesModel,
    RecordRole,
    RejectedChangesModel,
    mine_side,
    other_side,
)
from desktop.ui.sync_text import SyncText
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel

SUMMARY_STYLE = "color: #135200; background: #f6ffed; border: 1px solid #b7eb8f; padding: 6px;"


def person_of(row: Any) -> str | None:
    """The applicant a sync row is about, if the service tells (or the row is a person)."""
    person = getattr(row, "person_id", None) or (getattr(row, "data", None) or {}).get(
        "person_id")
    if person:
        return person
    table = getattr(row, "table", None)
    return getattr(row, "record_id", None) if table == "persons" else None


def report_summary(report: Any, text: SyncText) -> str:
    """What a sync (online, or by a USB stick's answer) did, in a few words."""
    r, n = report, text.number
    summary = QCoreApplication.translate(
        "SyncProgressDialog",
        "Sent: {sent} · accepted: {accepted} · rejected: {rejected} · received: "
        "{received} · conflicts: {conflicts}").format(
        sent=n(getattr(r, "pushed", 0)),
        accepted=n(getattr(r, "accepted", 0) + getattr(r, "superseded", 0)),
        rejected=n(getattr(r, "rejected", 0)), received=n(getattr(r, "pulled", 0)),
        conflicts=n(getattr(r, "conflicts", 0)))
    if getattr(r, "cancelled", False):
        summary = QCoreApplication.translate(
            "SyncProgressDialog", "Stopped: everything done until then is kept.") + "\n" + summary
    if getattr(r, "rejected", 0):
        summary += "\n" + QCoreApplication.translate(
            "SyncProgressDialog", "Rejected changes are listed in the Sync window (F9).")
    return summary


NAMES_AT_MOST = 200  # names read for the lists; more rows show the record's kind only


def person_names(store: Store, rows: list[Any]) -> dict[str, str]:
    """Applicants' names for the rows about a person (on the worker; never logged)."""
    names: dict[str, str] = {}
    for row in rows:
        person = person_of(row)
        if not person or person in names or len(names) >= NAMES_AT_MOST:
            continue
        try:
            details = applicants.applicant_details(store, person)
        except Exception:  # a record not (yet) on this computer: its kind is shown instead
            continue
        if details:
            names[person] = f"{details.get('last_name', '')} {details.get('first_name', '')}"
    return names


def _table_view(model: Any, parent: QWidget, stretch: int = 0, record: int = 0) -> QTableView:
    """A read-only list whose `stretch` column (the longest text: the record, a reason, a
    notice) takes what the others leave, so no column is cut off at the window's edge."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    metrics = view.fontMetrics()
    view.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
    for column in range(model.columnCount()):
        if column != stretch:  # the record: its kind and a person's full name
            chars = 36 if column == record else 22
            view.setColumnWidth(column, metrics.averageCharWidth() * chars + 16)
    return view


class SyncWindow(QDialog):
    """Tabs: Status (Ctrl+1), Rejected (Ctrl+2), Conflicts (Ctrl+3), Notices (Ctrl+4)."""

    open_applicant = Signal(str)
    sync_requested = Signal()
    server_requested = Signal()

    def __init__(self, store: Store, controller: SyncController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.controller = store, controller
        self.text = SyncText(self)
        self.loading = False
        self._again = False
        self.confirm_box: QMessageBox | None = None
        self.rejected_model = RejectedChangesModel(self)
        self.conflicts_model = ConflictsModel(store.device_id, self)
        self.notices_model = NoticesModel(self)

        # Status tab: a form of what the controller last read.
        self.status_page = QWidget(self)
        self.status_form = QFormLayout(self.status_page)
        self.status_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("server", "scope", "last", "pending", "sent", "rejected", "conflicts",
                    "notices", "clock"):
            name, value = QLabel(self.status_page), QLabel(self.status_page)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.status_form.addRow(name, value)
            self.status_labels[key] = (name, value)
        self.server_button = QPushButton(self.status_page)
        self.server_button.setAutoDefault(False)
        self.server_button.clicked.connect(self.server_requested)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_button)
        server_row.addStretch(1)
        self.status_form.addRow("", server_row)
        self.enrolment: Any = None  # the okrug's name, read with the lists

        self.rejected_view = _table_view(self.rejected_model, self, stretch=2)  # the reason
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry_selected)
        self.show_rejected_button = QPushButton(self)
        self.show_rejected_button.clicked.connect(self.open_rejected)
        self.rejected_page = self._page(self.rejected_view, self.retry_button,
                                        self.show_rejected_button)

        self.conflicts_view = _table_view(self.conflicts_model, self)
        self.conflicts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keep_theirs_button = QPushButton(self)
        self.keep_theirs_button.clicked.connect(self.ask_keep_theirs)
        self.keep_mine_button = QPushButton(self)
        self.keep_mine_button.clicked.connect(self.ask_keep_mine)
        self.show_conflict_button = QPushButton(self)
        self.show_conflict_button.clicked.connect(self.open_conflict)
        self.conflicts_page = self._page(self.conflicts_view, self.keep_theirs_button,
                                         self.keep_mine_button, self.show_conflict_button)

        self.notices_view = _table_view(self.notices_model, self, record=1)
        self.open_notice_button = QPushButton(self)
        self.open_notice_button.clicked.connect(self.open_notice)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.notices_page = self._page(self.notices_view, self.open_notice_button,
                                       self.dismiss_button)
        self.rejected_view.activated.connect(self.open_rejected)
        self.conflicts_view.activated.connect(self.open_conflict)
        self.notices_view.activated.connect(self.open_notice)

        self.tabs = QTabWidget(self)
        for page in (self.status_page, self.rejected_page, self.conflicts_page,
                     self.notices_page):
            self.tabs.addTab(page, "")
        for n in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, activated=lambda n=n: self.show_tab(n))
        # Sync now works here too, as in the main window.
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=self._sync_shortcut)

        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.sync_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(self.sync_requested)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        controller.status_changed.connect(self._status_changed)
        # Bound methods: the controller outlives this window's lambdas otherwise.
        controller.started.connect(self._sync_started)
        controller.finished.connect(self._sync_finished)
        controller.failed.connect(self._sync_failed)
        for model in (self.rejected_model, self.conflicts_model, self.notices_model):
            model.modelReset.connect(self._update_buttons)
        for view in (self.rejected_view, self.conflicts_view, self.notices_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(980, 560)
        self.setMinimumSize(700, 400)
        screen_fit.scrollable(self)
        self.retranslate()
        self._status_changed(controller.status)

    def _sync_shortcut(self) -> None:
        if self.sync_button.isEnabled():
            self.sync_requested.emit()

    def _sync_started(self, _quiet: bool) -> None:
        self._update_buttons()

    def _sync_finished(self, _report: Any, _quiet: bool) -> None:
        self.refresh()

    def _sync_failed(self, _error: Any, _quiet: bool) -> None:
        self._update_buttons()

    def open_rejected(self, *_index: Any) -> None:
        self._open_selected(self.rejected_view, self.rejected_model)

    def open_conflict(self, *_index: Any) -> None:
        self._open_selected(self.conflicts_view, self.conflicts_model)

    def open_notice(self, *_index: Any) -> None:
        self._open_selected(self.notices_view, self.notices_model)

    def ask_keep_mine(self) -> QMessageBox | None:
        return self.ask_resolve(mine=True)

    def ask_keep_theirs(self) -> QMessageBox | None:
        return self.ask_resolve(mine=False)

    def _page(self, view: QTableView, *buttons: QPushButton) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return page

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        widget = (self.status_page, self.rejected_view, self.conflicts_view,
                  self.notices_view)[index]
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the lists (and the status) again on the worker."""
        if not shiboken6.isValid(self):
            return
        self.controller.refresh_status()
        if self.loading:
            self._again = True
            return
        self.loading = True
        store = self.store

        def work() -> tuple[list[Any], list[Any], list[Any], dict[str, str], Any]:
            rejected = list(sync_service.rejected_changes(store))
            conflicts = list(sync_service.open_conflicts(store))
            notices = list(sync_service.notices(store))
            return rejected, conflicts, notices, person_names(
                store, [*rejected, *conflicts, *notices]), sync_service.enrolment(store)

        run_in_background(work, self._loaded, self._failed)

    def _loaded(self, lists: tuple[list[Any], list[Any], list[Any], dict[str, str], Any]
                ) -> None:
        if not shiboken6.isValid(self):
            return
        rejected, conflicts, notices, names, self.enrolment = lists
        self._show_status()
        self.rejected_model.set_rows(rejected, names)
        self.conflicts_model.set_rows(conflicts, names)
        self.notices_model.set_rows(notices, names)
        for view in (self.rejected_view, self.conflicts_view, self.notices_view):
            if view.model().rowCount() and not view.selectionModel().hasSelection():
                view.selectRow(0)
        self._finish()
        self.retranslate_tabs()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.error.show_error(error)
        self._finish()

    def _finish(self) -> None:
        self.loading = False
        self._update_buttons()
        if self._again:
            self._again = False
            self.refresh()

    def _status_changed(self, status: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.status = status
        self._show_status()
        self._update_buttons()

    def _show_status(self) -> None:
        t, s = self.text, getattr(self, "status", None)
        values: dict[str, str] = {key: "—" for key in self.status_labels}
        if s is not None:
            enrolled = getattr(s, "enrolled", False)
            values["server"] = (getattr(s, "server_url", None) or "—") if enrolled \
                else t.not_enrolled()
            okrug = (getattr(self.enrolment, "okrug_name", None)
                     or getattr(self.enrolment, "district_name", None)
                     or getattr(s, "okrug_kato", None))
            scope = t.scope(getattr(s, "scope", None))
            values["scope"] = f"{scope}: {okrug}" if okrug else scope
            last = getattr(s, "last_sync_at", None)
            values["last"] = (f"{t.when(last)} ({t.last_sync(last)})" if last
                              else t.last_sync(None))
            for key, attr in (("pending", "pending"), ("sent", "sent"),
                              ("rejected", "rejected"), ("conflicts", "open_conflicts"),
                              ("notices", "notices")):
                values[key] = t.number(int(getattr(s, attr, 0) or 0))
            values["clock"] = (t.clock(getattr(s, "clock_offset_ms", 0) or 0)
                               if getattr(s, "clock_warning", False) else self.tr("Correct"))
        for key, (_name, value) in self.status_labels.items():
            value.setText(values[key])
        clock_value = self.status_labels["clock"][1]
        clock_value.setStyleSheet("color: #a8071a; font-weight: bold;"
                                  if s is not None and getattr(s, "clock_warning", False) else "")

    def _update_buttons(self) -> None:
        if not shiboken6.isValid(self):
            return
        writable = self.store.actor.role.can_write
        idle = not self.controller.running
        self.sync_button.setEnabled(idle and self.controller.enrolled)
        chosen = {
            view: bool(view.selectionModel().selectedRows())
            for view in (self.rejected_view, self.conflicts_view, self.notices_view)
        }
        self.retry_button.setEnabled(writable and idle and chosen[self.rejected_view])
        self.show_rejected_button.setEnabled(chosen[self.rejected_view])
        for button in (self.keep_theirs_button, self.keep_mine_button):
            button.setEnabled(writable and idle and chosen[self.conflicts_view])
        self.show_conflict_button.setEnabled(chosen[self.conflicts_view])
        self.open_notice_button.setEnabled(chosen[self.notices_view])
        self.dismiss_button.setEnabled(writable and chosen[self.notices_view])

    def _selected(self, view: QTableView) -> list[Any]:
        model = view.model()
        return [model.row_at(index.row()) for index in view.selectionModel().selectedRows()]

    def _open_selected(self, view: QTableView, model: Any) -> None:
        rows = self._selected(view)
        if not rows:
            return
        person = person_of(rows[0])
        if person:
            self.open_applicant.emit(person)
            return
        table, _record = model.data(model.index(view.currentIndex().row(), 0), RecordRole) \
            or (None, None)
        self.error.show_message(lambda: self.tr(
            "This record has no applicant's card to open ({kind}).").format(
            kind=self.text.table(table or "")))

    # -- actions -------------------------------------------------------------------------
    def _write(self, work: Callable[[], Any]) -> None:
        self.error.clear_message()
        run_in_background(work, lambda _r: self._written(), self._failed)

    def _written(self) -> None:
        if shiboken6.isValid(self):
            self.refresh()

    def retry_selected(self) -> None:
        """Send the chosen rejected changes again at the next sync (after they are fixed)."""
        ids = [seq for row in self._selected(self.rejected_view) for seq in row.ids]
        store = self.store
        if ids:
            self._write(lambda: sync_service.retry_rejected(store, ids))

    def dismiss_selected(self) -> None:
        rows = self._selected(self.notices_view)
        store = self.store
        if rows:
            def work() -> None:
                for row in rows:
                    sync_service.dismiss_notice(store, row.id)
            self._write(work)

    def ask_resolve(self, mine: bool) -> QMessageBox | None:
        """Confirm "keep mine / keep theirs" for the chosen conflict (Cancel is the default)."""
        rows = self._selected(self.conflicts_view)
        if not rows:
            return None
        row, t = rows[0], self.text
        kept = self.conflicts_model.values(row)[0 if mine else 1]
        question = (self.tr("Keep your value «{value}» for {field}? The other value is "
                            "replaced on every computer of the okrug at the next sync.")
                    if mine else
                    self.tr("Keep their value «{value}» for {field}? Your value is replaced "
                            "on this computer."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resolve the conflict"),
                          question.format(value=t.value(kept),
                                          field=t.field(getattr(row, "field", None))),
                          parent=self)
        keep = box.addButton(self.tr("Keep mine") if mine else self.tr("Keep theirs"),
                             QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _=0: self._resolve_answered(
            row, mine, box.clickedButton() is keep))  # the box goes with its answer
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm_box = box
        box.open()
        return box

    def _resolve_answered(self, row: Any, mine: bool, confirmed: bool) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is not None:
            box.deleteLater()
        if not confirmed or not shiboken6.isValid(self):
            return
        side = mine_side(row, self.store.device_id)
        store, keep = self.store, side if mine else other_side(side)
        self._write(lambda: sync_service.resolve_conflict(store, row.id, keep=keep))

    # -- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync with the district"))
        names = {
            "server": self.tr("District server:"),
            "scope": self.tr("Records of:"),
            "last": self.tr("Last sync:"),
            "pending": self.tr("Not yet sent:"),
            "sent": self.tr("Sent, waiting for the district:"),
            "rejected": self.tr("Rejected by the district:"),
            "conflicts": self.tr("Conflicts to review:"),
            "notices": self.tr("Notices:"),
            "clock": self.tr("Clock:"),
        }
        for key, (name, _value) in self.status_labels.items():
            name.setText(names[key])
        self.server_button.setText(self.tr("District &server…"))
        self.retry_button.setText(self.tr("&Retry"))
        self.show_rejected_button.setText(self.tr("Show &record"))
        self.keep_theirs_button.setText(self.tr("Keep &theirs…"))
        self.keep_mine_button.setText(self.tr("Keep &mine…"))
        self.show_conflict_button.setText(self.tr("Show &record"))
        self.open_notice_button.setText(self.tr("&Open the applicant"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.sync_button.setText(self.tr("Sync &now"))
        self.sync_button.setToolTip("Ctrl+Shift+S")
        for model in (self.rejected_model, self.conflicts_model, self.notices_model):
            model.retranslate()
        self.retranslate_tabs()
        self._show_status()

    def retranslate_tabs(self) -> None:
        n = self.text.number
        self.tabs.setTabText(0, self.tr("&Status"))
        self.tabs.setTabText(1, self.tr("Re&jected ({count})").format(
            count=n(self.rejected_model.rowCount())))
        self.tabs.setTabText(2, self.tr("&Conflicts ({count})").format(
            count=n(self.conflicts_model.rowCount())))
        self.tabs.setTabText(3, self.tr("N&otices ({count})").format(
            count=n(self.notices_model.rowCount())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SyncProgressDialog(QDialog):
    """Phase, done of total and Cancel while a sync runs; then its summary or its error."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.text = SyncText(self)
        self.phase = ""
        self.done_count = 0
        self.total = 0
        self.report: Any = None
        self.problem: BaseException | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        controller.progress.connect(self._progress)
        controller.finished.connect(self._finished)
        controller.failed.connect(self._failed)
        controller.cancelling.connect(self._show)
        self.retranslate()

    @property
    def running(self) -> bool:
        return self.report is None and self.problem is None

    def cancel(self) -> None:
        self.controller.cancel()

    def reject(self) -> None:
        """Esc while running asks the sync to stop; once it is over it closes."""
        if self.running and self.controller.running:
            self.cancel()
            return
        super().reject()

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.phase, self.done_count, self.total = phase, done, total
        self._show()

    def _finished(self, report: Any, quiet: bool) -> None:
        if quiet or not shiboken6.isValid(self):
            return
        self.report = report
        self._show()

    def _failed(self, error: BaseException, quiet: bool) -> None:
        if quiet or not shiboken6.isValid(self):
            return
        self.problem = error
        self._show()

    def summary_text(self) -> str:
        return "" if self.report is None else report_summary(self.report, self.text)

    def _show(self) -> None:
        t = self.text
        if self.report is not None or self.problem is not None:
            self.setWindowTitle(self.tr("Sync finished") if self.problem is None
                                else self.tr("Sync failed"))
            self.label.setText(self.tr("Sync finished.") if self.problem is None
                               else self.tr("The sync did not finish."))
            self.bar.hide()
            self.cancel_button.hide()
            self.close_button.show()
            self.close_button.setDefault(True)
            self.close_button.setFocus()
            if self.problem is not None:
                self.error.show_error(self.problem)
            else:
                self.summary.setText(self.summary_text())
                self.summary.show()
            return
        self.setWindowTitle(self.tr("Syncing with the district"))
        phase = t.phase(self.phase) if self.phase else t.phase("connect")
        if self.total:
            self.bar.setRange(0, self.total)
            self.bar.setValue(min(self.done_count, self.total))
            phase = self.tr("{phase}: {done} of {total}").format(
                phase=phase, done=t.number(self.done_count), total=t.number(self.total))
        else:
            self.bar.setRange(0, 0)
        if self.controller.cancel_requested:
            phase += "\n" + t.stopping()
            self.cancel_button.setEnabled(False)
        self.label.setText(phase)

    def retranslate(self) -> None:
        self._show()
        if self.problem is not None:
            self.error.show_error(self.problem)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SyncProgressDialog", "SyncWindow"]
