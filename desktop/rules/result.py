"""What every calculation returns, and its JSON form (the contract of `main.py calc`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.rules.money import money_json, plain
from desktop.rules.text import Text

CURRENCY = "KZT"
_CORE_KEYS = ("calculation", "amount", "currency", "schedule", "breakdown", "rules_version")


@dataclass(frozen=True)
class Money:
    """A money amount among a result's extra fields: serialised like `amount` (two places)."""

    value: Decimal


@dataclass(frozen=True)
class ScheduleRow:
    """One month of a schedule; microcredit rows also split the payment."""

    month: str  # YYYY-MM
    amount: Decimal
    principal: Decimal | None = None
    interest: Decimal | None = None

    def to_dict(self) -> dict[str, str]:
        row = {"month": self.month, "amount": money_json(self.amount)}
        if self.principal is not None:
            row["principal"] = money_json(self.principal)
        if self.interest is not None:
            row["interest"] = money_json(self.interest)
        return row


@dataclass(frozen=True)
class BreakdownLine:
    """One step a specialist can read out: the text, the decree section, the values used.

    `message` is a template with parameters, translated and formatted by the UI; `text` is
    the English rendering the headless command prints.
    """

    message: Text
    ref: str
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.message.english()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "ref": self.ref, "values": _jsonable(self.values)}


@dataclass(frozen=True)
class CalculationResult:
    """A calculation's total, schedule and explanation, and the rule set that produced them.

    `amount` is None only where the law sets no limit to compute (housing contracted before the
    price cap). `extra` holds calculation-specific fields, placed beside the core keys in JSON;
    wrap money in `Money` so it is written with two places.
    """

    calculation: str
    amount: Decimal | None
    schedule: list[ScheduleRow]
    breakdown: list[BreakdownLine]
    rules_version: str
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        clash = set(self.extra) & set(_CORE_KEYS)
        if clash:
            raise ValueError(f"extra fields may not reuse core keys: {sorted(clash)}")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "calculation": self.calculation,
            "amount": None if self.amount is None else money_json(self.amount),
            "currency": CURRENCY,
            "schedule": [row.to_dict() for row in self.schedule],
            "breakdown": [line.to_dict() for line in self.breakdown],
            "rules_version": self.rules_version,
        }
        data.update(_jsonable(self.extra))
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Money):
        return money_json(value.value)
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
