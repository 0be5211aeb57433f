"""Unlocking: a wrong passphrase is said in the person's language and can be retyped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop.storage.keys import Keyring
from desktop.ui import i18n
from desktop.ui.unlock_dialog import UnlockDialog

WRONG = {
    "kk": "Құпия фраза қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.",
    "ru": "Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте "
    "ещё раз.",
    "en": "The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.",
}


def _dialog(qtbot, path) -> UnlockDialog:  # noqa: ANN001
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _unlock(qtbot, dialog: UnlockDialog, passphrase: str) -> None:  # noqa: ANN001
    dialog.passphrase.setText(passphrase)
    dialog.unlock_button.click()
    assert dialog.busy.running and not dialog.form_widget.isEnabled()  # off the GUI thread
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_a_wrong_passphrase_is_explained_and_kept_for_retyping(qtbot, database, code: str) -> None:
    i18n.apply_language(code)
    dialog = _dialog(qtbot, database.path)
    assert dialog.user.currentText() == "admin"
    _unlock(qtbot, dialog, "not the passphrase")
    assert dialog.error.isVisible()
    assert dialog.error.text() == WRONG[code]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.store is None
    assert dialog.passphrase.text() == "not the passphrase"
    assert dialog.passphrase.selectedText() == "not the passphrase"  # typing replaces it
    assert dialog.form_widget.isEnabled()


def test_the_message_follows_a_language_switch(qtbot, database) -> None:
    i18n.apply_language("kk")
    dialog = _dialog(qtbot, database.path)
    _unlock(qtbot, dialog, "not the passphrase")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    assert i18n.current_language() == "ru"
    assert dialog.error.text() == WRONG["ru"]
    assert dialog.windowTitle() == "Qadam — разблокировка"


def test_the_right_passphrase_opens_the_store(qtbot, database) -> None:
    dialog = _dialog(qtbot, database.path)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.passphrase.setText(database.passphrase)
        dialog.unlock_button.click()
    assert dialog.store is not None
    try:
        assert dialog.store.actor.username == "admin"
    finally:
        dialog.store.close()
    assert i18n.settings().value("unlock/last_user") == "admin"


def test_an_empty_passphrase_is_asked_for(qtbot, database) -> None:
    dialog = _dialog(qtbot, database.path)
    dialog.unlock_button.click()
    assert not dialog.busy.running
    assert dialog.error.text() == "Type your passphrase."


def test_a_missing_key_file_says_what_to_do(qtbot, database) -> None:
    Keyring.path_for(database.path).unlink()
    Keyring.copy_path_for(database.path).unlink()  # with its copy, it would come back
    i18n.apply_language("ru")
    dialog = _dialog(qtbot, database.path)
    assert "Рядом с базой данных нет файла ключей" in dialog.error.text()
    assert "из любой резервной копии" in dialog.error.text()
    assert not dialog.unlock_button.isEnabled()
    # The recovery wrap went with the key file: a backup's key file is the way on.
    assert not dialog.forgot_button.isEnabled() and dialog.forgot_button.isHidden()
    assert dialog.restore_button.isVisible()


def test_a_file_that_is_not_a_database_is_named_so(qtbot, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "notes.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    i18n.apply_language("kk")
    dialog = _dialog(qtbot, path)
    assert dialog.error.text() == (
        f"{path} — Qadam дерекқоры емес (бұл шифрланбаған SQLite файлы)."
    )
    assert not dialog.unlock_button.isEnabled()


def test_escape_does_not_abandon_a_running_unlock(qtbot, database) -> None:
    dialog = _dialog(qtbot, database.path)
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock_button.click()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)


def test_the_error_does_not_squash_the_form(qtbot, database) -> None:  # noqa: ANN001
    """With the Forgot passphrase? button in the row, the dialog kept its first height and Qt
    squashed the fields to make room for the message."""
    i18n.apply_language("kk")
    dialog = _dialog(qtbot, database.path)
    _unlock(qtbot, dialog, "not the passphrase")
    for field in (dialog.language, dialog.user, dialog.passphrase):
        assert field.height() >= field.minimumSizeHint().height()
