"""Turn one spreadsheet cell into a typed value, or say precisely what is wrong with it.

Each converter takes the cell's value as openpyxl gives it (str, int, float, bool, datetime)
after `clean_cell` has refused formulas and Excel errors and tidied the text, and returns the
value to store or raises CellProblem. Nothing here knows about rows, headers or the database.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from desktop.domain.iin import IIN_LENGTH, IinError, parse_bin, parse_iin
from desktop.domain.kato import KatoError, parse_kato
from desktop.domain.names import fold_name
from desktop.reports.imports.problems import (
    MSG_BAD_AMOUNT,
    MSG_BAD_DATE,
    MSG_BAD_PLACES,
    MSG_CONTROL_CHARACTERS,
    MSG_ERROR_VALUE,
    MSG_FORMULA,
    MSG_GARBLED,
    MSG_NOT_TEXT,
    MSG_NUMBER_AS_CODE,
    MSG_TOO_LONG,
    MSG_UNKNOWN_CITIZENSHIP,
    MSG_UNKNOWN_POTENTIAL,
    MSG_UNKNOWN_YES_NO,
    CellProblem,
)

Converter = Callable[[Any], Any]

SHOWN_CHARS = 40  # how much of a bad value a message quotes
MAX_PLACES = 10_000
# Invisible characters that Word and web pages leave in copied text: dropped silently.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))
# Whitespace of every kind (tabs, line breaks inside a cell, no-break spaces) becomes one space.
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")


def shown(value: Any) -> str:
    """A value as a message may quote it: as text, cut short."""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def clean_cell(value: Any, data_type: str | None) -> Any:
    """Refuse formulas and error values; tidy text (None for an empty or blank cell)."""
    if data_type == "f" or isinstance(value, (ArrayFormula, DataTableFormula)):
        formula = getattr(value, "text", None) or str(value)
        raise CellProblem("formula", MSG_FORMULA, {"formula": shown(formula)})
    if data_type == "e":
        raise CellProblem("error_value", MSG_ERROR_VALUE, {"value": shown(value)})
    if isinstance(value, str):
        return clean_text(value)
    return value


def clean_text(text: str) -> str | None:
    """Normalise a cell's text; flag control characters and text garbled by an encoding."""
    plain = text.isascii()  # the common case: skip the Unicode work
    if not plain:
        text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return None
    bad = _CONTROL.findall(text)
    if bad:
        codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(set(bad))[:5])
        raise CellProblem("control_characters", MSG_CONTROL_CHARACTERS, {"codes": codes})
    if not plain and _looks_garbled(text):
        raise CellProblem("garbled", MSG_GARBLED, {"value": shown(text)})
    return text


# C0 and C1 controls, lone surrogates (from an "_xD800_" escape) and private-use characters:
# none belongs in a name or an address. A regular expression, because cells are many.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]"
)
_LATIN1_LETTERS = re.compile("[\u00c0-\u00ff]")
# Lead bytes D0, D1 (Cyrillic in UTF-8) as Windows-1251 ("Р", "С") or -1252 ("Ð", "Ñ"), each
# followed by what a continuation byte 80–BF shows as in either codepage.
_CONTINUATIONS = "".join(
    sorted(
        {
            char
            for codepage in ("cp1251", "cp1252")
            for char in bytes(range(0x80, 0xC0)).decode(codepage, errors="ignore")
        }
    )
)
_UTF8_LEADS = re.compile("[РСÐÑ][" + re.escape(_CONTINUATIONS) + "]")


def _looks_garbled(text: str) -> bool:
    """Cyrillic read in the wrong encoding: "РђР»РјР°С‚С‹", "Ð¡ÐµÑ€Ð¸Ðº", "Ñåðèê", or "�"."""
    if "\ufffd" in text:
        return True
    # UTF-8 bytes shown as Windows-1251 or Windows-1252 text: re-encoding gives valid UTF-8.
    # Real Cyrillic text almost never does: its letters are all lead bytes in a row. Cheap
    # test first (most cells): a Cyrillic letter's UTF-8 lead byte shown as "Р", "С", "Ð", "Ñ".
    if not _UTF8_LEADS.search(text):
        return _latin1_cyrillic(text)
    for wrong in ("cp1251", "cp1252"):
        try:
            repaired = text.encode(wrong).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != text and sum(1 for c in repaired if "\u0400" <= c <= "\u04ff") >= 2:
            return True
    return _latin1_cyrillic(text)


def _latin1_cyrillic(text: str) -> bool:
    """Windows-1251 bytes shown as Latin-1 or Windows-1252: "Ñåðèê" for "Серик"."""
    if not _LATIN1_LETTERS.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if "\u00c0" <= c <= "\u00ff")
    return len(letters) >= 3 and accented > len(letters) / 2


# -- text ---------------------------------------------------------------------------------------


def text(max_length: int, numbers_allowed: bool = False) -> Converter:
    """Text up to max_length characters; a number only where one is a fair answer (a phone)."""

    def convert(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise CellProblem("not_text", MSG_NOT_TEXT, {"value": shown(value)})
        if not isinstance(value, str):
            if not numbers_allowed:
                raise CellProblem("not_text", MSG_NOT_TEXT, {"value": shown(value)})
            value = _integral_text(value)
        if len(value) > max_length:
            raise CellProblem("too_long", MSG_TOO_LONG, {"length": len(value), "limit": max_length})
        return value

    return convert


def _integral_text(value: int | float) -> str:
    if isinstance(value, float):
        if not value.is_integer():
            raise CellProblem("not_text", MSG_NOT_TEXT, {"value": shown(value)})
        value = int(value)
    return str(value)


# -- identifiers --------------------------------------------------------------------------------


def iin(value: Any) -> str:
    """A valid ИИН; a number that lost its leading zeros gets them back if it then validates."""
    return _twelve_digits(value, lambda s: parse_iin(s).value, "iin")


def bin_number(value: Any) -> str:
    """A valid БИН, the same way as an ИИН (a БИН of 2000–2009 starts with 0)."""
    return _twelve_digits(value, parse_bin, "bin")


def _twelve_digits(value: Any, parse: Callable[[str], str], prefix: str) -> str:
    if isinstance(value, str):
        try:
            return parse(value)
        except IinError as error:
            raise CellProblem(f"{prefix}_{error.code}", error.message, error.params) from None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Excel keeps 012345678901 typed into a number cell as 12345678901.
        number = value
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        if isinstance(number, int) and 0 < number < 10**IIN_LENGTH:
            try:
                return parse(f"{number:0{IIN_LENGTH}d}")
            except IinError:
                pass
        raise CellProblem(f"{prefix}_as_number", MSG_NUMBER_AS_CODE, {"value": shown(value)})
    raise CellProblem("not_text", MSG_NOT_TEXT, {"value": shown(value)})


def kato(value: Any) -> str:
    """A КАТО code in the right format (its level is checked by the list's own rules)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Real КАТО codes start with a region 10–79, so no leading zero can have been lost.
        if isinstance(value, float) and not value.is_integer():
            raise CellProblem("kato_as_number", MSG_NUMBER_AS_CODE, {"value": shown(value)})
        value = str(int(value))
    if not isinstance(value, str):
        raise CellProblem("not_text", MSG_NOT_TEXT, {"value": shown(value)})
    try:
        return parse_kato(value).value
    except KatoError as error:
        raise CellProblem(f"kato_{error.code}", error.message, error.params) from None


# -- closed vocabularies ------------------------------------------------------------------------


def _vocabulary(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {fold_name(word): value for value, spellings in words.items() for word in spellings}


POTENTIAL_WORDS = {
    "low": ("low", "төмен", "низкий", "низкая", "низ"),
    "medium": ("medium", "орташа", "средний", "средняя", "сред"),
    "high": ("high", "жоғары", "высокий", "высокая", "выс"),
}
YES_NO_WORDS = {
    "yes": ("yes", "y", "true", "1", "иә", "ия", "иа", "да", "+", "тірек", "опорный"),
    "no": ("no", "n", "false", "0", "жоқ", "нет", "-", "–", "—"),
}
CITIZENSHIP_WORDS = {
    "citizen": (
        "citizen", "азамат", "азаматы", "қр азаматы", "гражданин", "гражданка",
        "гражданин рк", "гражданка рк", "рк", "kz",
    ),
    "oralman": ("oralman", "kandas", "қандас", "кандас", "оралман"),
}
_POTENTIAL = _vocabulary(POTENTIAL_WORDS)
_YES_NO = _vocabulary(YES_NO_WORDS)
_CITIZENSHIP = _vocabulary(CITIZENSHIP_WORDS)


def _lookup(vocabulary: dict[str, str], value: Any) -> str | None:
    if isinstance(value, str):
        # fold_name drops punctuation, so "+" and "-" are looked up as they are.
        return vocabulary.get(fold_name(value) or value.strip())
    return None


def potential(value: Any) -> str:
    found = _lookup(_POTENTIAL, value)
    if found is None:
        raise CellProblem("unknown_potential", MSG_UNKNOWN_POTENTIAL, {"value": shown(value)})
    return found


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    found = _lookup(_YES_NO, value)
    if found is None:
        raise CellProblem("unknown_yes_no", MSG_UNKNOWN_YES_NO, {"value": shown(value)})
    return found == "yes"


def citizenship(value: Any) -> str:
    found = _lookup(_CITIZENSHIP, value)
    if found is None:
        raise CellProblem(
            "unknown_citizenship", MSG_UNKNOWN_CITIZENSHIP, {"value": shown(value)}
        )
    return found


# -- dates and numbers --------------------------------------------------------------------------

_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%y")


def date(value: Any) -> datetime.date:
    """A date cell, or text DD.MM.YYYY (also YYYY-MM-DD and DD/MM/YYYY)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        for pattern in _DATE_FORMATS:
            try:
                return datetime.datetime.strptime(value, pattern).date()
            except ValueError:
                continue
    raise CellProblem("bad_date", MSG_BAD_DATE, {"value": shown(value)})


def amount(value: Any) -> str:
    """Money as a plain decimal string ("120000", "85000.5"), the same for the same amount."""
    number: Decimal | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = Decimal(str(value))
    elif isinstance(value, str):
        cleaned = value.replace(" ", "").replace(",", ".")
        for suffix in ("₸", "тг", "тенге", "kzt"):
            cleaned = cleaned.lower().removesuffix(suffix).strip(".")
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite() or number < 0:
        raise CellProblem("bad_amount", MSG_BAD_AMOUNT, {"value": shown(value)})
    return format(number.normalize(), "f")


def places(value: Any) -> int:
    """A count of places: a whole number from 1 to MAX_PLACES."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif (isinstance(value, float) and value.is_integer()) or (
        isinstance(value, str) and value.isascii() and value.isdigit()
    ):
        number = int(value)
    if number is None or not 1 <= number <= MAX_PLACES:
        raise CellProblem(
            "bad_places", MSG_BAD_PLACES, {"value": shown(value), "limit": MAX_PLACES}
        )
    return number
