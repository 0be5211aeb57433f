"""Autosaved drafts: typed input survives a crash, is offered back, and belongs to its user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import build_main_window
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.services import drafts, session
from desktop.services.applicants import applicant_details, find_by_iin
from desktop.storage.keys import KdfParams
from desktop.storage.migrations import RECORD_TABLES
from desktop.storage.store import Store
from desktop.ui import autosave, i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.autosave import offer_left_drafts
from desktop.ui.case_form import CaseForm
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import wait_for_background
from tests.ui.conftest import Database, close_every_window
from tests.ui.test_applicant_card import type_text

NEW_IIN = make_iin(date(1994, 5, 17), "female", 4321)
OTHER_PASSPHRASE = "Бота Сәрсенова 2026"


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same debounce, in tenths of the real seconds, so the suite stays quick."""
    monkeypatch.setattr(autosave, "IDLE_MS", 200)
    monkeypatch.setattr(autosave, "MAX_WAIT_MS", 500)


def _show(qtbot, widget):  # noqa: ANN001, ANN202
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _draft(store: Store, form: str = drafts.APPLICANT) -> list[drafts.Draft]:
    wait_for_background()
    return drafts.list_drafts(store, form)


def _wait_for_draft(qtbot, store: Store, check, form: str = drafts.APPLICANT) -> drafts.Draft:  # noqa: ANN001
    """Until the autosave has written a draft `check(values)` accepts."""
    found: list[drafts.Draft] = []

    def written() -> bool:
        found[:] = [d for d in _draft(store, form) if check(d.values)]
        return bool(found)

    qtbot.waitUntil(written, timeout=10_000)
    return found[0]


def _crash(widget) -> None:  # noqa: ANN001
    """The process dies with the form open: no closeEvent, no reject, no save."""
    shiboken6.delete(widget)
    wait_for_background()


def _reopen(database: Database, store: Store, username: str = "admin",
            passphrase: str | None = None) -> Store:
    store.close()
    return session.unlock(database.path, username, passphrase or database.passphrase)


@pytest.fixture
def reopened(database: Database) -> Iterator[list[Store]]:
    """Stores opened again in a test (closed at the end)."""
    stores: list[Store] = []
    yield stores
    close_every_window()  # no window over them outlives them
    for opened in stores:
        opened.close()


def _person(store: Store) -> str:
    return store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]


def _restore(qtbot, form) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: form.autosave.prompt is not None, timeout=5000)
    prompt = form.autosave.prompt
    assert prompt.isVisible()
    prompt.restore_button.click()


def test_typing_in_a_card_survives_a_crash_and_is_offered_back(
    qtbot, database: Database, reopened: list[Store]
) -> None:
    store = session.unlock(database.path, database.username, database.passphrase)
    person_id = _person(store)
    card = _show(qtbot, ApplicantCard(store, person_id))
    card.phone.clear()
    type_text(card.phone, "+7 701 555 12 34")
    type_text(card.address, ", үй 7")
    typed_address = card.address.text()
    _wait_for_draft(qtbot, store, lambda v: v["phone"] == "+7 701 555 12 34"
                    and v["address"] == typed_address)
    _crash(card)
    store = _reopen(database, store)
    reopened.append(store)

    card = _show(qtbot, ApplicantCard(store, person_id))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    assert card.phone.text() != "+7 701 555 12 34"  # nothing restored before the answer
    _restore(qtbot, card)
    assert card.phone.text() == "+7 701 555 12 34"
    assert card.address.text() == typed_address
    assert card.is_dirty()  # restored, not saved: saving is still the person's choice


def test_the_prompt_says_when_the_input_was_typed(
    qtbot, store: Store, database: Database
) -> None:
    i18n.apply_language("ru", remember=False)
    person_id = _person(store)
    card = _show(qtbot, ApplicantCard(store, person_id))
    type_text(card.address, "!")
    draft = _wait_for_draft(qtbot, store, lambda v: v["address"].endswith("!"))
    card.done(0)
    card = _show(qtbot, ApplicantCard(store, person_id))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    qtbot.waitUntil(lambda: card.autosave.prompt is not None, timeout=5000)
    prompt = card.autosave.prompt
    when = autosave.when_text(draft)
    assert prompt.text() == f"Найден несохранённый ввод от {when}. Восстановить его?"
    assert sorted(b.text() for b in prompt.buttons()) == ["&Восстановить", "&Отбросить"]
    prompt.restore_button.click()


def test_a_new_applicant_after_a_crash_is_offered_at_unlock(
    qtbot, database: Database, reopened: list[Store]
) -> None:
    store = session.unlock(database.path, database.username, database.passphrase)
    card = _show(qtbot, ApplicantCard(store))
    type_text(card.iin, NEW_IIN)
    type_text(card.last_name, "Серікбаева")
    type_text(card.first_name, "Әйгерім")
    card.category_checks["unemployed"].setChecked(True)
    _wait_for_draft(qtbot, store, lambda v: v["first_name"] == "Әйгерім" and v["categories"])
    _crash(card)
    store = _reopen(database, store)
    reopened.append(store)

    window = build_main_window(store)
    qtbot.addWidget(window)
    _show(qtbot, window)
    box = offer_left_drafts(window)
    assert box is not None and box.isVisible()
    assert "new applicant" in box.text()
    box.restore_button.click()
    card = window.applicant_card
    assert card is not None and card.person_id is None
    assert (card.iin.text(), card.last_name.text(), card.first_name.text()) == (
        NEW_IIN, "Серікбаева", "Әйгерім")
    assert card.category_checks["unemployed"].isChecked()
    assert card.save_button.isEnabled()  # the ИИН check ran on the restored number
    with qtbot.waitSignal(card.saved, timeout=5000):
        card.save_button.click()
    assert find_by_iin(store, NEW_IIN) is not None
    assert _draft(store) == []  # saved: the draft is gone
    _close_window(window)


def _close_window(window: MainWindow) -> None:
    if window.applicant_card is not None:
        window.applicant_card.done(0)
    window.hide()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_saving_deletes_the_draft(qtbot, store: Store) -> None:
    card = _show(qtbot, ApplicantCard(store, _person(store)))
    type_text(card.phone, "0")
    _wait_for_draft(qtbot, store, lambda v: v["phone"].endswith("0"))
    with qtbot.waitSignal(card.saved, timeout=5000):
        card.save_button.click()
    assert _draft(store) == []


def test_discarding_deletes_the_draft(qtbot, store: Store) -> None:
    card = _show(qtbot, ApplicantCard(store))
    type_text(card.last_name, "Сер")
    _wait_for_draft(qtbot, store, lambda v: v["last_name"] == "Сер")
    qtbot.keyClick(card.last_name, Qt.Key.Key_Escape)
    card.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not card.isVisible()
    assert _draft(store) == []


def test_discard_in_the_prompt_deletes_the_draft_and_keeps_the_record(
    qtbot, store: Store
) -> None:
    person_id = _person(store)
    before = applicant_details(store, person_id)["phone"]
    card = _show(qtbot, ApplicantCard(store, person_id))
    type_text(card.phone, "99")
    _wait_for_draft(qtbot, store, lambda v: v["phone"].endswith("99"))
    card.done(0)  # closed without the question (as a crash would)
    card = _show(qtbot, ApplicantCard(store, person_id))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    qtbot.waitUntil(lambda: card.autosave.prompt is not None, timeout=5000)
    discard = next(b for b in card.autosave.prompt.buttons()
                   if b is not card.autosave.prompt.restore_button)
    discard.click()
    assert _draft(store) == []
    assert card.phone.text() == (before or "")


def test_undoing_the_typing_deletes_the_draft(qtbot, store: Store) -> None:
    card = _show(qtbot, ApplicantCard(store))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    type_text(card.last_name, "С")
    _wait_for_draft(qtbot, store, lambda v: v["last_name"] == "С")
    card.last_name.clear()
    qtbot.waitUntil(lambda: _draft(store) == [], timeout=5000)


def test_typing_without_a_pause_is_still_saved_every_few_seconds(
    qtbot, store: Store
) -> None:
    """The idle delay alone would wait for a pause; the longest wait writes during typing."""
    card = _show(qtbot, ApplicantCard(store))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    typed = ""
    for char in "Серікбаева Әйгерім Нұрланқызы":
        type_text(card.address, char)
        typed += char
        qtbot.wait(50)  # faster than the 200 ms idle delay: never a pause long enough
        if _draft(store):
            break
    drafts_now = _draft(store)
    assert drafts_now, "nothing was written while the person kept typing"
    assert typed.startswith(drafts_now[0].values["address"])
    assert len(typed) < len("Серікбаева Әйгерім Нұрланқызы")  # written before typing stopped


def test_a_draft_writes_no_change_log_and_no_audit(qtbot, store: Store) -> None:
    assert "drafts" not in RECORD_TABLES
    count = "SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM audit_log)"
    before = store.db.execute(count).fetchone()
    card = _show(qtbot, ApplicantCard(store))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    type_text(card.last_name, "Жаңа")
    _wait_for_draft(qtbot, store, lambda v: v["last_name"] == "Жаңа")
    assert store.db.execute(count).fetchone() == before


def test_a_draft_of_one_user_is_never_offered_to_another(
    qtbot, store: Store, database: Database, reopened: list[Store]
) -> None:
    session.add_user(store, database.passphrase, "bota", "Бота Сәрсенова",
                     Role.VILLAGE_SPECIALIST, OTHER_PASSPHRASE, KdfParams())
    person_id = _person(store)
    card = _show(qtbot, ApplicantCard(store, person_id))
    type_text(card.address, " (А)")
    _wait_for_draft(qtbot, store, lambda v: v["address"].endswith("(А)"))
    new_card = _show(qtbot, ApplicantCard(store))
    type_text(new_card.last_name, "Әкімова")
    _wait_for_draft(qtbot, store, lambda v: v["last_name"] == "Әкімова")
    card.done(0)
    new_card.done(0)
    wait_for_background()

    bota = session.unlock(database.path, "bota", OTHER_PASSPHRASE)
    reopened.append(bota)
    assert drafts.list_drafts(bota) == []
    window = build_main_window(bota)
    qtbot.addWidget(window)
    assert offer_left_drafts(window) is None  # admin's new applicant is not offered
    other = _show(qtbot, ApplicantCard(bota, person_id))
    qtbot.addWidget(other, before_close_func=lambda c: c.done(0))
    qtbot.wait(100)
    assert other.autosave.prompt is None
    assert not other.address.text().endswith("(А)")
    _close_window(window)
    assert len(drafts.list_drafts(store)) == 2  # admin's drafts are kept for admin


def test_drafts_survive_a_lock_and_unlock(qtbot, store: Store, database: Database) -> None:
    from desktop.app import install_autolock

    window = build_main_window(store)
    _show(qtbot, window)
    lock = install_autolock(window, timeout_ms=0)
    try:
        card = window.new_applicant()
        type_text(card.last_name, "Құлмағамбетова")
        _wait_for_draft(qtbot, store, lambda v: v["last_name"] == "Құлмағамбетова")
        lock.lock()
        assert not card.isVisible()
        assert _draft(store)[0].values["last_name"] == "Құлмағамбетова"
        lock.dialog.passphrase.setText(database.passphrase)
        lock.dialog.unlock_button.click()
        qtbot.waitUntil(lambda: card.isVisible(), timeout=10_000)
        assert card.last_name.text() == "Құлмағамбетова"
        assert _draft(store)[0].values["last_name"] == "Құлмағамбетова"
    finally:
        lock.uninstall()
        _close_window(window)


def test_a_case_form_survives_a_crash_and_is_offered_back(
    qtbot, database: Database, reopened: list[Store]
) -> None:
    store = session.unlock(database.path, database.username, database.passphrase)
    person_id = _person(store)
    form = _show(qtbot, CaseForm(store, person_id, today=date(2026, 3, 2)))
    form.direction.setCurrentIndex(form.direction.findData("1"))
    form.measure.setCurrentIndex(form.measure.findData("social_job"))
    type_text(form.wage, "85000")
    _wait_for_draft(qtbot, store, lambda v: v["wage"] == "85000", form=drafts.CASE)
    _crash(form)
    store = _reopen(database, store)
    reopened.append(store)

    window = build_main_window(store)
    qtbot.addWidget(window)
    box = offer_left_drafts(window)
    assert box is not None and "new case" in box.text()
    box.restore_button.click()
    form = window.applicant_card.case_form
    assert form is not None and form.person_id == person_id
    assert form.measure.currentData() == "social_job"
    assert form.wage.text() == "85000"
    assert form.result is not None and form.result.amount is not None  # recalculated
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    assert _draft(store, drafts.CASE) == []
    form.done(0)
    _close_window(window)


def test_closing_a_case_form_with_typed_input_asks_first(qtbot, store: Store) -> None:
    form = _show(qtbot, CaseForm(store, _person(store), today=date(2026, 3, 2)))
    qtbot.addWidget(form, before_close_func=lambda f: f.done(0))
    form.measure.setCurrentIndex(form.measure.count() - 1)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = form.autosave.prompt
    assert box is not None and box.isVisible() and form.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert form.isVisible()
    form.close_button.click()
    form.autosave.prompt.button(QMessageBox.StandardButton.Discard).click()
    assert not form.isVisible()
    assert _draft(store, drafts.CASE) == []


def test_a_draft_is_only_in_the_encrypted_file(qtbot, store: Store, database: Database,
                                               isolated_settings: Path) -> None:
    card = _show(qtbot, ApplicantCard(store))
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    type_text(card.last_name, "Ерғалиқызы")
    _wait_for_draft(qtbot, store, lambda v: v["last_name"] == "Ерғалиқызы")
    needle = "Ерғалиқызы".encode()
    files = [p for p in (*database.path.parent.rglob("*"), *isolated_settings.rglob("*"))
             if p.is_file()]
    assert files
    assert [p.name for p in files if needle in p.read_bytes()] == []
