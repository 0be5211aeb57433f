"""The monthly report for machines: one CSV line per indicator, breakdown and scope.

Long format, UTF-8 without a byte-order mark, comma-separated (RFC 4180 quoting), a decimal
point and no thousands separators: counts as integers, tenge with two decimals, shares in
percent with two decimals, an empty field where there is no value. The column names are
stable: add columns at the end, never rename.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from desktop.services.monthly_report import MonthlyReport, Value

COLUMNS = ("report_month", "scope_level", "scope_kato", "section", "indicator", "breakdown",
           "unit", "month_value", "ytd_value")


def csv_value(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def monthly_csv_rows(report: MonthlyReport) -> list[dict[str, str]]:
    """The lines of the CSV as dicts (heading rows, which carry no values, are left out)."""
    lines = []
    for index, scope in enumerate(report.scopes):
        for row in report.rows:
            if row.unit is None:
                continue
            cell = row.cells[index]
            lines.append({
                "report_month": report.month,
                "scope_level": scope.level,
                "scope_kato": scope.kato,
                "section": row.section,
                "indicator": row.code,
                "breakdown": row.breakdown,
                "unit": row.unit,
                "month_value": csv_value(cell.month),
                "ytd_value": csv_value(cell.ytd),
            })
    return lines


def write_monthly_csv(report: MonthlyReport, path: Path | str) -> Path:
    target = Path(path)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(monthly_csv_rows(report))
    return target
