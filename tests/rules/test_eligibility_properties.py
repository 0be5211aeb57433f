"""Properties of eligibility verdicts over generated profiles (hypothesis)."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.resources import RESOURCES
from desktop.rules.eligibility import (
    BUSINESS_LOCATIONS,
    CATEGORIES,
    DIRECTIONS,
    MOVE_TYPES,
    PROFILE_FIELDS,
    RULE_CODES,
    check_eligibility,
    parse_profile,
)
from desktop.rules.eligibility.verdict import STATUSES
from desktop.rules.parameters import RuleSet, load_rules

FIRST_DAY, LAST_DAY = date(2013, 1, 1), date(2032, 12, 31)
RANK = {status: rank for rank, status in enumerate(STATUSES)}  # not < needs info < eligible
FLAGS = (
    "oralman_in_quota", "acquired_citizenship", "vocational_education_matches_vacancy",
    "employer_arranged_move", "family_member_employed_after_move",
    "family_can_pay_rent_and_utilities", "labour_or_social_contract",
    "housing_savings_participant", "business_intent", "has_business_plan",
)
# Fields whose value is trusted when stated and only claimed when present (see docs): filling
# them in may change a decided rule, so the "more information" property leaves them alone.
CLAIMED = ("school_graduation_year", "pilot_region", "pilot_2011_2012_housing_with_employer_job")

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    folder = tmp_path_factory.mktemp("rules")
    shutil.copy(RESOURCES / "rules" / "eligibility.yaml", folder)
    return load_rules(folder)


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


days = st.dates(FIRST_DAY, LAST_DAY)
settlements = st.fixed_dictionaries({}, optional={
    "potential": maybe(st.sampled_from(["low", "medium", "high"])),
    "rural": maybe(st.booleans()),
    "support_settlement": maybe(st.booleans()),
})
households = st.fixed_dictionaries({"members": st.lists(st.fixed_dictionaries({}, optional={
    "working_age": st.booleans(), "disabled": st.booleans(),
    "socially_significant_disease": st.booleans(),
}), max_size=4)})


@st.composite
def cases(draw: st.DrawFn, complete: bool = False) -> tuple[dict[str, Any], date]:
    """A profile as decoded JSON and a check date; `complete` fills every field."""
    on = draw(days)

    def field(strategy: st.SearchStrategy) -> Any:
        return draw(strategy) if complete else draw(maybe(strategy))

    age_days = field(st.integers(0, 80 * 366))
    profile: dict[str, Any] = {
        "birth_date": None if age_days is None else (on - timedelta(days=age_days)).isoformat(),
        "sex": field(st.sampled_from(["male", "female"])),
        "citizenship": field(st.sampled_from(["citizen", "oralman"])),
        "categories": field(st.lists(st.sampled_from(CATEGORIES), max_size=3, unique=True)),
        "settlement": draw(settlements) if not complete else {
            "potential": draw(st.sampled_from(["low", "medium", "high"])),
            "rural": draw(st.booleans()), "support_settlement": draw(st.booleans()),
        },
        "move_type": field(st.sampled_from(MOVE_TYPES)),
        "business_location": field(st.sampled_from(BUSINESS_LOCATIONS)),
        "household": field(households),
        **{name: field(st.booleans()) for name in FLAGS},
    }
    since = field(st.dates(date(1960, 1, 1), on))
    profile["residence_since"] = None if since is None else since.isoformat()
    if not complete:
        profile["school_graduation_year"] = draw(maybe(st.integers(2005, 2032)))
        profile["pilot_region"] = draw(maybe(st.booleans()))
        profile["pilot_2011_2012_housing_with_employer_job"] = draw(maybe(st.booleans()))
    return profile, on


def verdict_of(rules: RuleSet, profile: dict[str, Any], direction: str, on: date):
    return check_eligibility(rules, parse_profile(profile), direction, on)


@SETTINGS
@given(case=cases(), direction=st.sampled_from(DIRECTIONS))
def test_every_rule_gives_a_reason_with_its_section(rules: RuleSet, case, direction: str) -> None:
    verdict = verdict_of(rules, case[0], direction, case[1])
    assert tuple(r.code for r in verdict.reasons) == RULE_CODES[direction]
    assert all(r.ref.startswith("§") and r.text for r in verdict.reasons)
    for note in (*verdict.exemptions, *verdict.priority, *verdict.notes):
        assert note.ref.startswith("§") and note.text


@SETTINGS
@given(case=cases(), direction=st.sampled_from(DIRECTIONS))
def test_the_status_follows_from_the_reasons(rules: RuleSet, case, direction: str) -> None:
    verdict = verdict_of(rules, case[0], direction, case[1])
    met = [r.met for r in verdict.reasons]
    if False in met:
        assert verdict.status == "not_eligible" and verdict.missing == ()
    elif None in met:
        assert verdict.status == "needs_more_information" and verdict.missing
    else:
        assert verdict.status == "eligible" and verdict.missing == ()
    for name in verdict.missing:
        assert name.split(".")[0] in PROFILE_FIELDS


@SETTINGS
@given(case=cases(), direction=st.sampled_from(DIRECTIONS))
def test_the_json_is_complete_and_serialisable(rules: RuleSet, case, direction: str) -> None:
    data = json.loads(json.dumps(verdict_of(rules, case[0], direction, case[1]).to_json()))
    assert {"direction", "date", "status", "reasons", "exemptions", "priority", "missing",
            "rules_version"} <= set(data)
    assert data["direction"] == direction and data["date"] == case[1].isoformat()
    assert all(set(r) == {"code", "text", "ref", "met"} for r in data["reasons"])


@SETTINGS
@given(case=cases(), exemption=st.sampled_from(["employer", "other_region"]))
def test_an_exemption_never_makes_direction_3_worse(rules: RuleSet, case, exemption: str) -> None:
    profile, on = case
    before = verdict_of(rules, profile, "3", on)
    if exemption == "employer":
        exempted = {**profile, "employer_arranged_move": True}
    else:
        exempted = {**profile, "move_type": "other-region"}
    after = verdict_of(rules, exempted, "3", on)
    assert RANK[after.status] >= RANK[before.status]
    criteria = ("d3_criterion_category", "d3_criterion_education", "d3_criterion_residence")
    assert all(after.reason(code).met is True for code in criteria)
    assert before.status != "eligible" or after.status == "eligible"


@SETTINGS
@given(partial=cases(), full=cases(complete=True), direction=st.sampled_from(DIRECTIONS))
def test_more_information_never_changes_a_decided_rule(
    rules: RuleSet, partial, full, direction: str
) -> None:
    profile, on = partial
    filled = dict(profile)
    for name, value in full[0].items():
        if name in CLAIMED:
            continue
        if name == "settlement":
            filled[name] = {**value, **{k: v for k, v in profile[name].items() if v is not None}}
        elif filled.get(name) is None:
            filled[name] = value
    if full[0]["birth_date"] and profile["birth_date"] is None:
        # The complete profile's birth date was drawn for its own date: keep it before ours.
        filled["birth_date"] = min(date.fromisoformat(full[0]["birth_date"]), on).isoformat()
    before = verdict_of(rules, profile, direction, on)
    after = verdict_of(rules, filled, direction, on)
    for old, new in zip(before.reasons, after.reasons, strict=True):
        if old.met is not None:
            assert new.met is old.met, (old, new)
    assert after.status != "needs_more_information" or after.missing


@SETTINGS
@given(on=days, older=st.integers(0, 70 * 366), gap=st.integers(1, 3000))
def test_age_limits_are_monotonic(rules: RuleSet, on: date, older: int, gap: int) -> None:
    """A younger person never fails an upper age limit that an older one meets."""
    base = {"citizenship": "citizen", "categories": ["orphan"], "sex": "male",
            "labour_or_social_contract": True, "housing_savings_participant": True}
    old_birth = on - timedelta(days=older)
    young_birth = min(old_birth + timedelta(days=gap), on)
    for direction, code in (("3-hostel", "hostel_age"), ("1", "d1_category")):
        old = verdict_of(rules, {**base, "birth_date": old_birth.isoformat()}, direction, on)
        young = verdict_of(rules, {**base, "birth_date": young_birth.isoformat()}, direction, on)
        assert not (old.reason(code).met and not young.reason(code).met), (old_birth, young_birth)


@SETTINGS
@given(born=st.dates(date(1945, 1, 1), date(1975, 12, 31)), sex=st.sampled_from(["male", "female"]),
       first=days, later=st.integers(1, 4000))
def test_working_age_once_ended_never_returns(
    rules: RuleSet, born: date, sex: str, first: date, later: int
) -> None:
    """Even as the women's pension age rises, a woman who reached it stays past working age."""
    profile = {"birth_date": born.isoformat(), "sex": sex}
    second = min(first + timedelta(days=later), LAST_DAY)
    then = verdict_of(rules, profile, "1", first).reason("d1_working_age").met
    now = verdict_of(rules, profile, "1", second).reason("d1_working_age").met
    assert not (then is False and now is True)


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_an_empty_profile_needs_information_for_every_direction(
    rules: RuleSet, direction: str
) -> None:
    verdict = check_eligibility(rules, parse_profile({}), direction, date(2013, 6, 1))
    assert verdict.status == "needs_more_information"
    assert all(r.met is None for r in verdict.reasons)


def test_the_pension_age_schedule_is_whole_months(rules: RuleSet) -> None:
    for name in ("eligibility_pension_age_men", "eligibility_pension_age_women"):
        for value in rules.parameter(name).values:
            assert (value * 12) % 1 == 0


def test_the_bundled_rules_define_every_parameter_the_code_asks_for() -> None:
    bundled = load_rules(RESOURCES / "rules")
    package = Path(__file__).resolve().parents[2] / "desktop" / "rules" / "eligibility"
    asked = {
        word.strip("\"'(),")
        for path in package.glob("*.py")
        for word in path.read_text(encoding="utf-8").split()
        if word.strip("\"'(),").startswith("eligibility_") and "{" not in word
    } | {"eligibility_pension_age_men", "eligibility_pension_age_women"}
    defined = {n for n in bundled.names() if n.startswith("eligibility_")}
    assert asked <= defined and len(defined) == 10
    for name in defined:
        assert bundled.parameter(name).reference.startswith("§")


def test_profile_file_roundtrip(tmp_path: Path, rules: RuleSet) -> None:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"birth_date": "1990-01-01", "sex": "female"}), encoding="utf-8")
    from desktop.rules.eligibility import load_profile_json

    profile = load_profile_json(path.read_text(encoding="utf-8"))
    assert check_eligibility(rules, profile, "3-hostel", date(2013, 6, 1)).status == (
        "needs_more_information"
    )
