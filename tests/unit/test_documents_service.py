"""The documents checklist per direction: what is asked, received, missing; the rule file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from desktop.domain import clock
from desktop.domain.enums import Citizenship
from desktop.domain.iin import make_iin
from desktop.resources import RESOURCES
from desktop.rules.documents import all_documents, documents_for
from desktop.rules.parameters import load_rules
from desktop.services.applicants import ApplicantError, ApplicantInput, register_applicant
from desktop.services.cases import open_case
from desktop.services.documents import (
    case_directions,
    checklist,
    mark_received,
    missing_documents,
)
from desktop.storage.store import Store

RULES = load_rules(RESOURCES / "rules")
ON = date(2026, 3, 2)
IIN = make_iin(date(1990, 2, 14), "male", 201)


def _person(store: Store, categories: list[str], citizenship: Citizenship = Citizenship.CITIZEN
            ) -> str:
    data = ApplicantInput(IIN, "Жұмабаев", "Ерұлан", citizenship=citizenship,
                          categories=categories)
    return register_applicant(store, data).record_id


def test_received_and_missing_per_direction(store: Store) -> None:
    person_id = _person(store, ["unemployed"])
    codes = [item["code"] for item in checklist(store, person_id, "1", ON)]
    assert codes[0] == "application" and "unemployed_registration" in codes
    assert "business_plan" not in codes and "low_income_certificate" not in codes
    mark_received(store, person_id, "1", "application", ON)
    mark_received(store, person_id, "1", "identity_document", ON - timedelta(days=3))
    items = {i["code"]: i["received_on"] for i in checklist(store, person_id, "1", ON)}
    assert items["application"] == "2026-03-02" and items["identity_document"] == "2026-02-27"
    missing = [d.code for d in missing_documents(store, person_id, "1", ON)]
    assert len(missing) == len(codes) - 2 and "application" not in missing
    # Direction 2 has its own list: nothing of direction 1 counts there.
    direction_2 = [d.code for d in missing_documents(store, person_id, "2", ON)]
    assert "business_plan" in direction_2 and "application" in direction_2


def test_unticking_keeps_one_row_without_a_date(store: Store) -> None:
    person_id = _person(store, ["unemployed"])
    first = mark_received(store, person_id, "1", "application", ON)
    second = mark_received(store, person_id, "1", "application", None)
    assert first.record_id == second.record_id and second.fields == ("received_on",)
    assert "application" in [d.code for d in missing_documents(store, person_id, "1", ON)]
    assert store.db.execute("SELECT count(*) FROM person_documents").fetchone()[0] == 1


def test_the_categorys_proof_follows_the_card(store: Store) -> None:
    person_id = _person(store, ["low_income", "disabled_able_to_work"], Citizenship.ORALMAN)
    codes = {i["code"] for i in checklist(store, person_id, "3", ON)}
    assert {"low_income_certificate", "disability_certificate", "oralman_certificate",
            "relocation_application", "family_composition"} <= codes
    assert "unemployed_registration" not in codes


def test_a_document_off_the_list_or_in_the_future_is_refused(store: Store) -> None:
    person_id = _person(store, ["unemployed"])
    with pytest.raises(ApplicantError, match="not on the checklist of direction 1"):
        mark_received(store, person_id, "1", "business_plan", ON)
    with pytest.raises(ApplicantError, match="in the future"):
        mark_received(store, person_id, "1", "application", clock.today() + timedelta(days=1))
    assert store.db.execute("SELECT count(*) FROM person_documents").fetchone()[0] == 0


def test_directions_of_the_cases_newest_first(store: Store) -> None:
    person_id = _person(store, ["unemployed"])
    assert case_directions(store, person_id) == []
    open_case(store, person_id, "1", None, date(2025, 5, 1))
    open_case(store, person_id, "2", None, date(2026, 1, 10))
    open_case(store, person_id, "1", None, date(2024, 1, 10))
    assert case_directions(store, person_id) == ["2", "1"]


def test_every_document_has_three_names_a_basis_and_a_section() -> None:
    documents = all_documents(RULES, ON)
    assert len({d.code for d in documents}) == len(documents) >= 10
    for direction in "1234":
        assert any(d.basis == "decree" for d in documents_for(RULES, direction, ON))
    assert {d.code for d in documents if d.basis == "decree"} == {
        "application", "relocation_application", "business_plan", "microcredit_application"}


def test_a_broken_checklist_fails_loudly(tmp_path: Path) -> None:
    body = {"documents_checklist": {"description": "d", "unit": "u", "reference": "r",
                                    "values": {date(2013, 1, 1): [{"code": "x", "kk": "x",
                                               "ru": "x", "directions": ["5"],
                                               "basis": "hearsay", "reference": "§1"}]}}}
    (tmp_path / "documents.yaml").write_text(yaml.safe_dump(body, allow_unicode=True))
    with pytest.raises(ValueError) as raised:
        all_documents(load_rules(tmp_path), ON)
    assert "no en name" in str(raised.value) and "basis" in str(raised.value)
    assert "directions" in str(raised.value)
