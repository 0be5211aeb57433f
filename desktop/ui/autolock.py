"""Auto-lock after inactivity: hide every window behind a passphrase prompt, lose nothing.

An application-wide event filter restarts an idle timer on key presses, mouse presses, moves
and the wheel. When it runs out (QSettings "autolock/minutes", default 10, 0 = never), or on
File → Lock now (Ctrl+L), every visible window is hidden (not closed, so typed text stays)
and the lock dialog asks the current user for their passphrase; the right one shows exactly
those windows again.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QMenu, QWidget

from desktop.ui import i18n
from desktop.ui.lock_dialog import LockDialog

MINUTES_KEY = "autolock/minutes"
DEFAULT_MINUTES = 10
MAX_MINUTES = 240
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


def saved_minutes() -> int:
    """Minutes of inactivity before locking, from the settings; 0 means never."""
    value = i18n.settings().value(MINUTES_KEY, DEFAULT_MINUTES)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


class AutoLock(QObject):
    """Locks `window` and every other window of the app after `timeout_ms` without input.
    `lock_changed(True)` when it locks, `lock_changed(False)` when the right user unlocks."""

    lock_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        path: Path,
        username: str,
        timeout_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        if timeout_ms is None:
            timeout_ms = saved_minutes() * 60_000
        self.timeout_ms = timeout_ms
        self.dialog = LockDialog(path, username, window)
        self.dialog.unlocked.connect(self.unlock)
        self.dialog.quit_requested.connect(QCoreApplication.quit)
        self._hidden: list[QWidget] = []
        self._active: QWidget | None = None

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.minutes_action = QAction(self)
        self.minutes_action.triggered.connect(self.ask_minutes)
        self.minutes_dialog: QInputDialog | None = None
        self._add_to_menu()
        self.retranslate()

        QCoreApplication.instance().installEventFilter(self)
        self._restart()

    def _add_to_menu(self) -> None:
        """File → Lock now, just above the separator before Quit (or at the end)."""
        menu: QMenu | None = getattr(self.window, "file_menu", None)
        if menu is None:
            self.window.addAction(self.lock_action)
            return
        actions = menu.actions()
        quit_action = getattr(self.window, "quit_action", None)
        if quit_action in actions:
            index = actions.index(quit_action)
            before = actions[index - 1] if index and actions[index - 1].isSeparator() else None
            anchor = before if before is not None else quit_action
            menu.insertActions(anchor, [self.lock_action, self.minutes_action])
        else:
            menu.addActions([self.lock_action, self.minutes_action])

    def retranslate(self) -> None:
        self.lock_action.setText(self.tr("&Lock now"))
        self.minutes_action.setText(self.tr("Auto-lock &after…"))

    def ask_minutes(self) -> QInputDialog:
        """A small dialog for the minutes without use before locking (0: never)."""
        dialog = QInputDialog(self.window)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, MAX_MINUTES)
        dialog.setIntValue(self.timeout_ms // 60_000)
        dialog.setWindowTitle(self.tr("Auto-lock"))
        dialog.setLabelText(self.tr("Lock Qadam after this many minutes without use (0: never):"))
        dialog.intValueSelected.connect(self.set_minutes)
        dialog.finished.connect(dialog.deleteLater)
        self.minutes_dialog = dialog
        dialog.open()
        return dialog

    def set_minutes(self, minutes: int) -> None:
        """Remember `minutes` in the settings and use it from now on; 0 stops auto-locking."""
        minutes = max(0, min(MAX_MINUTES, minutes))
        i18n.settings().setValue(MINUTES_KEY, minutes)
        self.timeout_ms = minutes * 60_000
        self.timer.stop()
        self._restart()

    @property
    def locked(self) -> bool:
        return self.dialog.isVisible()

    def _restart(self) -> None:
        if self.timeout_ms > 0 and not self.locked:
            self.timer.start(self.timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            if self.timeout_ms > 0 and not self.locked:
                self.timer.start()  # still the interval set in _restart
        elif kind == QEvent.Type.LanguageChange and watched is QCoreApplication.instance():
            self.retranslate()
        return False

    def lock(self) -> None:
        """Hide every visible window, remembering them, and show the lock dialog."""
        if self.locked:
            return
        self.timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or combo list
        self._active = QApplication.activeWindow()
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.dialog
        ]
        # The main window first, so it is shown first again and the others stay above it.
        self._hidden.sort(key=lambda widget: widget is not self.window)
        for widget in self._hidden:
            widget.hide()
        self.dialog.start()
        self.lock_changed.emit(True)

    def unlock(self) -> None:
        """Show exactly the windows that were visible before the lock (the dialog calls it)."""
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        active, self._active = self._active, None
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()
        self._restart()
        self.lock_changed.emit(False)

    def uninstall(self) -> None:
        """Stop watching input (before the window goes away)."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
