"""The small pieces of monitoring other screens embed: the "Monitoring…" button of the case
form and the "АСП suspended" badge of the applicant card. Each translates itself, so the
screens that hold them need no words of their own for monitoring.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from desktop.services import monitoring
from desktop.storage.store import Store

BADGE_STYLE = ("color: #ffffff; background: #a8071a; border-radius: 4px; padding: 3px 8px;"
               " font-weight: bold;")


class MonitoringButton(QPushButton):
    """Opens the monitoring window of a case; enabled once the case is under monitoring."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id: str | None = None
        self.window_: QDialog | None = None
        self.setAutoDefault(False)
        self.setEnabled(False)
        self.hide()  # a new case (not saved yet) has nothing to monitor
        self.clicked.connect(self.open_window)
        self.retranslate()

    def set_case(self, case: dict[str, Any] | None) -> None:
        self.case_id = case["id"] if case else None
        self.setVisible(case is not None)
        self.setEnabled(bool(case) and monitoring.is_monitored(case["state"]))

    def open_window(self) -> None:
        if self.case_id is None or not self.isEnabled():
            return
        from desktop.ui.monitoring_window import MonitoringWindow  # it imports the card

        window = MonitoringWindow(self.store, self.case_id, parent=self.window())
        window.finished.connect(window.deleteLater)
        self.window_ = window
        window.open()

    def retranslate(self) -> None:
        self.setText(self.tr("M&onitoring…"))
        self.setToolTip(self.tr("Visits, obligations of the social contract and sanctions"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AspBadge(QLabel):
    """"АСП suspended" beside a person while a sanction suspends the payment to them (§6)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(BADGE_STYLE)
        self.hide()
        self.retranslate()

    def show_for(self, store: Store, person_id: str | None) -> None:
        self.setVisible(person_id is not None and monitoring.asp_suspended(store, person_id))

    def retranslate(self) -> None:
        self.setText(self.tr("АСП suspended"))
        self.setToolTip(self.tr("The payment of targeted social assistance to this person is "
                                "suspended by a sanction; the family keeps its right to АСП "
                                "(§6)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
