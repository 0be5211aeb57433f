"""The card's Household and Documents tabs over a real encrypted demo database, by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from desktop.domain import clock
from desktop.domain.iin import make_iin
from desktop.services import documents, households
from desktop.services.applicants import ApplicantInput, find_by_iin, register_applicant
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.case_form import CaseForm
from desktop.ui.documents_tab import DocumentsModel
from desktop.ui.household_tab import HouseholdModel

APPLICANT = make_iin(date(1987, 3, 8), "female", 501)
CHILD = make_iin(date(2012, 9, 1), "male", 502)
NEIGHBOUR = make_iin(date(1979, 11, 30), "male", 503)


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type any letters, one key event each (QTest.keyClicks asserts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _applicant(store: Store, categories: list[str] | None = None) -> str:
    data = ApplicantInput(APPLICANT, "Сейітова", "Гүлнар", categories=categories or ["unemployed"])
    return register_applicant(store, data).record_id


def _card(qtbot, store: Store, person_id: str | None) -> ApplicantCard:  # noqa: ANN001
    card = ApplicantCard(store, person_id)
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    card.show()
    qtbot.waitExposed(card)
    card.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    return card


def _household(qtbot, card: ApplicantCard):  # noqa: ANN001, ANN202
    qtbot.keyClick(card.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentWidget() is card.household_tab
    assert card.household_tab.iin.hasFocus()  # ready to type a member's ИИН
    return card.household_tab


def test_a_member_added_by_keyboard_with_birth_date_and_sex_from_the_iin(
    qtbot, store: Store,  # noqa: ANN001
) -> None:
    person_id = _applicant(store)
    card = _card(qtbot, store, person_id)
    tab = _household(qtbot, card)
    assert "No household" in tab.summary.text()
    tab.iin.setFocus()
    type_text(tab.iin, CHILD)
    assert "born 01/09/2012, male" in tab.iin_info.text()
    type_text(tab.last_name, "Сейітов")
    type_text(tab.first_name, "Нұрасыл")
    tab.relation.setCurrentIndex(tab.relation.findData("child"))
    qtbot.keyClick(tab.first_name, Qt.Key.Key_Return)  # Enter adds; it does not save the card
    qtbot.waitUntil(lambda: tab.member_count() == 2, timeout=5000)
    assert card.isVisible() and card.result() == 0
    assert "Сейітов Нұрасыл was added" in tab.status.text()
    assert tab.summary.text().startswith("Household of 2: 1 of working age")
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Ho&usehold (2)"
    assert tab.iin.text() == "" and tab.iin.hasFocus()  # ready for the next member
    child = tab.model.members[1]
    assert (child["birth_date"], child["sex"], child["relation"]) == ("2012-09-01", "male",
                                                                      "child")


def test_an_existing_persons_iin_links_that_person(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    neighbour = register_applicant(store, ApplicantInput(NEIGHBOUR, "Жақсыбеков", "Марат"))
    card = _card(qtbot, store, person_id)
    tab = _household(qtbot, card)
    type_text(tab.iin, NEIGHBOUR)
    assert "Жақсыбеков Марат is already in the database" in tab.iin_info.text()
    assert tab.last_name.text() == "Жақсыбеков" and tab.last_name.isReadOnly()
    qtbot.keyClick(tab.iin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: tab.member_count() == 2, timeout=5000)
    assert "already in the database and is now linked" in tab.status.text()
    assert tab.model.members[1]["person_id"] == neighbour.record_id


def test_a_person_of_another_household_is_refused_in_russian(qtbot, store: Store) -> None:  # noqa: ANN001
    i18n.apply_language("ru", remember=False)
    person_id = _applicant(store)
    demo = store.db.execute(  # every demo person is in a household
        "SELECT p.iin, p.last_name FROM household_members m JOIN persons p ON p.id = m.person_id"
        " WHERE m.deleted = 0 AND m.relation != 'head' LIMIT 1").fetchone()
    card = _card(qtbot, store, person_id)
    tab = card.household_tab
    card.tabs.setCurrentWidget(tab)
    type_text(tab.iin, demo[0])
    assert "уже состоит в другом домохозяйстве" in tab.iin_info.text()
    qtbot.keyClick(tab.iin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.error.isHidden(), timeout=5000)
    assert "может состоять только в одном домохозяйстве" in tab.error.text()
    assert demo[1] in tab.error.text() and tab.iin.text() == demo[0]  # the typing is kept
    assert tab.member_count() == 0


def test_a_mistyped_iin_shows_the_reason_and_keeps_the_typing(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    card = _card(qtbot, store, person_id)
    tab = _household(qtbot, card)
    wrong = CHILD[:-1] + str((int(CHILD[-1]) + 1) % 10)
    type_text(tab.iin, wrong)
    assert not tab.iin_error.isHidden() and "check digit" in tab.iin_error.text().lower()
    type_text(tab.last_name, "Сейітов")
    type_text(tab.first_name, "Нұрасыл")
    qtbot.keyClick(tab.first_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.error.isHidden(), timeout=5000)
    assert "check digit" in tab.error.text().lower()
    assert (tab.iin.text(), tab.first_name.text()) == (wrong, "Нұрасыл")
    assert find_by_iin(store, CHILD) is None


def test_delete_asks_first_then_removes_the_member(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    households.add_member(store, person_id,
                          households.MemberInput(CHILD, "child", "Сейітов", "Нұрасыл"))
    card = _card(qtbot, store, person_id)
    tab = _household(qtbot, card)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    box = tab.confirm_box
    assert box is not None and box.isVisible() and "Сейітов Нұрасыл" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # no: the member stays
    assert tab.confirm_box is None and tab.member_count() == 2
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    tab.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.member_count() == 1, timeout=5000)
    assert "removed from the household" in tab.status.text()
    assert find_by_iin(store, CHILD) is not None  # the person stays in the database
    # The head is not offered for removal.
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.confirm_box is None


def test_space_ticks_disabled_and_f2_changes_the_relation(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store, ["low_income"])
    households.add_member(store, person_id,
                          households.MemberInput(CHILD, "child", "Сейітов", "Нұрасыл"))
    card = _card(qtbot, store, person_id)
    tab = _household(qtbot, card)
    assert "only while they take part" in tab.asp_note.text()  # low-income, nobody disabled
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(1, HouseholdModel.COL_DISABLED))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.household["disabled"] == 1, timeout=5000)
    assert "general legislation" in tab.asp_note.text()
    assert "1 disabled" in tab.summary.text()
    assert tab.table.currentIndex().row() == 1  # the cursor stays on the member
    tab.table.setCurrentIndex(tab.model.index(1, HouseholdModel.COL_RELATION))
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = tab.table.findChild(QComboBox)
    assert editor is not None and editor.currentData() == "child"
    editor.setCurrentIndex(editor.findData("grandchild"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.members[1]["relation"] == "grandchild"
                    and not tab.busy, timeout=5000)
    assert households.household_of(store, person_id)["members"][1]["relation"] == "grandchild"


def test_a_new_applicant_saves_first(qtbot, store: Store) -> None:  # noqa: ANN001
    card = _card(qtbot, store, None)
    assert card.household_tab.save_first.isVisibleTo(card.household_tab)
    assert not card.household_tab.add_box.isEnabled()
    assert not card.documents_tab.table.isEnabled()


def test_the_checklist_count_follows_space(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    card = _card(qtbot, store, person_id)
    qtbot.keyClick(card.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = card.documents_tab
    assert card.tabs.currentWidget() is tab and tab.table.hasFocus()
    total = len(documents.checklist(store, person_id, "1"))
    assert tab.count.text() == f"0 of {total} documents received"
    assert "Identity card" in tab.missing.text()
    tab.table.setCurrentIndex(tab.model.index(1, DocumentsModel.COL_BASIS))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.count.text() == f"1 of {total} documents received", timeout=5000)
    assert "Identity card" not in tab.missing.text()
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == f"&Documents (1/{total})"
    assert tab.model.items[1]["received_on"] == clock.today().isoformat()
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)  # again: not received after all
    qtbot.waitUntil(lambda: tab.count.text() == f"0 of {total} documents received", timeout=5000)
    # Direction 2 has its own list.
    tab.direction.setCurrentIndex(tab.direction.findData("2"))
    assert "Business plan of the project" in tab.missing.text()


def test_the_case_form_warns_about_missing_documents(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    for code in ("application", "identity_document"):
        documents.mark_received(store, person_id, "1", code, clock.today())
    form = CaseForm(store, person_id)
    qtbot.addWidget(form)
    form.show()
    warning = form.documents_missing
    assert warning.isVisible() and "Identity card" not in warning.text()
    assert "Registration as unemployed" in warning.text()
    form.direction.setCurrentIndex(form.direction.findData("2"))
    assert "Business plan" in warning.text()
    i18n.apply_language("kk", remember=False)
    assert "Бизнес-жоспар" in warning.text()


def test_the_cases_direction_comes_first_and_kazakh_names_show(qtbot, store: Store) -> None:  # noqa: ANN001
    i18n.apply_language("kk", remember=False)
    person_id = _applicant(store)
    with store.transaction() as tx:
        tx.save("cases", {"number": "T-3", "person_id": person_id, "direction": "3",
                          "state": "draft", "applied_on": "2026-02-01"})
    card = _card(qtbot, store, person_id)
    tab = card.documents_tab
    assert tab.direction.currentData() == "3"
    assert "Қоныс аударуға өтініш" in tab.missing.text()


def test_the_models_pass_the_model_tester(qtmodeltester, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    households.add_member(store, person_id,
                          households.MemberInput(CHILD, "child", "Сейітов", "Нұрасыл"))
    members = HouseholdModel()
    members.set_members(households.household_of(store, person_id)["members"])
    qtmodeltester.check(members)
    checklist = DocumentsModel()
    documents.mark_received(store, person_id, "1", "application", clock.today())
    checklist.set_items(documents.checklist(store, person_id, "1"))
    qtmodeltester.check(checklist)
    assert checklist.received_count() == 1


def test_escape_with_a_half_typed_member_asks_first(qtbot, store: Store) -> None:  # noqa: ANN001
    person_id = _applicant(store)
    card = _card(qtbot, store, person_id)
    tab = _household(qtbot, card)
    type_text(tab.last_name, "Сейітов")
    qtbot.keyClick(tab.last_name, Qt.Key.Key_Escape)
    assert card.discard_box is not None and card.isVisible()
    card.discard_box.button(QMessageBox.StandardButton.Cancel).click()
    assert card.isVisible() and tab.last_name.text() == "Сейітов"  # kept
