"""The akim's conclusion on a direction-2 project: append-only, reasoned refusal, by role."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.services import conclusions
from desktop.services.applicants import ApplicantError, ApplicantInput, register_applicant
from desktop.services.cases import open_case
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Store

IIN = make_iin(date(1990, 7, 3), "male", 5)
KATO = "634605100"
DAY = date(2026, 3, 5)
PROJECT = "Қой шаруашылығы, 40 бас / овцеводство, 40 голов"


def _case(store: Store, direction: str = "2") -> str:
    person = register_applicant(store, ApplicantInput(
        IIN, "Жұмабаев", "Нұрлан", settlement_kato=KATO)).record_id
    measure = "microcredit" if direction == "2" else "consultation"
    return open_case(store, person, direction, measure, date(2026, 3, 1)).record_id


def _rows(store: Store, case_id: str) -> list[tuple]:
    return store.db.execute(
        "SELECT kind, authority, outcome, reason, author_user_id FROM decisions "
        "WHERE case_id = ?", [case_id]).fetchall()


def test_a_feasibility_conclusion_is_a_decision_row(store: Store) -> None:
    case_id = _case(store)
    conclusions.record_conclusion(store, case_id, "feasible", DAY, PROJECT, None)
    assert _rows(store, case_id) == [
        ("akim_conclusion", "akim", "feasible", None, store.actor.user_id)]
    [found] = conclusions.case_conclusions(store, case_id)
    assert found.decided_on == DAY and not found.superseded
    assert found.author == "Әкімшілік Маман"


def test_a_refusal_needs_its_reasons_and_nothing_is_written_without(store: Store) -> None:
    case_id = _case(store)
    with pytest.raises(ApplicantError, match="reasons"):
        conclusions.record_conclusion(store, case_id, "refused", DAY, PROJECT, "   ")
    with pytest.raises(ApplicantError, match="Describe"):
        conclusions.record_conclusion(store, case_id, "feasible", DAY, " ", None)
    with pytest.raises(ApplicantError, match="future"):
        conclusions.record_conclusion(store, case_id, "feasible", date(2999, 1, 1), PROJECT, "")
    assert _rows(store, case_id) == []


def test_a_new_conclusion_supersedes_the_old_one_which_stays(store: Store) -> None:
    case_id = _case(store)
    first = conclusions.record_conclusion(store, case_id, "refused", DAY, PROJECT,
                                          "Жер учаскесі жоқ").record_id
    second = conclusions.record_conclusion(store, case_id, "feasible", DAY, PROJECT,
                                           None).record_id
    newest, oldest = conclusions.case_conclusions(store, case_id)
    assert (newest.id, newest.supersedes_id, newest.superseded) == (second, first, False)
    assert (oldest.id, oldest.superseded, oldest.reason) == (first, True, "Жер учаскесі жоқ")


def test_only_direction_two(store: Store) -> None:
    case_id = _case(store, "1")
    with pytest.raises(ApplicantError, match="direction 2 only"):
        conclusions.record_conclusion(store, case_id, "feasible", DAY, PROJECT, None)


def test_a_district_specialist_does_not_write_the_akims_conclusion(store: Store) -> None:
    case_id = _case(store)
    district = Store(store.opened, replace(store.actor, role=Role.DISTRICT_SPECIALIST))
    with pytest.raises(PermissionDenied):
        conclusions.record_conclusion(district, case_id, "feasible", DAY, PROJECT, None)
    village = Store(store.opened, replace(store.actor, role=Role.VILLAGE_SPECIALIST))
    conclusions.record_conclusion(village, case_id, "feasible", DAY, PROJECT, None)
    assert len(_rows(store, case_id)) == 1


def test_the_document_names_the_okrug(store: Store) -> None:
    case_id = _case(store)
    decision = conclusions.record_conclusion(store, case_id, "feasible", DAY, PROJECT, None)
    document = conclusions.conclusion_document(store, decision.record_id)
    assert document.okrug["kk"] == "Қарабұлақ ауылдық округі"
    assert document.participant.full_name == "Жұмабаев Нұрлан"
