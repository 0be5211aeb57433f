"""The monitoring window over a real encrypted database: visits by keyboard, obligations,
sanctions confirmed before they are recorded, the case form's button, the card's badge."""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.cases import CaseState
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.services import monitoring
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case
from desktop.services.monitoring import SanctionInput, VisitInput
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.applicant_model import format_date
from desktop.ui.case_form import CaseForm
from desktop.ui.monitoring_dialogs import ObligationDialog, SanctionDialog, VisitDialog
from desktop.ui.monitoring_model import (
    ObligationTableModel,
    SanctionTableModel,
    VisitTableModel,
)
from desktop.ui.monitoring_window import MonitoringWindow

TODAY = date(2026, 3, 16)
APPLIED = date(2026, 1, 12)
SERVICE = Path(monitoring.__file__)


def type_text(widget: QWidget, text: str) -> None:
    """Type any letters, one key event each (QTest.keyClicks asserts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def _at(store: Store, role: Role | None = None) -> Store:
    """The demo database seen on TODAY (noon), by a user of `role`."""
    noon = datetime(TODAY.year, TODAY.month, TODAY.day, 12).timestamp()
    actor = replace(store.actor, role=role or store.actor.role)
    return Store(store.opened, actor, lambda: noon)


@pytest.fixture
def case(store: Store) -> tuple[str, str]:
    """(person id, case id) of a social-job case with a signed contract and two obligations."""
    iin = make_iin(date(1996, 8, 21), "female", 612)
    person_id = register_applicant(store, ApplicantInput(
        iin, "Серікбаева", "Әйгерім", "Нұрланқызы", categories=["unemployed"])).record_id
    case_id = open_case(store, person_id, "1", "social_job", APPLIED).record_id
    for state in (CaseState.SUBMITTED, CaseState.INCLUDED, CaseState.CONTRACTED,
                  CaseState.IN_PROGRESS):
        move_case(store, case_id, state)
    with store.transaction("change records") as tx:
        contract_id = tx.save("social_contracts", {
            "case_id": case_id, "number": "631020-K-7", "signed_on": date(2026, 2, 2),
            "valid_from": date(2026, 2, 2), "valid_to": date(2027, 2, 1), "status": "signed",
        }).record_id
        for text, due in (("Attend the welding course", date(2026, 4, 1)),
                          ("Work on the social job for 12 months", date(2027, 2, 1))):
            tx.save("obligations", {"contract_id": contract_id, "party": "participant",
                                    "description": text, "due_on": due, "status": "open"})
    return person_id, case_id


def _window(qtbot, store: Store, case_id: str) -> MonitoringWindow:  # noqa: ANN001
    window = MonitoringWindow(store, case_id, today=TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: w.done(0))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _dialog(qtbot, window: MonitoringWindow):  # noqa: ANN001, ANN202
    dialog = window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _visit(store: Store, case_id: str, **changes: object) -> str:
    values: dict[str, object] = dict(visited_on=date(2026, 3, 3), place="workplace",
                                     findings="At work", compliance="compliant")
    values.update(changes)
    return monitoring.record_visit(_at(store), case_id, VisitInput(**values)).record_id


# -- the header and the tabs ---------------------------------------------------------------
def test_the_top_shows_the_person_and_the_state(qtbot, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store), case_id)
    assert "Серікбаева Әйгерім Нұрланқызы" in window.header.text()
    number = case_details(store, case_id)["number"]
    assert window.case_line.text() == (
        f"Case {number} · direction 1 · social job · state: in progress")
    assert not window.badge.isVisible()
    assert window.contract_label.text().startswith("Social contract 631020-K-7, version 1")
    assert window.obligations.rowCount() == 2
    assert window.tabs.tabText(1) == "&Obligations (2)"


def test_the_window_follows_a_language_change(qtbot, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    _visit(store, case_id, compliance="breach")
    window = _window(qtbot, _at(store), case_id)
    i18n.apply_language("ru", remember=False)
    assert window.tabs.tabText(0) == "&Посещения (1)"
    assert window.visits.data(window.visits.index(0, VisitTableModel.COL_COMPLIANCE)) == (
        "нарушение")
    assert window.visits.headerData(0, Qt.Orientation.Horizontal) == "Дата"
    i18n.apply_language("kk", remember=False)
    assert window.close_button.text() == "Жабу"
    assert "күйі: орындалуда" in window.case_line.text()


# -- visits --------------------------------------------------------------------------------
def test_a_visit_is_added_by_keyboard_alone(qtbot, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store), case_id)
    qtbot.keyClick(window.visits_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, VisitDialog) and dialog.visited_on.hasFocus()
    assert dialog.visited_on.date().toString("dd.MM.yyyy") == "16.03.2026"
    qtbot.keyClicks(dialog.visited_on, "12032026")  # day, month, year: each section fills
    assert dialog.visited_on.date().toString("dd.MM.yyyy") == "12.03.2026"
    qtbot.keyClick(dialog.visited_on, Qt.Key.Key_Tab)  # from the year Tab leaves the date
    assert dialog.place.hasFocus()
    qtbot.keyClick(dialog.place, Qt.Key.Key_Down)  # at home → at the workplace
    qtbot.keyClick(dialog.place, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.place_note, Qt.Key.Key_Tab)
    assert dialog.compliance.hasFocus()
    qtbot.keyClick(dialog.compliance, Qt.Key.Key_Down)  # complies partly
    qtbot.keyClick(dialog.compliance, Qt.Key.Key_Tab)
    assert dialog.findings.hasFocus()
    type_text(dialog.findings, "Опоздал на смену дважды")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.findings, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [visit] = monitoring.list_visits(store, case_id)
    assert (visit["place"], visit["compliance"]) == ("workplace", "partly")
    assert visit["findings"] == "Опоздал на смену дважды" and visit["visited_on"] == "2026-03-12"
    qtbot.waitUntil(lambda: window.visits.rowCount() == 1)
    model = window.visits
    assert model.data(model.index(0, VisitTableModel.COL_COMPLIANCE)) == "complies partly"
    assert window.tabs.tabText(0) == "&Visits (1)"


def test_a_future_date_is_refused_in_kazakh_and_the_input_kept(qtbot, store: Store,
                                                                case) -> None:  # noqa: ANN001
    _, case_id = case
    i18n.apply_language("kk", remember=False)
    window = _window(qtbot, _at(store), case_id)
    window.add_visit()
    dialog = _dialog(qtbot, window)
    dialog.visited_on.setDate(dialog.visited_on.date().addDays(2))
    type_text(dialog.findings, "Үйде болды")
    dialog.submit()
    qtbot.waitUntil(dialog.error.isVisible)  # the service refused it on the worker
    assert "18.03.2026" in dialog.error.text()
    assert "future" not in dialog.error.text()  # translated, not the English source
    assert dialog.isVisible() and dialog.findings.toPlainText() == "Үйде болды"
    assert monitoring.list_visits(store, case_id) == []


def test_esc_asks_before_discarding_and_cancel_keeps_the_text(qtbot, store: Store,
                                                              case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store), case_id)
    window.add_visit()
    dialog = _dialog(qtbot, window)
    type_text(dialog.findings, "Not at home")
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.findings.toPlainText() == "Not at home"
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Escape)
    dialog.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert monitoring.list_visits(store, case_id) == []


def test_correcting_a_visit_by_enter_on_the_table(qtbot, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    _visit(store, case_id)
    window = _window(qtbot, _at(store), case_id)
    window.visits_view.setFocus()
    window.visits_view.selectRow(0)
    qtbot.keyClick(window.visits_view, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, VisitDialog) and dialog.findings.toPlainText() == "At work"
    assert dialog.note.isVisible()  # the correction is kept in the audit log
    dialog.findings.setPlainText("At work, on the evening shift")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: window.visits.record(0)["findings"].endswith("evening shift"))
    assert window.visits.data(window.visits.index(0, VisitTableModel.COL_CORRECTED))


def test_a_village_specialist_proposes_a_sanction_with_a_breach(qtbot, store: Store,
                                                                 case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store, Role.VILLAGE_SPECIALIST), case_id)
    window.add_visit()
    dialog = _dialog(qtbot, window)
    assert dialog.propose.isVisible() and not dialog.propose.isEnabled()  # "complies"
    dialog.compliance.setCurrentIndex(dialog.compliance.findData("breach"))
    assert dialog.propose.isEnabled()
    dialog.propose.setChecked(True)
    dialog.findings.setPlainText("Not at the workplace for two weeks")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    qtbot.waitUntil(lambda: bool(window.proposals))
    assert not window.proposals_label.isHidden()  # on the Sanctions tab
    [proposal] = monitoring.sanction_proposals(store, case_id)
    assert proposal["compliance"] == "breach"


def test_the_centre_imposes_instead_of_proposing(qtbot, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store, Role.DISTRICT_SPECIALIST), case_id)
    window.add_visit()
    assert not _dialog(qtbot, window).propose.isVisible()


# -- obligations ---------------------------------------------------------------------------
def test_an_obligation_is_marked_not_fulfilled_with_a_note(qtbot, store: Store,
                                                           case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store, Role.VILLAGE_SPECIALIST), case_id)
    window.tabs.setCurrentIndex(1)
    window.obligations_view.selectRow(0)
    qtbot.keyClick(window.obligations_view, Qt.Key.Key_Return)  # Enter: mark fulfilled…
    opened = _dialog(qtbot, window)
    assert isinstance(opened, ObligationDialog) and opened.status.currentData() == "fulfilled"
    assert monitoring.list_obligations(store, case_id)[0]["status"] == "open"  # not saved unseen
    opened.done(0)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.obligations_view, Qt.Key.Key_F4)
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, ObligationDialog)
    assert dialog.status.currentData() == "broken"
    dialog.submit()  # a breach needs a note: refused, nothing lost
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible() and dialog.status.currentData() == "broken"
    dialog.note.setPlainText("Missed two weeks of the course")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    qtbot.waitUntil(lambda: window.obligations.record(0)["status"] == "broken")
    model = window.obligations
    assert model.data(model.index(0, ObligationTableModel.COL_STATUS)) == "not fulfilled"
    assert model.data(model.index(0, ObligationTableModel.COL_CHECKED)) == format_date(
        "2026-03-16")


# -- sanctions -----------------------------------------------------------------------------
def test_a_village_specialist_sees_no_sanction_buttons_but_a_proposal(qtbot, store: Store,
                                                                      case) -> None:  # noqa: ANN001
    _, case_id = case
    _visit(store, case_id, compliance="breach", sanction_proposed=True)
    window = _window(qtbot, _at(store, Role.VILLAGE_SPECIALIST), case_id)
    window.tabs.setCurrentIndex(2)
    assert not window.impose_button.isVisible() and not window.lift_button.isVisible()
    window.impose_sanction()
    assert window.dialog is None
    assert "employment centre" in window.sanctions_note.text()
    assert window.proposals_label.isVisible()
    assert format_date("2026-03-03") in window.proposals_label.text()


def test_a_sanction_is_recorded_only_after_confirmation(qtbot, store: Store,
                                                        case) -> None:  # noqa: ANN001
    person_id, case_id = case
    visit_id = _visit(store, case_id, compliance="breach", sanction_proposed=True)
    window = _window(qtbot, _at(store, Role.DISTRICT_SPECIALIST), case_id)
    window.tabs.setCurrentIndex(2)
    window.impose_button.click()
    dialog = _dialog(qtbot, window)
    assert isinstance(dialog, SanctionDialog)
    assert dialog.suspend.isChecked() and dialog.visit.currentData() == visit_id
    assert "the family keeps its right to АСП (§6)" in dialog.asp_note.text()
    type_text(dialog.reason, "Left the social job without notice")

    dialog.submit()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "Серікбаева Әйгерім Нұрланқызы" in box.text()
    assert format_date("2026-03-16") in box.text()
    assert "the family keeps its right" in box.text()
    assert box.defaultButton() is box.escapeButton()  # the safe answer is the default
    assert monitoring.list_sanctions(store, case_id) == []  # nothing before the answer
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # cancel: back to the dialog, text kept
    qtbot.waitUntil(lambda: dialog.confirm_box is None)
    assert dialog.isVisible() and dialog.reason.toPlainText() == (
        "Left the social job without notice")
    assert monitoring.list_sanctions(store, case_id) == []
    assert not monitoring.asp_suspended(store, person_id)

    dialog.submit()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.confirm_box.buttons()[0].click()  # "Record the sanction"
    [sanction] = monitoring.list_sanctions(store, case_id)
    assert sanction["visit_id"] == visit_id and sanction["asp_suspended"]
    assert monitoring.asp_suspended(store, person_id)
    qtbot.waitUntil(lambda: window.badge.isVisible())
    model = window.sanctions
    assert model.data(model.index(0, SanctionTableModel.COL_ASP)) == (
        "suspended for the person; the family keeps its right")
    assert not window.proposals_label.isVisible()  # the proposal is answered


def test_refused_sanction_input_is_not_confirmed(qtbot, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    window = _window(qtbot, _at(store), case_id)
    window.impose_sanction()
    dialog = _dialog(qtbot, window)
    dialog.submit()  # no reason
    assert dialog.confirm_box is None
    assert dialog.error.text() == "The reason for the sanction is required."


def test_lifting_is_a_new_decision_after_confirmation(qtbot, store: Store, case) -> None:  # noqa: ANN001
    person_id, case_id = case
    monitoring.impose_sanction(_at(store), case_id, SanctionInput(
        date(2026, 3, 5), "non_fulfilment", "Stopped attending"))
    window = _window(qtbot, _at(store), case_id)
    assert window.badge.isVisible() and window.lift_button.isEnabled()
    window.lift_sanction()
    dialog = _dialog(qtbot, window)
    dialog.reason.setPlainText("Returned to the course")
    dialog.submit()
    assert format_date("2026-03-05") in dialog.confirm_box.text()
    assert monitoring.asp_suspended(store, person_id)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.confirm_box.buttons()[0].click()
    assert not monitoring.asp_suspended(store, person_id)
    qtbot.waitUntil(lambda: window.sanctions.rowCount() == 2)
    assert not window.badge.isVisible() and not window.lift_button.isEnabled()
    assert window.sanctions.record(1)["kind"] == "sanction_lifted"


def test_exemption_warnings_are_shown(qtbot, store: Store) -> None:  # noqa: ANN001
    iin = make_iin(date(1990, 2, 2), "male", 613)
    person_id = register_applicant(store, ApplicantInput(
        iin, "Ахметов", "Нұрлан", categories=["disabled_able_to_work"])).record_id
    case_id = open_case(store, person_id, "1", "social_job", APPLIED).record_id
    for state in (CaseState.SUBMITTED, CaseState.INCLUDED, CaseState.CONTRACTED):
        move_case(store, case_id, state)
    window = _window(qtbot, _at(store), case_id)
    window.impose_sanction()
    dialog = _dialog(qtbot, window)
    assert "registered as disabled" in dialog.warning.text()
    assert "Socially significant diseases" in dialog.warning.text()


# -- models --------------------------------------------------------------------------------
def test_every_model_keeps_qts_contract(qtmodeltester, store: Store, case) -> None:  # noqa: ANN001
    _, case_id = case
    now = _at(store)
    _visit(store, case_id)
    _visit(store, case_id, compliance="breach", place="other", place_note="at the market",
           sanction_proposed=True)
    sanction = monitoring.impose_sanction(now, case_id, SanctionInput(
        TODAY - timedelta(days=2), "refusal", "Refused the vacancy")).record_id
    monitoring.lift_sanction(now, sanction, TODAY, "Took the vacancy")
    for model, rows in ((VisitTableModel(), monitoring.list_visits(store, case_id)),
                        (ObligationTableModel(), monitoring.list_obligations(store, case_id)),
                        (SanctionTableModel(), monitoring.list_sanctions(store, case_id))):
        qtmodeltester.check(model)
        model.set_rows(rows)
        assert model.rowCount() == len(rows) >= 2
        qtmodeltester.check(model)


# -- hooks in other screens ----------------------------------------------------------------
def test_the_case_form_opens_monitoring_once_contracted(qtbot, store: Store, case) -> None:  # noqa: ANN001
    person_id, case_id = case
    form = CaseForm(store, person_id, case_id)
    qtbot.addWidget(form)
    form.show()
    assert form.monitoring_button.isEnabled()
    form.monitoring_button.click()
    window = form.monitoring_button.window_
    assert isinstance(window, MonitoringWindow) and window.case_id == case_id
    window.done(0)
    draft = open_case(store, person_id, "1", None, APPLIED).record_id
    other = CaseForm(store, person_id, draft)
    qtbot.addWidget(other)
    assert not other.monitoring_button.isEnabled()


def test_the_applicant_card_shows_the_asp_badge(qtbot, store: Store, case) -> None:  # noqa: ANN001
    person_id, case_id = case
    card = ApplicantCard(store, person_id)
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    card.show()
    assert not card.asp_badge.isVisible()
    monitoring.impose_sanction(_at(store), case_id, SanctionInput(
        date(2026, 3, 5), "non_fulfilment", "Stopped attending"))
    again = ApplicantCard(store, person_id)
    qtbot.addWidget(again, before_close_func=lambda c: c.done(0))
    again.show()
    assert again.asp_badge.isVisible() and again.asp_badge.text() == "АСП suspended"


# -- translations --------------------------------------------------------------------------
def _messages() -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(SERVICE.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "MonitoringError"
                and node.args and isinstance(node.args[0], ast.Constant)):
            found.add(node.args[0].value)
    # Messages handed on as a parameter (the earliest-date texts).
    for node in ast.walk(ast.parse(SERVICE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and node.value.startswith("The date {date} is before"):
            found.add(node.value)
    return found


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_every_monitoring_message_is_translated(code: str) -> None:
    from PySide6.QtCore import QCoreApplication

    messages = _messages()
    assert len(messages) >= 12
    i18n.apply_language(code, remember=False)
    missing = [m for m in sorted(messages)
               if QCoreApplication.translate("Errors", m) in ("", m)]
    assert not missing, f"add to desktop/resources/translations/{code}/errors.ts: {missing}"
    for message in messages:
        translated = QCoreApplication.translate("Errors", message)
        assert _fields(translated) == _fields(message), message


def _fields(text: str) -> set[str]:
    import string

    return {field for _, field, _, _ in string.Formatter().parse(text) if field}
