"""Today's work on a real encrypted database: each due item appears, and goes once it is done."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.enums import DecisionKind
from desktop.domain.iin import make_iin
from desktop.services import deadlines
from desktop.services.applicants import ApplicantError, ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case
from desktop.services.deadlines import DueKind, record_case_dates, work_due
from desktop.storage.store import Store

KATO = "631020100"
TODAY = date(2026, 3, 27)


def _person(store: Store, n: int = 31, last: str = "Омаров") -> str:
    iin = make_iin(date(1990, 5, 2), "male", n)
    return register_applicant(store, ApplicantInput(iin, last, "Ерлан", patronymic="Серікұлы",
                                                    settlement_kato=KATO)).record_id


def _case(store: Store, direction: str = "2", applied: date = date(2026, 3, 2),
          person: str | None = None) -> str:
    measure = "microcredit" if direction == "2" else None
    return open_case(store, person or _person(store), direction, measure, applied).record_id


def _items(store: Store, today: date = TODAY, kind: DueKind | None = None) -> list:
    return [i for i in work_due(store, today) if kind is None or i.kind is kind]


def _conclusion(store: Store, case_id: str, on: date) -> None:
    with store.transaction("record decisions") as tx:
        tx.save("decisions", {"case_id": case_id, "kind": DecisionKind.AKIM_CONCLUSION,
                              "decided_on": on, "authority": "akim"})


def test_a_requested_conclusion_is_due_in_10_days_and_goes_when_written(store: Store) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    assert _items(store, kind=DueKind.CONCLUSION) == []
    record_case_dates(store, case_id, date(2026, 3, 16), None, today=TODAY)
    (item,) = _items(store, kind=DueKind.CONCLUSION)
    assert item.case_id == case_id and item.due_on == date(2026, 3, 26)
    assert item.person_name == "Омаров Ерлан Серікұлы"
    assert item.case_number == case_details(store, case_id)["number"]
    assert item.reference == "§4.3.2 step 3"
    assert item.overdue and item.days_left == -1  # 27 March: one day late
    assert _items(store, date(2026, 3, 26), DueKind.CONCLUSION)[0].overdue is False
    assert _items(store, date(2026, 3, 20), DueKind.CONCLUSION)[0].days_left == 6

    _conclusion(store, case_id, date(2026, 3, 25))
    assert _items(store, kind=DueKind.CONCLUSION) == []


def test_a_decision_needs_a_notice_within_3_working_days(store: Store) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    (item,) = _items(store, kind=DueKind.NOTIFICATION)
    assert item.starts_on == date(2026, 3, 20)
    assert item.due_on == date(2026, 3, 30)  # Nauryz days off are not working days
    assert item.days_left == 3 and not item.overdue
    assert _items(store, date(2026, 3, 31), DueKind.NOTIFICATION)[0].overdue

    record_case_dates(store, case_id, None, date(2026, 3, 26), today=TODAY)
    assert _items(store, kind=DueKind.NOTIFICATION) == []
    assert case_details(store, case_id)["notified_on"] == "2026-03-26"


def test_a_refusal_needs_a_notice_too(store: Store) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    move_case(store, case_id, CaseState.REFUSED, on=date(2026, 3, 24))
    assert [i.case_id for i in _items(store, kind=DueKind.NOTIFICATION)] == [case_id]


def test_direction_1_has_no_deadlines(store: Store) -> None:
    case_id = _case(store, direction="1")
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    assert _items(store) == []
    assert deadlines.case_deadlines(store, case_id) == []


def test_the_next_visit_two_months_after_the_last(store: Store) -> None:
    case_id = _case(store, applied=date(2025, 12, 1))
    for state, on in ((CaseState.SUBMITTED, date(2025, 12, 2)),
                      (CaseState.INCLUDED, date(2025, 12, 10)),
                      (CaseState.IN_PROGRESS, date(2026, 1, 31))):
        move_case(store, case_id, state, on=on)
    # Started 31 January, no visit yet: due 31 March, shown within the next 14 days.
    (item,) = _items(store, kind=DueKind.VISIT)
    assert item.due_on == date(2026, 3, 31) and item.days_left == 4
    assert item.reference == "§4.3.2 step 9"
    assert _items(store, date(2026, 3, 1), DueKind.VISIT) == []  # a month away: not yet
    assert _items(store, date(2026, 4, 2), DueKind.VISIT)[0].overdue

    with store.transaction("record visits") as tx:
        tx.save("monitoring_visits", {"case_id": case_id, "visited_on": date(2026, 3, 20)})
    assert _items(store, kind=DueKind.VISIT) == []  # next one on 20 May
    assert _items(store, date(2026, 5, 10), DueKind.VISIT)[0].due_on == date(2026, 5, 20)
    move_case(store, case_id, CaseState.COMPLETED, on=date(2026, 5, 1))
    assert _items(store, date(2026, 5, 10), DueKind.VISIT) == []


def test_before_any_visit_the_contract_signature_counts(store: Store) -> None:
    case_id = _case(store, applied=date(2025, 12, 1))
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2025, 12, 2))
    move_case(store, case_id, CaseState.INCLUDED, on=date(2025, 12, 10))
    move_case(store, case_id, CaseState.CONTRACTED, on=date(2026, 1, 20))
    with store.transaction("sign contracts") as tx:
        tx.save("social_contracts", {"case_id": case_id, "number": "SC-1",
                                     "signed_on": date(2026, 1, 20), "status": "signed"})
    (item,) = _items(store, kind=DueKind.VISIT)
    assert item.starts_on == date(2026, 1, 20) and item.due_on == date(2026, 3, 20)
    assert item.overdue and item.days_left == -7


def test_drafts_wait_oldest_first_and_leave_once_sent(store: Store) -> None:
    older = _case(store, applied=date(2026, 3, 1))
    newer = _case(store, direction="1", applied=date(2026, 3, 10),
                  person=_person(store, 32, "Ахметова"))
    drafts = _items(store, kind=DueKind.DRAFT)
    assert [i.case_id for i in drafts] == [older, newer]
    assert drafts[0].due_on is None and drafts[0].waiting_days == 26
    move_case(store, older, CaseState.SUBMITTED, on=date(2026, 3, 11))
    assert [i.case_id for i in _items(store, kind=DueKind.DRAFT)] == [newer]


def test_deadlines_come_before_drafts_overdue_first(store: Store) -> None:
    late = _case(store)
    move_case(store, late, CaseState.SUBMITTED, on=date(2026, 3, 3))
    record_case_dates(store, late, date(2026, 3, 5), None, today=TODAY)  # due 15 March
    soon = _case(store, person=_person(store, 33, "Бекова"))
    move_case(store, soon, CaseState.SUBMITTED, on=date(2026, 3, 3))
    move_case(store, soon, CaseState.INCLUDED, on=date(2026, 3, 26))  # due 31 March
    draft = _case(store, person=_person(store, 34, "Жанова"))
    assert [i.case_id for i in _items(store)] == [late, soon, draft]


def test_case_deadlines_show_met_ones(store: Store) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    record_case_dates(store, case_id, date(2026, 3, 5), None, today=TODAY)
    _conclusion(store, case_id, date(2026, 3, 12))
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    conclusion, notice = deadlines.case_deadlines(store, case_id)
    assert conclusion.met_on == date(2026, 3, 12) and conclusion.status(TODAY) == "met"
    assert notice.due_on == date(2026, 3, 30) and notice.status(TODAY) == "due"


@pytest.mark.parametrize(("requested", "notified", "message"), [
    (date(2026, 3, 28), None, deadlines.MSG_FUTURE),
    (None, date(2026, 4, 1), deadlines.MSG_FUTURE),
    (date(2026, 3, 1), None, deadlines.MSG_REQUESTED_BEFORE_APPLICATION),
    (None, date(2026, 3, 19), deadlines.MSG_NOTIFIED_BEFORE_DECISION),
])
def test_impossible_dates_are_refused_and_nothing_is_written(
    store: Store, requested: date | None, notified: date | None, message: str
) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    with pytest.raises(ApplicantError) as raised:
        record_case_dates(store, case_id, requested, notified, today=TODAY)
    assert raised.value.message == message
    case = case_details(store, case_id)
    assert case["conclusion_requested_on"] is None and case["notified_on"] is None


def test_only_direction_2_has_a_conclusion(store: Store) -> None:
    case_id = _case(store, direction="1")
    with pytest.raises(ApplicantError) as raised:
        record_case_dates(store, case_id, date(2026, 3, 5), None, today=TODAY)
    assert raised.value.message == deadlines.MSG_CONCLUSION_DIRECTION


def test_moves_stamp_their_dates(store: Store) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED)
    case = case_details(store, case_id)
    assert case["submitted_on"] == clock.today().isoformat()
    assert case["decided_on"] is None and case["state"] == "submitted"


def test_unsynced_changes_count_what_the_district_has_not_accepted(store: Store) -> None:
    before = deadlines.unsynced_changes(store)
    _case(store)
    after = deadlines.unsynced_changes(store)
    assert after > before
    store.db.execute("UPDATE change_log SET status = 'accepted'")
    assert deadlines.unsynced_changes(store) == 0


def test_the_queries_go_through_indexes(demo_store: Store) -> None:
    """No query reads the whole cases or persons table: each uses an index."""
    executed: list[str] = []
    demo_store.db.conn.set_trace_callback(executed.append)
    try:
        work_due(demo_store, TODAY)
    finally:
        demo_store.db.conn.set_trace_callback(None)
    selects = [sql for sql in executed if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 4
    for sql in selects:
        plan = " | ".join(row[-1] for row in demo_store.db.execute(
            "EXPLAIN QUERY PLAN " + sql).fetchall())
        assert "SCAN c" not in plan and "SCAN p" not in plan, plan


def test_clearing_a_date_reopens_its_deadline(store: Store) -> None:
    case_id = _case(store)
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    record_case_dates(store, case_id, None, date(2026, 3, 23), today=TODAY)
    assert _items(store, kind=DueKind.NOTIFICATION) == []
    record_case_dates(store, case_id, None, None, today=TODAY)  # typed by mistake
    assert [i.case_id for i in _items(store, kind=DueKind.NOTIFICATION)] == [case_id]


def test_an_auditor_cannot_record_dates(store: Store) -> None:
    from dataclasses import replace

    from desktop.domain.enums import Role
    from desktop.storage.errors import PermissionDenied

    case_id = _case(store)
    auditor = Store(store.opened, replace(store.actor, role=Role.AUDITOR), store.clock)
    with pytest.raises(PermissionDenied):
        record_case_dates(auditor, case_id, None, date(2026, 3, 23), today=TODAY)
    assert case_details(store, case_id)["notified_on"] is None
