"""Youth practice (молодежная практика): 17.2 МРП a month for 6 months, §4.3.1."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.errors import MSG_NOT_ONE_OF, RuleInputError
from desktop.rules.lookup import count_on, decimal_on
from desktop.rules.money import to_tiyn
from desktop.rules.months import add_months, month_label
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, ScheduleRow
from desktop.rules.text import Month, Number, Tenge, Text

CALCULATION = "youth-practice"
REF = "§4.3.1"
# Which МРП converts the monthly 17.2 МРП into tenge is not said by the decree: a named policy.
# "monthly": the value in force on the first day of each paid month (the default, domain.md);
# "contract": the value in force on the start date, for all six months.
MRP_POLICIES = ("monthly", "contract")


def youth_practice(rules: RuleSet, start: date, mrp_policy: str = "monthly") -> CalculationResult:
    if mrp_policy not in MRP_POLICIES:
        raise RuleInputError(MSG_NOT_ONE_OF, option="mrp-policy", rule=REF,
                             choices=", ".join(MRP_POLICIES), value=mrp_policy)
    months = count_on(rules, "youth_practice_months", start, "start")
    multiple = decimal_on(rules, "youth_practice_mrp_multiple", start, "start")

    schedule: list[ScheduleRow] = []
    mrps: list[tuple[Decimal, date]] = []
    for index in range(months):
        # A paid month begins on the start's day of month: from 2020-03-15, the second paid
        # month begins on 2020-04-15 and so takes April's МРП.
        begins = add_months(start, index)
        mrp_day = begins if mrp_policy == "monthly" else start
        mrp = decimal_on(rules, "mrp", mrp_day, "start")
        mrps.append((mrp, mrp_day))
        schedule.append(ScheduleRow(month_label(begins), to_tiyn(multiple * mrp)))

    total = sum((row.amount for row in schedule), Decimal(0))
    breakdown = [_policy_line(mrp_policy, start)]
    breakdown += _month_lines(start, schedule, mrps, multiple)
    breakdown.append(BreakdownLine(
        Text.of("Total for {months} months: {total}.", months=months, total=Tenge(total)), REF,
        {"months": months, "mrp_multiple": multiple},
    ))
    return CalculationResult(
        CALCULATION, total, schedule, breakdown, rules.version,
        extra={"mrp_policy": mrp_policy, "start": start},
    )


def _policy_line(policy: str, start: date) -> BreakdownLine:
    if policy == "monthly":
        text = Text.of("МРП policy \"monthly\": each month is converted with the МРП in force on "
                       "the day that paid month begins.")
    else:
        text = Text.of("МРП policy \"contract\": every month is converted with the МРП in force "
                       "on the start date, {start}.", start=start)
    return BreakdownLine(text, REF, {"mrp_policy": policy})


def _month_lines(start: date, schedule: list[ScheduleRow], mrps: list[tuple[Decimal, date]],
                 multiple: Decimal) -> list[BreakdownLine]:
    """One line per run of consecutive months paid at the same МРП."""
    lines: list[BreakdownLine] = []
    first = 0
    for index in range(1, len(schedule) + 1):
        if index < len(schedule) and mrps[index][0] == mrps[first][0]:
            continue
        mrp, mrp_day = mrps[first]
        values = {"multiple": multiple, "mrp": Number(mrp),
                  "amount": Tenge(schedule[first].amount)}
        if index - first == 1:
            text = Text.of("Month {number} ({month}): {multiple} МРП × {mrp} = {amount} a month.",
                           number=first + 1, month=Month(add_months(start, first)), **values)
        else:
            text = Text.of("Months {first}–{last} ({first_month} to {last_month}): {multiple} "
                           "МРП × {mrp} = {amount} a month.",
                           first=first + 1, last=index, first_month=Month(add_months(start, first)),
                           last_month=Month(add_months(start, index - 1)), **values)
        lines.append(BreakdownLine(
            text,
            REF,
            {"mrp_multiple": multiple, "mrp": mrp, "mrp_date": mrp_day,
             "months": index - first},
        ))
        first = index
    return lines
