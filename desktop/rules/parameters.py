"""Dated programme parameters: "the value of X in force on date D", with its legal source.

Parameters live in `desktop/resources/rules/*.yaml` (the OpenFisca habit): each has a description, a
unit, the decree section it comes from, and values keyed by the date they take effect. Code
never holds an amount, rate, cap, duration or age limit as a literal: it asks the rule set.

    mrp:
      description: Monthly calculation index
      unit: KZT
      reference: "§4.3"
      values:
        2020-01-01: 2651
        2020-04-01: 2778

Numbers are read as `Decimal` (through their text, never through float). The rule set's
version is a digest of the parameter files, so every stored result can say exactly which
parameters produced it.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when the build has it (the same safe constructor, about 6× faster).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Rule sets already parsed, by the digest of their files: each module that asks for the rules
# (case form, contracts, documents, households, monitoring, reports) shares one parse instead
# of reading the YAML again on the GUI thread when its first window opens.
_PARSED: dict[str, RuleSet] = {}


class ParameterError(ValueError):
    """A parameter asked for outside what the rules know; `message` is a translation source."""

    def __init__(self, message: str, **params: object) -> None:
        self.message, self.params = message, params
        super().__init__(message.format(**params))


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    unit: str
    reference: str
    dates: tuple[date, ...]
    values: tuple[Any, ...]

    def at(self, on: date) -> Any:
        """The value in force on `on`; refuses a date before the first value."""
        index = bisect_right(self.dates, on) - 1
        if index < 0:
            raise ParameterError(
                "{name} has no value before {first}: {on} is too early for these rules.",
                name=self.name, first=self.dates[0].isoformat(), on=on.isoformat(),
            )
        return self.values[index]

    def changes_between(self, start: date, end: date) -> list[date]:
        """Dates in (start, end] on which a new value takes effect."""
        return [d for d in self.dates if start < d <= end]


def _number(raw: Any) -> Any:
    if isinstance(raw, bool) or raw is None:
        return raw
    if isinstance(raw, int | float):
        return Decimal(str(raw))
    if isinstance(raw, str):
        try:
            return Decimal(raw)
        except ArithmeticError:
            return raw
    return raw


class RuleSet:
    """All parameters of all files in a folder, and the version that identifies them."""

    def __init__(self, parameters: dict[str, Parameter], version: str) -> None:
        self._parameters = parameters
        self.version = version

    def parameter(self, name: str) -> Parameter:
        try:
            return self._parameters[name]
        except KeyError:
            raise ParameterError("There is no rule parameter {name}.", name=name) from None

    def value(self, name: str, on: date) -> Any:
        return self.parameter(name).at(on)

    def names(self) -> list[str]:
        return sorted(self._parameters)


def load_rules(folder: Path) -> RuleSet:
    """The rule set of the folder's *.yaml files (parsed once for the same file contents)."""
    files = [(path, path.read_bytes()) for path in sorted(folder.glob("*.yaml"))]
    digest = hashlib.sha256()
    for path, text in files:
        digest.update(path.name.encode() + b"\0" + text)
    version = f"rules-{digest.hexdigest()[:12]}"
    if version in _PARSED:
        return _PARSED[version]
    parameters: dict[str, Parameter] = {}
    for path, text in files:
        for name, body in (yaml.load(text, Loader=_LOADER) or {}).items():  # noqa: S506 - safe
            if name in parameters:
                raise ValueError(f"{path.name}: parameter {name} is defined twice")
            parameters[name] = _parameter(path, name, body)
    _PARSED[version] = rules = RuleSet(parameters, version)
    return rules


def _parameter(path: Path, name: str, body: dict[str, Any]) -> Parameter:
    try:
        values = sorted(body["values"].items())
        missing = [k for k in ("description", "unit", "reference") if not body.get(k)]
    except (AttributeError, KeyError, TypeError) as error:
        raise ValueError(f"{path.name}: parameter {name} needs values keyed by date") from error
    if missing:
        raise ValueError(f"{path.name}: parameter {name} lacks {', '.join(missing)}")
    if not values or not all(isinstance(d, date) for d, _ in values):
        raise ValueError(f"{path.name}: parameter {name}: values must be keyed by YYYY-MM-DD")
    return Parameter(
        name=name,
        description=str(body["description"]),
        unit=str(body["unit"]),
        reference=str(body["reference"]),
        dates=tuple(d for d, _ in values),
        values=tuple(_number(v) for _, v in values),
    )
