"""The running app keeps SQLite's locks (read from another process with F_GETLK) through
Ctrl+L and unlock, switching user and browsing the database's folder in a file dialog; a
second start on the same database is told it is already open."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QFileSystemModel, QMessageBox

from desktop import app as qadam_app
from desktop.app import build_main_window, install_autolock, install_switch_user
from desktop.services import session
from desktop.storage.connection import belongs_to_open_database
from desktop.storage.filelock import EXIT_DATABASE_BUSY
from desktop.ui import file_dialogs, i18n
from desktop.ui.switch_user import UserSwitcher
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog
from tests.support.lock_holder import other_app_holding
from tests.support.open_guard import watching
from tests.support.posix_locks import held_sqlite_locks
from tests.ui.conftest import Database

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file locks")


@pytest.fixture
def app_window(qtbot, database: Database) -> Iterator[UserSwitcher]:  # noqa: ANN001
    """The app as run_gui composes it: window, auto-lock, switch user."""
    store = session.unlock(database.path, database.username, database.passphrase)
    window = build_main_window(store)
    built = install_switch_user(window, install_autolock(window, timeout_ms=0))
    window.show()
    qtbot.waitExposed(window)
    yield built
    wait_for_background()
    built.autolock.uninstall()
    shiboken6.delete(built.window)
    wait_for_background()
    built.store.close()
    built.deleteLater()


def _ours() -> dict[str, int | None]:
    """SQLite's SHARED lock on the file and its lock on the WAL index, both this process's."""
    return {"shared": os.getpid(), "dms": os.getpid()}


def test_lock_and_unlock_keep_the_locks(qtbot, app_window: UserSwitcher,  # noqa: ANN001
                                        database: Database) -> None:
    assert held_sqlite_locks(database.path) == _ours()
    lock = app_window.autolock
    with watching() as opened:
        lock.lock_action.trigger()  # Ctrl+L
        assert lock.locked
        lock.dialog.passphrase.setText(database.passphrase)
        lock.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
    assert opened == []  # the old shape check opened qadam.db here
    assert app_window.window.isVisible()
    assert held_sqlite_locks(database.path) == _ours()


def test_switching_to_the_same_user_keeps_the_locks(qtbot, app_window: UserSwitcher,  # noqa: ANN001
                                                    database: Database) -> None:
    with watching() as opened:
        dialog = app_window.switch()
        dialog.passphrase.setText(database.passphrase)
        dialog.switch_button.click()
        qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)
        wait_for_background()  # the second connection is closed on the worker
    assert opened == []
    assert app_window.window.isVisible()
    assert held_sqlite_locks(database.path) == _ours()


def _browse(qtbot, dialog: QFileDialog, database: Database) -> None:  # noqa: ANN001
    """List the database's folder in the detail view, every file, the database selected."""
    model = dialog.findChild(QFileSystemModel)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setNameFilter("*")
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000, raising=False):
        dialog.setDirectory(str(database.path.parent))
        dialog.show()
    dialog.selectFile(database.path.name)
    folder = model.index(str(database.path.parent))
    qtbot.waitUntil(lambda: model.rowCount(folder) >= 3, timeout=10_000)  # db, -wal, -shm…
    for row in range(model.rowCount(folder)):
        for column in range(model.columnCount(folder)):  # name, size, type, date: icons too
            model.data(model.index(row, column, folder))
    qtbot.wait(300)  # let the file-info thread finish whatever it fetches
    dialog.done(QDialog.DialogCode.Rejected)


def test_a_file_dialog_in_the_databases_folder_keeps_the_locks(
    qtbot, app_window: UserSwitcher, database: Database  # noqa: ANN001
) -> None:
    dialog = file_dialogs.safe_dialog(app_window.window, "Import", str(database.path.parent),
                                      "Excel (*.xlsx)")
    _browse(qtbot, dialog, database)
    assert held_sqlite_locks(database.path) == _ours()


def test_qts_own_icon_provider_would_drop_them(qtbot, app_window: UserSwitcher,  # noqa: ANN001
                                               database: Database) -> None:
    """The control: Qt's default dialog reads each file to guess its type, and that alone
    drops the process's locks. If this ever passes without the fix, the test above is moot."""
    dialog = QFileDialog(app_window.window, "Import", str(ROOT), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    _browse(qtbot, dialog, database)
    assert held_sqlite_locks(database.path)["shared"] is None


def test_the_databases_own_files_are_never_offered_for_import(
    app_window: UserSwitcher, database: Database, tmp_path: Path
) -> None:
    for name in ("qadam.db", "qadam.db-wal", "qadam.db-shm", "qadam.db.keys"):
        assert belongs_to_open_database(database.path.with_name(name))
    assert not belongs_to_open_database(tmp_path / "list.xlsx")


@pytest.mark.parametrize(("language", "words"), [
    ("kk", "Qadam-ның басқа терезесінде ашық тұр"),
    ("ru", "уже открыта в другом окне Qadam"),
])
def test_a_second_start_on_the_same_database_says_so_and_exits(
    monkeypatch: pytest.MonkeyPatch, database: Database, language: str, words: str
) -> None:
    with other_app_holding(database.path) as holder:
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
        monkeypatch.setattr(UnlockDialog, "exec", lambda _dialog: pytest.fail("unlock shown"))
        i18n.apply_language(language)  # remembered: run_gui applies the saved language
        assert qadam_app.run_gui(database.path) == EXIT_DATABASE_BUSY
        assert len(shown) == 1 and words in shown[0]
        assert str(holder.pid) in shown[0]


TRY_LOCK = """
import sys
from pathlib import Path
from desktop.storage.filelock import DatabaseInUse, DatabaseLock
try:
    DatabaseLock.acquire(Path(sys.argv[1]), "sync").release()
except DatabaseInUse:
    sys.exit(75)
"""


def _another_process_can_take(path: Path) -> bool:
    tried = subprocess.run([sys.executable, "-c", TRY_LOCK, str(path)],
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    return tried.returncode == 0


def test_the_app_holds_the_database_through_ctrl_l_until_it_quits(
    qtbot, monkeypatch: pytest.MonkeyPatch, database: Database  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.autolock import AutoLock
    from desktop.ui.main_window import MainWindow

    def unlock(self) -> int:  # noqa: ANN001 - the person types the passphrase
        self.store = session.unlock(database.path, database.username, database.passphrase)
        return QDialog.DialogCode.Accepted.value

    held: list[bool] = []

    def event_loop() -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        held.append(not _another_process_can_take(database.path))
        lock = window.findChild(AutoLock)
        lock.lock()
        lock.dialog.passphrase.setText(database.passphrase)
        lock.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)
        held.append(not _another_process_can_take(database.path))
        return 0

    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert qadam_app.run_gui(database.path) == 0
    assert held == [True, True]
    assert _another_process_can_take(database.path)  # quit: free again
