"""The case form: direction and measure, live eligibility, the calculation, the status workflow."""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.enums import Direction
from desktop.domain.measures import MEASURES_BY_DIRECTION
from desktop.resources import RESOURCES
from desktop.rules.eligibility import CATEGORIES, MOVE_TYPES, check_eligibility
from desktop.rules.eligibility.verdict import Verdict
from desktop.rules.errors import MSG_NOT_AN_AMOUNT, RuleInputError
from desktop.rules.parameters import RuleSet, load_rules
from desktop.rules.relocation import relocation
from desktop.rules.result import CalculationResult
from desktop.rules.social_job import social_job
from desktop.rules.youth_practice import youth_practice
from desktop.services import applicants, cases, deadlines, drafts
from desktop.storage.store import Store
from desktop.ui import rules_text, screen_fit
from desktop.ui.applicant_card import CardText
from desktop.ui.autosave import Autosave
from desktop.ui.case_deadlines import CaseDatesBox
from desktop.ui.documents_tab import MissingDocumentsLabel
from desktop.ui.monitoring_hooks import MonitoringButton
from desktop.ui.report_model import format_number
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel

STATUS_COLOURS = {"eligible": "#237804", "not_eligible": "#a8071a",
                  "needs_more_information": "#ad6800"}
MARKS = {True: "✓", False: "✗", None: "?"}
# Yes/no questions the form can ask when a verdict's `missing` names them.
YES_NO = ("oralman_in_quota", "acquired_citizenship", "settlement_on_low_potential_list",
          "vocational_education_matches_vacancy", "employer_arranged_move",
          "family_member_employed_after_move", "family_can_pay_rent_and_utilities",
          "labour_or_social_contract", "housing_savings_participant", "business_intent",
          "has_business_plan", "pilot_region")
CALCULATED = ("youth_practice", "social_job", "relocation")


@functools.cache
def rules() -> RuleSet:
    """The programme's rule set, read once."""
    return load_rules(RESOURCES / "rules")


class CaseText(QObject):
    """The form's words, asked again on every language change."""

    def title(self, name: str, number: str | None) -> str:
        if number:
            return self.tr("Case {number}: {name}").format(number=number, name=name)
        return self.tr("New case: {name}").format(name=name)

    def labels(self) -> dict[str, str]:
        return {"direction": self.tr("&Direction"), "measure": self.tr("&Measure"),
                "applied_on": self.tr("A&pplication date"), "state": self.tr("State"),
                "start": self.tr("S&tart date"), "wage": self.tr("Monthly &wage, tenge"),
                "members": self.tr("Family members moving"),
                "amount": self.tr("Amount")}

    def groups(self) -> dict[str, str]:
        return {"application": self.tr("Application"),
                "questions": self.tr("Questions for the eligibility check"),
                "categories": self.tr("Categories"), "verdict": self.tr("Eligibility"),
                "calculation": self.tr("Calculation")}

    def question(self, field: str) -> str:
        return {
            "residence_years_in_settlement": self.tr("Years of residence in the settlement"),
            "move_type": self.tr("Move type"),
            "business_location": self.tr("Where the business will be"),
            "school_graduation_year": self.tr("Year of school graduation"),
            "oralman_in_quota": self.tr("Oralman within the quota"),
            "acquired_citizenship": self.tr("Acquired citizenship"),
            "settlement_on_low_potential_list": self.tr("Settlement on the low-potential list"),
            "vocational_education_matches_vacancy": self.tr(
                "Vocational education matches the vacancy"),
            "employer_arranged_move": self.tr("Move arranged by the employer"),
            "family_member_employed_after_move": self.tr(
                "A family member has a job after the move"),
            "family_can_pay_rent_and_utilities": self.tr("Family can pay rent and utilities"),
            "labour_or_social_contract": self.tr("Labour or social contract"),
            "housing_savings_participant": self.tr("Takes part in housing savings"),
            "business_intent": self.tr("Wants to start a business"),
            "has_business_plan": self.tr("Has a business plan"),
            "pilot_region": self.tr("Pilot region"),
        }.get(field, field)

    def answer(self, value: str) -> str:
        return {"": self.tr("not stated"), "yes": self.tr("yes"), "no": self.tr("no"),
                "within-district": self.tr("within the district"),
                "within-region": self.tr("within the region"),
                "other-region": self.tr("to another region"),
                "rural_settlement": self.tr("rural settlement"),
                "small_town": self.tr("small town"),
                "urban_settlement": self.tr("urban-type settlement"),
                "other": self.tr("other town or city")}.get(value, value)

    def status(self, value: str) -> str:
        return {"eligible": self.tr("Eligible"), "not_eligible": self.tr("Not eligible"),
                "needs_more_information": self.tr("Needs more information")}[value]

    def still_needed(self, fields: str) -> str:
        return self.tr("Still needed: {fields}").format(fields=fields)

    def exemptions(self) -> str:
        return self.tr("Exemptions")

    def priority(self) -> str:
        return self.tr("Priority groups")

    def no_calculation(self) -> str:
        return self.tr("This measure has no amount to calculate.")

    def schedule_headers(self) -> list[str]:
        return [self.tr("Month"), self.tr("Amount")]

    def save(self) -> str:
        return self.tr("&Save")

    def close(self) -> str:
        return self.tr("Close")

    def move(self, state: str) -> str:
        return {
            "submitted": self.tr("Send to the employment centre"),
            "included": self.tr("Include in the programme"),
            "refused": self.tr("Refuse"),
            "withdrawn": self.tr("Applicant withdrew"),
            "contracted": self.tr("Contract signed"),
            "in_progress": self.tr("Participation started"),
            "completed": self.tr("Completed"),
            "terminated": self.tr("Terminate"),
        }[state]

    def saved(self, number: str) -> str:
        return self.tr("Saved as case {number}.").format(number=number)

    def contract(self) -> str:
        return self.tr("Social &contract…")

    def conclusion(self) -> str:
        return self.tr("Akim's co&nclusion…")


def money(amount: Decimal) -> str:
    """Tenge in the current locale, two places, formatted from the Decimal (never a float)."""
    return format_number(amount, "tenge") + " ₸"


def parse_wage(text: str) -> Decimal:
    """The wage typed, or a RuleInputError the UI translates."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise RuleInputError(MSG_NOT_AN_AMOUNT, option="wage", rule="§4.3.1", value=text)
    return value


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CaseForm(QDialog):
    """Open a new case for a person (case_id None) or work on an existing one."""

    saved = Signal(str)  # the case id, after every successful write

    def __init__(self, store: Store, person_id: str, case_id: str | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.person_id, self.case_id = store, person_id, case_id
        self.text, self.card_text = CaseText(self), CardText(self)
        self.person = applicants.applicant_details(store, person_id)
        self.case: dict[str, Any] | None = None
        self.verdict: Verdict | None = None
        self.result: CalculationResult | None = None
        self.busy = False
        self._build(today or clock.today())
        if case_id is not None:
            self._load_case()
        self.retranslate()
        self.refresh()
        self.autosave = Autosave.attach(self, store, drafts.CASE, case_id, context_id=person_id)
        if case_id is None:
            self.direction.setFocus()  # a new case starts at its first choice, not a button

    # -- layout ---------------------------------------------------------------------------
    def _build(self, today: date) -> None:
        self.direction = QComboBox(self)
        for value in Direction:
            self.direction.addItem("", value.value)
        self.measure = QComboBox(self)
        self.applied_on = self._date_edit(today)
        self.state_label = QLabel(self)
        self.labels: dict[str, QLabel] = {}
        application = QFormLayout()
        for key, widget in (("direction", self.direction), ("measure", self.measure),
                            ("applied_on", self.applied_on), ("state", self.state_label)):
            application.addRow(self._label(key, widget), widget)
        self.application_box = QGroupBox(self)
        self.application_box.setLayout(application)

        self.category_box = QGroupBox(self)
        grid = QGridLayout(self.category_box)
        self.category_checks: dict[str, QCheckBox] = {}
        for n, category in enumerate(CATEGORIES):
            check = QCheckBox(self.category_box)
            check.setChecked(category in self.person["categories"])
            check.toggled.connect(self.refresh)
            self.category_checks[category] = check
            grid.addWidget(check, n, 0)  # one column: Kazakh labels are long (screen_fit.py)

        self.questions_box = QGroupBox(self)
        self.questions = QFormLayout(self.questions_box)
        self.questions.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.answers: dict[str, QWidget] = {}
        self.answer_labels: dict[str, QLabel] = {}
        self.years = QLineEdit(self)
        self.years.textChanged.connect(self.refresh)
        self._add_question("residence_years_in_settlement", self.years)
        self._add_question("move_type", self._choice(("", *MOVE_TYPES)))
        self._add_question("business_location", self._choice(
            ("", "rural_settlement", "small_town", "urban_settlement", "other")))
        for field in YES_NO:
            self._add_question(field, self._choice(("", "yes", "no")))

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_box = QGroupBox(self)
        verdict_layout = QVBoxLayout(self.verdict_box)
        verdict_layout.addWidget(self.status)
        verdict_layout.addWidget(rules_text.scrolling(self.reasons), 1)

        self.start = self._date_edit(today)
        self.wage = QLineEdit(self)
        self.wage.textChanged.connect(self.refresh)
        self.members = QSpinBox(self)
        self.members.setRange(0, 20)
        self.members.valueChanged.connect(self.refresh)
        self.amount = QLabel(self)
        self.amount.setStyleSheet("font-weight: bold;")
        self.calc_error = ErrorLabel(self)
        self.schedule = QTableWidget(0, 2, self)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.verticalHeader().hide()
        self.schedule.setTabKeyNavigation(False)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Room for a month and an amount in full ("2026-03", "1 234 567,00 ₸") at any size.
        self.schedule.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.breakdown = QLabel(self)
        self.breakdown.setWordWrap(True)
        self.breakdown.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        calc_form = QFormLayout()
        for key, widget in (("start", self.start), ("wage", self.wage),
                            ("members", self.members), ("amount", self.amount)):
            calc_form.addRow(self._label(key, widget), widget)
        self.calc_form = calc_form
        self.calculation_box = QGroupBox(self)
        calc_layout = QVBoxLayout(self.calculation_box)
        calc_layout.addLayout(calc_form)
        calc_layout.addWidget(self.calc_error)
        calc_row = QHBoxLayout()
        calc_row.addWidget(self.schedule, 2)
        calc_row.addWidget(rules_text.scrolling(self.breakdown), 3)
        calc_layout.addLayout(calc_row, 1)

        self.error = ErrorLabel(self)
        self.info = QLabel(self)
        self.documents_missing = MissingDocumentsLabel(self)  # from the card's Documents tab
        self.moves = QHBoxLayout()
        self.move_buttons: dict[str, QPushButton] = {}
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.application_box)
        left.addWidget(self.category_box)
        left.addWidget(self.questions_box)
        self.dates_box = CaseDatesBox(today, self)  # deadlines, once the case is saved
        left.addWidget(self.dates_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.verdict_box, 2)
        right.addWidget(self.calculation_box, 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        p = self.person
        name = " ".join(filter(None, (p["last_name"], p["first_name"], p.get("patronymic"))))
        self.header = QLabel(f"{name} · {p['iin']}", self)  # names and numbers: not translated
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.documents_missing)
        layout.addWidget(self.info)
        bottom = QHBoxLayout()
        bottom.addLayout(self.moves)
        bottom.addStretch(1)
        self.monitoring_button = MonitoringButton(self.store, self)  # visits, sanctions (§6)
        bottom.addWidget(self.monitoring_button)
        self._add_paper_buttons(bottom)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.direction.currentIndexChanged.connect(self._direction_changed)
        self.measure.currentIndexChanged.connect(self.refresh)
        self._direction_changed()
        self.resize(1180, 720)
        screen_fit.scrollable(self)  # fits 1366×768 at 150 %; Save and Close stay in view

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        self.labels[key] = label
        return label

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")  # day first, as dates are written in Kazakhstan
        edit.dateChanged.connect(self.refresh)
        return edit

    def _choice(self, values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(self)
        for value in values:
            combo.addItem("", value)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _add_question(self, field: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        label.setWordWrap(True)  # long questions (in Kazakh above all) wrap, never clip
        self.answers[field] = widget
        self.answer_labels[field] = label
        self.questions.addRow(label, widget)

    # -- data -----------------------------------------------------------------------------
    def _load_case(self) -> None:
        self.case = cases.case_details(self.store, self.case_id)
        self.direction.setCurrentIndex(self.direction.findData(self.case["direction"]))
        index = self.measure.findData(self.case["measure"])
        self.measure.setCurrentIndex(max(index, 0))
        self.applied_on.setDate(to_qdate(date.fromisoformat(self.case["applied_on"])))
        for widget in (self.direction, self.measure, self.applied_on):
            widget.setEnabled(False)
        self.monitoring_button.set_case(self.case)
        self.dates_box.load(self.store, self.case)

    def _direction_changed(self) -> None:
        direction = Direction(self.direction.currentData())
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure in MEASURES_BY_DIRECTION[direction]:
            self.measure.addItem(self.card_text.measure(measure.value), measure.value)
        self.measure.blockSignals(False)
        self.documents_missing.show_for(self.store, self.person_id, direction.value)
        self.refresh()

    def answers_given(self) -> dict[str, Any]:
        """The form's answers as profile fields (JSON values); "" and blanks are not stated."""
        given: dict[str, Any] = {
            "categories": [c for c, check in self.category_checks.items() if check.isChecked()],
        }
        years = self.years.text().strip().replace(",", ".")
        if years:
            given["residence_years_in_settlement"] = years
        for field, widget in self.answers.items():
            if isinstance(widget, QComboBox) and widget.currentData():
                value = widget.currentData()
                given[field] = {"yes": True, "no": False}.get(value, value)
        return given

    def refresh(self) -> None:
        """Recompute the verdict and the calculation from what the form shows now."""
        if not hasattr(self, "breakdown"):
            return  # still building
        self.error.clear_message()
        self.verdict = None
        try:
            profile = cases.eligibility_profile(self.store, self.person_id, self.answers_given())
            self.verdict = check_eligibility(rules(), profile, self.direction.currentData(),
                                             from_qdate(self.applied_on.date()))
        except Exception as error:  # a bad answer: say which, keep the input
            self.error.show_error(error)
        self._show_verdict()
        self._calculate()
        self._show_moves()

    def _show_verdict(self) -> None:
        t = self.text
        missing = set(self.verdict.missing) if self.verdict else set()
        if self.direction.currentData() == Direction.LABOUR_MOBILITY.value:
            missing.add("move_type")  # the relocation subsidy needs it too
        given = self.answers_given()
        for field, widget in self.answers.items():
            visible = field in missing or field in given
            widget.setVisible(visible)
            self.answer_labels[field].setVisible(visible)
        self.questions_box.setVisible(any(f in missing or f in given for f in self.answers))
        if self.verdict is None:
            self.status.clear()
            self.reasons.clear()
            return
        v = self.verdict
        self.status.setText(t.status(v.status))
        self.status.setStyleSheet(
            f"color: {STATUS_COLOURS[v.status]}; font-weight: bold; font-size: 14pt;")
        lines = [rules_text.reason_line(r, MARKS[r.met]) for r in v.reasons]
        for title, notes in ((t.exemptions(), v.exemptions), (t.priority(), v.priority)):
            if notes:
                lines.append(f"{title}:")
                lines += [f"  • {rules_text.note_line(n)}" for n in notes]
        unasked = [f for f in v.missing if f not in self.answers]
        if unasked:
            lines.append(t.still_needed(", ".join(rules_text.field_label(f) for f in unasked)))
        self.reasons.setText("\n".join(lines))

    def _calculate(self) -> None:
        measure = self.measure.currentData()
        self.result = None
        self.calc_error.clear_message()
        shown = {"start": measure in ("youth_practice", "social_job"),
                 "wage": measure == "social_job", "members": measure == "relocation"}
        for key, visible in shown.items():
            self.calc_form.setRowVisible(self.labels[key], visible)
        try:
            self.result = self._result(measure)
        except RuleInputError as error:
            self.calc_error.show_error(error)
        except Exception as error:
            self.calc_error.show_error(error)
        r = self.result
        self.amount.setText(money(r.amount) if r and r.amount is not None else
                            ("" if measure in CALCULATED else self.text.no_calculation()))
        rows = r.schedule if r else []
        self.schedule.setRowCount(len(rows))
        for n, row in enumerate(rows):
            self.schedule.setItem(n, 0, QTableWidgetItem(
                rules_text.month(date.fromisoformat(row.month + "-01"))))
            self.schedule.setItem(n, 1, QTableWidgetItem(money(row.amount)))
        self.schedule.setVisible(bool(rows))
        self.breakdown.setText("\n".join(rules_text.breakdown_line(line) for line in r.breakdown)
                               if r else "")

    def _result(self, measure: str | None) -> CalculationResult | None:
        start = from_qdate(self.start.date())
        if measure == "youth_practice":
            return youth_practice(rules(), start)
        if measure == "social_job":
            if not self.wage.text().strip():
                return None
            return social_job(rules(), parse_wage(self.wage.text()), start)
        if measure == "relocation":
            move = self.answers["move_type"].currentData()
            if not move:
                return None
            return relocation(rules(), move, self.members.value(),
                              from_qdate(self.applied_on.date()))
        return None

    def _show_moves(self) -> None:
        while self.moves.count():
            widget = self.moves.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # an old button must not linger outside the layout
                widget.deleteLater()
        self.move_buttons.clear()
        if self.case is None:
            return
        for state in cases.allowed_moves(self.store.actor.role, self.case["state"]):
            button = QPushButton(self.text.move(state.value), self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=state: self.move_to(s))
            button.setEnabled(not self.busy)
            self.moves.addWidget(button)
            self.move_buttons[state.value] = button

    # -- the case's papers: social contract, akim's conclusion (desktop/ui/contract_window.py)
    def _add_paper_buttons(self, bar: QHBoxLayout) -> None:
        self.contract_button = QPushButton(self)
        self.contract_button.setAutoDefault(False)
        self.contract_button.clicked.connect(self.open_contract)
        self.conclusion_button = QPushButton(self)
        self.conclusion_button.setAutoDefault(False)
        self.conclusion_button.clicked.connect(self.open_conclusion)
        bar.addWidget(self.contract_button)
        bar.addWidget(self.conclusion_button)
        self._show_paper_buttons()

    def _show_paper_buttons(self) -> None:
        saved = self.case is not None
        self.contract_button.setVisible(saved)
        # The akim's conclusion is on a business project: direction 2 only (§4.3.2 step 3).
        self.conclusion_button.setVisible(
            saved and self.case["direction"] == Direction.ENTREPRENEURSHIP.value)

    def open_contract(self) -> None:
        from desktop.ui.contract_window import ContractWindow

        if self.case_id is None:
            return
        window = ContractWindow(self.store, self.case_id, parent=self)
        window.changed.connect(lambda _id: self._done(self.case_id))
        window.finished.connect(window.deleteLater)
        self.contract_window = window
        window.open()

    def open_conclusion(self) -> None:
        from desktop.ui.conclusion_dialog import ConclusionDialog

        if self.case_id is None:
            return
        dialog = ConclusionDialog(self.store, self.case_id, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.conclusion_dialog = dialog
        dialog.open()

    # -- writes (on the database worker) ---------------------------------------------------
    def submit(self) -> None:
        """Create the draft case (or update an existing one's plan) with the amount."""
        if self.busy:
            return
        result, store, person_id, case_id = self.result, self.store, self.person_id, self.case_id
        direction, measure = self.direction.currentData(), self.measure.currentData()
        applied_on = from_qdate(self.applied_on.date())
        box = self.dates_box
        dates, today = (box.dates() if box.is_changed() else None), box.today

        def work() -> str:
            nonlocal case_id
            if case_id is None:
                case_id = cases.open_case(store, person_id, direction, measure,
                                          applied_on).record_id
            if result is not None:
                cases.save_case_plan(store, case_id, result.amount, result.rules_version)
            if dates is not None:
                deadlines.record_case_dates(store, case_id, *dates, today=today)
            return case_id

        self._run(work)

    def move_to(self, state: CaseState) -> None:
        if self.busy or self.case_id is None:
            return
        store, case_id = self.store, self.case_id
        self._run(lambda: cases.move_case(store, case_id, state).record_id)

    def _run(self, work: Any) -> None:
        self.busy = True
        self.error.clear_message()
        self.save_button.setEnabled(False)
        run_in_background(work, self._done, self._failed)

    def _done(self, case_id: str) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.case_id = case_id
        self._load_case()
        self.info.setText(self.text.saved(self.case["number"]))
        self.retranslate()
        self._show_moves()
        self._show_paper_buttons()
        self.autosave.saved(case_id)
        self.saved.emit(case_id)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.error.show_error(error)
        self._show_moves()

    def reject(self) -> None:
        """Esc or Close: typed input that is not saved is asked about first."""
        if not self.busy:
            self.autosave.close_asking(super().reject)

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        t, c = self.text, self.card_text
        name = f"{self.person['last_name']} {self.person['first_name']}"
        self.setWindowTitle(t.title(name, self.case["number"] if self.case else None))
        for key, text in t.labels().items():
            self.labels[key].setText(text)
        for n in range(self.direction.count()):
            self.direction.setItemText(n, c.direction(self.direction.itemData(n)))
        for n in range(self.measure.count()):
            self.measure.setItemText(n, c.measure(self.measure.itemData(n)))
        self.state_label.setText(c.state(self.case["state"] if self.case else "draft"))
        groups = t.groups()
        self.application_box.setTitle(groups["application"])
        self.questions_box.setTitle(groups["questions"])
        self.category_box.setTitle(groups["categories"])
        self.verdict_box.setTitle(groups["verdict"])
        self.calculation_box.setTitle(groups["calculation"])
        for category, check in self.category_checks.items():
            check.setText(c.category(category))
        for field, label in self.answer_labels.items():
            label.setText(t.question(field))
            widget = self.answers[field]
            if isinstance(widget, QComboBox):
                for n in range(widget.count()):
                    widget.setItemText(n, t.answer(widget.itemData(n)))
        self.schedule.setHorizontalHeaderLabels(t.schedule_headers())
        self.save_button.setText(t.save())
        self.close_button.setText(t.close())
        self.contract_button.setText(t.contract())
        self.conclusion_button.setText(t.conclusion())
        self._show_paper_buttons()
        if self.case is not None:
            self.info.setText(t.saved(self.case["number"]))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        # A hidden form (closed, kept until deleted) does not reread the database.
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    # -- drafts (desktop/ui/autosave.py) ------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        """The fields exactly as typed, for the autosaved draft."""
        return {
            "direction": self.direction.currentData(), "measure": self.measure.currentData(),
            "applied_on": from_qdate(self.applied_on.date()).isoformat(),
            "categories": [c for c, check in self.category_checks.items() if check.isChecked()],
            "residence_years": self.years.text(),
            "answers": {field: widget.currentData() for field, widget in self.answers.items()
                        if isinstance(widget, QComboBox)},
            "start": from_qdate(self.start.date()).isoformat(), "wage": self.wage.text(),
            "members": self.members.value(),
        }

    def restore_draft(self, values: dict[str, Any]) -> None:
        if self.direction.isEnabled():  # a saved case keeps its direction, measure and date
            self.direction.setCurrentIndex(max(0, self.direction.findData(values["direction"])))
            self.measure.setCurrentIndex(max(0, self.measure.findData(values["measure"])))
            self.applied_on.setDate(to_qdate(date.fromisoformat(values["applied_on"])))
        chosen = set(values.get("categories") or ())
        for category, check in self.category_checks.items():
            check.setChecked(category in chosen)
        self.years.setText(values.get("residence_years") or "")
        for field, answer in (values.get("answers") or {}).items():
            widget = self.answers.get(field)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(answer)))
        self.start.setDate(to_qdate(date.fromisoformat(values["start"])))
        self.wage.setText(values.get("wage") or "")
        self.members.setValue(int(values.get("members") or 0))
