"""The link between targeted social assistance (АСП) and taking part in the programme, §6."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.rules.errors import MSG_NOT_ONE_OF, RuleInputError
from desktop.rules.lookup import value_on
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult
from desktop.rules.text import Text

CALCULATION = "asp"
REF = "§6"


@dataclass(frozen=True)
class Situation:
    """How a person's situation meets §6: does the link apply, and is the person's АСП stopped."""

    linked: bool  # the person is of working age in a family the participation condition covers
    suspended: bool
    explanation: Text


SITUATIONS = {
    "participating": Situation(
        True, False,
        Text.of(
            "The person, of working age in a low-income family, takes part in programme measures: "
            "the condition for their АСП is met and it is paid."
        ),
    ),
    "refused": Situation(
        True, True,
        Text.of(
            "The person refused to take part in active employment measures: the local executive "
            "body suspends the payment of АСП to this person."
        ),
    ),
    "non-fulfilment": Situation(
        True, True,
        Text.of(
            "The person does not fulfil the obligations of the social contract: the local "
            "executive body suspends the payment of АСП to this person."
        ),
    ),
    "not-working-age": Situation(
        False, False,
        Text.of(
            "The person is not of working age: the participation condition does not apply to them."
        ),
    ),
    "no-working-age-members": Situation(
        False, False,
        Text.of(
            "The family has no members of working age (single, elderly people): АСП is granted "
            "under the legislation in force, without the participation condition."
        ),
    ),
    "disabled-member": Situation(
        False, False,
        Text.of(
            "The family has a member with a disability: АСП is granted under the legislation in "
            "force, without the participation condition."
        ),
    ),
    "socially-significant-disease": Situation(
        False, False,
        Text.of(
            "The family has a member with a socially significant disease: АСП is granted under the "
            "legislation in force, without the participation condition."
        ),
    ),
}


def asp_link(rules: RuleSet, situation: str, on: date) -> CalculationResult:
    if situation not in SITUATIONS:
        raise RuleInputError(MSG_NOT_ONE_OF, option="situation", rule=REF,
                             choices=", ".join(SITUATIONS), value=situation)
    conditional = bool(value_on(rules, "asp_conditional_on_participation", on, "date"))
    case = SITUATIONS[situation]
    suspended = conditional and case.suspended
    breakdown = [
        BreakdownLine(
            Text.of("From 2012, working-age members of low-income families receive АСП only if "
                    "they take part in the programme's measures."),
            REF, {"conditional_on_participation": conditional, "date": on},
        ),
        BreakdownLine(case.explanation, REF, {"situation": situation}),
        BreakdownLine(
            Text.of("The family keeps its right to АСП: only the payment to this person is "
                    "affected.")
            if suspended else Text.of("The family keeps its right to АСП."),
            REF, {"family_keeps_right": True},
        ),
    ]
    return CalculationResult(
        CALCULATION, Decimal(0), [], breakdown, rules.version,
        extra={
            "situation": situation,
            "date": on,
            "participation_condition_applies": conditional and case.linked,
            "person_asp_suspended": suspended,
            "family_keeps_right": True,
        },
    )
