"""Social contracts: drafted from a case with its obligations, signed by the ЦЗН, amended."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.cases import CaseState
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.rules.youth_practice import youth_practice
from desktop.services import contracts
from desktop.services.applicants import ApplicantError, ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case, save_case_plan
from desktop.services.contracts import ContractTerms
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Store

IIN = make_iin(date(2001, 4, 12), "female", 17)
KATO = "634603100"
START = date(2026, 3, 1)


def _as(store: Store, role: Role) -> Store:
    return Store(store.opened, replace(store.actor, role=role), store.clock)


def _included_case(store: Store, measure: str = "youth_practice", direction: str = "1",
                   plan: bool = True) -> str:
    person = register_applicant(store, ApplicantInput(
        IIN, "Сәрсенбаева", "Әйгерім", patronymic="Қанатқызы", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, direction, measure, date(2026, 2, 10)).record_id
    if plan and measure == "youth_practice":
        result = youth_practice(contracts.rules(), START)
        save_case_plan(store, case_id, result.amount, result.rules_version)
    move_case(store, case_id, CaseState.SUBMITTED)
    move_case(store, case_id, CaseState.INCLUDED)
    return case_id


def test_draft_has_number_period_schedule_and_obligations(store: Store) -> None:
    case_id = _included_case(store)
    contract_id = contracts.draft_contract(store, case_id, ContractTerms(START)).record_id
    contract = contracts.contract_details(store, contract_id)
    planned = case_details(store, case_id)["planned_amount"]

    assert contract.status == "draft" and contract.version == 1
    assert contract.number.startswith("634603-")
    # Six months of youth practice from the rule parameter: 1 March to 31 August.
    assert (contract.valid_from, contract.valid_to) == (START, date(2026, 8, 31))
    assert contract.amount == planned
    assert len(contract.schedule) == 6
    assert sum(amount for _, amount in contract.schedule) == planned
    codes = [o["code"] for o in contract.obligations]
    assert codes[:3] == ["participant.take-part", "participant.inform",
                         "participant.asp-notice"]
    assert "centre.youth-practice" in codes
    practice = next(o for o in contract.obligations if o["code"] == "participant.youth-practice")
    assert "6 месяцев" in practice["description"] and "6 ай" in practice["description_kk"]
    assert practice["section"] == "§4.3.1" and practice["due_on"] == "2026-08-31"
    asp = next(o for o in contract.obligations if o["code"] == "participant.asp-notice")
    assert asp["section"] == "§6"


def test_a_schedule_that_disagrees_with_the_planned_amount_is_refused(store: Store) -> None:
    case_id = _included_case(store)
    # The case was planned from March 2026; from October 2025 three months take 2025's МРП.
    with pytest.raises(ApplicantError) as error:
        contracts.draft_contract(store, case_id, ContractTerms(date(2025, 10, 1)))
    assert "Recalculate the case" in error.value.message
    assert contracts.case_contracts(store, case_id) == []


def test_social_job_needs_the_wage_when_the_case_plans_an_amount(store: Store) -> None:
    case_id = _included_case(store, "social_job", plan=False)
    save_case_plan(store, case_id, Decimal("226200.00"), "x")
    with pytest.raises(ApplicantError) as error:
        contracts.draft_contract(store, case_id, ContractTerms(START))
    assert error.value.params["what"] == "the monthly wage"
    change = contracts.draft_contract(store, case_id, ContractTerms(START, wage=Decimal(60000)))
    contract = contracts.contract_details(store, change.record_id)
    assert contract.amount == Decimal("226200.00")
    assert contract.valid_to == date(2027, 2, 28)


def test_a_measure_without_a_period_parameter_needs_an_end_date(store: Store) -> None:
    case_id = _included_case(store, "vocational_training")
    with pytest.raises(ApplicantError, match="ends"):
        contracts.draft_contract(store, case_id, ContractTerms(START))
    with pytest.raises(ApplicantError, match="before it starts"):
        contracts.draft_contract(store, case_id, ContractTerms(START, end=date(2026, 1, 1)))
    change = contracts.draft_contract(store, case_id, ContractTerms(START, end=date(2026, 6, 30)))
    contract = contracts.contract_details(store, change.record_id)
    assert contract.amount is None and contract.schedule == []
    assert "centre.training" in [o["code"] for o in contract.obligations]


def test_one_contract_per_case(store: Store) -> None:
    case_id = _included_case(store)
    contracts.draft_contract(store, case_id, ContractTerms(START))
    with pytest.raises(ApplicantError, match="already has social contract"):
        contracts.draft_contract(store, case_id, ContractTerms(START))


def test_signing_makes_it_read_only_and_moves_the_case(store: Store) -> None:
    case_id = _included_case(store)
    contract_id = contracts.draft_contract(store, case_id, ContractTerms(START)).record_id
    contracts.record_signing(store, contract_id, date(2026, 2, 20))

    contract = contracts.contract_details(store, contract_id)
    assert contract.status == "signed" and contract.read_only
    assert contract.signed_on == date(2026, 2, 20)
    assert contract.signed_by == "Әкімшілік Маман"
    assert case_details(store, case_id)["state"] == CaseState.CONTRACTED
    with pytest.raises(ApplicantError) as error:
        contracts.update_draft(store, contract_id, ContractTerms(START))
    assert error.value.message.startswith("Social contract {number} is signed")
    with pytest.raises(ApplicantError):
        contracts.record_signing(store, contract_id, date(2026, 2, 21))


def test_a_village_specialist_drafts_but_cannot_record_signing(store: Store) -> None:
    case_id = _included_case(store)
    village = _as(store, Role.VILLAGE_SPECIALIST)
    contract_id = contracts.draft_contract(village, case_id, ContractTerms(START)).record_id
    with pytest.raises(PermissionDenied) as error:
        contracts.record_signing(village, contract_id, date(2026, 2, 20))
    assert error.value.params["action"] == "record the signing of a social contract"
    assert contracts.contract_details(store, contract_id).status == "draft"
    assert case_details(store, case_id)["state"] == CaseState.INCLUDED


def test_signing_needs_an_included_case_and_a_sensible_date(store: Store) -> None:
    person = register_applicant(store, ApplicantInput(
        IIN, "Омаров", "Ерлан", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, "1", "vocational_training", date(2026, 2, 10)).record_id
    contract_id = contracts.draft_contract(
        store, case_id, ContractTerms(START, end=date(2026, 6, 30))).record_id
    with pytest.raises(ApplicantError, match="included"):
        contracts.record_signing(store, contract_id, date(2026, 2, 20))
    move_case(store, case_id, CaseState.SUBMITTED)
    move_case(store, case_id, CaseState.INCLUDED)
    with pytest.raises(ApplicantError, match="future"):
        contracts.record_signing(store, contract_id, date(2999, 1, 1))
    with pytest.raises(ApplicantError, match="before the application"):
        contracts.record_signing(store, contract_id, date(2026, 1, 1))


def test_amendment_is_version_two_and_supersedes_on_signing(store: Store) -> None:
    case_id = _included_case(store)
    v1 = contracts.draft_contract(store, case_id, ContractTerms(START)).record_id
    with pytest.raises(ApplicantError, match="Only a signed"):
        contracts.amend_contract(store, v1, ContractTerms(START))
    contracts.record_signing(store, v1, date(2026, 2, 20))

    v2 = contracts.amend_contract(store, v1, ContractTerms(START)).record_id
    amended = contracts.contract_details(store, v2)
    assert (amended.version, amended.supersedes_id, amended.status) == (2, v1, "draft")
    assert amended.number == contracts.contract_details(store, v1).number
    assert amended.obligations, "the amendment carries its own obligations"
    # Until the amendment is signed, version 1 stays in force.
    assert contracts.contract_details(store, v1).status == "signed"
    with pytest.raises(ApplicantError, match="already being drafted"):
        contracts.amend_contract(store, v1, ContractTerms(START))

    contracts.record_signing(store, v2, date(2026, 2, 25))
    assert contracts.contract_details(store, v1).status == "superseded"
    assert contracts.contract_details(store, v2).status == "signed"
    assert [c.version for c in contracts.case_contracts(store, case_id)] == [1, 2]
    assert contracts.current_contract(store, case_id).id == v2
    assert case_details(store, case_id)["state"] == CaseState.CONTRACTED


def test_a_refused_case_gets_no_contract(store: Store) -> None:
    person = register_applicant(store, ApplicantInput(
        IIN, "Омаров", "Ерлан", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, "1", "consultation", date(2026, 2, 10)).record_id
    move_case(store, case_id, CaseState.SUBMITTED)
    move_case(store, case_id, CaseState.REFUSED)
    with pytest.raises(ApplicantError, match="gets no social contract"):
        contracts.draft_contract(store, case_id, ContractTerms(START, end=date(2026, 4, 1)))


def test_a_draft_is_corrected_in_place_with_fresh_obligations(store: Store) -> None:
    case_id = _included_case(store, "vocational_training")
    contract_id = contracts.draft_contract(
        store, case_id, ContractTerms(START, end=date(2026, 6, 30))).record_id
    before = len(contracts.contract_details(store, contract_id).obligations)
    contracts.update_draft(store, contract_id, ContractTerms(START, end=date(2026, 9, 30)))
    contract = contracts.contract_details(store, contract_id)
    assert contract.valid_to == date(2026, 9, 30)
    assert len(contract.obligations) == before
    due = {o["due_on"] for o in contract.obligations if o["due_on"]}
    assert due == {"2026-09-30"}


def test_the_document_names_the_district_centre_and_the_participant(store: Store) -> None:
    case_id = _included_case(store)
    contract_id = contracts.draft_contract(store, case_id, ContractTerms(START)).record_id
    document = contracts.contract_document(store, contract_id)
    assert document.participant.full_name == "Сәрсенбаева Әйгерім Қанатқызы"
    assert document.district == {"kk": "Көкпекті ауданы", "ru": "Кокпектинский район"}
