"""Money in tenge with tiyn: the one rounding rule, applied once at the edge of each line."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

TIYN = Decimal("0.01")
# Half up, as on Kazakh payment documents: 0.005 ₸ becomes 0.01 ₸. Every amount a person sees
# (a schedule row, a breakdown line, a total) is rounded with this rule exactly once.
ROUNDING = ROUND_HALF_UP


def to_tiyn(amount: Decimal) -> Decimal:
    """`amount` rounded to whole tiyn (0.01 ₸) with the programme's rounding rule."""
    return amount.quantize(TIYN, rounding=ROUNDING)


def money_json(amount: Decimal) -> str:
    """The wire form: a plain decimal string with two places, never an exponent."""
    return format(to_tiyn(amount), "f")


def money_text(amount: Decimal) -> str:
    """The readable form for breakdown lines: 26,000.00."""
    return format(to_tiyn(amount), ",.2f")


def number_text(number: Decimal) -> str:
    """A parameter value with thousands separators for breakdown lines: 2,651 or 17.2."""
    whole, _, fraction = plain(number).partition(".")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "")


def plain(number: Decimal) -> str:
    """A parameter value as written by a person: 17.2, 50, 0.01 (no trailing zeros, no 5E+1)."""
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def percent_text(share: Decimal) -> str:
    """A share as a percentage for breakdown lines: 0.50 → "50 %"."""
    return f"{plain(share * 100)} %"
