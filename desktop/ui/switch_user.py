"""Switch user (File → Switch user…, Ctrl+Shift+L) without losing anything unsaved or unsynced.

1. Every open form's input is written as a draft of the current user first (the writes are
   queued on the database worker, so they are committed before the next user's unlock, which
   is queued after them).
2. Every window is hidden, as the auto-lock does (`autolock.py`), and the switch dialog asks
   for a user and their passphrase. Each user's passphrase unwraps the same data key
   (`services/session.py`), so the database is opened again as that user, on the worker.
3. Wrong passphrase: a translated message, the windows stay hidden and as they were. Cancel,
   or the same user: the same windows come back, nothing changed.
4. Another user: the windows of the previous user are closed (their input is in their
   drafts, kept for them), the previous connection is closed on the worker after any work
   still queued for it, and a new main window opens over the new `Store`. It offers that
   user's own drafts only.

The change log (what is not yet synchronised) is not touched by any of this: it belongs to
the device and travels whoever is signed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services import session
from desktop.storage.errors import StorageError, WrongPassphrase
from desktop.storage.store import Store
from desktop.ui.autosave import flush_all, offer_left_drafts, stop_all
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel

log = logging.getLogger(__name__)
SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L)


class SwitchUserDialog(QDialog):
    """Choose a user, type their passphrase; `switched` carries the database opened as them."""

    switched = Signal(object)  # Store

    def __init__(self, path: Path, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.current = path, current
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(520)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.user = QComboBox(self)
        self.user.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        self.user_label, self.passphrase_label = QLabel(self), QLabel(self)
        self.user_label.setBuddy(self.user)
        self.passphrase_label.setBuddy(self.passphrase)
        form.addRow(self.user_label, self.user)
        form.addRow(self.passphrase_label, self.passphrase)

        self.error = ErrorLabel(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(self)
        self.switch_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.switch_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load_users()
        self.retranslate()
        self.passphrase.setFocus()

    def _load_users(self) -> None:
        try:
            names = session.usernames(self.path)
        except StorageError as error:
            self.error.show_error(error)
            names = [self.current]
        self.user.addItems(names)
        others = [name for name in names if name != self.current]
        # The next person is most likely someone else; the current user is still in the list.
        self.user.setCurrentText(others[0] if others else self.current)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — switch user"))
        self.intro.setText(
            self.tr(
                "<b>Switch user.</b> What {user} typed is kept as their drafts, and nothing "
                "waiting to be synchronised is touched. Choose who works now and type their "
                "passphrase."
            ).format(user=self.current.replace("<", "&lt;"))
        )
        self.user_label.setText(self.tr("&User:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.switch_button.setText(self.tr("&Switch"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        if self.busy.running:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_message(lambda: self.tr("Type your passphrase."))
            self.adjustSize()
            self.passphrase.setFocus()
            return
        self.error.clear_message()
        self._set_busy(True)
        path, username = self.path, self.user.currentText()
        # Argon2id and opening the database: both on the worker, the window never waits.
        run_in_background(lambda: session.unlock(path, username, passphrase),
                          self._opened, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.form_widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.busy.start(lambda: self.tr("Checking the passphrase…"))
        else:
            self.busy.stop()

    def _opened(self, store: Store) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.hide()
        self.switched.emit(store)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        self.adjustSize()  # room for the message: the wrapped intro is never squeezed
        self.passphrase.setFocus()
        if isinstance(error, WrongPassphrase):
            self.passphrase.selectAll()

    def reject(self) -> None:
        if not self.busy.running:
            super().reject()


class UserSwitcher(QObject):
    """Owns who is signed in: the current main window, its auto-lock and its store."""

    user_changed = Signal(object)  # the new Store

    def __init__(
        self,
        window: QMainWindow,
        autolock: Any,
        build_window: Callable[[Store], QMainWindow],
        install_lock: Callable[[QMainWindow], Any],
    ) -> None:
        super().__init__(QApplication.instance())  # outlives every main window it replaces
        self.window, self.autolock = window, autolock
        self.store: Store = window.store
        self.build_window, self.install_lock = build_window, install_lock
        self.dialog: SwitchUserDialog | None = None
        self._hidden: list[QWidget] = []
        self._add_action(window)

    def _add_action(self, window: QMainWindow) -> None:
        """File → Switch user…, above the separator before Quit (after Lock now)."""
        action = QAction(self.tr("S&witch user…"), window)
        action.setShortcut(SHORTCUT)
        action.triggered.connect(self.switch)
        window.switch_user_action = action
        menu: QMenu | None = getattr(window, "file_menu", None)
        actions = menu.actions() if menu is not None else []
        quit_action = getattr(window, "quit_action", None)
        if quit_action in actions:
            index = actions.index(quit_action)
            anchor = actions[index - 1] if index and actions[index - 1].isSeparator() else None
            menu.insertAction(anchor or quit_action, action)
        elif menu is not None:
            menu.addAction(action)
        else:
            window.addAction(action)
        window.installEventFilter(self)  # the action's text follows the language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.window:
            action = getattr(self.window, "switch_user_action", None)
            if action is not None:
                action.setText(self.tr("S&witch user…"))
        return False

    @property
    def switching(self) -> bool:
        return self.dialog is not None

    def switch(self) -> SwitchUserDialog:
        """Keep every form's input as drafts, hide every window, ask who works now."""
        if self.dialog is not None:
            return self.dialog
        flush_all(self.store)
        timer = getattr(self.autolock, "timer", None)
        if timer is not None:
            timer.stop()  # no auto-lock over the switch dialog
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self._hidden.sort(key=lambda widget: widget is not self.window)  # main window first
        for widget in self._hidden:
            widget.hide()
        dialog = SwitchUserDialog(self.store.opened.path, self.store.actor.username)
        dialog.switched.connect(self._switched)
        dialog.rejected.connect(self._back)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _back(self) -> None:
        """The same windows again, exactly as they were."""
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        restart = getattr(self.autolock, "_restart", None)
        if restart is not None:
            restart()

    def _switched(self, store: Store) -> None:
        if store.actor.user_id == self.store.actor.user_id:
            run_in_background(store.close, _closed, _not_closed)  # the same person: go on
            self._back()
            return
        old_window, old_store = self.window, self.store
        stop_all(old_store)  # their forms are closing; their drafts stay for them
        uninstall = getattr(self.autolock, "uninstall", None)
        if uninstall is not None:
            uninstall()
        self._hidden = []
        # The previous user's windows go (their children too: cards, case forms, reports)
        # before their connection closes, so nothing reads a closed database.
        shiboken6.delete(old_window)
        run_in_background(old_store.close, _closed, _not_closed)  # after their queued work

        self.store = store
        self.window = self.build_window(store)
        self.autolock = self.install_lock(self.window)
        self._add_action(self.window)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        offer_left_drafts(self.window)
        self.user_changed.emit(store)


def _closed(_result: object) -> None:
    """Nothing to do on the GUI thread once the previous connection is closed."""


def _not_closed(error: BaseException) -> None:
    log.warning("the previous user's connection did not close cleanly: %s",
                type(error).__name__)
