"""The akim's conclusion on a direction-2 business project (§4.3.2, mechanism step 3).

When the employment centre sends its list of applicants, the akim of the rural okrug (or
settlement) where the business is to be run answers within 10 calendar days with "a
conclusion agreeing the feasibility of the project, or a reasoned refusal". It is a legal act:
an append-only `decisions` row (kind `akim_conclusion`, authority `akim`, its author and date),
never edited. A later conclusion supersedes the earlier one (`supersedes_id`); both stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain.enums import DecisionKind, Direction, Role
from desktop.services.applicants import ApplicantError
from desktop.services.cases import case_details
from desktop.services.contracts import Party, participant_of
from desktop.services.territory import okrug_names
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Change, Store

FEASIBLE, REFUSED = "feasible", "refused"
OUTCOMES = (FEASIBLE, REFUSED)
AUTHORITY = "akim"
# The conclusion is the akim's, written in the akim's office (аппарат акима): the village
# specialist, or the administrator standing in on the device. A ЦЗН specialist receives the
# conclusion (step 3 sends it to the centre); he does not write it.
AKIM_ROLES = frozenset({Role.VILLAGE_SPECIALIST, Role.ADMINISTRATOR})


@dataclass(frozen=True)
class Conclusion:
    id: str
    case_id: str
    outcome: str
    decided_on: date
    project: str
    reason: str
    author: str | None
    supersedes_id: str | None
    superseded: bool  # a later conclusion replaced it


def record_conclusion(store: Store, case_id: str, outcome: str, decided_on: date,
                      project: str, reason: str | None) -> Change:
    """Record a new conclusion; the case's conclusion in force, if any, is superseded by it."""
    if store.actor.role not in AKIM_ROLES:
        raise PermissionDenied(role=store.actor.role.value,
                               action="write the akim's conclusion on a business project")
    case = case_details(store, case_id)
    if case["direction"] != Direction.ENTREPRENEURSHIP.value:
        raise ApplicantError("The akim's conclusion is given on business projects of "
                             "direction 2 only; this case is under direction {direction}.",
                             direction=case["direction"])
    if outcome not in OUTCOMES:
        raise ApplicantError("Choose whether the project is feasible or refused.")
    project = (project or "").strip()
    reason = (reason or "").strip()
    if not project:
        raise ApplicantError("Describe the business project the conclusion is about.")
    if outcome == REFUSED and not reason:
        raise ApplicantError("A refusal must give its reasons (§4.3.2: a reasoned refusal).")
    today = datetime.fromtimestamp(store.clock()).date()
    if decided_on > today:
        raise ApplicantError("The conclusion's date {day} is in the future.",
                             day=decided_on.isoformat())
    if decided_on < date.fromisoformat(case["applied_on"]):
        raise ApplicantError("The conclusion's date {day} is before the application "
                             "({applied}).", day=decided_on.isoformat(),
                             applied=case["applied_on"])
    in_force = [c for c in case_conclusions(store, case_id) if not c.superseded]
    with store.transaction("record akim's conclusions") as tx:
        return tx.save("decisions", {
            "case_id": case_id, "kind": DecisionKind.AKIM_CONCLUSION,
            "decided_on": decided_on, "authority": AUTHORITY,
            "author_user_id": store.actor.user_id, "outcome": outcome, "project": project,
            "reason": reason or None,
            "supersedes_id": in_force[0].id if in_force else None,
        })


def case_conclusions(store: Store, case_id: str) -> list[Conclusion]:
    """The case's conclusions, newest first; only the newest is in force."""
    rows = store.db.execute(
        "SELECT d.id, d.case_id, d.outcome, d.decided_on, d.project, d.reason, u.full_name,"
        " d.supersedes_id FROM decisions AS d LEFT JOIN users AS u ON u.id = d.author_user_id"
        " WHERE d.case_id = ? AND d.kind = ? AND d.deleted = 0"
        " ORDER BY d.created_at DESC, d.id DESC",
        [case_id, DecisionKind.AKIM_CONCLUSION.value]).fetchall()
    replaced = {row[7] for row in rows if row[7]}
    return [Conclusion(r[0], r[1], r[2] or "", date.fromisoformat(r[3]), r[4] or "",
                       r[5] or "", r[6], r[7], r[0] in replaced) for r in rows]


@dataclass(frozen=True)
class ConclusionDocument:
    conclusion: Conclusion
    case: dict[str, Any]
    participant: Party
    okrug: dict[str, str]  # language → the rural okrug's name (the akim's)


def conclusion_document(store: Store, decision_id: str) -> ConclusionDocument:
    row = store.db.execute("SELECT case_id FROM decisions WHERE id = ? AND deleted = 0",
                           [decision_id]).fetchone()
    if row is None:
        raise ApplicantError("This conclusion is no longer in the database.")
    case = case_details(store, row[0])
    conclusion = next(c for c in case_conclusions(store, row[0]) if c.id == decision_id)
    return ConclusionDocument(conclusion, case, participant_of(store, case["person_id"]),
                              okrug_names(case.get("settlement_kato")))
