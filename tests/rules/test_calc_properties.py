"""Properties of the calculations over many inputs (hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calc_support import rules
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.rules.housing import housing
from desktop.rules.microcredit import microcredit
from desktop.rules.money import to_tiyn
from desktop.rules.relocation import MOVES, relocation
from desktop.rules.social_job import social_job, tiers
from desktop.rules.youth_practice import MRP_POLICIES, youth_practice

DATES = st.dates(min_value=date(2013, 1, 1), max_value=date(2026, 12, 31))
WAGES = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("10000000"), places=2)
PERCENTS = st.decimals(min_value=Decimal(0), max_value=Decimal(15), places=2)


def _total(result) -> Decimal:
    return sum((row.amount for row in result.schedule), Decimal(0))


@given(wage=WAGES, start=DATES)
def test_social_job_never_exceeds_the_cap_nor_the_share_of_the_wage(wage, start) -> None:
    result = social_job(rules(), wage, start)
    periods = tiers(rules(), start)
    months = [t for t in periods for _ in range(t.first_month, t.last_month + 1)]
    assert len(result.schedule) == len(months) == 12
    for row, tier in zip(result.schedule, months, strict=True):
        assert Decimal(0) <= row.amount <= tier.cap
        assert row.amount <= to_tiyn(tier.share * wage)


@given(wage=WAGES, raise_by=WAGES, start=DATES)
def test_social_job_subsidy_never_falls_as_the_wage_rises(wage, raise_by, start) -> None:
    lower = social_job(rules(), wage, start)
    higher = social_job(rules(), wage + raise_by, start)
    for low, high in zip(lower.schedule, higher.schedule, strict=True):
        assert high.amount >= low.amount
    assert higher.amount >= lower.amount


@given(wage=WAGES, start=DATES, pcts=st.tuples(PERCENTS, PERCENTS, PERCENTS))
def test_a_lower_agreed_share_never_pays_more(wage, start, pcts) -> None:
    agreed = social_job(rules(), wage, start, list(pcts))
    maximum = social_job(rules(), wage, start)
    for low, high in zip(agreed.schedule, maximum.schedule, strict=True):
        assert low.amount <= high.amount


@given(wage=WAGES, start=DATES)
def test_social_job_schedule_sums_to_the_total(wage, start) -> None:
    result = social_job(rules(), wage, start)
    assert _total(result) == result.amount


@given(start=DATES, policy=st.sampled_from(MRP_POLICIES))
def test_youth_practice_schedule_sums_to_the_total(start, policy) -> None:
    result = youth_practice(rules(), start, policy)
    assert len(result.schedule) == 6
    assert _total(result) == result.amount
    assert all(row.amount == to_tiyn(row.amount) for row in result.schedule)


@given(start=DATES)
def test_monthly_and_contract_policies_agree_when_the_mrp_does_not_change(start) -> None:
    monthly = youth_practice(rules(), start, "monthly")
    contract = youth_practice(rules(), start, "contract")
    if len({row.amount for row in monthly.schedule}) == 1:
        assert monthly.amount == contract.amount


@st.composite
def credits(draw):
    term = draw(st.integers(min_value=1, max_value=60))
    return {
        "amount": draw(st.decimals(min_value=Decimal("1.00"), max_value=Decimal("3000000"),
                                   places=2)),
        "term_months": term,
        "grace_months": draw(st.integers(min_value=0, max_value=term // 3)),
        "rate": draw(st.decimals(min_value=Decimal(0), max_value=Decimal(60), places=2)),
        "method": draw(st.sampled_from(["annuity", "equal-principal"])),
        "purpose": draw(st.sampled_from(["start", "expand", "working-capital"])),
        "issued": draw(DATES),
    }


@settings(max_examples=300)
@given(credit=credits())
def test_a_microcredit_schedule_repays_exactly_the_principal(credit) -> None:
    result = microcredit(rules(), **credit)
    schedule = result.schedule
    assert len(schedule) == credit["term_months"]
    assert sum((row.principal for row in schedule), Decimal(0)) == credit["amount"]
    assert _total(result) == result.amount
    for number, row in enumerate(schedule, 1):
        assert row.amount == row.principal + row.interest
        assert row.principal >= 0 and row.interest >= 0
        if number <= credit["grace_months"]:
            assert row.principal == 0  # interest only during the grace period


@given(credit=credits())
def test_annuity_payments_are_level_until_the_last(credit) -> None:
    # A credit of a few tenge can run out a month early on tiyn rounding (the rule then stops
    # repaying); from 1,000 tenge up, rounding never adds up to a whole payment.
    credit["method"] = "annuity"
    credit["amount"] = max(credit["amount"], Decimal(1000))
    result = microcredit(rules(), **credit)
    repaying = result.schedule[credit["grace_months"]:-1]
    assert all(row.amount == result.extra["monthly_installment"].value for row in repaying)


@given(move=st.sampled_from(list(MOVES)), members=st.integers(0, 30), on=DATES)
def test_relocation_grows_with_every_family_member(move, members, on) -> None:
    fewer = relocation(rules(), move, members, on)
    more = relocation(rules(), move, members + 1, on)
    assert more.amount > fewer.amount
    assert _total(fewer) == fewer.amount


@given(members=st.integers(0, 30), on=DATES)
def test_a_longer_move_never_pays_less(members, on) -> None:
    amounts = [relocation(rules(), move, members, on).amount
               for move in ("within-district", "within-region", "other-region")]
    assert amounts == sorted(amounts)


@given(members=st.integers(1, 20), location=st.sampled_from(["region", "astana", "almaty"]),
       contract=st.dates(min_value=date(2011, 1, 1), max_value=date(2026, 12, 31)))
def test_housing_area_grows_with_the_family_within_the_limits(members, location,
                                                                contract) -> None:
    smaller = housing(rules(), members, location, contract)
    larger = housing(rules(), members + 1, location, contract)
    area, next_area = (Decimal(r.extra["max_area_m2"]) for r in (smaller, larger))
    assert area <= next_area <= Decimal(100)
    if contract < date(2013, 1, 1):
        assert smaller.amount is None
    else:
        assert smaller.amount is not None and smaller.amount <= larger.amount
