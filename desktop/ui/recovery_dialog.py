"""Forgot passphrase: a request to the district, then its answer and a new passphrase.

Step 1 writes the request file (no passphrase needed) and shows the verification code the
specialist reads to the district administrator by phone. Step 2, days later perhaps, opens the
district's response file and sets a new passphrase; the database then opens. A request waiting
from an earlier visit is shown again, so the dialog can be closed in between. See
docs/recovery.md.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import clock
from desktop.services import recovery
from desktop.storage.keys import MIN_PASSPHRASE_LENGTH
from desktop.storage.store import Store
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel, grow_to_fit

FILTER_SUFFIX = "json"


class RecoveryDialog(QDialog):
    """Recovers `username`'s access to the database at `path`; `store` holds it once accepted
    (with `open_store` False it stays None: the lock screen's app has its store open)."""

    def __init__(self, path: Path, username: str, parent: QWidget | None = None,
                 open_store: bool = True) -> None:
        super().__init__(parent)
        self.path = path
        self.username = username
        self.open_store = open_store
        self.store: Store | None = None
        self._code: str | None = None
        self._saved_to: Path | None = None
        self._sent = False
        self.setMinimumWidth(640)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.request_box = QGroupBox(self)
        self.request_help = QLabel(self.request_box)
        self.request_help.setWordWrap(True)
        self.save_button = QPushButton(self.request_box)
        self.save_button.clicked.connect(self.ask_save_request)
        self.code_label = QLabel(self.request_box)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.hide()
        # Online (docs/recovery.md): only for a laptop that knows its district server.
        self.online = recovery.can_send(path)
        self.send_button = QPushButton(self.request_box)
        self.send_button.clicked.connect(self.send_request)
        self.send_button.setVisible(self.online)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.save_button)
        buttons_row.addWidget(self.send_button)
        buttons_row.addStretch(1)
        request_layout = QVBoxLayout(self.request_box)
        request_layout.addWidget(self.request_help)
        request_layout.addLayout(buttons_row)
        request_layout.addWidget(self.code_label)

        self.response_box = QGroupBox(self)
        self.response_help = QLabel(self.response_box)
        self.response_help.setWordWrap(True)
        self.response_path = QLineEdit(self.response_box)
        self.browse_button = QPushButton(self.response_box)
        self.browse_button.clicked.connect(self.ask_response_file)
        self.fetch_button = QPushButton(self.response_box)
        self.fetch_button.clicked.connect(self.fetch_response)
        self.fetch_button.setVisible(self.online)
        row = QHBoxLayout()
        row.addWidget(self.response_path, 1)
        row.addWidget(self.browse_button)
        self.new_passphrase = QLineEdit(self.response_box)
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self.response_box)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels = [QLabel(self.response_box) for _ in range(3)]
        for label, field in zip(self._labels, (row, self.new_passphrase, self.repeat),
                                strict=True):
            form.addRow(label, field)
        if self.online:  # under the file: the answer comes one way or the other
            form.insertRow(1, "", self.fetch_button)
        self._labels[0].setBuddy(self.response_path)
        self._labels[1].setBuddy(self.new_passphrase)
        self._labels[2].setBuddy(self.repeat)
        response_layout = QVBoxLayout(self.response_box)
        response_layout.addWidget(self.response_help)
        response_layout.addLayout(form)

        self.error = ErrorLabel(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(self)
        self.recover_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.recover_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.request_box)
        layout.addWidget(self.response_box)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        waiting = recovery.pending_request(path)
        if waiting is not None and waiting.get("username") == username:
            self._code = str(waiting.get("code", ""))
        self.retranslate()

    # -- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — forgotten passphrase"))
        self.intro.setText(self.tr(
            "<b>The district employment centre can give {user} a new passphrase.</b> No data "
            "is lost: the district holds a key that opens this computer's key, and its answer "
            "works only on this computer, once.").format(user=self.username))
        self.request_box.setTitle(self.tr("1. Ask the district"))
        self.request_help.setText(self.tr(
            "Save the request file (on a USB stick, or send it by e-mail) and take it to the "
            "district administrator. Then phone them and read out the verification code."))
        self.save_button.setText(self.tr("&Save the request…"))
        self.response_box.setTitle(self.tr("2. The district's answer"))
        self.response_help.setText(self.tr(
            "Open the response file the district gave you and choose a new passphrase "
            "(at least {minimum} characters).").format(minimum=MIN_PASSPHRASE_LENGTH))
        for label, text in zip(self._labels, (
                self.tr("&Response file:"), self.tr("&New passphrase:"),
                self.tr("&Repeat it:")), strict=True):
            label.setText(text)
        self.browse_button.setText(self.tr("&Open…"))
        self.send_button.setText(self.tr("Send to the district &server"))
        self.fetch_button.setText(self.tr("&Get it from the server"))
        self.recover_button.setText(self.tr("Set the passphrase and &unlock"))
        self._show_code()

    def _show_code(self) -> None:
        if self._code is None:
            self.code_label.hide()
            return
        if self._sent:
            where = self.tr("Sent to the district server.")
        elif self._saved_to:
            where = self.tr("Saved to {path}.").format(path=html.escape(str(self._saved_to)))
        else:
            where = self.tr("A request is waiting for the answer.")
        self.code_label.setText(where + "<br>" + self.tr(
            "Verification code to read out: <b style='font-size: 16pt'>{code}</b>").format(
                code=self._code))
        self.code_label.show()
        grow_to_fit(self)  # the code appears after the dialog was sized

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- step 1 ---------------------------------------------------------------------------------
    def _start_folder(self) -> Path:
        return Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    def ask_save_request(self) -> None:
        name = f"qadam-recovery-request-{clock.today().isoformat()}.{FILTER_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery request"), str(self._start_folder() / name),
            self._filter())
        if chosen:
            self.save_request(Path(chosen))

    def save_request(self, path: Path) -> None:
        """Quick (no key derivation), so it runs here on the GUI thread."""
        self.error.clear_message()
        try:
            made = recovery.make_request(self.path, self.username, path)
        except OSError as error:  # the USB stick pulled out, a folder without rights
            reason = error.strerror or type(error).__name__
            self.error.show_message(lambda: self.tr(
                "The request could not be saved to {path} ({reason}). Choose another place."
            ).format(path=path, reason=reason))
            return
        except Exception as error:  # StorageError: no recovery key, key file missing, ...
            self.error.show_error(error)
            return
        self._code, self._saved_to = made.code, made.path
        self._sent = False
        self._show_code()

    def send_request(self) -> None:
        """Post the waiting request (made now if there is none) to the district server."""
        self.error.clear_message()
        if self._code is None:
            try:
                made = recovery.make_request(self.path, self.username, None)
            except Exception as error:  # StorageError: no recovery key, key file missing
                self.error.show_error(error)
                return
            self._code, self._saved_to = made.code, None
        path = self.path
        self._set_busy(True, lambda: self.tr("Sending the request to the district…"))
        run_in_background(lambda: recovery.send_request(path), self._request_sent,
                          self._failed)

    def _request_sent(self, _answered: bool) -> None:
        self._set_busy(False)
        self._sent = True
        self._show_code()

    def fetch_response(self) -> None:
        self.error.clear_message()
        path = self.path
        self._set_busy(True, lambda: self.tr("Asking the district server for the answer…"))
        run_in_background(lambda: recovery.fetch_response(path), self._fetched, self._failed)

    def _fetched(self, response: Path | None) -> None:
        self._set_busy(False)
        if response is None:
            self.error.show_message(lambda: self.tr(
                "The district has not answered yet. Try again after the phone call."))
            return
        self.response_path.setText(str(response))
        self.new_passphrase.setFocus()

    # -- step 2 ---------------------------------------------------------------------------------
    def ask_response_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open the district's response"), str(self._start_folder()),
            self._filter())
        if chosen:
            self.response_path.setText(chosen)

    def _filter(self) -> str:
        return self.tr("Recovery files (*.{suffix});;All files (*)").format(
            suffix=FILTER_SUFFIX)

    def submit(self) -> None:
        response = self.response_path.text().strip()
        new, repeat = self.new_passphrase.text(), self.repeat.text()
        if not response:
            self.error.show_message(lambda: self.tr("Open the district's response file."))
            self.response_path.setFocus()
            return
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self.error.show_message(lambda: self.tr(
                "The passphrase must have at least {minimum} characters.").format(
                    minimum=MIN_PASSPHRASE_LENGTH))
            self.new_passphrase.setFocus()
            return
        if new != repeat:
            self.error.show_message(lambda: self.tr("The two passphrases differ."))
            self.repeat.setFocus()
            self.repeat.selectAll()
            return
        self.error.clear_message()
        self._set_busy(True, lambda: self.tr("Setting the new passphrase…"))
        path, username, open_store = self.path, self.username, self.open_store
        run_in_background(
            lambda: recovery.recover(path, username, Path(response), new,
                                     open_store=open_store),
            self._recovered, self._failed)

    def _set_busy(self, busy: bool, doing: Callable[[], str] | None = None) -> None:
        for widget in (self.request_box, self.response_box, self.buttons):
            widget.setEnabled(not busy)
        if busy and doing is not None:
            self.busy.start(doing)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.busy.stop()
            self.unsetCursor()

    def _recovered(self, store: Store | None) -> None:
        self._set_busy(False)
        self.store = store
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, OSError):  # the response file is gone or unreadable
            path, reason = self.response_path.text(), error.strerror or type(error).__name__
            self.error.show_message(lambda: self.tr(
                "The response file {path} could not be read ({reason}).").format(
                    path=path, reason=reason))
            return
        self.error.show_error(error)

    def reject(self) -> None:
        if not self.busy.running:
            super().reject()
