"""Demo data for the deadlines: the dates cases carry, and a few items due around `today`.

Deterministic: no random numbers are drawn here, so the rest of the demo data (and every test
built on it) is exactly what it was before the deadlines existed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.domain.cases import CaseState
from desktop.domain.enums import Direction
from desktop.rules.deadlines import kazakhstan_calendar
from desktop.storage.store import Store

DIRECTION_2 = Direction.ENTREPRENEURSHIP.value


def case_dates(path: list[CaseState], applied: date, decided: date, start: date,
               today: date) -> dict[str, Any]:
    """The dates a case that went along `path` carries (the moves stamp them in real work).

    Every decided case was notified two working days after the decision: old demo cases do
    not all show up as overdue notices."""
    dates: dict[str, Any] = {}
    if CaseState.SUBMITTED in path:
        dates["submitted_on"] = applied
    if CaseState.INCLUDED in path or CaseState.REFUSED in path:
        dates["decided_on"] = decided
        dates["notified_on"] = min(kazakhstan_calendar().add_working_days(decided, 2), today)
    if CaseState.IN_PROGRESS in path:
        dates["started_on"] = max(start, decided)
    return dates


def _first_cases(store: Store, state: CaseState, count: int) -> list[str]:
    rows = store.db.execute(
        "SELECT id FROM cases WHERE deleted = 0 AND direction = ? AND state = ?"
        " ORDER BY number LIMIT ?", [DIRECTION_2, state.value, count]).fetchall()
    return [case_id for (case_id,) in rows]


def add_due_items(store: Store, today: date) -> None:
    """Make the home screen's list of today's work show each kind of item, due and overdue:
    two conclusions asked of the akim, two notices of a decision not yet sent, a visit soon."""
    with store.transaction("create demo data") as tx:
        for case_id, days_ago in zip(_first_cases(store, CaseState.SUBMITTED, 2), (12, 4),
                                     strict=False):
            tx.save("cases", {"conclusion_requested_on": today - timedelta(days=days_ago)},
                    record_id=case_id)
        for case_id, days_ago in zip(_first_cases(store, CaseState.INCLUDED, 2), (8, 1),
                                     strict=False):
            tx.save("cases", {"decided_on": today - timedelta(days=days_ago),
                              "notified_on": None}, record_id=case_id)
        for case_id in _first_cases(store, CaseState.IN_PROGRESS, 1):
            tx.save("monitoring_visits", {
                "case_id": case_id, "visited_on": today - timedelta(days=52),
                "findings": "business running, accounts kept", "outcome": "compliant",
            })
