"""Monitoring of a case's social contract: visits, obligations, sanctions (§4.3.1 step 7, §5, §6).

Who may do what, from the decree:
- The employment centre (ЦЗН) controls that participants fulfil the social contract (§4.3.1
  step 7, §5) and "applies sanctions under the legislation when its terms are not fulfilled"
  (§7, the ЦЗН's task 3). So only the district roles (`cases.DISTRICT_ROLES`) impose or lift a
  sanction.
- The akim's office runs the programme at village level (§4.3, "на уровне сел и аулов") and
  sees the participant: a village specialist records visits and what they found, marks the
  contract's obligations, and may *propose* a sanction with a visit that found a breach. A
  proposal is not a legal act: it travels to the ЦЗН with the visit, and the ЦЗН decides.

Visits and obligation checks are records of fact: they can be corrected, and the audit log
keeps every earlier value. Sanctions are legal acts: append-only `decisions`; lifting one is a
new decision that names it, never an edit.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain.cases import CaseState
from desktop.domain.enums import DecisionKind, Role, Sex
from desktop.domain.monitoring import (
    MONITORED_STATES,
    PROPOSAL_COMPLIANCE,
    SANCTION_AUTHORITY,
    Compliance,
    ObligationStatus,
    SanctionGround,
    VisitPlace,
)
from desktop.resources import RESOURCES
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.profile import Profile
from desktop.rules.parameters import RuleSet, load_rules
from desktop.services.applicants import ApplicantError, applicant_details
from desktop.services.cases import DISTRICT_ROLES, case_details
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Change, Store, to_column, utc_now_iso

DISABLED = "disabled_able_to_work"


class MonitoringError(ApplicantError):
    """Monitoring input a person must correct; `message` is translated in the UI (Errors)."""


@dataclass(frozen=True)
class VisitInput:
    visited_on: date
    place: VisitPlace | str
    findings: str
    compliance: Compliance | str
    place_note: str | None = None
    sanction_proposed: bool = False


@dataclass(frozen=True)
class SanctionInput:
    decided_on: date
    ground: SanctionGround | str
    reason: str
    asp_suspended: bool = True
    visit_id: str | None = None  # the visit whose findings (or proposal) ground it


# -- helpers -------------------------------------------------------------------------------
def today(store: Store) -> date:
    """The local date by the store's clock (tests move the clock, never the calendar)."""
    return datetime.fromtimestamp(store.clock()).date()


def shown(day: date | str) -> str:
    """A date in messages as dates are written in Kazakhstan: 02.03.2026."""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return value.strftime("%d.%m.%Y")


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _one(store: Store, table: str, record_id: str, missing: str) -> dict[str, Any]:
    found = _rows(store.db.execute(f"SELECT * FROM {table} WHERE id = ? AND deleted = 0",
                                   [record_id]))
    if not found:
        raise MonitoringError(missing)
    return found[0]


def can_decide_sanctions(role: Role) -> bool:
    """Sanctions are the employment centre's (§7): district roles only."""
    return role in DISTRICT_ROLES


def is_monitored(state: CaseState | str) -> bool:
    return CaseState(state) in MONITORED_STATES


def monitored_case(store: Store, case_id: str) -> dict[str, Any]:
    """The case, refused unless it is under monitoring (contract signed, running, broken)."""
    case = case_details(store, case_id)
    if not is_monitored(case["state"]):
        raise MonitoringError(
            "Monitoring starts when the social contract is signed: this case is not under "
            "monitoring."
        )
    return case


def _check_day(store: Store, day: date, earliest: date, earliest_text: str) -> None:
    """Not in the future (by this device's clock) and not before `earliest`."""
    if day > today(store):
        raise MonitoringError("The date {date} is in the future: enter the day it happened.",
                              date=shown(day))
    if day < earliest:
        raise MonitoringError(earliest_text, date=shown(day), earliest=shown(earliest))


def _check_against_case(store: Store, case: dict[str, Any], day: date) -> None:
    _check_day(store, day, date.fromisoformat(case["applied_on"]),
               "The date {date} is before the case was applied for ({earliest}).")


# -- visits --------------------------------------------------------------------------------
def _visit_values(store: Store, case: dict[str, Any], data: VisitInput) -> dict[str, Any]:
    _check_against_case(store, case, data.visited_on)
    place, compliance = VisitPlace(data.place), Compliance(data.compliance)
    note = (data.place_note or "").strip() or None
    if place is VisitPlace.OTHER and not note:
        raise MonitoringError("Say where the visit took place.")
    findings = data.findings.strip()
    if not findings:
        raise MonitoringError("Write what the visit found.")
    if data.sanction_proposed and compliance not in PROPOSAL_COMPLIANCE:
        raise MonitoringError(
            "A sanction can be proposed only after a visit that found a breach or partial "
            "compliance."
        )
    return {"visited_on": data.visited_on, "place": place, "place_note": note,
            "findings": findings, "outcome": compliance,
            "sanction_proposed": bool(data.sanction_proposed)}


def record_visit(store: Store, case_id: str, data: VisitInput) -> Change:
    """Record a visit by the signed-in user to the participant of a monitored case."""
    case = monitored_case(store, case_id)
    values = _visit_values(store, case, data)
    with store.transaction("record monitoring visits") as tx:
        return tx.save("monitoring_visits",
                       {"case_id": case_id, "visitor_user_id": store.actor.user_id, **values})


def correct_visit(store: Store, visit_id: str, data: VisitInput) -> Change:
    """Correct a recorded visit; the audit log keeps what it said before.

    The visitor corrects their own record; the employment centre may correct any.
    """
    visit = visit_details(store, visit_id)
    if visit["visitor_user_id"] != store.actor.user_id and store.actor.role not in DISTRICT_ROLES:
        raise PermissionDenied(role=store.actor.role.value,
                               action="correct a visit recorded by another specialist")
    case = monitored_case(store, visit["case_id"])
    values = _visit_values(store, case, data)
    if any(to_column(value) != visit[key] for key, value in values.items()):
        values["corrected_at"] = utc_now_iso(store.clock)
    with store.transaction("correct monitoring visits") as tx:
        return tx.save("monitoring_visits", values, record_id=visit_id)


def visit_details(store: Store, visit_id: str) -> dict[str, Any]:
    return _one(store, "monitoring_visits", visit_id, "This visit is no longer in the database.")


def list_visits(store: Store, case_id: str) -> list[dict[str, Any]]:
    """The case's visits, newest first, with the visitor's name and when last corrected."""
    return _rows(store.db.execute(
        """
        SELECT v.id, v.case_id, v.visited_on, v.place, v.place_note, v.findings,
               v.outcome AS compliance, v.sanction_proposed, v.visitor_user_id,
               coalesce(u.full_name, '') AS visitor, v.created_at, v.corrected_at
        FROM monitoring_visits AS v LEFT JOIN users AS u ON u.id = v.visitor_user_id
        WHERE v.case_id = ? AND v.deleted = 0
        ORDER BY v.visited_on DESC, v.created_at DESC
        """,
        [case_id],
    ))


# -- obligations ---------------------------------------------------------------------------
def current_contract(store: Store, case_id: str) -> dict[str, Any] | None:
    """The case's social contract in force: the newest signed version (None if unsigned).

    A signed contract is amended by a new version (`supersedes_id`), never edited in place.
    """
    found = _rows(store.db.execute(
        """
        SELECT * FROM social_contracts
        WHERE case_id = ? AND deleted = 0 AND signed_on IS NOT NULL
        ORDER BY version DESC, signed_on DESC, created_at DESC LIMIT 1
        """,
        [case_id],
    ))
    return found[0] if found else None


def list_obligations(store: Store, case_id: str) -> list[dict[str, Any]]:
    """The obligations of the case's current contract, by due date (undated last)."""
    contract = current_contract(store, case_id)
    if contract is None:
        return []
    return _rows(store.db.execute(
        """
        SELECT o.id, o.contract_id, o.party, o.description, o.due_on, o.status, o.checked_on,
               o.check_note, coalesce(u.full_name, '') AS checked_by
        FROM obligations AS o LEFT JOIN users AS u ON u.id = o.checked_by_user_id
        WHERE o.contract_id = ? AND o.deleted = 0
        ORDER BY o.due_on IS NULL, o.due_on, o.created_at
        """,
        [contract["id"]],
    ))


def check_obligation(
    store: Store, obligation_id: str, status: ObligationStatus | str, checked_on: date,
    note: str | None = None,
) -> Change:
    """Mark an obligation fulfilled or not fulfilled on a day, with a note (a finding).

    Marking again corrects the mark; the audit log keeps the earlier one.
    """
    status = ObligationStatus(status)
    if status is ObligationStatus.OPEN:
        raise MonitoringError("Choose whether the obligation was fulfilled or not.")
    obligation = _one(store, "obligations", obligation_id,
                      "This obligation is no longer in the database.")
    contract = _one(store, "social_contracts", obligation["contract_id"],
                    "This social contract is no longer in the database.")
    case = monitored_case(store, contract["case_id"])
    _check_against_case(store, case, checked_on)
    if contract.get("signed_on"):
        _check_day(store, checked_on, date.fromisoformat(contract["signed_on"]),
                   "The date {date} is before the social contract was signed ({earliest}).")
    note = (note or "").strip() or None
    if status is ObligationStatus.BROKEN and not note:
        raise MonitoringError("Write how the obligation was not fulfilled.")
    with store.transaction("check obligations") as tx:
        return tx.save("obligations", {
            "status": status, "checked_on": checked_on, "check_note": note,
            "checked_by_user_id": store.actor.user_id,
        }, record_id=obligation_id)


# -- sanctions (§6) ------------------------------------------------------------------------
def _require_district(store: Store) -> None:
    if not can_decide_sanctions(store.actor.role):
        raise PermissionDenied(role=store.actor.role.value,
                               action="impose or lift sanctions (the employment centre decides)")


def check_sanction(store: Store, case_id: str, data: SanctionInput) -> dict[str, Any]:
    """The decision's values, or the error a person must correct; writes nothing.

    The window asks this before its confirmation, so nobody confirms a legal act that is
    then refused.
    """
    _require_district(store)
    case = monitored_case(store, case_id)
    ground = SanctionGround(data.ground)
    _check_against_case(store, case, data.decided_on)
    reason = data.reason.strip()
    if not reason:
        raise MonitoringError("The reason for the sanction is required.")
    if data.visit_id is not None and visit_details(store, data.visit_id)["case_id"] != case_id:
        raise MonitoringError("This visit is no longer in the database.")
    return {
        "case_id": case_id, "kind": DecisionKind.SANCTION, "decided_on": data.decided_on,
        "authority": SANCTION_AUTHORITY, "author_user_id": store.actor.user_id,
        "reason": reason, "asp_suspended": bool(data.asp_suspended),
        "sanction_ground": ground, "visit_id": data.visit_id,
    }


def impose_sanction(store: Store, case_id: str, data: SanctionInput) -> Change:
    """Record the ЦЗН's sanction on the case's participant: an append-only decision.

    With `asp_suspended` the payment of АСП *to this person* is suspended; the family keeps
    its right to АСП (§6).
    """
    values = check_sanction(store, case_id, data)
    with store.transaction("impose sanctions") as tx:
        return tx.save("decisions", values)


def check_lift(store: Store, sanction_id: str, decided_on: date, reason: str) -> dict[str, Any]:
    """The lifting decision's values, or the error a person must correct; writes nothing."""
    _require_district(store)
    sanction = _one(store, "decisions", sanction_id, "This sanction is no longer in the database.")
    if sanction["kind"] != DecisionKind.SANCTION:
        raise MonitoringError("This sanction is no longer in the database.")
    lifted = _lift_of(store, sanction_id)
    if lifted is not None:
        raise MonitoringError("This sanction was already lifted on {date}.",
                              date=shown(lifted["decided_on"]))
    case_details(store, sanction["case_id"])
    _check_day(store, decided_on, date.fromisoformat(sanction["decided_on"]),
               "The date {date} is before the sanction it lifts ({earliest}).")
    reason = reason.strip()
    if not reason:
        raise MonitoringError("The reason for lifting the sanction is required.")
    return {
        "case_id": sanction["case_id"], "kind": DecisionKind.SANCTION_LIFTED,
        "decided_on": decided_on, "authority": SANCTION_AUTHORITY,
        "author_user_id": store.actor.user_id, "reason": reason, "asp_suspended": False,
        "lifts_decision_id": sanction_id,
    }


def lift_sanction(store: Store, sanction_id: str, decided_on: date, reason: str) -> Change:
    """End a sanction (and the АСП suspension it made) by a new decision that names it."""
    values = check_lift(store, sanction_id, decided_on, reason)
    with store.transaction("lift sanctions") as tx:
        return tx.save("decisions", values)


def _lift_of(store: Store, sanction_id: str) -> dict[str, Any] | None:
    found = _rows(store.db.execute(
        "SELECT * FROM decisions WHERE lifts_decision_id = ? AND deleted = 0"
        " AND kind = ? ORDER BY decided_on LIMIT 1",
        [sanction_id, DecisionKind.SANCTION_LIFTED.value],
    ))
    return found[0] if found else None


def list_sanctions(store: Store, case_id: str) -> list[dict[str, Any]]:
    """Sanctions and lifts of the case in the order they were decided (oldest first).

    Each sanction carries `lifted_on` (None while in force); each lift `lifts_decided_on`.
    """
    return _rows(store.db.execute(
        """
        SELECT d.id, d.kind, d.decided_on, d.authority, d.reason, d.asp_suspended,
               d.sanction_ground AS ground, d.lifts_decision_id, d.visit_id,
               coalesce(u.full_name, '') AS author, d.created_at,
               (SELECT min(l.decided_on) FROM decisions AS l
                WHERE l.lifts_decision_id = d.id AND l.deleted = 0
                  AND l.kind = 'sanction_lifted') AS lifted_on,
               s.decided_on AS lifts_decided_on
        FROM decisions AS d LEFT JOIN users AS u ON u.id = d.author_user_id
        LEFT JOIN decisions AS s ON s.id = d.lifts_decision_id
        WHERE d.case_id = ? AND d.deleted = 0 AND d.kind IN ('sanction', 'sanction_lifted')
        ORDER BY d.decided_on, d.created_at
        """,
        [case_id],
    ))


def sanction_proposals(store: Store, case_id: str) -> list[dict[str, Any]]:
    """Visits proposing a sanction that no sanction has answered yet (newest first)."""
    return [v for v in list_visits(store, case_id) if v["sanction_proposed"]
            and not store.db.execute(
                "SELECT 1 FROM decisions WHERE visit_id = ? AND deleted = 0 AND kind = ?",
                [v["id"], DecisionKind.SANCTION.value]).fetchone()]


def asp_suspended(store: Store, person_id: str, on: date | None = None) -> bool:
    """Whether the payment of АСП to this person is suspended (on `on`, or now).

    Suspended while any sanction with `asp_suspended` on any of the person's cases has no
    lifting decision (dated on or before `on`).
    """
    last = (on or date.max).isoformat()
    row = store.db.execute(
        """
        SELECT 1 FROM decisions AS s JOIN cases AS c ON c.id = s.case_id
        WHERE c.person_id = ? AND c.deleted = 0 AND s.deleted = 0
          AND s.kind = 'sanction' AND s.asp_suspended = 1 AND s.decided_on <= ?
          AND NOT EXISTS (SELECT 1 FROM decisions AS l
                          WHERE l.lifts_decision_id = s.id AND l.deleted = 0
                            AND l.kind = 'sanction_lifted' AND l.decided_on <= ?)
        LIMIT 1
        """,
        [person_id, last, last],
    ).fetchone()
    return row is not None


@functools.cache
def _rules() -> RuleSet:
    return load_rules(RESOURCES / "rules")


def _working_age(person: dict[str, Any], on: date) -> bool | None:
    try:
        born = date.fromisoformat(person["birth_date"])
        profile = Profile(birth_date=born, sex=Sex(person["sex"]))
        return Applicant(_rules(), profile, on).working_age.value
    except (ValueError, TypeError, KeyError):
        return None


def asp_exemptions(store: Store, person_id: str, on: date | None = None) -> list[str]:
    """What the person's data says against suspending their АСП (§6), as codes:

    "person_disabled", "member_disabled" (someone in the household has a disability: the
    family gets АСП under the general legislation) and "not_working_age" (the participation
    condition covers working-age people only). Socially significant diseases are not recorded
    here: the specialist has to check them.
    """
    on = on or today(store)
    person = applicant_details(store, person_id)
    found = []
    if DISABLED in person["categories"]:
        found.append("person_disabled")
    members = store.db.execute(
        """
        SELECT p.categories FROM household_members AS me
        JOIN household_members AS m ON m.household_id = me.household_id AND m.deleted = 0
        JOIN persons AS p ON p.id = m.person_id AND p.deleted = 0
        WHERE me.person_id = ? AND me.deleted = 0 AND m.person_id != ?
        """,
        [person_id, person_id],
    ).fetchall()
    if any(DISABLED in (categories or "") for (categories,) in members):
        found.append("member_disabled")
    if _working_age(person, on) is False:
        found.append("not_working_age")
    return found


def case_summary(store: Store, case_id: str) -> dict[str, Any]:
    """What the monitoring window shows at the top: the case and its person."""
    case = case_details(store, case_id)
    person = applicant_details(store, case["person_id"])
    name = " ".join(filter(None, (person["last_name"], person["first_name"],
                                  person.get("patronymic"))))
    return {**case, "person_name": name, "iin": person["iin"],
            "asp_suspended": asp_suspended(store, case["person_id"])}
