"""Auto-lock: idle time hides every window behind the passphrase; nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.app import build_main_window, install_autolock
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.autolock import MINUTES_KEY, AutoLock, saved_minutes
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import wait_for_background

TINY_MS = 500
WRONG = {
    "kk": "Құпия фраза қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.",
    "ru": "Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте "
    "ещё раз.",
}


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # noqa: ANN001
    main = build_main_window(store)
    main.show()
    qtbot.waitExposed(main)
    yield main
    wait_for_background()
    # Before the store closes: a late language change must not reach a view over it.
    shiboken6.delete(main)


@pytest.fixture
def autolock(window: MainWindow) -> Iterator[AutoLock]:
    lock = install_autolock(window, timeout_ms=TINY_MS)
    yield lock
    lock.uninstall()


def _unlock(qtbot, lock: AutoLock, passphrase: str) -> None:  # noqa: ANN001
    lock.dialog.passphrase.setText(passphrase)
    lock.dialog.unlock_button.click()
    assert lock.dialog.busy.running and not lock.dialog.form_widget.isEnabled()
    qtbot.waitUntil(lambda: not lock.dialog.busy.running, timeout=10_000)


def test_idle_time_locks_the_window(qtbot, window: MainWindow, autolock: AutoLock) -> None:
    assert not autolock.locked
    qtbot.waitUntil(lambda: autolock.locked, timeout=5_000)
    assert not window.isVisible()
    assert autolock.dialog.isVisible() and autolock.dialog.isModal()
    assert "admin" in autolock.dialog.intro.text()


def test_input_resets_the_idle_timer(qtbot, window: MainWindow, autolock: AutoLock) -> None:
    center = QPointF(window.table.viewport().rect().center())
    for step in range(14):  # 14 × 50 ms of activity: well past the 500 ms timeout
        if step % 2:
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(window.search, press)
        else:
            move = QMouseEvent(
                QEvent.Type.MouseMove,
                center,
                center,
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(window.table.viewport(), move)
        qtbot.wait(50)
        assert not autolock.locked
    qtbot.waitUntil(lambda: autolock.locked, timeout=5_000)  # and idle again: it locks


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_a_wrong_passphrase_keeps_it_locked(
    qtbot, window: MainWindow, autolock: AutoLock, code: str
) -> None:
    i18n.apply_language(code, remember=False)
    autolock.lock()
    _unlock(qtbot, autolock, "not the passphrase")
    assert autolock.locked and not window.isVisible()
    assert autolock.dialog.error.isVisible()
    assert autolock.dialog.error.text() == WRONG[code]
    assert autolock.dialog.windowTitle() != "Qadam — locked"  # translated too


def test_esc_and_closing_do_not_dismiss_the_lock(
    qtbot, window: MainWindow, autolock: AutoLock
) -> None:
    autolock.lock()
    qtbot.keyClick(autolock.dialog, Qt.Key.Key_Escape)
    assert autolock.dialog.isVisible()
    assert not autolock.dialog.close()
    assert autolock.locked and not window.isVisible()


def test_the_right_passphrase_restores_an_open_card_with_its_text(
    qtbot, database, window: MainWindow, autolock: AutoLock
) -> None:
    card = window.new_applicant()
    qtbot.waitExposed(card)
    card.last_name.setText("Сейітқали")
    report_hidden_before = window.report_window is None
    autolock.lock()
    assert not card.isVisible() and not window.isVisible()
    _unlock(qtbot, autolock, database.passphrase)
    assert not autolock.locked
    assert window.isVisible() and card.isVisible()
    assert card.last_name.text() == "Сейітқали"
    assert report_hidden_before and window.report_window is None  # nothing else appeared
    qtbot.waitUntil(lambda: autolock.locked, timeout=5_000)  # the timer runs again
    card.done(0)


def test_zero_minutes_never_locks(qtbot, window: MainWindow) -> None:
    i18n.settings().setValue(MINUTES_KEY, 0)
    assert saved_minutes() == 0
    lock = install_autolock(window)
    try:
        assert lock.timeout_ms == 0 and not lock.timer.isActive()
        QApplication.sendEvent(
            window.search,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
        )
        qtbot.wait(200)
        assert not lock.timer.isActive() and not lock.locked
    finally:
        lock.uninstall()


def test_minutes_default_to_ten(qtbot, window: MainWindow) -> None:
    assert saved_minutes() == 10
    lock = install_autolock(window)
    try:
        assert lock.timeout_ms == 10 * 60_000 and lock.timer.isActive()
    finally:
        lock.uninstall()


def test_ctrl_l_locks_at_once(qtbot, window: MainWindow, autolock: AutoLock) -> None:
    assert autolock.lock_action in window.file_menu.actions()
    assert autolock.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.keyClick(window.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert autolock.locked and not window.isVisible()


def test_the_minutes_are_set_from_the_file_menu(qtbot, window: MainWindow) -> None:
    lock = install_autolock(window)
    try:
        assert lock.minutes_action in window.file_menu.actions()
        lock.minutes_action.trigger()
        dialog = lock.minutes_dialog
        assert dialog is not None and dialog.isVisible() and dialog.intValue() == 10
        dialog.setIntValue(3)
        dialog.accept()
        assert i18n.settings().value(MINUTES_KEY, type=int) == 3
        assert lock.timeout_ms == 3 * 60_000 and lock.timer.isActive()
        lock.set_minutes(0)
        assert saved_minutes() == 0 and not lock.timer.isActive()
    finally:
        lock.uninstall()


def test_the_menu_entries_are_translated(qtbot, window: MainWindow, autolock: AutoLock) -> None:
    i18n.apply_language("ru", remember=False)
    assert autolock.lock_action.text() == "&Заблокировать сейчас"
    i18n.apply_language("kk", remember=False)
    assert autolock.minutes_action.text() == "Автоқұлыптау &уақыты…"
