"""A revoked computer is told what to do in the server dialog, in English, Kazakh and Russian,
and enrols again there with a new code: its unsent records then go up. A real district (uvicorn
on 127.0.0.1), a real encrypted database, real Qt widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import session
from desktop.services import sync as sync_service
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store
from desktop.sync import errors
from desktop.ui import i18n
from desktop.ui.server_dialog import ServerDialog
from district import admin
from district.db import Database
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_sync_ui import OKRUG_KATO, WAIT_MS, District, _register, district

__all__ = ["district"]  # the module's fixture, used by name

REVOKED = {
    "en": "This computer's access was withdrawn by the district. Ask for a new enrolment code "
          "and enrol again; nothing is lost.",
    "kk": "Аудан бұл компьютердің қолжетімділігін кері қайтарып алды. Жаңа тіркеу кодын сұрап, "
          "компьютерді қайта тіркеңіз; ештеңе жоғалмайды.",
    "ru": "Район отозвал доступ этого компьютера. Попросите новый код регистрации и "
          "зарегистрируйте компьютер заново; ничего не потеряно.",
}


@pytest.fixture
def revoked(tmp_path: Path, district: District) -> Iterator[Store]:
    """An enrolled village computer the district revoked, with a record not yet sent."""
    store = session.create(tmp_path / "village" / "qadam.db", "admin", "Маман", PASSPHRASE,
                           KdfParams(), okrug_kato=OKRUG_KATO)
    sync_service.enrol(store, district.base_url, district.code(OKRUG_KATO), "village")
    db = Database(district.url)
    admin.revoke_device(db, store.device_id)
    db.close()
    _register(store, 901)
    with pytest.raises(errors.Revoked):
        sync_service.sync_now(store)
    yield store
    store.close()


STATUS = {"en": "Access withdrawn: enrol again", "kk": "Қолжетімділік алынды: қайта тіркеңіз",
          "ru": "Доступ отозван: зарегистрируйтесь заново"}


def test_the_status_bar_says_a_revoked_computer_must_enrol_again(
        qtbot, revoked: Store) -> None:  # noqa: ANN001
    from desktop.ui.sync_status import SyncStatusWidget

    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.set_status(sync_service.status(revoked))
    for language in ("en", "kk", "ru"):
        i18n.apply_language(language)
        assert widget.summary().startswith(STATUS[language])
        assert widget.last.toolTip() == REVOKED[language]
    i18n.apply_language("en")
    status = sync_service.status(revoked)  # the refused records count as unsent, not "sent"
    assert status.sent == 0 and status.pending == 2  # the administrator and the person
    assert widget.pending.text() == "Not sent: 2"


def test_the_server_dialog_tells_a_revoked_computer_to_enrol_again(
        qtbot, revoked: Store, district: District) -> None:  # noqa: ANN001
    dialog = ServerDialog(revoked)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=WAIT_MS)
    assert form.error.text() == REVOKED["en"]
    assert form.again.isVisible() and form.again.isChecked()
    assert not form.done.isVisible()  # not "This computer is enrolled"
    for language in ("kk", "ru"):
        i18n.apply_language(language)
        assert form.error.text() == REVOKED[language]
    i18n.apply_language("en")

    form.code.setText(district.code(OKRUG_KATO))
    with qtbot.waitSignal(form.enrolled, timeout=WAIT_MS):
        dialog.enrol_button.click()
    assert not form.error.isVisible() and form.done.isVisible()
    assert not sync_service.enrolment(revoked).revoked
    report = sync_service.sync_now(revoked)
    assert report.accepted >= 1 and sync_service.status(revoked).pending == 0
    dialog.close()
