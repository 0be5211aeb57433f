"""Today's work: the deadlines of §4.3.2 that are due or overdue, and the cases left in draft.

Three kinds of deadline (desktop/rules/deadlines.py, docs/deadlines.md), all of direction 2:
- the akim's conclusion, asked for by the employment centre (`cases.conclusion_requested_on`),
  is met when a `decisions` row of kind `akim_conclusion` exists for the case;
- the written notice of the decision (`cases.decided_on`) is met by `cases.notified_on`;
- the next project support visit is due two months after the last `monitoring_visits` row (or
  after the contract was signed, or participation started, before the first visit).

Each kind is one query over its own partial index (migration 0006) joined to persons by
primary key, so the list costs the same with 100 or 100,000 applicants who have nothing due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.enums import DecisionKind, Direction
from desktop.rules.deadlines import (
    Deadline,
    DeadlineKind,
    conclusion_deadline,
    notification_deadline,
    visit_deadline,
)
from desktop.rules.parameters import RuleSet
from desktop.services.applicants import ApplicantError
from desktop.services.cases import case_details
from desktop.services.monthly_report import report_rules
from desktop.storage.store import Change, Store

# How far ahead a visit shows on the home screen before it is due.
UPCOMING_DAYS = 14
# §4.3.2 sets the deadlines; the mechanism of §4.3.1 has none.
DEADLINE_DIRECTION = Direction.ENTREPRENEURSHIP.value
# A conclusion is asked for while the employment centre has not decided yet.
AWAITING_DECISION = (CaseState.DRAFT.value, CaseState.SUBMITTED.value)
# Project support runs while the participant takes part.
SUPPORTED = (CaseState.CONTRACTED.value, CaseState.IN_PROGRESS.value)

MSG_FUTURE = "{date} is in the future: record a date that has already come."
MSG_NOTIFIED_BEFORE_DECISION = (
    "The applicant cannot be notified ({date}) before the decision of {decided}."
)
MSG_REQUESTED_BEFORE_APPLICATION = (
    "The conclusion cannot be requested ({date}) before the application of {applied}."
)
MSG_CONCLUSION_DIRECTION = "Only direction 2 cases have an akim's conclusion (§4.3.2 step 3)."


class DueKind(StrEnum):
    CONCLUSION = DeadlineKind.CONCLUSION.value
    NOTIFICATION = DeadlineKind.NOTIFICATION.value
    VISIT = DeadlineKind.VISIT.value
    DRAFT = "draft"  # no legal deadline: a case typed in but not yet sent


@dataclass(frozen=True)
class DueItem:
    """One thing to do for one case, as the home screen lists it."""

    kind: DueKind
    case_id: str
    case_number: str
    person_id: str
    person_name: str
    starts_on: date  # the request, decision, last visit; for a draft its application date
    due_on: date | None  # None for a draft
    reference: str  # the decree's section ("" for a draft)
    today: date

    @property
    def days_left(self) -> int | None:
        """Days to the last day (negative: overdue by that many); None for a draft."""
        return None if self.due_on is None else (self.due_on - self.today).days

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.today > self.due_on

    @property
    def waiting_days(self) -> int:
        """Days since the start event (how long a draft has waited)."""
        return (self.today - self.starts_on).days


def rules() -> RuleSet:
    return report_rules()  # the same rule set, read once


def _name(last: str, first: str, patronymic: str | None) -> str:
    return " ".join(filter(None, (last, first, patronymic)))


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


_SELECT = """
    SELECT c.id, c.number, c.person_id, p.last_name, p.first_name, p.patronymic, {fields}
    FROM cases c JOIN persons p ON p.id = c.person_id
"""


def _conclusions(store: Store, today: date) -> list[DueItem]:
    rows = store.db.execute(
        _SELECT.format(fields="c.conclusion_requested_on") + """
        WHERE c.conclusion_requested_on IS NOT NULL AND c.deleted = 0
          AND c.direction = ? AND c.state IN (?, ?)
          AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = c.id
                          AND d.kind = ? AND d.deleted = 0)
        """,
        [DEADLINE_DIRECTION, *AWAITING_DECISION, DecisionKind.AKIM_CONCLUSION.value],
    ).fetchall()
    return [_item(DueKind.CONCLUSION, row, conclusion_deadline(rules(), _day(row[6])), today)
            for row in rows]


def _notifications(store: Store, today: date) -> list[DueItem]:
    rows = store.db.execute(
        _SELECT.format(fields="c.decided_on") + """
        WHERE c.decided_on IS NOT NULL AND c.notified_on IS NULL AND c.deleted = 0
          AND c.direction = ?
        """,
        [DEADLINE_DIRECTION],
    ).fetchall()
    return [_item(DueKind.NOTIFICATION, row, notification_deadline(rules(), _day(row[6])),
                  today) for row in rows]


_VISIT_FIELDS = """
    (SELECT max(v.visited_on) FROM monitoring_visits v WHERE v.case_id = c.id
     AND v.deleted = 0),
    (SELECT min(s.signed_on) FROM social_contracts s WHERE s.case_id = c.id
     AND s.deleted = 0),
    c.started_on
"""


def _visit_start(last_visit: Any, signed: Any, started: Any) -> date | None:
    """What the next visit counts from: the last visit; before the first one, the contract's
    signature, or the start of participation."""
    return _day(last_visit) or _day(signed) or _day(started)


def _visits(store: Store, today: date, horizon: date) -> list[DueItem]:
    rows = store.db.execute(
        _SELECT.format(fields=_VISIT_FIELDS) + """
        WHERE c.deleted = 0 AND c.state IN (?, ?) AND c.direction = ?
        """,
        [*SUPPORTED, DEADLINE_DIRECTION],
    ).fetchall()
    items = []
    for row in rows:
        start = _visit_start(*row[6:9])
        if start is None:
            continue  # nothing to count from yet
        deadline = visit_deadline(rules(), start)
        if deadline.due_on <= horizon:
            items.append(_item(DueKind.VISIT, row, deadline, today))
    return items


def _drafts(store: Store, today: date) -> list[DueItem]:
    rows = store.db.execute(
        _SELECT.format(fields="c.applied_on") + " WHERE c.state = ? AND c.deleted = 0",
        [CaseState.DRAFT.value],
    ).fetchall()
    return [DueItem(DueKind.DRAFT, row[0], row[1], row[2], _name(*row[3:6]), _day(row[6]),
                    None, "", today) for row in rows]


def _item(kind: DueKind, row: Any, deadline: Deadline, today: date) -> DueItem:
    return DueItem(kind, row[0], row[1], row[2], _name(*row[3:6]), deadline.starts_on,
                   deadline.due_on, deadline.reference, today)


def work_due(store: Store, today: date, upcoming_days: int = UPCOMING_DAYS) -> list[DueItem]:
    """Everything to do on `today`: open deadlines (overdue first, then by due date), the
    visits due within `upcoming_days`, then the drafts, oldest first."""
    horizon = today + timedelta(days=upcoming_days)
    due = _conclusions(store, today) + _notifications(store, today) + \
        _visits(store, today, horizon)
    due.sort(key=lambda i: (i.due_on, i.kind.value, i.case_number))
    drafts = sorted(_drafts(store, today), key=lambda i: (i.starts_on, i.case_number))
    return due + drafts


def case_deadlines(store: Store, case_id: str) -> list[Deadline]:
    """The deadlines of one case, met or not, for the case form."""
    case = case_details(store, case_id)
    if case["direction"] != DEADLINE_DIRECTION:
        return []
    found: list[Deadline] = []
    requested = _day(case.get("conclusion_requested_on"))
    if requested is not None:
        (written,) = store.db.execute(
            "SELECT min(decided_on) FROM decisions WHERE case_id = ? AND kind = ?"
            " AND deleted = 0", [case_id, DecisionKind.AKIM_CONCLUSION.value]).fetchone()
        found.append(conclusion_deadline(rules(), requested, _day(written)))
    decided = _day(case.get("decided_on"))
    if decided is not None:
        found.append(notification_deadline(rules(), decided, _day(case.get("notified_on"))))
    if case["state"] in SUPPORTED:
        row = store.db.execute(
            f"SELECT {_VISIT_FIELDS} FROM cases c WHERE c.id = ?", [case_id]).fetchone()
        start = _visit_start(*row)
        if start is not None:
            found.append(visit_deadline(rules(), start))
    return found


def _shown(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def record_case_dates(store: Store, case_id: str, conclusion_requested_on: date | None,
                      notified_on: date | None, today: date | None = None) -> Change:
    """Record when the employment centre asked the akim for the conclusion (direction 2) and
    when the applicant was notified of the decision; None clears a date."""
    today = today or clock.today()
    case = case_details(store, case_id)
    for value in (conclusion_requested_on, notified_on):
        if value is not None and value > today:
            raise ApplicantError(MSG_FUTURE, date=_shown(value))
    if conclusion_requested_on is not None:
        if case["direction"] != DEADLINE_DIRECTION:
            raise ApplicantError(MSG_CONCLUSION_DIRECTION)
        applied = _day(case["applied_on"])
        if applied is not None and conclusion_requested_on < applied:
            raise ApplicantError(MSG_REQUESTED_BEFORE_APPLICATION,
                                 date=_shown(conclusion_requested_on), applied=_shown(applied))
    decided = _day(case.get("decided_on"))
    if notified_on is not None and decided is not None and notified_on < decided:
        raise ApplicantError(MSG_NOTIFIED_BEFORE_DECISION, date=_shown(notified_on),
                             decided=_shown(decided))
    with store.transaction("record case dates") as tx:
        return tx.save("cases", {"conclusion_requested_on": conclusion_requested_on,
                                 "notified_on": notified_on}, record_id=case_id)


def unsynced_changes(store: Store) -> int:
    """Changes not yet accepted by the district (the change log's partial index counts them)."""
    (count,) = store.db.execute(
        "SELECT count(*) FROM change_log WHERE status != 'accepted'").fetchone()
    return int(count)
