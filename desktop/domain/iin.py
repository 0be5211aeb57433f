"""Validate, decode and build Kazakh ИИН (people) and БИН (legal entities) numbers.

An ИИН (индивидуальный идентификационный номер) has 12 digits: the birth date YYMMDD, one digit
coding century and sex, a four-digit serial and a check digit. A БИН (бизнес-идентификационный
номер) has the registration year and month YYMM, a 5th digit 4–6 giving the kind of entity, more
attributes and a serial, and the same check digit. The check digit algorithm is the one in
docs/domain.md ("ИИН details"): s = Σ dᵢ·i (i = 1..11) mod 11; if s = 10, s = Σ dᵢ·wᵢ mod 11 with
w = 3,4,5,6,7,8,9,10,11,1,2; if s is still 10 no valid number has these first 11 digits.

Digit 11 has weight 11 ≡ 0 in the first sum, so a typo there is caught only when that sum is 10:
a matching check digit does not prove a number right (compare name and birth date too).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from desktop.domain.errors import CodedInputError

Sex = Literal["male", "female"]

IIN_LENGTH = 12

_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# Digit 7 of an ИИН: (century start, sex). 0 and 7–9 are not assigned to people.
_CENTURY_SEX: dict[int, tuple[int, Sex]] = {
    1: (1800, "male"),
    2: (1800, "female"),
    3: (1900, "male"),
    4: (1900, "female"),
    5: (2000, "male"),
    6: (2000, "female"),
}

# The 5th digit of a БИН: 4 resident legal entity, 5 non-resident, 6 individual entrepreneur
# acting jointly. An ИИН's 5th digit is the tens of the day (0–3), so the two never collide.
BIN_KINDS = (4, 5, 6)

# Messages are fixed English source strings so the UI can look them up for translation;
# the variable parts travel separately in IinError.params.
MSG_IIN_LENGTH = "ИИН must have 12 digits"
MSG_IIN_NOT_DIGITS = "ИИН must contain only digits"
MSG_IIN_DATE = "the first six digits of the ИИН are not a real birth date"
MSG_IIN_CENTURY = "the 7th digit of the ИИН must be 1 to 6 (it codes century and sex)"
MSG_CHECK_DIGIT = "the check digit does not match: the number is mistyped"
MSG_NO_CHECK_DIGIT = "no valid number starts with these 11 digits: the number is mistyped"
MSG_BIN_LENGTH = "БИН must have 12 digits"
MSG_BIN_NOT_DIGITS = "БИН must contain only digits"
MSG_BIN_DATE = "the first four digits of the БИН are not a valid year and month of registration"
MSG_BIN_KIND = "the 5th digit of a БИН must be 4, 5 or 6 (an ИИН has 0 to 3 there)"


class IinError(CodedInputError):
    """A ИИН or БИН that cannot be accepted, with a machine code and a readable message.

    ``code`` is one of "length", "not_digits", "date", "century", "check_digit", and for a БИН
    also "kind" (5th digit not 4–6).
    """



@dataclass(frozen=True)
class Iin:
    """A valid ИИН and what it says about its holder."""

    value: str
    birth_date: datetime.date
    sex: Sex


def iin_check_digit(first11: str) -> int | None:
    """Return the check digit for the first 11 digits, or None if no valid number has them."""
    if len(first11) != IIN_LENGTH - 1 or not _is_ascii_digits(first11):
        raise ValueError("iin_check_digit needs exactly 11 digits")
    digits = [int(c) for c in first11]
    s = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS, strict=True)) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS, strict=True)) % 11
    return None if s == 10 else s


def parse_iin(text: str) -> Iin:
    """Parse a typed or pasted ИИН (spaces allowed) into an Iin, or raise IinError."""
    value = _clean(text, MSG_IIN_LENGTH, MSG_IIN_NOT_DIGITS)
    century_digit = int(value[6])
    if century_digit not in _CENTURY_SEX:
        raise IinError("century", MSG_IIN_CENTURY, {"digit": century_digit})
    century, sex = _CENTURY_SEX[century_digit]
    try:
        birth_date = datetime.date(century + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        raise IinError("date", MSG_IIN_DATE, {"digits": value[0:6]}) from None
    _verify_check_digit(value)
    return Iin(value=value, birth_date=birth_date, sex=sex)


def is_valid_iin(text: str) -> bool:
    """Say whether text is a valid ИИН (spaces allowed)."""
    try:
        parse_iin(text)
    except IinError:
        return False
    return True


def make_iin(birth_date: datetime.date, sex: str, serial: int) -> str:
    """Build a valid ИИН for a birth date and sex, starting from the given serial (0–9999).

    If the serial gives first 11 digits that have no check digit, the next serials are tried,
    so the serial in the result may be larger than the one asked for.
    """
    century_digit = _century_digit(birth_date, sex)
    prefix = birth_date.strftime("%y%m%d") + str(century_digit)
    return _complete(prefix, serial, 4)


def parse_bin(text: str) -> str:
    """Validate a typed or pasted БИН (spaces allowed) and return its 12 digits, or raise."""
    value = _clean(text, MSG_BIN_LENGTH, MSG_BIN_NOT_DIGITS)
    if not 1 <= int(value[2:4]) <= 12:
        raise IinError("date", MSG_BIN_DATE, {"digits": value[0:4]})
    kind = int(value[4])
    if kind not in BIN_KINDS:
        raise IinError("kind", MSG_BIN_KIND, {"digit": kind})
    _verify_check_digit(value)
    return value


def is_valid_bin(text: str) -> bool:
    """Say whether text is a valid БИН (spaces allowed)."""
    try:
        parse_bin(text)
    except IinError:
        return False
    return True


def make_bin(registered: datetime.date, kind_digit: int, serial: int) -> str:
    """Build a valid БИН: registration YYMM, kind 4–6, attribute 0 (head office), serial.

    The serial fills digits 7–11 (0–99999); like make_iin, later serials are tried when the
    check digit would be 10.
    """
    if kind_digit not in BIN_KINDS:
        raise ValueError(f"a БИН kind digit must be 4, 5 or 6, not {kind_digit}")
    prefix = registered.strftime("%y%m") + str(kind_digit) + "0"
    return _complete(prefix, serial, 5)


def _clean(text: str, msg_length: str, msg_not_digits: str) -> str:
    # People paste numbers from documents with spaces, tabs or non-breaking spaces inside.
    value = "".join(text.split())
    # Letters are reported before length: "the number has letters" is the more useful hint.
    if value and not _is_ascii_digits(value):
        raise IinError("not_digits", msg_not_digits, {"text": value})
    if len(value) != IIN_LENGTH:
        raise IinError("length", msg_length, {"length": len(value)})
    return value


def _is_ascii_digits(value: str) -> bool:
    # str.isdigit() also accepts superscripts and other scripts' digits; only 0-9 are valid here.
    return value.isascii() and value.isdigit()


def _verify_check_digit(value: str) -> None:
    expected = iin_check_digit(value[:11])
    found = int(value[11])
    if expected is None:
        raise IinError("check_digit", MSG_NO_CHECK_DIGIT, {"expected": None, "found": found})
    if expected != found:
        raise IinError("check_digit", MSG_CHECK_DIGIT, {"expected": expected, "found": found})


def _century_digit(birth_date: datetime.date, sex: str) -> int:
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', not {sex!r}")
    century = birth_date.year // 100 * 100
    for digit, (start, digit_sex) in _CENTURY_SEX.items():
        if start == century and digit_sex == sex:
            return digit
    raise ValueError(f"an ИИН cannot code the birth year {birth_date.year}")


def _complete(prefix: str, serial: int, width: int) -> str:
    limit = 10**width
    if not 0 <= serial < limit:
        raise ValueError(f"serial must be between 0 and {limit - 1}, not {serial}")
    for candidate in range(serial, limit):
        first11 = prefix + f"{candidate:0{width}d}"
        check = iin_check_digit(first11)
        if check is not None:
            return first11 + str(check)
    raise ValueError(f"no serial from {serial} up gives a valid number for {prefix}")
