"""Accession notices (заявление/уведомление о присоединении, §4.3.1.1 step 4): the employer's
and the education organisation's, printed from the contract's data plus what is typed here.

In pilot regions the employer and the education organisation join the participant's social
contract by a signed and sealed notice. Nothing typed here is stored: the notice is a paper
the organisation signs; the dialog keeps the text until it is closed (and asks before that).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.reports.forms import (
    EducationNotice,
    EmployerNotice,
    PrintedForm,
    education_notice_form,
    employer_notice_form,
)
from desktop.services import contracts
from desktop.services.applicants import ApplicantError
from desktop.storage.store import Store
from desktop.ui.case_form import from_qdate, to_qdate
from desktop.ui.form_output import FormLanguageCombo, FormOutput
from desktop.ui.widgets import BusyIndicator, ErrorLabel, ask_before_discarding

EMPLOYER_FIELDS = ("employer", "employer_bin", "specialty", "education_organisation",
                   "practice_place", "work_months", "employer_official")
EDUCATION_FIELDS = ("organisation", "organisation_bin", "course", "duration", "cost",
                    "practice", "organisation_official")


def parse_cost(text: str) -> Decimal:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise ApplicantError("The cost of training must be an amount in tenge, such as "
                             "150000 or 150000.50; {value} is not.", value=text)
    return value


class AccessionText(QObject):
    def title(self, number: str) -> str:
        return self.tr("Accession notices to social contract {number}").format(number=number)

    def tabs(self) -> tuple[str, str]:
        return self.tr("&Employer"), self.tr("E&ducation organisation")

    def field(self, key: str) -> str:
        return {
            "employer": self.tr("Employer"), "employer_bin": self.tr("БИН"),
            "specialty": self.tr("Specialty (occupation) of training"),
            "education_organisation": self.tr("Education organisation"),
            "practice_place": self.tr("Place of practical training"),
            "work_months": self.tr("Work after training, months"),
            "employer_official": self.tr("Responsible official"),
            "organisation": self.tr("Education organisation"),
            "organisation_bin": self.tr("БИН"),
            "course": self.tr("Specialty (occupation)"),
            "duration": self.tr("Duration of training"),
            "cost": self.tr("Cost of training, tenge"),
            "practice": self.tr("Possible place and conditions of practical training"),
            "organisation_official": self.tr("Responsible official"),
            "day": self.tr("Date of the notice"), "language": self.tr("Form &language"),
        }[key]

    def buttons(self) -> dict[str, str]:
        return {"print": self.tr("&Print…"), "pdf": self.tr("Save as PD&F…"),
                "close": self.tr("Close")}

    def discard_title(self) -> str:
        return self.tr("Discard the notice?")

    def discard_question(self) -> str:
        return self.tr("What you typed is not kept after closing. Close anyway?")


class AccessionDialog(QDialog):
    def __init__(self, store: Store, contract_id: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.contract_id = store, contract_id
        self.contract = contracts.contract_details(store, contract_id)
        self.text = AccessionText(self)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.tabs = QTabWidget(self)
        for fields in (EMPLOYER_FIELDS, EDUCATION_FIELDS):
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            for key in fields:
                widget = self._widget(key)
                label = QLabel(page)
                label.setBuddy(widget)
                self.labels[key] = label
                self.fields[key] = widget
                form.addRow(label, widget)
            self.tabs.addTab(page, "")
        self.day = QDateEdit(to_qdate(today or clock.today()), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.language = FormLanguageCombo(self)
        self.buttons = {key: QPushButton(self) for key in ("print", "pdf", "close")}
        for button in self.buttons.values():
            button.setAutoDefault(False)
        self.buttons["print"].clicked.connect(self.print_notice)
        self.buttons["pdf"].clicked.connect(lambda: self.save_pdf())
        self.buttons["close"].clicked.connect(self.reject)
        self.error, self.info, self.busy = ErrorLabel(self), QLabel(self), BusyIndicator(self)
        self.info.setWordWrap(True)
        self.output = FormOutput(self, self.busy, self.error, self.info)

        row = QHBoxLayout()
        for key, widget in (("day", self.day), ("language", self.language)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        for key in ("print", "pdf", "close"):
            row.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.resize(760, 520)
        self._initial = self.snapshot()
        self.retranslate()

    def _widget(self, key: str) -> QWidget:
        if key == "work_months":
            spin = QSpinBox(self)
            spin.setRange(1, 120)
            spin.setValue(12)
            return spin
        if key == "practice":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)  # Tab moves on, as in the other fields
            edit.setMaximumHeight(90)
            return edit
        return QLineEdit(self)

    def value(self, key: str) -> str:
        widget = self.fields[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QSpinBox):
            return str(widget.value())
        return widget.text().strip()

    def set_value(self, key: str, value: str | int) -> None:
        widget = self.fields[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        else:
            widget.setText(str(value))

    def snapshot(self) -> tuple[str, ...]:
        return tuple(self.value(key) for key in self.fields)

    def kind(self) -> str:
        return "employer" if self.tabs.currentIndex() == 0 else "education"

    def _builder(self) -> object:
        """The current tab's notice; a missing field is a translated error, input kept."""
        store, contract_id, language = self.store, self.contract_id, self.language.language()
        day, v = from_qdate(self.day.date()), self.value
        if self.kind() == "employer":
            notice = EmployerNotice(v("employer"), v("employer_bin"), v("specialty"),
                                    v("education_organisation"), v("practice_place"),
                                    int(v("work_months")), v("employer_official"))
            return lambda: employer_notice_form(
                contracts.contract_document(store, contract_id), notice, language, day)
        education = EducationNotice(v("organisation"), v("organisation_bin"), v("course"),
                                    v("duration"), parse_cost(v("cost") or "0"), v("practice"),
                                    v("organisation_official"))
        return lambda: education_notice_form(
            contracts.contract_document(store, contract_id), education, language, day)

    def build_form(self) -> PrintedForm:
        return self._builder()()

    def save_pdf(self, path: Path | None = None) -> None:
        try:
            build = self._builder()
        except ApplicantError as error:
            self.error.show_error(error)
            return
        stem = f"accession-{self.kind()}-{self.contract.number}-{self.language.language()}"
        self.output.save_pdf(build, stem, path)

    def print_notice(self) -> None:
        try:
            build = self._builder()
        except ApplicantError as error:
            self.error.show_error(error)
            return
        self.output.print(build)

    def reject(self) -> None:
        if self.output.running:
            return
        if self.snapshot() == self._initial:
            super().reject()
            return
        self.discard_box = ask_before_discarding(
            self, self.text.discard_title(), self.text.discard_question(),
            lambda discard: discard and QDialog.reject(self))

    def retranslate(self) -> None:
        t = self.text
        self.setWindowTitle(t.title(self.contract.number))
        for n, title in enumerate(t.tabs()):
            self.tabs.setTabText(n, title)
        for key, label in self.labels.items():
            label.setText(t.field(key))
        for key, text in t.buttons().items():
            self.buttons[key].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "text"):
            self.retranslate()
        super().changeEvent(event)
