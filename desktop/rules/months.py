"""Calendar months of payment schedules: adding months to a date, labelling a month."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    """`start` moved by whole months; the 31st becomes the month's last day when it has none.

    Always counted from `start` (never step by step), so a schedule from 31 January keeps
    returning to the 31st whenever a month has one.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def month_label(day: date) -> str:
    """The schedule's month key, YYYY-MM."""
    return f"{day.year:04d}-{day.month:02d}"
