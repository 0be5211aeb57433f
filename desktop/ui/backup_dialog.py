"""The restore preview: what a backup holds (when, by whom, how many records) before anything
is replaced. Shown only for a backup that has already passed every check (docs/backups.md)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.backup import VerifiedBackup

WARNING_STYLE = "color: #ad4e00; font-weight: bold;"


def local_time(moment: datetime) -> str:
    """A backup's UTC time as this computer's local date and time, in the interface language."""
    return QLocale().toString(moment.astimezone(), QLocale.FormatType.ShortFormat)


class RestorePreviewDialog(QDialog):
    """Accept = restore this backup over the current database."""

    def __init__(self, verified: VerifiedBackup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verified = verified
        self.setMinimumWidth(600)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("file", "taken", "by", "version", "persons", "households", "cases",
                    "social_contracts", "users", "audit"):
            self.labels[key], self.values[key] = QLabel(self), QLabel(self)
            self.values[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(self.labels[key], self.values[key])
        self.values["file"].setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter alone never replaces the database
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.facts)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        header, counts = self.verified.header, self.verified.counts
        number = QLocale().toString
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr(
            "The backup is whole: it decrypted, passed the integrity check and its audit "
            "trail is intact. It holds:"))
        names = {
            "file": self.tr("File:"),
            "taken": self.tr("Taken:"),
            "by": self.tr("Taken by:"),
            "version": self.tr("Qadam version:"),
            "persons": self.tr("Applicants:"),
            "households": self.tr("Households:"),
            "cases": self.tr("Cases:"),
            "social_contracts": self.tr("Social contracts:"),
            "users": self.tr("Users:"),
            "audit": self.tr("Audit entries:"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        # A zero-width space after each separator lets the long name wrap there.
        self.values["file"].setText(
            str(self.verified.path).replace("/", "/\u200b").replace("_", "_\u200b"))
        self.values["taken"].setText(local_time(header.created))
        self.values["by"].setText(header.made_by)
        self.values["version"].setText(header.app_version)
        for key in ("persons", "households", "cases", "social_contracts", "users"):
            self.values[key].setText(number(counts.get(key, 0)))
        self.values["audit"].setText(number(self.verified.audit_entries))
        self.warning.setText(self.tr(
            "Everything entered since then is replaced by the backup's contents. The current "
            "database is backed up first and kept beside it, so nothing is deleted. After the "
            "restore, unlock again."))
        self.restore_button.setText(self.tr("&Restore"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
