"""Unlock: choose the user, type the passphrase; Argon2id runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import session
from desktop.storage.errors import StorageError, WrongPassphrase
from desktop.storage.keys import Keyring
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel, LanguageCombo, grow_to_fit

LAST_USER_KEY = "unlock/last_user"


class UnlockDialog(QDialog):
    """Opens the database at `path`; `store` holds it once the dialog is accepted."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.store: Store | None = None
        self.recovery_dialog: QDialog | None = None
        self.setMinimumWidth(520)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.location.setStyleSheet("color: #595959;")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language = LanguageCombo(self)
        self.user = QComboBox(self)
        self.user.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(
            self._labels, (self.language, self.user, self.passphrase), strict=True
        ):
            form.addRow(label, field)
            label.setBuddy(field)

        self.error = ErrorLabel(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Recovery through the district (docs/recovery.md): on the left, away from Unlock.
        self.forgot_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ResetRole)
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot_passphrase)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.location)
        layout.addSpacing(6)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load_users()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — unlock"))
        self.intro.setText(
            self.tr("<b>Unlock the database.</b> Choose your name and type your passphrase.")
        )
        self.location.setText(self.tr("Database: {path}").format(path=self.path))
        for label, text in zip(
            self._labels,
            (self.tr("&Language:"), self.tr("&User:"), self.tr("&Passphrase:")),
            strict=True,
        ):
            label.setText(text)
        # U&nlock, not &Unlock: Alt+U belongs to the User list, and a shared mnemonic made
        # Alt+U land on either widget, depending on which Qt met first.
        self.unlock_button.setText(self.tr("U&nlock"))
        self.forgot_button.setText(self.tr("&Forgot passphrase?"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_users(self) -> None:
        try:
            names = session.usernames(self.path)
        except StorageError as error:
            # Not ours, damaged, key file missing: nothing to type would help, say what to do.
            self.error.show_error(error)
            self.form_widget.setEnabled(False)
            self.unlock_button.setEnabled(False)
            self.forgot_button.setEnabled(False)  # no key file: no recovery wrap to send
            self.language.setEnabled(True)
            return
        self.user.addItems(names)
        last = i18n.settings().value(LAST_USER_KEY, "", str)
        if last in names:
            self.user.setCurrentText(last)

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(lambda: self.tr("Type your passphrase."))
            grow_to_fit(self)
            self.passphrase.setFocus()
            return
        username = self.user.currentText()
        self.error.clear_message()
        self._set_busy(True)
        path = self.path
        run_in_background(
            lambda: session.unwrap_key(path, username, passphrase),
            self._unwrapped,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.form_widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.busy.start(lambda: self.tr("Checking the passphrase…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.busy.stop()
            self.unsetCursor()

    def _unwrapped(self, result: tuple[Keyring, str, bytes]) -> None:
        keyring, user_id, data_key = result
        try:
            # On the GUI thread: opening is quick once the key is known.
            store = session.open_store(self.path, keyring, user_id, data_key)
        except Exception as error:
            self._failed(error)
            return
        self._set_busy(False)
        i18n.settings().setValue(LAST_USER_KEY, self.user.currentText())
        self.store = store
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        grow_to_fit(self)  # the message must not squash the form
        if isinstance(error, WrongPassphrase):
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    def forgot_passphrase(self) -> None:
        from desktop.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.path, self.user.currentText(), self)
        dialog.finished.connect(self._recovery_finished)
        self.recovery_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _recovery_finished(self, result: int) -> None:
        # The dialog stays this one's child (freed with it): the result is read from it.
        dialog = self.recovery_dialog
        store = getattr(dialog, "store", None)
        if result == QDialog.DialogCode.Accepted and store is not None:
            i18n.settings().setValue(LAST_USER_KEY, self.user.currentText())
            self.store = store
            self.accept()

    def reject(self) -> None:
        if not self.busy.running:
            super().reject()
