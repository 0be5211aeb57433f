"""The dialogs of the monitoring window: a visit, an obligation check, a sanction, a lift.

Each dialog writes through the services on the database worker and stays open with what was
typed when the service refuses (the message says why). Esc asks before discarding typed input.
A sanction and its lifting are legal acts: an explicit confirmation comes before the write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.monitoring import (
    PROPOSAL_COMPLIANCE,
    Compliance,
    ObligationStatus,
    SanctionGround,
    VisitPlace,
)
from desktop.services import monitoring
from desktop.storage.store import Store
from desktop.ui.applicant_model import format_date
from desktop.ui.monitoring_model import MonitoringText
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel, ask_before_discarding

WARNING_STYLE = "color: #613400; background: #fffbe6; border: 1px solid #ffe58f; padding: 6px;"
LEGAL_STYLE = "color: #1d39c4; background: #f0f5ff; border: 1px solid #adc6ff; padding: 6px;"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")  # day first, as dates are written in Kazakhstan
    return edit


def text_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (Ctrl+Enter saves the dialog)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class DialogText(QObject):
    """The dialogs' own words (the record words are MonitoringText's)."""

    def visit_title(self, new: bool) -> str:
        return self.tr("New monitoring visit") if new else self.tr("Correct the visit")

    def labels(self) -> dict[str, str]:
        return {
            "visited_on": self.tr("&Date of the visit"), "place": self.tr("&Place"),
            "place_note": self.tr("Place de&tails"), "compliance": self.tr("&Compliance"),
            "findings": self.tr("&Findings"), "status": self.tr("&Result"),
            "checked_on": self.tr("&Checked on"), "note": self.tr("&Note"),
            "decided_on": self.tr("&Decision date"), "ground": self.tr("&Ground"),
            "reason": self.tr("&Reason"), "visit": self.tr("Based on &visit"),
            "sanction": self.tr("&Sanction"),
        }

    def place_hint(self) -> str:
        return self.tr("required when the place is elsewhere")

    def propose(self) -> str:
        return self.tr("P&ropose a sanction to the employment centre")

    def propose_hint(self) -> str:
        return self.tr("Possible when the visit found a breach or partial compliance. The "
                       "employment centre decides on sanctions (§7).")

    def corrected_note(self) -> str:
        return self.tr("A correction keeps the earlier text in the audit log.")

    def obligation_title(self) -> str:
        return self.tr("Check an obligation")

    def no_visit(self) -> str:
        return self.tr("no visit")

    def visit_choice(self, visit: dict[str, Any], words: MonitoringText) -> str:
        proposed = self.tr(", sanction proposed") if visit.get("sanction_proposed") else ""
        return self.tr("{date}: {compliance}{proposed}").format(
            date=format_date(visit["visited_on"]), compliance=words.compliance(
                visit["compliance"]), proposed=proposed)

    def sanction_title(self) -> str:
        return self.tr("Impose a sanction (§6)")

    def sanction_intro(self) -> str:
        return self.tr("A sanction is a legal act of the employment centre. Once recorded it "
                       "cannot be edited; it can only be lifted by a new decision.")

    def suspend(self) -> str:
        return self.tr("Su&spend the payment of АСП to this person")

    def asp_explained(self) -> str:
        return self.tr("Only the payment of targeted social assistance (АСП) to this person is "
                       "suspended; the family keeps its right to АСП (§6).")

    def exemption(self, code: str) -> str:
        return {
            "person_disabled": self.tr(
                "The person is registered as disabled: a family with a disabled member receives "
                "АСП under the general legislation (§6). Check before suspending."),
            "member_disabled": self.tr(
                "A member of the person's household is registered as disabled: such a family "
                "receives АСП under the general legislation (§6). Check before suspending."),
            "not_working_age": self.tr(
                "The person is not of working age: the participation condition of §6 covers "
                "working-age members of low-income families only."),
        }.get(code, code)

    def disease_note(self) -> str:
        return self.tr("Socially significant diseases are not recorded in Qadam: a family with "
                       "such a member receives АСП under the general legislation (§6).")

    def impose(self) -> str:
        return self.tr("&Impose sanction…")

    def confirm_title(self) -> str:
        return self.tr("Record the sanction?")

    def confirm_sanction(self, name: str, day: str, suspended: bool) -> str:
        text = self.tr("Record a sanction on {name} from {date}? It cannot be edited after it "
                       "is recorded.").format(name=name, date=day)
        if suspended:
            text += "\n\n" + self.asp_explained()
        else:
            text += "\n\n" + self.tr("The payment of АСП is not suspended by this sanction.")
        return text

    def record(self) -> str:
        return self.tr("&Record the sanction")

    def lift_title(self) -> str:
        return self.tr("Lift a sanction")

    def lift(self) -> str:
        return self.tr("&Lift sanction…")

    def lift_intro(self) -> str:
        return self.tr("Lifting is a new decision of the employment centre: the sanction stays "
                       "in the history. The payment of АСП to the person resumes.")

    def sanction_choice(self, row: dict[str, Any], words: MonitoringText) -> str:
        return self.tr("{date}: {ground}").format(date=format_date(row["decided_on"]),
                                                  ground=words.ground(row.get("ground")))

    def confirm_lift_title(self) -> str:
        return self.tr("Lift the sanction?")

    def confirm_lift(self, name: str, sanction_day: str, day: str) -> str:
        return self.tr("Lift the sanction of {sanction_date} on {name} from {date}? The payment "
                       "of АСП to the person resumes; the family kept its right to АСП "
                       "throughout.").format(sanction_date=sanction_day, name=name, date=day)

    def confirm_lift_button(self) -> str:
        return self.tr("&Lift the sanction")

    def save(self) -> str:
        return self.tr("&Save")

    def cancel(self) -> str:
        return self.tr("Cancel")

    def discard_title(self) -> str:
        return self.tr("Discard what you typed?")

    def discard_question(self) -> str:
        return self.tr("What you typed here is not saved. Close and lose it?")


class MonitoringDialog(QDialog):
    """Shared behaviour: labelled form, inline error, Save on the worker, Esc asks first."""

    saved = Signal(str)  # the written record's id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.text = DialogText(self)
        self.words = MonitoringText(self)
        self.busy = False
        self.discard_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)  # Enter saves
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"),
                     QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, activated=self.submit)
        self.layout_ = QVBoxLayout(self)
        self._initial: tuple[Any, ...] = ()

    def add_row(self, key: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        self.labels[key] = label
        self.form.addRow(label, widget)

    def finish_layout(self, *above: QWidget) -> None:
        for widget in above:
            self.layout_.addWidget(widget)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self._initial = self.snapshot()
        self.retranslate()

    # -- what subclasses say ------------------------------------------------------------------
    def snapshot(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def write(self) -> Callable[[], str]:
        """Check the input (raise to show a message) and return the work for the worker."""
        raise NotImplementedError

    def confirm(self, work: Callable[[], str]) -> None:
        """Legal acts ask first; plain records go straight on."""
        self.run(work)

    # -- flow ----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.snapshot() != self._initial

    def submit(self) -> None:
        if self.busy or self.confirm_box is not None:
            return
        self.error.clear_message()
        try:
            work = self.write()
        except Exception as error:  # what the person must correct: shown, input kept
            self.error.show_error(error)
            return
        self.confirm(work)

    def run(self, work: Callable[[], str]) -> None:
        self.busy = True
        self.save_button.setEnabled(False)
        run_in_background(work, self._done, self._failed)

    def _done(self, record_id: str) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self._initial = self.snapshot()
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.error.show_error(error)

    def ask(self, title: str, question: str, yes_text: str, on_yes: Callable[[], None]) -> None:
        """A window-modal question whose safe answer (Cancel) is the default and Esc."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.text.cancel(), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_: int = 0) -> None:
            self.confirm_box = None
            if box.clickedButton() is yes:
                on_yes()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def reject(self) -> None:
        """Esc or Cancel: ask first when something typed would be lost."""
        if self.busy:
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

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for key, label in self.labels.items():
            label.setText(self.text.labels()[key])
        self.save_button.setText(self.text.save())
        self.cancel_button.setText(self.text.cancel())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.labels:
            self.retranslate()
        super().changeEvent(event)


def _fill(combo: QComboBox, values: list[str], words: Callable[[str], str]) -> None:
    for n, value in enumerate(values):
        if n < combo.count():
            combo.setItemText(n, words(value))
        else:
            combo.addItem(words(value), value)


class VisitDialog(MonitoringDialog):
    """Record a visit (visit None) or correct one; the visitor is the signed-in user."""

    def __init__(self, store: Store, case_id: str, visit: dict[str, Any] | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.case_id, self.visit = case_id, visit
        day = date.fromisoformat(visit["visited_on"]) if visit else (
            today or monitoring.today(store))
        self.visited_on = date_edit(day, self)
        self.place = QComboBox(self)
        self.place_note = QLineEdit(self)
        self.compliance = QComboBox(self)
        self.findings = text_box(self)
        self.propose = QCheckBox(self)
        self.propose_hint = QLabel(self)
        self.propose_hint.setWordWrap(True)
        self.propose_hint.setStyleSheet("color: #595959;")
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #595959;")
        _fill(self.place, [p.value for p in VisitPlace], self.words.place)
        _fill(self.compliance, [c.value for c in Compliance], self.words.compliance)
        for key, widget in (("visited_on", self.visited_on), ("place", self.place),
                            ("place_note", self.place_note), ("compliance", self.compliance),
                            ("findings", self.findings)):
            self.add_row(key, widget)
        self.form.addRow("", self.propose)
        self.form.addRow("", self.propose_hint)
        # The centre decides on sanctions itself; proposing is how a village specialist asks.
        proposes = not monitoring.can_decide_sanctions(store.actor.role)
        self.form.setRowVisible(self.propose, proposes)
        self.form.setRowVisible(self.propose_hint, proposes)
        if visit is not None:
            self.place.setCurrentIndex(max(0, self.place.findData(visit["place"])))
            self.place_note.setText(visit.get("place_note") or "")
            self.compliance.setCurrentIndex(max(0, self.compliance.findData(
                visit["compliance"])))
            self.findings.setPlainText(visit.get("findings") or "")
            self.propose.setChecked(bool(visit.get("sanction_proposed")))
        self.compliance.currentIndexChanged.connect(self._compliance_changed)
        self.finish_layout()
        self.layout_.insertWidget(self.layout_.count() - 1, self.note)
        self.note.setVisible(visit is not None)
        self._compliance_changed()
        self.resize(620, 440)
        self.visited_on.setFocus()

    def _compliance_changed(self) -> None:
        allowed = self.compliance.currentData() in PROPOSAL_COMPLIANCE
        self.propose.setEnabled(allowed)
        if not allowed:
            self.propose.setChecked(False)

    def snapshot(self) -> tuple[Any, ...]:
        return (self.visited_on.date(), self.place.currentData(), self.place_note.text(),
                self.compliance.currentData(), self.findings.toPlainText(),
                self.propose.isChecked())

    def data(self) -> monitoring.VisitInput:
        return monitoring.VisitInput(
            visited_on=from_qdate(self.visited_on.date()), place=self.place.currentData(),
            place_note=self.place_note.text(), findings=self.findings.toPlainText(),
            compliance=self.compliance.currentData(), sanction_proposed=self.propose.isChecked())

    def write(self) -> Callable[[], str]:
        store, case_id, data = self.store, self.case_id, self.data()
        if self.visit is None:
            return lambda: monitoring.record_visit(store, case_id, data).record_id
        visit_id = self.visit["id"]
        return lambda: monitoring.correct_visit(store, visit_id, data).record_id

    def retranslate(self) -> None:
        super().retranslate()
        t = self.text
        self.setWindowTitle(t.visit_title(self.visit is None))
        _fill(self.place, [p.value for p in VisitPlace], self.words.place)
        _fill(self.compliance, [c.value for c in Compliance], self.words.compliance)
        self.place_note.setPlaceholderText(t.place_hint())
        self.propose.setText(t.propose())
        self.propose_hint.setText(t.propose_hint())
        self.note.setText(t.corrected_note())


class ObligationDialog(MonitoringDialog):
    """Mark one obligation fulfilled or not fulfilled, on a day, with a note."""

    def __init__(self, store: Store, obligation: dict[str, Any],
                 status: ObligationStatus | str = ObligationStatus.FULFILLED,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.obligation = obligation
        self.description = QLabel(obligation["description"], self)  # as the contract says it
        self.description.setWordWrap(True)
        self.description.setStyleSheet("font-weight: bold;")
        self.status = QComboBox(self)
        values = [ObligationStatus.FULFILLED.value, ObligationStatus.BROKEN.value]
        _fill(self.status, values, self.words.obligation_status)
        self.status.setCurrentIndex(max(0, self.status.findData(ObligationStatus(status).value)))
        self.checked_on = date_edit(today or monitoring.today(store), self)
        self.note = text_box(self, 3)
        if obligation.get("checked_on"):
            self.checked_on.setDate(to_qdate(date.fromisoformat(obligation["checked_on"])))
            self.note.setPlainText(obligation.get("check_note") or "")
        for key, widget in (("status", self.status), ("checked_on", self.checked_on),
                            ("note", self.note)):
            self.add_row(key, widget)
        self.finish_layout(self.description)
        self.resize(560, 320)
        self.status.setFocus()

    def snapshot(self) -> tuple[Any, ...]:
        return (self.status.currentData(), self.checked_on.date(), self.note.toPlainText())

    def write(self) -> Callable[[], str]:
        store, obligation_id = self.store, self.obligation["id"]
        status, day = self.status.currentData(), from_qdate(self.checked_on.date())
        note = self.note.toPlainText()
        return lambda: monitoring.check_obligation(store, obligation_id, status, day,
                                                   note).record_id

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.text.obligation_title())
        _fill(self.status, [ObligationStatus.FULFILLED.value, ObligationStatus.BROKEN.value],
              self.words.obligation_status)


class SanctionDialog(MonitoringDialog):
    """Impose a sanction: checked by the service, confirmed by the person, then recorded."""

    def __init__(self, store: Store, case_id: str, person_name: str,
                 visits: list[dict[str, Any]], exemptions: list[str],
                 proposed: list[str] | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.case_id, self.person_name, self.exemptions = case_id, person_name, exemptions
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(LEGAL_STYLE)
        self.decided_on = date_edit(today or monitoring.today(store), self)
        self.ground = QComboBox(self)
        _fill(self.ground, [g.value for g in SanctionGround], self.words.ground)
        self.ground.setCurrentIndex(self.ground.findData(SanctionGround.NON_FULFILMENT.value))
        self.reason = text_box(self, 3)
        self.visit = QComboBox(self)
        self.visit.addItem("", None)
        self.visits = [v for v in visits if v["compliance"] in PROPOSAL_COMPLIANCE]
        for visit in self.visits:
            self.visit.addItem("", visit["id"])
        # A proposal from the village not yet answered is what the centre is deciding on.
        waiting = set(proposed or ())
        self.visit.setCurrentIndex(next(
            (n for n, v in enumerate(self.visits, 1) if v["id"] in waiting), 0))
        self.suspend = QCheckBox(self)
        self.suspend.setChecked(True)
        self.asp_note = QLabel(self)
        self.asp_note.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        for key, widget in (("decided_on", self.decided_on), ("ground", self.ground),
                            ("reason", self.reason), ("visit", self.visit)):
            self.add_row(key, widget)
        self.form.addRow("", self.suspend)
        self.form.addRow("", self.asp_note)
        self.form.addRow("", self.warning)
        self.finish_layout(self.intro)
        self.resize(680, 520)
        self.reason.setFocus()

    def snapshot(self) -> tuple[Any, ...]:
        return (self.decided_on.date(), self.ground.currentData(), self.reason.toPlainText(),
                self.visit.currentData(), self.suspend.isChecked())

    def data(self) -> monitoring.SanctionInput:
        return monitoring.SanctionInput(
            decided_on=from_qdate(self.decided_on.date()), ground=self.ground.currentData(),
            reason=self.reason.toPlainText(), asp_suspended=self.suspend.isChecked(),
            visit_id=self.visit.currentData())

    def write(self) -> Callable[[], str]:
        store, case_id, data = self.store, self.case_id, self.data()
        monitoring.check_sanction(store, case_id, data)  # refused input never gets confirmed
        return lambda: monitoring.impose_sanction(store, case_id, data).record_id

    def confirm(self, work: Callable[[], str]) -> None:
        t = self.text
        question = t.confirm_sanction(self.person_name, format_date(
            from_qdate(self.decided_on.date()).isoformat()), self.suspend.isChecked())
        self.ask(t.confirm_title(), question, t.record(), lambda: self.run(work))

    def retranslate(self) -> None:
        super().retranslate()
        t = self.text
        self.setWindowTitle(t.sanction_title())
        self.intro.setText(t.sanction_intro())
        _fill(self.ground, [g.value for g in SanctionGround], self.words.ground)
        self.visit.setItemText(0, t.no_visit())
        for n, visit in enumerate(self.visits, 1):
            self.visit.setItemText(n, t.visit_choice(visit, self.words))
        self.suspend.setText(t.suspend())
        self.asp_note.setText(t.asp_explained())
        lines = [t.exemption(code) for code in self.exemptions]
        self.warning.setText("\n".join([*lines, t.disease_note()]))
        self.save_button.setText(t.impose())


class LiftDialog(MonitoringDialog):
    """Lift a sanction by a new decision, after a confirmation."""

    def __init__(self, store: Store, person_name: str, sanctions: list[dict[str, Any]],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.person_name, self.sanctions = person_name, sanctions
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(LEGAL_STYLE)
        self.sanction = QComboBox(self)
        for row in sanctions:
            self.sanction.addItem("", row["id"])
        self.decided_on = date_edit(today or monitoring.today(store), self)
        self.reason = text_box(self, 3)
        for key, widget in (("sanction", self.sanction), ("decided_on", self.decided_on),
                            ("reason", self.reason)):
            self.add_row(key, widget)
        self.finish_layout(self.intro)
        self.resize(600, 360)
        self.reason.setFocus()

    def snapshot(self) -> tuple[Any, ...]:
        return (self.sanction.currentData(), self.decided_on.date(), self.reason.toPlainText())

    def write(self) -> Callable[[], str]:
        store, sanction_id = self.store, self.sanction.currentData()
        day, reason = from_qdate(self.decided_on.date()), self.reason.toPlainText()
        monitoring.check_lift(store, sanction_id, day, reason)
        return lambda: monitoring.lift_sanction(store, sanction_id, day, reason).record_id

    def confirm(self, work: Callable[[], str]) -> None:
        t = self.text
        chosen = self.sanctions[self.sanction.currentIndex()]
        question = t.confirm_lift(self.person_name, format_date(chosen["decided_on"]),
                                  format_date(from_qdate(self.decided_on.date()).isoformat()))
        self.ask(t.confirm_lift_title(), question, t.confirm_lift_button(),
                 lambda: self.run(work))

    def retranslate(self) -> None:
        super().retranslate()
        t = self.text
        self.setWindowTitle(t.lift_title())
        self.intro.setText(t.lift_intro())
        for n, row in enumerate(self.sanctions):
            self.sanction.setItemText(n, t.sanction_choice(row, self.words))
        self.save_button.setText(t.lift())
