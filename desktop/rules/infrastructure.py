"""Infrastructure: the per-participant cap (§4.3.2) and direction-4 co-financing (§4.3.4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.errors import MSG_NEED_ONE_OF, MSG_NOT_POSITIVE, RuleInputError
from desktop.rules.lookup import decimal_on
from desktop.rules.money import plain, to_tiyn
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, Money
from desktop.rules.text import Percent, Tenge, Text

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
        text = Text.of("Infrastructure for one participant costs {cost} (design and state "
                       "expertise excluded), above the cap of {cap}: the programme may finance "
                       "{financed}; the project must be cut by {excess} or the excess found "
                       "elsewhere.", cost=Tenge(cost), cap=Tenge(cap), financed=Tenge(financed),
                       excess=Tenge(excess))
    else:
        text = Text.of("Infrastructure for one participant costs {cost} (design and state "
                       "expertise excluded), within the cap of {cap} per participant, whatever "
                       "the credit amount.", cost=Tenge(cost), cap=Tenge(cap))
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
            Text.of("Project cost {project_cost}: local executive bodies co-finance at least "
                    "{local_share} = {local}; socially responsible entrepreneurs at least "
                    "{business_share} = {business} (money or materials); the republican budget "
                    "at most {republican}.", project_cost=Tenge(project_cost),
                    local_share=Percent(local_share), local=Tenge(local),
                    business_share=Percent(business_share), business=Tenge(business),
                    republican=Tenge(republican)),
            REF_COFINANCING,
            {"local_min_share": local_share, "entrepreneur_min_share": business_share},
        ))
    else:
        breakdown.append(BreakdownLine(
            _no_cofinancing(rules, on),
            REF_COFINANCING,
            {"local_min_share": local_share, "entrepreneur_min_share": business_share},
        ))
    breakdown.append(BreakdownLine(
        Text.of("Up to {share} of the jobs the project creates go to programme participants "
                "living in the settlement, on the employment centre's referral.",
                share=Percent(jobs_share)),
        "§4.3.4 item 6", {"participant_jobs_max_share": jobs_share},
    ))
    extra.update(project_cost=Money(project_cost), local_min=Money(local),
                 entrepreneur_min=Money(business), republican_max=Money(republican))
    return republican


def _no_cofinancing(rules: RuleSet, on: date) -> Text:
    """No share required on `on`; and when the condition starts, if a later value is known."""
    parameter = rules.parameter("direction4_local_min_share")
    later = [d for d, v in zip(parameter.dates, parameter.values, strict=True) if d > on and v]
    if not later:
        return Text.of("On {date} no co-financing share is required.", date=on)
    local = decimal_on(rules, "direction4_local_min_share", later[0], "date")
    business = decimal_on(rules, "direction4_entrepreneur_min_share", later[0], "date")
    return Text.of("On {date} no co-financing share is required: the decree requires it from "
                   "{from_date} (local executive bodies at least {local_share}, socially "
                   "responsible entrepreneurs at least {business_share}).", date=on,
                   from_date=later[0], local_share=Percent(local), business_share=Percent(business))
