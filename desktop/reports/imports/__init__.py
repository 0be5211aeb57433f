"""Excel import of the district's lists: read and check a workbook, write nothing.

`read_list(path, kind, sheet=None)` returns a ParsedSheet (typed rows and their RowProblems)
or raises SpreadsheetError for a file that cannot be read at all. services.imports compares
the rows with the database and writes them.
"""

from desktop.reports.imports import problems
from desktop.reports.imports.kinds import SPECS, WHAT_WORDS, Column, ListKind, ListSpec
from desktop.reports.imports.problems import RowProblem, SpreadsheetError, messages
from desktop.reports.imports.reader import ParsedRow, ParsedSheet, read_list


def parameter_words() -> set[str]:
    """Words placed in messages' params that need translating too (reasons, levels, kinds)."""
    return problems.parameter_words() | set(WHAT_WORDS)


__all__ = [
    "SPECS",
    "Column",
    "ListKind",
    "ListSpec",
    "ParsedRow",
    "ParsedSheet",
    "RowProblem",
    "SpreadsheetError",
    "messages",
    "parameter_words",
    "read_list",
]
