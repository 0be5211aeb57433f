"""Cases (an application under one direction): open, read, plan the amount, move along states.

A case is opened as a draft with a number the okrug's devices never share (`numbering`). Its
state moves only along `domain.cases.TRANSITIONS`; the employment centre's decisions (include,
refuse) are the district's, so only district roles may make them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain import clock
from desktop.domain.cases import TRANSITIONS, CaseState, check_transition
from desktop.domain.enums import Direction, Role
from desktop.domain.measures import MEASURES_BY_DIRECTION, Measure
from desktop.rules.eligibility.profile import Profile, parse_profile
from desktop.services.applicants import ApplicantError, applicant_details
from desktop.services.households import profile_household
from desktop.services.numbering import next_number
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Change, Store

# Decisions of the employment centre (§4.3.1 step 4): made at the district, never in a village.
DISTRICT_STATES = frozenset({CaseState.INCLUDED, CaseState.REFUSED})
DISTRICT_ROLES = frozenset({Role.DISTRICT_SPECIALIST, Role.ADMINISTRATOR})
DEFAULT_OKRUG = "000000000"


def okrug_of(settlement_kato: str | None) -> str:
    """The rural okrug КАТО of a settlement: its first 6 digits and "000"."""
    if not settlement_kato or len(settlement_kato) < 6:
        return DEFAULT_OKRUG
    return settlement_kato[:6] + "000"


def open_case(
    store: Store, person_id: str, direction: Direction | str, measure: Measure | str | None,
    applied_on: date, notes: str | None = None,
) -> Change:
    """Open a draft case for the person, numbered in their okrug, in one transaction."""
    direction = Direction(direction)
    if measure is not None:
        measure = Measure(measure)
        if measure not in MEASURES_BY_DIRECTION[direction]:
            raise ApplicantError(
                "Measure {measure} does not belong to direction {direction}.",
                measure=measure.value, direction=direction.value,
            )
    person = applicant_details(store, person_id)
    with store.transaction("open cases") as tx:
        number = next_number(tx, "case", okrug_of(person.get("settlement_kato")))
        return tx.save("cases", {
            "number": number, "person_id": person_id, "direction": direction.value,
            "measure": measure.value if measure else None, "state": CaseState.DRAFT,
            "applied_on": applied_on, "settlement_kato": person.get("settlement_kato"),
            "notes": (notes or "").strip() or None,
        })


def case_details(store: Store, case_id: str) -> dict[str, Any]:
    """The case's stored fields (planned_amount as a Decimal or None)."""
    cursor = store.db.execute("SELECT * FROM cases WHERE id = ? AND deleted = 0", [case_id])
    row = cursor.fetchone()
    if row is None:
        raise ApplicantError("This case is no longer in the database.")
    case = dict(zip([d[0] for d in cursor.description], row, strict=True))
    amount = case.get("planned_amount")
    case["planned_amount"] = Decimal(amount) if amount not in (None, "") else None
    return case


def save_case_plan(
    store: Store, case_id: str, amount: Decimal | None, rules_version: str | None
) -> Change:
    """Record the computed amount and the rule set that computed it."""
    case_details(store, case_id)
    with store.transaction("plan cases") as tx:
        return tx.save("cases", {"planned_amount": amount, "rules_version": rules_version},
                       record_id=case_id)


def allowed_moves(role: Role, state: CaseState | str) -> list[CaseState]:
    """The states this role may move a case in `state` to, in the state machine's order."""
    targets = TRANSITIONS[CaseState(state)]
    return [s for s in CaseState if s in targets
            and (s not in DISTRICT_STATES or role in DISTRICT_ROLES)]


# The date each move stamps on the case: the deadlines count from them (docs/deadlines.md).
STAMPED_ON_MOVE = {
    CaseState.SUBMITTED: "submitted_on",
    CaseState.INCLUDED: "decided_on",
    CaseState.REFUSED: "decided_on",
    CaseState.IN_PROGRESS: "started_on",
}


def move_case(store: Store, case_id: str, new_state: CaseState | str,
              on: date | None = None) -> Change:
    """Move the case to `new_state` if the state machine and the user's role allow it.

    Sending, deciding and starting also record their date (`on`, today by default)."""
    wanted = CaseState(new_state)
    current = CaseState(case_details(store, case_id)["state"])
    check_transition(current, wanted)
    if wanted in DISTRICT_STATES and store.actor.role not in DISTRICT_ROLES:
        raise PermissionDenied(role=store.actor.role.value,
                               action="decide on inclusion in the programme")
    fields: dict[str, Any] = {"state": wanted}
    if wanted in STAMPED_ON_MOVE:
        fields[STAMPED_ON_MOVE[wanted]] = on or clock.today()
    with store.transaction("move cases") as tx:
        return tx.save("cases", fields, record_id=case_id)


def _settlement(store: Store, kato: str | None) -> dict[str, Any]:
    if not kato:
        return {}
    row = store.db.execute(
        "SELECT potential, support FROM settlements WHERE kato = ? AND deleted = 0", [kato]
    ).fetchone()
    found: dict[str, Any] = {"kato": kato, "rural": kato[4:6] != "00"}
    if row is not None:
        found.update(potential=row[0], support_settlement=bool(row[1]))
    return found


def eligibility_profile(
    store: Store, person_id: str, answers: Mapping[str, Any] | None = None
) -> Profile:
    """The person's stored facts (birth date, sex, citizenship, categories, settlement) plus
    the form's answers (profile fields as JSON values); raises ProfileError on a bad answer."""
    person = applicant_details(store, person_id)
    data: dict[str, Any] = {
        "birth_date": person.get("birth_date"),
        "sex": person.get("sex"),
        "citizenship": person.get("citizenship"),
        "categories": person.get("categories") or [],
        "settlement": _settlement(store, person.get("settlement_kato")),
    }
    household = profile_household(store, person_id)  # §6: the family, when it is recorded
    if household is not None:
        data["household"] = household
    data.update({k: v for k, v in (answers or {}).items() if v is not None})
    return parse_profile(data)
