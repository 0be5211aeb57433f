"""The case form's deadlines: the dates they count from, and each one with its due date.

Two dates are typed here: when the employment centre asked the akim for the conclusion
(direction 2, §4.3.2 step 3) and when the applicant was notified of the decision (step 4).
Each is optional: a tick box says whether the date is known. Below them, every deadline of
the case with its last day and its section; an overdue one says "Overdue by N days" in words
and is red and bold, so colour is never the only sign.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Direction
from desktop.rules.deadlines import Deadline
from desktop.services import deadlines
from desktop.storage.store import Store
from desktop.ui.applicant_model import format_date
from desktop.ui.due_model import OVERDUE_COLOUR, DueText

OVERDUE_STYLE = f"color: {OVERDUE_COLOUR.name()}; font-weight: bold;"
MET_STYLE = "color: #237804;"


class DatesText(QObject):
    def title(self) -> str:
        return self.tr("Deadlines")

    def requested(self) -> str:
        return self.tr("&Conclusion requested from the akim on")

    def notified(self) -> str:
        return self.tr("Applicant &notified of the decision on")

    def none(self) -> str:
        return self.tr("No deadlines run for this case yet.")

    def line(self, kind: str, due: str, reference: str, state: str) -> str:
        return self.tr("{kind}: by {due} ({reference}) — {state}").format(
            kind=kind, due=due, reference=reference, state=state)

    def done(self, on: str) -> str:
        return self.tr("done on {date}").format(date=on)


class OptionalDate(QObject):
    """A tick box with a date: unticked means "not known yet" (stored as no date). The two
    widgets sit in the box's form, so the dates line up."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.check = QCheckBox(parent)
        self.edit = QDateEdit(QDate(today.year, today.month, today.day), parent)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - as Qt names it
        self.check.setVisible(visible)
        self.edit.setVisible(visible)

    def isVisible(self) -> bool:  # noqa: N802
        return self.check.isVisible()

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.check.setChecked(value is not None)


class CaseDatesBox(QGroupBox):
    """The deadlines part of the case form (shown once the case is saved)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.text, self.due_text = DatesText(self), DueText(self)
        self.requested = OptionalDate(today, self)
        self.notified = OptionalDate(today, self)
        self.lines = QVBoxLayout()
        self.shown: list[tuple[Deadline | None, QLabel]] = []
        self._loaded: tuple[date | None, date | None] = (None, None)
        form = QFormLayout()
        form.addRow(self.requested.check, self.requested.edit)
        form.addRow(self.notified.check, self.notified.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.lines)
        self.case: dict[str, Any] | None = None
        self.hide()
        self.retranslate()

    def load(self, store: Store, case: dict[str, Any]) -> None:
        """Show the case's dates and deadlines (read again after every save)."""
        self.case = case
        direction_2 = case["direction"] == Direction.ENTREPRENEURSHIP.value
        self.requested.setVisible(direction_2)
        self.requested.set_value(_day(case.get("conclusion_requested_on")))
        self.notified.set_value(_day(case.get("notified_on")))
        self._loaded = self.dates()
        self._show(deadlines.case_deadlines(store, case["id"]))
        self.show()

    def dates(self) -> tuple[date | None, date | None]:
        """(conclusion requested on, applicant notified on) as typed."""
        return self.requested.value(), self.notified.value()

    def is_changed(self) -> bool:
        return self.case is not None and self.dates() != self._loaded

    def _show(self, found: list[Deadline]) -> None:
        while self.lines.count():
            widget = self.lines.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone from sight now, deleted when the event loop runs
                widget.deleteLater()
        self.shown = []
        for deadline in found:
            label = QLabel(self)
            label.setWordWrap(True)
            self.lines.addWidget(label)
            self.shown.append((deadline, label))
        if not found:
            label = QLabel(self)
            self.lines.addWidget(label)
            self.shown.append((None, label))
        self._texts()

    def _texts(self) -> None:
        for deadline, label in self.shown:
            if deadline is None:
                label.setText(self.text.none())
                continue
            status = deadline.status(self.today)
            if status == "met":
                state = self.text.done(format_date(deadline.met_on.isoformat()))
            else:
                state = self.due_text.when(deadline.days_left(self.today), 0)
            kind = self.due_text.kind(deadlines.DueKind(deadline.kind.value))
            label.setText(self.text.line(kind, format_date(deadline.due_on.isoformat()),
                                         self.due_text.reference(deadline.reference), state))
            label.setStyleSheet({"overdue": OVERDUE_STYLE, "met": MET_STYLE}.get(status, ""))

    def retranslate(self) -> None:
        self.setTitle(self.text.title())
        self.requested.check.setText(self.text.requested())
        self.notified.check.setText(self.text.notified())
        self._texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None
