"""Composition root: start Qt, choose the language, open or create the database, show the window.

`run_gui(path)` is what `qadam` without a subcommand runs. Tests build the same window for an
already opened store with `build_main_window(store)`, without entering the event loop.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import __version__
from desktop.logs import setup_logging
from desktop.storage.errors import StorageError
from desktop.storage.filelock import EXIT_DATABASE_BUSY, DatabaseLock
from desktop.storage.store import Store
from desktop.ui import fonts, gui_gc, i18n, screen_fit
from desktop.ui.autolock import AutoLock
from desktop.ui.autosave import offer_left_drafts
from desktop.ui.crash_dialog import CrashReporter
from desktop.ui.help_actions import install_help_actions
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
    window = MainWindow(store)
    install_help_actions(window)  # Help → Open the log folder, Save diagnostics…
    return window


def install_autolock(window: MainWindow, timeout_ms: int | None = None) -> AutoLock:
    """Lock `window` (and every other window) after inactivity; None: minutes from settings."""
    store = window.store
    autolock = AutoLock(window, store.opened.path, store.actor.username, timeout_ms)
    autolock.lock_changed.connect(window.sync.set_locked)  # no background sync while locked
    return autolock


def install_switch_user(window: MainWindow, autolock: AutoLock) -> UserSwitcher:
    """File → Switch user…: another user takes over with a new main window and store."""
    return UserSwitcher(window, autolock, build_main_window, install_autolock)


def database_in_use_box(error: StorageError) -> QMessageBox:
    """The message a second start of Qadam on the same database shows before it exits (or
    the one for a database in a folder it cannot write in)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Qadam", i18n.translate_error(error))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def hold_database(path: Path) -> DatabaseLock | None:
    """This app's lock on `path` (kept through Ctrl+L and switching user, until it quits);
    None, after saying so, if another Qadam window has the database open."""
    try:
        return DatabaseLock.acquire(path, "app")
    except StorageError as error:  # DatabaseInUse, or a folder it cannot write in
        database_in_use_box(error).exec()
        return None


def run_gui(database_path: Path) -> int:
    """Run the desktop app until its window closes; returns the process exit code.

    After a restore from a backup the window closes and the unlock dialog opens again over
    the restored database (docs/backups.md)."""
    setup_logging("qadam app")
    app = application()
    lock = hold_database(database_path)
    if lock is None:
        return EXIT_DATABASE_BUSY
    try:
        return _run_sessions(app, database_path)
    finally:
        lock.release()


def _run_sessions(app: QApplication, database_path: Path) -> int:
    """Unlock and run the main window, again after each restore."""
    chosen = None
    try:
        while True:
            store = open_database(database_path)
            if store is None:
                return 0  # the person chose not to go on: not an error
            if chosen is None and store.opened.path.resolve() != database_path.resolve():
                chosen = hold_database(store.opened.path)  # set up somewhere else
                if chosen is None:
                    store.close()
                    return EXIT_DATABASE_BUSY
                database_path = store.opened.path  # a restore reopens where it now lives
            code, again = _run_window(app, store)
            if not again:
                return code
    finally:
        if chosen is not None:
            chosen.release()


def _run_window(app: QApplication, store: Store) -> tuple[int, bool]:
    """One session of the main window; (exit code, whether to unlock again)."""
    window = None
    autolock = None
    switcher = None
    reporter = None
    try:
        window = build_main_window(store)
        autolock = install_autolock(window)
        switcher = install_switch_user(window, autolock)
        # An error nothing caught: logged, and a "something went wrong" dialog over the
        # current user's window; the app goes on.
        reporter = CrashReporter(lambda: switcher.store, lambda: switcher.window)
        reporter.install()
        window.show()
        offer_left_drafts(window)  # input of a new record left by a crash or power cut
        window.backups.daily_check()  # on the worker, if the last backup is a day old
        code = app.exec()
        return code, bool(switcher.window.restart_requested)
    finally:
        wait_for_background()
        if reporter is not None:
            reporter.uninstall()
        if switcher is not None:  # another user may have taken over: close what is theirs
            window, autolock, store = switcher.window, switcher.autolock, switcher.store
        if autolock is not None:
            autolock.uninstall()  # no input reaches a lock over a deleted window
        if window is not None:
            # The window goes before the store it reads from: a late event (a language
            # change, a repaint) must never reach a view over a closed database.
            shiboken6.delete(window)
        store.close()
