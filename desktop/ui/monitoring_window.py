"""Monitoring of one case: visits, the contract's obligations, sanctions (§4.3.1 step 7, §5, §6).

The top says whose case it is, its state and whether the person's АСП is suspended. Three
tabs: Visits (add with Ctrl+N or Insert, correct with Enter or F2), Obligations (Enter or
F3 marks fulfilled, F4 not fulfilled), Sanctions (impose, lift: the employment centre's
roles only, each after a confirmation). Reads are small and made here; every write runs in a
dialog on the database worker.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.monitoring import ObligationStatus
from desktop.services import monitoring
from desktop.storage.store import Store
from desktop.ui.applicant_card import CardText
from desktop.ui.applicant_model import format_date
from desktop.ui.monitoring_dialogs import (
    LEGAL_STYLE,
    LiftDialog,
    MonitoringDialog,
    ObligationDialog,
    SanctionDialog,
    VisitDialog,
)
from desktop.ui.monitoring_hooks import BADGE_STYLE
from desktop.ui.monitoring_model import (
    ObligationTableModel,
    RecordTableModel,
    SanctionTableModel,
    VisitTableModel,
)

NOTE_STYLE = "color: #595959;"


class WindowText(QObject):
    def title(self, number: str, name: str) -> str:
        return self.tr("Monitoring of case {number}: {name}").format(number=number, name=name)

    def case_line(self, number: str, direction: str, measure: str, state: str) -> str:
        return self.tr("Case {number} · {direction} · {measure} · state: {state}").format(
            number=number, direction=direction, measure=measure, state=state)

    def asp_badge(self) -> str:
        return self.tr("АСП to this person suspended — the family keeps its right (§6)")

    def not_monitored(self) -> str:
        return self.tr("This case is not under monitoring: visits and sanctions are recorded "
                       "once the social contract is signed.")

    def tabs(self, visits: int, obligations: int, sanctions: int) -> list[str]:
        return [self.tr("&Visits ({count})").format(count=visits),
                self.tr("&Obligations ({count})").format(count=obligations),
                self.tr("&Sanctions ({count})").format(count=sanctions)]

    def visits_note(self) -> str:
        return self.tr("Direction 2 projects are supported by consultations at the "
                       "participant's home at least once every two months (§4.3.2).")

    def add_visit(self) -> str:
        return self.tr("&Add visit…")

    def edit_visit(self) -> str:
        return self.tr("&Correct visit…")

    def contract(self, contract: dict[str, Any] | None) -> str:
        if contract is None:
            return self.tr("The case has no signed social contract: there are no obligations to "
                           "check.")
        return self.tr("Social contract {number}, version {version}, signed {date}").format(
            number=contract["number"], version=contract["version"],
            date=format_date(contract["signed_on"]))

    def fulfilled(self) -> str:
        return self.tr("Mark &fulfilled…")

    def broken(self) -> str:
        return self.tr("Mark &not fulfilled…")

    def impose(self) -> str:
        return self.tr("&Impose sanction…")

    def lift(self) -> str:
        return self.tr("&Lift sanction…")

    def sanctions_note(self, can_decide: bool) -> str:
        if can_decide:
            return self.tr("The employment centre applies sanctions (§7). A suspension stops the "
                           "payment of АСП to this person only; the family keeps its right to "
                           "АСП (§6).")
        return self.tr("Sanctions are decided by the employment centre (§7). Propose one with a "
                       "visit that found a breach; the centre sees the proposal.")

    def proposals(self, dates: str) -> str:
        return self.tr("Sanction proposed after the visit of {dates}: waiting for the "
                       "employment centre's decision.").format(dates=dates)

    def close(self) -> str:
        return self.tr("Close")


def _table(model: RecordTableModel, parent: QWidget, stretch: int) -> QTableView:
    """A read-only list; the `stretch` column (free text) takes the room the others leave."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setAutoDefault(False)
    return button


def _note(parent: QWidget, style: str = NOTE_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class MonitoringWindow(QDialog):
    """Monitoring of one case. `today` fixes the dialogs' default dates (tests, screenshots)."""

    def __init__(self, store: Store, case_id: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id, self.today = store, case_id, today
        self.text, self.card_text = WindowText(self), CardText(self)
        self.summary: dict[str, Any] = {}
        self.contract: dict[str, Any] | None = None
        self.proposals: list[dict[str, Any]] = []
        self.exemptions: list[str] = []
        self.dialog: MonitoringDialog | None = None
        self._build()
        self.reload()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(self)  # name and ИИН: not translated
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.case_line = QLabel(self)
        self.badge = QLabel(self)
        self.badge.setStyleSheet(BADGE_STYLE)
        self.state_note = _note(self, LEGAL_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.badge)

        self.visits = VisitTableModel(self)
        self.obligations = ObligationTableModel(self)
        self.sanctions = SanctionTableModel(self)
        self.tabs = QTabWidget(self)

        page = QWidget(self.tabs)
        self.visits_view = _table(self.visits, page, VisitTableModel.COL_FINDINGS)
        self.visits_note = _note(page)
        self.add_visit_button, self.edit_visit_button = _button(page), _button(page)
        self.add_visit_button.clicked.connect(self.add_visit)
        self.edit_visit_button.clicked.connect(self.edit_visit)
        self.visits_view.activated.connect(lambda _index: self.edit_visit())
        self._page(page, [self.visits_note], self.visits_view,
                   [self.add_visit_button, self.edit_visit_button])
        self.tabs.addTab(page, "")

        page = QWidget(self.tabs)
        self.contract_label = _note(page, "font-weight: bold;")
        self.obligations_view = _table(self.obligations, page,
                                       ObligationTableModel.COL_DESCRIPTION)
        self.fulfilled_button, self.broken_button = _button(page), _button(page)
        self.fulfilled_button.clicked.connect(lambda: self.check_obligation(
            ObligationStatus.FULFILLED))
        self.broken_button.clicked.connect(lambda: self.check_obligation(ObligationStatus.BROKEN))
        self.obligations_view.activated.connect(
            lambda _index: self.check_obligation(ObligationStatus.FULFILLED))
        self._page(page, [self.contract_label], self.obligations_view,
                   [self.fulfilled_button, self.broken_button])
        self.tabs.addTab(page, "")

        page = QWidget(self.tabs)
        self.sanctions_note = _note(page)
        self.proposals_label = _note(page, "color: #613400; background: #fffbe6;"
                                           " border: 1px solid #ffe58f; padding: 6px;")
        self.sanctions_view = _table(self.sanctions, page, SanctionTableModel.COL_REASON)
        self.impose_button, self.lift_button = _button(page), _button(page)
        self.impose_button.clicked.connect(self.impose_sanction)
        self.lift_button.clicked.connect(self.lift_sanction)
        self._page(page, [self.sanctions_note, self.proposals_label], self.sanctions_view,
                   [self.impose_button, self.lift_button])
        self.tabs.addTab(page, "")

        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAutoDefault(False)  # Enter acts on the list, never closes
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.case_line)
        layout.addWidget(self.state_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        order = [self.tabs, self.visits_view, self.add_visit_button, self.edit_visit_button,
                 self.obligations_view, self.fulfilled_button, self.broken_button,
                 self.sanctions_view, self.impose_button, self.lift_button, self.close_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        shortcuts = ((QKeySequence.StandardKey.New, self.add_visit),
                     (QKeySequence(Qt.Key.Key_Insert), self.add_visit),
                     (QKeySequence(Qt.Key.Key_F2), self.edit_visit),
                     (QKeySequence(Qt.Key.Key_F3),
                      lambda: self.check_obligation(ObligationStatus.FULFILLED)),
                     (QKeySequence(Qt.Key.Key_F4),
                      lambda: self.check_obligation(ObligationStatus.BROKEN)))
        for keys, slot in shortcuts:
            QShortcut(keys, self, activated=slot)
        self.tabs.currentChanged.connect(lambda _n: self._focus_table())
        self.resize(1180, 640)

    def _page(self, page: QWidget, notes: list[QLabel], view: QTableView,
              buttons: list[QPushButton]) -> None:
        layout = QVBoxLayout(page)
        for note in notes:
            layout.addWidget(note)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _focus_table(self) -> None:
        view = (self.visits_view, self.obligations_view, self.sanctions_view)[
            self.tabs.currentIndex()]
        view.setFocus()
        if view.model().rowCount() and not view.currentIndex().isValid():
            view.selectRow(0)

    # -- data -----------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the case's monitoring again (after every write; the lists are short)."""
        store, case_id = self.store, self.case_id
        self.summary = monitoring.case_summary(store, case_id)
        self.visits.set_rows(monitoring.list_visits(store, case_id))
        self.contract = monitoring.current_contract(store, case_id)
        self.obligations.set_rows(monitoring.list_obligations(store, case_id))
        self.sanctions.set_rows(monitoring.list_sanctions(store, case_id))
        self.proposals = monitoring.sanction_proposals(store, case_id)
        self.exemptions = monitoring.asp_exemptions(store, self.summary["person_id"], self.today)
        for view in (self.visits_view, self.obligations_view, self.sanctions_view):
            model = view.model()
            row = model.find(select) if select else -1
            if row >= 0 or (model.rowCount() and not view.currentIndex().isValid()):
                view.selectRow(max(row, 0))
        self._update_actions()
        self.retranslate()

    @property
    def writable(self) -> bool:
        return self.store.actor.role.can_write and monitoring.is_monitored(self.summary["state"])

    @property
    def can_decide(self) -> bool:
        return self.writable and monitoring.can_decide_sanctions(self.store.actor.role)

    def _update_actions(self) -> None:
        self.add_visit_button.setEnabled(self.writable)
        self.edit_visit_button.setEnabled(self.writable and self.visits.rowCount() > 0)
        has_obligations = self.writable and self.obligations.rowCount() > 0
        self.fulfilled_button.setEnabled(has_obligations)
        self.broken_button.setEnabled(has_obligations)
        self.impose_button.setEnabled(self.can_decide)
        self.lift_button.setEnabled(self.can_decide and bool(self.sanctions.active_sanctions()))
        self.impose_button.setVisible(monitoring.can_decide_sanctions(self.store.actor.role))
        self.lift_button.setVisible(monitoring.can_decide_sanctions(self.store.actor.role))

    def _selected(self, view: QTableView) -> dict[str, Any] | None:
        index: QModelIndex = view.currentIndex()
        model = view.model()
        return model.record(index.row()) if index.isValid() else model.record(0)

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: MonitoringDialog) -> None:
        dialog.saved.connect(lambda record_id: self.reload(record_id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def add_visit(self) -> None:
        if self.add_visit_button.isEnabled():
            self.tabs.setCurrentIndex(0)
            self._open(VisitDialog(self.store, self.case_id, today=self.today, parent=self))

    def edit_visit(self) -> None:
        visit = self._selected(self.visits_view)
        if self.edit_visit_button.isEnabled() and visit is not None:
            self._open(VisitDialog(self.store, self.case_id, visit, parent=self))

    def check_obligation(self, status: ObligationStatus) -> None:
        obligation = self._selected(self.obligations_view)
        if self.fulfilled_button.isEnabled() and obligation is not None:
            self.tabs.setCurrentIndex(1)
            self._open(ObligationDialog(self.store, obligation, status, today=self.today,
                                        parent=self))

    def impose_sanction(self) -> None:
        if self.impose_button.isEnabled():
            proposed = [v["id"] for v in self.proposals]
            self._open(SanctionDialog(self.store, self.case_id, self.summary["person_name"],
                                      self.visits.rows(), self.exemptions, proposed,
                                      today=self.today, parent=self))

    def lift_sanction(self) -> None:
        active = self.sanctions.active_sanctions()
        if self.lift_button.isEnabled() and active:
            self._open(LiftDialog(self.store, self.summary["person_name"], active,
                                  today=self.today, parent=self))

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        t, c, s = self.text, self.card_text, self.summary
        self.setWindowTitle(t.title(s["number"], s["person_name"]))
        self.header.setText(f"{s['person_name']} · {s['iin']}")
        self.case_line.setText(t.case_line(s["number"], c.direction(s["direction"]),
                                           c.measure(s["measure"]), c.state(s["state"])))
        self.badge.setText(t.asp_badge())
        self.badge.setVisible(bool(s["asp_suspended"]))
        self.state_note.setText(t.not_monitored())
        self.state_note.setVisible(not monitoring.is_monitored(s["state"]))
        for n, title in enumerate(t.tabs(self.visits.rowCount(), self.obligations.rowCount(),
                                         self.sanctions.rowCount())):
            self.tabs.setTabText(n, title)
        self.visits_note.setText(t.visits_note())
        self.visits_note.setVisible(s["direction"] == "2")
        self.add_visit_button.setText(t.add_visit())
        self.edit_visit_button.setText(t.edit_visit())
        self.contract_label.setText(t.contract(self.contract))
        self.fulfilled_button.setText(t.fulfilled())
        self.broken_button.setText(t.broken())
        self.impose_button.setText(t.impose())
        self.lift_button.setText(t.lift())
        self.sanctions_note.setText(t.sanctions_note(
            monitoring.can_decide_sanctions(self.store.actor.role)))
        dates = ", ".join(format_date(v["visited_on"]) for v in self.proposals)
        self.proposals_label.setText(t.proposals(dates))
        self.proposals_label.setVisible(bool(self.proposals))
        self.close_button.setText(t.close())
        for model in (self.visits, self.obligations, self.sanctions):
            model.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A list's Enter opened its dialog (activated). QDialog would pass the same key on to
        # the default button of any child dialog, which would save it unseen: stop it here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.summary:
            self.retranslate()
        super().changeEvent(event)
