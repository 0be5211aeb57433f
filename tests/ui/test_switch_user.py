"""Switch user: the next person unlocks with their passphrase; nothing unsaved or unsynced lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from desktop.app import build_main_window, install_autolock, install_switch_user
from desktop.domain.enums import Role
from desktop.services import drafts, session
from desktop.storage.keys import KdfParams
from desktop.ui import autosave, i18n
from desktop.ui.switch_user import SHORTCUT, UserSwitcher
from desktop.ui.tasks import wait_for_background
from tests.ui.conftest import Database
from tests.ui.test_applicant_card import type_text
from tests.ui.test_autolock import WRONG

BOTA = "bota"
BOTA_PASSPHRASE = "Бота Сәрсенова 2026"
PENDING = "SELECT count(*), max(seq) FROM change_log WHERE status = 'pending'"


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave, "IDLE_MS", 200)
    monkeypatch.setattr(autosave, "MAX_WAIT_MS", 500)


@pytest.fixture
def switcher(qtbot, database: Database) -> Iterator[UserSwitcher]:  # noqa: ANN001
    """The app as run_gui composes it, with a second user, torn down whoever is signed in."""
    store = session.unlock(database.path, database.username, database.passphrase)
    session.add_user(store, database.passphrase, BOTA, "Бота Сәрсенова",
                     Role.VILLAGE_SPECIALIST, BOTA_PASSPHRASE, KdfParams())
    window = build_main_window(store)
    lock = install_autolock(window, timeout_ms=0)
    built = install_switch_user(window, lock)
    window.show()
    qtbot.waitExposed(window)
    yield built
    wait_for_background()
    if built.dialog is not None:
        built.dialog.done(0)
    built.autolock.uninstall()
    card = built.window.applicant_card
    if card is not None:
        card.done(0)
    shiboken6.delete(built.window)
    wait_for_background()
    built.store.close()
    built.deleteLater()


def _switch(qtbot, switcher: UserSwitcher, username: str, passphrase: str) -> None:  # noqa: ANN001
    dialog = switcher.switch()
    assert dialog.isVisible()
    dialog.user.setCurrentText(username)
    dialog.passphrase.setText(passphrase)
    dialog.switch_button.click()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)


def test_file_menu_has_switch_user_with_a_shortcut(switcher: UserSwitcher) -> None:
    action = switcher.window.switch_user_action
    assert action in switcher.window.file_menu.actions()
    assert action.shortcut() == SHORTCUT
    i18n.apply_language("kk", remember=False)
    assert action.text() == "Пайдаланушыны &ауыстыру…"


def test_another_user_takes_over_and_the_first_keeps_their_drafts(
    qtbot, switcher: UserSwitcher  # noqa: ANN001
) -> None:
    admin_window, admin_store = switcher.window, switcher.store
    pending_before = admin_store.db.execute(PENDING).fetchone()
    assert pending_before[0] > 0  # the demo data is not synchronised yet
    card = admin_window.new_applicant()
    type_text(card.last_name, "Серікб")  # typed a moment ago: no autosave yet

    _switch(qtbot, switcher, BOTA, BOTA_PASSPHRASE)
    assert switcher.store.actor.username == BOTA
    assert not shiboken6.isValid(admin_window)  # the previous user's windows are gone
    assert switcher.window.isVisible() and "bota" in switcher.window.windowTitle()
    assert switcher.window.applicant_card is None
    assert switcher.window.store is switcher.store
    assert switcher.autolock.dialog.username == BOTA  # the lock now asks bota's passphrase
    # The unsynchronised changes are exactly as they were, whoever is signed in.
    assert switcher.store.db.execute(PENDING).fetchone() == pending_before
    assert drafts.list_drafts(switcher.store) == []  # admin's input is not shown to bota
    assert getattr(switcher.window, "drafts_prompt", None) is None

    _switch(qtbot, switcher, "admin", "горы Алтая 2020")
    assert switcher.store.actor.username == "admin"
    prompt = switcher.window.drafts_prompt  # admin's own draft, offered back to admin
    assert prompt is not None and prompt.isVisible()
    prompt.restore_button.click()
    assert switcher.window.applicant_card.last_name.text() == "Серікб"
    assert switcher.store.db.execute(PENDING).fetchone() == pending_before


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_a_wrong_passphrase_says_so_and_loses_nothing(
    qtbot, switcher: UserSwitcher, code: str  # noqa: ANN001
) -> None:
    i18n.apply_language(code, remember=False)
    window, store = switcher.window, switcher.store
    card = window.new_applicant()
    type_text(card.last_name, "Нұрланова")
    _switch(qtbot, switcher, BOTA, "not bota's passphrase")
    dialog = switcher.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.error.text() == WRONG[code]
    assert not window.isVisible() and not card.isVisible()
    assert switcher.store is store
    dialog.cancel_button.click()
    assert window.isVisible() and card.isVisible()
    assert card.last_name.text() == "Нұрланова"
    assert switcher.dialog is None


def test_the_same_user_just_goes_on(qtbot, switcher: UserSwitcher) -> None:  # noqa: ANN001
    window, store = switcher.window, switcher.store
    card = window.new_applicant()
    type_text(card.first_name, "Әйгерім")
    _switch(qtbot, switcher, "admin", "горы Алтая 2020")
    assert switcher.window is window and switcher.store is store
    assert card.isVisible() and card.first_name.text() == "Әйгерім"
    wait_for_background()
    assert QApplication.activeModalWidget() is None or QApplication.activeModalWidget() is card
    assert [d.values["first_name"] for d in drafts.list_drafts(store)] == ["Әйгерім"]


def test_an_empty_passphrase_is_asked_for(qtbot, switcher: UserSwitcher) -> None:  # noqa: ANN001
    i18n.apply_language("ru", remember=False)
    dialog = switcher.switch()
    dialog.passphrase.clear()
    dialog.switch_button.click()
    assert dialog.error.text() == "Введите парольную фразу."
    assert not dialog.busy.running
    dialog.cancel_button.click()
    assert switcher.window.isVisible()

