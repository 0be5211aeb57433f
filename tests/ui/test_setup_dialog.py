"""First-run setup: mistakes are explained inline and nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from desktop.storage.keys import MIN_PASSPHRASE_LENGTH, KdfParams
from desktop.ui import i18n
from desktop.ui.setup_dialog import SetupDialog

GOOD = "алтай таулары 2020"


def _dialog(qtbot, path: Path) -> SetupDialog:  # noqa: ANN001
    dialog = SetupDialog(path, kdf_factory=KdfParams)  # minimum Argon2id cost: fast tests
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Нұрланова Әйгерім Серікқызы")
    return dialog


def _typed(dialog: SetupDialog) -> tuple[str, ...]:
    fields = (dialog.path_edit, dialog.full_name, dialog.username, dialog.okrug)
    return tuple(f.text() for f in (*fields, dialog.passphrase, dialog.repeat))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "The two passphrases differ. Type the same passphrase twice."),
        ("ru", "Парольные фразы не совпадают. Введите одну и ту же фразу дважды."),
        ("kk", "Екі құпия фраза бірдей емес. Бір құпия фразаны екі рет теріңіз."),
    ],
)
def test_mismatched_passphrases_are_refused(
    qtbot, tmp_path: Path, code: str, expected: str
) -> None:
    i18n.apply_language(code)
    dialog = _dialog(qtbot, tmp_path / "q.db")
    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD + "!")
    before = _typed(dialog)
    dialog.create_button.click()
    assert dialog.error.text() == expected
    assert dialog.isVisible() and not dialog.busy.running
    assert _typed(dialog) == before
    assert not (tmp_path / "q.db").exists()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters."),
        ("kk", f"Құпия фраза кемінде {MIN_PASSPHRASE_LENGTH} таңбадан тұруы керек."),
    ],
)
def test_a_too_short_passphrase_is_refused(qtbot, tmp_path: Path, code: str, expected: str) -> None:
    i18n.apply_language(code)
    dialog = _dialog(qtbot, tmp_path / "q.db")
    short = "x" * (MIN_PASSPHRASE_LENGTH - 1)
    dialog.passphrase.setText(short)
    dialog.repeat.setText(short)
    dialog.create_button.click()
    assert dialog.error.text() == expected
    assert dialog.passphrase.text() == short and dialog.repeat.text() == short
    assert not (tmp_path / "q.db").exists()


def test_the_strength_hint_follows_typing(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "q.db")
    assert "At least" in dialog.hint.text()
    dialog.passphrase.setText("abc")
    assert dialog.hint.text() == f"Too short: 3 of at least {MIN_PASSPHRASE_LENGTH} characters."
    dialog.passphrase.setText("abcdefghijk")
    assert dialog.hint.text().startswith("Acceptable")
    dialog.passphrase.setText(GOOD)
    assert dialog.hint.text() == "Strong passphrase."


def test_a_bad_okrug_code_is_explained(qtbot, tmp_path: Path) -> None:
    i18n.apply_language("ru")
    dialog = _dialog(qtbot, tmp_path / "q.db")
    dialog.okrug.setText("63460300")
    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD)
    dialog.create_button.click()
    assert dialog.error.text() == "Код КАТО должен состоять из 9 цифр"
    dialog.okrug.setText("634603100")  # a settlement, not an okrug
    dialog.create_button.click()
    assert dialog.error.text().startswith("Это не код сельского округа")


def test_required_fields_are_asked_for(qtbot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "q.db")
    dialog.full_name.clear()
    dialog.create_button.click()
    assert dialog.error.text() == "Enter your full name."
    assert dialog.full_name.hasFocus() or not dialog.isActiveWindow()


def test_setup_creates_the_database_off_the_gui_thread(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "office" / "qadam.db"
    dialog = _dialog(qtbot, path)
    dialog.username.setText("aigerim")
    dialog.okrug.setText("634 603 000")
    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.create_button.click()
        assert dialog.busy.running and not dialog.form_widget.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    try:
        assert dialog.store.actor.username == "aigerim"
    finally:
        dialog.store.close()
    assert path.exists()


def test_an_existing_database_is_not_overwritten(qtbot, database) -> None:  # noqa: ANN001
    i18n.apply_language("kk")
    dialog = _dialog(qtbot, database.path)
    dialog.passphrase.setText(GOOD)
    dialog.repeat.setText(GOOD)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=10_000)
    assert dialog.error.text() == (
        f"{database.path} орнында дерекқор бар; басқа орын таңдаңыз немесе оны ашыңыз."
    )
    assert dialog.isVisible() and dialog.store is None
    assert dialog.passphrase.text() == GOOD
