"""The case form over a real encrypted database: live eligibility, calculation, save, workflow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.resources import RESOURCES
from desktop.rules.parameters import load_rules
from desktop.rules.youth_practice import youth_practice
from desktop.services import reference
from desktop.services.applicants import ApplicantInput, applicant_details, register_applicant
from desktop.services.cases import case_details
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.case_form import CaseForm, money

IIN = make_iin(date(2001, 7, 9), "male", 77)
TODAY = date(2026, 3, 2)


@pytest.fixture
def person_id(store: Store) -> str:
    kato = sorted(reference.settlement_names(store, "ru"))[0]
    data = ApplicantInput(IIN, "Омаров", "Ерлан", settlement_kato=kato)
    return register_applicant(store, data).record_id


def _form(qtbot, store: Store, person_id: str, case_id: str | None = None) -> CaseForm:  # noqa: ANN001
    form = CaseForm(store, person_id, case_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _choose(form: CaseForm, direction: str, measure: str) -> None:
    form.direction.setCurrentIndex(form.direction.findData(direction))
    form.measure.setCurrentIndex(form.measure.findData(measure))


def _save(qtbot, form: CaseForm) -> str:  # noqa: ANN001
    with qtbot.waitSignal(form.saved, timeout=5000) as signal:
        form.save_button.click()
    return signal.args[0]


def test_measures_follow_the_direction(qtbot, store: Store, person_id: str) -> None:
    form = _form(qtbot, store, person_id)
    form.direction.setCurrentIndex(form.direction.findData("3"))
    assert [form.measure.itemData(n) for n in range(form.measure.count())] == ["relocation"]
    assert form.answers["move_type"].isVisible()


def test_eligibility_updates_when_a_category_is_ticked(qtbot, store: Store,
                                                       person_id: str) -> None:
    form = _form(qtbot, store, person_id)
    assert form.verdict.status == "not_eligible" and form.status.text() == "Not eligible"
    assert "✗ In a group of §4.3.1" in form.reasons.text()
    assert "Priority groups:" in form.reasons.text()
    form.category_checks["unemployed"].setChecked(True)
    assert form.verdict.status == "eligible" and form.status.text() == "Eligible"
    assert "✓ In a group of §4.3.1: unemployed (§4.3.1)" in form.reasons.text()


def test_an_answer_the_verdict_asks_for_is_shown_and_used(qtbot, store: Store,
                                                          person_id: str) -> None:
    form = _form(qtbot, store, person_id)
    form.direction.setCurrentIndex(form.direction.findData("3"))
    assert form.verdict.status == "needs_more_information"
    assert form.status.text() == "Needs more information"
    asked = "family_member_employed_after_move"
    assert asked in form.verdict.missing and form.answers[asked].isVisible()
    assert not form.answers["pilot_region"].isVisible()  # only what the verdict asks
    for field in form.verdict.missing:
        form.answers[field].setCurrentIndex(form.answers[field].findData("yes"))
    assert form.verdict.missing == ()
    assert form.answers[asked].isVisible()  # an answer given stays on screen
    form.answers["move_type"].setCurrentIndex(form.answers["move_type"].findData("within-region"))
    assert form.result is not None and form.amount.text() == money(form.result.amount)


def test_youth_practice_amount_is_the_rules_result(qtbot, store: Store, person_id: str) -> None:
    form = _form(qtbot, store, person_id)
    _choose(form, "1", "youth_practice")
    expected = youth_practice(load_rules(RESOURCES / "rules"), TODAY)
    assert form.result.amount == expected.amount
    assert form.amount.text() == money(expected.amount)
    assert form.schedule.rowCount() == len(expected.schedule)
    assert "§4.3.1" in form.breakdown.text()


def test_an_invalid_wage_shows_the_translated_error(qtbot, store: Store, person_id: str) -> None:
    form = _form(qtbot, store, person_id)
    _choose(form, "1", "social_job")
    form.wage.setText("сто тысяч")
    assert not form.calc_error.isHidden() and "wage" in form.calc_error.text()
    i18n.apply_language("ru", remember=False)
    assert "§4.3.1" in form.calc_error.text()
    assert form.calc_error.text() != "wage must be an amount"
    assert form.wage.text() == "сто тысяч"  # input kept
    form.wage.setText("150000")
    assert form.calc_error.isHidden() and form.result.amount > 0


def test_save_creates_a_draft_seen_in_the_card(qtbot, store: Store, person_id: str) -> None:
    form = _form(qtbot, store, person_id)
    _choose(form, "1", "youth_practice")
    case_id = _save(qtbot, form)
    case = case_details(store, case_id)
    assert case["state"] == "draft" and case["number"]
    assert case["planned_amount"] == form.result.amount
    assert case["rules_version"] == form.result.rules_version
    assert case["number"] in form.windowTitle()
    assert "submitted" in form.move_buttons
    card = ApplicantCard(store, person_id)
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    assert card.cases_table.item(0, 0).text() == case["number"]


def test_card_opens_new_and_existing_cases(qtbot, store: Store, person_id: str) -> None:
    card = ApplicantCard(store, person_id)
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    card.show()
    assert card.new_case.isEnabled()
    card.new_case.click()
    form = card.case_form
    assert form.case_id is None
    _save(qtbot, form)
    form.done(0)
    assert card.cases_table.rowCount() == 1
    card.cases_table.setFocus()
    card.cases_table.setCurrentCell(0, 0)
    qtbot.keyClick(card.cases_table, Qt.Key.Key_Return)
    assert card.case_form is not form and card.case_form.case_id is not None
    card.case_form.done(0)


def test_village_specialist_sends_but_cannot_include(qtbot, store: Store,
                                                     person_id: str) -> None:
    village = Store(store.opened, replace(store.actor, role=Role.VILLAGE_SPECIALIST),
                    store.clock)
    form = _form(qtbot, village, person_id)
    case_id = _save(qtbot, form)
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.move_buttons["submitted"].click()
    assert case_details(store, case_id)["state"] == "submitted"
    assert "included" not in form.move_buttons  # a village never sees the district's decision
    form.move_to("included")  # even if asked directly, the service refuses
    qtbot.waitUntil(lambda: not form.error.isHidden(), timeout=5000)
    assert "does not allow" in form.error.text()
    assert case_details(store, case_id)["state"] == "submitted"
    assert applicant_details(store, person_id)["cases"][0]["state"] == "submitted"
