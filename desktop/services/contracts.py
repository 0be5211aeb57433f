"""Social contracts (социальный контракт, §4.3, §4.3.1 step 5, §6, §7): draft, sign, amend.

A contract is drafted from a case: the participant and the district's employment centre (ЦЗН)
are its parties; the measure, its period (from the measure's rule parameter where one exists),
the benefit with its monthly schedule (the same rules functions the case form uses, and the
case's planned amount must agree with them) and the parties' obligations (a template per
direction and measure, each citing its section) are fixed when it is drafted. The amount,
schedule and terms are stored on the contract so a reprint years later shows what was signed.

A draft may be corrected. Once signed it is read-only: a change is an amendment, a new version
(`version` + 1, `supersedes_id`) drafted beside it; when the amendment is signed, the version it
replaces is marked superseded (until then the signed version stays in force, so a participant
is never left without a contract while an amendment is being prepared).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from desktop.domain import clock
from desktop.domain.cases import CaseState, check_transition
from desktop.domain.measures import Measure
from desktop.resources import RESOURCES
from desktop.rules.lookup import count_on
from desktop.rules.months import add_months
from desktop.rules.parameters import RuleSet, load_rules
from desktop.rules.relocation import relocation
from desktop.rules.result import CalculationResult
from desktop.rules.social_job import social_job
from desktop.rules.youth_practice import youth_practice
from desktop.services.applicants import ApplicantError, applicant_details
from desktop.services.cases import DISTRICT_ROLES, case_details, okrug_of
from desktop.services.numbering import next_number
from desktop.services.obligation_templates import obligations_for
from desktop.services.territory import district_names
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Change, Store

DRAFT, SIGNED, SUPERSEDED = "draft", "signed", "superseded"
# A contract is drafted while the case is alive; not after refusal, withdrawal or the end.
CLOSED_CASE_STATES = frozenset({CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.COMPLETED,
                                CaseState.TERMINATED})
# The ЦЗН concludes the contract with a person it has included (§4.3.1 steps 2 and 5); an
# amendment is signed while the participant takes part.
SIGNABLE_CASE_STATES = frozenset({CaseState.INCLUDED, CaseState.CONTRACTED,
                                  CaseState.IN_PROGRESS})
# The measures whose period is a rule parameter (months from the start).
PERIOD_PARAMETERS = {Measure.YOUTH_PRACTICE.value: "youth_practice_months",
                     Measure.SOCIAL_JOB.value: "social_job_months"}
CALCULATED = (Measure.YOUTH_PRACTICE.value, Measure.SOCIAL_JOB.value, Measure.RELOCATION.value)


@dataclass(frozen=True)
class ContractTerms:
    """What the person drafting types: the start, the end where no rule sets it, and the
    inputs of the measure's calculation (the wage of a social job, the move of a relocation)."""

    start: date
    end: date | None = None
    wage: Decimal | None = None
    move: str | None = None
    members: int = 0

    def to_json(self) -> str:
        return json.dumps({"start": self.start.isoformat(),
                           "end": self.end.isoformat() if self.end else None,
                           "wage": str(self.wage) if self.wage is not None else None,
                           "move": self.move, "members": self.members})

    @classmethod
    def from_json(cls, text: str | None, fallback_start: date) -> ContractTerms:
        data = json.loads(text) if text else {}
        return cls(
            start=date.fromisoformat(data["start"]) if data.get("start") else fallback_start,
            end=date.fromisoformat(data["end"]) if data.get("end") else None,
            wage=Decimal(data["wage"]) if data.get("wage") else None,
            move=data.get("move"), members=int(data.get("members") or 0),
        )


@dataclass
class Contract:
    """One version of a contract, as stored, with its obligations."""

    id: str
    case_id: str
    number: str
    version: int
    status: str
    supersedes_id: str | None
    measure: str | None
    valid_from: date | None
    valid_to: date | None
    signed_on: date | None
    signed_by: str | None  # the full name of who recorded the signing
    amount: Decimal | None
    rules_version: str | None
    schedule: list[tuple[str, Decimal]]  # (YYYY-MM, tenge)
    terms: ContractTerms
    created_at: str
    obligations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def read_only(self) -> bool:
        return self.status != DRAFT


@functools.cache
def rules() -> RuleSet:
    """The programme's rule set, read once (the same files the case form reads)."""
    return load_rules(RESOURCES / "rules")


def benefit(measure: str | None, terms: ContractTerms, applied_on: date
            ) -> CalculationResult | None:
    """The measure's amount and schedule, by the same rules functions as the case form."""
    if measure == Measure.YOUTH_PRACTICE:
        return youth_practice(rules(), terms.start)
    if measure == Measure.SOCIAL_JOB:
        if terms.wage is None:
            return None
        return social_job(rules(), terms.wage, terms.start)
    if measure == Measure.RELOCATION:
        if not terms.move:
            return None
        return relocation(rules(), terms.move, terms.members, applied_on)
    return None


def period_months(measure: str | None, start: date) -> int | None:
    """The measure's length in months where a rule parameter sets it (youth practice: 6)."""
    name = PERIOD_PARAMETERS.get(measure or "")
    return count_on(rules(), name, start, "start") if name else None


def contract_period(measure: str | None, terms: ContractTerms) -> tuple[date, date]:
    """From the start to the last day of the measure's months, or to the end typed."""
    months = period_months(measure, terms.start)
    if months is not None:
        return terms.start, add_months(terms.start, months) - timedelta(days=1)
    if terms.end is None:
        raise ApplicantError("Enter the date the contract ends: no rule sets this measure's "
                             "period.")
    if terms.end < terms.start:
        raise ApplicantError("The contract cannot end ({end}) before it starts ({start}).",
                             end=terms.end.isoformat(), start=terms.start.isoformat())
    return terms.start, terms.end


def _check_amount(case: dict[str, Any], result: CalculationResult | None) -> Decimal | None:
    """The contract's amount: the case's planned amount, which the schedule must add up to."""
    planned: Decimal | None = case.get("planned_amount")
    measure = case.get("measure")
    if result is None:
        if planned is not None and measure in CALCULATED:
            what = ("the monthly wage" if measure == Measure.SOCIAL_JOB
                    else "the move type")
            raise ApplicantError("The case plans {amount} tenge: enter {what} so the contract "
                                 "shows how it is paid.", amount=str(planned), what=what)
        return planned
    if planned is not None and result.amount != planned:
        raise ApplicantError(
            "For these terms the rules give {computed} tenge, but the case plans {planned} "
            "tenge. Recalculate the case with the same start date and inputs, or correct the "
            "terms.", computed=str(result.amount), planned=str(planned))
    return result.amount


def _contract_fields(case: dict[str, Any], terms: ContractTerms) -> dict[str, Any]:
    measure = case.get("measure")
    result = benefit(measure, terms, date.fromisoformat(case["applied_on"]))
    amount = _check_amount(case, result)
    valid_from, valid_to = contract_period(measure, terms)
    schedule = [[row.month, str(row.amount)] for row in result.schedule] if result else []
    return {"measure": measure, "valid_from": valid_from, "valid_to": valid_to,
            "amount": amount,
            "rules_version": result.rules_version if result else case.get("rules_version"),
            "schedule": json.dumps(schedule), "terms": terms.to_json()}


def _save_obligations(tx: Any, contract_id: str, case: dict[str, Any], start: date,
                      valid_to: date) -> None:
    months = period_months(case.get("measure"), start)
    for template in obligations_for(case["direction"], case.get("measure")):
        tx.save("obligations", {
            "contract_id": contract_id, "party": template.party, "code": template.code,
            "section": template.section, "description": template.text("ru", months),
            "description_kk": template.text("kk", months),
            "due_on": valid_to if template.due_at_end else None, "status": "open",
        })


def _live_versions(store: Store, case_id: str) -> list[dict[str, Any]]:
    cursor = store.db.execute(
        "SELECT * FROM social_contracts WHERE case_id = ? AND deleted = 0 "
        "ORDER BY number, version", [case_id])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def draft_contract(store: Store, case_id: str, terms: ContractTerms) -> Change:
    """Draft the case's social contract, numbered in its okrug, with its obligations."""
    case = case_details(store, case_id)
    if CaseState(case["state"]) in CLOSED_CASE_STATES:
        raise ApplicantError("A case in state {state} gets no social contract.",
                             state=case["state"])
    current = [c for c in _live_versions(store, case_id) if c["status"] != SUPERSEDED]
    if current:
        raise ApplicantError("This case already has social contract {number}: open it, or "
                             "amend it once it is signed.", number=current[0]["number"])
    fields = _contract_fields(case, terms)
    with store.transaction("draft social contracts") as tx:
        number = next_number(tx, "contract", okrug_of(case.get("settlement_kato")))
        change = tx.save("social_contracts", {
            "case_id": case_id, "number": number, "version": 1, "status": DRAFT, **fields})
        _save_obligations(tx, change.record_id, case, terms.start, fields["valid_to"])
        return change


def _stored(store: Store, contract_id: str) -> dict[str, Any]:
    cursor = store.db.execute(
        "SELECT * FROM social_contracts WHERE id = ? AND deleted = 0", [contract_id])
    row = cursor.fetchone()
    if row is None:
        raise ApplicantError("This social contract is no longer in the database.")
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _refuse_if_signed(contract: dict[str, Any]) -> None:
    if contract["status"] != DRAFT:
        raise ApplicantError(
            "Social contract {number} is signed and can no longer be changed: amend it to "
            "make a new version.", number=contract["number"])


def update_draft(store: Store, contract_id: str, terms: ContractTerms) -> Change:
    """Correct a draft's terms (its obligations are drafted again); a signed one is refused."""
    contract = _stored(store, contract_id)
    _refuse_if_signed(contract)
    case = case_details(store, contract["case_id"])
    fields = _contract_fields(case, terms)
    with store.transaction("correct social contracts") as tx:
        change = tx.save("social_contracts", fields, record_id=contract_id)
        for (obligation_id,) in store.db.execute(
                "SELECT id FROM obligations WHERE contract_id = ? AND deleted = 0",
                [contract_id]).fetchall():
            tx.delete("obligations", obligation_id)
        _save_obligations(tx, contract_id, case, terms.start, fields["valid_to"])
        return change


def amend_contract(store: Store, contract_id: str, terms: ContractTerms) -> Change:
    """Draft version n+1 of a signed contract; it replaces version n once it is signed."""
    contract = _stored(store, contract_id)
    if contract["status"] != SIGNED:
        raise ApplicantError("Only a signed social contract is amended; a draft is corrected "
                             "in place.")
    pending = [c for c in _live_versions(store, contract["case_id"])
               if c["supersedes_id"] == contract_id and c["status"] == DRAFT]
    if pending:
        raise ApplicantError("An amendment of social contract {number} is already being "
                             "drafted (version {version}).", number=contract["number"],
                             version=pending[0]["version"])
    case = case_details(store, contract["case_id"])
    fields = _contract_fields(case, terms)
    with store.transaction("amend social contracts") as tx:
        change = tx.save("social_contracts", {
            "case_id": contract["case_id"], "number": contract["number"],
            "version": contract["version"] + 1, "supersedes_id": contract_id,
            "status": DRAFT, **fields})
        _save_obligations(tx, change.record_id, case, terms.start, fields["valid_to"])
        return change


def record_signing(store: Store, contract_id: str, signed_on: date) -> Change:
    """Record that the parties signed: the contract becomes read-only, the version it amends
    is superseded, and the case moves to `contracted` where the state machine allows it."""
    # The employment centre concludes ("подписание") social contracts with participants
    # (§7, the ЦЗН's task 3; §4.3.1 step 5, §4.3.2 step 5, §4.3.3 item 5): the akimat
    # prepares the draft, but only a district role records that the ЦЗН signed it.
    if store.actor.role not in DISTRICT_ROLES:
        raise PermissionDenied(role=store.actor.role.value,
                               action="record the signing of a social contract")
    contract = _stored(store, contract_id)
    _refuse_if_signed(contract)
    case = case_details(store, contract["case_id"])
    state = CaseState(case["state"])
    if state not in SIGNABLE_CASE_STATES:
        raise ApplicantError("The employment centre signs a social contract with a person it "
                             "has included in the programme; this case is in state {state}.",
                             state=state.value)
    today = datetime.fromtimestamp(store.clock()).date()
    if signed_on > today:
        raise ApplicantError("The signing date {day} is in the future.",
                             day=signed_on.isoformat())
    if signed_on < date.fromisoformat(case["applied_on"]):
        raise ApplicantError("The signing date {day} is before the application ({applied}).",
                             day=signed_on.isoformat(), applied=case["applied_on"])
    with store.transaction("sign social contracts") as tx:
        change = tx.save("social_contracts", {
            "status": SIGNED, "signed_on": signed_on,
            "signed_by_user_id": store.actor.user_id}, record_id=contract_id)
        if contract["supersedes_id"]:
            tx.save("social_contracts", {"status": SUPERSEDED},
                    record_id=contract["supersedes_id"])
        if state is CaseState.INCLUDED:
            check_transition(state, CaseState.CONTRACTED)
            tx.save("cases", {"state": CaseState.CONTRACTED}, record_id=case["id"])
        return change


# -- reading ---------------------------------------------------------------------------------
def _contract(store: Store, row: dict[str, Any]) -> Contract:
    signer = None
    if row.get("signed_by_user_id"):
        found = store.db.execute("SELECT full_name FROM users WHERE id = ?",
                                 [row["signed_by_user_id"]]).fetchone()
        signer = found[0] if found else None
    schedule = [(month, Decimal(amount)) for month, amount in json.loads(row["schedule"] or "[]")]
    valid_from = date.fromisoformat(row["valid_from"]) if row.get("valid_from") else None
    cursor = store.db.execute(
        "SELECT party, code, section, description, description_kk, due_on, status "
        "FROM obligations WHERE contract_id = ? AND deleted = 0 ORDER BY rowid", [row["id"]])
    names = [d[0] for d in cursor.description]
    obligations = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return Contract(
        id=row["id"], case_id=row["case_id"], number=row["number"], version=row["version"],
        status=row["status"], supersedes_id=row.get("supersedes_id"),
        measure=row.get("measure"), valid_from=valid_from,
        valid_to=date.fromisoformat(row["valid_to"]) if row.get("valid_to") else None,
        signed_on=date.fromisoformat(row["signed_on"]) if row.get("signed_on") else None,
        signed_by=signer,
        amount=Decimal(row["amount"]) if row.get("amount") not in (None, "") else None,
        rules_version=row.get("rules_version"), schedule=schedule,
        terms=ContractTerms.from_json(row.get("terms"), valid_from or clock.today()),
        created_at=row["created_at"], obligations=obligations,
    )


def contract_details(store: Store, contract_id: str) -> Contract:
    return _contract(store, _stored(store, contract_id))


def case_contracts(store: Store, case_id: str) -> list[Contract]:
    """Every version of the case's contract, oldest first (the history the window shows)."""
    return [_contract(store, row) for row in _live_versions(store, case_id)]


def current_contract(store: Store, case_id: str) -> Contract | None:
    """The newest version: a pending amendment, else the signed or drafted contract."""
    versions = [c for c in case_contracts(store, case_id) if c.status != SUPERSEDED]
    return versions[-1] if versions else None


# -- the printed document's data ----------------------------------------------------------
@dataclass(frozen=True)
class Party:
    """The participant's particulars as the contract prints them."""

    full_name: str
    iin: str
    birth_date: str
    address: str
    phone: str
    settlement: dict[str, str]  # language → settlement name


@dataclass(frozen=True)
class ContractDocument:
    contract: Contract
    case: dict[str, Any]
    participant: Party
    district: dict[str, str]  # language → district name (the ЦЗН's)
    okrug_kato: str


def participant_of(store: Store, person_id: str) -> Party:
    person = applicant_details(store, person_id)
    names: dict[str, str] = {}
    if person.get("settlement_kato"):
        row = store.db.execute(
            "SELECT name_kk, name_ru FROM settlements WHERE kato = ? AND deleted = 0",
            [person["settlement_kato"]]).fetchone()
        if row:
            names = {"kk": row[0], "ru": row[1]}
    full = " ".join(filter(None, (person["last_name"], person["first_name"],
                                  person.get("patronymic"))))
    return Party(full, person["iin"], person["birth_date"], person.get("address") or "",
                 person.get("phone") or "", names)


def contract_document(store: Store, contract_id: str) -> ContractDocument:
    """Everything the printed contract shows, read in one go (on the database worker)."""
    contract = contract_details(store, contract_id)
    case = case_details(store, contract.case_id)
    return ContractDocument(contract, case, participant_of(store, case["person_id"]),
                            district_names(case.get("settlement_kato")),
                            okrug_of(case.get("settlement_kato")))
