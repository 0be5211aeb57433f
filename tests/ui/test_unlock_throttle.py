"""After wrong passphrases the unlock dialog says how long to wait and disables Unlock.

The clock, the sleep and the timer's ticks are injected: nothing here waits on the wall clock.
"""

from __future__ import annotations

import pytest

from desktop.storage import throttle
from desktop.ui import i18n
from desktop.ui.unlock_dialog import UnlockDialog
from tests.ui.test_unlock_dialog import _dialog as unlock_dialog
from tests.unit.test_throttle import FakeTime

WAIT = {
    "kk": "Келесі әрекетке дейін {} с күтіңіз.",
    "ru": "Подождите {} с перед следующей попыткой.",
    "en": "Wait {} s before the next try.",
}


def _dialog(qtbot, path, time: FakeTime) -> UnlockDialog:  # noqa: ANN001
    dialog = unlock_dialog(qtbot, path)
    dialog.wait.clock, dialog.wait.sleep = time.clock, time.sleep
    dialog.wait.refresh()  # as built, it read the real clock
    return dialog


def _try(qtbot, dialog, passphrase: str) -> None:  # noqa: ANN001
    dialog.passphrase.setText(passphrase)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_the_wait_is_said_and_unlock_disabled_until_it_passes(qtbot, database,
                                                              code: str) -> None:
    i18n.apply_language(code)
    time = FakeTime()
    dialog = _dialog(qtbot, database.path, time)
    for _ in range(3):
        _try(qtbot, dialog, "not the passphrase")
    assert dialog.wait.note.isVisible()
    assert dialog.wait.note.text() == WAIT[code].format(1)
    assert not dialog.unlock_button.isEnabled()
    assert dialog.passphrase.isEnabled()  # what was typed stays, and can be retyped

    time.now += 1
    dialog.wait.timer.timeout.emit()  # the timer's tick, without waiting a second
    assert not dialog.wait.note.isVisible() and dialog.unlock_button.isEnabled()

    _try(qtbot, dialog, "still not it")
    assert dialog.wait.note.text() == WAIT[code].format(2)
    assert not dialog.unlock_button.isEnabled()
    assert time.slept == []  # the dialog waited; the unwrap itself had nothing left to wait


def test_a_restart_does_not_clear_the_wait_and_the_right_passphrase_does(qtbot, database) -> None:
    i18n.apply_language("en")
    time = FakeTime()
    for _ in range(4):
        throttle.record_failure(database.path, time.clock)  # before the app was restarted
    dialog = _dialog(qtbot, database.path, time)
    assert dialog.wait.note.text() == WAIT["en"].format(2)
    assert not dialog.unlock_button.isEnabled()
    dialog.submit()  # Enter while waiting does nothing
    assert not dialog.busy.running

    time.now += 2
    dialog.wait.timer.timeout.emit()
    _try(qtbot, dialog, database.passphrase)
    assert dialog.store is not None
    dialog.store.close()
    assert throttle.failures(database.path) == 0


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_lock_screen_says_the_wait_too(qtbot, database, code: str) -> None:
    from desktop.ui.lock_dialog import LockDialog

    i18n.apply_language(code)
    time = FakeTime()
    dialog = LockDialog(database.path, "admin")
    qtbot.addWidget(dialog)
    dialog.wait.clock, dialog.wait.sleep = time.clock, time.sleep
    dialog.start()
    for _ in range(3):
        _try(qtbot, dialog, "not the passphrase")
    assert dialog.wait.note.isVisible() and dialog.wait.note.text() == WAIT[code].format(1)
    assert not dialog.unlock_button.isEnabled()
    dialog.submit()  # Enter while waiting does nothing
    assert not dialog.busy.running

    time.now += 1
    dialog.wait.timer.timeout.emit()
    assert dialog.unlock_button.isEnabled() and not dialog.wait.note.isVisible()
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        dialog.passphrase.setText(database.passphrase)
        dialog.unlock_button.click()
    assert throttle.failures(database.path) == 0
