"""Social jobs (социальные рабочие места): the 12-month partial wage subsidy, §4.3.1."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.rules.errors import (
    MSG_NEGATIVE,
    MSG_NOT_POSITIVE,
    MSG_SHARE_ABOVE_MAXIMUM,
    RuleInputError,
)
from desktop.rules.lookup import count_on, decimal_on
from desktop.rules.money import plain, to_tiyn
from desktop.rules.months import add_months, month_label
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, Money, ScheduleRow
from desktop.rules.text import Month, Percent, Tenge, Text

CALCULATION = "social-job"
REF = "§4.3.1"
# The options that lower each period's share (percent of the wage), in period order.
SHARE_OPTIONS = ("pct-1-6", "pct-7-9", "pct-10-12")


@dataclass(frozen=True)
class Tier:
    """One subsidy period: its months, the share of the wage paid and the monthly cap."""

    number: int
    first_month: int
    last_month: int
    share: Decimal
    max_share: Decimal
    cap: Decimal
    ref: str


def tiers(rules: RuleSet, start: date, percentages: Sequence[Decimal | None] = ()) -> list[Tier]:
    """The subsidy periods in force on `start`, with the shares agreed (default: the maximum)."""
    chosen = list(percentages) + [None] * (len(SHARE_OPTIONS) - len(percentages))
    result: list[Tier] = []
    first = 1
    for number, (option, percent) in enumerate(zip(SHARE_OPTIONS, chosen, strict=True), 1):
        prefix = f"social_job_tier_{number}"
        months = count_on(rules, f"{prefix}_months", start, "start")
        max_share = decimal_on(rules, f"{prefix}_max_share", start, "start")
        ref = rules.parameter(f"{prefix}_max_share").reference
        share = max_share
        if percent is not None:
            share = _agreed_share(percent, max_share, option, ref, first, first + months - 1)
        result.append(Tier(number, first, first + months - 1, share, max_share,
                           decimal_on(rules, f"{prefix}_cap", start, "start"), ref))
        first += months
    total_months = count_on(rules, "social_job_months", start, "start")
    if first - 1 != total_months:
        raise ValueError(f"social job periods last {first - 1} months, not {total_months}")
    return result


def social_job(rules: RuleSet, wage: Decimal, start: date,
               percentages: Sequence[Decimal | None] = ()) -> CalculationResult:
    if wage <= 0:
        raise RuleInputError(MSG_NOT_POSITIVE, option="wage", rule=REF, value=plain(wage))
    periods = tiers(rules, start, percentages)

    schedule: list[ScheduleRow] = []
    breakdown: list[BreakdownLine] = []
    for tier in periods:
        share_of_wage = tier.share * wage
        monthly = to_tiyn(min(share_of_wage, tier.cap))
        for month in range(tier.first_month, tier.last_month + 1):
            schedule.append(ScheduleRow(month_label(add_months(start, month - 1)), monthly))
        breakdown.append(_tier_line(tier, wage, share_of_wage, monthly, start))

    total = sum((row.amount for row in schedule), Decimal(0))
    breakdown.append(BreakdownLine(
        Text.of("Total for {months} months: {total}.", months=len(schedule), total=Tenge(total)),
        REF,
        {"months": len(schedule)},
    ))
    return CalculationResult(
        CALCULATION, total, schedule, breakdown, rules.version,
        extra={"wage": Money(wage), "start": start,
               "percentages": [plain(t.share * 100) for t in periods]},
    )


def _agreed_share(percent: Decimal, max_share: Decimal, option: str, ref: str,
                  first: int, last: int) -> Decimal:
    if percent < 0:
        raise RuleInputError(MSG_NEGATIVE, option=option, rule=ref, value=plain(percent))
    share = percent / 100
    if share > max_share:
        raise RuleInputError(MSG_SHARE_ABOVE_MAXIMUM, option=option, rule=ref,
                             value=plain(percent), maximum=plain(max_share * 100),
                             months=f"{first}–{last}")
    return share


def _tier_line(tier: Tier, wage: Decimal, share_of_wage: Decimal, monthly: Decimal,
               start: date) -> BreakdownLine:
    values = {
        "first": tier.first_month, "last": tier.last_month,
        "first_month": Month(add_months(start, tier.first_month - 1)),
        "last_month": Month(add_months(start, tier.last_month - 1)),
        "share": Percent(tier.share), "wage": Tenge(wage), "share_of_wage": Tenge(share_of_wage),
        "cap": Tenge(tier.cap), "monthly": Tenge(monthly),
    }
    if share_of_wage > tier.cap:
        text = Text.of("Months {first}–{last} ({first_month} to {last_month}): {share} of {wage} "
                       "= {share_of_wage}, capped at {cap}: {monthly} a month.", **values)
    else:
        text = Text.of("Months {first}–{last} ({first_month} to {last_month}): {share} of {wage} "
                       "= {share_of_wage}, within the cap of {cap}: {monthly} a month.", **values)
    if tier.share < tier.max_share:
        text = Text.of("{line} (Agreed share; the decree allows up to {max_share}.)",
                       line=text, max_share=Percent(tier.max_share))
    return BreakdownLine(text, tier.ref, {
        "share": tier.share, "max_share": tier.max_share, "cap": tier.cap,
        "months": tier.last_month - tier.first_month + 1,
    })
