"""Monitoring services over a real encrypted database: visits, obligations, sanctions (§5, §6)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from desktop.domain.cases import CaseState
from desktop.domain.enums import DecisionKind, Role
from desktop.domain.iin import make_iin
from desktop.domain.monitoring import Compliance, ObligationStatus, SanctionGround, VisitPlace
from desktop.services import monitoring
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case
from desktop.services.monitoring import MonitoringError, SanctionInput, VisitInput
from desktop.services.monthly_report import build_monthly_report
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Store

TODAY = date(2026, 3, 16)
APPLIED = date(2026, 1, 12)
KATO = "631020100"


def _at(store: Store, day: date = TODAY, role: Role | None = None,
        user_id: str | None = None) -> Store:
    """The same database seen by a user (role) whose clock says `day`, noon local time."""
    actor = replace(store.actor, role=role or store.actor.role,
                    user_id=user_id or store.actor.user_id)
    noon = datetime(day.year, day.month, day.day, 12).timestamp()
    return Store(store.opened, actor, lambda: noon)


def _case(store: Store, state: CaseState = CaseState.CONTRACTED, serial: int = 31,
          categories: list[str] | None = None) -> tuple[str, str]:
    iin = make_iin(date(1995, 5, 2), "male", serial)
    person_id = register_applicant(store, ApplicantInput(
        iin, "Омаров", "Ерлан", settlement_kato=KATO, categories=categories)).record_id
    case_id = open_case(store, person_id, "1", "social_job", APPLIED).record_id
    for step in (CaseState.SUBMITTED, CaseState.INCLUDED, CaseState.CONTRACTED,
                 CaseState.IN_PROGRESS, CaseState.TERMINATED):
        if case_details(store, case_id)["state"] == state:
            break
        move_case(store, case_id, step)
    return person_id, case_id


def _contract(store: Store, case_id: str, signed: date = date(2026, 2, 2)) -> list[str]:
    with store.transaction("change records") as tx:
        contract_id = tx.save("social_contracts", {
            "case_id": case_id, "number": "631020-K-1", "signed_on": signed,
            "valid_from": signed, "valid_to": signed + timedelta(days=365), "status": "signed",
        }).record_id
        return [tx.save("obligations", {
            "contract_id": contract_id, "party": "participant", "description": text,
            "due_on": due, "status": "open",
        }).record_id for text, due in (("attend the training course", date(2026, 4, 1)),
                                       ("keep the social job for 12 months", None))]


def _visit(**changes: object) -> VisitInput:
    values: dict[str, object] = dict(
        visited_on=date(2026, 3, 10), place=VisitPlace.HOME,
        findings="Participant at home, training attended", compliance=Compliance.COMPLIES)
    values.update(changes)
    return VisitInput(**values)  # type: ignore[arg-type]


def _sanction(**changes: object) -> SanctionInput:
    values: dict[str, object] = dict(decided_on=date(2026, 3, 12),
                                     ground=SanctionGround.NON_FULFILMENT,
                                     reason="Stopped attending the course")
    values.update(changes)
    return SanctionInput(**values)  # type: ignore[arg-type]


def _error_text(error: MonitoringError) -> str:
    return error.message.format(**error.params)


# -- visits --------------------------------------------------------------------------------
def test_a_visit_is_recorded_with_the_visitor_and_listed(store: Store) -> None:
    _, case_id = _case(store)
    now = _at(store, role=Role.VILLAGE_SPECIALIST)
    visit_id = monitoring.record_visit(now, case_id, _visit()).record_id
    [visit] = monitoring.list_visits(now, case_id)
    assert visit["id"] == visit_id and visit["visited_on"] == "2026-03-10"
    assert visit["place"] == "home" and visit["compliance"] == "compliant"
    assert visit["visitor"] == "Әкімшілік Маман" and visit["corrected_at"] is None


def test_a_visit_in_the_future_is_refused_with_the_date(store: Store) -> None:
    _, case_id = _case(store)
    with pytest.raises(MonitoringError) as raised:
        monitoring.record_visit(_at(store), case_id, _visit(visited_on=TODAY + timedelta(days=1)))
    assert _error_text(raised.value) == (
        "The date 17.03.2026 is in the future: enter the day it happened.")
    assert monitoring.list_visits(store, case_id) == []


def test_a_visit_before_the_application_is_refused(store: Store) -> None:
    _, case_id = _case(store)
    with pytest.raises(MonitoringError) as raised:
        monitoring.record_visit(_at(store), case_id, _visit(visited_on=APPLIED - timedelta(1)))
    assert _error_text(raised.value) == (
        "The date 11.01.2026 is before the case was applied for (12.01.2026).")
    # The day of the application itself is fine.
    monitoring.record_visit(_at(store), case_id, _visit(visited_on=APPLIED))


def test_other_place_needs_a_note_and_findings_are_required(store: Store) -> None:
    _, case_id = _case(store)
    with pytest.raises(MonitoringError, match="Say where"):
        monitoring.record_visit(_at(store), case_id, _visit(place=VisitPlace.OTHER))
    with pytest.raises(MonitoringError, match="what the visit found"):
        monitoring.record_visit(_at(store), case_id, _visit(findings="  "))
    monitoring.record_visit(_at(store), case_id,
                            _visit(place=VisitPlace.OTHER, place_note="on the pasture"))
    assert monitoring.list_visits(store, case_id)[0]["place_note"] == "on the pasture"


def test_a_case_not_under_monitoring_takes_no_visit(store: Store) -> None:
    _, case_id = _case(store, CaseState.SUBMITTED)
    with pytest.raises(MonitoringError, match="not under monitoring"):
        monitoring.record_visit(_at(store), case_id, _visit())


def test_a_correction_keeps_the_earlier_findings_in_the_audit_log(store: Store) -> None:
    _, case_id = _case(store)
    now = _at(store, role=Role.VILLAGE_SPECIALIST)
    visit_id = monitoring.record_visit(now, case_id, _visit()).record_id
    monitoring.correct_visit(now, visit_id, _visit(findings="Did not attend the last week",
                                                   compliance=Compliance.PARTLY))
    entries = store.db.execute(
        "SELECT action, changes FROM audit_log WHERE table_name = 'monitoring_visits'"
        " AND record_id = ? ORDER BY seq", [visit_id]).fetchall()
    assert [action for action, _ in entries] == ["insert", "update"]
    first, second = (json.loads(changes) for _, changes in entries)
    assert first["findings"] == "Participant at home, training attended"
    assert first["outcome"] == "compliant" and first["place"] == "home"
    assert second.pop("corrected_at").startswith("2026-03-16T")
    assert second == {"findings": "Did not attend the last week", "outcome": "partly"}
    [visit] = monitoring.list_visits(store, case_id)
    assert visit["compliance"] == "partly" and visit["corrected_at"]
    # Saving the same again is no correction: nothing new in the audit log.
    monitoring.correct_visit(now, visit_id, _visit(findings="Did not attend the last week",
                                                   compliance=Compliance.PARTLY))
    assert store.db.execute("SELECT count(*) FROM audit_log WHERE record_id = ?",
                            [visit_id]).fetchone()[0] == 2


def test_only_the_visitor_or_the_centre_corrects_a_visit(store: Store) -> None:
    _, case_id = _case(store)
    with store.transaction("change records") as tx:
        other = tx.save("users", {"username": "aigul", "full_name": "Айгүл Серікқызы",
                                  "role": "village_specialist"}).record_id
    visit_id = monitoring.record_visit(_at(store), case_id, _visit()).record_id
    colleague = _at(store, role=Role.VILLAGE_SPECIALIST, user_id=other)
    with pytest.raises(PermissionDenied):
        monitoring.correct_visit(colleague, visit_id, _visit(findings="changed"))
    own = monitoring.record_visit(colleague, case_id, _visit()).record_id
    monitoring.correct_visit(_at(store), own, _visit(findings="corrected by the centre"))
    assert {v["findings"] for v in monitoring.list_visits(store, case_id)} == {
        "Participant at home, training attended", "corrected by the centre"}


def test_a_proposal_needs_a_finding_of_breach(store: Store) -> None:
    _, case_id = _case(store)
    village = _at(store, role=Role.VILLAGE_SPECIALIST)
    with pytest.raises(MonitoringError, match="proposed only after"):
        monitoring.record_visit(village, case_id, _visit(sanction_proposed=True))
    visit_id = monitoring.record_visit(village, case_id, _visit(
        compliance=Compliance.BREACH, sanction_proposed=True)).record_id
    assert [v["id"] for v in monitoring.sanction_proposals(store, case_id)] == [visit_id]
    monitoring.impose_sanction(_at(store), case_id, _sanction(visit_id=visit_id))
    assert monitoring.sanction_proposals(store, case_id) == []


# -- obligations ---------------------------------------------------------------------------
def test_obligations_of_the_current_contract_are_marked(store: Store) -> None:
    _, case_id = _case(store, CaseState.IN_PROGRESS)
    course, job = _contract(store, case_id)
    listed = monitoring.list_obligations(store, case_id)
    assert [o["id"] for o in listed] == [course, job]  # dated first
    village = _at(store, role=Role.VILLAGE_SPECIALIST)
    monitoring.check_obligation(village, course, ObligationStatus.FULFILLED, date(2026, 3, 2))
    with pytest.raises(MonitoringError, match="how the obligation was not fulfilled"):
        monitoring.check_obligation(village, job, ObligationStatus.BROKEN, date(2026, 3, 2))
    monitoring.check_obligation(village, job, "broken", date(2026, 3, 2), " left the job ")
    marked = {o["id"]: o for o in monitoring.list_obligations(store, case_id)}
    assert marked[course]["status"] == "fulfilled" and marked[course]["checked_on"] == "2026-03-02"
    assert marked[job]["status"] == "broken" and marked[job]["check_note"] == "left the job"
    assert marked[job]["checked_by"] == "Әкімшілік Маман"


def test_an_obligation_check_before_signing_or_in_the_future_is_refused(store: Store) -> None:
    _, case_id = _case(store)
    course, _ = _contract(store, case_id, signed=date(2026, 2, 2))
    with pytest.raises(MonitoringError) as raised:
        monitoring.check_obligation(_at(store), course, "fulfilled", date(2026, 2, 1))
    assert _error_text(raised.value) == (
        "The date 01.02.2026 is before the social contract was signed (02.02.2026).")
    with pytest.raises(MonitoringError, match="in the future"):
        monitoring.check_obligation(_at(store), course, "fulfilled", TODAY + timedelta(1))
    assert monitoring.list_obligations(store, case_id)[0]["status"] == "open"


def test_a_case_without_a_signed_contract_has_no_obligations(store: Store) -> None:
    _, case_id = _case(store)
    assert monitoring.current_contract(store, case_id) is None
    assert monitoring.list_obligations(store, case_id) == []


# -- sanctions -----------------------------------------------------------------------------
def test_a_village_specialist_cannot_impose_a_sanction(store: Store) -> None:
    person_id, case_id = _case(store)
    with pytest.raises(PermissionDenied) as raised:
        monitoring.impose_sanction(_at(store, role=Role.VILLAGE_SPECIALIST), case_id, _sanction())
    assert raised.value.params["role"] == "village_specialist"
    assert monitoring.list_sanctions(store, case_id) == []
    assert not monitoring.asp_suspended(store, person_id)


def test_a_sanction_suspends_asp_and_a_lift_is_a_new_decision(store: Store) -> None:
    person_id, case_id = _case(store)
    centre = _at(store, role=Role.DISTRICT_SPECIALIST)
    assert not monitoring.asp_suspended(store, person_id)
    sanction_id = monitoring.impose_sanction(centre, case_id, _sanction()).record_id
    assert monitoring.asp_suspended(store, person_id)
    assert not monitoring.asp_suspended(store, person_id, on=date(2026, 3, 11))

    lift_id = monitoring.lift_sanction(centre, sanction_id, date(2026, 3, 14),
                                       "Returned to the course").record_id
    assert lift_id != sanction_id
    assert not monitoring.asp_suspended(store, person_id)
    assert monitoring.asp_suspended(store, person_id, on=date(2026, 3, 13))
    sanction, lift = monitoring.list_sanctions(store, case_id)
    assert sanction["id"] == sanction_id and sanction["kind"] == DecisionKind.SANCTION
    assert sanction["asp_suspended"] == 1 and sanction["lifted_on"] == "2026-03-14"
    assert sanction["reason"] == "Stopped attending the course"  # the sanction is untouched
    assert lift["kind"] == DecisionKind.SANCTION_LIFTED and lift["lifts_decision_id"] == sanction_id
    # Nothing was ever updated in the decisions table: only inserts.
    actions = {a for (a,) in store.db.execute(
        "SELECT action FROM audit_log WHERE table_name = 'decisions'").fetchall()}
    assert actions == {"insert"}
    with pytest.raises(MonitoringError) as raised:
        monitoring.lift_sanction(centre, sanction_id, date(2026, 3, 15), "again")
    assert _error_text(raised.value) == "This sanction was already lifted on 14.03.2026."


def test_a_sanction_without_suspension_leaves_asp_paid(store: Store) -> None:
    person_id, case_id = _case(store)
    monitoring.impose_sanction(_at(store), case_id, _sanction(asp_suspended=False))
    assert not monitoring.asp_suspended(store, person_id)


def test_sanction_and_lift_dates_and_reasons_are_checked(store: Store) -> None:
    _, case_id = _case(store)
    centre = _at(store)
    with pytest.raises(MonitoringError, match="reason for the sanction is required"):
        monitoring.impose_sanction(centre, case_id, _sanction(reason=" "))
    with pytest.raises(MonitoringError, match="in the future"):
        monitoring.impose_sanction(centre, case_id, _sanction(decided_on=TODAY + timedelta(1)))
    with pytest.raises(MonitoringError, match="before the case was applied"):
        monitoring.impose_sanction(centre, case_id, _sanction(decided_on=date(2025, 12, 31)))
    sanction_id = monitoring.impose_sanction(centre, case_id, _sanction()).record_id
    with pytest.raises(MonitoringError, match="before the sanction it lifts"):
        monitoring.lift_sanction(centre, sanction_id, date(2026, 3, 11), "back")
    with pytest.raises(MonitoringError, match="reason for lifting"):
        monitoring.lift_sanction(centre, sanction_id, date(2026, 3, 13), "")
    with pytest.raises(PermissionDenied):
        monitoring.lift_sanction(_at(store, role=Role.VILLAGE_SPECIALIST), sanction_id,
                                 date(2026, 3, 13), "back")
    assert len(monitoring.list_sanctions(store, case_id)) == 1


def test_the_monthly_report_counts_the_suspension_not_the_lift(store: Store) -> None:
    _, case_id = _case(store)
    centre = _at(store)
    sanction_id = monitoring.impose_sanction(centre, case_id, _sanction()).record_id
    monitoring.lift_sanction(centre, sanction_id, date(2026, 3, 14), "Returned")
    other_person, other_case = _case(store, serial=32)
    monitoring.impose_sanction(centre, other_case, _sanction(asp_suspended=False))
    report = build_monthly_report(store, "2026-03")
    cell = report.cell("asp_suspensions")
    assert (cell.month, cell.ytd) == (1, 1)


def test_exemptions_from_the_person_and_household(store: Store) -> None:
    person_id, _ = _case(store, categories=["unemployed"])
    assert monitoring.asp_exemptions(store, person_id, TODAY) == []
    disabled_id, _ = _case(store, serial=33, categories=["disabled_able_to_work"])
    assert monitoring.asp_exemptions(store, disabled_id, TODAY) == ["person_disabled"]
    with store.transaction("change records") as tx:
        household = tx.save("households", {"head_person_id": person_id}).record_id
        for member in (person_id, disabled_id):
            tx.save("household_members", {"household_id": household, "person_id": member,
                                          "relation": "spouse"})
    assert monitoring.asp_exemptions(store, person_id, TODAY) == ["member_disabled"]
    old = register_applicant(store, ApplicantInput(
        make_iin(date(1950, 1, 5), "male", 34), "Сейтов", "Бақыт")).record_id
    assert monitoring.asp_exemptions(store, old, TODAY) == ["not_working_age"]


def test_an_auditor_writes_nothing(store: Store) -> None:
    _, case_id = _case(store)
    with pytest.raises(PermissionDenied):
        monitoring.record_visit(_at(store, role=Role.AUDITOR), case_id, _visit())

