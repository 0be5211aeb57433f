"""The applicant card over a real encrypted database: live ИИН checks, save, history, roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import build_main_window
from desktop.domain.cases import CaseState
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.services.applicants import (
    ApplicantInput,
    applicant_details,
    find_applicants,
    find_by_iin,
    register_applicant,
)
from desktop.storage.store import Actor, Store
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.applicant_model import ApplicantTableModel as M
from desktop.ui.main_window import MainWindow

NEW_IIN = make_iin(date(1994, 5, 17), "female", 4321)
MISTYPED = NEW_IIN[:-1] + str((int(NEW_IIN[-1]) + 1) % 10)


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type any letters, one key event each (QTest.keyClicks asserts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _card(qtbot, store: Store, person_id: str | None = None) -> ApplicantCard:  # noqa: ANN001
    card = ApplicantCard(store, person_id)
    # done(), not close(): closing a card with typed text asks first and keeps it open.
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    card.show()
    qtbot.waitExposed(card)
    return card


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # noqa: ANN001
    """The main window, deleted before its store closes (even when a test fails)."""
    built = build_main_window(store)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    if built.applicant_card is not None:
        built.applicant_card.done(0)
    built.hide()
    built.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _fill_new(card: ApplicantCard) -> None:
    type_text(card.iin, NEW_IIN)
    type_text(card.last_name, "Серікбаева")
    type_text(card.first_name, "Әйгерім")
    card.category_checks["unemployed"].setChecked(True)


def test_a_valid_iin_fills_birth_date_and_sex(qtbot, store: Store) -> None:
    card = _card(qtbot, store)
    assert not card.save_button.isEnabled()
    type_text(card.iin, NEW_IIN[:6])
    assert "6 of 12" in card.iin_info.text() and not card.save_button.isEnabled()
    type_text(card.iin, NEW_IIN[6:])
    assert card.iin_info.text() == "Born 17/05/1994, female"
    assert card.iin_error.isHidden() and card.save_button.isEnabled()


def test_a_mistyped_iin_shows_the_reason_in_kazakh_and_russian(qtbot, store: Store) -> None:
    i18n.apply_language("kk", remember=False)
    card = _card(qtbot, store)
    type_text(card.iin, MISTYPED)
    assert not card.iin_error.isHidden()
    assert card.iin_error.text().startswith("Бақылау цифры")
    assert not card.save_button.isEnabled()
    i18n.apply_language("ru", remember=False)
    assert card.iin_error.text().startswith("Контрольная цифра")
    assert card.labels["last_name"].text() == "&Фамилия"
    assert card.category_checks["unemployed"].text() == "безработный"


def test_a_new_applicant_saved_appears_in_the_list(
    qtbot, store: Store, window: MainWindow
) -> None:
    window.new_applicant_action.trigger()
    card = window.applicant_card
    assert card is not None and card.windowTitle() == "New applicant"
    _fill_new(card)
    with qtbot.waitSignal(card.finished, timeout=5000):
        qtbot.keyClick(card.first_name, Qt.Key.Key_Return)  # Enter saves
    person = find_by_iin(store, NEW_IIN)
    assert person["first_name"] == "Әйгерім"
    assert applicant_details(store, person["id"])["categories"] == ["unemployed"]
    iins = [window.model.data(window.model.index(r, M.COL_IIN))
            for r in range(window.model.rowCount())]
    assert NEW_IIN in iins
    assert "51" in window.total_label.text()


def test_enter_on_a_row_opens_the_card_and_an_edit_shows_in_history(
    qtbot, store: Store, window: MainWindow
) -> None:
    window.table.setFocus()
    window.table.selectRow(0)
    person_id = window.model.data(window.model.index(0, 0), M.PersonIdRole)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    card = window.applicant_card
    assert card is not None and card.person_id == person_id
    assert card.iin_valid and card.save_button.isEnabled()
    card.first_name.setText("Жаңаат")
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    with qtbot.waitSignal(card.finished, timeout=5000):
        qtbot.keyClick(card.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert applicant_details(store, person_id)["first_name"] == "Жаңаат"
    assert "Жаңаат" in [window.model.data(window.model.index(r, M.COL_FIRST_NAME))
                        for r in range(window.model.rowCount())]
    reopened = _card(qtbot, store, person_id)
    history = reopened.history_table  # read on the worker once its tab is shown
    assert history.rowCount() == 0
    reopened.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reopened)
    qtbot.keyClick(reopened, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # History tab
    assert reopened.tabs.currentWidget() is history
    qtbot.waitUntil(lambda: history.rowCount() >= 2)
    assert history.item(0, 1).text() == "admin"
    assert history.item(0, 2).text() == "corrected"
    assert history.item(0, 3).text() == "First name"


def test_a_registered_iin_is_flagged_and_that_person_offered(qtbot, store: Store) -> None:
    known = find_applicants(store, "", 1)[0]
    card = _card(qtbot, store)
    opened = []
    card.open_person.connect(opened.append)
    type_text(card.iin, known["iin"])
    assert not card.warning.isHidden() and known["last_name"] in card.warning.text()
    assert not card.save_button.isEnabled() and not card.open_other.isHidden()
    card.open_other.click()
    assert opened == [known["id"]] and not card.isVisible()


def test_an_open_case_is_warned_about(qtbot, store: Store) -> None:
    data = ApplicantInput(NEW_IIN, "Серікбаева", "Әйгерім")
    person_id = register_applicant(store, data).record_id
    with store.transaction() as tx:
        tx.save("cases", {"number": "T-1", "person_id": person_id, "direction": "1",
                          "state": CaseState.SUBMITTED, "applied_on": "2026-02-01"})
    card = _card(qtbot, store, person_id)
    assert not card.warning.isHidden() and "T-1" in card.warning.text()
    assert card.cases_table.rowCount() == 1
    assert card.cases_table.item(0, 3).text() == "sent to the employment centre"


def test_an_auditor_cannot_save_and_sees_why(qtbot, store: Store) -> None:
    auditor = Store(store.opened, Actor(store.actor.user_id, "auditor", Role.AUDITOR))
    card = _card(qtbot, auditor)
    _fill_new(card)
    card.submit()
    qtbot.waitUntil(lambda: not card.error.isHidden(), timeout=5000)
    assert "auditor" in card.error.text() and card.isVisible()
    assert card.last_name.text() == "Серікбаева"  # everything typed is kept
    assert find_by_iin(store, NEW_IIN) is None


def test_escape_with_typed_text_asks_first(qtbot, store: Store) -> None:
    card = _card(qtbot, store)
    type_text(card.last_name, "Сер")
    qtbot.keyClick(card.last_name, Qt.Key.Key_Escape)
    box = card.discard_box
    assert box is not None and box.isVisible() and card.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert card.isVisible() and card.last_name.text() == "Сер"
    qtbot.keyClick(card.last_name, Qt.Key.Key_Escape)
    card.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not card.isVisible()


def test_escape_on_an_untouched_card_just_closes(qtbot, store: Store) -> None:
    card = _card(qtbot, store)
    qtbot.keyClick(card.iin, Qt.Key.Key_Escape)
    assert card.discard_box is None and not card.isVisible()


def test_a_double_click_on_a_row_opens_that_card(qtbot, window: MainWindow) -> None:
    rect = window.table.visualRect(window.model.index(1, M.COL_SURNAME))
    # A real double click starts with a click; QTest's mouseDClick sends only the second half.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = window.applicant_card
    assert card is not None
    assert card.person_id == window.model.data(window.model.index(1, 0), M.PersonIdRole)
    assert card.last_name.text() == window.model.data(window.model.index(1, M.COL_SURNAME))
    card.done(0)


def test_closing_the_window_with_a_typed_card_asks_first(qtbot, window: MainWindow) -> None:
    card = window.new_applicant()
    type_text(card.last_name, "Сер")
    assert not window.close()  # refused: the card asks about its typed text
    assert window.isVisible() and card.discard_box is not None
    card.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert window.close()


def test_a_service_error_is_shown_translated_and_the_typing_kept(qtbot, store: Store) -> None:
    i18n.apply_language("ru", remember=False)
    card = _card(qtbot, store)
    type_text(card.iin, NEW_IIN)
    type_text(card.last_name, "Серікбаева")  # no first name
    card.submit()
    qtbot.waitUntil(lambda: not card.error.isHidden(), timeout=5000)
    assert card.error.text() == "Фамилия и имя обязательны для заполнения."
    assert card.isVisible() and card.last_name.text() == "Серікбаева"
    assert find_by_iin(store, NEW_IIN) is None
