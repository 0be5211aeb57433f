"""Parse КАТО settlement codes and decide which okrug or district a settlement belongs to.

КАТО (классификатор административно-территориальных объектов) codes have 9 digits
AB CD EF GHI: region, district, rural okrug (сельский округ), settlement. A code whose lower
parts are zeros names the higher-level object itself: 634030000 is an okrug, 634000000 a
district, 630000000 a region.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.domain.errors import CodedInputError

KATO_LENGTH = 9

Level = Literal["country", "region", "district", "okrug", "settlement"]

# (start, end) of each part within the 9 digits.
_REGION = slice(0, 2)
_DISTRICT = slice(2, 4)
_OKRUG = slice(4, 6)
_SETTLEMENT = slice(6, 9)

# Fixed English source strings, translated by the UI; variable parts go in KatoError.params.
MSG_LENGTH = "a КАТО code must have 9 digits"
MSG_NOT_DIGITS = "a КАТО code must contain only digits"
MSG_STRUCTURE = "a КАТО code cannot name a district, okrug or settlement without its region"


class KatoError(CodedInputError):
    """A КАТО code that cannot be accepted: ``code`` is "length", "not_digits" or "structure"."""



@dataclass(frozen=True)
class Kato:
    """A valid КАТО code split into its parts."""

    value: str
    region: str
    district: str
    okrug: str
    settlement: str

    @property
    def region_code(self) -> str:
        """The code of the region this object lies in (AB0000000)."""
        return self.value[:2] + "0" * 7

    @property
    def district_code(self) -> str:
        """The code of the district this object lies in (ABCD00000)."""
        return self.value[:4] + "0" * 5

    @property
    def okrug_code(self) -> str:
        """The code of the rural okrug this object lies in (ABCDEF000)."""
        return self.value[:6] + "000"

    @property
    def level(self) -> Level:
        """Which kind of object the code names, judged by its trailing zero parts."""
        return _level(self.value)


def parse_kato(text: str) -> Kato:
    """Parse a typed or pasted КАТО code (spaces allowed) into a Kato, or raise KatoError."""
    value = "".join(text.split())
    if value and not (value.isascii() and value.isdigit()):
        raise KatoError("not_digits", MSG_NOT_DIGITS, {"text": value})
    if len(value) != KATO_LENGTH:
        raise KatoError("length", MSG_LENGTH, {"length": len(value)})
    if value[_REGION] == "00" and value != "0" * KATO_LENGTH:
        raise KatoError("structure", MSG_STRUCTURE, {"code": value})
    return Kato(
        value=value,
        region=value[_REGION],
        district=value[_DISTRICT],
        okrug=value[_OKRUG],
        settlement=value[_SETTLEMENT],
    )


def is_within(code: str, scope: str) -> bool:
    """Say whether the object ``code`` lies in (or is) the object ``scope``.

    The scope's trailing zero parts mean "any": 634030000 holds every settlement of okrug 30 of
    district 34, 634000000 the whole district. Zeros are judged part by part, not digit by digit,
    so okrug "30" is not mistaken for a prefix "3" that would also match okrug "31".
    """
    target = parse_kato(code).value
    area = parse_kato(scope).value
    prefix_length = {
        "country": 0,
        "region": _REGION.stop,
        "district": _DISTRICT.stop,
        "okrug": _OKRUG.stop,
        "settlement": _SETTLEMENT.stop,
    }[_level(area)]
    return target[:prefix_length] == area[:prefix_length]


def _level(value: str) -> Level:
    if value[_SETTLEMENT] != "000":
        return "settlement"
    if value[_OKRUG] != "00":
        return "okrug"
    if value[_DISTRICT] != "00":
        return "district"
    if value[_REGION] != "00":
        return "region"
    return "country"
