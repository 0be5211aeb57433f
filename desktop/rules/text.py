"""Texts the rules write for people: an English template with typed parameters.

A breakdown line or an eligibility reason is read out to an applicant in Kazakh or Russian, so
the rules never format a sentence themselves. They return a `Text`: the English source (a
translation key, context "Rules", with `{placeholders}`) and its parameters, kept with their
types (money, a number, a share, a date, a month, a profile field, another Text). The headless
commands render it in English (`english`); the UI translates the template and formats every
value for its locale (desktop/ui/rules_text.py).

    Text.of("Total for {months} months: {total}.", months=6, total=Tenge(Decimal("282320.8")))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.rules.money import money_text, number_text, percent_text, plain


@dataclass(frozen=True)
class Tenge:
    """An amount of money: 26,000.00 in English, "26 000,00 ₸" in the UI."""

    value: Decimal


@dataclass(frozen=True)
class Number:
    """A parameter value written with thousands separators (an МРП: 2,651)."""

    value: Decimal


@dataclass(frozen=True)
class Exact:
    """A number shown with exactly the places it has: an effective rate of 12.50."""

    value: Decimal


@dataclass(frozen=True)
class Percent:
    """A share written as a percentage: 0.5 → 50 %."""

    share: Decimal


@dataclass(frozen=True)
class Month:
    """A calendar month of a schedule: 2020-03 in English, the locale's month in the UI."""

    day: date


@dataclass(frozen=True)
class Field:
    """A profile field the verdict asks for: its JSON name in English, a label in the UI."""

    name: str


@dataclass(frozen=True)
class Category:
    """A profile category as given: its code in English (as stated), its label in the UI."""

    code: str


@dataclass(frozen=True)
class Purpose:
    """A microcredit purpose as the parameter files spell it ("working-capital"); a label in
    the UI (desktop/rules/microcredit.py PURPOSE_LABELS)."""

    code: str


@dataclass(frozen=True)
class Joined:
    """Several values shown as one, in order: reasons joined by "; ", names by ", "."""

    items: tuple[Any, ...]
    separator: str = "; "


@dataclass(frozen=True)
class Text:
    """An English template and its parameters; hashable, so facts can be de-duplicated.

    Plain `str` parameters are identifiers shown as they are (a purpose, an option's value);
    anything a person should read in their language is a nested Text.
    """

    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, template: str, **params: Any) -> Text:
        return cls(template, tuple(params.items()))

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def english(self) -> str:
        return english(self)

    def __str__(self) -> str:
        return english(self)


def english(value: Any) -> str:
    """The value as the headless commands write it (the `text` of the JSON contract)."""
    if isinstance(value, Text):
        return value.template.format(**{k: english(v) for k, v in value.params})
    if isinstance(value, Tenge):
        return money_text(value.value)
    if isinstance(value, Number):
        return number_text(value.value)
    if isinstance(value, Exact):
        return format(value.value, "f")
    if isinstance(value, Percent):
        return percent_text(value.share)
    if isinstance(value, Month):
        return f"{value.day.year:04d}-{value.day.month:02d}"
    if isinstance(value, Field):
        return value.name
    if isinstance(value, Category | Purpose):
        return value.code
    if isinstance(value, Joined):
        return value.separator.join(english(item) for item in value.items)
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def templates(value: Any) -> set[str]:
    """Every template inside a value (nested ones included): what needs a translation."""
    if isinstance(value, Text):
        found = {value.template}
        for _, param in value.params:
            found |= templates(param)
        return found
    if isinstance(value, Joined):
        return set().union(*(templates(item) for item in value.items))
    return set()


def fields(value: Any) -> set[str]:
    """Every profile field named inside a value."""
    if isinstance(value, Field):
        return {value.name}
    if isinstance(value, Text):
        return set().union(*(fields(param) for _, param in value.params))
    if isinstance(value, Joined):
        return set().union(*(fields(item) for item in value.items))
    return set()


_SECTION = re.compile(r"§(\d+(?:\.\d+)*)(?: item (\d+))?")


def ref_text(ref: str) -> Text:
    """A decree reference ("§4.3.1", "§4.3.4 item 3", several joined by ", ") as a Text.

    The JSON keeps the ref as written; the UI translates it into the decree's own style
    ("п. 4.3.1", "4.3.1-тармақ").
    """
    parts: list[Any] = []
    for part in ref.split(", "):
        match = _SECTION.fullmatch(part)
        if match is None:
            parts.append(part)
        elif match.group(2) is None:
            parts.append(Text.of("§{section}", section=match.group(1)))
        else:
            parts.append(Text.of("§{section} item {item}", section=match.group(1),
                                 item=match.group(2)))
    return Text.of("{refs}", refs=Joined(tuple(parts), ", "))
