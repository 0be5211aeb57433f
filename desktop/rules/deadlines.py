"""Deadlines of the programme's mechanism: when something is due, counted as the decree says.

§4.3.2 (direction 2, entrepreneurship) sets three time limits; the mechanism of direction 1
(§4.3.1 steps 1-7) sets none:
- step 3: the akim of the rural okrug (and the other bodies asked) sends the conclusion
  within 10 **calendar** days of receiving the employment centre's request;
- step 4: the employment centre notifies the applicant in writing within 3 **working** days
  of its decision (inclusion or refusal);
- step 9: project support consultations at the participant's home at least once every two
  **months**, so the next visit is due two months after the last one.

The numbers are dated parameters (`desktop/resources/rules/deadlines.yaml`). A period starts the day
after its start event (the request, the decision, the visit): "within 3 working days" of a
decision on Friday ends on the third working day after that Friday. A calendar-day limit is not
moved off a weekend or a holiday: the strict date is shown, so a reminder is never late.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from typing import Literal

import holidays

from desktop.rules.lookup import count_on
from desktop.rules.months import add_months
from desktop.rules.parameters import RuleSet

CONCLUSION_DAYS = "deadline_conclusion_calendar_days"
NOTIFICATION_DAYS = "deadline_notification_working_days"
VISIT_MONTHS = "deadline_project_support_visit_months"

Status = Literal["met", "overdue", "due"]


class DeadlineKind(StrEnum):
    CONCLUSION = "conclusion"  # the akim's conclusion on the project, §4.3.2 step 3
    NOTIFICATION = "notification"  # the applicant told of the decision, §4.3.2 step 4
    VISIT = "visit"  # project support consultation at home, §4.3.2 step 9


PARAMETER_OF = {
    DeadlineKind.CONCLUSION: CONCLUSION_DAYS,
    DeadlineKind.NOTIFICATION: NOTIFICATION_DAYS,
    DeadlineKind.VISIT: VISIT_MONTHS,
}


@dataclass(frozen=True)
class Deadline:
    """One time limit of one case: its start event's date, the last day, and when it was met."""

    kind: DeadlineKind
    starts_on: date  # the request, the decision or the last visit
    due_on: date  # the last day on which it is still in time
    reference: str  # the decree's section, from the parameter
    met_on: date | None = None  # when it was done (None: still open)

    def days_left(self, today: date) -> int:
        """Calendar days from `today` to the last day; negative once it has passed."""
        return (self.due_on - today).days

    def status(self, today: date) -> Status:
        if self.met_on is not None:
            return "met"
        return "overdue" if today > self.due_on else "due"


class WorkingCalendar:
    """Kazakhstan's working days: Monday to Friday, less public holidays, plus worked weekends.

    The `holidays` package (`holidays.country_holidays("KZ")`) knows the public holidays of
    the Law on holidays and the Labour Code. For KZ it applies the rule "a holiday falling on a
    Saturday or Sunday moves the day off to the next working day" (observed_rule
    SAT_SUN_TO_NEXT_WORKDAY, since 2002): Nauryz on Sat 21 and Sun 22 March 2026 makes Tue 24
    and Wed 25 March days off, listed as "(observed)". Religious holidays (Orthodox Christmas,
    Kurban ait) are not moved, as the law says. The government's transfers of days off are in
    it too: Fri 3 January 2025 was a day off and Sunday 5 January 2025 a working day
    (`weekend_workdays`). `is_working_day` honours all of these. Transfers the government
    decrees after the package was released are unknown to it: a newer package brings them.
    """

    def __init__(self, calendar: holidays.HolidayBase | None = None) -> None:
        self._days = calendar if calendar is not None else holidays.country_holidays("KZ")
        # The package fills a year's holidays on first use; two threads may ask at once.
        self._lock = threading.Lock()

    def is_working_day(self, day: date) -> bool:
        with self._lock:
            return bool(self._days.is_working_day(day))

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day after `start` (`start` itself is not counted)."""
        if days < 0:
            raise ValueError("a number of working days cannot be negative")
        day, counted = start, 0
        while counted < days:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day


@cache
def kazakhstan_calendar() -> WorkingCalendar:
    """The one shared working-day calendar of Kazakhstan."""
    return WorkingCalendar()


def add_calendar_days(start: date, days: int) -> date:
    return start + timedelta(days=days)


def conclusion_deadline(rules: RuleSet, requested_on: date,
                        met_on: date | None = None) -> Deadline:
    """The akim's conclusion: 10 calendar days after the employment centre's request."""
    days = count_on(rules, CONCLUSION_DAYS, requested_on, "conclusion_requested_on")
    return Deadline(DeadlineKind.CONCLUSION, requested_on, add_calendar_days(requested_on, days),
                    _reference(rules, CONCLUSION_DAYS), met_on)


def notification_deadline(rules: RuleSet, decided_on: date, met_on: date | None = None,
                          calendar: WorkingCalendar | None = None) -> Deadline:
    """The written notice of the decision: 3 working days after the decision."""
    days = count_on(rules, NOTIFICATION_DAYS, decided_on, "decided_on")
    due = (calendar or kazakhstan_calendar()).add_working_days(decided_on, days)
    return Deadline(DeadlineKind.NOTIFICATION, decided_on, due,
                    _reference(rules, NOTIFICATION_DAYS), met_on)


def visit_deadline(rules: RuleSet, last_on: date, met_on: date | None = None) -> Deadline:
    """The next project support visit: two months after the last one (31 December → end of
    February: a month without the day ends on its last day)."""
    months = count_on(rules, VISIT_MONTHS, last_on, "visited_on")
    return Deadline(DeadlineKind.VISIT, last_on, add_months(last_on, months),
                    _reference(rules, VISIT_MONTHS), met_on)


def _reference(rules: RuleSet, name: str) -> str:
    return rules.parameter(name).reference


__all__ = [
    "Deadline", "DeadlineKind", "WorkingCalendar", "add_calendar_days", "conclusion_deadline",
    "kazakhstan_calendar", "notification_deadline", "visit_deadline",
]
