"""An applicant's household: its members and what §6 and §4.3.1 need to know about it.

Every member is a person in `persons` (with an ИИН, like an applicant), linked by a
`household_members` row with the relation to the head. A person is in one household at most:
adding someone already in another household is refused. Adding an ИИН that is already a person
links that person instead of registering them twice.

§6: working-age members of a low-income family get targeted social assistance (АСП) only while
they take part; a family with no working-age member, or with a disabled member or one with a
socially significant disease, gets АСП under the general legislation. So the household keeps,
per member, "disabled" and "socially significant disease", and counts its working-age members.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain import clock
from desktop.domain.enums import Citizenship, Sex
from desktop.domain.iin import parse_iin
from desktop.resources import RESOURCES
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.profile import Profile
from desktop.rules.parameters import RuleSet, load_rules
from desktop.services.applicants import ApplicantError, applicant_details
from desktop.storage import search
from desktop.storage.store import Change, Store, Transaction

HEAD = "head"
# How a member is related to the head of the household, in the order the card offers them.
RELATIONS: tuple[str, ...] = (
    HEAD, "spouse", "child", "parent", "sibling", "grandchild", "grandparent", "other",
)


@functools.cache
def _rules() -> RuleSet:
    return load_rules(RESOURCES / "rules")


@dataclass
class MemberInput:
    """A member to add: the ИИН, and the names if the ИИН is not yet a person."""

    iin: str
    relation: str
    last_name: str = ""
    first_name: str = ""
    patronymic: str | None = None
    disabled: bool = False
    socially_significant_disease: bool = False


@dataclass(frozen=True)
class AddedMember:
    change: Change  # the household_members row
    person_id: str
    linked: bool  # True: an existing person was linked, not registered anew
    name: str


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _membership(db: Any, person_id: str) -> dict[str, Any] | None:
    """The person's live membership (of a live household), or None."""
    found = _rows(db.execute(
        "SELECT m.* FROM household_members m JOIN households h ON h.id = m.household_id"
        " WHERE m.person_id = ? AND m.deleted = 0 AND h.deleted = 0"
        " ORDER BY m.created_at LIMIT 1",
        [person_id],
    ))
    return found[0] if found else None


def is_working_age(birth_date: str, sex: str, on: date) -> bool:
    """Working age on `on` by the dated age limits of the rules (16 up to the pension age)."""
    profile = Profile(birth_date=date.fromisoformat(birth_date), sex=Sex(sex))
    return Applicant(_rules(), profile, on).working_age.value is True


def household_of(store: Store, person_id: str, on: date | None = None) -> dict[str, Any] | None:
    """The person's household with its members (head first) and the counts §6 needs, or None."""
    membership = _membership(store.db, person_id)
    if membership is None:
        return None
    on = on or clock.today()
    household = _rows(store.db.execute(
        "SELECT * FROM households WHERE id = ?", [membership["household_id"]]
    ))[0]
    members = _rows(store.db.execute(
        "SELECT m.id, m.person_id, m.relation, m.disabled, m.socially_significant_disease,"
        " p.iin, p.last_name, p.first_name, p.patronymic, p.birth_date, p.sex"
        " FROM household_members m JOIN persons p ON p.id = m.person_id"
        " WHERE m.household_id = ? AND m.deleted = 0 AND p.deleted = 0"
        " ORDER BY m.relation != 'head', p.birth_date, p.name_key",
        [household["id"]],
    ))
    for member in members:
        member["disabled"] = bool(member["disabled"])
        member["socially_significant_disease"] = bool(member["socially_significant_disease"])
        member["working_age"] = is_working_age(member["birth_date"], member["sex"], on)
    household.update(
        low_income=bool(household["low_income"]),
        asp_recipient=bool(household["asp_recipient"]),
        members=members,
        size=len(members),
        working_age=sum(m["working_age"] for m in members),
        disabled=sum(m["disabled"] for m in members),
        socially_significant_disease=sum(m["socially_significant_disease"] for m in members),
    )
    return household


def asp_general_rules(household: dict[str, Any]) -> bool:
    """§6: АСП as before (not tied to taking part): no working-age member, or a member who is
    disabled or has a socially significant disease."""
    return (household["working_age"] == 0 or household["disabled"] > 0
            or household["socially_significant_disease"] > 0)


def profile_household(store: Store, person_id: str, on: date | None = None) -> dict | None:
    """The other members as the eligibility profile's `household` (§6), or None if unknown."""
    household = household_of(store, person_id, on)
    if household is None:
        return None
    return {"members": [
        {"working_age": m["working_age"], "disabled": m["disabled"],
         "socially_significant_disease": m["socially_significant_disease"]}
        for m in household["members"] if m["person_id"] != person_id
    ]}


def lookup_iin(store: Store, iin: str) -> dict[str, Any] | None:
    """The person with this ИИН and their household id (None if in none); None if no person.

    Raises IinError for a mistyped ИИН, with the reason.
    """
    person = search.person_by_iin(store.db, parse_iin(iin).value)
    if person is None:
        return None
    membership = _membership(store.db, person["id"])
    return {**person, "household_id": membership["household_id"] if membership else None}


def _check_relation(relation: str) -> None:
    if relation not in RELATIONS:
        raise ApplicantError("Unknown relation: {relation}.", relation=relation)


def _ensure_household(tx: Transaction, applicant: dict[str, Any]) -> str:
    """The applicant's household id; a new one, headed by the applicant, if they had none."""
    membership = _membership(tx.db, applicant["id"])
    if membership is not None:
        return membership["household_id"]
    household_id = tx.save("households", {
        "head_person_id": applicant["id"], "settlement_kato": applicant.get("settlement_kato"),
        "address": applicant.get("address"), "low_income": "low_income" in applicant["categories"],
    }).record_id
    tx.save("household_members",
            {"household_id": household_id, "person_id": applicant["id"], "relation": HEAD})
    return household_id


def add_member(store: Store, person_id: str, data: MemberInput) -> AddedMember:
    """Add a member to the applicant's household (made now if there is none), in one
    transaction. An ИИН already registered links that person; one in another household, or
    already in this one, is refused."""
    _check_relation(data.relation)
    iin = parse_iin(data.iin)  # raises IinError with the reason, translated by the UI
    applicant = applicant_details(store, person_id)
    if iin.value == applicant["iin"]:
        raise ApplicantError("This is the applicant's own ИИН: they are in the household already.")
    with store.transaction("add household members") as tx:
        household_id = _ensure_household(tx, applicant)
        existing = search.person_by_iin(tx.db, iin.value)
        if existing is not None:
            name = f"{existing['last_name']} {existing['first_name']}"
            membership = _membership(tx.db, existing["id"])
            if membership is not None and membership["household_id"] == household_id:
                raise ApplicantError("{name} is already a member of this household.", name=name)
            if membership is not None:
                raise ApplicantError(
                    "{name} (ИИН {iin}) is already a member of another household: a person can "
                    "be in one household only. Remove them from that household first.",
                    name=name, iin=iin.value,
                )
            member_person, linked = existing["id"], True
        else:
            last, first = data.last_name.strip(), data.first_name.strip()
            if not last or not first:
                raise ApplicantError("Surname and first name are required.")
            member_person = tx.save("persons", {
                "iin": iin.value, "last_name": last, "first_name": first,
                "patronymic": (data.patronymic or "").strip() or None,
                "birth_date": iin.birth_date, "sex": iin.sex,
                "citizenship": Citizenship.CITIZEN,
                "settlement_kato": applicant.get("settlement_kato"),
                "address": applicant.get("address"),
            }).record_id
            name, linked = f"{last} {first}", False
        change = tx.save("household_members", {
            "household_id": household_id, "person_id": member_person,
            "relation": data.relation, "disabled": data.disabled,
            "socially_significant_disease": data.socially_significant_disease,
        })
    return AddedMember(change, member_person, linked, name)


def _member(store: Store, member_id: str) -> dict[str, Any]:
    found = _rows(store.db.execute(
        "SELECT * FROM household_members WHERE id = ? AND deleted = 0", [member_id]
    ))
    if not found:
        raise ApplicantError("This household member is no longer in the database.")
    return found[0]


def update_member(
    store: Store, member_id: str, *, relation: str | None = None,
    disabled: bool | None = None, socially_significant_disease: bool | None = None,
) -> Change:
    """Correct a member's relation or §6 facts; None leaves a field as it is."""
    member = _member(store, member_id)
    values: dict[str, Any] = {}
    if relation is not None:
        _check_relation(relation)
        if (relation == HEAD) != (member["relation"] == HEAD):
            raise ApplicantError("A household has one head: the head's relation cannot change, "
                                 "and no other member can become the head.")
        values["relation"] = relation
    if disabled is not None:
        values["disabled"] = disabled
    if socially_significant_disease is not None:
        values["socially_significant_disease"] = socially_significant_disease
    with store.transaction("correct household members") as tx:
        return tx.save("household_members", values, record_id=member_id)


def remove_member(store: Store, member_id: str) -> Change:
    """Take a member out of the household: the link is tombstoned, the person stays."""
    member = _member(store, member_id)
    if member["relation"] == HEAD:
        raise ApplicantError("The head of the household cannot be removed from it.")
    with store.transaction("remove household members") as tx:
        return tx.delete("household_members", member_id)


def set_household_flags(
    store: Store, person_id: str, *, low_income: bool | None = None,
    asp_recipient: bool | None = None,
) -> Change:
    """Low-income family (§4.3.1) and receiving АСП now (§6) for the applicant's household
    (made now, headed by the applicant, if they had none); None leaves a flag as it is."""
    values = {k: v for k, v in (("low_income", low_income), ("asp_recipient", asp_recipient))
              if v is not None}
    applicant = applicant_details(store, person_id)
    with store.transaction("correct households") as tx:
        return tx.save("households", values, record_id=_ensure_household(tx, applicant))
