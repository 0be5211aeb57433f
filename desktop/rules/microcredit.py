"""Microcredit (микрокредит) terms and repayment schedule, direction 2, §4.3.2."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.rules.errors import (
    MSG_AMOUNT_ABOVE_MAXIMUM,
    MSG_GRACE_ABOVE_MAXIMUM,
    MSG_NEGATIVE,
    MSG_NOT_ONE_OF,
    MSG_NOT_POSITIVE,
    MSG_PURPOSE_FORBIDDEN,
    MSG_PURPOSE_UNKNOWN,
    MSG_RATE_ABOVE_REGIONAL_MAXIMUM,
    MSG_TERM_ABOVE_MAXIMUM,
    RuleInputError,
)
from desktop.rules.lookup import count_on, decimal_on, value_on
from desktop.rules.money import ROUNDING, money_text, plain, to_tiyn
from desktop.rules.months import add_months, month_label
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, Money, ScheduleRow
from desktop.rules.text import Exact, Purpose, Tenge, Text

CALCULATION = "microcredit"
REF = "§4.3.2"
METHODS = ("annuity", "equal-principal")
MONTHS_A_YEAR = 12
RATE_PLACES = Decimal("0.01")  # effective rates are shown in percent with two places
# The purposes of microcredit_*_purposes as a person reads them (translated by the UI).
PURPOSE_LABELS = {
    "start": "starting a business",
    "expand": "expanding a business",
    "working-capital": "replenishing working capital",
    "consumer": "consumer needs",
    "refinancing": "repaying earlier loans",
    "housing": "buying residential property",
}


@dataclass(frozen=True)
class Limits:
    """The §4.3.2 terms in force on the issue date."""

    max_amount: Decimal
    max_term_months: int
    grace_divisor: int
    allowed_purposes: list[str]
    forbidden_purposes: list[str]


def microcredit(
    rules: RuleSet,
    amount: Decimal,
    term_months: int,
    grace_months: int,
    rate: Decimal,
    method: str,
    purpose: str,
    issued: date,
    max_effective_rate: Decimal | None = None,
) -> CalculationResult:
    """Refuse what §4.3.2 forbids, else the schedule: interest only in grace, then repayment.

    `rate` is the nominal annual rate in percent, charged monthly at rate/12 on the balance;
    the first payment falls in the month after `issued`.
    """
    limits = _check_terms(rules, amount, term_months, grace_months, rate, method, purpose, issued)
    monthly_rate = rate / 100 / MONTHS_A_YEAR
    # Shown and compared in percent with two places, as the regional maximum is published.
    compounded = ((1 + monthly_rate) ** MONTHS_A_YEAR - 1) * 100
    effective = compounded.quantize(RATE_PLACES, rounding=ROUNDING)
    if max_effective_rate is not None and effective > max_effective_rate:
        raise RuleInputError(MSG_RATE_ABOVE_REGIONAL_MAXIMUM, option="rate", rule=REF,
                             value=plain(rate), effective=format(effective, "f"),
                             maximum=plain(max_effective_rate))

    repaying = term_months - grace_months
    installment = _installment(amount, monthly_rate, repaying) if method == "annuity" else None
    schedule = _schedule(amount, term_months, grace_months, monthly_rate, installment, issued)

    total = sum((row.amount for row in schedule), Decimal(0))
    interest = sum((row.interest or Decimal(0) for row in schedule), Decimal(0))
    breakdown = _breakdown(amount, term_months, grace_months, rate, monthly_rate, method,
                           purpose, installment, schedule, total, interest, effective, limits)
    return CalculationResult(
        CALCULATION, total, schedule, breakdown, rules.version,
        extra={
            "principal": Money(amount),
            "total_interest": Money(interest),
            "monthly_installment": None if installment is None else Money(installment),
            "nominal_annual_rate_pct": plain(rate),
            "effective_annual_rate_pct": format(effective, "f"),
            "effective_rate_method": "monthly compounding: (1 + rate/12)^12 − 1",
            "method": method,
            "purpose": purpose,
            "term_months": term_months,
            "grace_months": grace_months,
            "issued": issued,
        },
    )


def _check_terms(rules: RuleSet, amount: Decimal, term: int, grace: int, rate: Decimal,
                 method: str, purpose: str, issued: date) -> Limits:
    maximum = decimal_on(rules, "microcredit_max_amount", issued, "date")
    max_term = count_on(rules, "microcredit_max_term_months", issued, "date")
    divisor = count_on(rules, "microcredit_grace_term_divisor", issued, "date")
    allowed = list(value_on(rules, "microcredit_allowed_purposes", issued, "date"))
    forbidden = list(value_on(rules, "microcredit_forbidden_purposes", issued, "date"))
    if amount <= 0:
        raise RuleInputError(MSG_NOT_POSITIVE, option="amount", rule=REF, value=plain(amount))
    if amount > maximum:
        raise RuleInputError(MSG_AMOUNT_ABOVE_MAXIMUM, option="amount", rule=REF,
                             value=money_text(amount), maximum=money_text(maximum))
    if term <= 0:
        raise RuleInputError(MSG_NOT_POSITIVE, option="term-months", rule=REF, value=term)
    if term > max_term:
        raise RuleInputError(MSG_TERM_ABOVE_MAXIMUM, option="term-months", rule=REF,
                             value=term, maximum=max_term)
    if grace < 0:
        raise RuleInputError(MSG_NEGATIVE, option="grace-months", rule=REF, value=grace)
    if grace * divisor > term:  # in whole numbers: exactly one third is allowed
        raise RuleInputError(MSG_GRACE_ABOVE_MAXIMUM, option="grace-months", rule=REF,
                             value=grace, term=term, maximum=term // divisor)
    if rate < 0:
        raise RuleInputError(MSG_NEGATIVE, option="rate", rule=REF, value=plain(rate))
    if method not in METHODS:
        raise RuleInputError(MSG_NOT_ONE_OF, option="method", rule=REF,
                             choices=", ".join(METHODS), value=method)
    if purpose in forbidden:
        raise RuleInputError(MSG_PURPOSE_FORBIDDEN, option="purpose", rule=REF, value=purpose,
                             allowed=", ".join(allowed))
    if purpose not in allowed:
        raise RuleInputError(MSG_PURPOSE_UNKNOWN, option="purpose", rule=REF, value=purpose,
                             allowed=", ".join(allowed))
    return Limits(maximum, max_term, divisor, allowed, forbidden)


def _installment(amount: Decimal, monthly_rate: Decimal, months: int) -> Decimal:
    """The level monthly payment that repays `amount` over `months` (annuity formula)."""
    if monthly_rate == 0:
        return to_tiyn(amount / months)
    return to_tiyn(amount * monthly_rate / (1 - (1 + monthly_rate) ** -months))


def _schedule(amount: Decimal, term: int, grace: int, monthly_rate: Decimal,
              installment: Decimal | None, issued: date) -> list[ScheduleRow]:
    repaying = term - grace
    equal_share = to_tiyn(amount / repaying)
    balance = amount
    rows: list[ScheduleRow] = []
    for month in range(1, term + 1):
        interest = to_tiyn(balance * monthly_rate)
        if month <= grace:
            principal = Decimal(0)
        elif month == term:
            principal = balance  # the last payment absorbs every tiyn of rounding
        else:
            due = installment - interest if installment is not None else equal_share
            # Rounded payments can run a tiny loan out early: never repay more than is owed.
            principal = min(due, balance)
        balance -= principal
        rows.append(ScheduleRow(month_label(add_months(issued, month)),
                                principal + interest, principal, interest))
    return rows


def _breakdown(amount: Decimal, term: int, grace: int, rate: Decimal, monthly_rate: Decimal,
               method: str, purpose: str, installment: Decimal | None,
               schedule: list[ScheduleRow], total: Decimal, interest: Decimal,
               effective: Decimal, limits: Limits) -> list[BreakdownLine]:
    repaying = term - grace
    lines = [
        BreakdownLine(
            Text.of("Amount {amount} within the maximum of {max_amount}; term {term} months "
                    "within {max_term}; grace {grace} months within one third of the term "
                    "({max_grace} months); purpose \"{purpose}\" is allowed.",
                    amount=Tenge(amount), max_amount=Tenge(limits.max_amount), term=term,
                    max_term=limits.max_term_months, grace=grace,
                    max_grace=term // limits.grace_divisor, purpose=Purpose(purpose)),
            REF,
            {"max_amount": limits.max_amount, "max_term_months": limits.max_term_months,
             "grace_divisor": limits.grace_divisor,
             "allowed_purposes": limits.allowed_purposes,
             "forbidden_purposes": limits.forbidden_purposes},
        ),
        BreakdownLine(
            Text.of("Interest: {rate} % a year, charged monthly at {rate} % / 12 on the "
                    "outstanding principal and rounded to the tiyn each month.", rate=rate),
            REF, {"annual_rate_pct": rate, "monthly_rate": monthly_rate},
        ),
    ]
    if grace:
        lines.append(BreakdownLine(
            Text.of("Months 1–{grace}: grace period, interest only: {interest} a month.",
                    grace=grace, interest=Tenge(schedule[0].interest)),
            REF, {"grace_months": grace},
        ))
    span = (Text.of("Months {first}–{last}", first=grace + 1, last=term) if repaying > 1
            else Text.of("Month {number}", number=term))
    if installment is not None:
        lines.append(BreakdownLine(
            Text.of("{span}: annuity of {installment} a month (principal × r / "
                    "(1 − (1 + r)^−{months}), r the monthly rate); the last payment, {last}, "
                    "settles the rounding.", span=span, installment=Tenge(installment),
                    months=repaying, last=Tenge(schedule[-1].amount)),
            REF, {"method": method, "months": repaying},
        ))
    else:
        share = schedule[grace].principal
        lines.append(BreakdownLine(
            Text.of("{span}: equal principal of {share} a month plus interest on the balance; "
                    "the last principal, {last}, settles the rounding.",
                    span=span, share=Tenge(share), last=Tenge(schedule[-1].principal)),
            REF, {"method": method, "months": repaying},
        ))
    lines.append(BreakdownLine(
        Text.of("Total repaid: {total} = principal {amount} + interest {interest}.",
                total=Tenge(total), amount=Tenge(amount), interest=Tenge(interest)),
        REF, {},
    ))
    lines.append(BreakdownLine(
        Text.of("Effective annual rate: (1 + {rate} %/12)^12 − 1 = {effective} % (monthly "
                "compounding of the nominal rate; with no fees modelled it equals the annualised "
                "internal rate of the schedule). The regional organisation sets its maximum with "
                "the regional commission.", rate=rate, effective=Exact(effective)),
        REF, {"effective_annual_rate_pct": effective},
    ))
    return lines
