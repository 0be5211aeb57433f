"""Ages and durations in whole calendar months, as the law counts them.

A term counted in years or months ends on the same day of the final month; when that month has
no such day (a birthday on 29 February, residence since 31 August) it ends on the month's last
day: the Kazakh civil-law rule for terms (stated word for word, e.g., in the Law on
Administrative Procedures of 27.11.2000 No. 107-II, art. 12-1). So a person born on 29 February
2000 is 13 on 28 February 2013, and three years of residence from 2010-03-15 are complete on
2013-03-15, not a day before.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal


def add_months(start: date, months: int) -> date:
    """The date `months` calendar months after `start`, clamped to the end of a short month."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def reached(start: date, months: int, on: date) -> bool:
    """Whether `months` whole months have passed from `start` by the end of day `on`."""
    return add_months(start, months) <= on


def whole_years(start: date, on: date) -> int:
    """Completed years from `start` to `on` (an age, a residence); 0 if `on` is earlier."""
    years = on.year - start.year
    while years > 0 and not reached(start, 12 * years, on):
        years -= 1
    return max(years, 0)


def months_of(years: Decimal, name: str) -> int:
    """A parameter in years (58.5 is allowed) as whole months; refuses a fraction of a month."""
    months = years * 12
    if months != months.to_integral_value():
        raise ValueError(f"{name} = {years} years is not a whole number of months")
    return int(months)
