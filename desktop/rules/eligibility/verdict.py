"""The verdict of an eligibility check: a status with every rule's reason and its section.

A verdict is never a bare boolean. Each rule of the direction gives one Reason (met, not met, or
undecided), and the status follows from them alone: any rule not met makes "not_eligible";
otherwise any undecided rule makes "needs_more_information", listing exactly the profile fields
that would decide it; otherwise "eligible". Exemptions, priority and notes explain, they never
decide on their own (an exemption acts through the rules it waives).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from desktop.rules.eligibility.logic import Fact, Why
from desktop.rules.text import Text

Status = Literal["eligible", "not_eligible", "needs_more_information"]
STATUSES: tuple[Status, ...] = ("not_eligible", "needs_more_information", "eligible")


@dataclass(frozen=True)
class Reason:
    """One rule as applied: `met` is None when the profile lacks the fields in `missing`.

    `message` is the rule and why it is (not) met, a template the UI translates; `text` is its
    English rendering, as the headless command prints it.
    """

    code: str
    message: Text
    ref: str
    met: bool | None
    missing: tuple[str, ...] = ()

    @classmethod
    def of(cls, code: str, rule: Why, ref: str, fact: Fact) -> Reason:
        missing = fact.missing if fact.value is None else ()
        rule_text = Text(rule) if isinstance(rule, str) else rule
        return cls(code, Text.of("{rule}: {why}", rule=rule_text, why=fact.why), ref,
                   fact.value, missing)

    @property
    def text(self) -> str:
        return self.message.english()

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "ref": self.ref, "met": self.met}


@dataclass(frozen=True)
class Note:
    """An exemption applied, a priority right, or information that does not decide eligibility."""

    code: str
    message: Text
    ref: str

    def __post_init__(self) -> None:
        if isinstance(self.message, str):  # a template without parameters
            object.__setattr__(self, "message", Text(self.message))

    @property
    def text(self) -> str:
        return self.message.english()

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "ref": self.ref}


@dataclass(frozen=True)
class Verdict:
    """The answer for one applicant, one direction and one date."""

    direction: str
    on: date
    reasons: tuple[Reason, ...]
    rules_version: str
    exemptions: tuple[Note, ...] = ()
    priority: tuple[Note, ...] = ()
    notes: tuple[Note, ...] = ()
    youth_hostel: Verdict | None = None

    @property
    def status(self) -> Status:
        if any(r.met is False for r in self.reasons):
            return "not_eligible"
        if any(r.met is None for r in self.reasons):
            return "needs_more_information"
        return "eligible"

    @property
    def missing(self) -> tuple[str, ...]:
        """Fields that would decide the undecided rules; empty unless the status needs them."""
        if self.status != "needs_more_information":
            return ()
        return tuple(dict.fromkeys(f for r in self.reasons for f in r.missing))

    def reason(self, code: str) -> Reason:
        return next(r for r in self.reasons if r.code == code)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "direction": self.direction,
            "date": self.on.isoformat(),
            "status": self.status,
            "reasons": [r.to_json() for r in self.reasons],
            "exemptions": [n.to_json() for n in self.exemptions],
            "priority": [n.to_json() for n in self.priority],
            "missing": list(self.missing),
            "notes": [n.to_json() for n in self.notes],
            "rules_version": self.rules_version,
        }
        if self.youth_hostel is not None:
            hostel = self.youth_hostel
            data["youth_hostel"] = {
                "status": hostel.status,
                "reasons": [r.to_json() for r in hostel.reasons],
                "missing": list(hostel.missing),
            }
        return data
