"""Read one list from an .xlsx file into typed rows and row problems, never writing anything.

openpyxl runs in read-only mode (rows are streamed, memory stays bounded) with data_only=False,
so a formula is seen as a formula and refused instead of silently taking Excel's cached result.
The header is the row, among the first HEADER_SCAN_ROWS, that names the most of the list's
columns; rows above it (a title, a date) are skipped, and so are rows left entirely blank.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from desktop.reports.imports.cells import clean_cell
from desktop.reports.imports.container import SheetShape, check_file
from desktop.reports.imports.kinds import SPECS, Column, ListKind, ListSpec, fold
from desktop.reports.imports.problems import (
    MSG_DAMAGED,
    MSG_DUPLICATE_COLUMN,
    MSG_DUPLICATE_IIN,
    MSG_DUPLICATE_RECORD,
    MSG_EMPTY,
    MSG_MISSING_COLUMN,
    MSG_NO_HEADER,
    MSG_NO_ROWS,
    MSG_NO_SHEETS,
    MSG_SHEET_EMPTY,
    MSG_SHEET_MISSING,
    MSG_TOO_MANY_ROWS,
    CellProblem,
    RowProblem,
    SpreadsheetError,
)

MAX_ROWS = 50_000  # data rows below the header; a district list is a few thousand
MAX_COLUMNS = 60  # cells further right are not read at all
HEADER_SCAN_ROWS = 10


@dataclass
class ParsedRow:
    """One data row: typed values by field (only fields whose cells were readable)."""

    row: int
    values: dict[str, Any]
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass
class ParsedSheet:
    """What the reader found: the sheet, where its columns are, its rows and their problems."""

    kind: ListKind
    sheet: str
    header_row: int
    columns: dict[str, str]  # field → the heading as the file writes it
    ignored_columns: list[str]  # headings that belong to no column of this list
    rows: list[ParsedRow]
    problems: list[RowProblem]  # problems of the header (missing, repeated columns)
    duplicates: dict[str, tuple[int, ...]]  # ИИН → rows, for ИИН found more than once

    @property
    def complete(self) -> bool:
        """Every required column is there; without one, no row can be imported."""
        return not any(p.code == "missing_column" for p in self.problems)

    def all_problems(self) -> list[RowProblem]:
        """Header problems first, then every row's problems in row order."""
        return [*self.problems, *(p for r in self.rows for p in r.problems)]


def read_list(path: Path, kind: ListKind | str, sheet: str | None = None) -> ParsedSheet:
    """Read the list of `kind` from the sheet named `sheet` (default: the first visible one).

    Raises SpreadsheetError when the file as a whole cannot be read; everything wrong with
    single rows comes back as RowProblem in the result.
    """
    spec = SPECS[ListKind(kind)]
    path = Path(path)
    shapes = check_file(path)
    with _workbook(path) as workbook:
        worksheet = _choose_sheet(workbook, sheet, path.name)
        title = str(worksheet.title)
        shape = shapes.get(str(getattr(worksheet, "_worksheet_path", "")))
        _check_size(worksheet, shape, title)
        return _read_sheet(spec, _rows(worksheet, path.name), title)


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    # A file handle, not the name: openpyxl would judge the file by its extension, and lists
    # really arrive as "list.xls" that are .xlsx inside (the content was checked already).
    with path.open("rb") as handle:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "no default style" and the like
                workbook = load_workbook(
                    handle, read_only=True, data_only=False, keep_links=False, rich_text=False
                )
        except Exception as error:  # any failure of the parser means a damaged file
            raise _damaged(path.name, error) from error
        try:
            yield workbook
        finally:
            workbook.close()


def _damaged(shown: str, error: BaseException) -> SpreadsheetError:
    detail = f"{type(error).__name__}: {error}"[:200]
    return SpreadsheetError("damaged", MSG_DAMAGED, {"path": shown, "detail": detail})


def _choose_sheet(workbook: Any, sheet: str | None, shown: str) -> Any:
    sheets = list(workbook.worksheets)
    if not sheets:
        raise SpreadsheetError("no_sheets", MSG_NO_SHEETS, {"path": shown})
    if sheet is None:
        # The first sheet a person sees: templates often hide a sheet of codes in front.
        visible = [s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"]
        return (visible or sheets)[0]
    wanted = sheet.strip().casefold()
    for candidate in sheets:
        if str(candidate.title).strip().casefold() == wanted:
            return candidate
    names = ", ".join(str(s.title) for s in sheets)
    raise SpreadsheetError("sheet_missing", MSG_SHEET_MISSING, {"sheet": sheet, "sheets": names})


def _check_size(worksheet: Any, shape: SheetShape | None, title: str) -> None:
    """Refuse early when the sheet's declared size or its counted rows are over the limit."""
    declared = worksheet.max_row if isinstance(worksheet.max_row, int) else 0
    counted = shape.rows if shape is not None else 0
    if max(declared, counted) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise _too_many_rows(title)
    # The declared dimension may be wrong (some programs write none, or a wrong one); with it
    # openpyxl would stop early and silently drop rows. Without it every row is streamed and
    # counted against MAX_ROWS as it comes.
    worksheet.reset_dimensions()


def _too_many_rows(title: str) -> SpreadsheetError:
    return SpreadsheetError("too_many_rows", MSG_TOO_MANY_ROWS, {"sheet": title, "limit": MAX_ROWS})


def _rows(worksheet: Any, shown: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cells) for every row; a parser failure midway is a damaged file."""
    iterator = worksheet.iter_rows(min_row=1, max_col=MAX_COLUMNS)
    # openpyxl yields one item per row number from 1, an empty one for each row the file
    # skips, so counting gives Excel's numbering even where column A is empty.
    number = 0
    while True:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cells = next(iterator)
        except StopIteration:
            return
        except Exception as error:  # as in _workbook
            raise _damaged(shown, error) from error
        number += 1
        yield number, cells


# -- the sheet ----------------------------------------------------------------------------------


def _read_sheet(
    spec: ListSpec, rows: Iterator[tuple[int, tuple[Any, ...]]], title: str
) -> ParsedSheet:
    scanned: list[tuple[int, tuple[Any, ...]]] = []
    for item in rows:
        scanned.append(item)
        if len(scanned) == HEADER_SCAN_ROWS:
            break
    if len(scanned) < HEADER_SCAN_ROWS and not any(_is_filled(cells) for _, cells in scanned):
        raise SpreadsheetError("sheet_empty", MSG_SHEET_EMPTY, {"sheet": title})
    header_row, positions, headings = _find_header(spec, scanned)
    if not positions:
        expected = "; ".join(c.label for c in spec.columns if c.required)
        raise SpreadsheetError(
            "no_header",
            MSG_NO_HEADER,
            {"rows": HEADER_SCAN_ROWS, "sheet": title, "expected": expected},
        )
    problems = _header_problems(spec, header_row, positions, headings)
    columns = {name: headings[index] for name, index in positions.items()}
    known = set(positions.values())
    ignored = [h for i, h in headings.items() if i not in known and h]
    parsed = ParsedSheet(spec.kind, title, header_row, columns, ignored, [], problems, {})

    remaining = (item for item in scanned if item[0] > header_row)
    data_rows = 0
    for number, cells in _chain(remaining, rows):
        data_rows += 1
        if data_rows > MAX_ROWS:
            raise _too_many_rows(title)
        if not _is_filled(cells, positions.values()):
            continue
        parsed.rows.append(_read_row(spec, number, cells, positions, headings))
    if not parsed.rows:
        raise SpreadsheetError("no_rows", MSG_NO_ROWS, {"sheet": title})
    parsed.duplicates = _mark_duplicates(spec, parsed.rows, columns)
    return parsed


def _chain(*iterables: Any) -> Iterator[Any]:
    for iterable in iterables:
        yield from iterable


def _is_filled(cells: tuple[Any, ...], positions: Any = None) -> bool:
    indexes = range(len(cells)) if positions is None else positions
    for index in indexes:
        if index < len(cells):
            value = getattr(cells[index], "value", None)
            if value is not None and not (isinstance(value, str) and not value.strip()):
                return True
    return False


def _find_header(
    spec: ListSpec, scanned: list[tuple[int, tuple[Any, ...]]]
) -> tuple[int, dict[str, int], dict[int, str]]:
    """The row naming the most columns (one of them required): number, field → cell index,
    index → heading; no fields when no row qualifies."""
    by_heading = {fold(h): column for column in spec.columns for h in column.headings}
    best: tuple[int, dict[str, int], dict[int, str]] = (scanned[0][0], {}, {})
    best_count = 0
    for number, cells in scanned:
        headings = {
            i: " ".join(str(c.value).split())
            for i, c in enumerate(cells)
            if getattr(c, "value", None) is not None and isinstance(c.value, str)
        }
        found: dict[str, int] = {}
        for index, heading in headings.items():
            column = by_heading.get(fold(heading))
            if column is not None and column.field not in found:
                found[column.field] = index
        # A row that names none of the required columns is not this list's header (a sheet
        # of applicants has a КАТО column, but it is no list of vacancies).
        names_required = any(c.required and c.field in found for c in spec.columns)
        if names_required and len(found) > best_count:
            best, best_count = (number, found, headings), len(found)
    return best


def _header_problems(
    spec: ListSpec, header_row: int, positions: dict[str, int], headings: dict[int, str]
) -> list[RowProblem]:
    problems = []
    for column in spec.columns:
        if column.required and column.field not in positions:
            problems.append(
                RowProblem(header_row, column.label, "missing_column", MSG_MISSING_COLUMN,
                           {"header": column.label})
            )
    by_heading = {fold(h): c for c in spec.columns for h in c.headings}
    for index, heading in sorted(headings.items()):
        column = by_heading.get(fold(heading))
        if column is not None and positions.get(column.field) != index:
            first = positions[column.field]
            problems.append(
                RowProblem(
                    header_row,
                    heading,
                    "duplicate_column",
                    MSG_DUPLICATE_COLUMN,
                    {
                        "header": heading,
                        "first": get_column_letter(first + 1),
                        "second": get_column_letter(index + 1),
                    },
                )
            )
    return problems


def _read_row(
    spec: ListSpec,
    number: int,
    cells: tuple[Any, ...],
    positions: dict[str, int],
    headings: dict[int, str],
) -> ParsedRow:
    row = ParsedRow(number, {})
    for column in spec.columns:
        index = positions.get(column.field)
        if index is None:
            continue
        heading = headings[index]
        cell = cells[index] if index < len(cells) else None
        try:
            value = _cell_value(column, cell)
        except CellProblem as problem:
            row.problems.append(
                RowProblem(number, heading, problem.code, problem.message, problem.params)
            )
            continue
        if value is None:
            if column.required:
                row.problems.append(RowProblem(number, heading, "empty", MSG_EMPTY, {}))
            continue
        row.values[column.field] = value
    if not row.problems:
        for check in spec.checks:
            for name, code, message, params in check(row.values):
                heading = headings[positions[name]] if name in positions else name
                row.problems.append(RowProblem(number, heading, code, message, params))
    return row


def _cell_value(column: Column, cell: Any) -> Any:
    if cell is None:
        return None
    value = clean_cell(getattr(cell, "value", None), getattr(cell, "data_type", None))
    if value is None:
        return None
    return column.convert(value)


def _mark_duplicates(
    spec: ListSpec, rows: list[ParsedRow], columns: dict[str, str]
) -> dict[str, tuple[int, ...]]:
    """Flag every row whose natural key another row repeats; return ИИН → rows for applicants."""
    by_key: dict[tuple[Any, ...], list[ParsedRow]] = {}
    for row in rows:
        key = spec.key(row.values)
        if key is not None:
            by_key.setdefault(key, []).append(row)
    heading = columns.get(spec.key_field, spec.key_field)
    duplicates: dict[str, tuple[int, ...]] = {}
    for key, same in by_key.items():
        if len(same) < 2:
            continue
        numbers = tuple(r.row for r in same)
        listed = _listed(numbers)
        for row in same:
            if spec.kind is ListKind.APPLICANTS:
                problem = RowProblem(row.row, heading, "duplicate_in_file", MSG_DUPLICATE_IIN,
                                     {"iin": key[0], "rows": listed})
            else:
                problem = RowProblem(row.row, heading, "duplicate_in_file", MSG_DUPLICATE_RECORD,
                                     {"rows": listed, "what": spec.what})
            row.problems.append(problem)
        if spec.kind is ListKind.APPLICANTS:
            duplicates[key[0]] = numbers
    return duplicates


def _listed(numbers: tuple[int, ...], most: int = 10) -> str:
    shown = ", ".join(str(n) for n in numbers[:most])
    return shown + (", …" if len(numbers) > most else "")
