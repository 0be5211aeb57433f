"""Unlock: choose the user, type the passphrase; Argon2id runs off the GUI thread.

With the key file lost (its copy too), "Restore the key file from a backup…" reads the key
file a backup carries: the person types the passphrase of the backup's day, and the key file
is written only once that passphrase has opened this very database (services/key_file.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import key_file, session
from desktop.storage.backup import SUFFIX as BACKUP_SUFFIX
from desktop.storage.errors import KeyFileMissing, StorageError, WrongPassphrase
from desktop.storage.keys import Keyring
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.passphrase_wait import PassphraseWait
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
        # The backup whose key file is being restored (the key file beside `path` is lost).
        self.backup: key_file.BackupKeys | None = None
        self.backup_path: Path | None = None
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
        # After a few wrong passphrases: Unlock disabled, the seconds left said.
        self.wait = PassphraseWait(self, path, self.unlock_button, lambda seconds: self.tr(
            "Wait {seconds} s before the next try.").format(seconds=seconds))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Recovery through the district (docs/recovery.md): on the left, away from Unlock.
        self.forgot_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ResetRole)
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot_passphrase)
        # Under the message that the key file is lost: the only way on from there.
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.ask_backup)
        self.restore_button.hide()
        self.backup_note = QLabel(self)
        self.backup_note.setWordWrap(True)
        self.backup_note.hide()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.location)
        layout.addWidget(self.backup_note)
        layout.addSpacing(6)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.error)
        layout.addWidget(self.wait.note)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load_users()
        self.wait.refresh()  # wrong tries before a restart still count
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
        self.restore_button.setText(self.tr("&Restore the key file from a backup…"))
        self.wait.retranslate()
        if self.backup is not None:
            self.backup_note.setText(self.tr(
                "<b>The key file of the backup made {date}.</b> Type the passphrase you had "
                "then: your records of today stay as they are.").format(
                    date=self.backup.header.created.astimezone().strftime("%d.%m.%Y %H:%M")))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # a message shown while the dialog was built (no key file)

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
            if isinstance(error, KeyFileMissing):
                self.forgot_button.hide()  # it needs the key file: the backup comes first
                self.restore_button.show()
            return
        self.user.addItems(names)
        last = i18n.settings().value(LAST_USER_KEY, "", str)
        if last in names:
            self.user.setCurrentText(last)

    def submit(self) -> None:
        if self.wait.waiting:  # Unlock is disabled meanwhile; Enter too
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(lambda: self.tr("Type your passphrase."))
            grow_to_fit(self)
            self.passphrase.setFocus()
            return
        username = self.user.currentText()
        self.error.clear_message()
        self._set_busy(True)
        path, backup = self.path, self.backup_path
        if backup is not None:
            run_in_background(
                lambda: key_file.restore_key_file(path, backup, username, passphrase),
                self._key_file_restored, self._failed)
            return
        run_in_background(
            lambda: session.unwrap_key(path, username, passphrase, self.wait.clock,
                                       self.wait.sleep),
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

    # -- the key file from a backup ---------------------------------------------------------
    def ask_backup(self) -> None:
        """A native file chooser (a test calls `use_backup` with the path instead)."""
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup of this database"), start,
            self.tr("Qadam backups (*{suffix});;All files (*)").format(suffix=BACKUP_SUFFIX))
        if chosen:
            self.use_backup(Path(chosen))

    def use_backup(self, path: Path) -> None:
        """Offer the backup's users; the passphrase typed next is checked against it."""
        try:
            found = key_file.backup_keys(path)
        except Exception as error:  # StorageError (not a backup, damaged) or OSError
            self.error.show_error(error)
            grow_to_fit(self)
            return
        self.backup, self.backup_path = found, path
        self.wait.enabled = False  # the backup's key file: not this database's count
        self.wait.refresh()
        self.error.clear_message()
        self.user.clear()
        self.user.addItems(found.usernames)
        self.form_widget.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.backup_note.show()
        self.retranslate()
        grow_to_fit(self)
        self.passphrase.setFocus()

    def _key_file_restored(self, restored: key_file.RestoredKeys) -> None:
        assert restored.user_id is not None and restored.data_key is not None
        self.backup = self.backup_path = None
        self.wait.enabled = True
        self.backup_note.hide()
        self.restore_button.hide()
        self.forgot_button.setEnabled(True)
        self.forgot_button.show()
        self._unwrapped((restored.keyring, restored.user_id, restored.data_key))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        grow_to_fit(self)  # the message must not squash the form
        if isinstance(error, WrongPassphrase):
            self.passphrase.setFocus()
            self.passphrase.selectAll()
            self.wait.refresh()

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
