"""The monthly report for machines: one CSV line per indicator, breakdown and scope.

Long format, UTF-8 with a byte-order mark (Excel needs it to show Cyrillic and Kazakh letters
rather than mojibake; Python reads it with encoding "utf-8-sig"), comma-separated (RFC 4180
quoting), a decimal point and no thousands separators: counts as integers, tenge with two
decimals, shares in percent with two decimals, an empty field where there is no value. The
column names are stable: add columns at the end, never rename.

Text fields are escaped against formula injection (OWASP "CSV injection"): one that begins
with `= + - @`, a tab or a carriage return, or with the escape mark `'` itself, gets a `'` in
front, so a spreadsheet shows it as text instead of running it. Dropping one leading `'` gives
the original back (`csv_unescape`). Values are never escaped: a negative number stays a number.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from desktop.services.monthly_report import MonthlyReport, Value

COLUMNS = ("report_month", "scope_level", "scope_kato", "section", "indicator", "breakdown",
           "unit", "month_value", "ytd_value")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def csv_text(text: str) -> str:
    """A text field as written: `'` in front when a spreadsheet would take it for a formula."""
    return ESCAPE + text if text.startswith((*FORMULA_STARTS, ESCAPE)) else text


def csv_unescape(field: str) -> str:
    """The text a field was written from (the inverse of `csv_text`)."""
    return field[len(ESCAPE):] if field.startswith(ESCAPE) else field


def csv_value(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def monthly_csv_rows(report: MonthlyReport) -> list[dict[str, str]]:
    """The lines of the CSV as dicts (heading rows, which carry no values, are left out),
    text fields already escaped."""
    lines = []
    for index, scope in enumerate(report.scopes):
        for row in report.rows:
            if row.unit is None:
                continue
            cell = row.cells[index]
            texts = {
                "report_month": report.month,
                "scope_level": scope.level,
                "scope_kato": scope.kato,
                "section": row.section,
                "indicator": row.code,
                "breakdown": row.breakdown,
                "unit": row.unit,
            }
            lines.append({**{key: csv_text(value) for key, value in texts.items()},
                          "month_value": csv_value(cell.month),
                          "ytd_value": csv_value(cell.ytd)})
    return lines


def write_monthly_csv(report: MonthlyReport, path: Path | str) -> Path:
    target = Path(path)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(monthly_csv_rows(report))
    return target
