"""Recovery from the lock screen (Ctrl+L), and a lost key file restored from a backup in the
unlock dialog. Real SQLCipher databases, a real district's recovery key and its answer made by
`python -m district answer-recovery`, real widgets offscreen."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.app import build_main_window, install_autolock
from desktop.services import backups, session
from desktop.storage import audit
from desktop.storage.keys import Keyring
from desktop.ui import i18n
from desktop.ui.autolock import AutoLock
from desktop.ui.main_window import MainWindow
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog
from tests.support.posix_locks import held_sqlite_locks
from tests.ui.test_recovery_dialog import (  # noqa: F401 - the fixture
    FORGOTTEN,
    NEW,
    district_answers,
    fill_and_submit,
    laptop,
)


@pytest.fixture
def locked(qtbot, laptop) -> Iterator[tuple[AutoLock, MainWindow, Path, str]]:  # noqa: ANN001, F811
    path, url = laptop
    store = session.unlock(path, "admin", FORGOTTEN)
    main = build_main_window(store)
    main.show()
    qtbot.waitExposed(main)
    lock = install_autolock(main, timeout_ms=0)
    lock.lock()
    assert lock.locked and not main.isVisible()
    yield lock, main, path, url
    lock.uninstall()
    wait_for_background()
    shiboken6.delete(main)
    store.close()


def test_forgot_passphrase_at_the_lock_screen_sets_a_new_one_and_unlocks(
        qtbot, locked, tmp_path: Path) -> None:  # noqa: ANN001
    lock, main, path, url = locked
    assert lock.dialog.forgot_button.isVisible()
    lock.dialog.forgot_button.click()
    dialog = lock.dialog.recovery_dialog
    assert isinstance(dialog, RecoveryDialog) and dialog.isVisible()
    request = tmp_path / "request.json"
    dialog.save_request(request)
    code = json.loads(request.read_text(encoding="utf-8"))["code"]
    response = district_answers(url, request, code, tmp_path / "response.json")
    fill_and_submit(qtbot, dialog, response, NEW)

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.store is None
    assert not lock.locked and main.isVisible()  # the screen is unlocked
    if os.name == "posix":  # the reset's own connection, closed, dropped none of the app's
        assert held_sqlite_locks(path) == {"shared": os.getpid(), "dms": os.getpid()}
    # The app goes on with the store it had open, and it still saves.
    with main.store.transaction() as tx:
        tx.save("users", {"full_name": "Әсем Нұрланқызы Сейітова"}, main.store.actor.user_id)
    # The reset's entry (written beside the open store) and this save chain up unbroken.
    report = audit.verify(main.store.db)
    assert report.ok
    actions = [r[0] for r in main.store.db.execute(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 2").fetchall()]
    assert actions == ["update", "passphrase reset"]
    # From now on the new passphrase is the one, at the lock screen too.
    lock.lock()
    lock.dialog.passphrase.setText(FORGOTTEN)
    lock.dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not lock.dialog.busy.running, timeout=10_000)
    assert lock.locked and "passphrase is wrong" in lock.dialog.error.text()
    lock.dialog.passphrase.setText(NEW)
    lock.dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not lock.locked, timeout=10_000)


def test_a_recovery_closed_unanswered_leaves_the_screen_locked(qtbot, locked) -> None:  # noqa: ANN001
    lock, main, _, _ = locked
    lock.dialog.forgot_button.click()
    lock.dialog.recovery_dialog.close_button.click()
    assert lock.locked and not main.isVisible()


def _week_old_backup(path: Path, folder: Path) -> Path:
    store = session.unlock(path, "admin", FORGOTTEN)
    try:
        return backups.back_up(store, to=folder, now=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    finally:
        store.close()


def test_the_unlock_dialog_restores_a_lost_key_file_from_a_backup(
        qtbot, laptop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001, F811
    path, _ = laptop
    backup = _week_old_backup(path, tmp_path / "usb")
    session.change_passphrase(path, "admin", FORGOTTEN, NEW)  # after the backup
    Keyring.path_for(path).unlink()
    Keyring.copy_path_for(path).unlink()
    i18n.apply_language("ru")
    unlock = UnlockDialog(path)
    qtbot.addWidget(unlock)
    unlock.show()
    assert "нет файла ключей" in unlock.error.text()
    assert unlock.restore_button.isVisible() and not unlock.unlock_button.isEnabled()
    assert not unlock.forgot_button.isVisible()

    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("не копия", encoding="utf-8")
    unlock.use_backup(not_a_backup)
    assert "не резервная копия Qadam" in unlock.error.text()
    assert not unlock.unlock_button.isEnabled()

    # A native file dialog cannot run offscreen: answer it as a person would.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(backup), "")))
    unlock.restore_button.click()
    made = datetime(2026, 3, 2, 9, 30, tzinfo=UTC).astimezone()  # shown in local time
    assert unlock.backup_note.isVisible()
    assert made.strftime("%d.%m.%Y %H:%M") in unlock.backup_note.text()
    assert not unlock.forgot_button.isVisible()  # it needs a key file: the backup first
    assert unlock.unlock_button.isEnabled() and unlock.user.currentText() == "admin"

    unlock.passphrase.setText(NEW)  # today's passphrase is not in the backup's key file
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: not unlock.busy.running, timeout=10_000)
    assert "Неверная парольная фраза" in unlock.error.text()
    assert not Keyring.path_for(path).exists()

    unlock.passphrase.setText(FORGOTTEN)  # the passphrase of the backup's day
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: unlock.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert unlock.store is not None and not unlock.forgot_button.isHidden()
    unlock.store.close()
    assert Keyring.path_for(path).exists() and Keyring.copy_path_for(path).exists()
    session.unlock(path, "admin", FORGOTTEN).close()
