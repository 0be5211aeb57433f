"""Service housing (служебное жилище) for a family that moves: area and price limits, §4.3.3."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.errors import MSG_NOT_ONE_OF, MSG_NOT_POSITIVE, MSG_TOO_SMALL, RuleInputError
from desktop.rules.lookup import count_on, decimal_on, value_on
from desktop.rules.money import plain, to_tiyn
from desktop.rules.parameters import RuleSet
from desktop.rules.result import BreakdownLine, CalculationResult, Money
from desktop.rules.text import Percent, Tenge, Text

CALCULATION = "housing"
REF = "§4.3.3"
PILOT_REF = "§4.3.3.1"
# Location (the option's spelling) → the price parameter and what it excludes (§4.3.3 wording).
LOCATIONS = {
    "region": ("housing_max_price_per_m2_regions", Text.of("in the regions"),
               Text.of("without engineering networks and the region's seismic extras")),
    "astana": ("housing_max_price_per_m2_astana_almaty", Text.of("in Astana"),
               Text.of("without engineering networks")),
    "almaty": ("housing_max_price_per_m2_astana_almaty", Text.of("in Almaty"),
               Text.of("without engineering networks")),
}


def housing(rules: RuleSet, members: int, location: str, contract_date: date,
            on: date | None = None, min_flat_area: Decimal | None = None) -> CalculationResult:
    """Limits for a family of `members` people (the head included).

    `contract_date` is the date of the dwelling's construction contract: it decides whether the
    per-m² price cap applies. `on` is the date the limits are read (the housing's allocation);
    by default the contract date, or the first day these rules know when the contract is older,
    since the 2013 edition is what governs housing allocated under it.
    """
    if members < 1:
        raise RuleInputError(MSG_TOO_SMALL, option="members", rule=REF, minimum=1, value=members)
    if location not in LOCATIONS:
        raise RuleInputError(MSG_NOT_ONE_OF, option="location", rule=REF,
                             choices=", ".join(LOCATIONS), value=location)
    if on is None:
        on = max(contract_date, rules.parameter("housing_area_per_member_m2").dates[0])
    per_member = decimal_on(rules, "housing_area_per_member_m2", on, "date")
    per_family = decimal_on(rules, "housing_area_per_family_m2", on, "date")
    if min_flat_area is None:
        min_flat_area = decimal_on(rules, "housing_min_flat_area_m2", on, "date")
        floor_source = Text.of(
            "the assumed one-room flat of the rules (not a figure of the decree)")
    elif min_flat_area <= 0:
        raise RuleInputError(MSG_NOT_POSITIVE, option="min-flat-area", rule=REF,
                             value=plain(min_flat_area))
    else:
        floor_source = Text.of("the smallest dwelling given with --min-flat-area")

    by_members = per_member * members
    area = max(min(by_members, per_family), min_flat_area)
    breakdown = [_area_line(members, per_member, per_family, by_members, min_flat_area,
                            floor_source, area)]

    price_parameter, where, excluding = LOCATIONS[location]
    cap_from = value_on(rules, "housing_price_cap_contracts_from", on, "date")
    price: Decimal | None = None
    cost: Decimal | None = None
    if contract_date < cap_from:
        breakdown.append(BreakdownLine(
            Text.of("Construction contract of {contract_date}, concluded before {cap_from}: the "
                    "per-m² price limits do not apply, so there is no maximum budget price or "
                    "cost.", contract_date=contract_date, cap_from=cap_from),
            REF, {"contract_date": contract_date, "cap_applies_to_contracts_from": cap_from},
        ))
    else:
        price = decimal_on(rules, price_parameter, on, "date")
        cost = to_tiyn(area * price)
        breakdown.append(BreakdownLine(
            Text.of("The republican budget pays at most {price} per m² {where} ({excluding}); the "
                    "limit applies to construction contracts from {cap_from}.",
                    price=Tenge(price), where=where, excluding=excluding, cap_from=cap_from),
            REF, {"location": location, "max_price_per_m2": price,
                  "cap_applies_to_contracts_from": cap_from},
        ))
        breakdown.append(BreakdownLine(
            Text.of("Maximum budget cost: {area} m² × {price} = {cost}; anything above may be "
                    "paid from the local budget or by employers.",
                    area=area, price=Tenge(price), cost=Tenge(cost)),
            REF, {"max_area_m2": area, "max_price_per_m2": price},
        ))
    breakdown.append(_pilot_line(rules, on))
    return CalculationResult(
        CALCULATION, cost, [], breakdown, rules.version,
        extra={
            "max_area_m2": format(to_tiyn(area), "f"),
            "max_price_per_m2": None if price is None else Money(price),
            "members": members,
            "location": location,
            "contract_date": contract_date,
        },
    )


def _area_line(members: int, per_member: Decimal, per_family: Decimal, by_members: Decimal,
               floor: Decimal, floor_source: str, area: Decimal) -> BreakdownLine:
    values = {"per_member": per_member, "members": members, "by_members": by_members,
              "per_family": per_family, "floor": floor, "floor_source": floor_source,
              "area": area}
    capped = by_members > per_family
    if area == floor and floor > min(by_members, per_family):
        text = Text.of(
            "Area: {per_member} m² × {members} = {by_members} m², capped at {per_family} m² a "
            "family, raised to {floor} m², {floor_source}: the dwelling may not be smaller than "
            "a one-room flat or a room in a family-type hostel. Maximum area: {area} m²."
            if capped else
            "Area: {per_member} m² × {members} = {by_members} m², within {per_family} m² a "
            "family, raised to {floor} m², {floor_source}: the dwelling may not be smaller than "
            "a one-room flat or a room in a family-type hostel. Maximum area: {area} m².",
            **values)
    elif capped:
        text = Text.of("Area: {per_member} m² × {members} = {by_members} m², capped at "
                       "{per_family} m² a family. Maximum area: {area} m².", **values)
    else:
        text = Text.of("Area: {per_member} m² × {members} = {by_members} m², within "
                       "{per_family} m² a family. Maximum area: {area} m².", **values)
    return BreakdownLine(text, REF, {
        "area_per_member_m2": per_member, "area_per_family_m2": per_family,
        "min_flat_area_m2": floor, "members": members,
    })


def _pilot_line(rules: RuleSet, on: date) -> BreakdownLine:
    share = decimal_on(rules, "housing_pilot_employer_min_share", on, "date")
    dwellings = count_on(rules, "housing_pilot_employer_min_dwellings", on, "date")
    return BreakdownLine(
        Text.of("Pilot regions only (East Kazakhstan, North Kazakhstan, Kyzylorda, Pavlodar and "
                "regions chosen by the МВК, from 2013): the employer co-finances at least {share} "
                "of the cost of the housing, providing at least {dwellings} flat or house; the "
                "dwellings are shared between the state and the employer in proportion to the "
                "money each put in.", share=Percent(share), dwellings=dwellings),
        PILOT_REF, {"employer_min_share": share, "employer_min_dwellings": dwellings},
    )
