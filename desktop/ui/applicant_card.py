"""The applicant card: personal data with live ИИН checks, categories, cases and history."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Citizenship
from desktop.domain.iin import IinError, parse_iin
from desktop.rules.eligibility.profile import CATEGORIES
from desktop.services import applicants, drafts, reference
from desktop.services import sync as sync_service
from desktop.storage.store import Store
from desktop.ui import i18n, screen_fit
from desktop.ui.applicant_model import format_date
from desktop.ui.autosave import Autosave
from desktop.ui.documents_tab import DocumentsTab
from desktop.ui.household_tab import HouseholdTab
from desktop.ui.matching_dialog import MatchingDialog
from desktop.ui.monitoring_hooks import AspBadge
from desktop.ui.sync_text import SyncText
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel, ask_before_discarding

WARNING_STYLE = "color: #613400; background: #fffbe6; border: 1px solid #ffe58f; padding: 6px;"
INFO_STYLE = "color: #135200;"
SYNC_STYLE = "color: #595959;"
SYNC_REJECTED_STYLE = "color: #a8071a; font-weight: bold;"


class CardText(QObject):
    """Every visible string of the card, in the current language (lupdate context CardText)."""

    def title(self, details: dict[str, Any]) -> str:
        if not details:
            return self.tr("New applicant")
        return self.tr("Applicant: {name}").format(
            name=f"{details['last_name']} {details['first_name']}"
        )

    def field(self, key: str, plain: bool = False) -> str:
        """A field's label; `plain` drops the &-mnemonic (for the history list)."""
        names = {
            "iin": self.tr("&IIN"),
            "info": self.tr("From the IIN"),
            "last_name": self.tr("&Surname"),
            "first_name": self.tr("&First name"),
            "patronymic": self.tr("&Patronymic"),
            "citizenship": self.tr("C&itizenship"),
            "phone": self.tr("P&hone"),
            "settlement": self.tr("Se&ttlement"),
            "settlement_kato": self.tr("Settlement"),
            "address": self.tr("&Address"),
            "specialty": self.tr("Sp&ecialty"),
            "categories": self.tr("Categories"),
            "birth_date": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "language": self.tr("Language"),
            "deleted": self.tr("Removed"),
            "state": self.tr("State"),
            "measure": self.tr("Measure"),
            "direction": self.tr("Direction"),
        }
        label = names.get(key, key)
        return label.replace("&", "") if plain else label

    def iin_placeholder(self) -> str:
        return self.tr("12 digits")

    def digits_typed(self, count: int) -> str:
        return self.tr("{count} of 12 digits").format(count=count)

    def born(self, birth_date: str, sex: str) -> str:
        sex_text = self.tr("male") if sex == "male" else self.tr("female")
        return self.tr("Born {date}, {sex}").format(date=birth_date, sex=sex_text)

    def registered(self, iin: str, name: str) -> str:
        return self.tr("IIN {iin} is already registered: {name}. Open that card instead of "
                       "registering the person twice.").format(iin=iin, name=name)

    def open_case(self, number: str, state: str) -> str:
        return self.tr("This IIN already has an open case {number} ({state}): a new "
                       "application must wait until it is closed.").format(
            number=number, state=self.state(state)
        )

    def open_other(self) -> str:
        return self.tr("&Open that applicant")

    def citizenship(self, value: str) -> str:
        if value == "oralman":
            return self.tr("oralman (qandas)")
        return self.tr("citizen of Kazakhstan")

    def category(self, key: str) -> str:
        return {
            "partially_employed": self.tr("partially employed"),
            "unemployed": self.tr("unemployed"),
            "self_employed": self.tr("self-employed"),
            "low_income": self.tr("low-income"),
            "school_graduate_current_year": self.tr("school graduate of this year"),
            "disabled_able_to_work": self.tr("disabled, able to work"),
            "orphan": self.tr("orphan or without parental care"),
            "early_pensioner": self.tr("retired before the usual age"),
            "hazardous_work_allowance": self.tr("hazardous work, special allowance"),
            "other_target_group": self.tr("other target group"),
        }.get(key, key)

    def cases_tab(self, count: int) -> str:
        return self.tr("&Cases ({count})").format(count=count)

    def new_case(self) -> str:
        return self.tr("&New case…")

    def matching(self) -> str:
        return self.tr("&Matching vacancies…")

    def history_tab(self) -> str:
        return self.tr("&History")

    def save(self) -> str:
        return self.tr("Save")

    def cancel(self) -> str:
        return self.tr("Cancel")

    def case_headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Direction"), self.tr("Measure"), self.tr("State"),
                self.tr("Applied on")]

    def history_headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changed fields")]

    def direction(self, value: str) -> str:
        return self.tr("direction {number}").format(number=value)

    def measure(self, value: str | None) -> str:
        return {
            "consultation": self.tr("consultation"),
            "vocational_training": self.tr("vocational training"),
            "social_job": self.tr("social job"),
            "youth_practice": self.tr("youth practice"),
            "business_training": self.tr("business training"),
            "microcredit": self.tr("microcredit"),
            "relocation": self.tr("relocation"),
            "infrastructure_job": self.tr("infrastructure job"),
        }.get(value or "", value or "")

    def state(self, value: str) -> str:
        return {
            "draft": self.tr("draft"),
            "submitted": self.tr("sent to the employment centre"),
            "included": self.tr("included"),
            "refused": self.tr("refused"),
            "contracted": self.tr("contract signed"),
            "in_progress": self.tr("in progress"),
            "completed": self.tr("completed"),
            "terminated": self.tr("terminated"),
            "withdrawn": self.tr("withdrawn"),
        }.get(value, value)

    def action(self, action: str, table: str) -> str:
        if table == "cases":
            return {"insert": self.tr("case opened"), "delete": self.tr("case removed")}.get(
                action, self.tr("case changed"))
        return {"insert": self.tr("registered"), "delete": self.tr("removed")}.get(
            action, self.tr("corrected"))

    def when(self, at: str) -> str:
        moment = QDateTime.fromString(at, Qt.DateFormat.ISODateWithMs).toLocalTime()
        if not moment.isValid():
            return at
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    def discard_title(self) -> str:
        return self.tr("Discard changes?")

    def discard_question(self) -> str:
        return self.tr("What you typed in this card is not saved. Close it and lose the changes?")


class ApplicantCard(QDialog):
    """Register (person_id None) or correct one applicant; `saved` carries the person's id."""

    saved = Signal(str)
    open_person = Signal(str)  # "open that person instead" for an ИИН already registered

    def __init__(
        self, store: Store, person_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.person_id = person_id
        self.text = CardText(self)
        self.details: dict[str, Any] = {}
        self.history: list[dict[str, Any]] = []  # read on the worker (_load_history)
        self._history_asked = 0  # a history that comes back after a newer read is dropped
        self._history_stale = False  # to be read when the History tab is shown
        self.duplicate: dict[str, Any] | None = None
        self.sync_state: Any = None  # where this record is on its way to the district
        self.iin_valid = False
        self.saving = False
        self.discard_box: QMessageBox | None = None
        self._stale = False  # the language changed while the card was hidden
        self._build()
        self._load()
        self._initial = self.snapshot()
        self.retranslate()
        self._check_iin()
        self.iin.setFocus()
        self.autosave = Autosave.attach(self, store, drafts.APPLICANT, person_id)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.iin = QLineEdit(self)
        self.iin.setMaxLength(20)  # a pasted number may carry spaces
        self.iin_info = QLabel(self)
        self.iin_info.setStyleSheet(INFO_STYLE)
        self.iin_error = ErrorLabel(self)
        self.last_name = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.patronymic = QLineEdit(self)
        self.citizenship = QComboBox(self)
        for value in Citizenship:
            self.citizenship.addItem("", value.value)
        self.phone = QLineEdit(self)
        self.settlement = QComboBox(self)
        self.address = QLineEdit(self)
        self.specialty = QLineEdit(self)  # matched against the district's vacancies

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("iin", self.iin), ("info", self.iin_info), ("last_name", self.last_name),
            ("first_name", self.first_name), ("patronymic", self.patronymic),
            ("citizenship", self.citizenship), ("phone", self.phone),
            ("settlement", self.settlement), ("address", self.address),
            ("specialty", self.specialty),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.insertRow(2, "", self.iin_error)
        width = self.fontMetrics().averageCharWidth() * 36  # room for a full name or address
        for edit in (self.iin, self.last_name, self.first_name, self.patronymic, self.address,
                     self.specialty):
            edit.setMinimumWidth(width)

        self.categories_box = QGroupBox(self)
        boxes = QVBoxLayout(self.categories_box)
        boxes.setSpacing(4)
        self.category_checks: dict[str, QCheckBox] = {}
        for category in CATEGORIES:
            check = QCheckBox(self.categories_box)
            self.category_checks[category] = check
            boxes.addWidget(check)
        boxes.addStretch(1)

        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.open_other = QPushButton(self)
        self.open_other.setAutoDefault(False)
        self.open_other.clicked.connect(self._open_duplicate)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.open_other)
        self.asp_badge = AspBadge(self)  # a sanction suspends this person's АСП (§6)
        warning_row.addWidget(self.asp_badge)
        self.warning.hide()
        self.open_other.hide()
        self.error = ErrorLabel(self)

        self.tabs = QTabWidget(self)
        self.cases_table = self._table(5)
        self.history_table = self._table(4)
        self.tabs.addTab(self.cases_table, "")
        self.tabs.addTab(self.history_table, "")
        self.tabs.currentChanged.connect(self._tab_chosen)
        self.new_case = QPushButton(self)
        self.new_case.setAutoDefault(False)
        self.new_case.clicked.connect(self.open_new_case)
        self.tabs.setCornerWidget(self.new_case)
        # Household and documents: their own modules, saved at once, not by the card's Save.
        self.household_tab = HouseholdTab(self.store, self)
        self.documents_tab = DocumentsTab(self.store, self)
        self.tabs.addTab(self.household_tab, "")
        self.tabs.addTab(self.documents_tab, "")
        # Enter or a double-click on a case (Qt's "activated") opens it.
        self.cases_table.activated.connect(lambda _index: self.open_selected_case())
        self.case_form: QDialog | None = None

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)  # Enter saves
        self.matching_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.matching_button.setAutoDefault(False)
        self.matching_button.clicked.connect(self.open_matching)
        self.matching_dialog: QDialog | None = None
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)  # Ctrl+S
        for n in range(self.tabs.count()):  # Ctrl+1, Ctrl+2, ...: a tab, in any language
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, activated=lambda n=n: self.show_tab(n))

        self.sync_text = SyncText(self)
        self.sync_label = QLabel(self)
        self.sync_label.setStyleSheet(SYNC_STYLE)
        self.sync_label.hide()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.sync_label)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.categories_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(warning_row)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        order = [self.iin, self.last_name, self.first_name, self.patronymic, self.citizenship,
                 self.phone, self.settlement, self.address, self.specialty,
                 *self.category_checks.values(),
                 self.open_other, self.tabs, self.new_case, self.cases_table,
                 self.history_table, *self.household_tab.focus_chain(),
                 *self.documents_tab.focus_chain(),
                 self.save_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

        self.iin.textChanged.connect(self._check_iin)
        self.resize(980, 640)
        screen_fit.scrollable(self)  # fits 1366×768 at 150 %; Save and Cancel stay in view

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def _table(self, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- data -----------------------------------------------------------------------------
    def _load(self) -> None:
        self._fill_settlements()
        self.household_tab.set_person(self.person_id)
        self.documents_tab.set_person(self.person_id)
        if self.person_id is None:
            return
        self.details = applicants.applicant_details(self.store, self.person_id)
        self.asp_badge.show_for(self.store, self.person_id)
        self._load_history()
        self._load_sync_state()
        d = self.details
        self.iin.setText(d["iin"])
        self.last_name.setText(d["last_name"])
        self.first_name.setText(d["first_name"])
        self.patronymic.setText(d.get("patronymic") or "")
        self.citizenship.setCurrentIndex(max(0, self.citizenship.findData(d["citizenship"])))
        self.phone.setText(d.get("phone") or "")
        self._select_settlement(d.get("settlement_kato"))
        self.address.setText(d.get("address") or "")
        self.specialty.setText(d.get("specialty") or "")
        for category, check in self.category_checks.items():
            check.setChecked(category in d["categories"])

    def _load_history(self) -> None:
        """Read the history on the database worker once its tab is shown.

        At 100,000 applicants the audit log has no index by record, so this reads all of it
        (about a second, bench/ui_responsiveness.py). Not on the GUI thread, and not at every
        card opening either: the worker would hold the one connection that long, and the
        card's own reads on the GUI thread would wait for it.
        """
        if self.tabs.currentWidget() is not self.history_table:
            self._history_stale = True  # read when the History tab is chosen
            return
        self._history_stale = False
        store, person_id = self.store, self.person_id
        self._history_asked += 1
        asked = self._history_asked
        run_in_background(lambda: applicants.applicant_history(store, person_id),
                          lambda history: self._history_loaded(asked, history),
                          lambda error: self._history_failed(asked, error))

    def _load_sync_state(self) -> None:
        """Where this applicant's changes are on their way to the district (on the worker)."""
        store, person_id = self.store, self.person_id

        def loaded(state: Any) -> None:
            if shiboken6.isValid(self) and person_id == self.person_id:
                self.sync_state = state
                self._show_sync_state()

        run_in_background(lambda: sync_service.record_state(store, "persons", person_id),
                          loaded, lambda _error: None)  # no state shown: nothing to fix here

    def _show_sync_state(self) -> None:
        state = self.sync_state
        if state is None:
            self.sync_label.hide()
            return
        self.sync_label.setText(self.sync_text.card_state(state.state,
                                                          getattr(state, "reason", None)))
        self.sync_label.setStyleSheet(SYNC_REJECTED_STYLE if state.state == "rejected"
                                      else SYNC_STYLE)
        self.sync_label.show()

    def _tab_chosen(self, _index: int) -> None:
        if self._history_stale and self.person_id is not None:
            self._load_history()

    def _history_loaded(self, asked: int, history: list[dict[str, Any]]) -> None:
        if shiboken6.isValid(self) and asked == self._history_asked:  # not closed, not stale
            self.history = history
            self._fill_history()

    def _history_failed(self, asked: int, error: BaseException) -> None:
        if shiboken6.isValid(self) and asked == self._history_asked:
            self.error.show_error(error)

    def _fill_settlements(self) -> None:
        chosen = self.settlement.currentData()
        names = reference.settlement_names(self.store, i18n.current_language())
        self.settlement.blockSignals(True)
        self.settlement.clear()
        self.settlement.addItem("—", None)
        for kato, name in sorted(names.items(), key=lambda item: item[1]):
            self.settlement.addItem(name, kato)
        self.settlement.blockSignals(False)
        self._select_settlement(chosen)

    def _select_settlement(self, kato: str | None) -> None:
        if kato and self.settlement.findData(kato) < 0:
            self.settlement.addItem(kato, kato)  # a КАТО not (yet) in the reference data
        self.settlement.setCurrentIndex(max(0, self.settlement.findData(kato)))

    def snapshot(self) -> applicants.ApplicantInput:
        """What the form holds now, as the service takes it."""
        return applicants.ApplicantInput(
            iin=self.iin.text(),
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            patronymic=self.patronymic.text() or None,
            citizenship=Citizenship(self.citizenship.currentData()),
            phone=self.phone.text().strip() or None,
            address=self.address.text().strip() or None,
            settlement_kato=self.settlement.currentData(),
            language=self.details.get("language"),  # not on the card: kept as stored
            categories=[c for c, check in self.category_checks.items() if check.isChecked()],
            specialty=self.specialty.text(),
        )

    def is_dirty(self) -> bool:
        # A member half-typed on the household tab counts too: Esc must not lose it.
        return self.snapshot() != self._initial or self.household_tab.has_typed_input()

    # -- live ИИН check -------------------------------------------------------------------
    def _check_iin(self) -> None:
        digits = "".join(self.iin.text().split())
        self.iin_valid = False
        self.duplicate = None
        self.iin_info.clear()
        self.iin_error.clear_message()
        self._show_warning(None)
        if digits.isascii() and digits.isdigit() and len(digits) < 12 or not digits:
            self.iin_info.setText(self.text.digits_typed(len(digits)))
        else:
            try:
                parsed = parse_iin(digits)
            except IinError as error:
                self.iin_error.show_error(error)
            else:
                self.iin_valid = True
                self.iin_info.setText(self.text.born(format_date(str(parsed.birth_date)),
                                                     parsed.sex))
                self._check_duplicates(parsed.value)
        self.form.setRowVisible(self.iin_info, bool(self.iin_info.text()))
        self._fit_error()
        self._update_save()

    def _fit_error(self) -> None:
        """A wrapped label is as tall as its text at the width it has, not at the narrowest."""
        width = self.iin.width()
        if width > 0 and self.iin_error.text():
            self.iin_error.setFixedHeight(self.iin_error.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_error()

    def _check_duplicates(self, iin: str) -> None:
        person = applicants.find_by_iin(self.store, iin)
        if person is not None and person["id"] != self.person_id:
            self.duplicate = person
            name = f"{person['last_name']} {person['first_name']}"
            self._show_warning(lambda: self.text.registered(iin, name), offer_open=True)
            return
        case = applicants.open_case_for_iin(self.store, iin)
        if case is not None:
            self._show_warning(lambda: self.text.open_case(case["number"], case["state"]))

    def _show_warning(self, text: Any, offer_open: bool = False) -> None:
        self.warning.setVisible(text is not None)
        self.warning.setText(text() if text is not None else "")
        self.open_other.setVisible(offer_open)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.iin_valid and self.duplicate is None and not self.saving)

    def _open_duplicate(self) -> None:
        """The person asked for the card already registered: this one closes, that one opens."""
        if self.duplicate is not None:
            person_id = self.duplicate["id"]
            self.done(QDialog.DialogCode.Rejected)
            self.open_person.emit(person_id)

    # -- saving ---------------------------------------------------------------------------
    def open_new_case(self) -> None:
        """Open the case form for this person (saved people only)."""
        if self.person_id is not None:
            self._show_case_form(None)

    def open_matching(self) -> None:
        """The open vacancies that fit this (saved) applicant's specialty."""
        if self.person_id is None:
            return
        dialog = MatchingDialog(self.store, self.person_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.matching_dialog = dialog
        dialog.open()

    def open_selected_case(self) -> None:
        item = self.cases_table.item(self.cases_table.currentRow(), 0)
        if self.person_id is not None and item is not None:
            self._show_case_form(item.data(Qt.ItemDataRole.UserRole))

    def open_case_form(self, case_id: str) -> None:
        """The form of one of this person's cases (Home opens a due item's case this way)."""
        self._show_case_form(case_id)

    def _show_case_form(self, case_id: str | None) -> None:
        from desktop.ui.case_form import CaseForm  # the form imports this module's CardText

        form = CaseForm(self.store, self.person_id, case_id, parent=self)
        form.saved.connect(lambda _id: self._reload_cases())
        form.finished.connect(form.deleteLater)
        self.case_form = form
        form.open()

    def _reload_cases(self) -> None:
        self.details["cases"] = applicants.applicant_details(self.store, self.person_id)["cases"]
        self._load_history()
        self._fill_tables()
        self.tabs.setTabText(0, self.text.cases_tab(len(self.details["cases"])))
        self.documents_tab.set_person(self.person_id)  # a new case's direction comes first

    def submit(self) -> None:
        """Save through the services on the database worker; errors stay inline."""
        if not self.save_button.isEnabled():
            return
        data, person_id, store = self.snapshot(), self.person_id, self.store
        self.error.clear_message()
        self.saving = True
        self._update_save()

        def work() -> str:
            if person_id is None:
                return applicants.register_applicant(store, data).record_id
            return applicants.correct_applicant(store, person_id, data).record_id

        run_in_background(work, self._saved, self._failed)

    def _saved(self, person_id: str) -> None:
        self.saving = False
        self.person_id = person_id
        self._initial = self.snapshot()
        self.autosave.saved(person_id)
        self.saved.emit(person_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self._update_save()
        self.error.show_error(error)

    def reject(self) -> None:
        """Esc or Cancel: ask first when something typed would be lost."""
        if self.saving:
            return
        if not self.is_dirty():
            self.autosave.discard()  # back as saved: a draft left from before is not needed
            super().reject()
            return
        self.discard_box = ask_before_discarding(
            self, self.text.discard_title(), self.text.discard_question(), self._discard_answered)

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            self.autosave.discard()
            super().reject()

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.text
        self.setWindowTitle(t.title(self.details))
        for key, label in self.labels.items():
            label.setText(t.field(key))
        for n, value in enumerate(Citizenship):
            self.citizenship.setItemText(n, t.citizenship(value.value))
        self.categories_box.setTitle(t.field("categories"))
        for category, check in self.category_checks.items():
            check.setText(t.category(category))
        self.iin.setPlaceholderText(t.iin_placeholder())
        self.open_other.setText(t.open_other())
        self.tabs.setTabText(0, t.cases_tab(len(self.details.get("cases", []))))
        self.tabs.setTabText(1, t.history_tab())
        self.new_case.setText(t.new_case())
        self.new_case.setEnabled(self.person_id is not None)
        self.matching_button.setText(t.matching())
        self.matching_button.setEnabled(self.person_id is not None)
        self.save_button.setText(t.save())
        self.cancel_button.setText(t.cancel())
        self.cases_table.setHorizontalHeaderLabels(t.case_headers())
        self.history_table.setHorizontalHeaderLabels(t.history_headers())
        self._fill_tables()
        self._fill_settlements()
        self._show_sync_state()
        if self.iin_valid or self.iin.text():
            self._check_iin()
        else:
            self.iin_info.setText(t.digits_typed(0))

    def _fill_tables(self) -> None:
        t = self.text
        cases = self.details.get("cases", [])
        self.cases_table.setRowCount(len(cases))
        for r, case in enumerate(cases):
            values = (case["number"], t.direction(case["direction"]), t.measure(case["measure"]),
                      t.state(case["state"]), format_date(case["applied_on"]))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, case["id"])
                self.cases_table.setItem(r, c, item)
        self._fill_history()

    def _fill_history(self) -> None:
        t = self.text
        self.history_table.setRowCount(len(self.history))
        for r, entry in enumerate(self.history):
            values = (t.when(entry["at"]), entry["username"],
                      t.action(entry["action"], entry["table_name"]),
                      ", ".join(t.field(f, plain=True) for f in entry["fields"]))
            for c, value in enumerate(values):
                self.history_table.setItem(r, c, QTableWidgetItem(value))

    def changeEvent(self, event: QEvent) -> None:
        # A closed card (kept until deleted) does not reread the database for a new language.
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():
                self.retranslate()
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.retranslate()
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        # Enter in a checkbox or a list still saves, as in a text field.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.cases_table.hasFocus():
                return  # the table opened the case (activated)
            self.submit()
            return
        super().keyPressEvent(event)

    # -- drafts (desktop/ui/autosave.py) ------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        """The fields exactly as typed, for the autosaved draft."""
        return {
            "iin": self.iin.text(), "last_name": self.last_name.text(),
            "first_name": self.first_name.text(), "patronymic": self.patronymic.text(),
            "citizenship": self.citizenship.currentData(), "phone": self.phone.text(),
            "settlement_kato": self.settlement.currentData(), "address": self.address.text(),
            "categories": [c for c, check in self.category_checks.items() if check.isChecked()],
        }

    def restore_draft(self, values: dict[str, Any]) -> None:
        for key in ("iin", "last_name", "first_name", "patronymic", "phone", "address"):
            getattr(self, key).setText(values.get(key) or "")
        index = self.citizenship.findData(values.get("citizenship"))
        self.citizenship.setCurrentIndex(max(0, index))
        self._select_settlement(values.get("settlement_kato"))
        chosen = set(values.get("categories") or ())
        for category, check in self.category_checks.items():
            check.setChecked(category in chosen)
