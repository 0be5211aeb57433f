"""Infrastructure: the per-participant cap (§4.3.2) and direction-4 co-financing (§4.3.4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.errors import MSG_NEED_ONE_OF, MSG_NOT_POSITIVE, RuleInputError
from desktop.rules.lookup import decimal_on
from desktop.rules.money import money_text, percent_text, plain, to_tiyn
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, Money

CALCULATION = "infrastructure"
REF_CAP = "§4.3.2"
REF_COFINANCING = "§4.3.4 item 3"


def infrastructure(rules: RuleSet, on: date, cost: Decimal | None = None,
                   project_cost: Decimal | None = None) -> CalculationResult:
    """`cost`: building missing engineering infrastructure for one participant's business,
    without design and state expertise (direction 2). `project_cost`: a rural infrastructure
    project of direction 4. At least one; `amount` is the budget financing of `cost` when
    given, else the most the republican budget pays of `project_cost`.
    """
    if cost is None and project_cost is None:
        raise RuleInputError(MSG_NEED_ONE_OF, option="cost", rule=f"{REF_CAP}, {REF_COFINANCING}",
                             other_option="project-cost", calculation=CALCULATION)
    breakdown: list[BreakdownLine] = []
    extra: dict[str, object] = {"date": on}
    amount: Decimal | None = None
    if cost is not None:
        amount = _participant_cap(rules, on, cost, breakdown, extra)
    if project_cost is not None:
        republican = _cofinancing(rules, on, project_cost, breakdown, extra)
        amount = republican if amount is None else amount
    return CalculationResult(CALCULATION, amount, [], breakdown, rules.version, extra=extra)


def _participant_cap(rules: RuleSet, on: date, cost: Decimal, breakdown: list[BreakdownLine],
                     extra: dict[str, object]) -> Decimal:
    if cost <= 0:
        raise RuleInputError(MSG_NOT_POSITIVE, option="cost", rule=REF_CAP, value=plain(cost))
    cap = decimal_on(rules, "infrastructure_cap_per_participant", on, "date")
    financed = to_tiyn(min(cost, cap))
    excess = to_tiyn(cost - financed)
    if excess:
        text = (f"Infrastructure for one participant costs {money_text(cost)} (design and state "
                f"expertise excluded), above the cap of {money_text(cap)}: the programme may "
                f"finance {money_text(financed)}; the project must be cut by "
                f"{money_text(excess)} or the excess found elsewhere.")
    else:
        text = (f"Infrastructure for one participant costs {money_text(cost)} (design and state "
                f"expertise excluded), within the cap of {money_text(cap)} per participant, "
                f"whatever the credit amount.")
    breakdown.append(BreakdownLine(text, REF_CAP, {"cap_per_participant": cap}))
    extra.update(cost=Money(cost), cap_per_participant=Money(cap), within_cap=not excess,
                 excess=Money(excess))
    return financed


def _cofinancing(rules: RuleSet, on: date, project_cost: Decimal,
                 breakdown: list[BreakdownLine], extra: dict[str, object]) -> Decimal:
    if project_cost <= 0:
        raise RuleInputError(MSG_NOT_POSITIVE, option="project-cost", rule=REF_COFINANCING,
                             value=plain(project_cost))
    local_share = decimal_on(rules, "direction4_local_min_share", on, "date")
    business_share = decimal_on(rules, "direction4_entrepreneur_min_share", on, "date")
    jobs_share = decimal_on(rules, "direction4_participant_jobs_max_share", on, "date")
    local = to_tiyn(project_cost * local_share)
    business = to_tiyn(project_cost * business_share)
    republican = project_cost - local - business
    if local_share or business_share:
        breakdown.append(BreakdownLine(
            f"Project cost {money_text(project_cost)}: local executive bodies co-finance at "
            f"least {percent_text(local_share)} = {money_text(local)}; socially responsible "
            f"entrepreneurs at least {percent_text(business_share)} = {money_text(business)} "
            f"(money or materials); the republican budget at most {money_text(republican)}.",
            REF_COFINANCING,
            {"local_min_share": local_share, "entrepreneur_min_share": business_share},
        ))
    else:
        breakdown.append(BreakdownLine(
            f"On {on.isoformat()} no co-financing share is required{_from_when(rules, on)}.",
            REF_COFINANCING,
            {"local_min_share": local_share, "entrepreneur_min_share": business_share},
        ))
    breakdown.append(BreakdownLine(
        f"Up to {percent_text(jobs_share)} of the jobs the project creates go to programme "
        f"participants living in the settlement, on the employment centre's referral.",
        "§4.3.4 item 6", {"participant_jobs_max_share": jobs_share},
    ))
    extra.update(project_cost=Money(project_cost), local_min=Money(local),
                 entrepreneur_min=Money(business), republican_max=Money(republican))
    return republican


def _from_when(rules: RuleSet, on: date) -> str:
    """When the co-financing condition starts, if a later value is known ("from 2014")."""
    parameter = rules.parameter("direction4_local_min_share")
    later = [d for d, v in zip(parameter.dates, parameter.values, strict=True) if d > on and v]
    if not later:
        return ""
    local = decimal_on(rules, "direction4_local_min_share", later[0], "date")
    business = decimal_on(rules, "direction4_entrepreneur_min_share", later[0], "date")
    return (f": the decree requires it from {later[0].isoformat()} (local executive bodies at "
            f"least {percent_text(local)}, socially responsible entrepreneurs at least "
            f"{percent_text(business)})")
