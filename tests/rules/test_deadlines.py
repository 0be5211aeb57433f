"""Deadlines of §4.3.2, hand-counted on the real 2025/2026 calendar of Kazakhstan."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.resources import RESOURCES
from desktop.rules.deadlines import (
    DeadlineKind,
    WorkingCalendar,
    conclusion_deadline,
    kazakhstan_calendar,
    notification_deadline,
    visit_deadline,
)
from desktop.rules.errors import RuleInputError
from desktop.rules.parameters import load_rules

RULES = load_rules(RESOURCES / "rules")
KZ = kazakhstan_calendar()


def test_the_decree_numbers_with_their_sections() -> None:
    on = date(2013, 1, 1)
    assert RULES.value("deadline_conclusion_calendar_days", on) == 10
    assert RULES.value("deadline_notification_working_days", on) == 3
    assert RULES.value("deadline_project_support_visit_months", on) == 2
    assert RULES.parameter("deadline_conclusion_calendar_days").reference == "§4.3.2 step 3"
    assert RULES.parameter("deadline_notification_working_days").reference == "§4.3.2 step 4"
    assert RULES.parameter("deadline_project_support_visit_months").reference == "§4.3.2 step 9"


@pytest.mark.parametrize(("day", "working"), [
    (date(2026, 3, 20), True),  # Friday before Nauryz
    (date(2026, 3, 21), False),  # Nauryz on a Saturday
    (date(2026, 3, 23), False),  # Nauryz, Monday
    (date(2026, 3, 24), False),  # day off for Nauryz of Saturday 21 March
    (date(2026, 3, 25), False),  # day off for Nauryz of Sunday 22 March
    (date(2026, 3, 26), True),
    (date(2025, 3, 24), False),  # 2025: Nauryz Fri 21 – Sun 23, days off Mon 24 and Tue 25
    (date(2025, 3, 26), True),
    (date(2025, 12, 16), False),  # Independence Day, Tuesday
    (date(2026, 12, 16), False),  # Independence Day, Wednesday
    (date(2026, 12, 17), True),  # 17 December is no longer a holiday (since 2022)
    (date(2025, 1, 3), False),  # Friday made a day off by the government's transfer...
    (date(2025, 1, 5), True),  # ... worked on Sunday 5 January instead
    (date(2026, 1, 7), False),  # Orthodox Christmas
    (date(2026, 3, 8), False),  # Women's Day on a Sunday...
    (date(2026, 3, 9), False),  # ... gives Monday off
    (date(2026, 5, 30), False),  # an ordinary Saturday
])
def test_working_days_of_kazakhstan(day: date, working: bool) -> None:
    assert KZ.is_working_day(day) is working


def test_a_religious_holiday_on_a_weekend_gives_no_day_off() -> None:
    # Orthodox Christmas falls on Sunday 7 January 2024; Monday 8 January is an ordinary day.
    assert KZ.is_working_day(date(2024, 1, 8))


def test_notice_within_3_working_days_across_nauryz() -> None:
    # Decision on Friday 20 March 2026: Sat, Sun, Nauryz Mon 23 and its days off Tue 24 and
    # Wed 25 do not count; Thu 26, Fri 27, Mon 30.
    deadline = notification_deadline(RULES, date(2026, 3, 20))
    assert deadline.due_on == date(2026, 3, 30)
    assert deadline.kind is DeadlineKind.NOTIFICATION
    assert deadline.reference == "§4.3.2 step 4"


def test_notice_across_independence_day() -> None:
    # Friday 12 December 2025: Mon 15, (Tue 16 a holiday), Wed 17, Thu 18.
    assert notification_deadline(RULES, date(2025, 12, 12)).due_on == date(2025, 12, 18)
    # Monday 14 December 2026: Tue 15, (Wed 16 a holiday), Thu 17, Fri 18.
    assert notification_deadline(RULES, date(2026, 12, 14)).due_on == date(2026, 12, 18)


def test_notice_across_the_year_end() -> None:
    # Wednesday 30 December 2026: Thu 31; 1 and 2 January off (Saturday's holiday moves to
    # Mon 4 January 2027); Tue 5, Wed 6.
    assert notification_deadline(RULES, date(2026, 12, 30)).due_on == date(2027, 1, 6)
    # Monday 29 December 2025: Tue 30, Wed 31; 1–2 January off, Mon 5 January 2026.
    assert notification_deadline(RULES, date(2025, 12, 29)).due_on == date(2026, 1, 5)


def test_a_decision_on_a_day_off_counts_from_the_next_working_day() -> None:
    # Saturday 21 March 2026 (Nauryz): Thu 26, Fri 27, Mon 30.
    assert notification_deadline(RULES, date(2026, 3, 21)).due_on == date(2026, 3, 30)


def test_conclusion_within_10_calendar_days_holidays_included() -> None:
    # Asked on 16 March 2026: Nauryz does not stop the calendar-day count.
    deadline = conclusion_deadline(RULES, date(2026, 3, 16))
    assert deadline.due_on == date(2026, 3, 26)
    assert deadline.reference == "§4.3.2 step 3"
    # Across the year end and 16 December.
    assert conclusion_deadline(RULES, date(2025, 12, 25)).due_on == date(2026, 1, 4)
    assert conclusion_deadline(RULES, date(2026, 12, 10)).due_on == date(2026, 12, 20)


def test_calendar_and_working_days_differ_over_the_same_days() -> None:
    asked = date(2026, 3, 20)
    assert conclusion_deadline(RULES, asked).due_on == date(2026, 3, 30)
    assert KZ.add_working_days(asked, 10) == date(2026, 4, 8)


def test_next_visit_two_months_after_the_last() -> None:
    assert visit_deadline(RULES, date(2026, 3, 15)).due_on == date(2026, 5, 15)
    # No 31 February: the month's last day.
    assert visit_deadline(RULES, date(2025, 12, 31)).due_on == date(2026, 2, 28)
    assert visit_deadline(RULES, date(2027, 12, 31)).due_on == date(2028, 2, 29)
    assert visit_deadline(RULES, date(2026, 11, 20)).due_on == date(2027, 1, 20)


def test_status_and_days_left() -> None:
    deadline = conclusion_deadline(RULES, date(2026, 3, 2))  # due 12 March
    assert deadline.days_left(date(2026, 3, 10)) == 2
    assert deadline.status(date(2026, 3, 12)) == "due"  # the last day is still in time
    assert deadline.status(date(2026, 3, 13)) == "overdue"
    assert deadline.days_left(date(2026, 3, 15)) == -3
    met = conclusion_deadline(RULES, date(2026, 3, 2), met_on=date(2026, 3, 20))
    assert met.status(date(2026, 4, 1)) == "met"


def test_zero_working_days_is_the_start_itself_and_negative_is_refused() -> None:
    assert KZ.add_working_days(date(2026, 3, 21), 0) == date(2026, 3, 21)
    with pytest.raises(ValueError):
        KZ.add_working_days(date(2026, 3, 21), -1)


def test_a_date_before_the_rules_is_refused_with_the_section() -> None:
    with pytest.raises(RuleInputError) as raised:
        notification_deadline(RULES, date(2012, 12, 31))
    assert raised.value.params["rule"] == "§4.3.2 step 4"


def test_a_calendar_can_be_given() -> None:
    import holidays

    no_holidays = WorkingCalendar(holidays.HolidayBase())
    assert no_holidays.add_working_days(date(2026, 3, 20), 3) == date(2026, 3, 25)
    assert notification_deadline(RULES, date(2026, 3, 20),
                                 calendar=no_holidays).due_on == date(2026, 3, 25)
