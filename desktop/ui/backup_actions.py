"""Backups in the app (docs/backups.md): File → Back up now, Restore from a backup…, Backup
folder…; the last backup's age in the status bar; the daily backup at start.

All backup and restore work runs on the database worker (ui/tasks.py), behind whatever is
queued there, with a progress dialog. A refusal (a damaged, foreign or wrong-passphrase
backup, a missing or full USB stick) is shown translated, and nothing has changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QWidget,
)

from desktop.services import backups
from desktop.storage import backup as files
from desktop.storage.store import Store
from desktop.ui.backup_dialog import RestorePreviewDialog, local_time
from desktop.ui.i18n import translate_error
from desktop.ui.tasks import run_in_background

OVERDUE_STYLE = "color: #a8071a; font-weight: bold;"
REFRESH_MS = 10 * 60 * 1000  # the age moves on while the app stays open


class BackupStatusLabel(QLabel):
    """"Backup: 2 d ago" — small, and it may be cut short on a narrow window (the report's
    countdown and the sync state matter more). Red and bold when overdue."""

    changed = Signal()  # a new text: the main window fits its status bar again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(1)  # gives way first when the status bar is short of room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(0, 0, 12, 0)
        self.last: datetime | None = None
        self.now: datetime | None = None
        self.running = False

    def show_age(self, last: datetime | None, now: datetime) -> None:
        self.last, self.now = last, now
        self.retranslate()

    @property
    def overdue(self) -> bool:
        """The red warning (no backup for 7 days): it then outranks the total and the count."""
        return not self.running and self.now is not None and backups.overdue(self.last, self.now)

    def retranslate(self) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if self.running:
            self.setText(self.tr("Backing up…"))
            self.setStyleSheet("")
            return
        if self.now is None:
            return
        last, now = self.last, self.now
        if last is None:
            text = self.tr("No backup yet")
        else:
            days = (now - last).days
            text = (self.tr("Backed up today") if days < 1
                    else self.tr("Backup: {count} d ago").format(count=days))
        self.setText(text)
        overdue = backups.overdue(last, now)
        self.setStyleSheet(OVERDUE_STYLE if overdue else "")
        self.setToolTip(self.tr("The last backup: {when}. Back up at least once a week (File "
                                "menu).").format(when=local_time(last)) if last else
                        self.tr("Back up now from the File menu."))


class BackupActions(QObject):
    """The File menu's backup actions, the status label and the daily backup.

    `back_up_now`, `choose_folder(path)` and `restore_from(path, passphrase)` skip their file
    and passphrase dialogs when given the answers (the tests, and paths typed elsewhere).
    `restored` tells the window the database was replaced (and its store closed);
    `acknowledged` follows once the message is read: the app then asks to unlock again.
    """

    done = Signal(object)  # the backup's Path
    failed = Signal(object)  # the error, already shown
    restored = Signal(object)  # services.backups.RestoreResult; the store is closed
    acknowledged = Signal()  # the person has read that the restore is done
    progressed = Signal(int)  # percent, from the worker (queued onto the GUI thread)

    def __init__(self, store: Store, parent: QWidget,
                 clock: Callable[[], datetime] = backups.utc_now) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.busy = False
        self.box: QMessageBox | None = None
        self.preview: RestorePreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.label = BackupStatusLabel(parent)
        self.backup_action = QAction(parent)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(parent)
        self.restore_action.triggered.connect(self.ask_restore)
        self.restore_action.setEnabled(store.actor.role.can_manage_users)  # administrators
        self.folder_action = QAction(parent)
        self.folder_action.triggered.connect(self.ask_folder)
        self.folder_action.setEnabled(store.actor.role.can_write)
        self.progressed.connect(self._progressed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.folder_action.setText(self.tr("Backup &folder…"))
        self.label.retranslate()

    def refresh(self) -> None:
        self.label.show_age(backups.last_backup(self.store), self.clock())

    def _window(self) -> QWidget:
        return self.parent()  # type: ignore[return-value]

    # -- backing up -----------------------------------------------------------------------------
    def daily_check(self) -> bool:
        """At start: a quiet backup when the last one is 24 hours old or more."""
        if self.busy or not backups.daily_due(self.store, self.clock()):
            return False
        self._back_up(quiet=True)
        return True

    def back_up_now(self) -> None:
        self._back_up(quiet=False)

    def _back_up(self, quiet: bool) -> None:
        if self.busy:
            return
        store, now, report = self.store, self.clock(), self.progressed.emit
        self._start(None if quiet else self.tr("Backing up the database…"))
        run_in_background(
            lambda: backups.back_up(store, now=now, progress=report),
            lambda path: self._backed_up(path, quiet),
            lambda error: self._failed(error, quiet))

    def _backed_up(self, path: Path, quiet: bool) -> None:
        self._stop()
        self.refresh()
        if not quiet:
            self._tell(QMessageBox.Icon.Information, self.tr("Backed up"),
                       self.tr("The database is backed up to {path}.").format(path=path))
        self.done.emit(path)

    # -- the folder -----------------------------------------------------------------------------
    def ask_folder(self) -> None:
        self.choose_folder(None)

    def choose_folder(self, chosen: Path | None) -> None:
        if chosen is None:
            answer = QFileDialog.getExistingDirectory(
                self._window(), self.tr("Choose the backup folder (a USB stick)"),
                str(backups.folder(self.store)))
            if not answer:
                return
            chosen = Path(answer)
        store, folder = self.store, chosen
        # On the worker: it writes to the database, which a running backup holds.
        run_in_background(lambda: backups.set_folder(store, folder),
                          lambda _none: self._folder_set(folder),
                          lambda error: self._failed(error, False))

    def _folder_set(self, chosen: Path) -> None:
        self.refresh()
        self._tell(QMessageBox.Icon.Information, self.tr("Backup folder"),
                   self.tr("Backups now go to {path}. Keep the last weeks' backups there: "
                           "older ones are removed (7 daily, 4 weekly).").format(path=chosen))

    # -- restoring ------------------------------------------------------------------------------
    def ask_restore(self) -> None:
        self.restore_from(None, None)

    def restore_from(self, path: Path | None, passphrase: str | None) -> None:
        if self.busy:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window(), self.tr("Restore from a backup"),
                str(backups.folder(self.store)),
                self.tr("Qadam backups (*{suffix})").format(suffix=files.SUFFIX))
            if not chosen:
                return
            path = Path(chosen)
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self._window(), self.tr("Restore from a backup"),
                self.tr("The passphrase of {user} when the backup was taken:").format(
                    user=self.store.actor.username), QLineEdit.EchoMode.Password)
            if not ok:
                return
        store = self.store
        username, database = store.actor.username, store.opened.path
        self._start(self.tr("Checking the backup…"))
        run_in_background(
            lambda: backups.prepare_restore(path, database, username, passphrase),
            self._verified, lambda error: self._failed(error, False))

    def _verified(self, verified: files.VerifiedBackup) -> None:
        self._stop()
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.deleteLater()
        self.preview = RestorePreviewDialog(verified, self._window())
        self.preview.accepted.connect(self._confirmed)
        self.preview.rejected.connect(verified.discard)
        self.preview.open()

    def _confirmed(self) -> None:
        verified = self.preview.verified  # type: ignore[union-attr]
        store, now = self.store, self.clock()
        self._start(self.tr("Restoring…"))
        run_in_background(
            lambda: backups.restore(verified, store.opened.path, store=store, now=now),
            self._restored, lambda error: self._failed(error, False))

    def _restored(self, result: backups.RestoreResult) -> None:
        self._stop()
        self.restored.emit(result)  # the window stops reading the (closed) database at once
        text = self.tr("The backup is restored. Unlock again to go on.")
        if result.replaced is not None:
            text += "\n\n" + self.tr("The replaced database is kept as {path}.").format(
                path=result.replaced)
        self._tell(QMessageBox.Icon.Information, self.tr("Restored"), text)
        # Once the person has read it, the window closes and the app asks to unlock again.
        self.box.finished.connect(self.acknowledged)  # type: ignore[union-attr]

    # -- shared ---------------------------------------------------------------------------------
    def _start(self, text: str | None) -> None:
        """Busy; with `text`, a progress dialog (the quiet daily backup shows only the label)."""
        self.busy = True
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(False)
        self.label.running = True
        self.label.retranslate()
        if text is not None:
            self.progress = QProgressDialog(text, "", 0, 100, self._window())
            self.progress.setCancelButton(None)  # a backup is short and must finish whole
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
            self.progress.setValue(0)

    def _progressed(self, percent: int) -> None:
        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.setValue(percent)

    def _stop(self) -> None:
        self.busy = False
        self.backup_action.setEnabled(True)
        self.restore_action.setEnabled(self.store.actor.role.can_manage_users)
        self.label.running = False
        if self.progress is not None and shiboken6.isValid(self.progress):
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None

    def _failed(self, error: BaseException, quiet: bool) -> None:
        self._stop()
        self.refresh()
        if not quiet:  # the daily backup's failure shows as the label's age, not a dialog
            self.show_refusal(error)
        self.failed.emit(error)

    def show_refusal(self, error: BaseException) -> None:
        """Why a backup or restore was not done, in the interface language."""
        self._tell(QMessageBox.Icon.Warning, self.tr("Not done"), translate_error(error))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        if self.box is not None and shiboken6.isValid(self.box):
            self.box.deleteLater()  # the previous message, closed or not, is freed
        self.box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok,
                               self._window())
        self.box.open()
