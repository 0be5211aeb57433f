"""Households over a real encrypted database: members by ИИН, one household each, tombstones."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.enums import Role
from desktop.domain.iin import IinError, make_iin
from desktop.services.applicants import (
    ApplicantError,
    ApplicantInput,
    find_by_iin,
    register_applicant,
)
from desktop.services.cases import eligibility_profile
from desktop.services.households import (
    MemberInput,
    add_member,
    household_of,
    profile_household,
    remove_member,
    set_household_flags,
    update_member,
)
from desktop.storage.store import Store

ON = date(2026, 3, 2)
APPLICANT = make_iin(date(1985, 4, 12), "female", 101)
SPOUSE = make_iin(date(1983, 9, 1), "male", 102)
CHILD = make_iin(date(2015, 6, 20), "male", 103)
GRANDMOTHER = make_iin(date(1950, 1, 5), "female", 104)


def _person(store: Store, iin: str = APPLICANT, last: str = "Омарова", first: str = "Дана",
            categories: list[str] | None = None) -> str:
    data = ApplicantInput(iin, last, first, settlement_kato="631020100",
                          categories=categories or ["unemployed"])
    return register_applicant(store, data).record_id


def test_a_new_iin_registers_the_member_with_birth_date_and_sex_from_it(store: Store) -> None:
    person_id = _person(store)
    added = add_member(store, person_id, MemberInput(CHILD, "child", "Омаров", "Әли"))
    assert not added.linked
    household = household_of(store, person_id, ON)
    assert household["size"] == 2  # the applicant heads the household made for them
    head, child = household["members"]
    assert (head["person_id"], head["relation"]) == (person_id, "head")
    assert (child["iin"], child["birth_date"], child["sex"]) == (CHILD, "2015-06-20", "male")
    assert child["relation"] == "child" and not child["working_age"]
    assert household["working_age"] == 1
    assert find_by_iin(store, CHILD)["first_name"] == "Әли"


def test_an_iin_already_registered_links_that_person_without_a_duplicate(store: Store) -> None:
    person_id = _person(store)
    spouse_id = register_applicant(store, ApplicantInput(SPOUSE, "Омаров", "Ерлан")).record_id
    persons_before = store.db.execute("SELECT count(*) FROM persons").fetchone()[0]
    added = add_member(store, person_id, MemberInput(SPOUSE, "spouse"))  # no names typed
    assert added.linked and added.person_id == spouse_id and added.name == "Омаров Ерлан"
    assert store.db.execute("SELECT count(*) FROM persons").fetchone()[0] == persons_before
    assert [m["person_id"] for m in household_of(store, person_id)["members"]][1] == spouse_id


def test_a_mistyped_iin_is_refused_with_the_reason(store: Store) -> None:
    person_id = _person(store)
    wrong = CHILD[:-1] + str((int(CHILD[-1]) + 1) % 10)
    with pytest.raises(IinError) as raised:
        add_member(store, person_id, MemberInput(wrong, "child", "Омаров", "Әли"))
    assert raised.value.code == "check_digit"
    assert household_of(store, person_id) is None  # nothing written, not even the household


def test_a_new_member_needs_names(store: Store) -> None:
    person_id = _person(store)
    with pytest.raises(ApplicantError, match="Surname and first name are required"):
        add_member(store, person_id, MemberInput(CHILD, "child", " ", ""))
    assert household_of(store, person_id) is None


def test_a_person_in_another_household_is_refused(store: Store) -> None:
    first = _person(store)
    add_member(store, first, MemberInput(CHILD, "child", "Омаров", "Әли"))
    other = _person(store, GRANDMOTHER, "Сейтова", "Күләш")
    with pytest.raises(ApplicantError, match="already a member of another household") as raised:
        add_member(store, other, MemberInput(CHILD, "grandchild"))
    assert raised.value.params["name"] == "Омаров Әли"
    with pytest.raises(ApplicantError, match="already a member of this household"):
        add_member(store, first, MemberInput(CHILD, "child"))
    assert household_of(store, other) is None


def test_removing_a_member_is_a_tombstone_with_an_audit_entry(store: Store) -> None:
    person_id = _person(store)
    added = add_member(store, person_id, MemberInput(CHILD, "child", "Омаров", "Әли"))
    remove_member(store, added.change.record_id)
    assert household_of(store, person_id)["size"] == 1
    row = store.db.execute("SELECT deleted FROM household_members WHERE id = ?",
                           [added.change.record_id]).fetchone()
    assert row == (1,)  # still there, marked deleted: the removal can be synchronised
    audit = store.db.execute(
        "SELECT action, changes FROM audit_log WHERE table_name = 'household_members'"
        " AND record_id = ? ORDER BY seq DESC LIMIT 1", [added.change.record_id]).fetchone()
    assert audit[0] == "delete" and json.loads(audit[1]) == {"deleted": 1}
    assert find_by_iin(store, CHILD) is not None  # the person stays
    # Out of that household, the child may join another one.
    other = _person(store, GRANDMOTHER, "Сейтова", "Күләш")
    assert add_member(store, other, MemberInput(CHILD, "grandchild")).linked


def test_the_head_cannot_be_removed_nor_a_second_head_made(store: Store) -> None:
    person_id = _person(store)
    added = add_member(store, person_id, MemberInput(CHILD, "child", "Омаров", "Әли"))
    head = household_of(store, person_id)["members"][0]
    with pytest.raises(ApplicantError, match="head of the household cannot be removed"):
        remove_member(store, head["id"])
    with pytest.raises(ApplicantError, match="one head"):
        update_member(store, added.change.record_id, relation="head")
    with pytest.raises(ApplicantError, match="Unknown relation"):
        update_member(store, added.change.record_id, relation="cousin-twice-removed")


def test_the_applicants_own_iin_is_refused(store: Store) -> None:
    person_id = _person(store)
    with pytest.raises(ApplicantError, match="applicant's own ИИН"):
        add_member(store, person_id, MemberInput(APPLICANT, "spouse"))


def test_section_6_counts_and_flags_reach_the_eligibility_profile(store: Store) -> None:
    person_id = _person(store, categories=["low_income"])
    add_member(store, person_id, MemberInput(CHILD, "child", "Омаров", "Әли"))
    grandmother = add_member(store, person_id,
                             MemberInput(GRANDMOTHER, "parent", "Сейтова", "Күләш"))
    update_member(store, grandmother.change.record_id, disabled=True, relation="grandparent")
    set_household_flags(store, person_id, asp_recipient=True)
    household = household_of(store, person_id, ON)
    assert household["low_income"] and household["asp_recipient"]  # low-income from category
    assert (household["size"], household["working_age"], household["disabled"]) == (3, 1, 1)
    assert household["members"][1]["relation"] == "grandparent"  # head first, then by age
    assert profile_household(store, person_id, ON) == {"members": [
        {"working_age": False, "disabled": True, "socially_significant_disease": False},
        {"working_age": False, "disabled": False, "socially_significant_disease": False},
    ]}
    profile = eligibility_profile(store, person_id)
    assert profile.household is not None and any(m.disabled for m in profile.household)


def test_flags_on_a_person_without_a_household_make_one(store: Store) -> None:
    person_id = _person(store)
    set_household_flags(store, person_id, low_income=True)
    household = household_of(store, person_id)
    assert household["low_income"] and household["size"] == 1


def test_demo_data_has_households_disabled_members_and_documents(demo_store: Store) -> None:
    db = demo_store.db
    sizes = [n for (n,) in db.execute(
        "SELECT count(*) FROM household_members WHERE deleted = 0 GROUP BY household_id")]
    assert max(sizes) > 1 and sum(sizes) == 120  # every demo person in exactly one household
    assert db.execute("SELECT count(*) FROM household_members WHERE disabled = 1"
                      ).fetchone()[0] > 0
    received = db.execute("SELECT count(DISTINCT person_id) FROM person_documents"
                          " WHERE received_on IS NOT NULL").fetchone()[0]
    with_cases = db.execute("SELECT count(DISTINCT person_id) FROM cases").fetchone()[0]
    assert 0 < received < with_cases  # some brought documents, not everybody


def test_households_from_before_0007_read_as_not_disabled(tmp_path) -> None:  # noqa: ANN001
    from desktop.domain.ids import new_id
    from desktop.storage.connection import create_database, open_with_key
    from desktop.storage.store import Actor
    from tests.conftest import FAST_KDF, PASSPHRASE

    path = tmp_path / "old.db"
    opened, data_key, user_id = create_database(path, "admin", PASSPHRASE, FAST_KDF,
                                                stop_before="0007_household_and_documents")
    now = "2026-01-05T10:00:00+00:00"
    ids = {name: new_id() for name in ("head", "child", "household")}
    for key, iin, first, born, sex in (("head", APPLICANT, "Дана", "1985-04-12", "female"),
                                       ("child", CHILD, "Әли", "2015-06-20", "male")):
        opened.db.execute(
            "INSERT INTO persons (id, created_at, updated_at, iin, last_name, first_name,"
            " birth_date, sex, citizenship) VALUES (?, ?, ?, ?, 'Омарова', ?, ?, ?, 'citizen')",
            [ids[key], now, now, iin, first, born, sex])
    opened.db.execute("INSERT INTO households (id, created_at, updated_at, head_person_id,"
                      " low_income) VALUES (?, ?, ?, ?, 1)",
                      [ids["household"], now, now, ids["head"]])
    for key, relation in (("head", "head"), ("child", "child")):
        opened.db.execute("INSERT INTO household_members (id, created_at, updated_at,"
                          " household_id, person_id, relation) VALUES (?, ?, ?, ?, ?, ?)",
                          [new_id(), now, now, ids["household"], ids[key], relation])
    opened.db.conn.commit()
    opened.close()
    upgraded = open_with_key(path, opened.keyring, data_key)
    store = Store(upgraded, Actor(user_id, "admin", Role.ADMINISTRATOR))
    household = household_of(store, ids["head"], ON)
    assert household["low_income"] and not household["asp_recipient"]
    assert (household["size"], household["disabled"], household["working_age"]) == (2, 0, 1)
    upgraded.close()
