"""Composition root: start Qt, choose the language, open or create the database, show the window.

`run_gui(path)` is what `qadam` without a subcommand runs. Tests build the same window for an
already opened store with `build_main_window(store)`, without entering the event loop.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog

from desktop import __version__
from desktop.storage.store import Store
from desktop.ui import fonts, gui_gc, i18n, screen_fit
from desktop.ui.autolock import AutoLock
from desktop.ui.autosave import offer_left_drafts
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.switch_user import UserSwitcher
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created if needed and configured: names, font, language."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    configure(app)
    return app


def configure(app: QApplication) -> None:
    app.setOrganizationName(i18n.ORGANIZATION)
    app.setApplicationName(i18n.APPLICATION)
    app.setApplicationVersion(__version__)
    fonts.use_app_font(app)
    screen_fit.install(app)  # a window larger than the screen is shrunk to it when shown
    gui_gc.install(app)  # cycles are collected on the GUI thread, never on the worker
    i18n.apply_language(i18n.saved_language(), remember=False)


def open_database(path: Path) -> Store | None:
    """First run (no file at `path`): the setup dialog; otherwise unlock. None if cancelled."""
    dialog: SetupDialog | UnlockDialog = (
        UnlockDialog(path) if path.exists() else SetupDialog(path, offer_enrolment=True))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.store


def build_main_window(store: Store) -> MainWindow:
    """The main window over an opened store (shown by the caller)."""
    return MainWindow(store)


def install_autolock(window: MainWindow, timeout_ms: int | None = None) -> AutoLock:
    """Lock `window` (and every other window) after inactivity; None: minutes from settings."""
    store = window.store
    autolock = AutoLock(window, store.opened.path, store.actor.username, timeout_ms)
    autolock.lock_changed.connect(window.sync.set_locked)  # no background sync while locked
    return autolock


def install_switch_user(window: MainWindow, autolock: AutoLock) -> UserSwitcher:
    """File → Switch user…: another user takes over with a new main window and store."""
    return UserSwitcher(window, autolock, build_main_window, install_autolock)


def run_gui(database_path: Path) -> int:
    """Run the desktop app until its window closes; returns the process exit code.

    After a restore from a backup the window closes and the unlock dialog opens again over
    the restored database (docs/backups.md)."""
    app = application()
    while True:
        store = open_database(database_path)
        if store is None:
            return 0  # the person chose not to go on: not an error
        code, again = _run_window(app, store)
        if not again:
            return code


def _run_window(app: QApplication, store: Store) -> tuple[int, bool]:
    """One session of the main window; (exit code, whether to unlock again)."""
    window = None
    autolock = None
    switcher = None
    try:
        window = build_main_window(store)
        autolock = install_autolock(window)
        switcher = install_switch_user(window, autolock)
        window.show()
        offer_left_drafts(window)  # input of a new record left by a crash or power cut
        window.backups.daily_check()  # on the worker, if the last backup is a day old
        code = app.exec()
        return code, bool(switcher.window.restart_requested)
    finally:
        wait_for_background()
        if switcher is not None:  # another user may have taken over: close what is theirs
            window, autolock, store = switcher.window, switcher.autolock, switcher.store
        if autolock is not None:
            autolock.uninstall()  # no input reaches a lock over a deleted window
        if window is not None:
            # The window goes before the store it reads from: a late event (a language
            # change, a repaint) must never reach a view over a closed database.
            shiboken6.delete(window)
        store.close()
