"""Parameter look-ups on behalf of an input: a date too early is the input's fault, named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop.rules.errors import MSG_TOO_EARLY, RuleInputError
from desktop.rules.parameters import ParameterError, RuleSet


def value_on(rules: RuleSet, name: str, on: date, option: str) -> Any:
    """The value of `name` on `on`; a date before its first value is refused as `option`."""
    parameter = rules.parameter(name)
    try:
        return parameter.at(on)
    except ParameterError:
        raise RuleInputError(
            MSG_TOO_EARLY, option=option, rule=parameter.reference, value=on.isoformat(),
            first=parameter.dates[0].isoformat(), parameter=name,
        ) from None


def decimal_on(rules: RuleSet, name: str, on: date, option: str) -> Decimal:
    value = value_on(rules, name, on, option)
    if not isinstance(value, Decimal):
        raise ValueError(f"rule parameter {name} must be a number, not {value!r}")
    return value


def count_on(rules: RuleSet, name: str, on: date, option: str) -> int:
    """A whole-number parameter (months, dwellings, a divisor)."""
    value = decimal_on(rules, name, on, option)
    if value != value.to_integral_value():
        raise ValueError(f"rule parameter {name} must be a whole number, not {value}")
    return int(value)
