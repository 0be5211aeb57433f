"""The akim's conclusion on a direction-2 business project (§4.3.2 step 3): record a
feasibility conclusion or a reasoned refusal, see the earlier ones, print any of them.

A recorded conclusion is never edited: writing another one supersedes it (both are kept).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.reports.forms import PrintedForm, akim_conclusion_form
from desktop.services import applicants, cases, conclusions
from desktop.services.conclusions import FEASIBLE, REFUSED, Conclusion
from desktop.storage.store import Store
from desktop.ui.case_form import from_qdate, to_qdate
from desktop.ui.form_output import FormLanguageCombo, FormOutput
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel, ask_before_discarding


class ConclusionText(QObject):
    def title(self, number: str) -> str:
        return self.tr("Akim's conclusion on the business project, case {number}").format(
            number=number)

    def labels(self) -> dict[str, str]:
        return {"outcome": self.tr("Conclusion"), "decided_on": self.tr("Da&te"),
                "project": self.tr("Business pro&ject"),
                "reason": self.tr("&Reasons (required for a refusal)"),
                "language": self.tr("Form &language")}

    def outcome(self, value: str) -> str:
        return {FEASIBLE: self.tr("&Feasible: the project is agreed"),
                REFUSED: self.tr("Ref&used, with reasons")}[value]

    def groups(self) -> dict[str, str]:
        return {"new": self.tr("New conclusion"), "history": self.tr("Conclusions given")}

    def line(self, conclusion: Conclusion) -> str:
        outcome = (self.tr("feasible") if conclusion.outcome == FEASIBLE
                   else self.tr("refused"))
        text = self.tr("{day}: {outcome}, by {name}").format(
            day=conclusion.decided_on.strftime("%d.%m.%Y"), outcome=outcome,
            name=conclusion.author or "—")
        if conclusion.superseded:
            text += " · " + self.tr("superseded")
        return text

    def none(self) -> str:
        return self.tr("No conclusion has been given on this project yet.")

    def buttons(self) -> dict[str, str]:
        return {"record": self.tr("Re&cord conclusion"), "print": self.tr("&Print…"),
                "pdf": self.tr("Save as PD&F…"), "close": self.tr("Close")}

    def recorded(self) -> str:
        return self.tr("The conclusion is recorded. It cannot be edited; a new conclusion "
                       "supersedes it.")

    def working(self) -> str:
        return self.tr("Saving…")

    def discard_title(self) -> str:
        return self.tr("Discard the conclusion?")

    def discard_question(self) -> str:
        return self.tr("The conclusion you typed is not recorded. Close and lose it?")


class ConclusionDialog(QDialog):
    recorded = Signal(str)  # the decision id

    def __init__(self, store: Store, case_id: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.text = ConclusionText(self)
        self.case = cases.case_details(store, case_id)
        person = applicants.applicant_details(store, self.case["person_id"])
        self.items: list[Conclusion] = []
        self.writing = False
        today = today or clock.today()

        name = " ".join(filter(None, (person["last_name"], person["first_name"],
                                      person.get("patronymic"))))
        self.header = QLabel(f"{name} · {person['iin']} · {self.case['number']}", self)
        self.header.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.labels: dict[str, QLabel] = {}
        self.outcomes = QButtonGroup(self)
        self.outcome_buttons = {value: QRadioButton(self) for value in (FEASIBLE, REFUSED)}
        outcome_row = QHBoxLayout()
        for button in self.outcome_buttons.values():
            self.outcomes.addButton(button)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        self.outcome_buttons[FEASIBLE].setChecked(True)
        self.decided_on = QDateEdit(to_qdate(today), self)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("dd.MM.yyyy")
        self.decided_on.setMaximumDate(to_qdate(today))
        self.project = QPlainTextEdit(self)
        self.project.setTabChangesFocus(True)
        self.project.setMaximumHeight(80)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        form = QFormLayout()
        outcome_label = QLabel(self)
        self.labels["outcome"] = outcome_label
        form.addRow(outcome_label, outcome_row)
        for key, widget in (("decided_on", self.decided_on), ("project", self.project),
                            ("reason", self.reason)):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        self.new_box = QGroupBox(self)
        QVBoxLayout(self.new_box).addLayout(form)

        self.history = QListWidget(self)
        self.empty = QLabel(self)
        self.history_box = QGroupBox(self)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.empty)

        self.language = FormLanguageCombo(self)
        language_label = QLabel(self)
        language_label.setBuddy(self.language)
        self.labels["language"] = language_label
        self.buttons = {key: QPushButton(self) for key in ("record", "print", "pdf", "close")}
        for button in self.buttons.values():
            button.setAutoDefault(False)
        self.buttons["record"].clicked.connect(self.submit)
        self.buttons["print"].clicked.connect(self.print_conclusion)
        self.buttons["pdf"].clicked.connect(lambda: self.save_pdf())
        self.buttons["close"].clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_conclusion)
        self.error, self.info, self.busy = ErrorLabel(self), QLabel(self), BusyIndicator(self)
        self.info.setWordWrap(True)
        self.output = FormOutput(self, self.busy, self.error, self.info)

        columns = QHBoxLayout()
        columns.addWidget(self.new_box, 3)
        columns.addWidget(self.history_box, 2)
        row = QHBoxLayout()
        row.addWidget(self.buttons["record"])
        row.addSpacing(24)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addWidget(self.buttons["print"])
        row.addWidget(self.buttons["pdf"])
        row.addStretch(1)
        row.addWidget(self.buttons["close"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.info)
        layout.addLayout(row)
        self.resize(1000, 560)
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        self.items = conclusions.case_conclusions(self.store, self.case_id)
        self.history.clear()
        for conclusion in self.items:
            item = QListWidgetItem(self.text.line(conclusion))
            item.setData(Qt.ItemDataRole.UserRole, conclusion.id)
            item.setToolTip(conclusion.reason or conclusion.project)
            self.history.addItem(item)
        if self.items:
            self.history.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        has = bool(self.items)
        self.history.setVisible(has)
        self.empty.setVisible(not has)
        self.buttons["record"].setEnabled(not self.writing)
        for key in ("print", "pdf"):
            self.buttons[key].setEnabled(has and not self.writing)

    def outcome(self) -> str:
        return FEASIBLE if self.outcome_buttons[FEASIBLE].isChecked() else REFUSED

    def is_dirty(self) -> bool:
        return bool(self.project.toPlainText().strip() or self.reason.toPlainText().strip())

    def submit(self) -> None:
        if self.writing:
            return
        store, case_id, outcome = self.store, self.case_id, self.outcome()
        day = from_qdate(self.decided_on.date())
        project, reason = self.project.toPlainText(), self.reason.toPlainText()
        self.writing = True
        self.error.clear_message()
        self.busy.start(self.text.working)
        self._update()

        def work() -> str:
            return conclusions.record_conclusion(store, case_id, outcome, day, project,
                                                 reason).record_id

        run_in_background(work, self._recorded, self._failed)

    def _recorded(self, decision_id: str) -> None:
        self.writing = False
        self.busy.stop()
        self.project.clear()
        self.reason.clear()
        self.reload()
        self.info.setText(self.text.recorded())
        self.recorded.emit(decision_id)

    def _failed(self, error: BaseException) -> None:
        self.writing = False
        self.busy.stop()
        self.error.show_error(error)  # what was typed stays in the fields
        self._update()

    def selected_id(self) -> str | None:
        item = self.history.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _builder(self) -> object:
        store, decision_id, language = self.store, self.selected_id(), self.language.language()
        return lambda: akim_conclusion_form(conclusions.conclusion_document(store, decision_id),
                                            language)

    def build_form(self) -> PrintedForm:
        return self._builder()()

    def save_pdf(self, path: Path | None = None) -> None:
        decision_id = self.selected_id()
        if decision_id is None:
            return
        chosen = next(c for c in self.items if c.id == decision_id)
        stem = (f"akim-conclusion-{self.case['number']}-{chosen.decided_on.isoformat()}-"
                f"{self.language.language()}")
        self.output.save_pdf(self._builder(), stem, path)

    def print_conclusion(self) -> None:
        if self.selected_id() is not None:
            self.output.print(self._builder())

    def reject(self) -> None:
        if self.writing or self.output.running:
            return
        if not self.is_dirty():
            super().reject()
            return
        self.discard_box = ask_before_discarding(
            self, self.text.discard_title(), self.text.discard_question(),
            lambda discard: discard and QDialog.reject(self))

    def retranslate(self) -> None:
        t = self.text
        self.setWindowTitle(t.title(self.case["number"]))
        for key, text in t.labels().items():
            self.labels[key].setText(text)
        for value, button in self.outcome_buttons.items():
            button.setText(t.outcome(value))
        groups = t.groups()
        self.new_box.setTitle(groups["new"])
        self.history_box.setTitle(groups["history"])
        self.empty.setText(t.none())
        for n, conclusion in enumerate(self.items):
            self.history.item(n).setText(t.line(conclusion))
        for key, text in t.buttons().items():
            self.buttons[key].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "history"):
            self.retranslate()
        super().changeEvent(event)
