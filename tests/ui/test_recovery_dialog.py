"""Forgot passphrase: from the unlock dialog to a new passphrase, with a real district database.

The laptop's database is real SQLCipher with its data key wrapped to a real district's recovery
key; the district's answer is made by `python -m district answer-recovery` itself. Only the
file chooser is replaced (a native dialog cannot run offscreen): the tests pass the paths to
the same methods the buttons call, and one test drives the buttons with QFileDialog patched.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.services import recovery, session
from desktop.storage.keys import KdfParams, Keyring
from desktop.ui import i18n
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.ui.unlock_dialog import UnlockDialog
from district import admin

FORGOTTEN = "горы Алтая 2020"
NEW = "Жаңа құпия сөз 2027"


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[Path, str]:
    """A laptop database wrapped to a district's recovery key; the district's URL."""
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", "551600000",
                       "--name", "Аудан"]) == 0
    key_file = tmp_path / "recovery.pub"
    assert admin.main(["--database", url, "recovery-key", "--out", str(key_file)]) == 0
    path = tmp_path / "data" / "qadam.db"
    session.create(path, "admin", "Әсем Нұрланқызы", FORGOTTEN, KdfParams(),
                   recovery_key=X25519PublicKey.from_public_bytes(key_file.read_bytes())
                   ).close()
    return path, url


def district_answers(url: str, request: Path, code: str, out: Path) -> Path:
    assert admin.main(["--database", url, "answer-recovery", str(request), "--out", str(out),
                       "--operator", "Оператор", "--code", code]) == 0
    return out


def open_recovery(qtbot, path: Path) -> tuple[UnlockDialog, RecoveryDialog]:  # noqa: ANN001
    unlock = UnlockDialog(path)
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.forgot_button.isVisible() and unlock.forgot_button.isEnabled()
    unlock.forgot_button.click()
    dialog = unlock.recovery_dialog
    assert isinstance(dialog, RecoveryDialog) and dialog.isVisible()
    return unlock, dialog


def fill_and_submit(qtbot, dialog: RecoveryDialog, response: Path,  # noqa: ANN001
                    new: str, repeat: str | None = None) -> None:
    dialog.response_path.setText(str(response))
    dialog.new_passphrase.setText(new)
    dialog.repeat.setText(new if repeat is None else repeat)
    dialog.recover_button.click()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=20_000)


def test_forgot_passphrase_leads_to_a_new_one_and_unlocks(qtbot, laptop, tmp_path) -> None:  # noqa: ANN001
    path, url = laptop
    unlock, dialog = open_recovery(qtbot, path)
    assert not dialog.code_label.isVisible()
    request = tmp_path / "usb" / "request.json"
    request.parent.mkdir()
    dialog.save_request(request)
    code = json.loads(request.read_text(encoding="utf-8"))["code"]
    assert dialog.code_label.isVisible() and code in dialog.code_label.text()
    assert str(request) in dialog.code_label.text()

    response = district_answers(url, request, code, tmp_path / "usb" / "response.json")
    fill_and_submit(qtbot, dialog, response, NEW)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert unlock.result() == QDialog.DialogCode.Accepted
    assert unlock.store is not None and unlock.store.actor.username == "admin"
    assert unlock.store.db.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    unlock.store.close()
    session.unlock(path, "admin", NEW).close()


def test_a_waiting_request_is_shown_again_and_bad_answers_change_nothing(
        qtbot, laptop, tmp_path) -> None:  # noqa: ANN001
    path, url = laptop
    made = recovery.make_request(path, "admin", tmp_path / "request.json")
    i18n.apply_language("ru")
    _, dialog = open_recovery(qtbot, path)
    assert made.code in dialog.code_label.text()  # the code survives closing the dialog
    assert "Запрос ждёт ответа" in dialog.code_label.text()

    fill_and_submit(qtbot, dialog, tmp_path / "response.json", NEW, "другая фраза 2027")
    assert dialog.error.text() == "Парольные фразы не совпадают."

    fill_and_submit(qtbot, dialog, made.path, NEW)  # the request, not the response
    assert "не является файлом восстановления Qadam" in dialog.error.text()

    fill_and_submit(qtbot, dialog, tmp_path / "nowhere.json", NEW)
    assert "не удалось прочитать" in dialog.error.text()

    response = district_answers(url, made.path, made.code, tmp_path / "response.json")
    body = json.loads(response.read_text(encoding="utf-8"))
    body["operator"] = "Кто-то другой"
    response.write_text(json.dumps(body), encoding="utf-8")
    keys_before = Keyring.path_for(path).read_bytes()
    fill_and_submit(qtbot, dialog, response, NEW)
    assert "изменён или повреждён" in dialog.error.text()
    assert dialog.isVisible() and dialog.store is None
    assert Keyring.path_for(path).read_bytes() == keys_before
    session.unlock(path, "admin", FORGOTTEN).close()


def test_the_buttons_use_the_file_choosers(qtbot, laptop, tmp_path,  # noqa: ANN001
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = laptop
    target = tmp_path / "chosen.json"
    # A native file dialog cannot run offscreen: answer it as a person would.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "r.json"), "")))
    _, dialog = open_recovery(qtbot, path)
    dialog.save_button.click()
    assert target.exists() and dialog.code_label.isVisible()
    dialog.browse_button.click()
    assert dialog.response_path.text() == str(tmp_path / "r.json")


def test_a_database_without_a_recovery_key_says_so(qtbot, database) -> None:  # noqa: ANN001
    i18n.apply_language("kk")
    _, dialog = open_recovery(qtbot, database.path)
    dialog.save_request(database.path.parent / "request.json")
    assert dialog.error.text().startswith("Бұл дерекқорда ауданның қалпына келтіру кілті жоқ")
    assert not (database.path.parent / "request.json").exists()
    assert not dialog.code_label.isVisible()


def test_an_enrolled_laptop_asks_and_gets_the_answer_online(qtbot, tmp_path) -> None:  # noqa: ANN001
    """A real district server on loopback; the administrator answers on its command line."""
    from desktop.services import sync
    from district.app import create_app
    from district.db import Database as DistrictDatabase
    from tests.support.sync_harness import ServerThread

    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", "551600000",
                       "--name", "Аудан"]) == 0
    assert admin.main(["--database", url, "add-okrug", "--kato", "551610000",
                       "--name", "Ауыл"]) == 0
    district_db = DistrictDatabase(url)
    code = admin.enrolment_code(district_db, "551610000", 1)
    district_db.close()
    path = tmp_path / "data" / "qadam.db"
    with ServerThread(create_app, url) as server:
        store = session.create(path, "admin", "Әсем", FORGOTTEN, KdfParams(),
                               okrug_kato="551610000")
        sync.enrol(store, server.base_url, code, "ауыл-1")
        store.close()

        unlock, dialog = open_recovery(qtbot, path)
        assert dialog.send_button.isVisible() and dialog.fetch_button.isVisible()
        dialog.send_button.click()
        qtbot.waitUntil(lambda: not dialog.busy.running, timeout=20_000)
        assert "Sent to the district server" in dialog.code_label.text()
        read_out = recovery.pending_request(path)["code"]
        assert read_out in dialog.code_label.text()

        dialog.fetch_button.click()
        qtbot.waitUntil(lambda: not dialog.busy.running, timeout=20_000)
        assert dialog.error.text() == ("The district has not answered yet. Try again after "
                                       "the phone call.")
        assert admin.main(["--database", url, "answer-recovery", "--code", read_out,
                           "--operator", "Оператор"]) == 0
        dialog.fetch_button.click()
        qtbot.waitUntil(lambda: not dialog.busy.running, timeout=20_000)
        assert dialog.response_path.text() == str(recovery.fetched_path(path))

        fill_and_submit(qtbot, dialog, recovery.fetched_path(path), NEW)
        assert unlock.result() == QDialog.DialogCode.Accepted and unlock.store is not None
        unlock.store.close()
    session.unlock(path, "admin", NEW).close()


def test_a_laptop_that_never_enrolled_has_no_online_buttons(qtbot, laptop) -> None:  # noqa: ANN001
    _, dialog = open_recovery(qtbot, laptop[0])
    assert not dialog.send_button.isVisible() and not dialog.fetch_button.isVisible()
