"""The server's scope and authority rules (desktop/sync/authority.py), entry by entry."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.sync import authority as a
from desktop.sync import wire

OKRUG = "551610000"
OTHER = "551620000"
VILLAGE = a.Writer(a.VILLAGE, OKRUG)
DISTRICT = a.Writer(a.DISTRICT, None)
TABLES = frozenset(wire.SYNC_TABLES) | frozenset(wire.SERVER_TABLES)


def check(writer: a.Writer, table: str, fields: dict[str, Any], *,
          stored: dict[str, Any] | None = None, stored_okrug: str | None = None,
          parent: a.Parent | None = None, okrugs: tuple[str, ...] = (OKRUG, OTHER)
          ) -> a.Verdict:
    return a.check_entry(writer, table, fields, known_tables=TABLES, stored=stored,
                         stored_okrug=stored_okrug, parent=parent,
                         okrug_exists=lambda kato: kato in okrugs)


def case_parent(okrug: str | None = OKRUG, found: bool = True) -> a.Parent:
    return a.Parent("persons", "p1", found, okrug)


@pytest.mark.parametrize("table", sorted(a.REFERENCE_TABLES))
def test_reference_data_is_district_wide_and_written_by_the_district_only(table: str) -> None:
    assert check(DISTRICT, table, {"name": "Ферма"}) == a.Verdict(None)
    assert check(VILLAGE, table, {"name": "Ферма"}).reason == "authority"


def test_users_of_a_district_device_are_district_wide_of_a_village_device_its_okrug() -> None:
    assert check(DISTRICT, "users", {"full_name": "Ж"}).okrug is None
    assert check(VILLAGE, "users", {"full_name": "Ж"}).okrug == OKRUG
    # a district user edited from a village: another scope
    assert check(VILLAGE, "users", {"full_name": "Ж"}, stored={"full_name": "Z"},
                 stored_okrug=None).reason == "out_of_scope"


def test_a_village_person_belongs_to_the_village_okrug() -> None:
    assert check(VILLAGE, "persons", {"iin": "1"}).okrug == OKRUG
    assert check(VILLAGE, "households", {"address": "x"}).okrug == OKRUG


def test_a_district_person_takes_the_okrug_of_its_settlement() -> None:
    verdict = check(DISTRICT, "persons", {"iin": "1", "settlement_kato": "551620100"})
    assert verdict == a.Verdict(OTHER)


@pytest.mark.parametrize("fields", [{"iin": "1"}, {"iin": "1", "settlement_kato": "5516"},
                                    {"iin": "1", "settlement_kato": "559990100"}])
def test_a_district_person_without_a_known_okrug_is_invalid(fields: dict[str, Any]) -> None:
    verdict = check(DISTRICT, "persons", fields)
    assert verdict.reason == "invalid" and verdict.message


def test_an_existing_record_keeps_its_scope() -> None:
    verdict = check(DISTRICT, "persons", {"phone": "1"}, stored={"iin": "1"}, stored_okrug=OTHER)
    assert verdict.okrug == OTHER


@pytest.mark.parametrize("table,column,parent_table", [
    (t, c, p) for t, (c, p) in sorted(a.PARENTS.items())])
def test_a_child_takes_its_parents_scope(table: str, column: str, parent_table: str) -> None:
    assert a.parent_link(table, {column: "x1"}, None) == (parent_table, "x1")
    assert a.parent_link(table, {}, {column: "x2"}) == (parent_table, "x2")
    parent = a.Parent(parent_table, "x1", True, OKRUG)
    fields = {column: "x1"}
    if table == "decisions":
        fields["kind"] = "akim_conclusion"
    if table == "payments":
        assert check(DISTRICT, table, fields, parent=parent).okrug == OKRUG
    else:
        assert check(VILLAGE, table, fields, parent=parent).okrug == OKRUG
        assert check(VILLAGE, table, fields, parent=a.Parent(parent_table, "x1", True, OTHER)
                     ).reason == "out_of_scope"


def test_a_child_whose_parent_is_not_on_the_server_is_invalid_with_a_reason() -> None:
    verdict = check(VILLAGE, "cases", {"person_id": "p1"}, parent=case_parent(found=False))
    assert verdict.reason == "invalid"
    assert "push it first" in verdict.message
    assert check(VILLAGE, "cases", {"state": "new"}).reason == "invalid"  # no person_id at all


def test_a_village_device_writing_another_okrugs_record_is_out_of_scope() -> None:
    verdict = check(VILLAGE, "persons", {"phone": "1"}, stored={"iin": "1"}, stored_okrug=OTHER)
    assert verdict.reason == "out_of_scope"


@pytest.mark.parametrize("state", ["included", "refused"])
def test_only_the_district_includes_or_refuses(state: str) -> None:
    fields = {"person_id": "p1", "state": state}
    assert check(VILLAGE, "cases", fields, parent=case_parent()).reason == "authority"
    assert not check(DISTRICT, "cases", fields, parent=case_parent()).rejected
    assert not check(VILLAGE, "cases", {"person_id": "p1", "state": "applied"},
                     parent=case_parent()).rejected


@pytest.mark.parametrize("kind", ["inclusion", "refusal", "sanction", "sanction_lifted"])
def test_district_decisions_are_refused_from_a_village(kind: str) -> None:
    parent = a.Parent("cases", "c1", True, OKRUG)
    assert check(VILLAGE, "decisions", {"case_id": "c1", "kind": kind},
                 parent=parent).reason == "authority"
    assert not check(DISTRICT, "decisions", {"case_id": "c1", "kind": kind},
                     parent=parent).rejected


def test_the_akim_conclusion_is_the_villages() -> None:
    parent = a.Parent("cases", "c1", True, OKRUG)
    assert not check(VILLAGE, "decisions", {"case_id": "c1", "kind": "akim_conclusion"},
                     parent=parent).rejected


def test_a_village_cannot_record_payments_or_sign_contracts() -> None:
    parent = a.Parent("cases", "c1", True, OKRUG)
    assert check(VILLAGE, "payments", {"case_id": "c1"}, parent=parent).reason == "authority"
    for fields in ({"status": "signed"}, {"signed_on": "2026-01-02"},
                   {"signed_by_user_id": "u1"}):
        verdict = check(VILLAGE, "social_contracts", {"case_id": "c1", **fields}, parent=parent)
        assert verdict.reason == "authority", fields
    assert not check(VILLAGE, "social_contracts", {"case_id": "c1", "status": "draft",
                                                   "signed_on": None}, parent=parent).rejected


@pytest.mark.parametrize("table", ["decisions", "payments"])
def test_legal_acts_are_append_only(table: str) -> None:
    stored = {"case_id": "c1", "kind": "inclusion", "reason": None, "amount": 5}
    verdict = check(DISTRICT, table, {"kind": "refusal"}, stored=stored, stored_okrug=OKRUG)
    assert verdict.reason == "append_only"
    assert check(DISTRICT, table, {"deleted": 1}, stored=stored,
                 stored_okrug=OKRUG).reason == "append_only"
    # an empty field may still be filled, and the same value again changes nothing
    assert not check(DISTRICT, table, {"reason": "§4", "kind": "inclusion"}, stored=stored,
                     stored_okrug=OKRUG).rejected


def test_a_signed_contract_changes_only_by_being_superseded_from_the_district() -> None:
    stored = {"case_id": "c1", "status": "signed", "signed_on": "2026-01-02", "number": "7"}
    assert not check(DISTRICT, "social_contracts", {"status": "superseded"}, stored=stored,
                     stored_okrug=OKRUG).rejected
    assert check(DISTRICT, "social_contracts", {"number": "8"}, stored=stored,
                 stored_okrug=OKRUG).reason == "append_only"
    assert check(DISTRICT, "social_contracts", {"status": "superseded", "number": "8"},
                 stored=stored, stored_okrug=OKRUG).reason == "append_only"
    assert check(VILLAGE, "social_contracts", {"status": "superseded"}, stored=stored,
                 stored_okrug=OKRUG).reason == "append_only"
    assert not check(VILLAGE, "social_contracts", {"number": "7"}, stored=stored,
                     stored_okrug=OKRUG).rejected


def test_a_draft_contract_can_be_corrected() -> None:
    stored = {"case_id": "c1", "status": "draft", "number": "7"}
    assert not check(VILLAGE, "social_contracts", {"number": "8"}, stored=stored,
                     stored_okrug=OKRUG).rejected


def test_a_conflict_may_be_resolved_in_its_scope_only() -> None:
    stored = {"table_name": "persons", "field": "phone"}
    fields = {"resolved_at_ms": 5, "resolution": "winner"}
    assert check(VILLAGE, "sync_conflicts", fields, stored=stored,
                 stored_okrug=OKRUG) == a.Verdict(OKRUG)
    assert check(VILLAGE, "sync_conflicts", fields, stored=stored,
                 stored_okrug=OTHER).reason == "out_of_scope"
    assert check(VILLAGE, "sync_conflicts", {"field": "x"}, stored=stored,
                 stored_okrug=OKRUG).reason == "authority"
    assert check(VILLAGE, "sync_conflicts", fields).reason == "authority"  # not the server's
    assert check(VILLAGE, "sync_notices", {"kind": "x"}).reason == "authority"


def test_an_unknown_table_is_refused() -> None:
    assert check(DISTRICT, "change_log", {"x": 1}).reason == "unknown_table"


def test_okrug_of_settlement_follows_the_kato_hierarchy() -> None:
    assert a.okrug_of_settlement("551620100") == "551620000"
