"""The lock screen: the current user types their passphrase again; Argon2id runs off the GUI.

"Forgot passphrase?" opens the district recovery here too (docs/recovery.md): it is as safe as
at the unlock dialog, since a new passphrase needs the district's answer, given only after the
administrator has heard the request's code by phone, and that answer works once, on this
computer. The database stays open meanwhile; the new passphrase unlocks the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import session
from desktop.storage.errors import WrongPassphrase
from desktop.ui.passphrase_wait import PassphraseWait
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel


def _check(path: Path, username: str, passphrase: str, wait: PassphraseWait) -> None:
    """Raise WrongPassphrase (or another storage error) unless `passphrase` opens the key."""
    # The key itself is dropped at once; wrong tries count as at the unlock dialog.
    session.unwrap_key(path, username, passphrase, wait.clock, wait.sleep)


class LockDialog(QDialog):
    """Modal until `username`'s passphrase for `path` is typed; Esc and closing do nothing."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, path: Path, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.username = username
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(480)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.passphrase_label, self.passphrase)

        self.error = ErrorLabel(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setDefault(True)
        self.wait = PassphraseWait(self, path, self.unlock_button, lambda seconds: self.tr(
            "Wait {seconds} s before the next try.").format(seconds=seconds))
        self.quit_button = QPushButton(self)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.quit_requested)
        # Recovery through the district: on the left, flat, away from Unlock.
        self.forgot_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot_passphrase)
        self.recovery_dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.error)
        layout.addWidget(self.wait.note)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — locked"))
        self.intro.setText(
            self.tr(
                "<b>Qadam is locked</b> after a time without use. {user}, type your passphrase "
                "to go on where you stopped."
            ).format(user=self.username.replace("<", "&lt;"))
        )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.quit_button.setText(self.tr("&Quit Qadam"))
        self.forgot_button.setText(self.tr("&Forgot passphrase?"))
        self.wait.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """Show the dialog afresh: empty passphrase, no old message."""
        self.passphrase.clear()
        self.error.clear_message()
        self.wait.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.passphrase.setFocus()

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if self.busy.running or self.wait.waiting:
            return
        if not passphrase:
            self.error.show_message(lambda: self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        self.error.clear_message()
        self._set_busy(True)
        path, username, wait = self.path, self.username, self.wait
        run_in_background(
            lambda: _check(path, username, passphrase, wait),
            self._verified,
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

    def _verified(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.hide()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        self.passphrase.setFocus()
        if isinstance(error, WrongPassphrase):
            self.passphrase.selectAll()
            self.wait.refresh()

    def forgot_passphrase(self) -> None:
        from desktop.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.path, self.username, self, open_store=False)
        dialog.finished.connect(self._recovery_finished)
        self.recovery_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _recovery_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:  # the new passphrase is set
            self._verified(None)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if event.key() == Qt.Key.Key_Escape:
            return  # the lock stays until the passphrase is typed
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc and the window's close button do not dismiss the lock."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
