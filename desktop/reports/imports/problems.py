"""What can be wrong with an imported spreadsheet: a row's problem, or the whole file refused.

Both carry a fixed English `message` (the translation source; the UI translates it in context
"Errors" with `i18n.translate_error`, which accepts any object with `message` and `params`),
the `params` that fill its {placeholders}, and a `code` for programs and tests. Every message
source is a module constant named MSG_…, so a test can check that each one is translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# -- the whole file (SpreadsheetError) ----------------------------------------------------------
MSG_UNREADABLE = (
    "The file {path} cannot be read. Check that it exists and that no other program holds it."
)
MSG_EMPTY_FILE = "The file {path} is empty."
MSG_FILE_TOO_BIG = (
    "The file {path} is too big to import ({size_mb} MB; at most {limit_mb} MB). "
    "Split the list into smaller files."
)
MSG_LEGACY_XLS = (
    "{path} is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it "
    "in Excel and save it as an Excel workbook (.xlsx) without a password, then import that."
)
MSG_CSV = (
    "{path} is a text (CSV) file, not an Excel workbook. Open it in Excel and save it as an "
    "Excel workbook (.xlsx), then import that."
)
MSG_HTML = (
    "{path} is a web page or XML file saved under an Excel name, not an Excel workbook. Open it "
    "in Excel and save it as an Excel workbook (.xlsx), then import that."
)
MSG_NOT_XLSX = "{path} is not an Excel workbook (.xlsx). Save the list from Excel as .xlsx."
MSG_NOT_WORKBOOK = (
    "{path} is an archive but not an Excel workbook ({reason}). Save the list from Excel as "
    "an Excel workbook (.xlsx)."
)
MSG_ENCRYPTED = (
    "{path} is protected with a password. Remove the password in Excel and save it again."
)
MSG_ZIP_BOMB = (
    "{path} unpacks to far more data than a list holds, so it was not opened. Ask for the list "
    "again, saved from Excel."
)
MSG_DAMAGED = (
    "{path} is damaged or was not written by Excel. Open it in Excel, save it again and import "
    "the new file."
)
MSG_NO_SHEETS = "The workbook {path} has no worksheets."
MSG_SHEET_MISSING = "The workbook has no sheet named {sheet}. Its sheets are: {sheets}."
MSG_SHEET_EMPTY = "The sheet {sheet} is empty."
MSG_NO_HEADER = (
    "No column headings of this list were found in the first {rows} rows of the sheet {sheet}. "
    "Check that the right sheet and the right kind of list are chosen; the headings expected "
    "include: {expected}."
)
MSG_NO_ROWS = "The sheet {sheet} has headings but no rows below them."
MSG_TOO_MANY_ROWS = (
    "The sheet {sheet} has more than {limit} rows, more than one import takes. Split the list "
    "into several files, or delete empty rows at its end."
)
MSG_ROW_TOO_LONG = (
    "A row of the workbook holds far more data than a list row ({size_mb} MB), so the file was "
    "not read. Ask for the list again, saved from Excel."
)

# Parameters that are words, translated like the messages (the UI translates string params).
REASON_XLSB = "a binary .xlsb workbook"
REASON_OPENDOCUMENT = "an OpenDocument file"
REASON_WORD = "a Word document"
REASON_NO_WORKBOOK = "no workbook inside"
# The levels of a КАТО code (domain.kato.Level) as MSG_KATO_LEVEL names them.
LEVEL_WORDS = ("country", "region", "district", "okrug", "settlement")

# -- one row (RowProblem) -----------------------------------------------------------------------
MSG_MISSING_COLUMN = "The required column {header} is missing."
MSG_DUPLICATE_COLUMN = "The column {header} appears twice: in {first} and {second}."
MSG_EMPTY = "This cell is required but empty."
MSG_FORMULA = "The cell holds a formula ({formula}): type the value itself instead."
MSG_ERROR_VALUE = "The cell shows an Excel error ({value})."
MSG_NOT_TEXT = (
    "Text was expected here, but the cell holds a number or a date ({value}). Format the "
    "column as text and type it again."
)
MSG_NUMBER_AS_CODE = (
    "The number was stored by Excel as a number ({value}) and is not valid even with its "
    "leading zeros restored. Format the column as text and type the number again."
)
MSG_TOO_LONG = "The text is too long ({length} characters; at most {limit})."
MSG_CONTROL_CHARACTERS = (
    "The cell holds control characters that cannot be part of text ({codes}). Retype it."
)
MSG_GARBLED = (
    "The text looks garbled by a wrong encoding ({value}). Retype it, or convert the source "
    "file again choosing the UTF-8 or Windows-1251 encoding."
)
MSG_UNKNOWN_POTENTIAL = (
    "Unknown potential {value}: write low, medium or high (төмен, орташа, жоғары; низкий, "
    "средний, высокий)."
)
MSG_UNKNOWN_YES_NO = "Unknown value {value}: write yes or no (иә or жоқ; да or нет)."
MSG_UNKNOWN_CITIZENSHIP = (
    "Unknown citizenship {value}: write citizen or kandas (азамат or қандас; гражданин or "
    "кандас)."
)
MSG_BAD_DATE = "{value} is not a date: write it as DD.MM.YYYY."
MSG_BAD_AMOUNT = "{value} is not an amount of money."
MSG_BAD_PLACES = "The number of places must be a whole number from 1 to {limit}, not {value}."
MSG_DATES_ORDER = "The closing date {closes} is before the posting date {posted}."
MSG_KATO_LEVEL = "The КАТО code {kato} names a {level}, not a {expected}."
MSG_NOT_IN_OKRUG = "The settlement {kato} does not lie in the okrug {okrug}."
MSG_DUPLICATE_IIN = "ИИН {iin} appears more than once in the file: rows {rows}."
MSG_DUPLICATE_RECORD = "Rows {rows} describe the same {what}: keep one of them."


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in one row: `row` as Excel numbers it, `column` as the file heads it."""

    row: int
    column: str
    code: str
    message: str
    params: dict[str, object] = field(default_factory=dict, hash=False, compare=True)

    def text(self) -> str:
        """The untranslated message with its placeholders filled (logs, CLI, tests)."""
        return self.message.format(**self.params)


class SpreadsheetError(Exception):
    """The whole file is refused (not a workbook, a zip bomb, no such sheet…): nothing is read.

    Not called ImportError: that name is Python's own.
    """

    def __init__(self, code: str, message: str, params: dict[str, object] | None = None) -> None:
        self.code = code
        self.message = message
        self.params: dict[str, object] = dict(params or {})
        super().__init__(self.text())

    def text(self) -> str:
        return self.message.format(**self.params)


class CellProblem(ValueError):
    """Raised by a cell converter; the reader turns it into a RowProblem with row and column."""

    def __init__(self, code: str, message: str, params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, object] = dict(params or {})


def messages() -> set[str]:
    """Every message source of this module (for translation checks)."""
    return {value for name, value in globals().items() if name.startswith("MSG_")}


def parameter_words() -> set[str]:
    """Every word this module puts into a message's params that needs translating too."""
    reasons = {value for name, value in globals().items() if name.startswith("REASON_")}
    return reasons | set(LEVEL_WORDS)
