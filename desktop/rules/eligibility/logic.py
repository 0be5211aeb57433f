"""Three-valued facts: true, false, or unknown for want of named profile fields.

Eligibility is decided on incomplete profiles, so every fact is Kleene logic: "any of" is true
as soon as one part is true whatever the others; "all of" is false as soon as one part is false.
An unknown result carries the fields that would decide it, so a verdict can ask for exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.rules.text import Field, Joined, Text

# A plain string given as a `why` is a template without parameters (a translation source);
# anything with values is a Text.of(...). Never an f-string: it could not be translated, and
# tests/rules/test_rules_text.py refuses one.
Why = str | Text


@dataclass(frozen=True)
class Fact:
    """A finding about the applicant: its truth, why (readable), and the fields it still needs."""

    value: bool | None
    why: Text
    missing: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.why, str):
            object.__setattr__(self, "why", Text(self.why))


def yes(why: Why) -> Fact:
    return Fact(True, why)


def no(why: Why) -> Fact:
    return Fact(False, why)


def unknown(why: Why, *fields: str) -> Fact:
    return Fact(None, why, tuple(fields))


def flag(value: bool | None, field: str, if_true: Why, if_false: Why) -> Fact:
    """A fact read straight from a yes/no profile field."""
    if value is None:
        return unknown(Text.of("{field} is not given", field=Field(field)), field)
    return yes(if_true) if value else no(if_false)


def any_of(*facts: Fact) -> Fact:
    """True if one part is; unknown if none is and some are unknown; otherwise false."""
    true = [f for f in facts if f.value is True]
    if true:
        return yes(true[0].why)
    return _undecided_or(facts, False)


def all_of(*facts: Fact) -> Fact:
    """False if one part is; unknown if none is and some are unknown; otherwise true."""
    false = [f for f in facts if f.value is False]
    if false:
        return no(false[0].why)
    return _undecided_or(facts, True)


def _undecided_or(facts: tuple[Fact, ...], value: bool) -> Fact:
    open_ = [f for f in facts if f.value is None]
    if open_:
        return Fact(None, _joined(f.why for f in open_), _fields(open_))
    return Fact(value, _joined(f.why for f in facts))


def joined(whys: list[Text]) -> Text:
    """Several reasons read as one, "; " between them."""
    return whys[0] if len(whys) == 1 else Text.of("{reasons}", reasons=Joined(tuple(whys)))


def _joined(whys) -> Text:
    return joined(_unique(whys))


def _fields(facts: list[Fact]) -> tuple[str, ...]:
    return tuple(_unique(field for f in facts for field in f.missing))


def _unique(items) -> list:
    # Order kept: the first reason given is the one a person reads first.
    return list(dict.fromkeys(items))
