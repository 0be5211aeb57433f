"""Applicant services the card uses: categories, details with cases, history, open cases."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.cases import CaseState
from desktop.domain.iin import make_iin
from desktop.services.applicants import (
    ApplicantError,
    ApplicantInput,
    applicant_details,
    applicant_history,
    correct_applicant,
    open_case_for_iin,
    register_applicant,
)
from desktop.storage.store import Store

IIN = make_iin(date(1990, 3, 14), "female", 120)


def _register(store: Store, **extra: object) -> str:
    data = ApplicantInput(IIN, "Серікбаева", "Әйгерім", **extra)
    return register_applicant(store, data).record_id


def _add_case(store: Store, person_id: str, number: str, state: CaseState) -> str:
    with store.transaction() as tx:
        return tx.save(
            "cases",
            {"number": number, "person_id": person_id, "direction": "1",
             "measure": "social_job", "state": state, "applied_on": "2026-02-01"},
        ).record_id


def test_categories_are_saved_as_a_json_list_in_programme_order(store: Store) -> None:
    person_id = _register(store, categories=["low_income", "unemployed"])
    stored = store.db.execute("SELECT categories FROM persons WHERE id = ?", [person_id])
    assert json.loads(stored.fetchone()[0]) == ["unemployed", "low_income"]
    assert applicant_details(store, person_id)["categories"] == ["unemployed", "low_income"]


def test_an_unknown_category_is_refused_and_nothing_written(store: Store) -> None:
    with pytest.raises(ApplicantError) as raised:
        _register(store, categories=["unemployed", "astronaut"])
    assert raised.value.params == {"category": "astronaut"}
    assert store.db["persons"].count == 0


def test_a_correction_without_categories_keeps_them(store: Store) -> None:
    person_id = _register(store, categories=["orphan"])
    correct_applicant(store, person_id, ApplicantInput(IIN, "Серікбаева", "Айгерім"))
    assert applicant_details(store, person_id)["categories"] == ["orphan"]


def test_details_list_the_cases(store: Store) -> None:
    person_id = _register(store)
    _add_case(store, person_id, "634603-A-1", CaseState.DRAFT)
    details = applicant_details(store, person_id)
    assert details["iin"] == IIN and details["first_name"] == "Әйгерім"
    assert [c["number"] for c in details["cases"]] == ["634603-A-1"]
    assert details["cases"][0]["state"] == "draft"


def test_history_names_who_and_which_fields_but_no_values(store: Store) -> None:
    person_id = _register(store, phone="+7 701 000 00 00")
    correct_applicant(store, person_id, ApplicantInput(IIN, "Серікбаева", "Айгерім"))
    history = applicant_history(store, person_id)
    assert [h["action"] for h in history] == ["update", "insert"]
    assert history[0]["username"] == "admin"
    assert "first_name" in history[0]["fields"] and "phone" in history[0]["fields"]
    assert "Айгерім" not in json.dumps(history, ensure_ascii=False)
    assert "last_name" in history[1]["fields"]


def test_history_leaves_out_other_people(store: Store) -> None:
    person_id = _register(store)
    other = register_applicant(
        store, ApplicantInput(make_iin(date(1985, 1, 2), "male", 7), "Жұмабаев", "Ерұлан")
    ).record_id
    correct_applicant(
        store, other, ApplicantInput(make_iin(date(1985, 1, 2), "male", 7), "Жұмабаев", "Ерлан")
    )
    assert len(applicant_history(store, person_id)) == 1


def test_an_open_case_is_found_by_iin_and_a_closed_one_is_not(store: Store) -> None:
    person_id = _register(store)
    assert open_case_for_iin(store, IIN) is None
    _add_case(store, person_id, "634603-A-1", CaseState.COMPLETED)
    assert open_case_for_iin(store, IIN) is None
    _add_case(store, person_id, "634603-A-2", CaseState.SUBMITTED)
    assert open_case_for_iin(store, IIN)["number"] == "634603-A-2"


def test_history_reads_the_trail_through_its_index_never_all_of_it(store: Store) -> None:
    """At 100,000 applicants a scan of the audit trail froze the card for seconds."""
    from desktop.services.applicants import HISTORY_SQL

    plan = [row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {HISTORY_SQL}", ["x", "x"])]
    assert any("audit_log_record" in step for step in plan), plan
    assert not any(step.startswith("SCAN a") for step in plan), plan
