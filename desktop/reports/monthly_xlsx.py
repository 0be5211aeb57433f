"""The monthly report as an xlsx that looks like the official form (openpyxl, no Qt).

Layout: form reference, title, period, okrug or district with its КАТО, due date; a header of
two merged rows (№, indicator, unit; per scope a merged head over "in the month" and "since
the start of the year") and a row of column numbers; section lines; indicator rows; notes and
signature lines. Counts use an integer format, money `#,##0.00`, shares `0.00`. Panes are
frozen below the header and right of the names; it prints on A4, fitted to the page width,
repeating the header on every page.

No cell is ever a formula: names come from the reference data (an okrug named
`=HYPERLINK(...)` must stay those characters), so every text cell is written as a string
(`_as_text`) and one that a spreadsheet would read as a formula when edited (`= + - @`, tab,
CR first) also gets Excel's quote prefix.
"""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.reports.labels import (
    Language,
    column_title,
    due_text,
    period_text,
    row_label,
    scope_text,
    text,
    unit_label,
)
from desktop.services.monthly_report import MonthlyReport, Row, Value

COUNT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.00"
FORMATS = {"units": COUNT_FORMAT, "people": COUNT_FORMAT, "tenge": MONEY_FORMAT,
           "percent": PERCENT_FORMAT}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

FIRST_VALUE_COLUMN = 4  # A №, B indicator, C unit
HEADER_TOP = 7  # rows 1-5: form, title, period, scope, due; row 6 blank
HEADER_ROWS = 3  # scope heads, month/ytd, column numbers
WIDTHS = {"A": 7, "B": 62, "C": 11}
LABEL_CHARS_PER_LINE = 68  # of 9-point Arial in column B
LINE_HEIGHT = 12.5  # points
VALUE_WIDTH = 15
# Up to two scopes (four value columns) fit a portrait A4 page; more go landscape.
PORTRAIT_SCOPES = 2

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
FONT = "Arial"  # a font every office suite has, with Kazakh letters


def write_monthly_xlsx(report: MonthlyReport, path: Path | str, language: Language) -> Path:
    """Write the report to `path` in Kazakh ("kk") or Russian ("ru"); returns the path."""
    if language not in ("kk", "ru"):
        raise ValueError(f"language must be 'kk' or 'ru', not {language!r}")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = text(language, "sheet")
    last_column = FIRST_VALUE_COLUMN + 2 * len(report.scopes) - 1
    _title_block(sheet, report, language, last_column)
    _header(sheet, report, language, last_column)
    end = _body(sheet, report, language, last_column)
    _footer(sheet, report, language, last_column, end + 2)
    _page(sheet, report, last_column, end)
    _as_text(sheet)
    target = Path(path)
    workbook.save(target)
    return target


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _as_text(sheet: Worksheet) -> None:
    """Every string cell a string, never a formula, whatever it begins with.

    openpyxl turns any str starting with "=" into a formula (data type "f") when it is
    assigned; setting the data type back to "s" makes it write the characters as they are.
    The quote prefix is Excel's own mark for "typed as text": the cell stays text even if the
    user opens it for editing and presses Enter.
    """
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if cell.value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True


def _font(size: float = 10, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def _line(sheet: Worksheet, row: int, last_column: int, value: str, *, size: float = 10,
          bold: bool = False, italic: bool = False, align: str = "center",
          height: float | None = None) -> None:
    """One text line merged across the form's width."""
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    cell = sheet.cell(row=row, column=1, value=value)
    cell.font = _font(size, bold, italic)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if height:
        sheet.row_dimensions[row].height = height


def _title_block(sheet: Worksheet, report: MonthlyReport, language: Language,
                 last_column: int) -> None:
    _line(sheet, 1, last_column, text(language, "form"), size=8, italic=True, align="right",
          height=24)
    _line(sheet, 2, last_column, text(language, "title"), size=12, bold=True, height=36)
    _line(sheet, 3, last_column, period_text(report, language), bold=True)
    _line(sheet, 4, last_column, scope_text(report, language))
    _line(sheet, 5, last_column, due_text(report, language), italic=True)


def _head_cell(sheet: Worksheet, row: int, column: int, value: object) -> XlCell:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = _font(9, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.fill = HEAD_FILL
    return cell


def _header(sheet: Worksheet, report: MonthlyReport, language: Language,
            last_column: int) -> None:
    top, second, numbers = HEADER_TOP, HEADER_TOP + 1, HEADER_TOP + 2
    for column, key in enumerate(("col.number", "col.indicator", "col.unit"), start=1):
        _head_cell(sheet, top, column, text(language, key))
        sheet.merge_cells(start_row=top, start_column=column, end_row=second, end_column=column)
    for index in range(len(report.scopes)):
        first = FIRST_VALUE_COLUMN + 2 * index
        _head_cell(sheet, top, first, column_title(report, index, language))
        sheet.merge_cells(start_row=top, start_column=first, end_row=top, end_column=first + 1)
        _head_cell(sheet, second, first, text(language, "col.month"))
        _head_cell(sheet, second, first + 1, text(language, "col.ytd"))
    for column in range(1, last_column + 1):
        _head_cell(sheet, numbers, column, column).font = _font(8)
        for row in (top, second, numbers):
            sheet.cell(row=row, column=column).border = BORDER
    sheet.row_dimensions[top].height = 42
    sheet.row_dimensions[second].height = 30


def _body(sheet: Worksheet, report: MonthlyReport, language: Language,
          last_column: int) -> int:
    """Section lines and indicator rows; returns the last row written."""
    row_number = HEADER_TOP + HEADER_ROWS
    sections = list(dict.fromkeys(line.section for line in report.rows))
    section = None
    serial = 0
    for line in report.rows:
        if line.section != section:
            section = line.section
            title = f"{ROMAN[sections.index(section)]}. {text(language, f'section.{section}')}"
            _section_line(sheet, row_number, last_column, title)
            row_number += 1
        if line.unit is not None:
            serial += 1
        _indicator_line(sheet, row_number, report, line, language,
                        serial if line.unit is not None else None)
        row_number += 1
    return row_number - 1


def _section_line(sheet: Worksheet, row: int, last_column: int, title: str) -> None:
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_column)
    cell = sheet.cell(row=row, column=1, value=title)
    cell.font = _font(10, bold=True)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    for column in range(1, last_column + 1):
        sheet.cell(row=row, column=column).fill = SECTION_FILL
        sheet.cell(row=row, column=column).border = BORDER


def _indicator_line(sheet: Worksheet, row: int, report: MonthlyReport, line: Row,
                    language: Language, serial: int | None) -> None:
    bold = line.level == 0
    number = sheet.cell(row=row, column=1, value=serial)
    number.alignment = Alignment(horizontal="center", vertical="top")
    name = row_label(line, language, report.youth_age_max)
    label = sheet.cell(row=row, column=2, value=name)
    label.alignment = Alignment(indent=2 * line.level, wrap_text=True, vertical="top")
    # openpyxl cannot measure text, and not every reader fits rows to wrapped text: a long
    # name gets the height of the lines it needs at the column's width.
    lines = math.ceil(len(name) / (LABEL_CHARS_PER_LINE - 4 * line.level))
    if lines > 1:
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines
    unit = sheet.cell(row=row, column=3, value=unit_label(line, language))
    unit.alignment = Alignment(horizontal="center", vertical="top")
    for cell in (number, label, unit):
        cell.font = _font(9, bold=bold, italic=line.unit is None)
        cell.border = BORDER
    for index, pair in enumerate(line.cells):
        for offset, value in enumerate((pair.month, pair.ytd)):
            _value_cell(sheet, row, FIRST_VALUE_COLUMN + 2 * index + offset, line, value, bold)


def _value_cell(sheet: Worksheet, row: int, column: int, line: Row, value: Value,
                bold: bool) -> None:
    # Decimal goes in as is: openpyxl writes its exact text, so no tiyn is lost to float.
    cell = sheet.cell(row=row, column=column, value=value)
    cell.border = BORDER
    cell.font = _font(9, bold=bold)
    cell.alignment = Alignment(horizontal="right", vertical="top")
    if line.unit is not None:
        cell.number_format = FORMATS[line.unit]


def _footer(sheet: Worksheet, report: MonthlyReport, language: Language, last_column: int,
            start: int) -> None:
    lines = [("note.participants", 30), ("note.coverage", 18)]
    for offset, (key, height) in enumerate(lines):
        _line(sheet, start + offset, last_column, text(language, key), size=8, italic=True,
              align="left", height=height)
    _line(sheet, start + 3, last_column, text(language, "sign.head"), align="left")
    _line(sheet, start + 5, last_column, text(language, "sign.executor"), align="left")
    _line(sheet, start + 7, last_column,
          text(language, "generated", version=report.rules_version), size=7, italic=True,
          align="left")


def _page(sheet: Worksheet, report: MonthlyReport, last_column: int, end: int) -> None:
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    for column in range(FIRST_VALUE_COLUMN, last_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = VALUE_WIDTH
    first_data = HEADER_TOP + HEADER_ROWS
    sheet.freeze_panes = f"{get_column_letter(FIRST_VALUE_COLUMN)}{first_data}"
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "portrait" if len(report.scopes) <= PORTRAIT_SCOPES else "landscape"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_TOP}:{first_data - 1}"
    sheet.print_area = f"A1:{get_column_letter(last_column)}{end + 9}"
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "&P / &N"
