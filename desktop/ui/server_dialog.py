"""Settings → District server…: the server's address, its pinned certificate, the one-time
enrolment code; "Enrol this computer" runs `services.sync.enrol` on the worker.

`EnrolForm` is the form itself, shared with the first-run setup (an optional step there:
the app works offline and can be enrolled later). The certificate is a PEM file the district
gives; its SHA-256 fingerprint is shown so a person can read it out to the district on the
phone and compare.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from PySide6.QtCore import QEvent, QSysInfo, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import sync as sync_service
from desktop.storage.store import Store
from desktop.sync.client import DistrictClient
from desktop.sync.errors import (
    AlreadyEnrolled,
    BadCertificate,
    BadEnrolmentCode,
    NoNetwork,
    Revoked,
)
from desktop.ui import file_dialogs
from desktop.ui.sync_text import SyncText
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel

SUCCESS_STYLE = "color: #135200; background: #f6ffed; border: 1px solid #b7eb8f; padding: 6px;"
MAX_PEM_BYTES = 64 * 1024


def fingerprint(pem: str) -> str:
    """SHA-256 of the certificate (DER), as AB:CD:… ; ValueError if it is not a PEM one."""
    certificate = x509.load_pem_x509_certificate(pem.encode("ascii"))
    digest = certificate.fingerprint(hashes.SHA256()).hex().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


class EnrolForm(QWidget):
    """Address, certificate, code and this computer's name; `enrolled(Enrolment)` on success.
    `grown` when a message appeared or went, so a dialog can fit its height again."""

    enrolled = Signal(object)
    busy_changed = Signal(bool)
    grown = Signal()

    def __init__(self, store: Store | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.text = SyncText(self)
        self.pem: str | None = None
        self.running = False
        self.client_factory: Callable[..., Any] = DistrictClient  # tests: fewer retries
        self.url = QLineEdit(self)
        self.cert_path = QLineEdit(self)
        self.cert_path.setReadOnly(True)
        self.browse = QPushButton(self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_certificate)
        self.clear_cert = QPushButton(self)
        self.clear_cert.setAutoDefault(False)
        self.clear_cert.clicked.connect(self.remove_certificate)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.cert_path, 1)
        cert_row.addWidget(self.browse)
        cert_row.addWidget(self.clear_cert)
        self.fingerprint = QLabel(self)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLineEdit(self)
        self.device_name = QLineEdit(QSysInfo.machineHostName() or "", self)
        self.again = QCheckBox(self)
        self.again.hide()  # shown when the computer is already enrolled

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.url, cert_row, self.code, self.device_name),
                                strict=True):
            self.form.addRow(label, field)
        self.labels[0].setBuddy(self.url)
        self.labels[1].setBuddy(self.browse)
        self.labels[2].setBuddy(self.code)
        self.labels[3].setBuddy(self.device_name)
        self.form.addRow("", self.again)
        self.error = ErrorLabel(self)
        self.done = QLabel(self)
        self.done.setWordWrap(True)
        self.done.setStyleSheet(SUCCESS_STYLE)
        self.done.hide()
        self.busy = BusyIndicator(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        # Below the form, not in it: a wrapped label in a form row gets one line's height.
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        layout.addWidget(self.busy)
        self.url.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.retranslate()

    def set_store(self, store: Store) -> None:
        self.store = store

    # -- certificate ---------------------------------------------------------------------
    def choose_certificate(self) -> None:
        chosen, _ = file_dialogs.get_open_file_name(
            self, self.tr("The district server's certificate"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.load_certificate(Path(chosen))

    def load_certificate(self, path: Path) -> bool:
        """Read a PEM file and show its fingerprint; an unreadable one is explained."""
        try:
            if path.stat().st_size > MAX_PEM_BYTES:
                raise ValueError("too large")
            pem = path.read_text(encoding="ascii")
            fingerprint(pem)
        except (OSError, ValueError, UnicodeDecodeError):
            self.error.show_message(lambda: self.tr(
                "{name} is not a certificate in PEM format. Use the file the district "
                "administrator gave you (it begins with -----BEGIN CERTIFICATE-----).").format(
                name=path.name))
            return False
        self.error.clear_message()
        self.set_certificate(pem, path)
        return True

    def remove_certificate(self) -> None:
        self.set_certificate(None)

    def set_certificate(self, pem: str | None, path: Path | None = None) -> None:
        self.pem = pem
        self.cert_path.setText(str(path) if path else "")
        self.cert_path.setCursorPosition(0)
        self._show_fingerprint()

    def _show_fingerprint(self) -> None:
        self.grown.emit()
        if self.pem:
            self.fingerprint.setText(self.tr("SHA-256 fingerprint: {fingerprint}").format(
                fingerprint=fingerprint(self.pem)))
        else:
            self.fingerprint.setText(self.tr(
                "No certificate chosen: the server's certificate must then be trusted by "
                "Windows itself."))
        self.clear_cert.setEnabled(self.pem is not None)

    # -- enrol ---------------------------------------------------------------------------
    def _invalid(self, field: QLineEdit, text: Callable[[], str]) -> None:
        self.error.show_message(text)
        field.setFocus()
        field.selectAll()

    def submit(self) -> bool:
        """Check the fields, then enrol on the worker; False if something must be fixed."""
        if self.running or self.store is None:
            return False
        url = self.url.text().strip().rstrip("/")
        code = "".join(self.code.text().split())
        name = " ".join(self.device_name.text().split())
        if not url.startswith(("https://", "http://")) or len(url) < 10:
            self._invalid(self.url, lambda: self.tr(
                "Enter the server's address as the district gave it, e.g. "
                "https://qadam.district.kz"))
            return False
        if not code:
            self._invalid(self.code, lambda: self.tr(
                "Enter the enrolment code the district administrator gave you."))
            return False
        if not name:
            self._invalid(self.device_name, lambda: self.tr(
                "Name this computer, e.g. the okrug and the office, so the district knows it."))
            return False
        store, pem, again = self.store, self.pem, self.again.isChecked()
        factory = self.client_factory
        self.error.clear_message()
        self.done.hide()
        self._set_busy(True)
        run_in_background(
            lambda: sync_service.enrol(store, url, code, name, pem, client_factory=factory,
                                       re_enrol=again),
            self._enrolled, self._failed)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.running = busy
        for widget in (self.url, self.browse, self.clear_cert, self.code, self.device_name,
                       self.again):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(lambda: self.tr("Enrolling this computer with the district…"))
        else:
            self.busy.stop()
            self.clear_cert.setEnabled(self.pem is not None)
        self.busy_changed.emit(busy)
        self.grown.emit()

    def _enrolled(self, enrolment: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.code.clear()  # spent: it cannot be used again
        self.again.hide()
        self.again.setChecked(False)
        self.show_enrolment(enrolment)
        self.enrolled.emit(enrolment)

    def show_enrolment(self, enrolment: Any) -> None:
        t = self.text
        place = getattr(enrolment, "okrug_name", None) or getattr(enrolment, "district_name", "")
        self.done.setText(self.tr("This computer is enrolled with {server} ({scope}: {place})."
                                  ).format(server=getattr(enrolment, "server_url", ""),
                                           scope=t.scope(getattr(enrolment, "scope", None)),
                                           place=place))
        self.done.show()
        self.grown.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.error.show_error(error)
        if isinstance(error, BadEnrolmentCode):
            self.code.setFocus()
            self.code.selectAll()
        elif isinstance(error, NoNetwork):
            self.url.setFocus()
        elif isinstance(error, BadCertificate):
            self.browse.setFocus()
        elif isinstance(error, AlreadyEnrolled):
            self.again.show()
            self.again.setFocus()

    # -- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("Server &address:"), self.tr("&Certificate:"),
                self.tr("Enrolment &code:"), self.tr("This computer's &name:")), strict=True):
            label.setText(text)
        self.url.setPlaceholderText("https://qadam.district.kz")
        self.code.setPlaceholderText(self.tr("from the district administrator, used once"))
        self.browse.setText(self.tr("&Browse…"))
        self.clear_cert.setText(self.tr("&Remove"))
        self.again.setText(self.tr("Enrol &again (only if the district asks you to)"))
        self._show_fingerprint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ServerDialog(QDialog):
    """The district server settings of this computer; `enrolled` after a successful enrol."""

    enrolled = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = EnrolForm(store, self)
        self.form.enrolled.connect(self.enrolled)
        self.form.busy_changed.connect(self._busy)
        # Wrapped messages appear below the form: grow to show them whole, after the layout
        # has taken them in.
        self.form.grown.connect(self._grown)
        self.buttons = QDialogButtonBox(self)
        self.enrol_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.form.submit)
        self.enrol_button.setEnabled(store.actor.role.can_write)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.retranslate()
        self.form.url.setFocus()
        self._load()

    def _load(self) -> None:
        store = self.store
        run_in_background(lambda: sync_service.enrolment(store), self._loaded,
                          lambda _error: None)  # nothing to show: the form stays empty

    def _loaded(self, enrolment: Any) -> None:
        if not shiboken6.isValid(self) or enrolment is None:
            return
        self.form.url.setText(getattr(enrolment, "server_url", ""))
        self.form.show_enrolment(enrolment)
        self.form.again.show()
        if getattr(enrolment, "revoked", False):
            # What to do, in place of "enrolled": the new code goes in this same form.
            self.form.done.hide()
            self.form.error.show_error(Revoked())
            self.form.again.setChecked(True)
            self.form.code.setFocus()

    def _grown(self) -> None:
        QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        if shiboken6.isValid(self):
            self.adjustSize()

    def _busy(self, busy: bool) -> None:
        self.enrol_button.setEnabled(not busy and self.store.actor.role.can_write)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        if not self.form.running:  # the enrolment finishes first
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("District server"))
        self.intro.setText(self.tr(
            "Connect this computer to the district server to send the okrug's records and "
            "receive the district's. The address, the certificate and a one-time enrolment "
            "code come from the district administrator. Qadam works without it too."))
        self.enrol_button.setText(self.tr("&Enrol this computer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
