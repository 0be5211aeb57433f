"""The social contract of a case: draft it, see its obligations and versions, record the
signing, amend it, print it or save it as PDF in Kazakh or Russian (apart from the UI language).

A signed contract shows read-only: its terms cannot be typed into; "Amend…" opens the terms
for a new version instead. Every write and every PDF runs on the background worker.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.domain.enums import Direction
from desktop.domain.measures import Measure
from desktop.reports.forms import PrintedForm, social_contract_form
from desktop.rules.eligibility import MOVE_TYPES
from desktop.services import applicants, cases, contracts
from desktop.services.cases import DISTRICT_ROLES
from desktop.services.contracts import Contract, ContractTerms
from desktop.storage.store import Store
from desktop.ui.applicant_card import CardText
from desktop.ui.case_form import from_qdate, money, parse_wage, to_qdate
from desktop.ui.form_output import FormLanguageCombo, FormOutput
from desktop.ui.obligation_model import ObligationModel
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel, ask_before_discarding


class ContractText(QObject):
    def title(self, number: str | None, name: str) -> str:
        if number:
            return self.tr("Social contract {number}: {name}").format(number=number, name=name)
        return self.tr("Social contract: {name}").format(name=name)

    def labels(self) -> dict[str, str]:
        return {"start": self.tr("S&tarts on"), "end": self.tr("&Ends on"),
                "wage": self.tr("Monthly &wage, tenge"), "move": self.tr("Mo&ve type"),
                "members": self.tr("Family members moving"),
                "language": self.tr("Form &language"), "signed_on": self.tr("Signed &on")}

    def groups(self) -> dict[str, str]:
        return {"terms": self.tr("Terms"), "obligations": self.tr("Obligations of the parties"),
                "versions": self.tr("Versions")}

    def no_contract(self) -> str:
        return self.tr("No social contract yet. Check the terms and draft it.")

    def status(self, contract: Contract) -> str:
        version = self.tr("version {version}").format(version=contract.version)
        if contract.status == "draft":
            text = self.tr("Draft, not signed")
        elif contract.status == "superseded":
            text = self.tr("Superseded by a later version")
        elif contract.signed_on:
            text = self.tr("Signed on {day}, recorded by {name}").format(
                day=contract.signed_on.strftime("%d.%m.%Y"), name=contract.signed_by or "—")
        else:
            text = self.tr("Signed")
        return f"{text} ({version})"

    def period(self, contract: Contract) -> str:
        if not contract.valid_from or not contract.valid_to:
            return ""
        return self.tr("Period: {start} – {end}").format(
            start=contract.valid_from.strftime("%d.%m.%Y"),
            end=contract.valid_to.strftime("%d.%m.%Y"))

    def amount(self, amount: Decimal | None) -> str:
        if amount is None:
            return self.tr("No amount is calculated for this measure.")
        return self.tr("Amount: {amount}").format(amount=money(amount))

    def version_line(self, contract: Contract) -> str:
        return self.tr("Version {version}: {status}").format(
            version=contract.version, status=self.state(contract.status))

    def state(self, value: str) -> str:
        return {"draft": self.tr("draft"), "signed": self.tr("signed"),
                "superseded": self.tr("superseded"), "completed": self.tr("completed"),
                "terminated": self.tr("terminated")}.get(value, value)

    def read_only(self) -> str:
        return self.tr("Signed: this version can no longer be changed. Amend it to make a new "
                       "version.")

    def amending(self) -> str:
        return self.tr("Amendment: change the terms and save them as a new version.")

    def buttons(self) -> dict[str, str]:
        return {"draft": self.tr("&Draft contract"), "save": self.tr("&Save draft"),
                "amend": self.tr("&Amend…"), "save_amendment": self.tr("&Save amendment"),
                "sign": self.tr("&Record signing"), "print": self.tr("&Print…"),
                "pdf": self.tr("Save as PD&F…"), "accession": self.tr("Accession &notices…"),
                "close": self.tr("Close")}

    def move(self, value: str) -> str:
        return {"": self.tr("not stated"), "within-district": self.tr("within the district"),
                "within-region": self.tr("within the region"),
                "other-region": self.tr("to another region")}.get(value, value)

    def working(self) -> str:
        return self.tr("Saving…")

    def signed_note(self) -> str:
        return self.tr("The signing is recorded; the contract is now read-only.")

    def discard_title(self) -> str:
        return self.tr("Discard the changes?")

    def discard_question(self) -> str:
        return self.tr("The terms you typed are not saved. Close and lose them?")


class ContractWindow(QDialog):
    """The case's contract (the newest version, or none yet) and what can be done with it."""

    changed = Signal(str)  # the case id, after a write

    def __init__(self, store: Store, case_id: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.text, self.card_text = ContractText(self), CardText(self)
        self.today = today or clock.today()
        self.case = cases.case_details(store, case_id)
        self.person = applicants.applicant_details(store, self.case["person_id"])
        self.versions: list[Contract] = []
        self.shown: Contract | None = None
        self.amending = False
        self.writing = False
        self._build()
        self.reload()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        p = self.person
        name = " ".join(filter(None, (p["last_name"], p["first_name"], p.get("patronymic"))))
        self.header = QLabel(f"{name} · {p['iin']} · {self.case['number']}", self)
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.measure_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setStyleSheet("font-weight: bold;")
        self.status.setWordWrap(True)
        self.period = QLabel(self)
        self.amount = QLabel(self)

        self.labels: dict[str, QLabel] = {}
        self.start = self._date(self.today)
        self.end = self._date(self.today)
        self.wage = QLineEdit(self)
        self.move_type = QComboBox(self)
        for value in ("", *MOVE_TYPES):
            self.move_type.addItem("", value)
        self.members = QSpinBox(self)
        self.members.setRange(0, 20)
        self.terms_form = QFormLayout()
        for key, widget in (("start", self.start), ("end", self.end), ("wage", self.wage),
                            ("move", self.move_type), ("members", self.members)):
            self.terms_form.addRow(self._label(key, widget), widget)
        self.terms_box = QGroupBox(self)
        terms_layout = QVBoxLayout(self.terms_box)
        terms_layout.addLayout(self.terms_form)
        measure = self.case.get("measure")
        self.terms_form.setRowVisible(self.end, contracts.period_months(
            measure, self.today) is None)
        self.terms_form.setRowVisible(self.wage, measure == Measure.SOCIAL_JOB)
        self.terms_form.setRowVisible(self.move_type, measure == Measure.RELOCATION)
        self.terms_form.setRowVisible(self.members, measure == Measure.RELOCATION)

        self.model = ObligationModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped text once the column has its real width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.obligations_box = QGroupBox(self)
        QVBoxLayout(self.obligations_box).addWidget(self.table)

        self.history = QListWidget(self)
        self.history.currentRowChanged.connect(self._version_chosen)
        self.versions_box = QGroupBox(self)
        QVBoxLayout(self.versions_box).addWidget(self.history)

        self.language = FormLanguageCombo(self)
        self.language.currentIndexChanged.connect(self._show_obligations)
        self.signed_on = self._date(self.today)
        self.signed_on.setMaximumDate(to_qdate(self.today))

        self.buttons: dict[str, QPushButton] = {}
        for key in ("draft", "save", "amend", "sign", "print", "pdf", "accession", "close"):
            button = QPushButton(self)
            button.setAutoDefault(False)
            self.buttons[key] = button
        self.buttons["draft"].clicked.connect(self.submit)
        self.buttons["save"].clicked.connect(self.submit)
        self.buttons["amend"].clicked.connect(self.start_amendment)
        self.buttons["sign"].clicked.connect(self.record_signing)
        self.buttons["print"].clicked.connect(self.print_contract)
        self.buttons["pdf"].clicked.connect(lambda: self.save_pdf())
        self.buttons["accession"].clicked.connect(self.open_accession)
        self.buttons["close"].clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_contract)  # Ctrl+P
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)  # Ctrl+S
        # The accession notices belong to training chosen by an employer (§4.3.1.1).
        self.buttons["accession"].setVisible(
            self.case["direction"] == Direction.TRAINING_AND_EMPLOYMENT
            and self.case.get("measure") == Measure.VOCATIONAL_TRAINING)

        self.error = ErrorLabel(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.busy = BusyIndicator(self)
        self.output = FormOutput(self, self.busy, self.error, self.info)

        left = QVBoxLayout()
        left.addWidget(self.measure_label)
        left.addWidget(self.status)
        left.addWidget(self.period)
        left.addWidget(self.amount)
        left.addWidget(self.terms_box)
        left.addWidget(self.versions_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.obligations_box, 5)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self._label("signed_on", self.signed_on))
        sign_row.addWidget(self.signed_on)
        sign_row.addWidget(self.buttons["sign"])
        sign_row.addSpacing(24)
        sign_row.addWidget(self._label("language", self.language))
        sign_row.addWidget(self.language)
        sign_row.addWidget(self.buttons["print"])
        sign_row.addWidget(self.buttons["pdf"])
        sign_row.addStretch(1)
        bottom = QHBoxLayout()
        for key in ("draft", "save", "amend", "accession"):
            bottom.addWidget(self.buttons[key])
        bottom.addStretch(1)
        bottom.addWidget(self.buttons["close"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.info)
        layout.addLayout(sign_row)
        layout.addLayout(bottom)
        self.resize(1240, 700)

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def _date(self, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the case's contract versions again and show the newest."""
        self.case = cases.case_details(self.store, self.case_id)
        self.versions = contracts.case_contracts(self.store, self.case_id)
        current = contracts.current_contract(self.store, self.case_id)
        self.amending = False
        self.history.blockSignals(True)
        self.history.clear()
        for contract in self.versions:
            item = QListWidgetItem(self.text.version_line(contract))
            item.setData(Qt.ItemDataRole.UserRole, contract.id)
            self.history.addItem(item)
        self.history.blockSignals(False)
        self.show_contract(current)
        if current is not None:
            self.history.blockSignals(True)
            self.history.setCurrentRow([v.id for v in self.versions].index(current.id))
            self.history.blockSignals(False)

    def show_contract(self, contract: Contract | None) -> None:
        self.shown = contract
        if contract is not None:
            self._fill_terms(contract.terms)
        self._initial = self.terms_snapshot()
        self._show_obligations()
        self._update()

    def _fill_terms(self, terms: ContractTerms) -> None:
        self.start.setDate(to_qdate(terms.start))
        if terms.end:
            self.end.setDate(to_qdate(terms.end))
        self.wage.setText(str(terms.wage) if terms.wage is not None else "")
        self.move_type.setCurrentIndex(max(self.move_type.findData(terms.move or ""), 0))
        self.members.setValue(terms.members)

    def _version_chosen(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.amending = False
            self.show_contract(self.versions[row])

    def _show_obligations(self) -> None:
        rows = self.shown.obligations if self.shown else []
        self.model.set_obligations(rows, self.language.language())
        self.table.resizeRowsToContents()

    def terms(self) -> ContractTerms:
        """The terms typed; a wage that is not an amount is a translated error."""
        wage_text = self.wage.text().strip()
        measure = self.case.get("measure")
        return ContractTerms(
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()) if contracts.period_months(
                measure, from_qdate(self.start.date())) is None else None,
            wage=parse_wage(wage_text) if wage_text and measure == Measure.SOCIAL_JOB else None,
            move=self.move_type.currentData() or None if measure == Measure.RELOCATION else None,
            members=self.members.value() if measure == Measure.RELOCATION else 0,
        )

    def terms_snapshot(self) -> tuple[Any, ...]:
        return (self.start.date(), self.end.date(), self.wage.text(), self.move_type.currentIndex(),
                self.members.value())

    def is_dirty(self) -> bool:
        return self.editable() and self.terms_snapshot() != self._initial

    def editable(self) -> bool:
        """Terms can be typed: no contract yet, a draft, or an amendment being prepared."""
        return self.shown is None or self.shown.status == "draft" or self.amending

    def _update(self) -> None:
        t, c = self.text, self.shown
        busy = self.writing
        district = self.store.actor.role in DISTRICT_ROLES
        self.measure_label.setText(
            f"{self.card_text.direction(self.case['direction'])} · "
            f"{self.card_text.measure(self.case.get('measure'))}")
        if c is None:
            self.status.setText(t.no_contract())
            self.period.clear()
            self.amount.clear()
        else:
            self.status.setText(t.status(c))
            self.period.setText(t.period(c))
            self.amount.setText(t.amount(c.amount))
        editable = self.editable() and (c is None or c.status != "superseded")
        for widget in (self.start, self.end, self.wage, self.move_type, self.members):
            widget.setEnabled(editable and not busy)
        newest = c is not None and bool(self.versions) and c.id == self.versions[-1].id
        self.buttons["draft"].setVisible(c is None)
        self.buttons["save"].setVisible(c is not None and (c.status == "draft" or self.amending))
        self.buttons["save"].setText(t.buttons()["save_amendment" if self.amending else "save"])
        self.buttons["amend"].setVisible(c is not None and c.status == "signed" and newest
                                         and not self.amending)
        signable = c is not None and c.status == "draft" and district
        self.buttons["sign"].setVisible(signable)
        self.signed_on.setVisible(signable)
        self.labels["signed_on"].setVisible(signable)
        for key in ("print", "pdf", "accession"):
            self.buttons[key].setEnabled(c is not None and not busy)
        for key in ("draft", "save", "amend", "sign"):
            self.buttons[key].setEnabled(not busy)
        if c is not None and c.status == "signed" and not self.amending:
            self.info.setText(t.read_only())
        elif self.amending:
            self.info.setText(t.amending())

    # -- writes (on the database worker) ---------------------------------------------------
    def submit(self) -> None:
        """Draft the contract, save the draft, or save the amendment, from the terms typed."""
        if self.writing or not self.editable():
            return
        try:
            terms = self.terms()
        except Exception as error:
            self.error.show_error(error)
            return
        store, case_id, shown, amending = self.store, self.case_id, self.shown, self.amending

        def work() -> str:
            if shown is None:
                return contracts.draft_contract(store, case_id, terms).record_id
            if amending:
                return contracts.amend_contract(store, shown.id, terms).record_id
            return contracts.update_draft(store, shown.id, terms).record_id

        self._write(work)

    def start_amendment(self) -> None:
        if self.shown is None or self.shown.status != "signed":
            return
        self.amending = True
        self._initial = self.terms_snapshot()
        self._update()
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def record_signing(self) -> None:
        if self.writing or self.shown is None:
            return
        store, contract_id = self.store, self.shown.id
        day = from_qdate(self.signed_on.date())
        self._write(lambda: contracts.record_signing(store, contract_id, day).record_id,
                    note=self.text.signed_note)

    def _write(self, work: Any, note: Any = None) -> None:
        self.writing = True
        self.error.clear_message()
        self.busy.start(self.text.working)
        self._update()

        before = QApplication.focusWidget()

        def done(_record_id: str) -> None:
            self.writing = False
            self.busy.stop()
            self.reload()
            if note is not None:
                self.info.setText(note())
            self.retranslate()
            self._give_back_focus(before)
            self.changed.emit(self.case_id)

        def failed(error: BaseException) -> None:
            self.writing = False
            self.busy.stop()
            self.error.show_error(error)
            self._update()
            self._give_back_focus(before)

        run_in_background(work, done, failed)

    def _give_back_focus(self, before: QWidget | None) -> None:
        """The buttons were disabled (or hidden: Draft, Record signing) while writing, which
        took the keyboard focus away; it goes back, or on to the next step, never nowhere."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and focus.isVisible() \
                and focus.isEnabled():
            return
        for widget in (before, self.signed_on, self.buttons["pdf"], self.table):
            if widget is not None and self.isAncestorOf(widget) and widget.isVisible() \
                    and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- printing -------------------------------------------------------------------------
    def _builder(self) -> Any:
        store, contract_id, language = self.store, self.shown.id, self.language.language()
        return lambda: social_contract_form(contracts.contract_document(store, contract_id),
                                            language)

    def save_pdf(self, path: Path | None = None) -> None:
        """"Save as PDF…" (a path given skips the file dialog: scripts and tests)."""
        if self.shown is None:
            return
        stem = f"contract-{self.shown.number}-v{self.shown.version}-{self.language.language()}"
        self.output.save_pdf(self._builder(), stem, path)

    def print_contract(self) -> None:
        if self.shown is not None:
            self.output.print(self._builder())

    def build_form(self) -> PrintedForm:
        """The form as it would print now (screenshots and tests)."""
        return self._builder()()

    def open_accession(self) -> None:
        if self.shown is None:
            return
        from desktop.ui.accession_dialog import AccessionDialog

        dialog = AccessionDialog(self.store, self.shown.id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.accession_dialog = dialog
        dialog.open()

    def reject(self) -> None:
        """Esc or Close: ask first when typed terms would be lost."""
        if self.writing or self.output.running:
            return
        if not self.is_dirty():
            super().reject()
            return
        self.discard_box = ask_before_discarding(
            self, self.text.discard_title(), self.text.discard_question(), self._discard_answered)

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            super().reject()

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.text
        name = f"{self.person['last_name']} {self.person['first_name']}"
        self.setWindowTitle(t.title(self.shown.number if self.shown else None, name))
        for key, text in t.labels().items():
            self.labels[key].setText(text)
        groups = t.groups()
        self.terms_box.setTitle(groups["terms"])
        self.obligations_box.setTitle(groups["obligations"])
        self.versions_box.setTitle(groups["versions"])
        for key, text in t.buttons().items():
            if key in self.buttons:
                self.buttons[key].setText(text)
        for n in range(self.move_type.count()):
            self.move_type.setItemText(n, t.move(self.move_type.itemData(n)))
        for n, contract in enumerate(self.versions):
            self.history.item(n).setText(t.version_line(contract))
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)
