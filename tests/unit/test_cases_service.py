"""Case services: open a numbered draft, plan its amount, move it by role, build a profile."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.cases import CaseState, CaseTransitionError
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.resources import RESOURCES
from desktop.rules.eligibility import check_eligibility
from desktop.rules.parameters import load_rules
from desktop.services.applicants import ApplicantInput, applicant_details, register_applicant
from desktop.services.cases import (
    allowed_moves,
    case_details,
    eligibility_profile,
    move_case,
    open_case,
    save_case_plan,
)
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Store

IIN = make_iin(date(2000, 5, 2), "male", 31)
KATO = "631020100"


def _person(store: Store, **extra: object) -> str:
    data = ApplicantInput(IIN, "Омаров", "Ерлан", settlement_kato=KATO, **extra)
    return register_applicant(store, data).record_id


def _village(store: Store) -> Store:
    actor = replace(store.actor, role=Role.VILLAGE_SPECIALIST)
    return Store(store.opened, actor, store.clock)


def test_open_case_is_a_numbered_draft_in_the_persons_okrug(store: Store) -> None:
    person_id = _person(store)
    change = open_case(store, person_id, "1", "youth_practice", date(2026, 3, 2), " note ")
    case = case_details(store, change.record_id)
    assert case["state"] == CaseState.DRAFT
    assert case["number"].startswith("631020-")
    assert case["notes"] == "note"
    assert case["applied_on"] == "2026-03-02"
    assert applicant_details(store, person_id)["cases"][0]["id"] == change.record_id


def test_numbers_never_repeat(store: Store) -> None:
    person_id = _person(store)
    first = open_case(store, person_id, "1", None, date(2026, 3, 2)).record_id
    second = open_case(store, person_id, "3", "relocation", date(2026, 3, 2)).record_id
    assert case_details(store, first)["number"] != case_details(store, second)["number"]


def test_a_measure_of_another_direction_is_refused(store: Store) -> None:
    person_id = _person(store)
    with pytest.raises(ValueError):
        open_case(store, person_id, "1", "relocation", date(2026, 3, 2))
    assert store.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_plan_is_saved_with_the_rules_version(store: Store) -> None:
    case_id = open_case(store, _person(store), "1", "youth_practice", date(2026, 3, 2)).record_id
    save_case_plan(store, case_id, Decimal("393720.00"), "abc123")
    case = case_details(store, case_id)
    assert case["planned_amount"] == Decimal("393720.00")
    assert case["rules_version"] == "abc123"


def test_village_specialist_sends_but_cannot_include(store: Store) -> None:
    case_id = open_case(store, _person(store), "1", None, date(2026, 3, 2)).record_id
    village = _village(store)
    move_case(village, case_id, CaseState.SUBMITTED)
    with pytest.raises(PermissionDenied):
        move_case(village, case_id, CaseState.INCLUDED)
    assert case_details(store, case_id)["state"] == CaseState.SUBMITTED
    move_case(store, case_id, CaseState.INCLUDED)  # the administrator may
    assert case_details(store, case_id)["state"] == CaseState.INCLUDED


def test_transitions_outside_the_state_machine_are_refused(store: Store) -> None:
    case_id = open_case(store, _person(store), "1", None, date(2026, 3, 2)).record_id
    with pytest.raises(CaseTransitionError):
        move_case(store, case_id, CaseState.COMPLETED)


def test_allowed_moves_follow_role() -> None:
    village = allowed_moves(Role.VILLAGE_SPECIALIST, CaseState.SUBMITTED)
    assert village == [CaseState.WITHDRAWN]
    district = allowed_moves(Role.DISTRICT_SPECIALIST, CaseState.SUBMITTED)
    assert set(district) == {CaseState.INCLUDED, CaseState.REFUSED, CaseState.WITHDRAWN}


def test_profile_reads_stored_facts_and_answers(store: Store) -> None:
    person_id = _person(store, categories=["unemployed"])
    profile = eligibility_profile(store, person_id, {"move_type": "within-region"})
    assert profile.birth_date == date(2000, 5, 2)
    assert profile.categories == frozenset({"unemployed"})
    assert profile.settlement.kato == KATO and profile.settlement.rural is True
    assert profile.move_type == "within-region"
    verdict = check_eligibility(load_rules(RESOURCES / "rules"), profile, "1", date(2026, 3, 2))
    assert verdict.status in ("eligible", "needs_more_information")
